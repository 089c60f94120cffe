import { describe, expect, test } from 'vitest';
import { dblpSearchQuery, parseDblpSearch, type DblpResult } from '../../src/metadata/dblp.js';

const ok = (value: unknown) => ({ status: 200, body: JSON.stringify(value) });

function answered(result: DblpResult) {
  if (result.outcome !== 'answered') throw new Error(`expected an answer, got: ${result.reason}`);
  return result;
}

/** The example of the fixtures README, with its ellipses filled in. */
const readmeExample = {
  result: {
    query: 'Some Paper Title',
    status: { '@code': '200', text: 'OK' },
    hits: {
      '@total': '2',
      '@computed': '2',
      '@sent': '2',
      '@first': '0',
      hit: [
        {
          '@score': '6',
          '@id': '123',
          info: {
            authors: { author: [{ '@pid': '12/345', text: 'Ada Author' }, { '@pid': '67/890', text: 'Bo Writer' }] },
            title: 'Some Paper Title.',
            venue: 'ICLR',
            year: '2023',
            type: 'Conference and Workshop Papers',
            access: 'open',
            key: 'conf/iclr/AuthorXY23',
            doi: '10.1000/ICLR.2023.1',
            ee: 'https://openreview.net/forum?id=AbCdEf123',
            url: 'https://dblp.org/rec/conf/iclr/AuthorXY23',
          },
        },
        {
          info: {
            title: 'Some Paper Title.',
            venue: 'CoRR',
            volume: 'abs/2209.04836',
            year: '2022',
            type: 'Informal and Other Publications',
            key: 'journals/corr/abs-2209-04836',
            ee: 'https://arxiv.org/abs/2209.04836',
            url: 'https://dblp.org/rec/journals/corr/abs-2209-04836',
          },
        },
      ],
    },
  },
};

