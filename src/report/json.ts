import { countSeverities, type FileResult } from '../lint.js';

/**
 * The JSON report, a public contract:
 * {"files":[{"path","messages":[{"ruleId","severity","line","column","endLine","endColumn","message"}]}],
 *  "summary":{"errors","warnings"}}
 */
export function formatJson(files: FileResult[]): string {
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
      })),
    })),
    summary: countSeverities(files),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
