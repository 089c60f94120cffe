import type { Directive } from './model.js';

const directivePattern = /<!--\s*lint-list-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;

/** Reads every lint-list directive in one HTML node's source (a comment may hold one or several). */
export function directivesIn(html: string, startLine: number): Directive[] {
  const found: Directive[] = [];
  for (const match of html.matchAll(directivePattern)) {
    const before = html.slice(0, match.index);
    const line = startLine + countNewlines(before);
    const endLine = line + countNewlines(match[0]);
    const ruleIds = (match[2] ?? '').split(/[\s,]+/).filter(Boolean);
    found.push({ kind: match[1] as Directive['kind'], ruleIds, line, endLine });
  }
  return found;
}

/** Line endings in a text: LF, CRLF and a lone CR each count once. */
function countNewlines(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * Decides whether a finding of `ruleId` on `line` is switched off by the directives.
 * `disable`/`enable` act from the comment's line on, in file order; `disable-line` acts on its own
 * lines; `disable-next-line` on the line after the comment ends.
 */
export function createSuppressor(directives: Directive[]): (ruleId: string, line: number) => boolean {
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
