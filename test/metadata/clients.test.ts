import { afterEach, describe, expect, test } from 'vitest';
import { arxivFormContentType } from '../../src/metadata/arxiv.js';
import { gatherPaperFacts } from '../../src/metadata/gather.js';
import {
  recorded,
  startArxivFake,
  startCrossrefFake,
  startDoiFake,
  startOpenReviewFake,
  type MetadataFake,
} from '../servers/metadata-fakes.js';
import { fakeOptions, summary } from './helpers.js';

/**
 * The metadata clients against loopback fakes of arXiv, Crossref, doi.org and OpenReview, built
 * from the recorded answers (test/servers/metadata-fakes.ts). No test asserts a wall time.
 */

const running: MetadataFake[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((fake) => fake.close()));
});
async function started<T extends MetadataFake>(fake: Promise<T>): Promise<T> {
  const ready = await fake;
  running.push(ready);
  return ready;
}

const idsOf = (body: string) => (new URLSearchParams(body).get('id_list') ?? '').split(',');
const gaps = (fake: MetadataFake) => fake.requests.slice(1).map((r, i) => r.at - (fake.requests[i] as { at: number }).at);

describe('arXiv', () => {
  test('1,000 ids: 3 POST requests with max_results (400, 400, 200), spaced by the interval, on one connection', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `2101.${String(i + 1).padStart(5, '0')}`);
    const arxiv = await started(startArxivFake({ records: ids.map((id, i) => ({ id, title: `Paper number ${i + 1}` })) }));
    const facts = await gatherPaperFacts(
      ids.map((id) => `arxiv:${id}`),
      fakeOptions({ arxiv }, { sources: { arxiv: { intervalMs: 150 } } }),
    );
    expect(arxiv.requests.map((r) => [r.method, r.path, r.headers['content-type'], new URLSearchParams(r.body).get('max_results'), idsOf(r.body).length])).toStrictEqual([
      ['POST', '/api/query', arxivFormContentType, '400', 400],
      ['POST', '/api/query', arxivFormContentType, '400', 400],
      ['POST', '/api/query', arxivFormContentType, '200', 200],
    ]);
    expect(arxiv.connections).toBe(1);
    expect(new Set(arxiv.requests.map((r) => r.connection))).toStrictEqual(new Set([1]));
    // The interval runs from the end of one request to the start of the next, so the fake sees at least that.
    for (const gap of gaps(arxiv)) expect(gap).toBeGreaterThanOrEqual(150);
    expect([...facts.values()].every((fact) => fact.status === 'found')).toBe(true);
    expect(facts.get('arxiv:2101.00007')?.record?.title).toBe('Paper number 7');
    expect(facts.size).toBe(1000);
  });

  test('entries in any order are matched back by id; withdrawn, journal_ref, doi and primary category are kept', async () => {
    const arxiv = await started(
      startArxivFake({
        order: 'reversed',
        records: [
          { id: '2110.14633', title: 'Similarity and Matching of Neural Network Representations', version: 2, categories: ['cs.LG', 'stat.ML'], journalRef: 'NeurIPS 2021', doi: '10.5555/1234.5678' },
          { id: '2209.04836', title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries' },
          { id: '1905.00414', title: 'Similarity of Neural Network Representations Revisited', comment: 'This paper has been withdrawn by the author due to an error', categories: ['stat.ML'] },
        ],
      }),
    );
    const facts = await gatherPaperFacts(['arxiv:2110.14633', 'arxiv:2209.04836', 'arxiv:1905.00414'], fakeOptions({ arxiv }));
    expect(summary(facts)).toStrictEqual({
      'arxiv:2110.14633': 'found: Similarity and Matching of Neural Network Representations',
      'arxiv:2209.04836': 'found: Git Re-Basin: Merging Models modulo Permutation Symmetries',
      'arxiv:1905.00414': 'found: Similarity of Neural Network Representations Revisited',
    });
    expect(facts.get('arxiv:2110.14633')?.record).toMatchObject({ version: 2, journalRef: 'NeurIPS 2021', primaryCategory: 'cs.LG', ids: { arxiv: '2110.14633', doi: '10.5555/1234.5678' } });
    expect(facts.get('arxiv:1905.00414')?.record).toMatchObject({ withdrawn: true, primaryCategory: 'stat.ML' });
    expect(arxiv.requests).toHaveLength(1);
  });

  test('an id missing from a 200 answer is asked once more, alone, before it counts as nonexistent', async () => {
    const arxiv = await started(startArxivFake({ records: [{ id: '1707.08567', title: 'Kernelized Hashcode Representations for Relation Extraction' }] }));
    const facts = await gatherPaperFacts(['arxiv:0808.0539', 'arxiv:1707.08567'], fakeOptions({ arxiv }));
    expect(summary(facts)).toStrictEqual({
      'arxiv:0808.0539': 'nonexistent: arXiv has no paper 0808.0539',
      'arxiv:1707.08567': 'found: Kernelized Hashcode Representations for Relation Extraction',
    });
    expect(arxiv.requests.map((r) => idsOf(r.body))).toStrictEqual([['0808.0539', '1707.08567'], ['0808.0539']]);
  });

  test('an id a first answer leaves out but the second holds is found', async () => {
    const arxiv = await started(startArxivFake({ records: [{ id: '1707.08567', title: 'Kernelized Hashcode Representations for Relation Extraction' }] }));
    // A complete 200 feed with no entry at all (as recorded for 0000.0000).
    arxiv.failNext({ kind: 'status', status: 200, body: recorded('arxiv', 'nonexistent-0000.0000.xml').body, contentType: 'application/atom+xml' });
    const facts = await gatherPaperFacts(['arxiv:1707.08567'], fakeOptions({ arxiv }));
    expect(summary(facts)).toStrictEqual({ 'arxiv:1707.08567': 'found: Kernelized Hashcode Representations for Relation Extraction' });
    expect(arxiv.requests).toHaveLength(2);
  });

  test('malformed ids are never sent; they do not exist, with the reason', async () => {
    const arxiv = await started(startArxivFake({ records: [{ id: '2110.14633', title: 'Similarity and Matching of Neural Network Representations' }] }));
    const facts = await gatherPaperFacts(['arxiv:2110.14633', 'arxiv:0808.05394', 'arxiv:1313.00001', 'arxiv:abc', 'arxiv:hep-th/9901001v0'], fakeOptions({ arxiv }, { now: () => Date.UTC(2026, 3, 12) }));
    expect(summary(facts)).toStrictEqual({
      'arxiv:2110.14633': 'found: Similarity and Matching of Neural Network Representations',
      'arxiv:0808.05394': "nonexistent: '0808.05394' is not an arXiv id: ids from 2007 to 2014 have 4 digits after the dot",
      'arxiv:1313.00001': "nonexistent: '1313.00001' is not an arXiv id: month 13 does not exist",
      'arxiv:abc': "nonexistent: 'abc' is not an arXiv id: expected YYMM.NNNNN or archive/YYMMNNN, optionally followed by a version such as v2",
      'arxiv:hep-th/9901001v0': "nonexistent: 'hep-th/9901001v0' is not an arXiv id: versions count from v1",
    });
    expect(arxiv.requests.map((r) => idsOf(r.body))).toStrictEqual([['2110.14633']]);
  });

  test.each([
    ['HTTP 400', { kind: 'status', status: 400 } as const, 'arXiv answered HTTP 400'],
    // The fake's 429 carries arXiv's own sentence as its body.
    ['HTTP 429 every time', { kind: 'status', status: 429, retryAfter: '0' } as const, '(too many requests)'],
    ['"Rate exceeded." every time', { kind: 'rate-exceeded' } as const, 'arXiv answered "Rate exceeded." (too many requests)'],
    ['a truncated feed', { kind: 'truncated' } as const, "arXiv's answer is not a readable Atom feed"],
    ['an HTML error page', { kind: 'html-error' } as const, "arXiv answered HTTP 503 with an HTML page ('503 Service Unavailable')"],
    ['a connection closed mid-answer', { kind: 'aborted' } as const, 'arXiv closed the connection after 1 retry'],
  ])('%s: every id of the batch is unverified, none nonexistent', async (_name, fault, reason) => {
    const arxiv = await started(startArxivFake({ records: [{ id: '2110.14633', title: 'Similarity and Matching of Neural Network Representations' }] }));
    arxiv.failAlways(fault);
    const facts = await gatherPaperFacts(['arxiv:2110.14633', 'arxiv:2110.99999'], fakeOptions({ arxiv }));
    expect([...facts.values()].map((fact) => fact.status)).toStrictEqual(['unverified', 'unverified']);
    expect(facts.get('arxiv:2110.14633')?.reason).toContain(reason);
    // Throttling and 5xx are asked again (retries: 1); a 400 and a damaged 200 are not.
    expect(arxiv.requests.length).toBe(fault.kind === 'status' && fault.status === 400 ? 1 : fault.kind === 'truncated' ? 1 : 2);
  });

  test('"Rate exceeded." once: the source backs off and the second answer counts', async () => {
    const arxiv = await started(startArxivFake({ records: [{ id: '2110.14633', title: 'Similarity and Matching of Neural Network Representations' }] }));
    arxiv.failNext({ kind: 'rate-exceeded' });
    const facts = await gatherPaperFacts(['arxiv:2110.14633'], fakeOptions({ arxiv }, { sources: { arxiv: { intervalMs: 50 } } }));
    expect(summary(facts)).toStrictEqual({ 'arxiv:2110.14633': 'found: Similarity and Matching of Neural Network Representations' });
    expect(arxiv.requests).toHaveLength(2);
    // Backed off by at least the interval (and by twice it as a base, jittered down to no less than the interval).
    expect(gaps(arxiv)[0]).toBeGreaterThanOrEqual(50);
  });

  test('429 with Retry-After: the source waits for it before asking again', async () => {
    const arxiv = await started(startArxivFake({ records: [{ id: '2110.14633', title: 'Similarity and Matching of Neural Network Representations' }] }));
    arxiv.failNext({ kind: 'status', status: 429, retryAfter: '1' });
    const facts = await gatherPaperFacts(['arxiv:2110.14633'], fakeOptions({ arxiv }));
    expect(facts.get('arxiv:2110.14633')?.status).toBe('found');
    expect(gaps(arxiv)[0]).toBeGreaterThanOrEqual(990);
  });
});

