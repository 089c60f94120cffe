import type { KnownVenue } from '../identity/venue-style.js';
import { readVenue } from '../identity/venue-style.js';
import { decide, displayClaim, evidenceOf, offlineClaims, sourceName, type VenueClaim } from './evidence.js';
import { docsUrl, type Finding, findingAt, quote, type Rule } from './types.js';

const id = 'venue-mismatch';

/**
 * The venue cell names another venue, or another year, than the row's own paper proves: its link
 * is into a proceedings (read offline, src/metadata/venue-from-url.ts: `links to the NeurIPS 2021
 * proceedings, but the venue says 'ICML 2021'`) or, with `--metadata`, a record tied to the row by
 * its identifiers says so (an accepted OpenReview venueid, a record carrying its arXiv id or DOI,
 * arXiv's journal reference); titles alone never contradict a person. No repair: whether the venue or
 * the link is wrong is for a person to decide.
 *
 * Not reported: cells that name no venue lint-list knows (`MLR`, `Mach. Learn.`), cells that say
 * preprint (venue-outdated's), cells naming several venues but for the year, a cell without a year
 * against a proof with one (only the names are compared then), a workshop's own name (`UniReps`)
 * against any workshop, and proofs that disagree with each other.
 */
export const venueMismatch: Rule = {
  id,
  meta: {
    description: "The venue is the one the row's link proves (a proceedings URL) or, with --metadata, its identifiers' records.",
    docs: docsUrl(id),
    fixable: false,
    kind: 'identity',
    needs: [],
  },
  defaultSeverity: 'warning',
  defaultOptions: {},
  optionSpecs: {},
  check(model, _options, facts) {
    const findings: Finding[] = [];
    const metadata = facts.papers !== undefined;
    for (const entry of model.papers) {
      const cell = entry.venueCell;
      if (!cell || cell.text === '' || model.venuePlaceholders.has(cell.text.toLowerCase())) continue;
      // Without metadata only a proceedings link can prove anything: most rows are passed over here.
      if (!metadata && offlineClaims(entry).length === 0) continue;
      const { strong } = decide(evidenceOf(entry, metadata ? facts : {}, { titles: false }));
      // A name lint-list does not know (`Lecture Notes in Computer Science`) contradicts nothing.
      if (!strong?.known) continue;
      const reading = readVenue(cell.text);
      if (reading.preprint || reading.venues.length === 0) continue;
      const named = reading.venues.some((venue) => names(venue, strong));
      // Journals date a paper by its issue or by its first online version, Semantic Scholar often by its preprint.
      const datesExactly = strong.source === 'link' || (strong.kind !== 'journal' && strong.source !== 'semanticScholar');
      const wrongYear = named && datesExactly && reading.venues.length === 1 && reading.year !== undefined && strong.year !== undefined && reading.year !== strong.year;
      if (named && !wrongYear) continue;
      findings.push(findingAt(id, 'warning', cell.start, cell.end, `${proof(strong)}, but the venue says ${quote(cell.text, 40)}: correct whichever is wrong.`));
    }
    return findings;
  },
};

/** Whether a venue the cell names is the proven one (the year aside). */
function names(venue: KnownVenue, claim: VenueClaim): boolean {
  if (claim.workshopName) return venue.variant === 'workshop' || venue.name === claim.name;
  return venue.name === claim.name && venue.variant === claim.variant;
}

/** "This row links to the NeurIPS 2021 proceedings", "OpenReview says this paper appeared at ICLR 2023". */
function proof(claim: VenueClaim): string {
  if (claim.source !== 'link') return `${sourceName(claim.source)} says this paper appeared at ${displayClaim(claim)}`;
  const what = claim.kind === 'journal' ? displayClaim(claim) : claim.variant === 'findings' ? `the ${displayClaim(claim)}` : `the ${displayClaim(claim)} proceedings`;
  return `This row links to ${what} (${claim.host})`;
}
