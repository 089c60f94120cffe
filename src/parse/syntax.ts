/**
 * Markdown syntax that both parsers and the rules recognise, written once: pipes and their
 * look-alikes, and the lines that start a block.
 */

/** Characters that look like `|` but do not separate cells, with their names for messages. */
export const lookAlikePipeNames: Readonly<Record<string, string>> = {
  '｜': 'fullwidth vertical line U+FF5C',
  '│': 'box-drawing line U+2502',
  '┃': 'heavy box-drawing line U+2503',
  '∣': 'divides sign U+2223',
  'ǀ': 'dental click U+01C0',
  '￨': 'halfwidth forms light vertical U+FFE8',
  '⏐': 'vertical line extension U+23D0',
  '❘': 'light vertical bar U+2758',
  '丨': 'CJK stroke U+4E28',
};
export const lookAlikePipes = Object.keys(lookAlikePipeNames).join('');

const rowStart = new RegExp(`^[ \\t]*[|${lookAlikePipes}]`);
const pipeChars = new RegExp(`[|${lookAlikePipes}]`, 'g');

/** Lines that look like table rows: they start with a pipe (or a look-alike) and hold another. */
export function looksLikeRow(line: string): boolean {
  if (!rowStart.test(line)) return false;
  return (line.match(pipeChars)?.length ?? 0) >= 2;
}

/** Lines that start a block, as CommonMark reads them (up to three spaces of indentation). */
export const blockStart = {
  atxHeading: /^ {0,3}(#{1,6})(?:[ \t]|$)/,
  /** The fence and, after it, the info string. */
  fence: /^ {0,3}(`{3,}|~{3,})(.*)$/,
  blockQuote: /^ {0,3}>/,
  thematicBreak: /^ {0,3}([-*_])(?: *\1){2,} *$/,
  bullet: /^ {0,3}[-+*](?:[ \t]|$)/,
  ordered: /^ {0,3}\d{1,9}[.)](?:[ \t]|$)/,
  setextUnderline: /^ {0,3}(=+|-+)\s*$/,
} as const;
