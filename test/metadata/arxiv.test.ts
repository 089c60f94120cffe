import { describe, expect, test } from 'vitest';
import { arxivMaxBatch, parseArxivAnswer, planArxivBatches, saysWithdrawn, type ArxivResult } from '../../src/metadata/arxiv.js';
import type { PaperRecord, SourceAnswer } from '../../src/metadata/record.js';
import { recorded } from '../servers/metadata-fakes.js';

const april2026 = Date.UTC(2026, 3, 12);

function answered(result: ArxivResult) {
  if (result.outcome !== 'answered') throw new Error(`expected an answer, got: ${result.reason}`);
  return result;
}

const heatBath: PaperRecord = {
  source: 'arxiv',
  id: '1605.08386',
  title: 'Heat-bath random walks with Markov bases',
  year: 2016,
  kind: 'preprint',
  ids: { arxiv: '1605.08386' },
  url: 'https://arxiv.org/abs/1605.08386',
  withdrawn: false,
  primaryCategory: 'math.CO',
  comment: '20 pages, 3 figures',
  version: 1,
};

const workshopProceedings: PaperRecord = {
  source: 'arxiv',
  id: '1707.08567',
  title: 'Proceedings of Workshop AEW10: Concepts in Information Theory and Communications',
  year: 2017,
  kind: 'preprint',
  ids: { arxiv: '1707.08567' },
  url: 'https://arxiv.org/abs/1707.08567',
  withdrawn: false,
  primaryCategory: 'cs.IT',
  comment: '44 pages, editors for the proceedings: Yanling Chen and A. J. Han Vinck',
  version: 1,
};

describe('the recorded arXiv answers', () => {
  test('1605.08386: one paper', () => {
    const result = answered(parseArxivAnswer(recorded('arxiv', '1605.08386.xml'), ['1605.08386']));
    expect(result).toStrictEqual({ outcome: 'answered', records: new Map([['1605.08386', heatBath]]), missing: [], unanswered: [] });
  });

  test('1707.08567: one paper', () => {
    const result = answered(parseArxivAnswer(recorded('arxiv', '1707.08567.xml'), ['1707.08567']));
    expect(result.records.get('1707.08567')).toStrictEqual(workshopProceedings);
  });

  test('a batch of two whose first id arXiv leaves out of its 200 answer', () => {
    const result = parseArxivAnswer(recorded('arxiv', 'batch-0808.05394-missing+1707.08567.xml'), ['0808.05394', '1707.08567']);
    expect(result).toStrictEqual({
      outcome: 'answered',
      records: new Map([['1707.08567', workshopProceedings]]),
      missing: ['0808.05394'],
      unanswered: [],
    });
  });

  test('0000.0000: a feed with no entry', () => {
    expect(parseArxivAnswer(recorded('arxiv', 'nonexistent-0000.0000.xml'), ['0000.0000'])).toStrictEqual({
      outcome: 'answered',
      records: new Map(),
      missing: ['0000.0000'],
      unanswered: [],
    });
  });

  test('abc: HTTP 400 with an Error entry', () => {
    expect(parseArxivAnswer(recorded('arxiv', 'malformed-abc.xml'), ['abc'])).toStrictEqual({
      outcome: 'unverified',
      reason: 'arXiv rejected the request: incorrect id format for abc',
      status: 400,
      rateLimited: false,
      rejectedIds: ['abc'],
    });
  });

  test('2104.12255v1: an explicit version, and a title that is a number', () => {
    const result = answered(parseArxivAnswer(recorded('arxiv', '2104.12255v1.xml'), ['2104.12255v1']));
    expect(result.records.get('2104.12255v1')).toStrictEqual({
      source: 'arxiv',
      id: '2104.12255',
      title: '0',
      year: 2021,
      kind: 'preprint',
      ids: { arxiv: '2104.12255' },
      url: 'https://arxiv.org/abs/2104.12255',
      withdrawn: false,
      primaryCategory: 'cs.CR',
      version: 1,
    });
  });

  test('astro-ph/0601001: old style, journal_ref and affiliations', () => {
    const result = answered(parseArxivAnswer(recorded('arxiv', 'astro-ph-0601001.xml'), ['astro-ph/0601001']));
    expect(result.records.get('astro-ph/0601001')).toStrictEqual({
      source: 'arxiv',
      id: 'astro-ph/0601001',
      title: 'Frequency of Hot Jupiters and Very Hot Jupiters from the OGLE-III Transit Surveys Toward the Galactic Bulge and Carina',
      year: 2006,
      kind: 'preprint',
      ids: { arxiv: 'astro-ph/0601001' },
      url: 'https://arxiv.org/abs/astro-ph/0601001',
      withdrawn: false,
      journalRef: 'ActaAstron.56:1-50,2006',
      primaryCategory: 'astro-ph',
      comment:
        '62 pages including 16 figures and 9 tables. Submitted to Acta Astronomica. Full resolution version at http://www.astronomy.ohio-state.edu/~gould/ogle_hot_jupiters.ps.gz',
      version: 1,
    });
  });

  test('quant-ph/0201082v1: old style with a version', () => {
    const result = answered(parseArxivAnswer(recorded('arxiv', 'quant-ph-0201082v1.xml'), ['quant-ph/0201082v1']));
    expect(result.records.get('quant-ph/0201082v1')).toStrictEqual({
      source: 'arxiv',
      id: 'quant-ph/0201082',
      title: 'Quantum Computers and Quantum Computer Languages: Quantum Assembly Language and Quantum C Language',
      year: 2002,
      kind: 'preprint',
      ids: { arxiv: 'quant-ph/0201082' },
      url: 'https://arxiv.org/abs/quant-ph/0201082',
      withdrawn: false,
      primaryCategory: 'quant-ph',
      comment: '32 pages',
      version: 1,
    });
  });

  test('an old-style id asked with its subject class finds the entry', () => {
    const result = answered(parseArxivAnswer(recorded('arxiv', 'quant-ph-0201082v1.xml'), ['quant-ph.QA/0201082']));
    expect(result.records.get('quant-ph.QA/0201082')?.id).toBe('quant-ph/0201082');
  });
});

