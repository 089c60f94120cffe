import { NearTitleIndex } from '../identity/near-index.js';
import { nearIdentical } from '../identity/title.js';
import { normalizeVenue } from '../identity/venue.js';
import type { PaperEntry } from '../parse/model.js';
import { crossListingHabit, scopeGroups, sectionName, titledPapers, samePlace, chronologicalSections } from '../parse/papers.js';
import { docsUrl, type Finding, findingAt, quote, type Rule, type Severity } from './types.js';

const id = 'duplicate-title';

export interface DuplicateOptions {
  scope: 'file' | 'table';
}

export const duplicateTitle: Rule<DuplicateOptions> = {
  id,
  meta: {
    description: 'The same paper is listed once per table: by title (ignoring case, markdown and punctuation) or by arXiv id, DOI or OpenReview id; a paper listed again under another section follows the list\'s habit.',
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
    const papers = titledPapers(model.papers);
    const habit = crossListingHabit(papers);
    for (const group of scopeGroups(papers, options.scope)) findings.push(...checkGroup(group, habit));
    return findings;
  },
};

function checkGroup(entries: PaperEntry[], habit: boolean): Finding[] {
  const findings: Finding[] = [];
  const byTitle = new Map<string, PaperEntry[]>();
  const byId = new Map<string, PaperEntry[]>();
  /** Earlier entries, for the near-identical search. */
  const near = new NearTitleIndex<PaperEntry>(entries.map((entry) => entry.normalizedTitle));

  for (const entry of entries) {
    const sameTitle = byTitle.get(entry.normalizedTitle) ?? [];
    const sameId = entry.ids
      .map(({ id: paperId }) => ({
        paperId,
        copies: (byId.get(paperId.key) ?? []).filter((first) => first.normalizedTitle === entry.normalizedTitle || nearIdentical(first.normalizedTitle, entry.normalizedTitle)),
      }))
      .find(({ copies }) => copies.length > 0);

    if (sameTitle.length > 0) {
      const first = nearestCopy(entry, sameTitle);
      const conflict = arxivConflict(first, entry);
      if (conflict) {
        findings.push(report(entry, first, 'error', `${quote(entry.title)} is also the title at line ${first.row.line}, but the two rows link different papers (${conflict}): one of the titles or links is wrong — check which paper each row means`, false));
      } else {
        const severity = listingSeverity(entry, first, habit);
        if (severity) findings.push(report(entry, first, severity, `${quote(entry.title)} is already listed at line ${first.row.line}${whereElse(entry, first)}`));
      }
    } else if (sameId) {
      const first = nearestCopy(entry, sameId.copies);
      const severity = listingSeverity(entry, first, habit);
      if (severity) findings.push(report(entry, first, severity, `This is the same paper (${sameId.paperId.label}) as line ${first.row.line}${whereElse(entry, first)}, ${quote(first.title)}`));
    } else {
      // The index compares only titles holding the same numbers ("GPT-3" is not "GPT-4").
      const similar = near.near(entry.normalizedTitle, (other) => other.normalizedTitle).sort((a, b) => a.row.line - b.row.line)[0];
      if (similar && (samePlace(similar, entry) || !habit)) {
        findings.push(report(entry, similar, 'warning', `Possible duplicate: ${quote(entry.title, 120)} is nearly the same title as line ${similar.row.line}${whereElse(entry, similar)}, ${quote(similar.title, 120)}`));
      }
    }

    const titleCopies = byTitle.get(entry.normalizedTitle);
    if (titleCopies) titleCopies.push(entry);
    else {
      byTitle.set(entry.normalizedTitle, [entry]);
      near.add(entry.normalizedTitle, entry);
    }
    for (const { id: paperId } of entry.ids) byId.set(paperId.key, [...(byId.get(paperId.key) ?? []), entry]);
  }
  return findings;
}

/** Of the earlier copies, one in the same table if there is one (a pasted row), else the first. */
export function nearestCopy(entry: PaperEntry, copies: PaperEntry[]): PaperEntry {
  return copies.find((copy) => samePlace(copy, entry)) ?? (copies[0] as PaperEntry);
}

/**
 * How a repeat is reported: twice in one table (or one section) is a mistake; under another section
 * it is the list's own choice (a taxonomy, a "Trending" section), so a warning naming the other
 * section, or nothing where the list cross-lists as a habit — unless the rows disagree on the venue
 * (one is stale), or both sections are years (a paper cannot appear in two years).
 */
export function listingSeverity(entry: PaperEntry, first: PaperEntry, habit: boolean): Severity | undefined {
  // Two rows of one table that name different things (metrics, models) citing one paper.
  if (samePlace(first, entry) && namesDiffer(first, entry)) return 'warning';
  if (samePlace(first, entry) || chronologicalSections(first, entry)) return 'error';
  if (venuesDisagree(first, entry)) return 'warning';
  return habit ? undefined : 'warning';
}

/** The first column, when it is not the title: a name or key of its own (`LSE-D`, `SeCo`). */
function namesDiffer(a: PaperEntry, b: PaperEntry): boolean {
  if (a.table !== b.table || a.table.titleColumn === 0) return false;
  const [x, y] = [a.row.cells[0]?.text.trim().toLowerCase() ?? '', b.row.cells[0]?.text.trim().toLowerCase() ?? ''];
  return x !== '' && y !== '' && x !== y && !/^\d{4}/.test(x);
}

const whereElse = (entry: PaperEntry, first: PaperEntry) => (samePlace(first, entry) ? '' : ` (${sectionName(first)})`);

function venuesDisagree(first: PaperEntry, entry: PaperEntry): boolean {
  const [firstVenue, venue] = [first.venueCell?.text, entry.venueCell?.text];
  return Boolean(firstVenue && venue && normalizeVenue(firstVenue) !== normalizeVenue(venue));
}

/** Two rows with one title whose arXiv links name different papers: "arXiv 2101.00001 and arXiv 2102.00002". */
function arxivConflict(first: PaperEntry, entry: PaperEntry): string | undefined {
  const arxiv = (e: PaperEntry) => e.ids.map(({ id: paperId }) => paperId).filter((paperId) => paperId.key.startsWith('arxiv:'));
  const [mine, theirs] = [arxiv(entry), arxiv(first)];
  if (mine.length === 0 || theirs.length === 0 || mine.some((a) => theirs.some((b) => a.key === b.key))) return undefined;
  return `${(theirs[0] as { label: string }).label} there, ${(mine[0] as { label: string }).label} here`;
}

function report(entry: PaperEntry, first: PaperEntry, severity: Severity, what: string, withAdvice = true): Finding {
  const crossListed = !samePlace(first, entry) && severity === 'warning';
  const advice = !withAdvice
    ? ''
    : crossListed
      ? ': if the list means to show it in both sections, nothing to do; otherwise remove one'
      : severity === 'error'
        ? ': remove this row, or merge the two into one'
        : ': if it is the same paper, remove one of the rows';
  let venueNote = '';
  const [firstVenue, venue] = [first.venueCell?.text, entry.venueCell?.text];
  if (firstVenue && venue && normalizeVenue(firstVenue) !== normalizeVenue(venue)) {
    venueNote = ` The rows disagree on the venue (${quote(firstVenue, 30)} there, ${quote(venue, 30)} here): keep the right one.`;
  }
  const cell = entry.titleCell as NonNullable<PaperEntry['titleCell']>;
  return findingAt(id, severity, cell.start, cell.end, `${what}${advice}.${venueNote}`);
}
