import type { ListModel, OrphanBlock, Row, Table } from '../parse/model.js';
import { pointAt } from '../parse/position.js';
import { habitShare, showsNothing, type TableConventions } from '../parse/conventions.js';
import { lookAlikePipeNames, lookAlikePipes } from '../parse/syntax.js';
import { docsUrl, type Finding, findingAt, quote, type Rule, withFix } from './types.js';

const id = 'row-format';

/** A look-alike used as a delimiter: at the start or end of the row, or standing between spaces. */
const lookAlikeDelimiter = new RegExp(`(?:^\\s*([${lookAlikePipes}])|\\s([${lookAlikePipes}])(?=\\s|$))`, 'gu');

export const rowFormat: Rule = {
  id,
  meta: {
    description: 'Table rows keep the shape of their header: pipes, cell count, real `|` delimiters.',
    docs: docsUrl(id),
    fixable: true,
    kind: 'rendering',
    needs: [],
  },
  defaultSeverity: 'error',
  defaultOptions: {},
  optionSpecs: {},
  check(model) {
    const findings: Finding[] = [];
    model.tables.forEach((table, index) => {
      const conventions = model.conventions.tables[index] as TableConventions;
      const secondHalves = new Set(conventions.splitRows.values());
      for (const row of [table.header, ...table.rows]) {
        const secondLine = conventions.splitRows.get(row.line);
        if (secondLine !== undefined) findings.push(splitRowFinding(row, secondLine, table.rows.find((r) => r.line === secondLine) as Row));
        else if (!secondHalves.has(row.line)) findings.push(...checkRow(model, table, row, conventions));
      }
    });
    for (const block of model.orphans) findings.push(orphanFinding(block));
    return findings;
  },
};

