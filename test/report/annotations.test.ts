import { describe, expect, it } from 'vitest';
import { type Annotation, leftOutNotice, planAnnotations } from '../../src/report/annotations.js';
import { rules as allRules } from '../../src/rules/index.js';
import { type FileResult, type Finding, ruleKinds } from '../../src/rules/types.js';

const finding = (ruleId: string, severity: Finding['severity'], line: number, column = 1, endLine = line, endColumn = column + 4): Finding =>
  ({ ruleId, severity, line, column, endLine, endColumn, message: `${ruleId} at ${line}:${column}` });

/** The annotation of `finding` in `file`, as the Action should emit it. */
const annotation = (file: string, f: Finding): Annotation => ({
  level: f.severity,
  message: f.message,
  properties: {
    title: f.ruleId,
    file,
    startLine: f.line,
    endLine: f.endLine,
    ...(f.line === f.endLine && { startColumn: f.column, endColumn: f.endColumn }),
  },
});

describe('planAnnotations', () => {
  it('puts errors first, then rule importance, then file order, then line and column', () => {
    const a = {
      venue: finding('venue-format', 'warning', 2),
      missingVenue: finding('missing-venue', 'error', 3),
      rowLate: finding('row-format', 'error', 9, 5),
      rowEarly: finding('row-format', 'error', 9, 2),
      dead: finding('dead-link', 'error', 1),
      missingLink: finding('missing-link', 'warning', 1),
    };
    const b = {
      row: finding('row-format', 'error', 1),
      syntax: finding('link-syntax', 'error', 4),
      duplicateTitle: finding('duplicate-title', 'warning', 5),
      duplicateLink: finding('duplicate-link', 'error', 6, 3, 7, 2),
    };
    const files: FileResult[] = [
      { path: 'README.md', messages: Object.values(a) },
      { path: 'docs/more.md', messages: Object.values(b) },
    ];
    expect(planAnnotations(files)).toEqual([
      annotation('README.md', a.rowEarly),
      annotation('README.md', a.rowLate),
      annotation('docs/more.md', b.row),
      annotation('docs/more.md', b.syntax),
      annotation('docs/more.md', b.duplicateLink),
      annotation('README.md', a.dead),
      annotation('README.md', a.missingVenue),
      annotation('docs/more.md', b.duplicateTitle),
      annotation('README.md', a.missingLink),
      annotation('README.md', a.venue),
    ]);
  });

  it('writes columns only for a finding on one line', () => {
    const files: FileResult[] = [{ path: 'README.md', messages: [finding('row-format', 'error', 3, 7, 3, 12), finding('row-format', 'error', 5, 7, 6, 2)] }];
    expect(planAnnotations(files)).toEqual([
      { level: 'error', message: 'row-format at 3:7', properties: { title: 'row-format', file: 'README.md', startLine: 3, endLine: 3, startColumn: 7, endColumn: 12 } },
      { level: 'error', message: 'row-format at 5:7', properties: { title: 'row-format', file: 'README.md', startLine: 5, endLine: 6 } },
    ]);
  });

  it('keeps 10 errors and 10 warnings by default, and says in one last notice how many more there are', () => {
    const errors = Array.from({ length: 19 }, (_, i) => finding('missing-venue', 'error', i + 1));
    const warnings = Array.from({ length: 13 }, (_, i) => finding('venue-format', 'warning', i + 100));
    const files: FileResult[] = [{ path: 'README.md', messages: [...warnings, ...errors] }];
    expect(planAnnotations(files)).toEqual([
      ...errors.slice(0, 10).map((f) => annotation('README.md', f)),
      ...warnings.slice(0, 10).map((f) => annotation('README.md', f)),
      { level: 'notice', message: '12 more findings (9 errors, 3 warnings) are listed in the job summary.', properties: {} },
    ]);
  });

  it('takes other limits, and counts a single finding left out in the singular', () => {
    const files: FileResult[] = [
      { path: 'a.md', messages: [finding('row-format', 'error', 1), finding('row-format', 'error', 2), finding('missing-link', 'warning', 3)] },
    ];
    expect(planAnnotations(files, { error: 2, warning: 0 })).toEqual([
      annotation('a.md', finding('row-format', 'error', 1)),
      annotation('a.md', finding('row-format', 'error', 2)),
      { level: 'notice', message: '1 more finding (0 errors, 1 warning) is listed in the job summary.', properties: {} },
    ]);
    expect(planAnnotations(files, { error: 0, warning: 0 })).toEqual([
      { level: 'notice', message: '3 more findings (2 errors, 1 warning) are listed in the job summary.', properties: {} },
    ]);
    expect(leftOutNotice(1, 0)).toBe('1 more finding (1 error, 0 warnings) is listed in the job summary.');
  });

  it('emits nothing when nothing is found, and no notice when everything fits', () => {
    expect(planAnnotations([])).toEqual([]);
    expect(planAnnotations([{ path: 'README.md', messages: [] }])).toEqual([]);
    const ten = Array.from({ length: 10 }, (_, i) => finding('row-format', 'error', i + 1));
    expect(planAnnotations([{ path: 'README.md', messages: ten }]).map((a) => a.level)).toEqual(Array(10).fill('error'));
  });

  it('ranks every rule, and puts rules it does not know last, by id', () => {
    expect(allRules.filter((r) => ruleKinds.includes(r.meta.kind)).map((r) => r.id).sort()).toEqual(allRules.map((r) => r.id).sort());
    const files: FileResult[] = [
      { path: 'README.md', messages: [finding('zz-custom', 'error', 1), finding('aa-custom', 'error', 2), finding('venue-format', 'error', 3)] },
    ];
    expect(planAnnotations(files).map((a) => a.properties.title)).toEqual(['venue-format', 'aa-custom', 'zz-custom']);
  });
});
