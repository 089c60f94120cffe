import { afterEach, describe, expect, test } from 'vitest';
import { emptyCache, mergedCacheText, paperCacheOf, parseCache, serializeCache } from '../../src/links/cache.js';
import { checkPaperEntry, defaultPaperMaxAgeMs, emptyPaperCache, freshPaper, paperCacheContext } from '../../src/metadata/cache.js';
import { gatherPaperFacts } from '../../src/metadata/gather.js';
import { startArxivFake, type MetadataFake } from '../servers/metadata-fakes.js';
import { fakeOptions } from './helpers.js';

/**
 * The papers section of the cache file: found papers are kept 30 days (title and existence);
 * nonexistent ones are asked again next run, as dead links are; failures are never kept.
 */

const running: MetadataFake[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((fake) => fake.close()));
});
async function arxivWith(records: Array<{ id: string; title: string }>): Promise<MetadataFake> {
  const fake = await startArxivFake({ records });
  running.push(fake);
  return fake;
}

const day = 24 * 60 * 60 * 1000;
const paper = { id: '2110.14633', title: 'Similarity and Matching of Neural Network Representations' };

describe('gathering with a cache', () => {
  test('a found paper is asked once in 30 days; a nonexistent one every run; a failure never kept', async () => {
    const arxiv = await arxivWith([paper]);
    let now = Date.UTC(2026, 0, 1);
    const options = fakeOptions({ arxiv }, { now: () => now });
    const cache = emptyPaperCache();
    const keys = ['arxiv:2110.14633', 'arxiv:2110.99999'];
    const first = await gatherPaperFacts(keys, options, cache);
    expect([...first.values()].map((fact) => fact.status)).toStrictEqual(['found', 'nonexistent']);
    expect(Object.keys(cache.entries)).toStrictEqual(['arxiv:2110.14633']);
    const asked = arxiv.requests.length;

    now += 29 * day;
    const second = await gatherPaperFacts(keys, options, cache);
    expect(second.get('arxiv:2110.14633')).toStrictEqual(first.get('arxiv:2110.14633'));
    // Only the nonexistent id is asked again (and confirmed).
    expect(arxiv.requests.slice(asked).map((r) => new URLSearchParams(r.body).get('id_list'))).toStrictEqual(['2110.99999', '2110.99999']);

    now += 2 * day;
    arxiv.failAlways({ kind: 'status', status: 500 });
    const third = await gatherPaperFacts(keys, options, cache);
    expect([...third.values()].map((fact) => fact.status)).toStrictEqual(['unverified', 'unverified']);
    // The stale entry is neither used nor renewed by a failure.
    expect(cache.entries['arxiv:2110.14633']?.checkedAt).toBe(Date.UTC(2026, 0, 1));
  });

  test('an entry made with other sources (a fake, a mirror) is not used', async () => {
    const arxiv = await arxivWith([paper]);
    const other = await arxivWith([{ ...paper, title: 'Another answer' }]);
    const cache = emptyPaperCache();
    await gatherPaperFacts(['arxiv:2110.14633'], fakeOptions({ arxiv }), cache);
    const facts = await gatherPaperFacts(['arxiv:2110.14633'], fakeOptions({ arxiv: other }), cache);
    expect(facts.get('arxiv:2110.14633')?.record?.title).toBe('Another answer');
    expect(other.requests).toHaveLength(1);
  });
});

