import type { Root, Table as MdTable, TableRow } from 'mdast';
import { cellContentRange } from './cell-range.js';
import { cellOf } from './cells.js';
import { assignColumns, type ColumnNames } from './columns.js';
import { directivesIn } from './comments.js';
import type { ScannedDocument } from './fast-model.js';
import type { Directive, DocumentLink, OrphanBlock, Point, Row, Table } from './model.js';
import { orphanBlocks } from './orphans.js';
import { lineStartsOf, lineText, pointAt } from './position.js';
import { looksLikeRow } from './syntax.js';
import { visibleText } from './visible-text.js';
import { walk } from './walk.js';

/** What remark's whole tree of a document says, in the model's terms. */
export function remarkModel(text: string, root: Root, columnNames: ColumnNames): ScannedDocument {
  const lineStarts = lineStartsOf(text);
  const point = (offset: number) => pointAt(lineStarts, offset);
  const tables: Table[] = [];
  const directives: Directive[] = [];
  // Definitions first: a table's reference links name definitions written anywhere, mostly below it.
  const definitions = new Map<string, string>();
  walk(root, (node) => {
    if (node.type === 'definition' && !definitions.has(node.identifier.toLowerCase())) definitions.set(node.identifier.toLowerCase(), node.url);
    return node.type !== 'table' && node.type !== 'code' && node.type !== 'html';
  });
  /** Source ranges that can never hold a row: tables, code, HTML. */
  const shielded: Array<[number, number]> = [];
  const headings: Array<{ depth: number; text: string }> = [];

  walk(root, (node) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    switch (node.type) {
      case 'heading': {
        while (headings.length > 0 && (headings.at(-1)?.depth ?? 0) >= node.depth) headings.pop();
        headings.push({ depth: node.depth, text: visibleText(node) });
        return true;
      }
      case 'html':
        shielded.push([start, end]);
        directives.push(...directivesIn(node.value, node.position?.start.line ?? 1));
        return false;
      case 'code':
      case 'inlineCode':
        shielded.push([start, end]);
        return false;
      case 'table':
        shielded.push([start, end]);
        tables.push(buildTable(node, text, lineStarts, point, headings.map((h) => h.text), columnNames, definitions));
        return true;
      default:
        return true;
    }
  });

  directives.sort((a, b) => a.line - b.line);
  const orphans = findOrphans(text, lineStarts, shielded, tables);
  return { lineStarts, tables, orphans, directives, definitions };
}

/** Every link and link definition of a document, for `links.scope: "all"`. */
export function documentLinksOf(root: Root): DocumentLink[] {
  const links: DocumentLink[] = [];
  walk(root, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      links.push({ url: node.url, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });
    }
  });
  return links;
}

function buildTable(
  node: MdTable,
  text: string,
  lineStarts: number[],
  point: (offset: number) => Point,
  section: string[],
  columnNames: ColumnNames,
  definitions: ReadonlyMap<string, string>,
): Table {
  const toRow = (row: TableRow): Row => {
    const line = row.position?.start.line ?? 1;
    return {
      line,
      raw: lineText(text, lineStarts, line),
      lineOffset: lineStarts[line - 1] ?? 0,
      // The cell's own range runs from its opening pipe to the next one (the last cell includes the
      // closing pipe). Inline nodes are no guide: the GFM autolink step leaves some without positions.
      cells: row.children.map((cell) => {
        const [start, end] = cellContentRange(text, cell);
        return cellOf(cell, text.slice(start, end), start, end, point, definitions);
      }),
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
