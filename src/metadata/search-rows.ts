import type { Cell, ListModel, PaperEntry } from '../parse/model.js';
import { withoutTags } from '../parse/papers.js';

/**
 * Which rows a title search (DBLP) is for: rows that lack what a search can find. A row is searched
 * when its table has a venue column and its venue cell is missing, empty or a placeholder (the
 * list's `venuePlaceholders`), or names only a preprint ("arXiv", "arXiv [cs.LG]", "CoRR
 * abs/2110.14633", "preprint", "under review", "submitted to …"); or when the row has no link at
 * all. Each distinct title (`PaperEntry.normalizedTitle`) is searched once, in document order; rows
 * without a title are not. Short titles are searched too: what a hit proves is the rules' decision.
 */

export interface TitleSearchWanted {
  /** The key of `Facts.titleSearches`: `PaperEntry.normalizedTitle`. */
  normalizedTitle: string;
  /** What is sent: the first such row's title, without the list's tags. */
  title: string;
}

export interface TitleSearchScope {
  /** Only rows whose title starts where this says yes (a pull request's changed lines). */
  select?: (occurrence: { path: string; line: number; column: number }) => boolean;
}

export function titleSearchesWanted(models: readonly ListModel[], scope: TitleSearchScope = {}): TitleSearchWanted[] {
  const wanted = new Map<string, TitleSearchWanted>();
  for (const model of models) {
    for (const entry of model.papers) {
      if (entry.normalizedTitle === '' || wanted.has(entry.normalizedTitle) || !entry.titleCell) continue;
      if (!lacksVenue(entry, model.venuePlaceholders) && !lacksLink(entry)) continue;
      if (scope.select && !scope.select({ path: model.path, line: entry.row.line, column: entry.titleCell.start.column })) continue;
      wanted.set(entry.normalizedTitle, { normalizedTitle: entry.normalizedTitle, title: withoutTags(entry.title).trim() });
    }
  }
  return [...wanted.values()];
}

/** The venue cell is missing, empty, a placeholder, or names only a preprint. A table without a venue column asks for none. */
export function lacksVenue(entry: PaperEntry, placeholders: ReadonlySet<string>): boolean {
  if (entry.table.venueColumn < 0) return false;
  const cell = entry.venueCell;
  if (!cell) return true;
  const text = cell.text.trim();
  // A badge image ("CoRL-2023" drawn by shields.io) is a venue, only drawn.
  if (text === '') return cell.links.length === 0 && !cell.raw.includes('![');
  return placeholders.has(text.toLowerCase()) || namesOnlyPreprint(text);
}

/** "arXiv", "arXiv [cs.LG]", "arXiv 2021", "CoRR abs/2110.14633", "Preprint", "Under review at ICLR 2024", "Submitted to NeurIPS". */
export function namesOnlyPreprint(venue: string): boolean {
  const text = venue.toLowerCase();
  if (/\b(?:under review|in review|submitted|in submission|preprint)\b/.test(text)) return true;
  if (!/(?:arxiv|\bcorr\b|biorxiv|medrxiv)/.test(text)) return false;
  // What is left once the preprint server, its ids, categories and years are gone names nothing else.
  const rest = text
    .replace(/\b(?:arxiv(?:\.org)?|corr|biorxiv|medrxiv|e-?prints?|abs\/\S*)/g, ' ')
    .replace(/\[[^\]]{0,40}\]/g, ' ')
    .replace(/\b[a-z-]{2,12}\.[a-z]{2}\b/g, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  return rest === '';
}

/** Text that is a link gone wrong rather than no link: link-syntax's business, not a search's. */
const brokenLinkHint = /https?:|\[|www\.|\b[a-z0-9-]+\.(?:org|com|net|io|cc|edu)\//i;

/** No link in the title or link cells, not even a reference link or a broken one. */
export function lacksLink(entry: PaperEntry): boolean {
  if (entry.links.length > 0) return false;
  const cells = [entry.titleCell, ...entry.table.linkColumns.map((column) => entry.row.cells[column])].filter((cell): cell is Cell => cell !== undefined);
  return !cells.some((cell) => cell.links.length > 0 || cell.inline.some((span) => span.kind === 'linkReference') || brokenLinkHint.test(cell.raw));
}