function checkRow(model: ListModel, table: Table, row: Row, conventions: TableConventions): Finding[] {
  const findings: Finding[] = [];
  const at = (offset: number) => pointAt(model.lineStarts, offset);
  // Blanks as GFM counts them (spaces and tabs), not every Unicode space.
  const rowStart = row.lineOffset + row.raw.search(/[^ \t]|$/);
  const rowEnd = row.lineOffset + row.raw.replace(/[ \t]+$/, '').length;

  const lookAlikes = [...row.raw.matchAll(lookAlikeDelimiter)];
  for (const match of lookAlikes) {
    const char = (match[1] ?? match[2]) as string;
    const offset = row.lineOffset + (match.index ?? 0) + match[0].indexOf(char);
    findings.push(
      withFix(
        findingAt(id, 'error', at(offset), at(offset + char.length),
          `'${char}' (${lookAlikePipeNames[char] ?? 'a look-alike'}) is used as a cell delimiter, but only '|' separates cells: replace it with '|'.`),
        { offset, length: char.length, text: '|' },
      ),
    );
  }

  if (row !== table.header) {
    // A missing outer pipe renders the same on GitHub: a style warning where the table's rows mostly
    // have it, nothing where they mostly do without. A bracket where the pipe belongs is a typo that
    // breaks the row's last link or text: an error, and no pipe is added next to it.
    const trimmed = trimBlanks(row.raw);
    if (!trimmed.startsWith('|') && lookAlikes.length === 0) {
      // `[2023]|CVPR|…`: a bracketed first cell where the row's `|` belongs; `[Title](url) | …` is a title.
      if (/^[[\]]/.test(trimmed) && (unbalanced(trimmed) || (conventions.leadingPipe >= habitShare && /^\[[^\]]*\][ \t]*\|/.test(trimmed)))) {
        findings.push(findingAt(id, 'error', at(rowStart), at(rowStart + 1), `Row starts with '${trimmed[0]}' where its '|' belongs, and the brackets do not pair up: replace it with '|'.`));
      } else if (conventions.leadingPipe >= habitShare) {
        // The repair indents the row like its header, so a stray space before the text goes too.
        const headerIndent = /^[ \t]*/.exec(table.header.raw)?.[0] ?? '';
        findings.push(
          withFix(
            findingAt(id, 'warning', at(row.lineOffset), at(rowStart + 1), "Row has no leading '|' while the table's other rows have one: add '| ' at the start of the line."),
            { offset: row.lineOffset, length: rowStart - row.lineOffset, text: `${headerIndent}| ` },
          ),
        );
      }
    }
    if (!trimmed.endsWith('|') && !endsWithLookAlike(trimmed)) {
      if (trimmed.endsWith(']') && unbalanced(trimmed)) {
        findings.push(findingAt(id, 'error', at(rowEnd - 1), at(rowEnd), "Row ends with ']' where its '|' belongs, and the brackets do not pair up: replace it with '|'."));
      } else if (conventions.trailingPipe >= habitShare) {
        findings.push(
          withFix(
            findingAt(id, 'warning', at(rowEnd), at(rowEnd), "Row has no trailing '|' while the table's other rows have one: add ' |' at the end of the line."),
            { offset: rowEnd, length: 0, text: ' |' },
          ),
        );
      }
    }
  }

  const torn = tornLinks(model, row);
  findings.push(...torn);
  // A look-alike pipe or a torn link is what changed the cell count: say that, not the count.
  if (row === table.header || lookAlikes.length > 0 || torn.length > 0) return findings;

  const expected = table.header.cells.length;
  const actual = row.cells.length;
  if (actual > expected && twoRowsOnOneLine(table, row)) {
    findings.push(findingAt(id, 'error', at(rowStart), at(rowEnd),
      `This line holds two rows (${actual} cells under a header of ${expected}): GitHub shows only the first; put the second paper on a line of its own.`));
  } else if (actual > expected) {
    const lost = row.cells.slice(expected);
    const first = lost[0];
    const last = lost.at(-1);
    if (first && last) {
      if (lost.every(showsNothing)) {
        // Nothing visible is lost: style where the table's rows mostly do without, nothing where
        // they mostly carry such a cell (a hidden marker some lists end every row with).
        if (conventions.hiddenExtraCells < habitShare && !lost.some((cell) => cell.raw.trim() !== '')) {
          findings.push(findingAt(id, 'warning', first.start, last.end, `Row has ${actual} cells but the header has ${expected}: GitHub drops the extra empty cell, so nothing is lost; remove the extra '|' to match the other rows.`));
        }
      } else {
        const lostText = lost.map((cell) => cell.raw).filter(Boolean).join(' | ');
        findings.push(
          findingAt(id, 'error', first.start, last.end,
            `Row has ${actual} cells but the header has ${expected}: GitHub drops ${quote(lostText)}. Merge it into a column, or remove the extra '|'.`),
        );
      }
    }
  } else if (actual < expected) {
    const missingRoles = table.columns.slice(actual);
    const missing = table.header.cells.slice(actual).map((cell) => quote(cell.text || '(unnamed)'));
    // A header of thousands of cells must not make a message of thousands of names.
    const names = missing.length > 5 ? [...missing.slice(0, 5), `${missing.length - 5} more`] : missing;
    const vital = missingRoles.some((role) => role === 'title' || role === 'venue');
    findings.push(
      findingAt(id, vital ? 'error' : 'warning', at(rowStart), at(rowEnd),
        `Row has ${actual} ${actual === 1 ? 'cell' : 'cells'} but the header has ${expected}: the ${names.join(', ')} ${missing.length === 1 ? 'cell is' : 'cells are'} missing. Add ${missing.length === 1 ? 'it' : 'them'} at the end of the row, each after a '|'.`),
    );
  }
  return findings;
}

/**
 * Two papers pasted on one line: at least twice the header's cells, and the title column of the
 * second half holds a linked title as the first does.
 */
