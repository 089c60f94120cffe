import type { OrphanBlock } from './model.js';

/**
 * Groups the lines that look like rows but belong to no table (ascending line numbers) into blocks of
 * consecutive lines, and notes when only blank lines part a block from the table ending above it.
 * Both parsers (remark and the fast line scan) find the lines; this one function groups them.
 */
export function orphanBlocks(numbers: number[], line: (n: number) => string, tableEndLines: Set<number>): OrphanBlock[] {
  const blocks: OrphanBlock[] = [];
  for (const n of numbers) {
    const raw = line(n);
    const previous = blocks.at(-1);
    if (previous && previous.endLine === n - 1) {
      previous.endLine = n;
      previous.lines.push(raw);
      continue;
    }
    const block: OrphanBlock = { startLine: n, endLine: n, column: raw.search(/[^ \t]/) + 1, lines: [raw] };
    let above = n - 1;
    while (above >= 1 && /^[ \t]*$/.test(line(above))) above -= 1;
    if (above < n - 1 && tableEndLines.has(above)) block.cutFromTableEndingAt = above;
    blocks.push(block);
  }
  return blocks;
}
