import { defaultVenuePlaceholders } from '../identity/venue.js';
import { isPublicationUrl } from '../identity/paper-id.js';
import type { PaperEntry } from '../parse/model.js';
import { lookAlikePipes } from '../parse/syntax.js';
import { docsUrl, type Finding, findingAt, quote, type Rule } from './types.js';

const id = 'missing-venue';

export interface MissingVenueOptions {
  /** Cell texts that mean "no venue yet", compared without case or surrounding space. */
  placeholders: string[];
}

export const missingVenue: Rule<MissingVenueOptions> = {
  id,
  meta: {
    description: 'Every paper says where it appeared: the venue cell is not empty, absent or a placeholder such as N/A.',
    docs: docsUrl(id),
    fixable: false,
    kind: 'completeness',
    needs: [],
  },
  defaultSeverity: 'error',
  defaultOptions: { placeholders: [...defaultVenuePlaceholders] },
  optionSpecs: { placeholders: { type: 'string-list' } },
  check(model, options) {
    const placeholders = new Set(options.placeholders.map((p) => p.trim().toLowerCase()));
    const example = "e.g. 'NeurIPS 2023' or 'arXiv [cs.LG]'";
    const findings: Finding[] = [];
    for (const entry of model.papers) {
      const { table, row, venueCell: cell } = entry;
      if (table.venueColumn < 0) continue;
      if (listsNoPaper(entry, model.venuePlaceholders)) continue;
      // A look-alike pipe is why the cell is missing: row-format says so, and its repair brings it back.
      if (!cell && !lookAlikePipe.test(row.raw)) {
        const endColumn = row.raw.replace(/[ \t]+$/, '').length + 1;
        findings.push(
          findingAt(id, 'error', { line: row.line, column: endColumn }, { line: row.line, column: endColumn },
            `This row has no venue cell: add '| venue |' with where the paper appeared, ${example}.`),
        );
      } else if (!cell) {
        continue;
      } else if (cell.text === '' && cell.links.length === 0 && !cell.raw.includes('![')) {
        // A badge image (shields.io "CoRL-2023") is a venue too, only drawn.
        findings.push(findingAt(id, 'error', cell.start, cell.end, `Venue is empty: write where the paper appeared, ${example}.`));
      } else if (placeholders.has(cell.text.toLowerCase())) {
        findings.push(
          findingAt(id, 'error', cell.start, cell.end, `Venue is ${quote(cell.text)}: write where the paper appeared, ${example}.`),
        );
      }
    }
    return findings;
  },
};

const lookAlikePipe = new RegExp(`[${lookAlikePipes}]`);

/**
 * A row that says it has no paper — its paper column empty or `null`, `-`, `N/A` where the link
 * would be, nothing linked from the title (a project or tool listed with only its code) — or that
 * has neither title nor link (an empty template row) has no venue to give.
 */
function listsNoPaper(entry: PaperEntry, placeholders: ReadonlySet<string>): boolean {
  // A dataset or database listed by its site, under a heading that says so, is no paper.
  if (/\b(?:data ?sets?|databases?)\b/i.test(entry.table.section.at(-1) ?? '') && !entry.links.some((link) => isPublicationUrl(link.url))) return true;
  if (entry.links.some((link) => /^https?:\/\//i.test(link.url.trim()))) return false;
  if (entry.title === '') return true;
  const paperCells = entry.table.linkColumns.map((column) => entry.row.cells[column]);
  const saysNone = (text: string) => text === '' || ['null', 'none', '/'].includes(text.toLowerCase()) || placeholders.has(text.toLowerCase());
  return paperCells.length > 0 && paperCells.every((cell) => !cell || saysNone(cell.text.trim()));
}
