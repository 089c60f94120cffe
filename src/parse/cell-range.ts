import type { TableCell } from 'mdast';

const isBlank = (code: number) => code === 32 || code === 9;

/**
 * A cell's content: its range between pipes (micromark's cell runs from its opening pipe to the next
 * one; the last also holds the closing pipe and any blanks after it), without pipes and blanks.
 */
export function cellContentRange(text: string, node: TableCell): [number, number] {
  let start = node.position?.start.offset ?? 0;
  let end = node.position?.end.offset ?? start;
  if (text[start] === '|') start += 1;
  let beforeBlanks = end;
  while (beforeBlanks > start && isBlank(text.charCodeAt(beforeBlanks - 1))) beforeBlanks -= 1;
  if (beforeBlanks > start && text[beforeBlanks - 1] === '|' && text[beforeBlanks - 2] !== '\\') end = beforeBlanks - 1;
  while (start < end && isBlank(text.charCodeAt(start))) start += 1;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end -= 1;
  return [start, end];
}
