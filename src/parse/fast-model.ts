import type { PhrasingContent, TableCell } from 'mdast';
import { cellContentRange } from './cell-range.js';
import { cellOf, exactly } from './cells.js';
import { assignColumns, type ColumnNames } from './columns.js';
import { directivesIn } from './comments.js';
import { decodeDestination, normalizeLabel, parseInline, tooDeep } from './fast-inline.js';
import type { Cell, Directive, OrphanBlock, Point, Row, Table } from './model.js';
import { orphanBlocks } from './orphans.js';
import type { MarkdownParser } from './parser.js';
import { lineStartsOf, lineText, pointAt } from './position.js';
import { blockStart, looksLikeRow } from './syntax.js';
import { visibleText } from './visible-text.js';
import { walk } from './walk.js';

/** What the line scan reads of a document: everything the model needs but the paper entries. */
export interface ScannedDocument {
  lineStarts: number[];
  tables: Table[];
  orphans: OrphanBlock[];
  directives: Directive[];
  definitions: Map<string, string>;
}

/** The scan's answer when it met markdown only remark can read and no parser was given. */
export const needsParser = Symbol('needs the markdown parser');

/**
 * What the scan tells a debugging tool (bench/lint/coverage.mjs): where it left the whole document
 * to remark and why, and for each table whether it read it itself or handed it to remark, and why.
 */
export interface ScanTrace {
  document?(line: number, reason: string): void;
  /** `fallback`: read by the scan, some rows by the bounded fallback for what remark cannot read in bounded time. */
  table?(start: number, end: number, reader: 'scan' | 'remark' | 'fallback', reason?: string): void;
}

