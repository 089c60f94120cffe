import type { Nodes, TableCell } from 'mdast';
import { cellContentRange } from './cell-range.js';
import { cellOf } from './cells.js';
import { assignColumns, type ColumnNames } from './columns.js';
import { directivesIn } from './comments.js';
import { normalizeLabel, parseSimpleInline } from './fast-inline.js';
import type { Cell, Directive, OrphanBlock, Point, Row, Table } from './model.js';
import { orphanBlocks } from './orphans.js';
import type { MarkdownParser } from './parser.js';
import { lineStartsOf, lineText, pointAt } from './position.js';
import { blockStart, looksLikeRow, lookAlikePipes } from './syntax.js';
import { visibleText } from './visible-text.js';
import { walk } from './walk.js';

/** What the line scan reads of a document: everything the model needs but the paper entries. */
export interface ScannedDocument {
  lineStarts: number[];
  tables: Table[];
  orphans: OrphanBlock[];
  directives: Directive[];
  definitions: Set<string>;
}

/** The scan's answer when it met markdown only remark can read and no parser was given. */
export const needsParser = Symbol('needs the markdown parser');

/**
 * The table model without parsing the whole document with remark, which costs about 3 s per MB:
 * one pass over the lines finds headings, tables, HTML and code blocks and definitions the way
 * CommonMark and GFM do at the top level, and cells are read by `parseSimpleInline`. Whatever that
 * pass is not sure of — a pipe inside a list or quote, a line that looks like a row outside any table,
 * an HTML comment inside a paragraph, a tab in the indentation — makes it answer `undefined`, and
 * the caller parses the document with remark. A table whose cells hold inline markdown beyond the
 * simple kind is parsed on its own by remark (`parseBlock`), with the document's definitions; when
 * no parser is given, the scan answers `needsParser` instead, and the caller loads one.
 * The test suite checks that both ways give the same model.
 */