describe('Crossref and doi.org', () => {
  test('Crossref holds the DOI: one request, with the mailto for its polite pool, at most 3 at once', async () => {
    const records = Array.from({ length: 9 }, (_, i) => ({ doi: `10.1000/paper.${i}`, title: `Published paper ${i}`, containerTitle: 'Journal of Tests', year: 2020 }));
    const crossref = await started(startCrossrefFake({ records }));
    crossref.delayMs = 60;
    const doi = await started(startDoiFake({ records: [] }));
    const facts = await gatherPaperFacts(records.map((r) => `doi:${r.doi}`), fakeOptions({ crossref, doi }, { mailto: 'lists@example.org' }));
    expect(facts.get('doi:10.1000/paper.3')).toMatchObject({ status: 'found', record: { source: 'crossref', title: 'Published paper 3', venue: 'Journal of Tests', year: 2020 } });
    expect(crossref.requests.map((r) => r.path)).toStrictEqual(records.map((r) => `/works/${r.doi}`));
    expect(crossref.requests.every((r) => r.query.get('mailto') === 'lists@example.org' && String(r.headers['user-agent']).includes('mailto:lists@example.org'))).toBe(true);
    expect(crossref.connections).toBeLessThanOrEqual(3);
    // Never more than 3 arrived while one was still being answered (each takes 60 ms).
    for (const request of crossref.requests) {
      expect(crossref.requests.filter((other) => other.at >= request.at && other.at < request.at + 55).length).toBeLessThanOrEqual(3);
    }
    expect(doi.requests).toHaveLength(0);
  });

  test('Crossref 404, doi.org 404: the DOI resolves nowhere and is nonexistent', async () => {
    const crossref = await started(startCrossrefFake({ records: [] }));
    const doi = await started(startDoiFake({ records: [] }));
    const facts = await gatherPaperFacts(['doi:10.1000/nothing.here'], fakeOptions({ crossref, doi }));
    expect(summary(facts)).toStrictEqual({ 'doi:10.1000/nothing.here': 'nonexistent: no registration agency knows DOI 10.1000/nothing.here (doi.org answered 404)' });
    expect(crossref.requests.map((r) => r.path)).toStrictEqual(['/works/10.1000/nothing.here']);
    expect(doi.requests.map((r) => [r.path, r.headers.accept])).toStrictEqual([['/10.1000/nothing.here', 'application/vnd.citationstyles.csl+json']]);
  });

  test('a DataCite DOI goes to doi.org, whose redirect to the agency is followed', async () => {
    const crossref = await started(startCrossrefFake({ records: [] }));
    const doi = await started(startDoiFake({ records: [{ doi: '10.5281/zenodo.1234567', title: 'A Dataset of Neural Network Representations', year: 2022, type: 'dataset' }] }));
    const facts = await gatherPaperFacts(['doi:10.5281/zenodo.1234567'], fakeOptions({ crossref, doi }));
    expect(facts.get('doi:10.5281/zenodo.1234567')).toMatchObject({ status: 'found', record: { source: 'doi', title: 'A Dataset of Neural Network Representations', year: 2022 } });
    expect(crossref.requests).toHaveLength(0);
    expect(doi.requests.map((r) => r.path)).toStrictEqual(['/10.5281/zenodo.1234567', '/csl/10.5281/zenodo.1234567']);
  });

  test('a DOI Crossref does not hold is asked at doi.org', async () => {
    const crossref = await started(startCrossrefFake({ records: [] }));
    const doi = await started(startDoiFake({ records: [{ doi: '10.1234/medra.5', title: 'Held by another agency', type: 'article-journal' }] }));
    const facts = await gatherPaperFacts(['doi:10.1234/medra.5'], fakeOptions({ crossref, doi }));
    expect(summary(facts)).toStrictEqual({ 'doi:10.1234/medra.5': 'found: Held by another agency' });
    expect(crossref.requests).toHaveLength(1);
  });

  test('an answer larger than its cap is cut off unread: unverified', async () => {
    const crossref = await started(startCrossrefFake({ records: [] }));
    crossref.failNext({ kind: 'status', status: 200, contentType: 'application/json', body: `{"status":"ok","message":"${'x'.repeat(5 * 1024 * 1024)}"}` });
    const facts = await gatherPaperFacts(['doi:10.1000/x'], fakeOptions({ crossref }));
    expect(summary(facts)).toStrictEqual({ 'doi:10.1000/x': "unverified: Crossref's answer is larger than 4 MB; it was not read" });
  });

  test('Crossref down: unverified, and doi.org is not asked in its place', async () => {
    const crossref = await started(startCrossrefFake({ records: [] }));
    crossref.failAlways({ kind: 'html-error', status: 502 });
    const doi = await started(startDoiFake({ records: [] }));
    const facts = await gatherPaperFacts(['doi:10.1000/x'], fakeOptions({ crossref, doi }));
    expect(summary(facts)).toStrictEqual({ 'doi:10.1000/x': "unverified: Crossref answered HTTP 502 with an HTML page ('502 Bad Gateway')" });
    expect(doi.requests).toHaveLength(0);
  });
});

