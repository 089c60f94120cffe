import { normalizeUrl, type PaperId, paperIdOf } from '../identity/paper-id.js';
import { normalizeTitle } from '../identity/title.js';
import type { Link, PaperEntry, Row, Table } from './model.js';

/** Every body row of every paper table, seen as a paper. */
export function paperEntries(tables: Table[]): PaperEntry[] {
  const entries: PaperEntry[] = [];
  tables.forEach((table, tableIndex) => {
    if (table.titleColumn < 0) return;
    for (const row of table.rows) {
      const titleCell = row.cells[table.titleColumn];
      const title = titleCell?.text ?? '';
      const links = [table.titleColumn, ...table.linkColumns].flatMap((column) => row.cells[column]?.links ?? []);
      entries.push({
        table,
        tableIndex,
        row,
        titleCell,
        title,
        normalizedTitle: normalizeTitle(title),
        venueCell: table.venueColumn >= 0 ? row.cells[table.venueColumn] : undefined,
        links,
        ids: identitiesOf(table, row),
      });
    }
  });
  return entries;
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
    const url = normalizeUrl(link.url);
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
