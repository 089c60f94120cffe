import type { PaperCounts } from '../engine/index.js';
import type { LinkResult, Verdict } from '../links/types.js';
import type { FileResult } from '../rules/types.js';
import { countSeverities } from './counts.js';
import { plural } from './plural.js';

const ansi = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1, underline: 4 } as const;
type Style = keyof typeof ansi;

/**
 * The human report, modelled on ESLint's "stylish": findings grouped by file, one per line as
 * `line:column  severity  message  rule-id`, then a line each for the links checked and the papers
 * looked up (when they were), then a summary line. Colours only when asked (a TTY).
 */
export function formatStylish(files: FileResult[], options: { color: boolean; links?: LinkResult[]; papers?: PaperCounts }): string {
  const paint = (style: Style | Style[], text: string) =>
    options.color ? `${[style].flat().map((s) => `\u001b[${ansi[s]}m`).join('')}${text}\u001b[0m` : text;
  const out: string[] = [];
  for (const file of files) {
    if (file.messages.length === 0) continue;
    out.push(paint('underline', file.path));
    const places = file.messages.map((m) => `${m.line}:${m.column}`);
    const placeWidth = Math.max(...places.map((p) => p.length));
    file.messages.forEach((m, i) => {
      const place = (places[i] as string).padEnd(placeWidth);
      const severity = m.severity === 'error' ? paint('red', 'error  ') : paint('yellow', 'warning');
      out.push(`  ${paint('dim', place)}  ${severity}  ${m.message}  ${paint('dim', m.ruleId)}`);
    });
    out.push('');
  }
  if (options.links) out.push(linkSummary(options.links));
  if (options.papers) out.push(paperSummary(options.papers));
  const { errors, warnings } = countSeverities(files);
  const total = errors + warnings;
  if (total === 0) {
    const checked = files.length === 1 ? '1 file' : `${files.length} files`;
    out.push(paint('green', `✔ no problems in ${checked}`));
  } else {
    const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    out.push(paint(errors > 0 ? ['red', 'bold'] : ['yellow', 'bold'], summary));
  }
  return `${out.join('\n')}\n`;
}


/** One line after a link check: how many links, and what became of them. */
export function linkSummary(links: LinkResult[]): string {
  const count = (verdict: Verdict) => links.filter((link) => link.verdict === verdict).length;
  return `${plural(links.length, 'link')} checked: ${count('alive')} alive, ${count('dead')} dead, ${count('unverified')} unverified, ${count('skipped')} skipped`;
}

/** One line after papers were looked up: how many, and what the sources said of them. */
export function paperSummary(papers: PaperCounts): string {
  return `${plural(papers.lookedUp, 'paper')} looked up: ${papers.found} found, ${papers.nonexistent} not found, ${papers.unverified} unverified`;
}
