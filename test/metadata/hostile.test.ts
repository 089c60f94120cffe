import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseArxivAnswer } from '../../src/metadata/arxiv.js';
import { parseCrossrefWork, parseCrossrefWorkList } from '../../src/metadata/crossref.js';
import { parseDblpSearch } from '../../src/metadata/dblp.js';
import { parseDoiCsl } from '../../src/metadata/doi-csl.js';
import { parseOpenReviewNotes } from '../../src/metadata/openreview.js';
import type { SourceAnswer } from '../../src/metadata/record.js';
import { parseSemanticScholarBatch } from '../../src/metadata/semantic-scholar.js';
import { recorded } from '../servers/metadata-fakes.js';

/**
 * Every parser against answers no service should send: whatever arrives, a parser returns a result
 * (an answer or a failure) and never throws, never recurses without bound, never keeps a giant string.
 */

interface Parser {
  name: string;
  parse: (answer: SourceAnswer) => { outcome: string; reason?: string; retryAfterMs?: number };
  /** A real answer of this source, to truncate and mutate. */
  sample: () => string;
}

const parsers: Parser[] = [
  { name: 'arXiv', parse: (answer) => parseArxivAnswer(answer, ['1707.08567', '0808.05394']), sample: () => recorded('arxiv', 'batch-0808.05394-missing+1707.08567.xml').body },
  { name: 'Crossref work', parse: (answer) => parseCrossrefWork(answer), sample: () => recorded('crossref', 'work.json').body },
  {
    name: 'Crossref work list',
    parse: (answer) => parseCrossrefWorkList(answer),
    // The recorded list, cut to three items: a third of a megabyte is slow to mutate hundreds of times.
    sample: () => {
      const list = JSON.parse(recorded('crossref', 'field-query.json').body) as { message: { items: unknown[] } };
      list.message.items = list.message.items.slice(0, 3);
      return JSON.stringify(list, null, 1);
    },
  },
  { name: 'doi.org', parse: (answer) => parseDoiCsl(answer), sample: () => recorded('doi-csl', 'citeproc-json-1.json').body },
  {
    name: 'OpenReview',
    parse: (answer) => parseOpenReviewNotes(answer, ['AbCdEf123']),
    sample: () => JSON.stringify({ notes: [{ id: 'AbCdEf123', forum: 'AbCdEf123', content: { title: { value: 'A Title' }, venueid: { value: 'ICLR.cc/2024/Conference' } } }], count: 1 }),
  },
  {
    name: 'DBLP',
    parse: (answer) => parseDblpSearch(answer),
    sample: () =>
      JSON.stringify({
        result: {
          status: { '@code': '200', text: 'OK' },
          hits: { '@total': '1', hit: [{ info: { title: 'A Title.', venue: 'ICLR', year: '2023', type: 'Conference and Workshop Papers', key: 'conf/iclr/X23' } }] },
        },
      }),
  },
  {
    name: 'Semantic Scholar',
    parse: (answer) => parseSemanticScholarBatch(answer, ['CorpusId:211530585', 'CorpusId:470667', '10.2139/ssrn.2250500', '0f40b1f08821e22e859c6050916cec3667778613']),
    sample: () => recorded('semanticscholar', 'batch-not-found.json').body,
  },
];

const outcomes = ['answered', 'found', 'not-found', 'unverified'];

