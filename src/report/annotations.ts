import type { FileResult } from '../lint.js';
import type { Finding } from '../rules/types.js';

/** One annotation for the Action to emit with core.error / core.warning / core.notice. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  /** @actions/core AnnotationProperties: title = rule id; columns only when the finding is on one line */
  properties: { title?: string; file?: string; startLine?: number; endLine?: number; startColumn?: number; endColumn?: number };
}

/**
 * Which rules matter most when GitHub shows only a few annotations, most important first:
 * a broken row or link hides or garbles content on the rendered page (row-format, link-syntax);
 * a paper listed twice or two titles on one link mislead readers (duplicate-title, duplicate-link);
 * a dead link sends them nowhere (dead-link); then the missing information (missing-venue,
 * missing-link), and last the spelling of venues (venue-format). Rules not named here come after
 * these, by id.
 */
export const ruleImportance: readonly string[] = [
  'row-format',
  'link-syntax',
  'duplicate-title',
  'duplicate-link',
  'dead-link',
  'missing-venue',
  'missing-link',
  'venue-format',
];

/** GitHub shows at most 10 error and 10 warning annotations per step. */
export const defaultAnnotationLimits = { error: 10, warning: 10 } as const;

/**
 * The annotations to emit, most important first: errors, then warnings; within a severity by
 * `ruleImportance`, then by the order of `files`, then by line and column. At most `limits.error`
 * errors and `limits.warning` warnings are kept; when any are left out, one last `notice` (without
 * a file) says how many, since the job summary lists them all.
 */
export function planAnnotations(files: FileResult[], limits: { error: number; warning: number } = defaultAnnotationLimits): Annotation[] {
  const entries = files.flatMap((file, fileIndex) => file.messages.map((finding, order) => ({ path: file.path, fileIndex, order, finding })));
  entries.sort(
    (a, b) =>
      severityRank(a.finding) - severityRank(b.finding) ||
      compareRules(a.finding.ruleId, b.finding.ruleId) ||
      a.fileIndex - b.fileIndex ||
      a.finding.line - b.finding.line ||
      a.finding.column - b.finding.column ||
      a.order - b.order,
  );
  const errors = entries.filter((entry) => entry.finding.severity === 'error');
  const warnings = entries.filter((entry) => entry.finding.severity !== 'error');
  const keptErrors = errors.slice(0, Math.max(0, limits.error));
  const keptWarnings = warnings.slice(0, Math.max(0, limits.warning));
  const annotations = [...keptErrors, ...keptWarnings].map(({ path, finding }) => annotationOf(path, finding));
  const moreErrors = errors.length - keptErrors.length;
  const moreWarnings = warnings.length - keptWarnings.length;
  if (moreErrors + moreWarnings > 0) annotations.push({ level: 'notice', message: leftOutNotice(moreErrors, moreWarnings), properties: {} });
  return annotations;
}

function annotationOf(path: string, finding: Finding): Annotation {
  const oneLine = finding.line === finding.endLine;
  return {
    level: finding.severity === 'error' ? 'error' : 'warning',
    message: finding.message,
    properties: {
      title: finding.ruleId,
      file: path,
      startLine: finding.line,
      endLine: finding.endLine,
      ...(oneLine && { startColumn: finding.column, endColumn: finding.endColumn }),
    },
  };
}

const severityRank = (finding: Finding) => (finding.severity === 'error' ? 0 : 1);

function compareRules(a: string, b: string): number {
  if (a === b) return 0;
  const rank = (id: string) => {
    const index = ruleImportance.indexOf(id);
    return index < 0 ? ruleImportance.length : index;
  };
  return rank(a) - rank(b) || (a < b ? -1 : 1);
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "12 more findings (9 errors, 3 warnings) are listed in the job summary." */
export function leftOutNotice(errors: number, warnings: number): string {
  const total = errors + warnings;
  return `${total} more ${total === 1 ? 'finding' : 'findings'} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) ${total === 1 ? 'is' : 'are'} listed in the job summary.`;
}
