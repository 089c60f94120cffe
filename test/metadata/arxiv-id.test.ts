import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { arxivMatchKey, parseArxivId, parseReportedArxivId } from '../../src/metadata/arxiv-id.js';

const april2026 = Date.UTC(2026, 3, 12);

describe('parseArxivId accepts', () => {
  test.each([
    ['0704.0001', { id: '0704.0001', style: 'new' }],
    ['1412.9999', { id: '1412.9999', style: 'new' }],
    ['1501.00001', { id: '1501.00001', style: 'new' }],
    ['2006.08509', { id: '2006.08509', style: 'new' }],
    ['2006.08509v2', { id: '2006.08509', style: 'new', version: 2 }],
    ['arXiv:2110.14633v12', { id: '2110.14633', style: 'new', version: 12 }],
    ['  2110.14633 ', { id: '2110.14633', style: 'new' }],
    ['astro-ph/0601001', { id: 'astro-ph/0601001', style: 'old' }],
    ['quant-ph/0201082v1', { id: 'quant-ph/0201082', style: 'old', version: 1 }],
    ['math.GT/0309136', { id: 'math/0309136', style: 'old' }],
    ['cond-mat.mes-hall/0101001v3', { id: 'cond-mat/0101001', style: 'old', version: 3 }],
    ['Hep-Th/9108001', { id: 'hep-th/9108001', style: 'old' }],
    ['cs/0703001', { id: 'cs/0703001', style: 'old' }],
  ])('%s', (text, expected) => {
    expect(parseArxivId(text, april2026)).toStrictEqual({ valid: true, ...expected });
  });

  test('an id of the current month, in UTC', () => {
    expect(parseArxivId('2604.00001', april2026)).toStrictEqual({ valid: true, id: '2604.00001', style: 'new' });
    expect(parseArxivId('2604.00001', Date.UTC(2026, 2, 31, 23, 59))).toMatchObject({ valid: false });
  });
});

describe('parseArxivId rejects, saying why', () => {
  test.each([
    ['2006.08509l', "'2006.08509l' is not an arXiv id: something follows the number (a typo such as a letter for a digit?)"],
    ['1313.00001', "'1313.00001' is not an arXiv id: month 13 does not exist"],
    ['0000.0000', "'0000.0000' is not an arXiv id: month 00 does not exist"],
    ['0703.0001', "'0703.0001' is not an arXiv id: ids of the form YYMM.NNNNN begin in April 2007 (0704)"],
    ['1401.00001', "'1401.00001' is not an arXiv id: ids from 2007 to 2014 have 4 digits after the dot"],
    // The recorded batch asks for this one: arXiv leaves it out of its answer without a word.
    ['0808.05394', "'0808.05394' is not an arXiv id: ids from 2007 to 2014 have 4 digits after the dot"],
    ['1501.0001', "'1501.0001' is not an arXiv id: ids from 2015 on have 5 digits after the dot"],
    ['2006.00000', "'2006.00000' is not an arXiv id: the number 00000 is never given"],
    ['2912.00001', "'2912.00001' is not an arXiv id: December 2029 has not begun yet"],
    ['2006.08509v0', "'2006.08509v0' is not an arXiv id: versions count from v1"],
    ['2006.08509v02', "'2006.08509v02' is not an arXiv id: v02 is written v2"],
    ['2006.08509v123456', "'2006.08509v123456' is not an arXiv id: v123456 is not a version arXiv gives"],
    ['foo/0601001', "'foo/0601001' is not an arXiv id: 'foo' is not an arXiv archive"],
    ['astro-ph/0704001', "'astro-ph/0704001' is not an arXiv id: old-style ids run from 9108 (August 1991) to 0703 (March 2007)"],
    ['hep-th/9107001', "'hep-th/9107001' is not an arXiv id: old-style ids run from 9108 (August 1991) to 0703 (March 2007)"],
    ['astro-ph/0613001', "'astro-ph/0613001' is not an arXiv id: month 13 does not exist"],
    ['astro-ph/0601000', "'astro-ph/0601000' is not an arXiv id: the number 000 is never given"],
    ['abc', "'abc' is not an arXiv id: expected YYMM.NNNNN or archive/YYMMNNN, optionally followed by a version such as v2"],
    ['', "'' is not an arXiv id: expected YYMM.NNNNN or archive/YYMMNNN, optionally followed by a version such as v2"],
    ['https://arxiv.org/abs/2006.08509', "'https://arxiv.org/abs/2006.08509' is not an arXiv id: expected YYMM.NNNNN or archive/YYMMNNN, optionally followed by a version such as v2"],
  ])('%s', (text, reason) => {
    expect(parseArxivId(text, april2026)).toStrictEqual({ valid: false, reason });
  });

  test('a very long input is cut in the message', () => {
    const reading = parseArxivId('1'.repeat(100_000), april2026);
    expect(reading).toStrictEqual({ valid: false, reason: `'${'1'.repeat(40)}…' is not an arXiv id: it is far too long` });
  });

  test('never throws, and what it accepts is a base id without version', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}\.\d{4,5}(v\d{1,3})?$/), fc.stringMatching(/^[a-z-]{2,9}(\.[A-Z]{2})?\/\d{7}$/)), (text) => {
        const reading = parseArxivId(text, april2026);
        if (reading.valid) expect(reading.id).toMatch(/^(?:\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/);
        else expect(reading.reason).toContain('is not an arXiv id');
      }),
    );
  });
});

test('ids a source reported are not held to the local clock', () => {
  expect(parseReportedArxivId('9912.00001')).toStrictEqual({ valid: true, id: '9912.00001', style: 'new' });
  expect(parseReportedArxivId('1313.00001')).toMatchObject({ valid: false });
});

test('arxivMatchKey pairs asked ids with answered ones', () => {
  expect(arxivMatchKey('2104.12255v1')).toBe('2104.12255');
  expect(arxivMatchKey('arXiv:2104.12255')).toBe('2104.12255');
  expect(arxivMatchKey('math.GT/0309136v2')).toBe('math/0309136');
  expect(arxivMatchKey('Astro-Ph/0601001')).toBe('astro-ph/0601001');
  expect(arxivMatchKey('0000.0000')).toBe('0000.0000');
});
