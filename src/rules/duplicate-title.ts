import { NearTitleIndex } from '../identity/near-index.js';
import { nearIdentical, numbersOf } from '../identity/title.js';
import { normalizeVenue } from '../identity/venue.js';
import type { PaperEntry } from '../parse/model.js';
import { scopeGroups, titledPapers } from '../parse/papers.js';
import { docsUrl, type Finding, findingAt, quote, type Rule } from './types.js';

const id = 'duplicate-title';

export interface DuplicateOptions {
  scope: 'file' | 'table';
}

export const duplicateTitle: Rule<DuplicateOptions> = {
  id,
  meta: {
    description: 'The same paper is listed once: by title (ignoring case, markdown and punctuation) or by arXiv id, DOI or OpenReview id.',
    docs: docsUrl(id),
    fixable: false,
    kind: 'identity',
    needs: [],
  },
  defaultSeverity: 'error',
  defaultOptions: { scope: 'file' },
  optionSpecs: { scope: { type: 'enum', values: ['file', 'table'] } },
  check(model, options) {
    const findings: Finding[] = [];
    for (const group of scopeGroups(titledPapers(model.papers), options.scope)) findings.push(...checkGroup(group));
    return findings;
  },
};

function checkGroup(entries: PaperEntry[]): Finding[] {
  const findings: Finding[] = [];
  const byTitle = new Map<string, PaperEntry>();
  const byId = new Map<string, PaperEntry>();
  /** Earlier entries, for the near-identical search. */
  const near = new NearTitleIndex<PaperEntry>();

  for (const entry of entries) {
    const sameTitle = byTitle.get(entry.normalizedTitle);
    const sameId = entry.ids
      .map(({ id: paperId }) => ({ paperId, first: byId.get(paperId.key) }))
      .find(({ first }) => first && (first.normalizedTitle === entry.normalizedTitle || nearIdentical(first.normalizedTitle, entry.normalizedTitle)));

    if (sameTitle) {
      findings.push(report(entry, sameTitle, 'error', `${quote(entry.title)} is already listed at line ${sameTitle.row.line}`));
    } else if (sameId?.first) {
      findings.push(report(entry, sameId.first, 'error', `This is the same paper (${sameId.paperId.label}) as line ${sameId.first.row.line}, ${quote(sameId.first.title)}`));
    } else {
      const numbers = numbersOf(entry.normalizedTitle);
      const similar = near
        .near(entry.normalizedTitle, (other) => other.normalizedTitle, (other) => numbersOf(other.normalizedTitle) === numbers)
        .sort((a, b) => a.row.line - b.row.line)[0];
      if (similar) {
        findings.push(report(entry, similar, 'warning', `Possible duplicate: ${quote(entry.title, 120)} is nearly the same title as line ${similar.row.line}, ${quote(similar.title, 120)}`));
      }
    }

    if (!byTitle.has(entry.normalizedTitle)) {
      byTitle.set(entry.normalizedTitle, entry);
      near.add(entry.normalizedTitle, entry);
    }
    for (const { id: paperId } of entry.ids) if (!byId.has(paperId.key)) byId.set(paperId.key, entry);
  }
  return findings;
}

function report(entry: PaperEntry, first: PaperEntry, severity: 'error' | 'warning', what: string): Finding {
  const advice = severity === 'error' ? 'remove this row, or merge the two into one' : 'if it is the same paper, remove one of the rows';
  let venueNote = '';
  const [firstVenue, venue] = [first.venueCell?.text, entry.venueCell?.text];
  if (firstVenue && venue && normalizeVenue(firstVenue) !== normalizeVenue(venue)) {
    venueNote = ` The rows disagree on the venue (${quote(firstVenue, 30)} there, ${quote(venue, 30)} here): keep the right one.`;
  }
  const cell = entry.titleCell as NonNullable<PaperEntry['titleCell']>;
  return findingAt(id, severity, cell.start, cell.end, `${what}: ${advice}.${venueNote}`);
}
