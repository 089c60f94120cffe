import { Agent, request } from 'undici';
import { afterEach, describe, expect, test } from 'vitest';
import { arxivFormContentType, parseArxivAnswer, planArxivBatches } from '../../src/metadata/arxiv.js';
import { parseCrossrefWork, parseCrossrefWorkList } from '../../src/metadata/crossref.js';
import { dblpSearchQuery, parseDblpSearch } from '../../src/metadata/dblp.js';
import { parseDoiCsl } from '../../src/metadata/doi-csl.js';
import { parseOpenReviewNotes } from '../../src/metadata/openreview.js';
import { headerOf, type SourceAnswer } from '../../src/metadata/record.js';
import { parseSemanticScholarBatch, planSemanticScholarBatches } from '../../src/metadata/semantic-scholar.js';
import {
  recorded,
  startArxivFake,
  startCrossrefFake,
  startDblpFake,
  startDoiFake,
  startOpenReviewFake,
  startSemanticScholarFake,
  type ArxivFakeRecord,
  type MetadataFake,
} from '../servers/metadata-fakes.js';

/** The fakes answer what the parsers read: every test sends real HTTP over loopback. */

const running: MetadataFake[] = [];
const agents: Agent[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((fake) => fake.close()));
  await Promise.all(agents.splice(0).map((agent) => agent.close()));
});

async function started<T extends MetadataFake>(fake: Promise<T>): Promise<T> {
  const ready = await fake;
  running.push(ready);
  return ready;
}

/** One keep-alive connection per origin, as the arXiv client must use. */
function oneConnection(): Agent {
  const agent = new Agent({ connections: 1 });
  agents.push(agent);
  return agent;
}

async function ask(
  url: string,
  init: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string; dispatcher?: Agent } = {},
): Promise<SourceAnswer> {
  const response = await request(url, { method: init.method ?? 'GET', headers: init.headers, body: init.body, dispatcher: init.dispatcher ?? oneConnection() });
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') headers[name] = value;
  return { status: response.statusCode, body: await response.body.text(), headers };
}

/** Feed ids are hashes of the query on arXiv's side: the one line a fake cannot reproduce. */
const withoutFeedId = (xml: string) => xml.replace(/^ {2}<id>https:\/\/arxiv\.org\/api\/[^<]+<\/id>$/m, '  <id>(feed id)</id>');

const recordedPapers: Record<string, ArxivFakeRecord> = {
  heatBath: {
    id: '1605.08386',
    title: 'Heat-bath random walks with Markov bases',
    published: '2016-05-26T17:59:46Z',
    authors: ['Caprice Stanley', 'Tobias Windisch'],
    categories: ['math.CO', 'math.ST'],
    comment: '20 pages, 3 figures',
  },
  hotJupiters: {
    id: 'astro-ph/0601001',
    title: 'Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit Surveys Toward the Galactic Bulge and Carina',
    published: '2006-01-02T14:57:58Z',
    authors: [
      { name: 'Andrew Gould', affiliation: 'Ohio State' },
      { name: 'Susan Dorsher', affiliation: 'Ohio State' },
      { name: 'B. Scott Gaudi', affiliation: 'CfA' },
      { name: 'Andrzej Udalski', affiliation: 'Warsaw University Observatory' },
    ],
    categories: ['astro-ph'],
    comment:
      '62 pages including 16 figures and 9 tables. Submitted to Acta Astronomica. Full resolution version at http://www.astronomy.ohio-state.edu/~gould/ogle_hot_jupiters.ps.gz',
    journalRef: 'ActaAstron.56:1-50,2006',
  },
};