describe('OpenReview', () => {
  test('v2 first, then v1 one by one for the notes v2 does not hold; neither: nonexistent', async () => {
    const records = [
      { id: 'newNote2024', title: 'A Paper of 2024', venue: 'ICLR 2024 poster', venueid: 'ICLR.cc/2024/Conference' },
      { id: 'oldNote2019', title: 'A Paper of 2019', venue: 'ICLR 2019 Conference Poster', api: 'v1' as const },
    ];
    const openreview = await started(startOpenReviewFake({ version: 'v2', records }));
    const openreviewV1 = await started(startOpenReviewFake({ version: 'v1', records }));
    const facts = await gatherPaperFacts(['openreview:newNote2024', 'openreview:oldNote2019', 'openreview:noSuchNote'], fakeOptions({ openreview, openreviewV1 }));
    expect(summary(facts)).toStrictEqual({
      'openreview:newNote2024': 'found: A Paper of 2024',
      'openreview:oldNote2019': 'found: A Paper of 2019',
      'openreview:noSuchNote': 'nonexistent: OpenReview has no note noSuchNote',
    });
    expect(facts.get('openreview:newNote2024')?.record).toMatchObject({ accepted: true, venueId: 'ICLR.cc/2024/Conference', year: 2024 });
    expect(openreview.requests.map((r) => r.query.get('ids'))).toStrictEqual(['newNote2024,oldNote2019,noSuchNote']);
    expect(openreviewV1.requests.map((r) => r.query.get('id')).sort()).toStrictEqual(['noSuchNote', 'oldNote2019']);
  });

  test('v2 down: unverified, v1 not asked', async () => {
    const openreview = await started(startOpenReviewFake({ version: 'v2', records: [] }));
    openreview.failAlways({ kind: 'status', status: 500 });
    const openreviewV1 = await started(startOpenReviewFake({ version: 'v1', records: [] }));
    const facts = await gatherPaperFacts(['openreview:abc'], fakeOptions({ openreview, openreviewV1 }));
    expect(facts.get('openreview:abc')).toMatchObject({ status: 'unverified', reason: expect.stringContaining('OpenReview answered HTTP 500') });
    expect(openreviewV1.requests).toHaveLength(0);
  });
});
