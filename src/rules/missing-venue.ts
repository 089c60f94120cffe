import { defaultVenuePlaceholders } from '../identity/venue.js';
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
    for (const { table, row, venueCell: cell } of model.papers) {
      if (table.venueColumn < 0) continue;
      if (!cell) {
        const endColumn = row.raw.replace(/[ \t]+$/, '').length + 1;
        findings.push(
          findingAt(id, 'error', { line: row.line, column: endColumn }, { line: row.line, column: endColumn },
            `This row has no venue cell: add '| venue |' with where the paper appeared, ${example}.`),
        );
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
