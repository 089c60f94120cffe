import type { ListModel } from './model.js';

/** Where a link is written: its target and its source range (offsets into the list's text). */
export interface LinkPlace {
  url: string;
  start: number;
  end: number;
}

/**
 * The links a list is about, in document order. `tables`: the title and link columns of paper tables;
 * `all`: every link and link definition in the file (the model must be built with `documentLinks`).
 */
export function linksInScope(model: ListModel, scope: 'tables' | 'all'): LinkPlace[] {
  if (scope === 'all') return model.documentLinks ?? [];
  return model.papers.flatMap((entry) => entry.links.map((link) => ({ url: link.url, start: link.start.offset, end: link.end.offset })));
}
