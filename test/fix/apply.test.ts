import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fix/apply.js';
import type { Edit, Finding } from '../../src/rules/types.js';

/**
 * Issue 11: applyFixes checked every edit against every taken one and sliced the whole text per
 * edit, so 10k/20k/40k rows took 20/72/292 s. The new one must give exactly the old results.
 */

/** The implementation before issue 11, kept verbatim as the reference. */
function applyFixesOld(text: string, findings: Finding[]): { text: string; applied: number } {
  const taken: Edit[] = [];
  let applied = 0;
  const overlaps = (a: Edit, b: Edit) =>
    (a.offset < b.offset + b.length && b.offset < a.offset + a.length) ||
    // Two insertions at one place, or an insertion at the edge of a replacement, would be ambiguous.
    a.offset === b.offset ||
    (a.length === 0 && a.offset > b.offset && a.offset < b.offset + b.length) ||
    (b.length === 0 && b.offset > a.offset && b.offset < a.offset + a.length);
  for (const finding of findings) {
    const edits = finding.fix;
    if (!edits || edits.length === 0) continue;
    if (edits.some((edit) => edit.offset < 0 || edit.offset + edit.length > text.length)) continue;
    if (edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...edits);
    applied += 1;
  }
  taken.sort((a, b) => b.offset - a.offset);
  let output = text;
  for (const edit of taken) output = output.slice(0, edit.offset) + edit.text + output.slice(edit.offset + edit.length);
  return { text: output, applied };
}

const finding = (...fix: Edit[]): Finding => ({ ruleId: 'r', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message: 'm', ...(fix.length > 0 && { fix }) });
const edit = (offset: number, length: number, text: string): Edit => ({ offset, length, text });

describe('applyFixes', () => {
  it('keeps the rules: first finding wins, all edits of a finding or none, ambiguous insertions wait', () => {
    const text = '0123456789';
    const cases: Array<[Finding[], string, number]> = [
      [[finding(edit(2, 2, 'ab')), finding(edit(3, 2, 'XY'))], '01ab456789', 1],
      [[finding(edit(2, 2, 'ab')), finding(edit(4, 2, 'XY'))], '01abXY6789', 2],
      [[finding(edit(2, 0, 'a')), finding(edit(2, 0, 'b'))], '01a23456789', 1],
      [[finding(edit(2, 3, 'a')), finding(edit(2, 0, 'b'))], '01a56789', 1],
      [[finding(edit(2, 3, 'a')), finding(edit(3, 0, 'b'))], '01a56789', 1],
      [[finding(edit(2, 3, 'a')), finding(edit(5, 0, 'b'))], '01ab56789', 2],
      [[finding(edit(5, 0, 'b')), finding(edit(2, 3, 'a'))], '01ab56789', 2],
      [[finding(edit(0, 1, 'a'), edit(8, 1, 'z')), finding(edit(8, 2, 'Q')), finding(edit(5, 1, 'm'))], 'a1234m67z9', 2],
      [[finding(edit(9, 2, 'out of range')), finding(edit(-1, 1, 'x')), finding(), finding(edit(1, 1, 'B'))], '0B23456789', 1],
      // A finding's own edits are not checked against each other: applied last first, as given.
      [[finding(edit(2, 4, 'AB'), edit(4, 3, 'C'))], '01AB89', 1],
      [[finding(edit(3, 0, 'x'), edit(3, 0, 'y'))], '012yx3456789', 1],
    ];
    for (const [findings, expected, applied] of cases) {
      expect(applyFixesOld(text, findings)).toEqual({ text: expected, applied });
      expect(applyFixes(text, findings)).toEqual({ text: expected, applied });
    }
  });

  it('gives exactly what the old implementation gave, on random texts and edits', () => {
    const arbitraryCase = fc.string({ maxLength: 40 }).chain((text) => {
      const offset = fc.integer({ min: -2, max: text.length + 2 });
      const anEdit = fc.record({ offset, length: fc.integer({ min: 0, max: 6 }), text: fc.string({ maxLength: 4 }) });
      const aFinding = fc.array(anEdit, { maxLength: 3 }).map((edits) => finding(...edits));
      return fc.tuple(fc.constant(text), fc.array(aFinding, { maxLength: 12 }));
    });
    fc.assert(
      fc.property(arbitraryCase, ([text, findings]) => {
        expect(applyFixes(text, findings)).toEqual(applyFixesOld(text, findings));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives what the old one gave on a list-sized text with many repairs', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `| [Paper ${i}] (https://arxiv.org/abs/2101.${String(i).padStart(5, '0')}) | ICML 2021`);
    const text = `${rows.join('\n')}\n`;
    const findings: Finding[] = [];
    let offset = 0;
    for (const row of rows) {
      const space = row.indexOf('] (');
      findings.push(finding(edit(offset + space + 1, 1, '')));
      findings.push(finding(edit(offset + row.length, 0, ' |')));
      findings.push(finding(edit(offset + space + 1, 2, '('))); // overlaps the first: waits
      offset += row.length + 1;
    }
    const expected = applyFixesOld(text, findings);
    expect(expected.applied).toBe(4000);
    expect(applyFixes(text, findings)).toEqual(expected);
  });

  it('scales: 200,000 repairs on a 10 MB text in one pass', () => {
    // The old implementation needs hours for this (2·10^10 overlap checks, 10^5 copies of 10 MB).
    const rows = Array.from({ length: 100_000 }, (_, i) => `| [Paper ${i}] (https://arxiv.org/abs/2101.${String(i).padStart(5, '0')}) | ICML 2021 | some more text in the row |`);
    const text = `${rows.join('\n')}\n`;
    const findings: Finding[] = [];
    let offset = 0;
    for (const row of rows) {
      findings.push(finding(edit(offset + row.indexOf('] (') + 1, 1, '')));
      findings.push(finding(edit(offset, 0, '')));
      offset += row.length + 1;
    }
    const result = applyFixes(text, findings);
    expect(result.applied).toBe(200_000);
    expect(result.text.length).toBe(text.length - 100_000);
    expect(result.text.split('\n')[7]).toBe('| [Paper 7](https://arxiv.org/abs/2101.00007) | ICML 2021 | some more text in the row |');
  });
});