describe('the papers section of the cache file', () => {
  const options = fakeOptions({});
  const entry = {
    status: 'found' as const,
    record: { source: 'arxiv' as const, id: '2110.14633', title: paper.title, ids: { arxiv: '2110.14633' }, version: 2, earlierTitles: [{ version: 1, title: 'An older title' }] },
    checkedAt: Date.UTC(2026, 0, 1),
    context: paperCacheContext(options),
  };

  test('a file with links only is written as before; with papers, beside them; both read back', () => {
    const links = emptyCache();
    expect(serializeCache(links)).toBe('{\n  "version": 1,\n  "entries": {}\n}\n');
    paperCacheOf(links).entries['arxiv:2110.14633'] = entry;
    const text = serializeCache(links);
    expect(text).toBe(`{\n  "version": 1,\n  "entries": {},\n  "papers": {\n    "arxiv:2110.14633": ${JSON.stringify(entry)}\n  }\n}\n`);
    const read = parseCache(text, 'c.json');
    expect(read.papers?.entries['arxiv:2110.14633']).toStrictEqual(entry);
    expect(read.papers?.maxAgeMs).toBe(defaultPaperMaxAgeMs);
    expect(freshPaper(read.papers!, 'arxiv:2110.14633', entry.checkedAt + 29 * day, entry.context)).toStrictEqual(entry);
    expect(freshPaper(read.papers!, 'arxiv:2110.14633', entry.checkedAt + 30 * day, entry.context)).toBeUndefined();
  });

  test('two runs writing one file keep both runs\' papers and links', () => {
    const ours = emptyCache();
    paperCacheOf(ours).entries['arxiv:2110.14633'] = entry;
    paperCacheOf(ours).learned?.add('arxiv:2110.14633');
    const onDisk = `{"version":1,"entries":{},"papers":{"arxiv:2209.04836":${JSON.stringify({ ...entry, record: { ...entry.record, id: '2209.04836', ids: { arxiv: '2209.04836' } } })}}}`;
    const merged = parseCache(mergedCacheText(onDisk, ours, entry.checkedAt + day), 'c.json');
    expect(Object.keys(merged.papers?.entries ?? {}).sort()).toStrictEqual(['arxiv:2110.14633', 'arxiv:2209.04836']);
  });

  test.each([
    ['a status other than found', { ...entry, status: 'nonexistent' }, 'it has status "nonexistent"; only "found" is cached'],
    ['no context', { ...entry, context: undefined }, 'its "context" is not a fingerprint'],
    ['a title with a control character', { ...entry, record: { ...entry.record, title: 'Evil\u001b[31m title' } }, 'its record has no title'],
    ['an over-long title', { ...entry, record: { ...entry.record, title: 'x'.repeat(1001) } }, 'its record has no title'],
    ['an unknown source', { ...entry, record: { ...entry.record, source: 'scihub' } }, 'its record names no known source'],
    ['a url that is not http(s)', { ...entry, record: { ...entry.record, url: 'javascript:alert(1)' } }, 'its record has a bad "url"'],
    ['a withdrawn flag that is not a boolean', { ...entry, record: { ...entry.record, withdrawn: 'yes' } }, 'its record has a bad "withdrawn"'],
    ['bad earlier titles', { ...entry, record: { ...entry.record, earlierTitles: [{ version: 0, title: 'x' }] } }, 'its record has a bad "earlierTitles"'],
  ])('a forged entry is dropped: %s', (_name, value, problem) => {
    expect(checkPaperEntry('arxiv:2110.14633', value)).toStrictEqual({ problem });
    const dropped: string[] = [];
    const read = parseCache(`{"version":1,"entries":{},"papers":{"arxiv:2110.14633":${JSON.stringify(value)}}}`, 'c.json', day, (key, why) => dropped.push(`${key}: ${why}`));
    expect(read.papers?.entries).toStrictEqual(emptyPaperCache().entries);
    expect(dropped).toStrictEqual([`arxiv:2110.14633: ${problem}`]);
  });

  test('unknown fields are dropped; a bad key is refused; a papers section that is no object makes the file invalid', () => {
    expect(checkPaperEntry('arxiv:2110.14633', { ...entry, extra: 1, record: { ...entry.record, secret: 'x' } })).toStrictEqual({ entry });
    expect(checkPaperEntry('url:example.org', entry)).toStrictEqual({ problem: 'its key is not a paper key such as "arxiv:2110.14633"' });
    expect(() => parseCache('{"version":1,"entries":{},"papers":[]}', 'c.json')).toThrow(
      'c.json: invalid link cache: "papers" must be an object keyed by paper, e.g. "arxiv:2110.14633" (delete the file to start afresh)',
    );
  });
});
