import type { Nodes, TableCell } from 'mdast';

/** A place in the source: 1-based line and column (UTF-16 code units, as editors count), 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** What a column of a paper table holds, decided from its header text. */
export type ColumnRole = 'title' | 'venue' | 'link' | 'other';

export interface Link {
  url: string;
  /** The link's visible text, markdown stripped. */
  text: string;
  start: Point;
  end: Point;
}

export interface Cell {
  /** Visible text: markdown, images (badges) and HTML (`<br>`) stripped, whitespace collapsed. */
  text: string;
  /** The cell's source between its delimiters, trimmed. */
  raw: string;
  /** Start and end of `raw` in the source; for an empty cell both are where its content would be. */
  start: Point;
  end: Point;
  links: Link[];
  /** The remark node, for rules that need the inline structure (text vs link vs code). */
  node: TableCell;
}

export interface Row {
  line: number;
  /** The whole source line the row starts on. */
  raw: string;
  /** Offset of the line's first character. */
  lineOffset: number;
  cells: Cell[];
}

export interface Table {
  /** Heading texts from the outermost section to the innermost one that holds the table. */
  section: string[];
  header: Row;
  /** Line of the delimiter row (`|---|---|`). */
  delimiterLine: number;
  columns: ColumnRole[];
  /** Index of the title column, or -1 for an "other" table (only row-format applies there). */
  titleColumn: number;
  venueColumn: number;
  linkColumns: number[];
  rows: Row[];
  start: Point;
  end: Point;
}

/** Consecutive lines that look like table rows but that no table holds. */
export interface OrphanBlock {
  startLine: number;
  endLine: number;
  /** Column of the first pipe on the first line. */
  column: number;
  lines: string[];
  /** Last line of the table just above, when only blank lines separate them. */
  cutFromTableEndingAt?: number;
}

/** An inline `<!-- lint-list-… -->` comment. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Rule ids named; empty means every rule. */
  ruleIds: string[];
  line: number;
  endLine: number;
}

export interface ListModel {
  path: string;
  text: string;
  /** Offset of the first character of each line (index 0 is line 1). */
  lineStarts: number[];
  tables: Table[];
  orphans: OrphanBlock[];
  directives: Directive[];
  /** Definitions (`[label]: url`) exist for these labels, lowercased. */
  definitions: Set<string>;
  root: Nodes;
}

export const isPaperTable = (table: Table): boolean => table.titleColumn >= 0;
