import { isPublicationUrl, normalizeUrl, type PaperId, paperIdOf } from '../identity/paper-id.js';
import { normalizeTitle } from '../identity/title.js';
import { exactly } from './cells.js';
import type { TableConventions } from './conventions.js';
import type { Link, PaperEntry, Row, Table } from './model.js';

/**
 * Every body row of every paper table, seen as a paper — but for rows that stand for no paper: a
 * template row kept for contributors to copy (`| 20XX | Venue | Title | [[Paper]](link) |`), whose
 * title cell repeats its column's header or is a placeholder such as `N/A` or `-`.
 */
export function paperEntries(tables: Table[], conventions: TableConventions[], placeholders: ReadonlySet<string>): PaperEntry[] {
  const entries: PaperEntry[] = [];
  tables.forEach((table, tableIndex) => {
    if (table.titleColumn < 0) return;
    const split = conventions[tableIndex]?.splitRows ?? new Map<number, number>();
    const secondHalves = new Set(split.values());
    for (const row of table.rows) {
      // A row broken over two lines is one defect, row-format's: no paper rule reads its halves.
      if (split.has(row.line) || secondHalves.has(row.line)) continue;
      const titleCell = row.cells[table.titleColumn];
      const title = titleCell?.text ?? '';
      if (standsForNoPaper(title, table, placeholders) || isEmptyRow(row) || isTemplateRow(row)) continue;
      const links = [table.titleColumn, ...table.linkColumns].flatMap((column) => row.cells[column]?.links ?? []);
      entries.push({
        table,
        tableIndex,
        row,
        titleCell,
        title,
        normalizedTitle: normalizeTitle(withoutTags(title)),
        venueCell: table.venueColumn >= 0 ? row.cells[table.venueColumn] : undefined,
        links: exactly(links),
        ids: exactly(identitiesOf(table, row)),
      });
    }
  });
  return entries;
}

/** A row to copy, whose links all point at a word standing for the URL: `[[Paper]](link)`. */
const isTemplateRow = (row: Row) => {
  const links = row.cells.flatMap((cell) => cell.links);
  return links.length > 0 && links.every((link) => /^(?:link|url|#|x{3,}|todo|tbd|your[-_ ]?link)$/i.test(link.url.trim()));
};

/** A spacer row: every cell empty. */
const isEmptyRow = (row: Row) => row.cells.every((cell) => cell.raw.trim() === '');

function standsForNoPaper(title: string, table: Table, placeholders: ReadonlySet<string>): boolean {
  const text = title.trim().toLowerCase();
  if (text === '') return false;
  const header = table.header.cells[table.titleColumn]?.text.trim().toLowerCase();
  return text === header || placeholders.has(text) || /^(?:\.{3}|…|x{3,}|title|paper title|your title)$/.test(text);
}

/**
 * A title without the tags some lists put before it (`🔥[vLLM] Efficient Memory…`): the tag is the
 * list's label, not part of the paper's title, and another row may list the paper without it.
 */
export function withoutTags(title: string): string {
  const stripped = title.replace(/^(?:[\p{Extended_Pictographic}\uFE0F\s]*\[[^\]]{1,60}\][ \t]+)+/u, '');
  return stripped.trim() === '' ? title : stripped;
}

function identitiesOf(table: Table, row: Row): PaperEntry['ids'] {
  const ids: PaperEntry['ids'] = [];
  const seen = new Set<string>();
  const add = (id: PaperId | undefined, link: Link) => {
    if (!id || seen.has(id.key)) return;
    seen.add(id.key);
    ids.push({ id, link });
  };
  const titleCell = row.cells[table.titleColumn];
  // The title's own link names the paper even when it is no arXiv/DOI/OpenReview address.
  for (const link of titleCell?.links ?? []) {
    const paper = paperIdOf(link.url);
    // A publisher's page names one paper; a project or dataset site may serve several rows.
    const url = isPublicationUrl(link.url) ? normalizeUrl(link.url) : undefined;
    add(paper ?? (url ? { key: `url:${url}`, label: link.url } : undefined), link);
  }
  for (const column of table.linkColumns) {
    for (const link of row.cells[column]?.links ?? []) add(paperIdOf(link.url), link);
  }
  return ids;
}

/** Groups entries by duplicate scope: the whole file, or each table on its own. */
export function scopeGroups(entries: PaperEntry[], scope: 'file' | 'table'): PaperEntry[][] {
  if (scope === 'file') return [entries];
  const groups = new Map<number, PaperEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.tableIndex) ?? [];
    group.push(entry);
    groups.set(entry.tableIndex, group);
  }
  return [...groups.values()];
}

/** The entries that have a title to compare: the duplicate rules skip rows without one. */
export function titledPapers(papers: PaperEntry[]): PaperEntry[] {
  return papers.filter((entry) => entry.normalizedTitle !== '');
}

/**
 * Two entries stand in the same place when they share a table, or tables under the same headings:
 * a paper twice there is a pasted row, not a cross-listing.
 */
export function samePlace(a: PaperEntry, b: PaperEntry): boolean {
  return a.tableIndex === b.tableIndex || a.table.section.join('\u0000') === b.table.section.join('\u0000');
}

/**
 * Sections named by a year (`### 2021`, `## Attack Papers 2024`, `### 2020 [Back to Top]`): a paper
 * cannot belong to two.
 */
export function chronologicalSections(a: PaperEntry, b: PaperEntry): boolean {
  const year = (entry: PaperEntry) => {
    const heading = (entry.table.section.at(-1) ?? '').replace(/\[[^\]]*\]/g, '').trim();
    return /^((?:19|20)\d{2})\b/.exec(heading)?.[1] ?? /\b((?:19|20)\d{2})$/.exec(heading)?.[1];
  };
  const [first, second] = [year(a), year(b)];
  return first !== undefined && second !== undefined && first !== second;
}

/** "section 'Vision Foundation Models'", for messages. */
export function sectionName(entry: PaperEntry): string {
  const heading = entry.table.section.at(-1);
  return heading ? `under '${heading.length > 50 ? `${heading.slice(0, 49)}…` : heading}'` : 'in another table';
}

/** The number of repeats under another section at which a list is taken to cross-list on purpose. */
export const crossListingThreshold = 3;

/**
 * Whether the list lists papers under several sections as a habit: at least three papers appear
 * again (same title or same arXiv id, DOI or OpenReview id) under another section, and never in
 * the same place.
 */
export function crossListingHabit(papers: PaperEntry[]): boolean {
  const seen = new Map<string, PaperEntry>();
  let repeats = 0;
  for (const entry of papers) {
    const keys = [`title:${entry.normalizedTitle}`, ...entry.ids.map(({ id }) => id.key)];
    const earlier = keys.map((key) => seen.get(key)).find((first) => first !== undefined);
    if (earlier && !samePlace(earlier, entry)) repeats += 1;
    for (const key of keys) if (!seen.has(key)) seen.set(key, entry);
    if (repeats >= crossListingThreshold) return true;
  }
  return false;
}