function twoRowsOnOneLine(table: Table, row: Row): boolean {
  const expected = table.header.cells.length;
  if (table.titleColumn < 0 || row.cells.length < expected * 2) return false;
  const titled = (cell: Row['cells'][number] | undefined) => cell !== undefined && cell.text !== '' && cell.links.length > 0;
  return titled(row.cells[table.titleColumn]) && titled(row.cells[table.titleColumn + expected]);
}

/** More closing than opening brackets, or the other way round. */
function unbalanced(text: string): boolean {
  return (text.match(/\[/g)?.length ?? 0) !== (text.match(/\]/g)?.length ?? 0);
}

function splitRowFinding(first: Row, secondLine: number, second: Row): Finding {
  const end = { line: secondLine, column: second.raw.replace(/[ \t]+$/, '').length + 1 };
  return findingAt(id, 'error', { line: first.line, column: 1 }, end,
    `This row is split over lines ${first.line} and ${secondLine}, so GitHub shows two broken rows: join the two lines into one.`);
}

function endsWithLookAlike(text: string): boolean {
  return lookAlikePipes.includes(text.at(-1) ?? '');
}

/** `[Title | more](url)`: each `|` ends a cell, so the link text is split over two or more cells. */
function tornLinks(model: ListModel, row: Row): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < row.cells.length; i += 1) {
    const cell = row.cells[i];
    if (!cell) continue;
    const open = cell.raw.lastIndexOf('[');
    if (open === -1 || cell.raw.indexOf(']', open) !== -1) continue;
    // The link closes in a later cell that has a `](` before any `[` of its own.
    let close = i + 1;
    while (close < row.cells.length && /^[^[\]]*$/.test(row.cells[close]?.raw ?? '')) close += 1;
    const last = row.cells[close];
    if (!last || !/^[^[]*\]\(/.test(last.raw)) continue;
    const start = pointAt(model.lineStarts, cell.start.offset + open);
    const pipes = close - i;
    findings.push(
      findingAt(id, 'error', start, last.end,
        `${pipes === 1 ? "A '|'" : `${inWords(pipes)} '|'`} inside the link text ${pipes === 1 ? 'splits' : 'split'} the link over ${inWords(pipes + 1)} cells: remove the '|' from the link text or write it as '\\|'.`),
    );
    i = close;
  }
  return findings;
}

const trimBlanks = (text: string) => text.replace(/^[ \t]+|[ \t]+$/g, '');

const inWords = (n: number) => ['zero', 'one', 'two', 'three', 'four', 'five', 'six'][n] ?? String(n);

function orphanFinding(block: OrphanBlock): Finding {
  const start = { line: block.startLine, column: block.column };
  const lastLine = block.lines.at(-1) ?? '';
  const end = { line: block.endLine, column: lastLine.replace(/[ \t]+$/, '').length + 1 };
  const count = block.endLine - block.startLine + 1;
  const one = count === 1;
  const rows = one ? 'This line looks like a table row' : `These ${count} lines look like table rows`;
  if (block.cutFromTableEndingAt !== undefined) {
    const blankFrom = block.cutFromTableEndingAt + 1;
    const blankTo = block.startLine - 1;
    const blanks = blankFrom === blankTo ? `line ${blankFrom}` : `lines ${blankFrom}–${blankTo}`;
    return findingAt(id, 'error', start, end,
      `${rows} but a blank line cuts ${one ? 'it' : 'them'} off from the table above, so GitHub shows plain text: delete the blank ${blanks}.`);
  }
  const hasDelimiter = block.lines.some((line) => /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line));
  const advice = hasDelimiter
    ? "the delimiter row does not have one '---' per header cell: give the header and the delimiter row the same number of cells"
    : `${one ? 'it has' : 'they have'} no header and delimiter row ('| Title | Venue |' then '|---|---|') above ${one ? 'it' : 'them'}: add them, or join ${one ? 'it' : 'them'} to the table ${one ? 'it belongs' : 'they belong'} to`;
  return findingAt(id, 'error', start, end, `${rows} but ${one ? 'belongs' : 'belong'} to no table, so GitHub shows plain text: ${advice}.`);
}
