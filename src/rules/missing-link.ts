import type { Cell, Table } from '../parse/model.js';
import { docsUrl, type Finding, findingAt, quote, type Rule } from './types.js';

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
    fixable: false,
    kind: 'completeness',
    needs: [],
  },
  defaultSeverity: 'warning',
  defaultOptions: {},
  optionSpecs: {},
  check(model) {
    const findings: Finding[] = [];
    for (const { table, row, titleCell } of model.papers) {
      if (!titleCell || titleCell.text === '') continue;
      const carriers = [titleCell, ...table.linkColumns.map((i) => row.cells[i])].filter((c): c is Cell => c !== undefined);
      if (carriers.some((cell) => hasLink(cell) || brokenLinkHint.test(cell.raw))) continue;
      findings.push(findingAt(id, 'warning', titleCell.start, titleCell.end, `${quote(titleCell.text)} has no link: ${advice(table)}.`));
    }
    return findings;
  },
};

function hasLink(cell: Cell): boolean {
  return cell.links.length > 0 || cell.inline.some((span) => span.kind === 'linkReference');
}

function advice(table: Table): string {
  const linkColumnNames = table.linkColumns.map((i) => quote(table.header.cells[i]?.text ?? ''));
  return linkColumnNames.length > 0
    ? `add the paper's URL in the ${linkColumnNames.join(' or ')} column, or make the title a link`
    : 'make the title a link to the paper, e.g. [Title](https://arxiv.org/abs/…)';
}