export function fastModel(
  text: string,
  columnNames: ColumnNames,
  parseBlock: MarkdownParser | undefined,
): ScannedDocument | undefined | typeof needsParser {
  const lineStarts = lineStartsOf(text);
  const point = (offset: number) => pointAt(lineStarts, offset);
  const lineCount = lineStarts.length;
  const line = (n: number) => lineText(text, lineStarts, n);

  const headings: Array<{ line: number; depth: number; source: string; setext: boolean }> = [];
  const tableBlocks: Array<{ start: number; end: number }> = [];
  const directives: Directive[] = [];
  const definitionLines: number[] = [];
  const orphanLines: number[] = [];
  const definitions = new Set<string>();

  type State =
    | { kind: 'top' }
    /** `definitions`: the paragraph so far holds only link reference definitions. */
    /** `inlineMarkup`: a backtick or `<` so far, which may hide a line's pipe in code or HTML. */
    | { kind: 'paragraph'; start: number; definitions?: boolean; inlineMarkup?: boolean }
    | { kind: 'fence'; marker: string }
    | { kind: 'html'; start: number; end: RegExp | 'blank' }
    | { kind: 'indented' }
    | { kind: 'container'; afterBlank: boolean }
    | { kind: 'table'; start: number };
  let state: State = { kind: 'top' };

  const endHtml = (start: number, end: number) => {
    const value = Array.from({ length: end - start + 1 }, (_, i) => line(start + i)).join('\n');
    directives.push(...directivesIn(value, start));
  };

  for (let n = 1; n <= lineCount; n += 1) {
    const raw = line(n);
    if (/^ *\t/.test(raw)) return undefined;
    // Blank and indentation as CommonMark counts them: spaces and tabs only, not other Unicode space.
    const blank = /^[ \t]*$/.test(raw);
    const indent = raw.length - raw.replace(/^ +/, '').length;

    switch (state.kind) {
      case 'fence': {
        const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(raw);
        if (closing?.[1]?.[0] === state.marker[0] && (closing?.[1]?.length ?? 0) >= state.marker.length) state = { kind: 'top' };
        continue;
      }
      case 'html': {
        if (state.end === 'blank') {
          if (blank) {
            endHtml(state.start, n - 1);
            state = { kind: 'top' };
          }
          continue;
        }
        if (state.end.test(raw)) {
          endHtml(state.start, n);
          state = { kind: 'top' };
        }
        continue;
      }
      case 'indented': {
        if (blank || indent >= 4) continue;
        state = { kind: 'top' };
        break;
      }
      case 'container': {
        if (blank) {
          state.afterBlank = true;
          continue;
        }
        // After a blank line, a line less indented than any item's content ends the list or quote.
        if (!(state.afterBlank && indent < 2 && !containerStart(raw))) {
          if (unsureInContainer(raw)) return undefined;
          state.afterBlank = false;
          continue;
        }
        state = { kind: 'top' };
        break;
      }
      case 'table': {
        if (blank) {
          tableBlocks.push({ start: state.start, end: n - 1 });
          state = { kind: 'top' };
          continue;
        }
        if (indent >= 4 || interruptsTable(raw)) {
          tableBlocks.push({ start: state.start, end: n - 1 });
          state = { kind: 'top' };
          break;
        }
        if (unsureAfterTable(raw)) return undefined;
        continue;
      }
      case 'paragraph': {
        if (blank) {
          state = { kind: 'top' };
          continue;
        }
        if (state.definitions) {
          const another = definitionOn(raw);
          if (another === null) return undefined;
          if (another !== undefined) {
            definitions.add(another);
            definitionLines.push(n);
            continue;
          }
          state.definitions = false;
          if (blockStart.setextUnderline.test(raw)) return undefined;
        }
        const underline = blockStart.setextUnderline.exec(raw);
        if (underline) {
          // A setext heading: the paragraph's lines are its text.
          headings.push({ line: state.start, depth: underline[1]?.startsWith('=') ? 1 : 2, source: lines(state.start, n - 1).join('\n'), setext: true });
          state = { kind: 'top' };
          continue;
        }
        if (interruptsParagraph(raw)) {
          state = { kind: 'top' };
          break;
        }
        // A table may interrupt a paragraph.
        const table = tableStartsAt(n, raw);
        if (table === 'unsure') return undefined;
        if (table) {
          state = { kind: 'table', start: n };
          n += 1;
          continue;
        }
        if (raw.includes('<!--')) return undefined;
        if (looksLikeRow(raw)) {
          if (state.inlineMarkup) return undefined;
          orphanLines.push(n);
        }
        if (/[`<]/.test(raw)) state.inlineMarkup = true;
        continue;
      }
      default:
        break;
    }

    // At the start of a block.
    if (blank) continue;
    if (indent >= 4) {
      state = { kind: 'indented' };
      continue;
    }
    const fence = blockStart.fence.exec(raw);
    if (fence && !(fence[1]?.startsWith('`') && fence[2]?.includes('`'))) {
      state = { kind: 'fence', marker: fence[1] as string };
      continue;
    }
    const atx = blockStart.atxHeading.exec(raw);
    if (atx) {
      headings.push({ line: n, depth: atx[1]?.length ?? 1, source: raw.trimStart(), setext: false });
      continue;
    }
    const html = htmlBlockEnd(raw, true);
    if (html) {
      if (html !== 'blank' && endsOnItsFirstLine(raw.trimStart(), html)) {
        // Starts and ends on the same line.
        endHtml(n, n);
        continue;
      }
      state = { kind: 'html', start: n, end: html };
      continue;
    }
    if (blockStart.thematicBreak.test(raw)) continue;
    if (containerStart(raw)) {
      if (unsureInContainer(raw)) return undefined;
      state = { kind: 'container', afterBlank: false };
      continue;
    }
    const definition = definitionOn(raw);
    if (definition === null) return undefined;
    if (definition !== undefined) {
      definitions.add(definition);
      definitionLines.push(n);
      // Definitions are read out of a paragraph: the lines that follow continue it.
      state = { kind: 'paragraph', start: n + 1, definitions: true };
      continue;
    }
    const table = tableStartsAt(n, raw);
    if (table === 'unsure') return undefined;
    if (table) {
      state = { kind: 'table', start: n };
      n += 1;
      continue;
    }
    if (raw.includes('<!--')) return undefined;
    // A line that looks like a row but starts a paragraph is an orphan row (row-format reports it).
    if (looksLikeRow(raw)) orphanLines.push(n);
    state = { kind: 'paragraph', start: n, inlineMarkup: /[`<]/.test(raw) };
  }
  if (state.kind === 'table') tableBlocks.push({ start: state.start, end: lineCount });
  if (state.kind === 'html') endHtml(state.start, lineCount);
  // A line after the last line of the file counts as blank; nothing else to close.

  const definitionSource = definitionLines.map((n) => line(n)).join('\n');
  const isDefined = (label: string) => definitions.has(label);
  const headingTexts: Array<{ line: number; depth: number; text: string }> = [];
  for (const heading of headings) {
    const headingTextValue = headingText(heading.source, heading.setext);
    if (headingTextValue === undefined || headingTextValue === needsParser) return headingTextValue;
    headingTexts.push({ line: heading.line, depth: heading.depth, text: headingTextValue });
  }
  const tables: Table[] = [];
  for (const block of tableBlocks) {
    const section = sectionAt(headingTexts, block.start);
    const table = readTable(block.start, block.end, section);
    if (table === undefined || table === needsParser) return table;
    tables.push(table);
  }
  directives.sort((a, b) => a.line - b.line);
  return {
    lineStarts,
    tables,
    orphans: orphanBlocks(orphanLines, line, new Set(tableBlocks.map((block) => block.end))),
    directives,
    definitions,
  };

  /** Whether line n (`raw`) is a table's header: the next line is a delimiter row that fits it. */
  function tableStartsAt(n: number, raw: string): boolean | 'unsure' {
    const next = n < lineCount ? line(n + 1) : '';
    return isDelimiterRow(next) && tableHeaderFits(raw, next);
  }

  function lines(from: number, to: number): string[] {
    return Array.from({ length: to - from + 1 }, (_, i) => line(from + i));
  }

  /** Visible heading text: the simple parser for one line of ATX heading content, remark otherwise. */
  function headingText(source: string, setext: boolean): string | undefined | typeof needsParser {
    if (!setext) {
      const marker = /^#{1,6}(?:[ \t]+|$)/.exec(source)?.[0] ?? '';
      const content = source.slice(marker.length).replace(/[ \t]+$/, '').replace(/(?:^|[ \t]+)#+$/, '');
      const nodes = parseSimpleInline(content, 0, () => ({ line: 1, column: 1, offset: 0 }), isDefined);
      if (nodes) return visibleText({ type: 'paragraph', children: nodes });
    }
    if (!parseBlock) return needsParser;
    const markdown = setext ? `${source}\n===` : source;
    const tree = parseBlock(definitionSource ? `${markdown}\n\n${definitionSource}\n` : markdown);
    const heading = tree.children[0];
    if (!heading || heading.type !== 'heading') return undefined;
    return visibleText(heading);
  }

  function readTable(start: number, end: number, section: string[]): Table | undefined | typeof needsParser {
    const rowLines = lines(start, end);
    const rows: Row[] = [];
    for (const [i, raw] of rowLines.entries()) {
      if (i === 1) continue; // the delimiter row
      const n = start + i;
      const row = readRow(n, raw);
      if (!row) return parseTableWithRemark(start, end, section);
      rows.push(row);
    }
    const [header, ...body] = rows as [Row, ...Row[]];
    return {
      section,
      header,
      delimiterLine: start + 1,
      ...assignColumns(header.cells.map((cell) => cell.text), columnNames),
      rows: body,
      start: point((lineStarts[start - 1] as number) + (rowLines[0]?.length ?? 0) - (rowLines[0]?.replace(/^[ \t]+/, '').length ?? 0)),
      end: point((lineStarts[end - 1] as number) + line(end).replace(/[ \t]+$/, '').length),
    };
  }

  function readRow(n: number, raw: string): Row | undefined {
    if (raw.includes('\\')) return undefined;
    const lineOffset = lineStarts[n - 1] as number;
    let from = raw.length - raw.replace(/^[ \t]+/, '').length;
    let to = raw.replace(/[ \t]+$/, '').length;
    if (raw[from] === '|') from += 1;
    if (to > from && raw[to - 1] === '|') to -= 1;
    if (to <= from) return undefined;
    // Every position in the row is on line n: no search through the line starts for each one.
    const pointInRow = (offset: number): Point => ({ line: n, column: offset - lineOffset + 1, offset });
    const cells: Cell[] = [];
    let cellStart = from;
    while (cellStart <= to) {
      const pipe = raw.indexOf('|', cellStart);
      const i = pipe === -1 || pipe > to ? to : pipe;
      let s = cellStart;
      let e = i;
      while (s < e && (raw[s] === ' ' || raw[s] === '\t')) s += 1;
      while (e > s && (raw[e - 1] === ' ' || raw[e - 1] === '\t')) e -= 1;
      const cell = readCell(raw.slice(s, e), lineOffset + s, lineOffset + e, pointInRow);
      if (!cell) return undefined;
      cells.push(cell);
      cellStart = i + 1;
    }
    return { line: n, raw, lineOffset, cells };
  }

  function readCell(source: string, start: number, end: number, pointInRow: (offset: number) => Point): Cell | undefined {
    const children = source === '' ? [] : parseSimpleInline(source, start, pointInRow, isDefined);
    if (!children) return undefined;
    const node: TableCell = { type: 'tableCell', children, position: { start: pointInRow(start), end: pointInRow(end) } };
    return cellOf(node, source, start, end, pointInRow);
  }

  /** A table whose cells need more than the simple parser: remark reads the table on its own. */
  function parseTableWithRemark(start: number, end: number, section: string[]): Table | undefined | typeof needsParser {
    if (!parseBlock) return needsParser;
    const base = lineStarts[start - 1] as number;
    const source = text.slice(base, (lineStarts[end - 1] as number) + line(end).length);
    const tree = parseBlock(definitionSource ? `${source}\n\n${definitionSource}\n` : source);
    const node = tree.children[0];
    if (!node || node.type !== 'table' || node.position?.end.line !== end - start + 1) return undefined;
    shift(node, base, start - 1);
    const rows = node.children.map((rowNode): Row => {
      const n = rowNode.position?.start.line ?? start;
      const cells = rowNode.children.map((cellNode) => {
        const [s, e] = cellContentRange(text, cellNode);
        return cellOf(cellNode, text.slice(s, e), s, e, point);
      });
      return { line: n, raw: line(n), lineOffset: lineStarts[n - 1] as number, cells };
    });
    walk(node, (n) => {
      if (n.type === 'html') directives.push(...directivesIn(n.value, n.position?.start.line ?? start));
    });
    const [header, ...body] = rows as [Row, ...Row[]];
    return {
      section,
      header,
      delimiterLine: start + 1,
      ...assignColumns(header.cells.map((cell) => cell.text), columnNames),
      rows: body,
      start: point(node.position?.start.offset ?? base),
      end: point(node.position?.end.offset ?? base),
    };
  }
}

/**
 * The label a link reference definition on this line defines; undefined when the line is none;
 * null when it may be one in a form this scan leaves to remark (a title, a footnote, a line break).
 */
function definitionOn(raw: string): string | undefined | null {
  if (!/^ {0,3}\[/.test(raw)) return undefined;
  const start = /^ {0,3}\[((?:[^[\]\\]|\\.)+)\]:/.exec(raw);
  if (!start) return undefined;
  if ((start[1] as string).startsWith('^')) return null; // a footnote definition
  const destination = /^[ \t]*([^\s<()]+)[ \t]*$/.exec(raw.slice(start[0].length));
  return destination ? normalizeLabel(start[1] as string) : null;
}

/** Whether an HTML block ends on the line it starts: its end marker after the opening one. */
function endsOnItsFirstLine(line: string, end: RegExp): boolean {
  // `<!-->` and `<!--->` are complete (empty) comments too.
  if (line.startsWith('<!--')) return /^-?>/.test(line.slice(4)) || line.includes('-->', 4);
  return end.test(line.slice(2));
}

/** Moves a subtree parsed from a slice to where the slice stands in the document. */
function shift(tree: Nodes, offset: number, lines: number): void {
  walk(tree, (node) => {
    if (!node.position) return;
    node.position.start = { line: node.position.start.line + lines, column: node.position.start.column, offset: (node.position.start.offset ?? 0) + offset };
    node.position.end = { line: node.position.end.line + lines, column: node.position.end.column, offset: (node.position.end.offset ?? 0) + offset };
  });
}

function sectionAt(headings: Array<{ line: number; depth: number; text: string }>, line: number): string[] {
  const stack: Array<{ depth: number; text: string }> = [];
  for (const heading of headings) {
    if (heading.line >= line) break;
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= heading.depth) stack.pop();
    stack.push(heading);
  }
  return stack.map((h) => h.text);
}



const delimiterRow = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const isDelimiterRow = (raw: string) => raw.includes('|') && delimiterRow.test(raw);

/**
 * Header and delimiter rows with the same number of cells make a table. 'unsure' where this scan
 * does not model GFM's reading: escapes in the header, or a one-cell header without any pipe.
 */
function tableHeaderFits(header: string, delimiter: string): boolean | 'unsure' {
  if (/^ {4}/.test(header)) return false;
  if (header.includes('\\')) return 'unsure';
  if (!header.includes('|')) return delimiter.replace(/^[ \t|]+|[ \t|]+$/g, '').includes('|') ? false : 'unsure';
  const count = (row: string) => {
    let inner = row.trim();
    if (inner.startsWith('|')) inner = inner.slice(1);
    if (inner.endsWith('|')) inner = inner.slice(0, -1);
    return inner.split('|').length;
  };
  return count(header) === count(delimiter);
}

const containerStart = (raw: string) => blockStart.bullet.test(raw) || blockStart.ordered.test(raw) || blockStart.blockQuote.test(raw);
const pipeOrComment = new RegExp(`[|${lookAlikePipes}]|<!--`);

/** Inside a list item or quote, what could change the model: a pipe, a heading, a comment, a definition. */
function unsureInContainer(raw: string): boolean {
  return pipeOrComment.test(raw) || /^[ \t>\-+*\d.)]*#{1,6}(?:\s|$)/.test(raw) || /^\s*(?:=+|-+)\s*$/.test(raw) || /^[ \t>\-+*\d.)]*\[[^\]]+\]:/.test(raw);
}

/** Lines that end a table, as micromark's GFM table sees them. */
function interruptsTable(raw: string): boolean {
  return (
    blockStart.atxHeading.test(raw) ||
    blockStart.fence.test(raw) ||
    blockStart.blockQuote.test(raw) ||
    blockStart.bullet.test(raw) ||
    blockStart.thematicBreak.test(raw) ||
    htmlBlockEnd(raw, false) !== undefined
  );
}

/** After table rows, lines whose effect on the table is not modelled here. */
function unsureAfterTable(raw: string): boolean {
  return blockStart.ordered.test(raw) || /^ {0,3}</.test(raw) || /^ {0,3}\[[^\]]+\]:/.test(raw);
}

function interruptsParagraph(raw: string): boolean {
  return (
    blockStart.atxHeading.test(raw) ||
    blockStart.fence.test(raw) ||
    blockStart.blockQuote.test(raw) ||
    /^ {0,3}[-+*][ \t]+\S/.test(raw) ||
    /^ {0,3}1[.)][ \t]+\S/.test(raw) ||
    blockStart.thematicBreak.test(raw) ||
    htmlBlockEnd(raw, false) !== undefined
  );
}

const blockTags = new Set(
  'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul'.split(' '),
);

/**
 * Whether a line starts an HTML block (CommonMark's seven kinds), and how the block ends: a pattern
 * for its last line, or 'blank' for a blank line. Kind 7 cannot interrupt a paragraph or a table.
 */
function htmlBlockEnd(raw: string, mayBeKind7: boolean): RegExp | 'blank' | undefined {
  const line = raw.replace(/^ {0,3}/, '');
  if (raw.length - line.length > 3 || !line.startsWith('<')) return undefined;
  if (/^<(?:script|pre|style|textarea)(?:\s|>|$)/i.test(line)) return /<\/(?:script|pre|style|textarea)>/i;
  if (line.startsWith('<!--')) return /-->/;
  if (line.startsWith('<?')) return /\?>/;
  if (/^<![A-Za-z]/.test(line)) return />/;
  if (line.startsWith('<![CDATA[')) return /\]\]>/;
  const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s|\/?>|$)/.exec(line);
  if (tag && blockTags.has((tag[1] as string).toLowerCase())) return 'blank';
  if (mayBeKind7 && /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/.test(line)) return 'blank';
  return undefined;
}

