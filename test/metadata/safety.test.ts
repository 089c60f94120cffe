import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { gatherPaperFacts } from '../../src/metadata/gather.js';
import { defaultMetadataOptions, effectiveLimits, metadataOptions } from '../../src/metadata/options.js';
import { send, startServer, type TestServer } from '../servers/http.js';
import { startArxivFake, startCrossrefFake, startDoiFake, startOpenReviewFake } from '../servers/metadata-fakes.js';
import { fakeOptions, nowhere, summary } from './helpers.js';

/**
 * No request leaves for a host other than the configured sources, and none goes to a private address
 * unless allowed: the SSRF guard of src/http/ (checked at connect time) covers every client.
 */

const running: Array<{ close: () => Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});
async function started<T extends { close: () => Promise<void> }>(server: Promise<T>): Promise<T> {
  const ready = await server;
  running.push(ready);
  return ready;
}

/** Counts every request: where a record's URLs point, and where redirects try to go. */
let sentinel: TestServer;
beforeAll(async () => {
  sentinel = await startServer('127.0.0.6', (_req, res) => send(res, 200, { 'content-type': 'application/json' }, '{}'));
});
afterAll(() => sentinel.close());

const paper = { id: '2110.14633', title: 'Similarity and Matching of Neural Network Representations' };

describe('private addresses', () => {
  test('a source at a loopback address is not asked without allowPrivateHosts: unverified, no connection', async () => {
    const arxiv = await started(startArxivFake({ records: [paper] }));
    const facts = await gatherPaperFacts(['arxiv:2110.14633'], fakeOptions({ arxiv }, { allowPrivateHosts: false }));
    expect(summary(facts)).toStrictEqual({ 'arxiv:2110.14633': 'unverified: arXiv is at a private address 127.0.0.1; allow private hosts to ask it' });
    expect(arxiv.connections).toBe(0);
  });

  test('a source name that resolves to a private address is refused at connect time, unless that host is allowed', async () => {
    const arxiv = await started(startArxivFake({ records: [paper] }));
    const named = { sources: { arxiv: { url: `http://arxiv.test:${new URL(arxiv.origin).port}/api/query` } }, lookup: async () => [{ address: '127.0.0.1', family: 4 as const }] };
    const refused = await gatherPaperFacts(['arxiv:2110.14633'], fakeOptions({ arxiv }, { ...named, allowPrivateHosts: false }));
    expect(refused.get('arxiv:2110.14633')).toMatchObject({ status: 'unverified', reason: 'arXiv is at a private address 127.0.0.1 via arxiv.test; allow private hosts to ask it' });
    expect(arxiv.connections).toBe(0);
    const allowed = await gatherPaperFacts(['arxiv:2110.14633'], fakeOptions({ arxiv }, { ...named, allowPrivateHosts: ['arxiv.test'] }));
    expect(allowed.get('arxiv:2110.14633')?.status).toBe('found');
    expect(arxiv.connections).toBe(1);
  });

  test("doi.org's redirect to a private address is refused even to an agency host", async () => {
    const doi = await started(startServer('127.0.0.5', (_req, res) => send(res, 302, { location: `${sentinel.url('/csl/10.5281/zenodo.1')}` })));
    const options = fakeOptions({}, { allowPrivateHosts: ['127.0.0.5'], sources: { doi: { url: doi.origin, agencyHosts: ['127.0.0.6'] } } });
    const before = sentinel.stats.connections;
    const facts = await gatherPaperFacts(['doi:10.5281/zenodo.1'], options);
    expect(facts.get('doi:10.5281/zenodo.1')).toMatchObject({ status: 'unverified', reason: 'doi.org is at a private address 127.0.0.6; allow private hosts to ask it' });
    expect(sentinel.stats.connections).toBe(before);
  });
});

