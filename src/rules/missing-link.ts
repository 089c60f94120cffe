import type { Facts } from '../facts.js';
import type { Cell, ListModel, PaperEntry, Table } from '../parse/model.js';
import { type ArxivCandidate, cellEdit, evidenceOf, sourceName, styleOf, suggestionOf, writeArxivLinkOf } from './evidence.js';
import { docsUrl, type Edit, type Finding, findingAt, quote, type Rule, withFix } from './types.js';

const id = 'missing-link';

/**
 * Text that is a link gone wrong rather than no link: a URL, `](`, or link brackets. link-syntax
 * (or row-format, for a link torn by a `|`) reports those, and one finding says it better than two.
 */
const brokenLinkHint = /https?:|\[|www\.|\b[a-z0-9-]+\.(?:org|com|net|io|cc|edu)\//i;

export const missingLink: Rule = {
  id,
  meta: {
    description: 'Every paper links to where it can be read: the title is a link, or a link column holds one.',
    docs: docsUrl(id),
    fixable: true,
    kind: 'completeness',
    needs: [],
  },
  defaultSeverity: 'warning',
  defaultOptions: {},
  optionSpecs: {},
  check(model, _options, facts) {
    const findings: Finding[] = [];
    for (const entry of model.papers) {
      const { table, row, titleCell } = entry;
      if (!titleCell || titleCell.text === '') continue;
      const carriers = [titleCell, ...table.linkColumns.map((i) => row.cells[i])].filter((c): c is Cell => c !== undefined);
      if (carriers.some((cell) => hasLink(cell) || brokenLinkHint.test(cell.raw))) continue;
      const finding = findingAt(id, 'warning', titleCell.start, titleCell.end, `${quote(titleCell.text)} has no link: ${advice(table)}.`);
      findings.push(facts.titleSearches ? withFound(model, entry, facts, finding) : finding);
    }
    return findings;
  },
};

/**
 * With `--metadata`: an arXiv paper the title search found under this row's exact title. Strong (a
 * unique exact title of at least four words, no other paper of a far-off year with that title;
 * src/rules/evidence.ts): named, suggested and written as a link in the list's form. Weak (a similar
 * title, a short one, several papers): named as "possibly", never written.
 */
function withFound(model: ListModel, entry: PaperEntry, facts: Facts, finding: Finding): Finding {
  const candidates = evidenceOf(entry, facts).arxiv;
  // At most one is strong (an exact title on several arXiv ids makes them all weak); similar titles do not undo it.
  const strong = candidates.find((candidate) => candidate.strong);
  const style = styleOf(model);
  const title = quote(entry.titleCell?.text ?? '');
  if (strong) {
    const url = writeArxivLinkOf(style, strong.id);
    if (url === undefined) return finding;
    const suggested: Finding = {
      ...finding,
      message: `${title} has no link: arXiv ${strong.id} has this exact title (${sourceName(strong.source)}); link it: ${url}.`,
      suggestion: suggestionOf(url, strong),
    };
    const edit = linkEdit(model, entry, url);
    return edit ? withFix(suggested, edit) : suggested;
  }
  const possible = candidates.slice(0, 2);
  if (possible.length === 0) return finding;
  const named = possible.map((candidate) => `arXiv ${candidate.id} (${sourceName(candidate.source)}${candidate.why ? `, ${candidate.why}` : ''})`).join(' or ');
  const url = writeArxivLinkOf(style, (possible[0] as ArxivCandidate).id);
  return {
    ...finding,
    message: `${finding.message.slice(0, -1)}; possibly ${named}.`,
    ...(url !== undefined && { suggestion: suggestionOf(url, possible[0] as ArxivCandidate) }),
  };
}

/** Link texts a list may write in its link column (`arXiv`, `Paper`, `PDF`, `link`). */
const plainLinkText = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,23}$/u;

/**
 * The edit that links the row's title in the list's form: the title made a link (`[Title](url)`,
 * inside the title's bold when it is bold), or, in a table whose rows link from a link column, a link
 * with the column's usual text written into the row's empty cell there. Undefined when the title
 * holds markup a link would break, or the link column's cell is not empty.
 */
function linkEdit(model: ListModel, entry: PaperEntry, url: string): Edit | undefined {
  const { table, row, titleCell } = entry;
  if (!titleCell) return undefined;
  let fromColumn = 0;
  let fromTitle = 0;
  const texts = new Map<number, Map<string, number>>();
  for (const other of table.rows) {
    const title = other.cells[table.titleColumn];
    if (title && hasLink(title)) fromTitle += 1;
    else {
      for (const column of table.linkColumns) {
        const links = other.cells[column]?.links ?? [];
        if (links.length === 0) continue;
        fromColumn += 1;
        const counts = texts.get(column) ?? new Map<string, number>();
        const text = links[0]?.text.trim() ?? '';
        counts.set(text, (counts.get(text) ?? 0) + 1);
        texts.set(column, counts);
        break;
      }
    }
  }
  if (fromColumn > fromTitle) {
    // The column that holds most links, and the text the list gives them there.
    const [column, counts] = [...texts].sort((a, b) => total(b[1]) - total(a[1]))[0] ?? [];
    const text = counts ? [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined;
    const cell = column === undefined ? undefined : row.cells[column];
    if (!cell || text === undefined || !plainLinkText.test(text)) return undefined;
    return cell.raw === '' ? cellEdit(model.text, cell, `[${text}](${url})`) : undefined;
  }
  const bold = /^(\*\*|__)?([^]*?)\1$/.exec(titleCell.raw);
  const inner = bold?.[2]?.trim() ?? '';
  if (inner === '' || titleCell.inline.length > 0 || /[[\]<>`|\\*]|^_|_$|!\[/.test(inner)) return undefined;
  const mark = bold?.[1] ?? '';
  return { offset: titleCell.start.offset, length: titleCell.end.offset - titleCell.start.offset, text: `${mark}[${inner}](${url})${mark}` };
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0);

function hasLink(cell: Cell): boolean {
  return cell.links.length > 0 || cell.inline.some((span) => span.kind === 'linkReference');
}

function advice(table: Table): string {
  const linkColumnNames = table.linkColumns.map((i) => quote(table.header.cells[i]?.text ?? ''));
  return linkColumnNames.length > 0
    ? `add the paper's URL in the ${linkColumnNames.join(' or ')} column, or make the title a link`
    : 'make the title a link to the paper, e.g. [Title](https://arxiv.org/abs/…)';
}
