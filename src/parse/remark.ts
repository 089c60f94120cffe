import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm);

/** The whole mdast tree of a markdown document, as remark with remark-gfm reads it. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