describe('only the configured sources are asked', () => {
  test("doi.org's redirect to a host that is neither doi.org nor an agency is not followed", async () => {
    const doi = await started(startServer('127.0.0.5', (_req, res) => send(res, 302, { location: sentinel.url('/elsewhere') })));
    const facts = await gatherPaperFacts(['doi:10.5281/zenodo.1'], fakeOptions({}, { sources: { doi: { url: doi.origin } } }));
    expect(summary(facts)).toStrictEqual({ 'doi:10.5281/zenodo.1': 'unverified: doi.org sent 10.5281/zenodo.1 on to 127.0.0.6, which is no metadata source lint-list asks' });
    expect(sentinel.stats.requests.filter((r) => r.path === '/elsewhere')).toHaveLength(0);
  });

  test('every request of a mixed run goes to a configured source, and only the sources a key needs are asked', async () => {
    const elsewhere = sentinel.url('/landing');
    const arxiv = await started(startArxivFake({ records: [{ ...paper, doi: '10.1000/published' }] }));
    const crossref = await started(startCrossrefFake({ records: [{ doi: '10.1000/published', title: 'Published', url: elsewhere }] }));
    const doi = await started(startDoiFake({ records: [{ doi: '10.48550/arXiv.2209.04836', title: 'Git Re-Basin', url: elsewhere }] }));
    const openreview = await started(startOpenReviewFake({ version: 'v2', records: [{ id: 'abc', title: 'A note' }] }));
    const openreviewV1 = await started(startOpenReviewFake({ version: 'v1', records: [] }));
    const before = sentinel.stats.requests.length;
    const facts = await gatherPaperFacts(
      ['arxiv:2110.14633', 'doi:10.1000/published', 'doi:10.48550/arxiv.2209.04836', 'openreview:abc', 'url:example.org/x'],
      fakeOptions({ arxiv, crossref, doi, openreview, openreviewV1 }),
    );
    expect([...facts.keys()]).toStrictEqual(['arxiv:2110.14633', 'doi:10.1000/published', 'doi:10.48550/arxiv.2209.04836', 'openreview:abc']);
    expect([...facts.values()].map((fact) => fact.status)).toStrictEqual(['found', 'found', 'found', 'found']);
    expect([arxiv, crossref, doi, openreview, openreviewV1].map((fake) => fake.requests.length)).toStrictEqual([1, 1, 2, 1, 0]);
    expect(sentinel.stats.requests.length).toBe(before);
  });

  test('a source whose URL is no URL leaves its papers unverified and nothing is asked', async () => {
    const facts = await gatherPaperFacts(['arxiv:2110.14633'], fakeOptions({}, { sources: { arxiv: { url: 'not a url' } } }));
    expect(summary(facts)).toStrictEqual({ 'arxiv:2110.14633': "unverified: the arXiv source 'not a url' is not a URL" });
  });

  test('a source that never answers: unverified within the timeout, after its retries', async () => {
    const silent = await started(startServer('127.0.0.7', () => undefined));
    const facts = await gatherPaperFacts(['openreview:abc'], fakeOptions({}, { timeoutMs: 200, sources: { openreview: { url: silent.origin, v1Url: nowhere } } }));
    expect(summary(facts)).toStrictEqual({ 'openreview:abc': 'unverified: OpenReview did not answer in time after 1 retry' });
  });
});

describe('options', () => {
  test('defaults: the real sources, arXiv at one request every 3 s', () => {
    expect(defaultMetadataOptions.sources.arxiv).toStrictEqual({ url: 'https://export.arxiv.org/api/query', intervalMs: 3000, concurrency: 1 });
    expect(metadataOptions({ mailto: 'a@b.c', sources: { crossref: { concurrency: 2 } } })).toMatchObject({
      mailto: 'a@b.c',
      sources: { crossref: { url: 'https://api.crossref.org', intervalMs: 100, concurrency: 2 }, arxiv: { intervalMs: 3000 } },
    });
  });

  test("the real services' limits hold whatever the config says; other hosts get what they are configured with", () => {
    const fast = { url: '', intervalMs: 10, concurrency: 8 };
    expect(effectiveLimits('arxiv', fast, 'export.arxiv.org', undefined)).toStrictEqual({ concurrency: 1, intervalMs: 3000 });
    expect(effectiveLimits('crossref', fast, 'api.crossref.org', undefined)).toStrictEqual({ concurrency: 1, intervalMs: 200 });
    expect(effectiveLimits('crossref', fast, 'api.crossref.org', 'a@b.c')).toStrictEqual({ concurrency: 3, intervalMs: 100 });
    expect(effectiveLimits('openreview', fast, 'api2.openreview.net', undefined)).toStrictEqual({ concurrency: 8, intervalMs: 3000 });
    expect(effectiveLimits('arxiv', fast, '127.0.0.1', undefined)).toStrictEqual({ concurrency: 8, intervalMs: 10 });
  });
});
