import { normalizeUrl, type PaperId, paperIdOf } from '../identity/paper-id.js';
import { normalizeTitle } from '../identity/title.js';
import type { Cell, Link, ListModel, Row, Table } from '../parse/model.js';

/** One row of a paper table, seen as a paper: what the duplicate rules compare. */
export interface PaperEntry {
  table: Table;
  tableIndex: number;
  row: Row;
  titleCell: Cell;
  title: string;
  normalizedTitle: string;
  venue: string | undefined;
  /** Identities from the title and link columns, each once, with the link that gave it. */
  ids: Array<{ id: PaperId; link: Link }>;
}

export function paperEntries(model: ListModel): PaperEntry[] {
  const entries: PaperEntry[] = [];
  model.tables.forEach((table, tableIndex) => {
    if (table.titleColumn < 0) return;
    for (const row of table.rows) {
      const titleCell = row.cells[table.titleColumn];
      if (!titleCell) continue;
      const normalizedTitle = normalizeTitle(titleCell.text);
      if (!normalizedTitle) continue;
      const venueCell = table.venueColumn >= 0 ? row.cells[table.venueColumn] : undefined;
      entries.push({
        table,
        tableIndex,
        row,
        titleCell,
        title: titleCell.text,
        normalizedTitle,
        venue: venueCell?.text,
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

/** Venues compared without case, spacing or punctuation. */
export const normalizeVenue = (venue: string) => venue.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]/gu, '');

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