describe('DBLP publication search', () => {
  test("the README's example: a conference paper and its CoRR copy", () => {
    expect(parseDblpSearch(ok(readmeExample))).toStrictEqual({
      outcome: 'answered',
      total: 2,
      records: [
        {
          source: 'dblp',
          id: 'conf/iclr/AuthorXY23',
          title: 'Some Paper Title',
          venue: 'ICLR',
          venueId: 'conf/iclr',
          year: 2023,
          type: 'Conference and Workshop Papers',
          kind: 'conference',
          ids: { dblp: 'conf/iclr/AuthorXY23', doi: '10.1000/iclr.2023.1', openreview: 'AbCdEf123' },
          url: 'https://openreview.net/forum?id=AbCdEf123',
        },
        {
          source: 'dblp',
          id: 'journals/corr/abs-2209-04836',
          title: 'Some Paper Title',
          venue: 'CoRR',
          venueId: 'journals/corr',
          year: 2022,
          type: 'Informal and Other Publications',
          kind: 'preprint',
          ids: { dblp: 'journals/corr/abs-2209-04836', arxiv: '2209.04836' },
          url: 'https://arxiv.org/abs/2209.04836',
        },
      ],
    });
  });

  test('hit absent when @total is "0"', () => {
    const none = { result: { query: 'x', status: { '@code': '200', text: 'OK' }, hits: { '@total': '0', '@computed': '0', '@sent': '0', '@first': '0' } } };
    expect(parseDblpSearch(ok(none))).toStrictEqual({ outcome: 'answered', total: 0, records: [] });
  });

  test('a single hit as an object, a single author as an object, venue and ee as arrays', () => {
    const single = {
      result: {
        status: { '@code': '200', text: 'OK' },
        hits: {
          '@total': '1',
          hit: {
            info: {
              authors: { author: { '@pid': '1/2', text: 'Solo Author' } },
              title: 'Is Attention All You Need?',
              venue: ['ICLR (Poster)', 'CoRR'],
              year: '2021',
              type: 'Conference and Workshop Papers',
              key: 'conf/iclr/Solo21',
              ee: ['https://doi.org/10.1000/abc', 'https://arxiv.org/abs/2101.00001v2', 'ftp://nope'],
            },
          },
        },
      },
    };
    expect(answered(parseDblpSearch(ok(single))).records).toStrictEqual([
      {
        source: 'dblp',
        id: 'conf/iclr/Solo21',
        title: 'Is Attention All You Need?',
        venue: 'ICLR (Poster)',
        venueId: 'conf/iclr',
        year: 2021,
        type: 'Conference and Workshop Papers',
        kind: 'conference',
        ids: { dblp: 'conf/iclr/Solo21', doi: '10.1000/abc', arxiv: '2101.00001' },
        url: 'https://doi.org/10.1000/abc',
      },
    ]);
  });

  const hitWith = (info: Record<string, unknown>) => ({
    result: { status: { '@code': '200', text: 'OK' }, hits: { '@total': '1', hit: [{ info: { key: 'conf/x/Y20', title: 'T.', ...info } }] } },
  });

  test.each([
    [{ type: 'Journal Articles', key: 'journals/jmlr/Y20' }, 'journal'],
    [{ type: 'Journal Articles', key: 'journals/corr/Y20' }, 'preprint'],
    [{ type: 'Conference and Workshop Papers', venue: 'NeurIPS Workshop on Symmetry' }, 'workshop'],
    [{ type: 'Conference and Workshop Papers', venue: 'NeurIPS' }, 'conference'],
    [{ type: 'Informal and Other Publications' }, 'other'],
    [{ type: 'Books and Theses' }, 'other'],
    [{ type: 'Editorship' }, 'other'],
  ])('type %o is %s', (info, kind) => {
    expect(answered(parseDblpSearch(ok(hitWith(info)))).records[0]!.kind).toBe(kind);
  });

  test.each([
    ['Attention Is All You Need.', 'Attention Is All You Need'],
    ['What Is Wrong?', 'What Is Wrong?'],
    ['Et cetera etc...', 'Et cetera etc...'],
    [{ text: 'A Title With <i>Markup</i>.' }, 'A Title With <i>Markup</i>'],
    [42, ''],
  ])('title %o reads %s', (title, expected) => {
    expect(answered(parseDblpSearch(ok(hitWith({ title })))).records[0]!.title).toBe(expected);
  });

  test('an old CoRR key names its arXiv id through the volume', () => {
    const info = { key: 'journals/corr/HeZRS15', venue: 'CoRR', volume: 'abs/1512.03385', type: 'Informal Publications' };
    expect(answered(parseDblpSearch(ok(hitWith(info)))).records[0]).toMatchObject({ kind: 'preprint', ids: { arxiv: '1512.03385' } });
  });

  test('hits without a usable key are left out', () => {
    const answer = ok({ result: { status: { '@code': '200' }, hits: { '@total': '3', hit: [{ info: { title: 'No key.' } }, { info: { key: 'not a key' } }, 'junk'] } } });
    expect(parseDblpSearch(answer)).toStrictEqual({ outcome: 'answered', total: 3, records: [] });
  });

  test('a status other than 200 inside the answer', () => {
    expect(parseDblpSearch(ok({ result: { status: { '@code': '500', text: 'Error' } } }))).toMatchObject({
      outcome: 'unverified',
      reason: "DBLP's answer says status 500",
    });
  });

  test('no hit count', () => {
    expect(parseDblpSearch(ok({ result: { status: { '@code': '200' }, hits: {} } }))).toMatchObject({ outcome: 'unverified', reason: "DBLP's answer has no hit count" });
  });

  test('429 with Retry-After', () => {
    expect(parseDblpSearch({ status: 429, body: '', headers: { 'retry-after': '60' } })).toStrictEqual({
      outcome: 'unverified',
      reason: 'DBLP answered HTTP 429 (too many requests)',
      status: 429,
      rateLimited: true,
      retryAfterMs: 60_000,
    });
  });
});

describe('dblpSearchQuery', () => {
  test('a title as DBLP reads it, with the number of hits', () => {
    expect(dblpSearchQuery('Git Re-Basin: Merging Models modulo Permutation Symmetries', 5)).toBe(
      'q=Git+Re-Basin%3A+Merging+Models+modulo+Permutation+Symmetries&format=json&h=5',
    );
  });

  test("DBLP's operators are dropped", () => {
    expect(new URLSearchParams(dblpSearchQuery('$Exact | Or -Not "quoted"')).get('q')).toBe('Exact Or Not quoted');
  });

  test('hits stay within 1..1000', () => {
    expect(new URLSearchParams(dblpSearchQuery('x', 5000)).get('h')).toBe('1000');
    expect(new URLSearchParams(dblpSearchQuery('x', 0)).get('h')).toBe('1');
  });
});
