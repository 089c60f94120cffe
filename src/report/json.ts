import type { LinkResult } from '../links/types.js';
import type { FileResult } from '../rules/types.js';
import { countSeverities } from './counts.js';

/**
 * The JSON report, a public contract:
 * {"files":[{"path","messages":[{"ruleId","severity","line","column","endLine","endColumn","message","fixable","suggestion"?}]}],
 *  "summary":{"errors","warnings"}}
 * where `suggestion` ({"text","source","url"}: what the metadata sources found to write, who says
 * so, and where to see it, or null) is present only on findings that carry one;
 * and, after a link check, "links":[{"url","verdict","status","finalUrl","reason","occurrences":[{"path","line","column"}]}]
 * where `url` is the link as written and absent values are null.
 */
export function formatJson(files: FileResult[], links?: LinkResult[]): string {
  const report = {
    files: files.map((file) => ({
      path: file.path,
      messages: file.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        message: m.message,
        fixable: m.fix !== undefined && m.fix.length > 0,
        ...(m.suggestion && {
          suggestion: { text: m.suggestion.text, source: m.suggestion.source, url: m.suggestion.url ?? null },
        }),
      })),
    })),
    summary: countSeverities(files),
    ...(links && {
      links: links.map((link) => ({
        url: link.url,
        verdict: link.verdict,
        status: link.status ?? null,
        finalUrl: link.finalUrl ?? null,
        reason: link.reason ?? null,
        occurrences: link.occurrences.map(({ path, line, column }) => ({ path, line, column })),
      })),
    }),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
