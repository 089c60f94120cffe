import type { Nodes, TableCell } from 'mdast';
import type { Cell, InlineSpan, Link, Point } from './model.js';
import { visibleText } from './visible-text.js';
import { walk } from './walk.js';

const spanKinds: Partial<Record<Nodes['type'], InlineSpan['kind']>> = {
  link: 'link',
  linkReference: 'linkReference',
  image: 'image',
  imageReference: 'image',
  inlineCode: 'code',
  html: 'html',
};

/**
 * The neutral cell of a table cell's inline tree, as either parser built it. `source` is the cell's
 * trimmed source, at `start`..`end` of the list's text; `pointOf` turns offsets into points. Inline
 * nodes without a position (the GFM autolink step leaves some) count as standing at the cell.
 * `definitions` (label → destination) gives reference links (`[Title][r1]`, `[Title][]`, `[Title]`)
 * their target: GitHub shows them as links, so they are the cell's links as inline ones are.
 */
export function cellOf(node: TableCell, source: string, start: number, end: number, pointOf: (offset: number) => Point, definitions: ReadonlyMap<string, string>): Cell {
  const links: Link[] = [];
  const inline: InlineSpan[] = [];
  const targetOf = (n: Nodes) => (n.type === 'link' ? n.url : n.type === 'linkReference' ? definitions.get(n.identifier) : undefined);
  // One string where the texts are equal (a title cell is mostly its link; a venue cell its source):
  // a large list keeps hundreds of thousands of them.
  const visible = visibleText(node);
  const text = visible === source ? source : visible;
  walk(node, (n) => {
    const url = targetOf(n);
    if (url === undefined) return;
    const linkText = visibleText(n);
    links.push({ url, text: linkText === text ? text : linkText, start: pointOf(n.position?.start.offset ?? start), end: pointOf(n.position?.end.offset ?? end) });
  });
  walk(node, (n) => {
    const kind = spanKinds[n.type];
    if (!kind) return true;
    const url = targetOf(n);
    inline.push({ kind, start: n.position?.start.offset ?? 0, end: n.position?.end.offset ?? 0, ...(url !== undefined && { url }) });
    return false;
  });
  return { text, raw: source, start: pointOf(start), end: pointOf(end), links: exactly(links), inline: exactly(inline) };
}

/**
 * The array at its length: one grown by `push` keeps room for 16 more items, and a 20 MB list holds
 * hundreds of thousands of these (a third of its model's memory was such room).
 */
export const exactly = <T>(items: T[]): T[] => (items.length === 0 ? [] : items.slice());
