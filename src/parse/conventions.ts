import type { Cell, Row, Table } from './model.js';

/**
 * What a table does on purpose, read from its own rows, so that rules report what breaks it and not
 * a house style. Shares count body rows; a habit is what at least `habitShare` of them do.
 */
export interface TableConventions {
  /** Share of body rows that start with `|`. */
  leadingPipe: number;
  /** Share of body rows that end with `|`. */
  trailingPipe: number;
  /** Share of body rows with cells past the header's count that show nothing (empty, a comment, a `[//]: #` marker). */
  hiddenExtraCells: number;
  /** Rows split over two lines: the line of the first half → the line of the second. */
  splitRows: Map<number, number>;
}

/** What most of a table's rows do is its convention: 60%, a clear majority. */
export const habitShare = 0.6;

const blanks = (text: string) => text.replace(/^[ \t]+|[ \t]+$/g, '');

export function tableConventions(table: Table): TableConventions {
  const rows = table.rows;
  const share = (test: (row: Row) => boolean) => (rows.length === 0 ? 1 : rows.filter(test).length / rows.length);
  const expected = table.header.cells.length;
  return {
    leadingPipe: share((row) => blanks(row.raw).startsWith('|')),
    trailingPipe: share((row) => blanks(row.raw).endsWith('|')),
    hiddenExtraCells: share((row) => row.cells.length > expected && row.cells.slice(expected).every(showsNothing)),
    splitRows: splitRows(table),
  };
}

/**
 * A cell GitHub would show as nothing even where it is kept: empty, an HTML comment, or a
 * `[//]: # …` marker (some lists end every row with one; GitHub drops it as an extra cell).
 */
export function showsNothing(cell: Cell): boolean {
  const raw = cell.raw.trim();
  return raw === '' || /^(?:<!--[^]*?-->\s*)+$/.test(raw) || /^\[(?:\/\/|comment)\]:\s*#/.test(raw);
}

/**
 * A row broken over two lines: the first lacks the closing `|`, the next lacks the opening one, and
 * together (the last cell of the first continuing into the second) they hold the header's cells.
 * GitHub shows two rows; the author meant one.
 */
function splitRows(table: Table): Map<number, number> {
  const split = new Map<number, number>();
  const expected = table.header.cells.length;
  for (let i = 0; i + 1 < table.rows.length; i += 1) {
    const [first, second] = [table.rows[i] as Row, table.rows[i + 1] as Row];
    if (second.line !== first.line + 1) continue;
    const [a, b] = [blanks(first.raw), blanks(second.raw)];
    if (a.endsWith('|') || !a.startsWith('|')) continue;
    // The closing pipe alone on the next line.
    if (b === '|') {
      split.set(first.line, second.line);
      i += 1;
      continue;
    }
    // Without its opening pipe the second line's first cell continues the first line's last one.
    const joined = first.cells.length + second.cells.length - (b.startsWith('|') ? 0 : 1);
    if (first.cells.length > expected || second.cells.length >= expected || joined !== expected) continue;
    split.set(first.line, second.line);
    i += 1;
  }
  return split;
}