describe('the arXiv fake', () => {
  test.each([
    ['1605.08386.xml', recordedPapers.heatBath!, '2026-04-12T22:10:19Z'],
    ['astro-ph-0601001.xml', recordedPapers.hotJupiters!, '2026-05-11T23:51:23Z'],
  ])('renders %s byte for byte, but for the feed id', async (file, record, now) => {
    const fake = await started(startArxivFake({ records: [record], now }));
    const fixture = recorded('arxiv', file);
    const query = new URL(fixture.url).search;
    const answer = await ask(fake.url(`/api/query${query}`));
    expect(answer.status).toBe(fixture.status);
    expect(withoutFeedId(answer.body)).toBe(withoutFeedId(fixture.body));
  });

  test('renders the empty feed and the 400 Error feed as recorded', async () => {
    const fake = await started(startArxivFake({ records: [], now: '2026-04-12T22:09:26Z' }));
    const empty = recorded('arxiv', 'nonexistent-0000.0000.xml');
    expect(withoutFeedId((await ask(fake.url(`/api/query${new URL(empty.url).search}`))).body)).toBe(withoutFeedId(empty.body));

    fake.requests.length = 0;
    const error = recorded('arxiv', 'malformed-abc.xml');
    const answer = await ask(fake.url(`/api/query${new URL(error.url).search}`));
    expect(answer.status).toBe(400);
    const normalise = (xml: string) => xml.replace(/<updated>[^<]+<\/updated>/g, '<updated/>').replace(/<summary>[^<]*<\/summary>/, '<summary/>');
    expect(normalise(answer.body)).toBe(normalise(error.body));
    expect(parseArxivAnswer(answer, ['abc'])).toMatchObject({ outcome: 'unverified', rejectedIds: ['abc'] });
  });

  test('1,000 ids: 3 POST requests with max_results, on one connection, every paper read back', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `2101.${String(i + 1).padStart(5, '0')}`);
    const fake = await started(startArxivFake({ records: ids.map((id, i) => ({ id, title: `Paper number ${i + 1}`, version: 1 + (i % 3) })), order: 'reversed' }));
    const plan = planArxivBatches([...ids, '2006.08509l', '1313.00001'], { now: Date.UTC(2026, 3, 12) });
    const connection = oneConnection();
    const found = new Map<string, string>();
    for (const batch of plan.batches) {
      const answer = await ask(fake.url('/api/query'), { method: 'POST', headers: { 'content-type': arxivFormContentType }, body: batch.body, dispatcher: connection });
      const result = parseArxivAnswer(answer, batch.ids);
      if (result.outcome !== 'answered') throw new Error(result.reason);
      expect(result.missing).toStrictEqual([]);
      for (const [id, record] of result.records) found.set(id, record.title);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    expect(found.size).toBe(1000);
    expect(found.get('2101.00007')).toBe('Paper number 7');
    expect(fake.requests.map((r) => [r.method, r.path, r.connection])).toStrictEqual([
      ['POST', '/api/query', 1],
      ['POST', '/api/query', 1],
      ['POST', '/api/query', 1],
    ]);
    expect(fake.connections).toBe(1);
    expect(fake.requests.map((r) => new URLSearchParams(r.body).get('max_results'))).toStrictEqual(['400', '400', '200']);
    expect(fake.requests.every((r) => r.headers['content-type'] === arxivFormContentType)).toBe(true);
    expect(fake.requests.some((r) => r.body.includes('2006.08509l') || r.body.includes('1313.00001'))).toBe(false);
    // The log's times let a test assert spacing; here, the 30 ms the loop waited.
    const gaps = fake.requests.slice(1).map((r, i) => r.at - fake.requests[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(25);
  });

  test("arXiv's default of 10 results: the rest is unanswered, never missing", async () => {
    const ids = Array.from({ length: 15 }, (_, i) => `2101.${String(i + 1).padStart(5, '0')}`);
    const fake = await started(startArxivFake({ records: ids.map((id) => ({ id, title: `Paper ${id}` })) }));
    const result = parseArxivAnswer(await ask(fake.url(`/api/query?id_list=${ids.join(',')}`)), ids);
    expect(result).toMatchObject({ outcome: 'answered', missing: [], unanswered: ids.slice(10) });
  });

  test('versions: the one asked for if it exists; the latest otherwise', async () => {
    const fake = await started(startArxivFake({ records: [{ id: '2110.14633', title: 'Similarity and Matching of Neural Network Representations', version: 3 }] }));
    const asked = ['2110.14633v2', '2110.14633'];
    const both = parseArxivAnswer(await ask(fake.url(`/api/query?id_list=${asked.join(',')}&max_results=2`)), asked);
    expect(both.outcome === 'answered' && [...both.records.values()].map((record) => record.version)).toStrictEqual([2, 3]);
    const tooNew = parseArxivAnswer(await ask(fake.url('/api/query?id_list=2110.14633v4&max_results=1')), ['2110.14633v4']);
    expect(tooNew).toMatchObject({ outcome: 'answered', missing: ['2110.14633v4'] });
  });

  test('429 with Retry-After, "Rate exceeded.", truncation, HTML pages and 500s all verify nothing', async () => {
    const fake = await started(startArxivFake({ records: [recordedPapers.heatBath!] }));
    fake.failNext(
      { kind: 'status', status: 429, retryAfter: '2' },
      { kind: 'rate-exceeded' },
      { kind: 'truncated' },
      { kind: 'html-error' },
      { kind: 'status', status: 500 },
    );
    const results = [];
    for (let i = 0; i < 6; i += 1) results.push(parseArxivAnswer(await ask(fake.url('/api/query?id_list=1605.08386&max_results=1')), ['1605.08386']));
    expect(results.map((result) => (result.outcome === 'unverified' ? [result.status, result.rateLimited, result.retryAfterMs] : result.outcome))).toStrictEqual([
      [429, true, 2000],
      [200, true, undefined],
      [200, false, undefined],
      [503, false, undefined],
      [500, false, undefined],
      'answered',
    ]);
    expect(results[2]).toMatchObject({ reason: expect.stringContaining('truncated?') });
    expect(results[3]).toMatchObject({ reason: "arXiv answered HTTP 503 with an HTML page ('503 Service Unavailable')" });
  });

  test('delays, resets, aborted bodies, and faults for every request', async () => {
    const fake = await started(startArxivFake({ records: [recordedPapers.heatBath!] }));
    const url = fake.url('/api/query?id_list=1605.08386&max_results=1');
    fake.failNext({ kind: 'delay', ms: 150 });
    const before = performance.now();
    expect((await ask(url)).status).toBe(200);
    expect(performance.now() - before).toBeGreaterThanOrEqual(140);

    fake.failNext({ kind: 'reset' });
    await expect(ask(url)).rejects.toThrow();
    fake.failNext({ kind: 'aborted' });
    await expect(ask(url)).rejects.toThrow();

    fake.failAlways({ kind: 'status', status: 503, retryAfter: '1' });
    expect((await ask(url)).status).toBe(503);
    expect(headerOf(await ask(url), 'retry-after')).toBe('1');
    fake.failAlways(undefined);
    fake.delayMs = 50;
    const slow = performance.now();
    expect((await ask(url)).status).toBe(200);
    expect(performance.now() - slow).toBeGreaterThanOrEqual(45);
    expect(fake.requests).toHaveLength(6);
  });
});

/** Objects whose keys vary by paper (`{"ArXiv": …, "DBLP": …}`): their own keys are not compared. */
const openMaps = new Set(['externalIds', 'relation']);

/** Every key the fake writes exists in the recording with the same JSON type. */
function expectShapeWithin(rendered: unknown, recording: unknown, path = '$'): void {
  const kind = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
  if (rendered === null || recording === null) return;
  expect(kind(rendered), path).toBe(kind(recording));
  if (Array.isArray(rendered) && Array.isArray(recording) && rendered.length > 0 && recording.length > 0) {
    // Recorded lists hold items with different fields: compare with all of them at once.
    const union = recording.every((item) => kind(item) === 'object') ? Object.assign({}, ...(recording as object[])) : recording.find((item) => item !== null);
    for (const item of rendered) expectShapeWithin(item, union, `${path}[]`);
  } else if (kind(rendered) === 'object') {
    if (openMaps.has(path.split('.').pop() ?? '')) return;
    for (const [key, value] of Object.entries(rendered as Record<string, unknown>)) {
      expect(Object.hasOwn(recording as object, key), `${path}.${key} is not in the recording`).toBe(true);
      expectShapeWithin(value, (recording as Record<string, unknown>)[key], `${path}.${key}`);
    }
  }
}

describe('the Crossref fake', () => {
  const plos = {
    doi: '10.1371/journal.pone.0033693',
    title: 'Methylphenidate Exposure Induces Dopamine Neuron Loss and Activation of Microglia in the Basal Ganglia of Mice',
    containerTitle: 'PLoS ONE',
    year: 2012,
    month: 3,
    day: 21,
    publisher: 'Public Library of Science (PLoS)',
  };

  test('a work in the recorded shape, read back', async () => {
    const fake = await started(startCrossrefFake({ records: [plos] }));
    const answer = await ask(fake.url('/works/10.1371/journal.pone.0033693'));
    expectShapeWithin(JSON.parse(answer.body), JSON.parse(recorded('crossref', 'work.json').body));
    expect(parseCrossrefWork(answer)).toStrictEqual(parseCrossrefWork(recorded('crossref', 'work.json')));
    expect(headerOf(answer, 'x-api-pool')).toBe('public');
  });

  test('an unknown DOI: 404 "Resource not found."; a mailto gets the polite pool', async () => {
    const fake = await started(startCrossrefFake({ records: [plos] }));
    const answer = await ask(fake.url(`/works/${encodeURIComponent('10.48550/arXiv.2209.04836')}?mailto=lists@example.org`));
    expect(answer.status).toBe(404);
    expect(headerOf(answer, 'x-api-pool')).toBe('polite');
    expect(parseCrossrefWork(answer)).toStrictEqual({ outcome: 'not-found', reason: 'Crossref holds no record of this DOI' });
    expect(fake.requests[0]?.query.get('mailto')).toBe('lists@example.org');
  });

  test('a work list', async () => {
    const fake = await started(startCrossrefFake({ records: [plos, { doi: '10.1000/other', title: 'Something Else Entirely', type: 'proceedings-article', preprintArxivId: '2101.00001' }] }));
    const answer = await ask(fake.url('/works?query.bibliographic=dopamine+microglia&rows=5'));
    expectShapeWithin(JSON.parse(answer.body), JSON.parse(recorded('crossref', 'field-query.json').body));
    const result = parseCrossrefWorkList(answer);
    expect(result.outcome === 'answered' && result.records.map((record) => record.id)).toStrictEqual(['10.1371/journal.pone.0033693']);
    const other = parseCrossrefWork(await ask(fake.url('/works/10.1000/other')));
    expect(other).toMatchObject({ outcome: 'found', record: { kind: 'conference', ids: { doi: '10.1000/other', arxiv: '2101.00001' } } });
  });
});

describe('the doi.org fake', () => {
  const gitReBasin = { doi: '10.48550/arXiv.2209.04836', title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries', year: 2022, url: 'https://arxiv.org/abs/2209.04836' };

  test('a DataCite DOI: a redirect to the agency, then CSL-JSON', async () => {
    const fake = await started(startDoiFake({ records: [gitReBasin] }));
    const accept = { accept: 'application/vnd.citationstyles.csl+json' };
    const first = await ask(fake.url('/10.48550/arXiv.2209.04836'), { headers: accept });
    expect(first.status).toBe(302);
    const location = headerOf(first, 'location') ?? '';
    const answer = await ask(fake.url(location), { headers: accept });
    expectShapeWithin(JSON.parse(answer.body), JSON.parse(recorded('doi-csl', 'citeproc-json-1.json').body));
    expect(parseDoiCsl(answer)).toStrictEqual({
      outcome: 'found',
      record: {
        source: 'doi',
        id: '10.48550/arXiv.2209.04836',
        title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries',
        year: 2022,
        type: 'article',
        kind: 'preprint',
        ids: { doi: '10.48550/arxiv.2209.04836', arxiv: '2209.04836' },
        url: 'https://arxiv.org/abs/2209.04836',
      },
    });
    expect(fake.requests.map((r) => r.headers.accept)).toStrictEqual([accept.accept, accept.accept]);
  });

  test('an unknown DOI resolves nowhere; a browser is sent to the landing page', async () => {
    const fake = await started(startDoiFake({ records: [gitReBasin], redirect: false }));
    const unknown = await ask(fake.url('/10.9999/nothing'), { headers: { accept: 'application/vnd.citationstyles.csl+json' } });
    expect(parseDoiCsl(unknown)).toStrictEqual({ outcome: 'not-found', reason: 'doi.org knows no such DOI' });
    const browser = await ask(fake.url('/10.48550/arXiv.2209.04836'));
    expect([browser.status, headerOf(browser, 'location')]).toStrictEqual([302, 'https://arxiv.org/abs/2209.04836']);
    const direct = await ask(fake.url('/10.48550/arXiv.2209.04836'), { headers: { accept: 'application/vnd.citationstyles.csl+json' } });
    expect(parseDoiCsl(direct)).toMatchObject({ outcome: 'found' });
  });
});

describe('the OpenReview fakes', () => {
  const notes = [
    { id: 'NewNote1', title: 'A Paper of 2024', venue: 'ICLR 2024 poster', venueid: 'ICLR.cc/2024/Conference' },
    { id: 'OldNote1', title: 'A Paper of 2019', venue: 'ICLR 2019 Conference Poster', venueid: 'ICLR.cc/2019/Conference', api: 'v1' as const },
    { id: 'Gone2024', title: 'Withdrawn', venue: 'ICLR 2024 Conference Withdrawn Submission', venueid: 'ICLR.cc/2024/Conference/Withdrawn_Submission' },
  ];

  test('v2 first, then v1 for the notes v2 does not hold', async () => {
    const v2 = await started(startOpenReviewFake({ version: 'v2', records: notes }));
    const v1 = await started(startOpenReviewFake({ version: 'v1', records: notes }));
    const asked = ['NewNote1', 'OldNote1', 'Gone2024'];
    const first = await ask(v2.url(`/notes?ids=${asked.join(',')}`));
    expect((JSON.parse(first.body) as { notes: { content: { title: unknown } }[] }).notes[0]?.content.title).toStrictEqual({ value: 'A Paper of 2024' });
    const fromV2 = parseOpenReviewNotes(first, asked);
    if (fromV2.outcome !== 'answered') throw new Error(fromV2.reason);
    expect(fromV2.missing).toStrictEqual(['OldNote1']);
    expect(fromV2.records.get('NewNote1')).toMatchObject({ accepted: true, venueId: 'ICLR.cc/2024/Conference', year: 2024, kind: 'conference' });
    expect(fromV2.records.get('Gone2024')).toMatchObject({ accepted: false, withdrawn: true });

    const second = await ask(v1.url('/notes?id=OldNote1'));
    expect((JSON.parse(second.body) as { notes: { content: { title: unknown } }[] }).notes[0]?.content.title).toBe('A Paper of 2019');
    const fromV1 = parseOpenReviewNotes(second, ['OldNote1']);
    expect(fromV1).toStrictEqual({
      outcome: 'answered',
      records: new Map([
        [
          'OldNote1',
          {
            source: 'openreview',
            id: 'OldNote1',
            title: 'A Paper of 2019',
            venue: 'ICLR 2019 Conference Poster',
            venueId: 'ICLR.cc/2019/Conference',
            year: 2019,
            kind: 'conference',
            ids: { openreview: 'OldNote1' },
            url: 'https://openreview.net/forum?id=OldNote1',
            withdrawn: false,
            accepted: true,
          },
        ],
      ]),
      missing: [],
    });
  });

  test('an unknown note: 404 NotFoundError on both APIs', async () => {
    for (const version of ['v1', 'v2'] as const) {
      const fake = await started(startOpenReviewFake({ version, records: notes }));
      const answer = await ask(fake.url('/notes?id=Nope123'));
      expect(answer.status).toBe(404);
      expect(parseOpenReviewNotes(answer, ['Nope123'])).toStrictEqual({ outcome: 'answered', records: new Map(), missing: ['Nope123'] });
    }
  });

  test('429 in OpenReview\'s own shape', async () => {
    const fake = await started(startOpenReviewFake({ version: 'v2', records: notes }));
    fake.failNext({ kind: 'status', status: 429, retryAfter: '30' });
    expect(parseOpenReviewNotes(await ask(fake.url('/notes?ids=NewNote1')), ['NewNote1'])).toStrictEqual({
      outcome: 'unverified',
      reason: 'OpenReview answered HTTP 429 (too many requests): Too many requests',
      status: 429,
      rateLimited: true,
      retryAfterMs: 30_000,
    });
  });
});

describe('the DBLP fake', () => {
  const records = [
    {
      key: 'conf/iclr/AinsworthHS23',
      title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries',
      venue: 'ICLR',
      year: 2023,
      type: 'Conference and Workshop Papers',
      authors: ['Samuel K. Ainsworth', 'Jonathan Hayase', 'Siddhartha S. Srinivasa'],
      ee: 'https://openreview.net/forum?id=CQsmMYmlP5T',
    },
    {
      key: 'journals/corr/abs-2209-04836',
      title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries',
      venue: 'CoRR',
      volume: 'abs/2209.04836',
      year: 2022,
      type: 'Informal and Other Publications',
      authors: ['Samuel K. Ainsworth'],
      ee: ['https://doi.org/10.48550/arXiv.2209.04836', 'https://arxiv.org/abs/2209.04836'],
      doi: '10.48550/ARXIV.2209.04836',
    },
  ];

  test('a title search read back, quirks and all', async () => {
    const fake = await started(startDblpFake({ records }));
    const answer = await ask(fake.url(`/search/publ/api?${dblpSearchQuery('Git Re-Basin: Merging Models', 10)}`));
    const raw = JSON.parse(answer.body) as { result: { hits: { hit: { info: { title: string; authors: { author: unknown } } }[] } } };
    expect(raw.result.hits.hit[0]?.info.title).toBe('Git Re-Basin: Merging Models modulo Permutation Symmetries.');
    expect(Array.isArray(raw.result.hits.hit[1]?.info.authors.author)).toBe(false);
    expect(parseDblpSearch(answer)).toStrictEqual({
      outcome: 'answered',
      total: 2,
      records: [
        {
          source: 'dblp',
          id: 'conf/iclr/AinsworthHS23',
          title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries',
          venue: 'ICLR',
          venueId: 'conf/iclr',
          year: 2023,
          type: 'Conference and Workshop Papers',
          kind: 'conference',
          ids: { dblp: 'conf/iclr/AinsworthHS23', openreview: 'CQsmMYmlP5T' },
          url: 'https://openreview.net/forum?id=CQsmMYmlP5T',
        },
        {
          source: 'dblp',
          id: 'journals/corr/abs-2209-04836',
          title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries',
          venue: 'CoRR',
          venueId: 'journals/corr',
          year: 2022,
          type: 'Informal and Other Publications',
          kind: 'preprint',
          ids: { dblp: 'journals/corr/abs-2209-04836', doi: '10.48550/arxiv.2209.04836', arxiv: '2209.04836' },
          url: 'https://doi.org/10.48550/arXiv.2209.04836',
        },
      ],
    });
    expect(fake.requests[0]?.query.get('format')).toBe('json');
  });

  test('a single hit as an object; no hit at all when nothing matches', async () => {
    const fake = await started(startDblpFake({ records, singleHitAsObject: true }));
    const one = await ask(fake.url(`/search/publ/api?${dblpSearchQuery('Git Re-Basin', 1)}`));
    expect(Array.isArray((JSON.parse(one.body) as { result: { hits: { hit: unknown } } }).result.hits.hit)).toBe(false);
    expect(parseDblpSearch(one)).toMatchObject({ outcome: 'answered', total: 2, records: [{ id: 'conf/iclr/AinsworthHS23' }] });
    const none = await ask(fake.url(`/search/publ/api?${dblpSearchQuery('Topology of Deep Neural Networks')}`));
    expect(Object.keys((JSON.parse(none.body) as { result: { hits: object } }).result.hits)).not.toContain('hit');
    expect(parseDblpSearch(none)).toStrictEqual({ outcome: 'answered', total: 0, records: [] });
  });
});

describe('the Semantic Scholar fake', () => {
  const records = [
    {
      paperId: 'a'.repeat(40),
      title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries',
      venue: 'International Conference on Learning Representations',
      year: 2022,
      externalIds: { ArXiv: '2209.04836', DBLP: 'conf/iclr/AinsworthHS23', CorpusId: 252199400 },
      publicationTypes: ['JournalArticle', 'Conference'],
    },
  ];

  test('a planned batch, read back in order with null for the unknown', async () => {
    const fake = await started(startSemanticScholarFake({ records, apiKey: 'secret' }));
    const asked = ['ARXIV:2101.00001', 'ARXIV:2209.04836', 'CorpusId:252199400'];
    const [batch] = planSemanticScholarBatches(asked).batches;
    const answer = await ask(fake.url(`/graph/v1/paper/batch?${batch!.query}`), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'secret' },
      body: batch!.body,
    });
    expectShapeWithin(JSON.parse(answer.body), JSON.parse(recorded('semanticscholar', 'batch-not-found.json').body));
    const result = parseSemanticScholarBatch(answer, batch!.ids);
    if (result.outcome !== 'answered') throw new Error(result.reason);
    expect(result.missing).toStrictEqual(['ARXIV:2101.00001']);
    expect(result.records[0]).toBeNull();
    expect(result.records[1]).toStrictEqual({
      source: 'semanticScholar',
      id: 'a'.repeat(40),
      title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries',
      venue: 'International Conference on Learning Representations',
      year: 2022,
      type: 'JournalArticle, Conference',
      kind: 'conference',
      ids: { arxiv: '2209.04836', dblp: 'conf/iclr/AinsworthHS23' },
      url: `https://www.semanticscholar.org/paper/${'a'.repeat(40)}`,
    });
    expect(result.records[2]?.id).toBe('a'.repeat(40));
  });

  test('a wrong key and too many ids are failures', async () => {
    const fake = await started(startSemanticScholarFake({ records, apiKey: 'secret' }));
    const url = fake.url('/graph/v1/paper/batch?fields=title');
    const forbidden = await ask(url, { method: 'POST', headers: { 'x-api-key': 'wrong' }, body: '{"ids": ["ARXIV:2209.04836"]}' });
    expect(parseSemanticScholarBatch(forbidden, ['ARXIV:2209.04836'])).toMatchObject({ outcome: 'unverified', status: 403, reason: 'Semantic Scholar answered HTTP 403: Forbidden' });
    const ids = Array.from({ length: 501 }, (_, i) => `CorpusId:${i}`);
    const tooMany = await ask(url, { method: 'POST', headers: { 'x-api-key': 'secret' }, body: JSON.stringify({ ids }) });
    expect(parseSemanticScholarBatch(tooMany, ids)).toMatchObject({ status: 400, reason: 'Semantic Scholar answered HTTP 400: -ids: List has more than 500 elements' });
  });
});
