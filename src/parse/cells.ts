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
 */
export function cellOf(node: TableCell, source: string, start: number, end: number, pointOf: (offset: number) => Point): Cell {
  const links: Link[] = [];
  const inline: InlineSpan[] = [];
  walk(node, (n) => {
    if (n.type === 'link') {
      links.push({ url: n.url, text: visibleText(n), start: pointOf(n.position?.start.offset ?? start), end: pointOf(n.position?.end.offset ?? end) });
    }
  });
  walk(node, (n) => {
    const kind = spanKinds[n.type];
    if (!kind) return true;
    inline.push({ kind, start: n.position?.start.offset ?? 0, end: n.position?.end.offset ?? 0, ...(n.type === 'link' && { url: n.url }) });
    return false;
  });
  return { text: visibleText(node), raw: source, start: pointOf(start), end: pointOf(end), links, inline };
}