/** The `<entry>…</entry>` blocks of a recorded feed, to build other answers from. */
function entriesOf(file: string): string[] {
  return recorded('arxiv', file).body.match(/ {2}<entry>[\s\S]*?<\/entry>\n/g) ?? [];
}

function feed(entries: string[], total = entries.length): string {
  const head = recorded('arxiv', 'nonexistent-0000.0000.xml').body.replace('</feed>\n', '');
  return `${head.replace('<opensearch:totalResults>0</opensearch:totalResults>', `<opensearch:totalResults>${total}</opensearch:totalResults>`)}${entries.join('')}</feed>\n`;
}

describe('matching entries to the ids asked', () => {
  const heat = entriesOf('1605.08386.xml');
  const proceedings = entriesOf('1707.08567.xml');
  const astro = entriesOf('astro-ph-0601001.xml');

  test('in any order, by base id, versions or not', () => {
    const body = feed([...astro, ...proceedings, ...heat]);
    const result = answered(parseArxivAnswer({ status: 200, body }, ['1605.08386v1', '1707.08567', 'arXiv:astro-ph/0601001', '2101.00001']));
    expect([...result.records.keys()]).toStrictEqual(['1605.08386v1', '1707.08567', 'arXiv:astro-ph/0601001']);
    expect(result.records.get('1605.08386v1')).toStrictEqual(heatBath);
    expect(result.missing).toStrictEqual(['2101.00001']);
  });

  test('an entry nobody asked for is ignored', () => {
    const result = answered(parseArxivAnswer({ status: 200, body: feed([...heat, ...proceedings]) }, ['1707.08567']));
    expect([...result.records.keys()]).toStrictEqual(['1707.08567']);
  });

  test('an answer that holds more results than it sent confirms no absence', () => {
    // arXiv's max_results defaults to 10: a batch asked without it gets 10 entries and a larger total.
    const result = answered(parseArxivAnswer({ status: 200, body: feed([...heat], 3) }, ['1605.08386', '1707.08567', '2101.00001']));
    expect(result.missing).toStrictEqual([]);
    expect(result.unanswered).toStrictEqual(['1707.08567', '2101.00001']);
  });

  test('a title broken over lines and a withdrawal comment', () => {
    const entry = heat[0]!
      .replace('<title>Heat-bath random walks with Markov bases</title>', '<title>Heat-bath random walks\n      with   Markov bases</title>')
      .replace('20 pages, 3 figures', 'This paper has been withdrawn by the author due to an error in Lemma 3')
      .replace('<arxiv:primary_category term="math.CO"/>', '<arxiv:primary_category term="math.CO"/>\n    <arxiv:doi>10.1007/S00000-017-0001-2</arxiv:doi>');
    const record = answered(parseArxivAnswer({ status: 200, body: feed([entry]) }, ['1605.08386'])).records.get('1605.08386');
    expect(record).toMatchObject({ title: 'Heat-bath random walks with Markov bases', withdrawn: true, ids: { arxiv: '1605.08386', doi: '10.1007/s00000-017-0001-2' } });
  });

  test('titles are capped at 1,000 characters', () => {
    const entry = heat[0]!.replace('Heat-bath random walks with Markov bases', 'x'.repeat(50_000));
    const record = answered(parseArxivAnswer({ status: 200, body: feed([entry]) }, ['1605.08386'])).records.get('1605.08386');
    expect(record?.title).toBe('x'.repeat(1000));
  });
});

