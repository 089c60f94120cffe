import type { Facts } from '../facts.js';
import { defaultVenuePlaceholders } from '../identity/venue.js';
import { isPublicationUrl } from '../identity/paper-id.js';
import type { Cell, ListModel, PaperEntry } from '../parse/model.js';
import { lookAlikePipes } from '../parse/syntax.js';
import {
  appearedAt,
  cellEdit,
  decide,
  evidenceOf,
  possibly,
  styleOf,
  suggestionOf,
  type VenueClaim,
  writeClaim,
  writePreprintOf,
} from './evidence.js';
import { docsUrl, type Finding, findingAt, quote, type Rule, type Suggestion, withFix } from './types.js';

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
    fixable: true,
    kind: 'completeness',
    needs: [],
  },
  defaultSeverity: 'error',
  defaultOptions: { placeholders: [...defaultVenuePlaceholders] },
  optionSpecs: { placeholders: { type: 'string-list' } },
  check(model, options, facts) {
    const placeholders = new Set(options.placeholders.map((p) => p.trim().toLowerCase()));
    const findings: Finding[] = [];
    for (const entry of model.papers) {
      const { table, row, venueCell: cell } = entry;
      if (table.venueColumn < 0) continue;
      if (listsNoPaper(entry, model.venuePlaceholders)) continue;
      // A look-alike pipe is why the cell is missing: row-format says so, and its repair brings it back.
      if (!cell && !lookAlikePipe.test(row.raw)) {
        const endColumn = row.raw.replace(/[ \t]+$/, '').length + 1;
        const place = { line: row.line, column: endColumn };
        const found = withEvidence(model, entry, facts);
        findings.push(
          // No repair: the missing cell is row-format's to discuss (a row may lack other cells too).
          withSuggestion(findingAt(id, 'error', place, place, `This row has no venue cell: ${found?.said ? `${found.said}; ` : ''}add '| venue |' with ${found?.what ?? `where the paper appeared, ${example}`}.`), found),
        );
      } else if (!cell) {
        continue;
      } else if (cell.text === '' && cell.links.length === 0 && !cell.raw.includes('![')) {
        // A badge image (shields.io "CoRL-2023") is a venue too, only drawn.
        findings.push(repairable(model, cell, 'Venue is empty', withEvidence(model, entry, facts)));
      } else if (placeholders.has(cell.text.toLowerCase())) {
        findings.push(repairable(model, cell, `Venue is ${quote(cell.text)}`, withEvidence(model, entry, facts)));
      }
    }
    return findings;
  },
};

const example = "e.g. 'NeurIPS 2023' or 'arXiv [cs.LG]'";

/** What the metadata sources (or the row's link) say the venue is, for a row without one. */
interface Found {
  /** The advice after "write"/"add": `where the paper appeared, possibly NeurIPS 2021 (DBLP, a similar title)`. */
  what: string;
  /** Before the advice, what was found: `the paper appeared at NeurIPS 2021 (DBLP)`, `arXiv 2210.16156 is a preprint, …`. */
  said?: string;
  suggestion?: Suggestion;
  /** Strong evidence of a venue: the suggestion may be written. */
  strong: boolean;
}

/**
 * Only in a run with metadata (`--metadata`): the venue strong evidence agrees on, in the list's
 * style (written by --fix); else, when the row's paper is an arXiv preprint and the title search
 * found no published version (or was not asked), the list's way of writing preprints, suggested and
 * never written: that a paper appeared nowhere else is what no record proves, and a paper retitled
 * when it was published is found by its preprint's title only as a preprint; else what weak evidence
 * makes possible.
 */
function withEvidence(model: ListModel, entry: PaperEntry, facts: Facts): Found | undefined {
  if (!facts.papers) return undefined;
  const evidence = evidenceOf(entry, facts);
  const { strong, possible } = decide(evidence);
  const style = styleOf(model);
  if (strong) {
    const text = writeClaim(style, strong);
    if (text === undefined) return { said: `the paper ${appearedAt(strong)}`, what: 'where it appeared', strong: false };
    return { said: `the paper ${appearedAt(strong)}`, what: quote(text), suggestion: suggestionOf(text, strong), strong: true };
  }
  const preprint = evidence.preprint;
  if (preprint && possible.length === 0 && evidence.search !== 'unverified') {
    const text = writePreprintOf(style, preprint);
    const searched = facts.titleSearches?.get(entry.normalizedTitle)?.source === 'dblp' ? 'DBLP' : 'the title search';
    const known = evidence.search === 'answered' ? `, and ${searched} knows no published version` : '';
    if (text !== undefined) {
      return { said: `arXiv ${preprint.id} is a preprint${known}`, what: `${quote(text)} if it still is only one`, suggestion: suggestionOf(text, preprint), strong: false };
    }
  }
  if (possible.length === 0) return undefined;
  const first = possible[0] as VenueClaim;
  const text = writeClaim(style, first);
  return { what: `where the paper appeared, ${possibly(possible)}`, ...(text !== undefined && { suggestion: suggestionOf(text, first) }), strong: false };
}

/** The finding at a venue cell, with what was found and, when it is strong, its repair. */
function repairable(model: ListModel, cell: Cell, said: string, found: Found | undefined): Finding {
  if (!found) return findingAt(id, 'error', cell.start, cell.end, `${said}: write where the paper appeared, ${example}.`);
  const finding = withSuggestion(findingAt(id, 'error', cell.start, cell.end, found.said ? `${said}: ${found.said}; write ${found.what}.` : `${said}: write ${found.what}.`), found);
  const edit = found.strong && found.suggestion ? cellEdit(model.text, cell, found.suggestion.text) : undefined;
  return edit ? withFix(finding, edit) : finding;
}

const withSuggestion = (finding: Finding, found: Found | undefined): Finding => (found?.suggestion ? { ...finding, suggestion: found.suggestion } : finding);

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
