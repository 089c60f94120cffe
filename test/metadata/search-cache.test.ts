import { describe, expect, test } from 'vitest';
import { emptyCache, mergedCacheText, paperCacheOf, parseCache, pruneCache, serializeCache } from '../../src/links/cache.js';
import {
  checkRelatedEntry,
  checkSearchEntry,
  emptyPaperCache,
  freshRelated,
  freshSearch,
  onlyPreprintMaxAgeMs,
  relatedCacheContext,
  relatedCacheKey,
  searchCacheContext,
  searchCacheKey,
  venueFoundMaxAgeMs,
} from '../../src/metadata/cache.js';
import type { PaperRecord } from '../../src/facts.js';
import { allFakeOptions } from './search-helpers.js';

/**
 * Issue 14: title searches and related records in the papers section of the cache file. Lifetimes
 * by what was found (90 days for a conference or journal record, 7 for only preprints or nothing),
 * and every field checked when read: the file may come from an untrusted pull request's cache.
 */

const day = 24 * 60 * 60 * 1000;
const at = Date.UTC(2026, 0, 1);
const options = allFakeOptions({});
const title = 'topologyofdeepneuralnetworks';

const conference: PaperRecord = { source: 'dblp', id: 'conf/iclr/X23', title: 'Topology of Deep Neural Networks', venue: 'ICLR', venueId: 'conf/iclr', year: 2023, kind: 'conference', ids: { dblp: 'conf/iclr/X23' }, url: 'https://dblp.org/rec/conf/iclr/X23' };
const corr: PaperRecord = { ...conference, id: 'journals/corr/abs-2004-06093', venue: 'CoRR', venueId: 'journals/corr', kind: 'preprint', ids: { dblp: 'journals/corr/abs-2004-06093', arxiv: '2004.06093' } };
const search = (hits: PaperRecord[]) => ({ status: 'answered' as const, source: 'dblp' as const, hits, checkedAt: at, context: searchCacheContext(options, 30) });
const related = (records: PaperRecord[]) => ({ status: 'answered' as const, source: 'crossref' as const, asked: '10.1000/x', records, checkedAt: at, context: relatedCacheContext(options, 'crossref') });

describe('lifetimes', () => {
  test('a search that found a conference or journal record: 90 days; only preprints or nothing: 7 days', () => {
    const cache = emptyPaperCache();
    const context = searchCacheContext(options, 30);
    cache.searches[searchCacheKey('venue')] = search([corr, conference]);
    cache.searches[searchCacheKey('preprint')] = search([corr]);
    cache.searches[searchCacheKey('nothing')] = search([]);
    const fresh = (key: string, age: number) => freshSearch(cache, key, at + age, context) !== undefined;
    expect([fresh('venue', 90 * day - 1), fresh('venue', 90 * day)]).toStrictEqual([true, false]);
    expect([fresh('preprint', 7 * day - 1), fresh('preprint', 7 * day)]).toStrictEqual([true, false]);
    expect([fresh('nothing', 7 * day - 1), fresh('nothing', 7 * day)]).toStrictEqual([true, false]);
    expect(venueFoundMaxAgeMs).toBe(90 * day);
    expect(onlyPreprintMaxAgeMs).toBe(7 * day);
    // From the future (a clock set back), or made with another DBLP: not fresh.
    expect(fresh('venue', -1)).toBe(false);
    expect(freshSearch(cache, 'venue', at, searchCacheContext(allFakeOptions({}, { sources: { dblp: { url: 'http://127.0.0.1:10/api' } } }), 30))).toBeUndefined();
  });

  test('a related lookup is used only for the same question', () => {
    const cache = emptyPaperCache();
    const context = relatedCacheContext(options, 'crossref');
    cache.related[relatedCacheKey('crossref', 'arxiv:2004.06093')] = related([{ ...conference, source: 'crossref', kind: 'journal' }]);
    expect(freshRelated(cache, 'crossref', 'arxiv:2004.06093', '10.1000/x', at + 89 * day, context)).toBeDefined();
    expect(freshRelated(cache, 'crossref', 'arxiv:2004.06093', '10.1000/other', at, context)).toBeUndefined();
    expect(freshRelated(cache, 'semanticScholar', 'arxiv:2004.06093', '10.1000/x', at, context)).toBeUndefined();
  });

  test('pruning keeps a 90-day search past the papers\' 30 days, and drops a 7-day one after a week', () => {
    const links = emptyCache();
    const papers = paperCacheOf(links);
    papers.searches[searchCacheKey('venue')] = search([conference]);
    papers.searches[searchCacheKey('preprint')] = search([corr]);
    const pruned = pruneCache(links, at + 31 * day);
    expect(Object.keys(pruned.papers?.searches ?? {})).toStrictEqual([searchCacheKey('venue')]);
  });
});

