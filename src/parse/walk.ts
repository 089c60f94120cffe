import type { Nodes } from 'mdast';

/**
 * Visits a remark tree depth-first, parents before children, in source order. `visit` returns
 * `false` to skip a node's children.
 */
export function walk(node: Nodes, visit: (node: Nodes) => boolean | void): void {
  if (visit(node) === false) return;
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit);
}