describe.each(parsers)('$name', (parser) => {
  test('reads its sample (the other checks start from a readable answer)', () => {
    expect(parser.parse({ status: 200, body: parser.sample() }).outcome).not.toBe('unverified');
  });

  test('a 10 MB body is a failure, not read', () => {
    const body = parser.sample().padEnd(10 * 1024 * 1024, ' ');
    const result = parser.parse({ status: 200, body });
    expect(result).toMatchObject({ outcome: 'unverified' });
    expect(result.reason).toMatch(/is larger than \d+ MB; it was not read$/);
  });

  test('truncated anywhere, it is a failure', () => {
    const body = parser.sample();
    const step = Math.max(1, Math.floor(body.length / 150));
    for (let cut = 1; cut < body.trimEnd().length - (parser.name === 'arXiv' ? '</feed>'.length : 0); cut += step) {
      expect(parser.parse({ status: 200, body: body.slice(0, cut) }).outcome, `cut at ${cut}`).toBe('unverified');
    }
  });

  test('deeply nested JSON is refused before it is parsed', () => {
    const depth = 200_000;
    const result = parser.parse({ status: 200, body: '['.repeat(depth) + ']'.repeat(depth) });
    expect(result.outcome).toBe('unverified');
  });

  test('any JSON value, any status: a result, never a throw', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(200, 200, 200, 301, 400, 404, 429, 500), (value, status) => {
        const result = parser.parse({ status, body: JSON.stringify(value) ?? '' });
        expect(outcomes).toContain(result.outcome);
      }),
      { numRuns: 300 },
    );
  });

  test('its own answer with a slice replaced by garbage: a result, never a throw', () => {
    const body = parser.sample();
    fc.assert(
      fc.property(fc.nat(body.length), fc.nat(200), fc.string({ maxLength: 50 }), (at, length, garbage) => {
        const result = parser.parse({ status: 200, body: body.slice(0, at) + garbage + body.slice(at + length) });
        expect(outcomes).toContain(result.outcome);
      }),
      { numRuns: 200 },
    );
  });

  test('wrong types where the sample has objects and strings', () => {
    const sample = parser.sample();
    if (parser.name === 'arXiv') return;
    const swapped = sample.replace(/"([^"\\]{1,40})"(?=\s*[,}\]])/g, '12345').replace(/\[/g, '{"x":[').replace(/\]/g, ']}');
    expect(outcomes).toContain(parser.parse({ status: 200, body: swapped }).outcome);
    expect(outcomes).toContain(parser.parse({ status: 200, body: sample.replace(/"[^"\\]{1,40}"(?=\s*[,}\]])/g, 'null') }).outcome);
  });

  test('prototype keys stay data', () => {
    const body = `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "notes": [{"__proto__": {"id": "AbCdEf123"}}], "result": {"__proto__": {"hits": 1}}}`;
    parser.parse({ status: 200, body });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('an empty body and binary noise', () => {
    for (const body of ['', '\u0000\u0001\u0002', '\uFEFF', '\uD800', 'null', 'true', '"string"', '{}', '[]']) {
      expect(outcomes).toContain(parser.parse({ status: 200, body }).outcome);
    }
  });

  test('hostile headers', () => {
    const headers = { 'retry-after': '9'.repeat(100), 'content-type': ['a', 'b'] };
    const result = parser.parse({ status: 429, body: 'x', headers });
    expect(result).toMatchObject({ outcome: 'unverified', rateLimited: true });
    expect(result.retryAfterMs).toBeUndefined();
    expect(parser.parse({ status: 429, body: '', headers: { 'retry-after': '99999999' } })).toMatchObject({ retryAfterMs: 3_600_000 });
  });
});

test('long strings are capped in every record', () => {
  const long = 'word '.repeat(20_000);
  const results = [
    parseCrossrefWork({ status: 200, body: JSON.stringify({ status: 'ok', 'message-type': 'work', message: { DOI: '10.1000/x', title: [long], 'container-title': [long] } }) }),
    parseDoiCsl({ status: 200, body: JSON.stringify({ DOI: '10.1000/x', title: long, 'container-title': long }) }),
  ];
  for (const result of results) {
    if (result.outcome !== 'found') throw new Error('expected a record');
    expect(result.record.title.length).toBeLessThanOrEqual(1000);
    expect(result.record.venue?.length).toBeLessThanOrEqual(300);
  }
  const notes = parseOpenReviewNotes({ status: 200, body: JSON.stringify({ notes: [{ id: 'A1', content: { title: long, venue: long } }] }) }, ['A1']);
  expect(notes.outcome === 'answered' && notes.records.get('A1')?.title.length).toBe(1000);
  const dblp = parseDblpSearch({ status: 200, body: JSON.stringify({ result: { status: { '@code': '200' }, hits: { '@total': '1', hit: { info: { key: 'conf/x/Y', title: long, venue: long } } } } }) });
  expect(dblp.outcome === 'answered' && dblp.records[0]?.title.length).toBeLessThanOrEqual(1000);
  const s2 = parseSemanticScholarBatch({ status: 200, body: JSON.stringify([{ paperId: 'c'.repeat(40), title: long, venue: long }]) }, ['x']);
  expect(s2.outcome === 'answered' && s2.records[0]?.title.length).toBe(1000);
});

test('a surrogate pair is never split by the cap', () => {
  const title = `${'a'.repeat(999)}😀tail`;
  const result = parseDoiCsl({ status: 200, body: JSON.stringify({ DOI: '10.1000/x', title }) });
  expect(result.outcome === 'found' && result.record.title).toBe('a'.repeat(999));
});

test('control characters never reach a record or a reason', () => {
  const title = 'Red \u001b[31mAlert\u0007 \u009b2J';
  const found = parseDoiCsl({ status: 200, body: JSON.stringify({ DOI: '10.1000/x', title }) });
  expect(found.outcome === 'found' && found.record.title).toBe('Red [31mAlert 2J');
  const refused = parseOpenReviewNotes({ status: 403, body: JSON.stringify({ message: 'no \u001b]0;pwned\u0007' }) }, ['A1']);
  expect(refused).toMatchObject({ reason: 'OpenReview answered HTTP 403: no ]0;pwned' });
});
