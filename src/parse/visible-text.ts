import type { Nodes } from 'mdast';

/** Visible text of a node: images (badges) and raw HTML (`<br>`, comments) count as a space. */
export function visibleText(node: Nodes): string {
  return collapse(collectText(node));
}

function collectText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
    case 'image':
    case 'imageReference':
    case 'break':
      return ' ';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(collectText).join('') : '';
  }
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
