import type { Point } from './model.js';

/**
 * Offsets at which each line starts; line N (1-based) starts at `starts[N - 1]`. Lines end at LF,
 * CRLF or a lone CR, as in CommonMark (and so in remark's positions).
 */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  // A native search per line ending rather than a loop over every character: faster, and it keeps
  // V8's optimising compiler (and the memory it takes) out of small files.
  lineEnding.lastIndex = 0;
  while (lineEnding.exec(text) !== null) starts.push(lineEnding.lastIndex);
  return starts;
}

const lineEnding = /\r\n?|\n/g;

export function pointAt(lineStarts: number[], offset: number): Point {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] as number) + 1, offset };
}

/** The text of line `line` (1-based) without its line ending. */
export function lineText(text: string, lineStarts: number[], line: number): string {
  const start = lineStarts[line - 1] ?? text.length;
  let end = lineStarts[line] ?? text.length;
  // Drop the line ending: LF, CRLF or CR.
  if (end > start && text.charCodeAt(end - 1) === 10) end -= 1;
  if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
  return text.slice(start, end);
}