describe('answers that verify nothing', () => {
  const ids = ['1605.08386', '1707.08567'];
  const body = recorded('arxiv', 'batch-0808.05394-missing+1707.08567.xml').body;

  test('HTTP 429 with Retry-After', () => {
    expect(parseArxivAnswer({ status: 429, body: '', headers: { 'retry-after': '30' } }, ids)).toStrictEqual({
      outcome: 'unverified',
      reason: 'arXiv answered HTTP 429 (too many requests)',
      status: 429,
      rateLimited: true,
      retryAfterMs: 30_000,
    });
  });

  test('Retry-After as a date', () => {
    const result = parseArxivAnswer({ status: 429, body: '', headers: { 'retry-after': ['Sun, 12 Apr 2026 00:00:10 GMT'] } }, ids, { now: Date.UTC(2026, 3, 12) });
    expect(result).toMatchObject({ rateLimited: true, retryAfterMs: 10_000 });
  });

  test('a 200 whose body is "Rate exceeded."', () => {
    expect(parseArxivAnswer({ status: 200, body: 'Rate exceeded.\n' }, ids)).toStrictEqual({
      outcome: 'unverified',
      reason: 'arXiv answered "Rate exceeded." (too many requests)',
      status: 200,
      rateLimited: true,
    });
  });

  test('a truncated feed, cut anywhere before its end, never reports an id missing', () => {
    const end = body.indexOf('</feed>');
    for (let cut = 0; cut < end; cut += 37) {
      const result = parseArxivAnswer({ status: 200, body: body.slice(0, cut) }, ids);
      expect(result.outcome, `cut at ${cut}`).toBe('unverified');
    }
  });

  test('a truncated feed says so', () => {
    const result = parseArxivAnswer({ status: 200, body: body.slice(0, 2000) }, ids);
    expect(result).toMatchObject({ outcome: 'unverified', rateLimited: false });
    expect(result.outcome === 'unverified' && result.reason).toMatch(/^arXiv's answer is not a readable Atom feed: it is not well-formed XML \(.*; truncated\?\)$/);
  });

  test.each([
    [503, 'arXiv answered HTTP 503 with an HTML page (\'503 Service Unavailable\')'],
    [200, 'arXiv answered with an HTML page (\'503 Service Unavailable\') instead of an Atom feed'],
  ])('an HTML error page with status %i', (status, reason) => {
    const page = '<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1></body></html>';
    expect(parseArxivAnswer({ status, body: page }, ids)).toStrictEqual({ outcome: 'unverified', reason, status, rateLimited: false });
  });

  test('a 503 with Retry-After is a request to slow down', () => {
    expect(parseArxivAnswer({ status: 503, body: '', headers: { 'retry-after': '5' } }, ids)).toMatchObject({ rateLimited: true, retryAfterMs: 5000 });
  });

  test.each([500, 502, 404, 301])('HTTP %i', (status) => {
    expect(parseArxivAnswer({ status, body: 'oops' }, ids)).toMatchObject({ outcome: 'unverified', status, rateLimited: false });
  });

  test('a 400 that is not a feed', () => {
    expect(parseArxivAnswer({ status: 400, body: 'Bad Request' }, ids)).toStrictEqual({ outcome: 'unverified', reason: 'arXiv answered HTTP 400', status: 400, rateLimited: false });
  });

  test('an Error entry in a 200 answer', () => {
    const result = parseArxivAnswer({ status: 200, body: recorded('arxiv', 'malformed-abc.xml').body }, ['abc']);
    expect(result).toMatchObject({ outcome: 'unverified', rejectedIds: ['abc'] });
  });

  test('an entry whose id cannot be read makes the whole answer unreadable', () => {
    const entry = entriesOf('1605.08386.xml')[0]!.replace('http://arxiv.org/abs/1605.08386v1', 'http://example.org/whatever');
    expect(parseArxivAnswer({ status: 200, body: feed([entry]) }, ids)).toMatchObject({
      outcome: 'unverified',
      reason: "arXiv's answer has an entry that cannot be read (id 'http://example.org/whatever')",
    });
  });

  test('an entry without a title makes the whole answer unreadable', () => {
    const entry = entriesOf('1605.08386.xml')[0]!.replace('Heat-bath random walks with Markov bases', '   ');
    expect(parseArxivAnswer({ status: 200, body: feed([entry]) }, ids)).toMatchObject({
      outcome: 'unverified',
      reason: "arXiv's answer has an entry that cannot be read (1605.08386 has no title)",
    });
  });

  test('a DOCTYPE with entities is refused before parsing', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "${'a'.repeat(1000)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><feed><title>&b;&b;&b;&b;</title></feed>`;
    expect(parseArxivAnswer({ status: 200, body: bomb }, ids)).toMatchObject({
      outcome: 'unverified',
      reason: "arXiv's answer is not a readable Atom feed: it declares a DOCTYPE, which arXiv never sends",
    });
  });

  test('XML that is not a feed', () => {
    expect(parseArxivAnswer({ status: 200, body: '<?xml version="1.0"?><rss><channel/></rss>' }, ids)).toMatchObject({
      outcome: 'unverified',
      reason: "arXiv's answer is not a readable Atom feed: it has no <feed> element",
    });
  });

  test('a body above the cap is not read', () => {
    expect(parseArxivAnswer({ status: 200, body: ' '.repeat(10 * 1024 * 1024) }, ids)).toStrictEqual({
      outcome: 'unverified',
      reason: "arXiv's answer is larger than 8 MB; it was not read",
      status: 200,
      rateLimited: false,
    });
    expect(parseArxivAnswer({ status: 200, body }, ids, { maxBodyChars: 1000 })).toMatchObject({ reason: "arXiv's answer is larger than 1 KB; it was not read" });
  });

  test.each([
    ['a million nested elements', '<feed>' + '<a>'.repeat(2_000_000)],
    ['eight million "<"', '<'.repeat(8_000_000)],
    ['a million attributes', `<feed ${Array.from({ length: 1_000_000 }, (_, i) => `a${i}="1"`).join(' ')}/>`],
  ])('%s are refused quickly', (_, hostile) => {
    const started = performance.now();
    expect(parseArxivAnswer({ status: 200, body: hostile }, ids).outcome).toBe('unverified');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  test('a large well-formed answer is read in time linear in its size', () => {
    const entry = entriesOf('1605.08386.xml')[0]!;
    const bodyOf = (count: number) =>
      feed(Array.from({ length: count }, (_, i) => entry.replaceAll('1605.08386', `1605.${String(100001 + i).slice(1)}`)));
    const fastest = (body: string) => {
      let best = Infinity;
      for (let run = 0; run < 2; run += 1) {
        const started = performance.now();
        expect(answered(parseArxivAnswer({ status: 200, body }, ['1605.00001'])).records.size).toBe(1);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const small = fastest(bodyOf(500));
    const large = fastest(bodyOf(2000));
    // Four times the entries: linear work takes about four times as long, quadratic sixteen.
    expect(large / Math.max(small, 1)).toBeLessThan(9);
  });
});

describe('withdrawn papers', () => {
  test.each([
    'This paper has been withdrawn by the author due to a crucial error in Lemma 3',
    'withdrawn',
    'Withdrawn.',
    'Paper withdrawn due to an error in the proof',
    '12 pages. This paper has been withdrawn',
    'This submission has been withdrawn by arXiv administrators because it is a duplicate',
    'The authors have withdrawn this paper',
    'This manuscript was withdrawn: a flaw in Theorem 2',
    'Withdrawn by the authors',
  ])('%s', (comment) => {
    expect(saysWithdrawn(comment)).toBe(true);
  });

  test.each([
    '20 pages, 3 figures',
    'Withdrawn from NeurIPS 2021; accepted at ICLR 2022',
    'An earlier version of this paper was withdrawn; this is a new analysis',
    'Accepted at ICML 2023. Code: https://github.com/withdrawn/repo',
    'We study withdrawal rates in clinical trials',
  ])('not: %s', (comment) => {
    expect(saysWithdrawn(comment)).toBe(false);
  });
});

describe('planArxivBatches', () => {
  const ids = Array.from({ length: 1000 }, (_, i) => `2101.${String(i + 1).padStart(5, '0')}`);

  test('1,000 ids make 3 batches of at most 400, each with max_results set', () => {
    const plan = planArxivBatches(ids, { now: april2026 });
    expect(plan.rejected).toStrictEqual([]);
    expect(plan.batches.map((batch) => batch.ids.length)).toStrictEqual([400, 400, 200]);
    expect(plan.batches.map((batch) => batch.maxResults)).toStrictEqual([400, 400, 200]);
    expect(plan.batches.flatMap((batch) => batch.ids)).toStrictEqual(ids);
    for (const batch of plan.batches) {
      const form = new URLSearchParams(batch.body);
      expect([...form.keys()]).toStrictEqual(['id_list', 'max_results', 'start']);
      expect(form.get('id_list')).toBe(batch.ids.join(','));
      expect(form.get('max_results')).toBe(String(batch.ids.length));
      expect(form.get('start')).toBe('0');
    }
    expect(plan.batches[2]!.body).toBe(`id_list=${plan.batches[2]!.ids.join('%2C')}&max_results=200&start=0`);
  });

  test('versions, prefixes and repeats collapse to one base id; malformed ids are never sent', () => {
    const plan = planArxivBatches(['2006.08509v2', 'arXiv:2006.08509', '2006.08509l', '0808.05394', 'astro-ph/0601001v1', 'math.GT/0309136', 'math/0309136v3'], {
      now: april2026,
    });
    expect(plan.batches).toStrictEqual([
      {
        ids: ['2006.08509', 'astro-ph/0601001', 'math/0309136'],
        maxResults: 3,
        body: 'id_list=2006.08509%2Castro-ph%2F0601001%2Cmath%2F0309136&max_results=3&start=0',
      },
    ]);
    expect(plan.rejected.map((rejection) => rejection.input)).toStrictEqual(['2006.08509l', '0808.05394']);
  });

  test('a smaller batch size, never a larger one', () => {
    expect(planArxivBatches(ids, { batchSize: 300, now: april2026 }).batches.map((batch) => batch.ids.length)).toStrictEqual([300, 300, 300, 100]);
    expect(planArxivBatches(ids, { batchSize: 5000, now: april2026 }).batches[0]!.ids).toHaveLength(arxivMaxBatch);
  });

  test('no ids, no batch', () => {
    expect(planArxivBatches([])).toStrictEqual({ batches: [], rejected: [] });
  });
});

test('an answer typed as SourceAnswer with array headers', () => {
  const answer: SourceAnswer = { status: 429, body: '', headers: { 'retry-after': ['2', '3'] } };
  expect(parseArxivAnswer(answer, ['1605.08386'])).toMatchObject({ retryAfterMs: 2000 });
});
