import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestName, createSuppressor, directivesIn, placesOf } from '../../src/parse/comments.js';
import type { Directive } from '../../src/parse/model.js';
import { lineStartsOf } from '../../src/parse/position.js';

/** The suppressor as it was before issue 11 (findings × directives): the reference the new one must equal. */
function oldSuppressor(directives: Directive[]): (ruleId: string, line: number) => boolean {
  if (directives.length === 0) return () => false;
  const ranges = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const single = directives.filter((d) => d.kind === 'disable-line' || d.kind === 'disable-next-line');
  const names = (d: Directive, ruleId: string) => d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
  return (ruleId, line) => {
    for (const d of single) {
      if (!names(d, ruleId)) continue;
      if (d.kind === 'disable-line' && line >= d.line && line <= d.endLine) return true;
      if (d.kind === 'disable-next-line' && line === d.endLine + 1) return true;
    }
    let disabled = false;
    for (const d of ranges) {
      if (d.line > line) break;
      if (names(d, ruleId)) disabled = d.kind === 'disable';
    }
    return disabled;
  };
}

const directive = fc.record({
  kind: fc.constantFrom<Directive['kind']>('disable', 'enable', 'disable-line', 'disable-next-line'),
  ruleIds: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
  line: fc.integer({ min: 1, max: 30 }),
  span: fc.integer({ min: 0, max: 2 }),
});
/** Directives as the models hold them: in file order, sorted by line (a stable sort). */
const directives = fc
  .array(directive, { maxLength: 25 })
  .map((list) => list.map(({ span, ...d }): Directive => ({ ...d, endLine: d.line + span })).sort((x, y) => x.line - y.line));

const judgeAll = { known: () => true, judged: () => true, all: true };

describe('createSuppressor', () => {
  it('gives exactly the old answers for every rule and line (property)', () => {
    fc.assert(
      fc.property(directives, (list) => {
        const old = oldSuppressor(list);
        const { suppresses } = createSuppressor(list);
        for (const ruleId of ['a', 'b', 'c', 'd']) {
          for (let line = 0; line <= 36; line += 1) {
            if (suppresses(ruleId, line) !== old(ruleId, line)) return false;
          }
        }
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  it('looks at the single-line comments of a finding’s line only: 20,000 rows each with a disable-line', () => {
    // Each `includes` on a comment's rule ids is one comment looked at; the old way looked at every
    // comment for every finding (20,000 × 20,000).
    let looks = 0;
    const counted = (ids: string[]) =>
      new Proxy(ids, { get: (target, key, receiver) => (key === 'includes' && (looks += 1), Reflect.get(target, key, receiver)) });
    const rows = 20_000;
    const list: Directive[] = Array.from({ length: rows }, (_, i) => ({ kind: 'disable-line', ruleIds: counted(['missing-venue']), line: i + 10, endLine: i + 10 }));
    list.push({ kind: 'disable', ruleIds: counted(['venue-format']), line: 5, endLine: 5 });
    const { suppresses } = createSuppressor(list);
    let suppressed = 0;
    for (let i = 0; i < rows; i += 1) {
      if (suppresses('missing-venue', i + 10)) suppressed += 1;
      if (suppresses('venue-format', i + 10)) suppressed += 1;
      if (suppresses('row-format', i + 10)) suppressed += 1;
    }
    expect(suppressed).toBe(2 * rows);
    expect(looks).toBeLessThanOrEqual(3 * rows);
  });

  it('credits each finding to one comment and reports the comments that switched nothing off', () => {
    const text = [
      '<!-- lint-list-disable missing-venue -->', // 1: used by line 3
      'x <!-- lint-list-disable-line missing-venue, row-format -->', // 2: row-format unused, missing-venue used
      'x', // 3
      '<!-- lint-list-enable missing-venue -->', // 4: used (re-enables)
      '<!-- lint-list-enable missing-link -->', // 5: idle
      '<!-- lint-list-disable-next-line -->', // 6: nothing on line 7
      'x', // 7
      'x <!-- lint-list-disable-line dead-link -->', // 8: not judged
    ].join('\n');
    const list = text.split('\n').flatMap((line, i) => directivesIn(line, i + 1));
    const suppressor = createSuppressor(list);
    expect(suppressor.suppresses('missing-venue', 2)).toBe(true);
    expect(suppressor.suppresses('missing-venue', 3)).toBe(true);
    expect(suppressor.suppresses('missing-venue', 5)).toBe(false);
    const unused = suppressor.unused({ known: () => true, judged: (id) => id !== 'dead-link', all: true });
    expect(unused.map((u) => [u.directive.line, u.directive.kind, u.ruleId])).toEqual([
      [2, 'disable-line', 'row-format'],
      [6, 'disable-next-line', undefined],
      [5, 'enable', 'missing-link'],
    ]);
    // A comment naming no rule is judged only when every rule ran.
    expect(suppressor.unused({ known: () => true, judged: (id) => id !== 'dead-link', all: false }).map((u) => u.directive.line)).toEqual([2, 5]);
  });

  it('a disable-line inside a disable range takes the credit: the range then switched nothing off', () => {
    const list: Directive[] = [
      { kind: 'disable', ruleIds: [], line: 1, endLine: 1 },
      { kind: 'disable-line', ruleIds: ['missing-venue'], line: 3, endLine: 3 },
    ];
    const suppressor = createSuppressor(list);
    expect(suppressor.suppresses('missing-venue', 3)).toBe(true);
    expect(suppressor.unused(judgeAll).map((u) => u.directive.kind)).toEqual(['disable']);
  });
});

describe('placesOf', () => {
  it('finds each comment, and each rule id in it, on its line, in order', () => {
    const text = 'a\n| x | <!-- lint-list-disable-line foo --> <!-- lint-list-disable-line foo,bar --> |\n<!--\nlint-list-disable x -->\n';
    const list = [...directivesIn('<!-- lint-list-disable-line foo --> <!-- lint-list-disable-line foo,bar -->', 2), ...directivesIn('<!--\nlint-list-disable x -->', 3)];
    const places = placesOf(text, lineStartsOf(text), list);
    const [first, second, third] = list.map((d) => places.get(d));
    expect(text.slice(first?.start, first?.end)).toBe('<!-- lint-list-disable-line foo -->');
    expect(text.slice(second?.start, second?.end)).toBe('<!-- lint-list-disable-line foo,bar -->');
    expect(second?.ids.map((id) => text.slice(id.start, id.end))).toEqual(['foo', 'bar']);
    expect(third?.ids.map((id) => text.slice(id.start, id.end))).toEqual(['x']);
  });
});

describe('closestName', () => {
  it('suggests a name a typo or two away, and nothing for a stranger', () => {
    const ids = ['row-format', 'missing-venue', 'missing-link', 'dead-link'];
    expect(closestName('missing-venu', ids)).toBe('missing-venue');
    expect(closestName('dead-links', ids)).toBe('dead-link');
    expect(closestName('Missing_Link', ids)).toBe('missing-link');
    expect(closestName('frobnicate', ids)).toBeUndefined();
    expect(closestName('max-warning', ['max-warnings', 'format'])).toBe('max-warnings');
    expect(closestName('frmat', ['max-warnings', 'format'])).toBe('format');
    expect(closestName('foo', ['fix', 'format'])).toBeUndefined();
  });
});
