import type { Root } from 'mdast';

/** remark with remark-gfm: markdown to an mdast tree with positions. */
export type MarkdownParser = (markdown: string) => Root;

/** Loaded on first need (parse/build.ts) and kept: loading is an import, done once per process. */
let loaded: MarkdownParser | undefined;

/** The parser if it has been loaded, else undefined. */
export function loadedMarkdownParser(): MarkdownParser | undefined {
  return loaded;
}

export async function loadMarkdownParser(): Promise<MarkdownParser> {
  loaded ??= (await import('./remark.js')).parseMarkdown;
  return loaded;
}
