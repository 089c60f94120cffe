import type { Nodes, Root, Table as MdTable, TableCell, TableRow } from 'mdast';
import { assignColumns, type ColumnNames } from './columns.js';
import { directivesIn } from './comments.js';
import { cellContentRange } from './cell-range.js';
import { fastModel } from './fast-model.js';
import { orphanBlocks } from './orphans.js';
import { visibleText } from './visible-text.js';
import type { Cell, Directive, Link, ListModel, OrphanBlock, Point, Row, Table } from './model.js';
import { markdownParser } from './parser.js';
import { lineStartsOf, lineText, pointAt } from './position.js';

export { visibleText };

/**
 * remark's tree of a whole document. The parser is loaded on demand (see parser.ts): this throws
 * `MarkdownParserNotLoaded` until an edge has loaded it.
 */
export function parseMarkdown(text: string): Root {
  return markdownParser()(text);
}

const isBlank = (code: number) => code === 32 || code === 9;

/** Lines that look like table rows: they start with a pipe (or a look-alike) and hold another. */
export const lookAlikePipes = '｜│┃∣ǀ￨⏐❘丨';
const rowStart = new RegExp(`^[ \\t]*[|${lookAlikePipes}]`);
const pipeChars = new RegExp(`[|${lookAlikePipes}]`, 'g');

export function looksLikeRow(line: string): boolean {
  if (!rowStart.test(line)) return false;
  return (line.match(pipeChars)?.length ?? 0) >= 2;
}

/**
 * The table model of a document: by the fast line scan where it is sure (see fast-model.ts), else
 * from remark's full tree. Both give the same model; `LINT_LIST_PARSER=remark` forces the full parse
 * (the tests compare the two).
 */
export function buildModel(path: string, text: string, columnNames: ColumnNames): ListModel {
  if (process.env.LINT_LIST_PARSER !== 'remark') {
    const fast = fastModel(path, text, columnNames, parseMarkdown, () => parseMarkdown(text), looksLikeRow);
    if (fast) return fast;
  }
  return remarkModel(path, text, columnNames);
}

export function remarkModel(path: string, text: string, columnNames: ColumnNames): ListModel {
  const root = parseMarkdown(text);
  const lineStarts = lineStartsOf(text);
  const point = (offset: number) => pointAt(lineStarts, offset);
  const tables: Table[] = [];
  const directives: Directive[] = [];
  const definitions = new Set<string>();
  /** Source ranges that can never hold a row: tables, code, HTML. */
  const shielded: Array<[number, number]> = [];
  const headings: Array<{ depth: number; text: string }> = [];

  const walk = (node: Nodes, depth: number) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    switch (node.type) {
      case 'heading': {
        while (headings.length > 0 && (headings.at(-1)?.depth ?? 0) >= node.depth) headings.pop();
        headings.push({ depth: node.depth, text: visibleText(node) });
        break;
      }
      case 'definition':
        definitions.add(node.identifier.toLowerCase());
        break;
      case 'html':
        shielded.push([start, end]);
        directives.push(...directivesIn(node.value, node.position?.start.line ?? 1));
        return;
      case 'code':
      case 'inlineCode':
        shielded.push([start, end]);
        return;
      case 'table':
        shielded.push([start, end]);
        tables.push(buildTable(node, text, lineStarts, point, headings.map((h) => h.text), columnNames));
        break;
      default:
        break;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, depth + 1);
  };
  walk(root, 0);

  directives.sort((a, b) => a.line - b.line);
  const orphans = findOrphans(text, lineStarts, shielded, tables);
  return { path, text, lineStarts, tables, orphans, directives, definitions, root };
}

function buildTable(
  node: MdTable,
  text: string,
  lineStarts: number[],
  point: (offset: number) => Point,
  section: string[],
  columnNames: ColumnNames,
): Table {
  const toRow = (row: TableRow): Row => {
    const line = row.position?.start.line ?? 1;
    return {
      line,
      raw: lineText(text, lineStarts, line),
      lineOffset: lineStarts[line - 1] ?? 0,
      cells: row.children.map((cell) => toCell(cell, text, point)),
    };
  };
  const [headerNode, ...rowNodes] = node.children;
  const header = toRow(headerNode as TableRow);
  const assignment = assignColumns(
    header.cells.map((cell) => cell.text),
    columnNames,
  );
  return {
    section,
    header,
    delimiterLine: header.line + 1,
    ...assignment,
    rows: rowNodes.map(toRow),
    start: point(node.position?.start.offset ?? 0),
    end: point(node.position?.end.offset ?? 0),
  };
}

function toCell(node: TableCell, text: string, point: (offset: number) => Point): Cell {
  // The cell's own range runs from its opening pipe to the next one (the last cell includes the
  // closing pipe). Inline nodes are no guide: the GFM autolink step leaves some without positions.
  const [start, end] = cellContentRange(text, node);
  const links: Link[] = [];
  const collectLinks = (n: Nodes) => {
    if (n.type === 'link') {
      links.push({
        url: n.url,
        text: visibleText(n),
        start: point(n.position?.start.offset ?? start),
        end: point(n.position?.end.offset ?? end),
      });
    }
    if ('children' in n) for (const child of n.children as Nodes[]) collectLinks(child);
  };
  collectLinks(node);
  return {
    text: visibleText(node),
    raw: text.slice(start, end),
    start: point(start),
    end: point(end),
    links,
    node,
  };
}

function findOrphans(
  text: string,
  lineStarts: number[],
  shielded: Array<[number, number]>,
  tables: Table[],
): OrphanBlock[] {
  shielded.sort((a, b) => a[0] - b[0]);
  const numbers: number[] = [];
  let shieldIndex = 0;
  for (let line = 1; line <= lineStarts.length; line += 1) {
    const raw = lineText(text, lineStarts, line);
    if (!looksLikeRow(raw)) continue;
    const pipeAt = (lineStarts[line - 1] as number) + raw.search(/[^ \t]/);
    while (shieldIndex < shielded.length && (shielded[shieldIndex]?.[1] ?? 0) <= pipeAt) shieldIndex += 1;
    if (!isShielded(shielded, shieldIndex, pipeAt)) numbers.push(line);
  }
  const line = (n: number) => lineText(text, lineStarts, n);
  return orphanBlocks(numbers, line, new Set(tables.map((t) => t.end.line)));
}

function isShielded(shielded: Array<[number, number]>, from: number, offset: number): boolean {
  // Ranges are sorted by start; nested ranges (code inside a table) may overlap, so look a little on.
  for (let i = from; i < shielded.length; i += 1) {
    const range = shielded[i] as [number, number];
    if (range[0] > offset) return false;
    if (offset >= range[0] && offset < range[1]) return true;
  }
  return false;
}
