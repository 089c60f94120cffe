import type { PaperId } from '../identity/paper-id.js';
import type { TableConventions } from './conventions.js';

/**
 * The format-neutral model of a list: what both parsers (the line scan and remark) build, and all
 * that rules read. No parser's tree leaves parse/.
 */

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

/**
 * The inline markup of a cell that rules look at, outermost first, in source order: links and
 * reference links, images, code spans and raw HTML. Emphasis is looked through; what is inside a
 * span (a badge inside a link) is part of it. Offsets are into the list's text.
 */
export interface InlineSpan {
  kind: 'link' | 'linkReference' | 'image' | 'code' | 'html';
  start: number;
  end: number;
  /** A link's target as parsed; a reference link's, its definition's destination. */
  url?: string;
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
  inline: InlineSpan[];
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

/**
 * One row of a paper table seen as a paper: what paper rules read. Every body row of a table with a
 * title column is an entry, even one whose title cell is empty or missing.
 */
export interface PaperEntry {
  table: Table;
  /** Index of the table in `ListModel.tables`. */
  tableIndex: number;
  row: Row;
  /** Undefined when the row is too short to reach the title column. */
  titleCell: Cell | undefined;
  /** The title's visible text ('' when there is none). */
  title: string;
  /** The title as compared for duplicates (identity/title.ts); '' when there is none. */
  normalizedTitle: string;
  /** Undefined when the table has no venue column or the row is too short to reach it. */
  venueCell: Cell | undefined;
  /** The links of the title and link columns, in that order. */
  links: Link[];
  /** Identities from the title and link columns, each once, with the link that gave it. */
  ids: Array<{ id: PaperId; link: Link }>;
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

/** A link or link definition anywhere in the document (offsets into the text). */
export interface DocumentLink {
  url: string;
  start: number;
  end: number;
}

export interface ListModel {
  path: string;
  text: string;
  /** Offset of the first character of each line (index 0 is line 1). */
  lineStarts: number[];
  tables: Table[];
  /** The rows of paper tables, in document order. */
  papers: PaperEntry[];
  orphans: OrphanBlock[];
  directives: Directive[];
  /** Link reference definitions (`[label]: url`): normalized label (lower-cased) → destination; the first of a label counts. */
  definitions: Map<string, string>;
  /** Venue cells that mean "no venue yet", lower-cased: the list's own setting, read by every venue rule. */
  venuePlaceholders: ReadonlySet<string>;
  /** What the list does on purpose (parse/conventions.ts): per table, in the order of `tables`. */
  conventions: { tables: TableConventions[] };
  /** Every link and definition of the document, when the model was built with `documentLinks`. */
  documentLinks?: DocumentLink[];
}