/**
 * The table model without parsing the whole document with remark, which costs about 3 s per MB:
 * one pass over the lines finds headings, tables, HTML and code blocks and definitions the way
 * CommonMark and GFM do at the top level, and cells are read by `parseInline`. Whatever that
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
  trace?: ScanTrace,
): ScannedDocument | undefined | typeof needsParser {
  /** The whole document goes to remark. */
  const giveUp = (n: number, reason: string): undefined => {
    trace?.document?.(n, reason);
    return undefined;
  };
  /** Why the last row or heading the scan could not read exactly needs more. */
  let whyNot = '';
  const why = (reason: string) => {
    whyNot = reason;
  };

  const lineStarts = lineStartsOf(text);
  const point = (offset: number) => pointAt(lineStarts, offset);
  const lineCount = lineStarts.length;
  const line = (n: number) => lineText(text, lineStarts, n);

  const headings: Array<{ line: number; depth: number; source: string; setext: boolean }> = [];
  const tableBlocks: Array<{ start: number; end: number }> = [];
  const directives: Directive[] = [];
  const definitionLines: number[] = [];
  const orphanLines: number[] = [];
  /** label → destination; the first definition of a label is the one that counts. */
  const definitions = new Map<string, string>();

  type State =
    | { kind: 'top' }
    /** `definitions`: the paragraph so far holds only link reference definitions. */
    /** `inlineMarkup`: a backtick or `<` so far, which may hide a line's pipe in code or HTML. */
    | { kind: 'paragraph'; start: number; definitions?: boolean; inlineMarkup?: boolean }
    | { kind: 'fence'; marker: string }
    | { kind: 'html'; start: number; end: RegExp | 'blank' }
    | { kind: 'indented' }
    /** `inParagraph`: the last line surely holds paragraph text inside the list or quote. */
    | { kind: 'container'; afterBlank: boolean; inParagraph: boolean }
    | { kind: 'table'; start: number };
  let state: State = { kind: 'top' };

  const endHtml = (start: number, end: number) => {
    const value = Array.from({ length: end - start + 1 }, (_, i) => line(start + i)).join('\n');
    directives.push(...directivesIn(value, start));
  };

  for (let n = 1; n <= lineCount; n += 1) {
    const raw = line(n);
    if (/^ *\t/.test(raw)) return giveUp(n, 'a tab in the indentation');
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
        // micromark lets a list item interrupt indented code only as it may a paragraph: an
        // ordered item numbered 1, an item with content.
        if ((blockStart.ordered.test(raw) && !/^ {0,3}1[.)]/.test(raw)) || /^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]*$/.test(raw)) {
          return giveUp(n, 'a list item right after indented code');
        }
        state = { kind: 'top' };
        break;
      }
      case 'container': {
        if (blank) {
          state.afterBlank = true;
          continue;
        }
        // A thematic break less indented than any item's content, right after paragraph text in the
        // list or quote, ends it: a setext underline cannot continue a paragraph lazily.
        if (indent < 2 && blockStart.thematicBreak.test(raw) && !state.afterBlank && state.inParagraph) {
          state = { kind: 'top' };
          continue;
        }
        // So does a fence or an HTML block that may interrupt a paragraph, less indented than any
        // item's content: neither can continue a paragraph lazily. It starts at the top level.
        if (indent < 2 && (isFence(raw) || htmlBlockEnd(raw, false) !== undefined)) {
          state = { kind: 'top' };
          break;
        }
        // After a blank line, a line less indented than any item's content ends the list or quote.
        if (!(state.afterBlank && indent < 2 && !containerStart(raw))) {
          if (unsureInContainer(raw)) return giveUp(n, 'a pipe, heading, comment or definition inside a list or quote');
          // An item or quote with content opens a paragraph in it (an ordered item not numbered 1 only
          // where it cannot be a lazy line of a paragraph outside: after paragraph text inside);
          // other text continues the paragraph it follows, if any; an empty item or quote opens none.
          const opens = containerWithContent.test(raw) && !blockStart.thematicBreak.test(raw);
          const sure = opens && (state.afterBlank || !blockStart.ordered.test(raw) || /^ {0,3}1[.)]/.test(raw));
          state.inParagraph = sure || (!state.afterBlank && state.inParagraph && (opens || !containerStart(raw)));
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
        if (unsureAfterTable(raw)) return giveUp(n, 'an ordered item, HTML or definition right after a table');
        continue;
      }
      case 'paragraph': {
        if (blank) {
          state = { kind: 'top' };
          continue;
        }
        if (state.definitions) {
          const another = definitionOn(raw);
          if (another === null) return giveUp(n, 'a definition with a title or a footnote');
          if (another !== undefined) {
            if (!definitions.has(another.label)) definitions.set(another.label, another.url);
            definitionLines.push(n);
            state.start = n + 1;
            continue;
          }
          state.definitions = false;
          if (blockStart.setextUnderline.test(raw)) return giveUp(n, 'a setext underline after definitions');
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
        if (table === 'unsure') return giveUp(n, 'a table header with escapes or without pipes');
        if (table) {
          state = { kind: 'table', start: n };
          n += 1;
          continue;
        }
        if (raw.includes('<!--')) return giveUp(n, 'an HTML comment inside a paragraph');
        if (looksLikeRow(raw)) {
          if (state.inlineMarkup) return giveUp(n, 'a row-like line after code or HTML in a paragraph');
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
    if (fence && isFence(raw)) {
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
      if (unsureInContainer(raw)) return giveUp(n, 'a pipe, heading, comment or definition inside a list or quote');
      state = { kind: 'container', afterBlank: false, inParagraph: containerWithContent.test(raw) && !blockStart.thematicBreak.test(raw) };
      continue;
    }
    const definition = definitionOn(raw);
    if (definition === null) return giveUp(n, 'a definition with a title or a footnote');
    if (definition !== undefined) {
      if (!definitions.has(definition.label)) definitions.set(definition.label, definition.url);
      definitionLines.push(n);
      // Definitions are read out of a paragraph: the lines that follow continue it.
      state = { kind: 'paragraph', start: n + 1, definitions: true };
      continue;
    }
    const table = tableStartsAt(n, raw);
    if (table === 'unsure') return giveUp(n, 'a table header with escapes or without pipes');
    if (table) {
      state = { kind: 'table', start: n };
      n += 1;
      continue;
    }
    if (raw.includes('<!--')) return giveUp(n, 'an HTML comment inside a paragraph');
    // A line that looks like a row but starts a paragraph is an orphan row (row-format reports it).
    if (looksLikeRow(raw)) orphanLines.push(n);
    state = { kind: 'paragraph', start: n, inlineMarkup: /[`<]/.test(raw) };
  }
  if (state.kind === 'table') tableBlocks.push({ start: state.start, end: lineCount });
  if (state.kind === 'html') endHtml(state.start, lineCount);
  // A line after the last line of the file counts as blank; nothing else to close.

  const definitionSource = definitionLines.map((n) => line(n)).join('\n');
  // Without definitions no label names one: the inline parser then never normalizes labels.
  const isDefined = definitions.size > 0 ? (label: string) => definitions.has(label) : undefined;
  const headingTexts: Array<{ line: number; depth: number; text: string }> = [];
  for (const heading of headings) {
    const headingTextValue = headingText(heading.source, heading.setext);
    if (headingTextValue === undefined) return giveUp(heading.line, 'a heading remark does not read as one');
    if (headingTextValue === needsParser) return headingTextValue;
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
    // ATX: the text between the opening and any closing sequence; setext: the paragraph's lines
    // (their indentation is whitespace to the inline parser, as to remark, which strips it).
    const marker = setext ? '' : (/^#{1,6}(?:[ \t]+|$)/.exec(source)?.[0] ?? '');
    const content = setext ? source.replace(/^[ \t]+|[ \t]+$/g, '') : source.slice(marker.length).replace(/[ \t]+$/, '').replace(/(?:^|[ \t]+)#+$/, '');
    const at = () => ({ line: 1, column: 1, offset: 0 });
    const nodes = parseInline(content, 0, at, { isDefined, why });
    if (nodes) return visibleText({ type: 'paragraph', children: nodes });
    if (!remarkMayRead(content, whyNot)) return visibleText({ type: 'paragraph', children: parseInline(content, 0, at, { isDefined, lenient: true }) ?? [] });
    if (!parseBlock) return needsParser;
    const markdown = setext ? `${source}\n===` : source;
    const tree = parseBlock(definitionSource ? `${markdown}\n\n${definitionSource}\n` : markdown);
    const heading = tree.children[0];
    if (!heading || heading.type !== 'heading') return undefined;
    return visibleText(heading);
  }

  /**
   * A table: every row the line scan reads exactly; the rows it cannot (markup `parseInline` leaves
   * to remark) remark reads, a few hundred at a time, each under the table's header (rows are read
   * independently in GFM); rows remark cannot read in bounded time (`remarkMayRead`) are read
   * leniently (`parseInline`'s plain-text fallback).
   */
  function readTable(start: number, end: number, section: string[]): Table | undefined | typeof needsParser {
    const rowLines = lines(start, end);
    const rows: Array<Row | undefined> = [];
    const forRemark: number[] = [];
    let reason = '';
    let fallback = '';
    for (const [i, raw] of rowLines.entries()) {
      if (i === 1) continue; // the delimiter row
      const n = start + i;
      const row = readRow(n, raw, false);
      if (row) {
        rows.push(row);
        continue;
      }
      if (remarkMayRead(raw, whyNot)) {
        reason ||= `line ${n}: ${whyNot}`;
        forRemark.push(n);
        rows.push(undefined);
      } else {
        fallback ||= `line ${n}: ${whyNot}`;
        rows.push(readRow(n, raw, true) as Row);
      }
    }
    if (forRemark.length > 0) {
      const read = readRowsWithRemark(start, forRemark);
      if (read === undefined || read === needsParser) return read;
      for (const [k, row] of rows.entries()) if (!row) rows[k] = read.get(k === 0 ? start : start + k + 1);
      trace?.table?.(start, end, 'remark', reason);
    } else {
      trace?.table?.(start, end, fallback ? 'fallback' : 'scan', fallback || undefined);
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

  /**
   * A row read by the line scan: its cells between unescaped pipes, each read by `parseInline`;
   * undefined (and `whyNot` says why) when a cell needs remark. `lenient`: never undefined.
   */
  function readRow(n: number, raw: string, lenient: boolean): Row | undefined {
    // `\\|` ends a cell in GFM, but the cell ranges of remark's model keep its pipe (cell-range.ts).
    if (!lenient && raw.includes('\\\\')) {
      whyNot = 'an escaped backslash in the row';
      return undefined;
    }
    const lineOffset = lineStarts[n - 1] as number;
    let from = raw.length - raw.replace(/^[ \t]+/, '').length;
    let to = raw.replace(/[ \t]+$/, '').length;
    if (raw[from] === '|') from += 1;
    if (to > from && raw[to - 1] === '|' && !escapedAt(raw, to - 1)) to -= 1;
    // A row of a pipe alone (` |`, `||`) holds one empty cell, as GFM reads it.
    // Every position in the row is on line n: no search through the line starts for each one.
    const pointInRow = (offset: number): Point => ({ line: n, column: offset - lineOffset + 1, offset });
    const cells: Cell[] = [];
    const found: Directive[] = [];
    let cellStart = from;
    let search = from;
    while (cellStart <= to) {
      let pipe = raw.indexOf('|', search);
      while (pipe !== -1 && pipe < to && escapedAt(raw, pipe)) pipe = raw.indexOf('|', pipe + 1);
      const i = pipe === -1 || pipe > to ? to : pipe;
      let s = cellStart;
      let e = i;
      while (s < e && (raw[s] === ' ' || raw[s] === '\t')) s += 1;
      while (e > s && (raw[e - 1] === ' ' || raw[e - 1] === '\t')) e -= 1;
      const cell = readCell(raw.slice(s, e), lineOffset + s, lineOffset + e, pointInRow, n, found, lenient);
      if (!cell) return undefined;
      cells.push(cell);
      cellStart = i + 1;
      search = cellStart;
    }
    directives.push(...found);
    return { line: n, raw, lineOffset, cells: exactly(cells) };
  }

  function readCell(source: string, start: number, end: number, pointInRow: (offset: number) => Point, n: number, found: Directive[], lenient: boolean): Cell | undefined {
    let children: PhrasingContent[] | undefined;
    if (source.length > plainTextCellLength) {
      // No list has such a cell; read it as text rather than hold a million inline items.
      if (!lenient) {
        whyNot = `a cell longer than ${plainTextCellLength.toLocaleString('en')} characters`;
        return undefined;
      }
      children = [{ type: 'text', value: source, position: { start: pointInRow(start), end: pointInRow(end) } }];
    } else children = source === '' ? [] : parseInline(source, start, pointInRow, { isDefined, inTable: true, why, lenient });
    if (!children) return undefined;
    const node: TableCell = { type: 'tableCell', children, position: { start: pointInRow(start), end: pointInRow(end) } };
    // Inline comments in the cell (`<!-- lint-list-disable-line … -->`).
    for (const child of children) if (child.type === 'html' && child.value.includes('lint-list-')) found.push(...directivesIn(child.value, n));
    return cellOf(node, source, start, end, pointInRow, definitions);
  }

  /**
   * The rows on the lines `numbers` (in order) read by remark, each under the table's header
   * (line `start`): by line number, or undefined when remark does not read them as such rows.
   */
  function readRowsWithRemark(start: number, numbers: number[]): Map<number, Row> | undefined | typeof needsParser {
    if (!parseBlock) return needsParser;
    const read = new Map<number, Row>();
    const body = numbers.filter((n) => n !== start);
    for (let k = 0; k === 0 || k < body.length; k += rowsPerRemarkCall) {
      const batch = [start, start + 1, ...body.slice(k, k + rowsPerRemarkCall)];
      // The synthetic table: one line per row, each mapped back to its own line.
      const parts: string[] = [];
      const syntheticStarts: number[] = [];
      let length = 0;
      for (const n of batch) {
        syntheticStarts.push(length);
        const raw = line(n);
        parts.push(raw);
        length += raw.length + 1;
      }
      const source = parts.join('\n');
      const tree = parseBlock(definitionSource ? `${source}\n\n${definitionSource}\n` : source);
      const node = tree.children[0];
      if (!node || node.type !== 'table' || node.position?.end.line !== batch.length || node.children.length !== batch.length - 1) {
        return giveUp(start, 'remark does not read the rows under their header as the same table');
      }
      const moved = (at: { line: number; column: number; offset?: number | undefined }) => {
        const n = batch[at.line - 1] as number;
        return { line: n, column: at.column, offset: (lineStarts[n - 1] as number) + (at.offset ?? 0) - (syntheticStarts[at.line - 1] as number) };
      };
      walk(node, (child) => {
        if (child.position) child.position = { start: moved(child.position.start), end: moved(child.position.end) };
      });
      for (const rowNode of node.children) {
        const n = rowNode.position?.start.line ?? start;
        if (read.has(n) || (n === start && !numbers.includes(start))) continue;
        const cells = rowNode.children.map((cellNode) => {
          const [s, e] = cellContentRange(text, cellNode);
          return cellOf(cellNode, text.slice(s, e), s, e, point, definitions);
        });
        walk(rowNode, (child) => {
          if (child.type === 'html') directives.push(...directivesIn(child.value, child.position?.start.line ?? n));
        });
        read.set(n, { line: n, raw: line(n), lineOffset: lineStarts[n - 1] as number, cells });
      }
    }
    return read;
  }
}

/**
 * The label a link reference definition on this line defines, and its destination decoded; undefined
 * when the line is none; null when it may be one in a form this scan leaves to remark (a title, a
 * footnote, a line break, a character reference it does not know).
 */
function definitionOn(raw: string): { label: string; url: string } | undefined | null {
  if (!/^ {0,3}\[/.test(raw)) return undefined;
  const start = /^ {0,3}\[((?:[^[\]\\]|\\.)+)\]:/.exec(raw);
  if (!start) return undefined;
  if ((start[1] as string).startsWith('^')) return null; // a footnote definition
  // A destination, and perhaps a title on the same line ("…", '…' or (…), without escapes).
  const destination = /^[ \t]*([^\s<()]+)(?:[ \t]+(?:"[^"\\]*"|'[^'\\]*'|\([^()\\]*\)))?[ \t]*$/.exec(raw.slice(start[0].length));
  const url = destination && decodeDestination(destination[1] as string);
  return typeof url === 'string' ? { label: normalizeLabel(start[1] as string), url } : null;
}

/** Whether an HTML block ends on the line it starts: its end marker after the opening one. */
function endsOnItsFirstLine(line: string, end: RegExp): boolean {
  // `<!-->` and `<!--->` are complete (empty) comments too.
  if (line.startsWith('<!--')) return /^-?>/.test(line.slice(4)) || line.includes('-->', 4);
  return end.test(line.slice(2));
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



/** Cells longer than this are read as plain text (see `readCell`). */
const plainTextCellLength = 262_144;
/** Rows handed to remark a call at a time: its memory grows with what it reads at once. */
const rowsPerRemarkCall = 256;
/** What remark reads of a row or heading at most: longer ones, or ones with more markup, it may take minutes on. */
const remarkLengthLimit = 8192;
const remarkMarkupLimit = 256;
const markupCharacters = /[*_~[\]<>`\\&!()]/g;

/**
 * Whether remark may read a row or heading the scan cannot: remark's time on one cell grows with the
 * square of its markup (`*a_` × 60,000 in 180 KB takes minutes), so the text must be short and hold
 * little markup; what it may not read is read by `parseInline`'s bounded fallback.
 */
function remarkMayRead(source: string, reason: string): boolean {
  if (reason === tooDeep || source.length > remarkLengthLimit) return false;
  return (source.match(markupCharacters)?.length ?? 0) <= remarkMarkupLimit;
}

/** Whether the character at `at` is escaped: an odd number of backslashes stand before it. */
function escapedAt(raw: string, at: number): boolean {
  let i = at;
  while (i > 0 && raw.charCodeAt(i - 1) === 92) i -= 1;
  return (at - i) % 2 === 1;
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
/** Whether a line opens a fenced code block (a backtick fence's info string holds no backtick). */
function isFence(raw: string): boolean {
  const fence = blockStart.fence.exec(raw);
  return fence !== null && !(fence[1]?.startsWith('`') && fence[2]?.includes('`'));
}

/** A list item or quote line with content after its markers. */
const containerWithContent = /^ {0,3}(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*[^ \t>]/;
/** Container markers and indentation at the start of a line: quotes, bullets, ordered items. */
const containerPrefix = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const delimiterLike = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/**
 * Inside a list item or quote, what could change the model: a line that looks like a row (an orphan
 * to remark), a table's delimiter row (a table inside the container), a fence or HTML block, a
 * heading, a comment, a definition. Pipes elsewhere in the text (`- [2021](#2021) | [2020](#2020)`)
 * change nothing.
 */
function unsureInContainer(raw: string): boolean {
  const content = raw.replace(containerPrefix, '');
  return (
    raw.includes('<!--') ||
    looksLikeRow(raw) ||
    delimiterLike.test(content) ||
    // A fence or HTML block may end the list or quote and run on (this scan does not follow them there).
    /^(?:`{3,}|~{3,}|<)/.test(content) ||
    /^[ \t>\-+*\d.)]*#{1,6}(?:\s|$)/.test(raw) ||
    /^\s*(?:=+|-+)\s*$/.test(raw) ||
    /^[ \t>\-+*\d.)]*\[[^\]]+\]:/.test(raw)
  );
}

/** Lines that end a table, as micromark's GFM table sees them. */
function interruptsTable(raw: string): boolean {
  return (
    blockStart.atxHeading.test(raw) ||
    isFence(raw) ||
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
    isFence(raw) ||
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

