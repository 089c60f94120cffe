import { compareRuleImportance } from '../rules/index.js';
import type { FileResult, Finding } from '../rules/types.js';
import { plural } from './plural.js';

/** One annotation for the Action to emit with core.error / core.warning / core.notice. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  /** @actions/core AnnotationProperties: title = rule id; columns only when the finding is on one line */
  properties: { title?: string; file?: string; startLine?: number; endLine?: number; startColumn?: number; endColumn?: number };
}

/** GitHub shows at most 10 error and 10 warning annotations per step. */
const defaultAnnotationLimits = { error: 10, warning: 10 } as const;

/**
 * The annotations to emit, most important first: errors, then warnings; within a severity by
 * what their rule's findings cost a reader (`compareRuleImportance`), then by the order of `files`, then by line and column. At most `limits.error`
 * errors and `limits.warning` warnings are kept; when any are left out, one last `notice` (without
 * a file) says how many, since the job summary lists them all.
 */
export function planAnnotations(files: FileResult[], limits: { error: number; warning: number } = defaultAnnotationLimits): Annotation[] {
  const entries = files.flatMap((file, fileIndex) => file.messages.map((finding, order) => ({ path: file.path, fileIndex, order, finding })));
  entries.sort(
    (a, b) =>
      severityRank(a.finding) - severityRank(b.finding) ||
      compareRuleImportance(a.finding.ruleId, b.finding.ruleId) ||
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


/** "12 more findings (9 errors, 3 warnings) are listed in the job summary." */
export function leftOutNotice(errors: number, warnings: number): string {
  const total = errors + warnings;
  return `${total} more ${total === 1 ? 'finding' : 'findings'} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) ${total === 1 ? 'is' : 'are'} listed in the job summary.`;
}
