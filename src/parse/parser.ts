import type { Root } from 'mdast';

/** remark with remark-gfm: markdown to an mdast tree with positions. */
export type MarkdownParser = (markdown: string) => Root;

/**
 * remark and remark-gfm cost about 3.5 MiB of memory and 10 ms just to load, and most lists never
 * need them: the line scan (fast-model.ts) reads them on its own. So they are loaded on demand. The
 * core stays synchronous and asks for the parser with `markdownParser()`; the edges, which are async
 * anyway, load it with `loadMarkdownParser()` — up front when they know they need it, or through
 * `withMarkdownParser` when only the document can tell.
 */
let loaded: MarkdownParser | undefined;

/** Thrown by `markdownParser()` before the parser is loaded; `withMarkdownParser` catches it. */
export class MarkdownParserNotLoaded extends Error {
  constructor() {
    super('the markdown parser is not loaded: await loadMarkdownParser() or use withMarkdownParser() first');
    this.name = 'MarkdownParserNotLoaded';
  }
}

export function markdownParser(): MarkdownParser {
  if (!loaded) throw new MarkdownParserNotLoaded();
  return loaded;
}

export async function loadMarkdownParser(): Promise<MarkdownParser> {
  loaded ??= (await import('./remark.js')).parseMarkdown;
  return loaded;
}

/**
 * Runs `work`; when it turns out to need remark before remark is loaded, loads it and runs `work`
 * again. `work` must be free of side effects (parsing, linting, fixing text), so a second run is safe.
 */
export async function withMarkdownParser<T>(work: () => T): Promise<T> {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof MarkdownParserNotLoaded)) throw error;
    await loadMarkdownParser();
    return work();
  }
}
