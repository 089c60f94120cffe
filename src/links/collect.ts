import type { Nodes } from 'mdast';
import type { ListModel } from '../parse/model.js';
import { pointAt } from '../parse/position.js';
import type { LinkOccurrence, LinkTarget } from './types.js';

export type LinkScope = 'tables' | 'all';

/** Where a link stands, with its end and offsets, so a finding can underline (and --fix edit) it. */
export interface LinkSpan extends LinkOccurrence {
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
}

export interface CollectedTarget extends LinkTarget {
  occurrences: LinkSpan[];
}

/**
 * The http(s) links to check, one target per normalized URL with every place it is written.
 * `tables`: the title and link columns of paper tables (what the list is about); `all`: every link
 * and link definition in the file.
 */
export function collectLinks(models: ListModel[], scope: LinkScope): CollectedTarget[] {
  const targets = new Map<string, CollectedTarget>();
  const add = (model: ListModel, url: string, startOffset: number, endOffset: number) => {
    const key = dedupeKey(url);
    if (key === undefined) return;
    const start = pointAt(model.lineStarts, startOffset);
    const end = pointAt(model.lineStarts, endOffset);
    const occurrence: LinkSpan = {
      path: model.path,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset: startOffset,
      endOffset,
    };
    const target = targets.get(key);
    if (target) target.occurrences.push(occurrence);
    else targets.set(key, { url, occurrences: [occurrence] });
  };

  for (const model of models) {
    if (scope === 'tables') {
      for (const table of model.tables) {
        if (table.titleColumn < 0) continue;
        const columns = [table.titleColumn, ...table.linkColumns];
        for (const row of table.rows) {
          for (const column of columns) {
            for (const link of row.cells[column]?.links ?? []) add(model, link.url, link.start.offset, link.end.offset);
          }
        }
      }
    } else {
      const walk = (node: Nodes) => {
        if (node.type === 'link' || node.type === 'definition') {
          add(model, node.url, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
        }
        if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
      };
      walk(model.root);
    }
  }
  return [...targets.values()];
}

/** http(s) URLs compared without the fragment and with the host's case folded; others are not checked. */
export function dedupeKey(url: string): string | undefined {
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return undefined;
  }
}
