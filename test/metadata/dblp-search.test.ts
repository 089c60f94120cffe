import { afterEach, describe, expect, test } from 'vitest';
import type { TitleSearchFact } from '../../src/facts.js';
import { emptyPaperCache, searchCacheKey } from '../../src/metadata/cache.js';
import { titleSearchesWanted, namesOnlyPreprint } from '../../src/metadata/search-rows.js';
import { gatherTitleSearches } from '../../src/metadata/title-search.js';
import { startDblpFake, type DblpFakeRecord, type MetadataFake } from '../servers/metadata-fakes.js';
import { allFakeOptions, gaps, listModel, table } from './search-helpers.js';

/**
 * Issue 14, DBLP: title searches for the rows that lack a venue or a link, against a loopback DBLP
 * (test/servers/metadata-fakes.ts). No test asserts a wall time, only the spacing the fake saw.
 */

const running: MetadataFake[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((fake) => fake.close()));
});
async function dblpWith(records: DblpFakeRecord[], singleHitAsObject = false): Promise<MetadataFake> {
  const fake = await startDblpFake({ records, singleHitAsObject });
  running.push(fake);
  return fake;
}

const gitReBasin = 'Git Re-Basin: Merging Models modulo Permutation Symmetries';
const topology = 'Topology of Deep Neural Networks';
const relative = 'Relative Representations Enable Zero-Shot Latent Space Communication';

const records: DblpFakeRecord[] = [
  { key: 'conf/iclr/AinsworthHS23', title: gitReBasin, venue: 'ICLR', year: 2023, type: 'Conference and Workshop Papers', authors: ['Samuel K. Ainsworth', 'Jonathan Hayase', 'Siddhartha S. Srinivasa'], ee: 'https://openreview.net/forum?id=CQsmMYmlP5T' },
  { key: 'journals/corr/abs-2209-04836', title: gitReBasin, venue: 'CoRR', volume: 'abs/2209.04836', year: 2022, type: 'Informal and Other Publications', authors: ['Samuel K. Ainsworth'], ee: 'https://arxiv.org/abs/2209.04836' },
  { key: 'journals/jmlr/NaitzatZL20', title: topology, venue: 'J. Mach. Learn. Res.', year: 2020, type: 'Journal Articles' },
  { key: 'conf/iclr/MoschellaMFNLR23', title: relative, venue: ['ICLR', 'CoRR'], year: 2023, type: 'Conference and Workshop Papers', authors: ['Luca Moschella'] },
];

const summary = (facts: ReadonlyMap<string, TitleSearchFact>) =>
  Object.fromEntries([...facts].map(([key, fact]) => [key, fact.status === 'answered' ? fact.hits.map((hit) => `${hit.venue} ${hit.year} (${hit.kind})`) : `unverified: ${fact.reason}`]));

