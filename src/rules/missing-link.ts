import type { Nodes } from 'mdast';
import type { Cell } from '../parse/model.js';
import { docsUrl, type Finding, findingAt, quote, type Rule } from './types.js';

const id = 'missing-link';

/**
 * Text that is a link gone wrong rather than no link: a URL, `](`, or link brackets. link-syntax
 * (or row-format, for a link torn by a `|`) reports those, and one finding says it better than two.
 */
const brokenLinkHint = /https?:|\[|www\.|\b[a-z0-9-]+\.(?:org|com|net|io|cc|edu)\//i;

export const missingLink: Rule = {
  id,
  description: 'Every paper links to where it can be read: the title is a link, or a link column holds one.',
  defaultSeverity: 'warning',
  docs: docsUrl(id),
  defaultOptions: {},
  optionSpecs: {},
  check(model) {
    const findings: Finding[] = [];
    for (const table of model.tables) {
      if (table.titleColumn < 0) continue;
      const linkColumnNames = table.linkColumns.map((i) => quote(table.header.cells[i]?.text ?? ''));
      for (const row of table.rows) {
        const titleCell = row.cells[table.titleColumn];
        if (!titleCell || titleCell.text === '') continue;
        const carriers = [titleCell, ...table.linkColumns.map((i) => row.cells[i])].filter((c): c is Cell => c !== undefined);
        if (carriers.some((cell) => hasLink(cell) || brokenLinkHint.test(cell.raw))) continue;
        const advice = linkColumnNames.length > 0
          ? `add the paper's URL in the ${linkColumnNames.join(' or ')} column, or make the title a link`
          : 'make the title a link to the paper, e.g. [Title](https://arxiv.org/abs/…)';
        findings.push(findingAt(id, 'warning', titleCell.start, titleCell.end, `${quote(titleCell.text)} has no link: ${advice}.`));
      }
    }
    return findings;
  },
};

function hasLink(cell: Cell): boolean {
  if (cell.links.length > 0) return true;
  const visit = (node: Nodes): boolean =>
    node.type === 'linkReference' || ('children' in node && (node.children as Nodes[]).some(visit));
  return visit(cell.node);
}