describe('the file', () => {
  test('searches and related lookups are written one a line beside the papers, and read back', () => {
    const links = emptyCache();
    const papers = paperCacheOf(links);
    papers.searches[searchCacheKey(title)] = search([conference, corr]);
    papers.related[relatedCacheKey('crossref', 'arxiv:2004.06093')] = related([]);
    const text = serializeCache(links);
    expect(text.split('\n').filter((line) => line.startsWith('    "'))).toStrictEqual([
      `    "related:crossref:arxiv:2004.06093": ${JSON.stringify(related([]))},`,
      `    "search:dblp:${title}": ${JSON.stringify(search([conference, corr]))}`,
    ]);
    const read = parseCache(text, 'c.json');
    expect(read.papers?.searches[searchCacheKey(title)]).toStrictEqual(search([conference, corr]));
    expect(read.papers?.related[relatedCacheKey('crossref', 'arxiv:2004.06093')]).toStrictEqual(related([]));
  });

  test("two runs writing one file keep both runs' searches", () => {
    const ours = emptyCache();
    paperCacheOf(ours).searches[searchCacheKey('ours')] = search([conference]);
    paperCacheOf(ours).learned?.add(searchCacheKey('ours'));
    const onDisk = `{"version":1,"entries":{},"papers":{"${searchCacheKey('theirs')}":${JSON.stringify(search([corr]))}}}`;
    const merged = parseCache(mergedCacheText(onDisk, ours, at + day), 'c.json');
    expect(Object.keys(merged.papers?.searches ?? {}).sort()).toStrictEqual([searchCacheKey('ours'), searchCacheKey('theirs')]);
  });

  test.each([
    ['an unverified search', search([]), { status: 'unverified' }, 'it has status "unverified"; only "answered" is cached'],
    ['another source', search([]), { source: 'crossref' }, 'its source "crossref" is no title search source'],
    ['no context', search([]), { context: 'x' }, 'its "context" is not a fingerprint'],
    ['a checkedAt that is no time', search([]), { checkedAt: 'yesterday' }, 'it needs "checkedAt" as milliseconds since 1970'],
    ['31 hits', search([]), { hits: Array.from({ length: 31 }, () => conference) }, 'its "hits" is not a list of at most 30 records'],
    ['hits that are no list', search([]), { hits: { 0: conference } }, 'its "hits" is not a list of at most 30 records'],
    ['a hit with a control character', search([]), { hits: [{ ...conference, venue: 'ICLR\u001b[31m' }] }, 'its hits[0] has a bad "venue"'],
    ['a hit with a javascript: url', search([]), { hits: [corr, { ...conference, url: 'javascript:alert(1)' }] }, 'its hits[1] has a bad "url"'],
    ['a hit of an unknown kind', search([]), { hits: [{ ...conference, kind: 'published' }] }, 'its hits[0] has a bad "kind"'],
    ['a hit with a year 99999', search([]), { hits: [{ ...conference, year: 99999 }] }, 'its hits[0] has a bad "year"'],
  ])('a forged search is dropped: %s', (_name, base, change, problem) => {
    const value = { ...base, ...change };
    expect(checkSearchEntry(searchCacheKey(title), value)).toStrictEqual({ problem });
    const dropped: string[] = [];
    const read = parseCache(`{"version":1,"entries":{},"papers":{"${searchCacheKey(title)}":${JSON.stringify(value)}}}`, 'c.json', day, (key, why) => dropped.push(`${key}: ${why}`));
    expect(Object.keys(read.papers?.searches ?? {})).toStrictEqual([]);
    expect(dropped).toStrictEqual([`${searchCacheKey(title)}: ${problem}`]);
  });

  test('forged keys and related lookups are dropped; unknown fields are not kept', () => {
    expect(checkSearchEntry('search:dblp:with space', search([]))).toStrictEqual({ problem: 'its key is not a title search such as "search:dblp:gitrebasin…"' });
    expect(checkSearchEntry('search:google:x', search([]))).toStrictEqual({ problem: 'its key is not a title search such as "search:dblp:gitrebasin…"' });
    expect(checkSearchEntry(`search:dblp:${'x'.repeat(1001)}`, search([]))).toMatchObject({ problem: expect.any(String) });
    expect(checkRelatedEntry('related:crossref:url:x', related([]))).toStrictEqual({ problem: 'its key is not a related lookup such as "related:crossref:arxiv:2110.14633"' });
    expect(checkRelatedEntry('related:semanticScholar:arxiv:2004.06093', related([]))).toStrictEqual({ problem: 'its source is not the one its key names' });
    expect(checkRelatedEntry('related:crossref:arxiv:2004.06093', { ...related([]), asked: 'has space' })).toStrictEqual({ problem: 'it needs "asked", the id that was asked' });
    expect(checkSearchEntry(searchCacheKey(title), { ...search([{ ...conference, secret: 1 } as PaperRecord]), extra: true })).toStrictEqual({ entry: search([conference]) });
    // A key that is neither a paper, a search nor a related lookup.
    const dropped: string[] = [];
    parseCache(`{"version":1,"entries":{},"papers":{"__proto__":${JSON.stringify(search([]))}}}`, 'c.json', day, (key, why) => dropped.push(`${key}: ${why}`));
    expect(dropped).toStrictEqual(['__proto__: its key is not a paper key such as "arxiv:2110.14633"']);
  });
});