describe('which rows are searched', () => {
  test('rows without a venue, with a placeholder or a preprint venue, or without a link; each title once; the others not', async () => {
    const list = await listModel(
      table(
        '| [Similarity and Matching of Neural Network Representations](https://arxiv.org/abs/2110.14633) | NeurIPS 2021 | |',
        `| ${gitReBasin} | arXiv | |`,
        `| [${topology}](https://arxiv.org/abs/2004.06093) | N/A | |`,
        '| [Model Stitching](https://example.org/stitching) | | |',
        `| ${relative} | ICLR 2023 | |`,
        '| [Some Preprint](https://arxiv.org/abs/2101.00001) | arXiv [cs.LG] | |',
        '| [Another Preprint](https://example.org/a) | Under review at ICLR 2024 | |',
        '| [Published With A Copy](https://example.org/b) | ICML 2021 (arXiv) | |',
        `| [${gitReBasin}.](https://arxiv.org/abs/2209.04836) | CoRR | |`,
        '| Deep Learning | ![badge](https://img.shields.io/badge/NeurIPS-2020-blue) | [pdf](https://example.org/c) |',
        '| Listed With Its Link In The Paper Column | submitted | [pdf](https://example.org/d) |',
      ),
    );
    expect(titleSearchesWanted([list]).map((wanted) => wanted.title)).toStrictEqual([
      gitReBasin,
      topology,
      'Model Stitching',
      relative,
      'Some Preprint',
      'Another Preprint',
      'Listed With Its Link In The Paper Column',
    ]);
    // The key is the row's normalized title, exactly as PaperEntry.normalizedTitle.
    expect(titleSearchesWanted([list])[0]?.normalizedTitle).toBe(list.papers[1]?.normalizedTitle);
  });

  test.each([
    ['arXiv', true],
    ['arXiv [cs.LG]', true],
    ['arxiv 2021', true],
    ["ArXiv'22", true],
    ['CoRR abs/2110.14633', true],
    ['arXiv preprint arXiv:2110.14633', true],
    ['Preprint', true],
    ['under review', true],
    ['Submitted to NeurIPS 2023', true],
    ['bioRxiv', true],
    ['NeurIPS 2021', false],
    ['ICML 2021 (arXiv)', false],
    ['TMLR', false],
    ['Corrigendum', false],
  ])('venue %j names only a preprint: %s', (venue, expected) => {
    expect(namesOnlyPreprint(venue)).toBe(expected);
  });

  test("a pull request's changed lines: only rows whose title starts on one are searched", async () => {
    const dblp = await dblpWith(records);
    const list = await listModel(table(`| ${gitReBasin} | arXiv | |`, `| ${topology} | | |`));
    const facts = await gatherTitleSearches([list], allFakeOptions({ dblp }), undefined, { select: ({ path, line }) => path === 'README.md' && line === 4 });
    expect([...facts.keys()]).toStrictEqual([list.papers[1]?.normalizedTitle]);
    expect(dblp.requests.map((r) => r.query.get('q'))).toStrictEqual([topology]);
  });

  test('a row with a venue and a link is not searched: no request at all', async () => {
    const dblp = await dblpWith(records);
    const list = await listModel(table('| [Similarity and Matching of Neural Network Representations](https://arxiv.org/abs/2110.14633) | NeurIPS 2021 | |'));
    expect((await gatherTitleSearches([list], allFakeOptions({ dblp }))).size).toBe(0);
    expect(dblp.requests).toHaveLength(0);
  });
});

