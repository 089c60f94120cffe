import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint.js';
import { unirepsReadme } from './helpers/paths.js';

describe('the UniReps list as we were asked to handle it', () => {
  const result = lintText('README.md', readFileSync(unirepsReadme, 'utf8'));
  const errors = result.messages.filter((m) => m.severity === 'error');
  const naLines = readFileSync(unirepsReadme, 'utf8')
    .split('\n')
    .flatMap((line, i) => (/\| N\/A \|$/.test(line) ? [i + 1] : []));

  it('has 42 rows whose venue is N/A', () => {
    expect(naLines).toHaveLength(42);
  });

  // Line 57 renders the same without its leading pipe: since issue 12 a style warning, not an error.
  it('errors are exactly missing-venue on the 42 N/A rows; row-format at line 57 is a warning', () => {
    const expected = naLines.map((line) => ({ ruleId: 'missing-venue', line }));
    expect(errors.map(({ ruleId, line }) => ({ ruleId, line }))).toEqual(expected);
  });

  it('warns about venue format exactly at lines 132, 143 and 175', () => {
    const venue = result.messages.filter((m) => m.ruleId === 'venue-format');
    expect(venue.map((m) => m.line)).toEqual([132, 143, 175]);
    expect(venue.every((m) => m.severity === 'warning')).toBe(true);
  });

  it('points at the row without its leading pipe', () => {
    const rowFormat = result.messages.filter((m) => m.ruleId === 'row-format');
    expect(rowFormat).toHaveLength(1);
    expect(rowFormat[0]).toMatchObject({ severity: 'warning', line: 57, column: 1, endLine: 57, endColumn: 3 });
    expect(rowFormat[0]?.message).toBe("Row has no leading '|' while the table's other rows have one: add '| ' at the start of the line.");
  });
});