describe('asking DBLP', () => {
  test('one GET per title with q, format=json and h=30, spaced by the interval; hits read with their quirks', async () => {
    const dblp = await dblpWith(records);
    const list = await listModel(table(`| ${gitReBasin} | arXiv | |`, `| ${topology} | | |`, `| ${relative} | | |`, '| Nothing Like This Anywhere | | |'));
    const facts = await gatherTitleSearches([list], allFakeOptions({ dblp }, { sources: { dblp: { intervalMs: 150 } } }));
    expect(dblp.requests.map((r) => [r.method, r.path, r.query.get('q'), r.query.get('format'), r.query.get('h')])).toStrictEqual([
      ['GET', '/search/publ/api', gitReBasin, 'json', '30'],
      ['GET', '/search/publ/api', topology, 'json', '30'],
      ['GET', '/search/publ/api', relative, 'json', '30'],
      ['GET', '/search/publ/api', 'Nothing Like This Anywhere', 'json', '30'],
    ]);
    for (const gap of gaps(dblp)) expect(gap).toBeGreaterThanOrEqual(150);
    const [git, top, rel, nothing] = list.papers.map((entry) => entry.normalizedTitle) as [string, string, string, string];
    expect(summary(facts)).toStrictEqual({
      [git]: ['ICLR 2023 (conference)', 'CoRR 2022 (preprint)'],
      [top]: ['J. Mach. Learn. Res. 2020 (journal)'],
      // venue ["ICLR", "CoRR"]: the first names it.
      [rel]: ['ICLR 2023 (conference)'],
      [nothing]: [],
    });
    // DBLP's final period is gone; its ids are kept.
    expect(facts.get(git)?.hits[0]).toStrictEqual({
      source: 'dblp',
      id: 'conf/iclr/AinsworthHS23',
      title: gitReBasin,
      venue: 'ICLR',
      venueId: 'conf/iclr',
      year: 2023,
      type: 'Conference and Workshop Papers',
      kind: 'conference',
      ids: { dblp: 'conf/iclr/AinsworthHS23', openreview: 'CQsmMYmlP5T' },
      url: 'https://openreview.net/forum?id=CQsmMYmlP5T',
    });
    expect(facts.get(git)?.hits[1]?.ids.arxiv).toBe('2209.04836');
  });

  test('a single hit as an object and a single author as an object are read as lists of one', async () => {
    const dblp = await dblpWith([records[2] as DblpFakeRecord], true);
    const list = await listModel(table(`| ${topology} | | |`));
    const facts = await gatherTitleSearches([list], allFakeOptions({ dblp }));
    expect(summary(facts)).toStrictEqual({ [list.papers[0]?.normalizedTitle as string]: ['J. Mach. Learn. Res. 2020 (journal)'] });
  });

  test('429 with Retry-After: DBLP is asked again only after it', async () => {
    const dblp = await dblpWith(records);
    dblp.failNext({ kind: 'status', status: 429, retryAfter: '1' });
    const list = await listModel(table(`| ${topology} | | |`));
    const facts = await gatherTitleSearches([list], allFakeOptions({ dblp }));
    expect([...facts.values()].map((fact) => fact.status)).toStrictEqual(['answered']);
    expect(dblp.requests).toHaveLength(2);
    expect(gaps(dblp)[0]).toBeGreaterThanOrEqual(990);
  });

  test('the budget: 2 lookups for 3 titles → 2 requests, the third title unverified with the reason', async () => {
    const dblp = await dblpWith(records);
    const list = await listModel(table(`| ${gitReBasin} | arXiv | |`, `| ${topology} | | |`, `| ${relative} | | |`));
    const facts = await gatherTitleSearches([list], allFakeOptions({ dblp }, { sources: { dblp: { budget: 2 } } }));
    expect(dblp.requests.map((r) => r.query.get('q'))).toStrictEqual([gitReBasin, topology]);
    expect([...facts.values()].map((fact) => fact.status)).toStrictEqual(['answered', 'answered', 'unverified']);
    expect(facts.get(list.papers[2]?.normalizedTitle as string)).toStrictEqual({ status: 'unverified', source: 'dblp', hits: [], reason: "the run's 2 DBLP lookups are spent" });
  });

  test('a budget of 0 sends nothing', async () => {
    const dblp = await dblpWith(records);
    const list = await listModel(table(`| ${topology} | | |`));
    const facts = await gatherTitleSearches([list], allFakeOptions({ dblp }, { sources: { dblp: { budget: 0 } } }));
    expect(summary(facts)).toStrictEqual({ [list.papers[0]?.normalizedTitle as string]: "unverified: the run's 0 DBLP lookups are spent" });
    expect(dblp.requests).toHaveLength(0);
  });

  test.each([
    ['HTTP 500 (retried once)', { kind: 'status', status: 500 } as const, 'DBLP answered HTTP 500', 2],
    ['an HTML error page', { kind: 'html-error', status: 502 } as const, "DBLP answered HTTP 502 with an HTML page ('502 Bad Gateway')", 2],
    ['truncated JSON', { kind: 'truncated' } as const, "DBLP's answer is not valid JSON", 1],
    ['a 200 that is not JSON', { kind: 'status', status: 200, body: 'Service temporarily unavailable', contentType: 'text/plain' } as const, "DBLP's answer is not valid JSON", 1],
    ['a 200 with an HTML page', { kind: 'status', status: 200, body: '<!DOCTYPE html><html><head><title>dblp</title></head></html>', contentType: 'text/html' } as const, "DBLP's answer is not valid JSON", 1],
    ['JSON of another shape', { kind: 'status', status: 200, body: '{"result": {"status": {"@code": "500"}}}' } as const, "DBLP's answer says status 500", 1],
    ['JSON without a hit count', { kind: 'status', status: 200, body: '{"result": {"status": {"@code": "200"}, "hits": {"hit": []}}}' } as const, "DBLP's answer has no hit count", 1],
    ['a redirect elsewhere (never followed)', { kind: 'status', status: 302, body: '' } as const, 'DBLP answered HTTP 302, a redirect that was not followed', 1],
    ['a connection reset', { kind: 'reset' } as const, 'DBLP closed the connection after 1 retry', 2],
  ])('%s: the title is unverified, with the reason', async (_name, fault, reason, requests) => {
    const dblp = await dblpWith(records);
    dblp.failAlways(fault);
    const list = await listModel(table(`| ${topology} | | |`));
    const facts = await gatherTitleSearches([list], allFakeOptions({ dblp }));
    expect(summary(facts)).toStrictEqual({ [list.papers[0]?.normalizedTitle as string]: `unverified: ${reason}` });
    expect(dblp.requests).toHaveLength(requests);
  });

  test('DBLP down: after 3 failures in a row the other titles are not sent', async () => {
    const dblp = await dblpWith(records);
    dblp.failAlways({ kind: 'status', status: 503 });
    const titles = ['One Title Here', 'Two Title Here', 'Three Title Here', 'Four Title Here', 'Five Title Here'];
    const list = await listModel(table(...titles.map((title) => `| ${title} | | |`)));
    const facts = await gatherTitleSearches([list], allFakeOptions({ dblp }, { retries: 0 }));
    expect(dblp.requests.map((r) => r.query.get('q'))).toStrictEqual(titles.slice(0, 3));
    expect([...facts.values()].map((fact) => fact.reason)).toStrictEqual([
      'DBLP answered HTTP 503',
      'DBLP answered HTTP 503',
      'DBLP answered HTTP 503',
      'DBLP was not asked: its last 3 answers failed (DBLP answered HTTP 503)',
      'DBLP was not asked: its last 3 answers failed (DBLP answered HTTP 503)',
    ]);
  });

  test('at most 30 hits are kept of an answer holding more', async () => {
    const dblp = await dblpWith(records);
    const hit = (i: number) => ({ info: { key: `conf/x/P${i}`, title: `${topology}.`, venue: 'X', year: '2020', type: 'Conference and Workshop Papers' } });
    dblp.failNext({ kind: 'status', status: 200, body: JSON.stringify({ result: { status: { '@code': '200' }, hits: { '@total': '500', hit: Array.from({ length: 200 }, (_, i) => hit(i)) } } }) });
    const list = await listModel(table(`| ${topology} | | |`));
    const facts = await gatherTitleSearches([list], allFakeOptions({ dblp }));
    expect(facts.get(list.papers[0]?.normalizedTitle as string)?.hits.map((record) => record.id)).toStrictEqual(Array.from({ length: 30 }, (_, i) => `conf/x/P${i}`));
  });

  test('an answer over 4 MB is cut off unread: unverified', async () => {
    const dblp = await dblpWith(records);
    dblp.failNext({ kind: 'status', status: 200, body: `{"result": {"query": "${'x'.repeat(5 * 1024 * 1024)}"}}` });
    const list = await listModel(table(`| ${topology} | | |`));
    const facts = await gatherTitleSearches([list], allFakeOptions({ dblp }));
    expect(summary(facts)).toStrictEqual({ [list.papers[0]?.normalizedTitle as string]: "unverified: DBLP's answer is larger than 4 MB; it was not read" });
  });

  test('a DBLP at a loopback address is not asked unless private hosts are allowed', async () => {
    const dblp = await dblpWith(records);
    const list = await listModel(table(`| ${topology} | | |`));
    const facts = await gatherTitleSearches([list], allFakeOptions({ dblp }, { allowPrivateHosts: false }));
    expect([...facts.values()][0]).toMatchObject({ status: 'unverified', reason: expect.stringContaining('allow private hosts to ask it') });
    expect(dblp.requests).toHaveLength(0);
  });
});

describe('the cache', () => {
  const day = 24 * 60 * 60 * 1000;

  test('a venue found is kept 90 days; only a preprint or nothing, 7 days; a failure never; no request while fresh', async () => {
    const corrOnly = 'A Paper Only On CoRR';
    const extra: DblpFakeRecord = { key: 'journals/corr/abs-2101-00001', title: corrOnly, venue: 'CoRR', year: 2021, type: 'Informal and Other Publications' };
    const dblpWithCorr = await dblpWith([...records, extra]);
    let now = Date.UTC(2026, 0, 1);
    const options = allFakeOptions({ dblp: dblpWithCorr }, { now: () => now });
    const list = await listModel(table(`| ${gitReBasin} | arXiv | |`, `| ${corrOnly} | arXiv | |`, '| Nothing Like This Anywhere | | |'));
    const [git, corr, nothing] = list.papers.map((entry) => entry.normalizedTitle) as [string, string, string];
    const cache = emptyPaperCache();
    const first = await gatherTitleSearches([list], options, cache);
    expect(dblpWithCorr.requests).toHaveLength(3);
    expect(Object.keys(cache.searches).sort()).toStrictEqual([searchCacheKey(corr), searchCacheKey(git), searchCacheKey(nothing)].sort());

    now += 6 * day;
    expect(await gatherTitleSearches([list], options, cache)).toStrictEqual(first);
    expect(dblpWithCorr.requests).toHaveLength(3);

    now += 2 * day; // 8 days: the preprint-only and empty answers are asked again, the venue found is not.
    await gatherTitleSearches([list], options, cache);
    expect(dblpWithCorr.requests.slice(3).map((r) => r.query.get('q'))).toStrictEqual([corrOnly, 'Nothing Like This Anywhere']);

    now = Date.UTC(2026, 0, 1) + 89 * day;
    dblpWithCorr.failAlways({ kind: 'status', status: 500 });
    const later = await gatherTitleSearches([list], options, cache);
    expect(later.get(git)).toStrictEqual(first.get(git));
    expect(later.get(corr)?.status).toBe('unverified');
    // The failure neither replaced nor renewed what was cached.
    expect(cache.searches[searchCacheKey(corr)]?.checkedAt).toBe(Date.UTC(2026, 0, 9));

    now = Date.UTC(2026, 0, 1) + 90 * day;
    const asked = dblpWithCorr.requests.length;
    await gatherTitleSearches([list], options, cache);
    expect(dblpWithCorr.requests.slice(asked).map((r) => r.query.get('q'))).toContain(gitReBasin);
  });

  test('a cached search costs no budget', async () => {
    const dblp = await dblpWith(records);
    const options = allFakeOptions({ dblp }, { sources: { dblp: { budget: 1 } } });
    const cache = emptyPaperCache();
    await gatherTitleSearches([await listModel(table(`| ${gitReBasin} | arXiv | |`))], options, cache);
    const facts = await gatherTitleSearches([await listModel(table(`| ${gitReBasin} | arXiv | |`, `| ${topology} | | |`))], options, cache);
    expect([...facts.values()].map((fact) => fact.status)).toStrictEqual(['answered', 'answered']);
    expect(dblp.requests.map((r) => r.query.get('q'))).toStrictEqual([gitReBasin, topology]);
  });

  test('a search answered by another DBLP (a fake, a mirror) is not reused', async () => {
    const dblp = await dblpWith(records);
    const other = await dblpWith([]);
    const list = await listModel(table(`| ${topology} | | |`));
    const cache = emptyPaperCache();
    await gatherTitleSearches([list], allFakeOptions({ dblp }), cache);
    const facts = await gatherTitleSearches([list], allFakeOptions({ dblp: other }), cache);
    expect(summary(facts)).toStrictEqual({ [list.papers[0]?.normalizedTitle as string]: [] });
    expect(other.requests).toHaveLength(1);
  });
});
