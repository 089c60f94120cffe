import { linkKey } from '../identity/paper-id.js';
import { linksInScope } from '../parse/links-in-scope.js';
import type { ListModel } from '../parse/model.js';
import { pointAt } from '../parse/position.js';
import type { LinkOccurrence, LinkTarget } from './types.js';

export type LinkScope = 'tables' | 'all';

/** The http(s) links to check, one target per link key with every place it is written. */
export function collectLinks(models: ListModel[], scope: LinkScope): LinkTarget[] {
  const targets = new Map<string, LinkTarget>();
  for (const model of models) {
    for (const place of linksInScope(model, scope)) {
      const key = linkKey(place.url);
      if (key === undefined) continue;
      const { line, column } = pointAt(model.lineStarts, place.start);
      const occurrence: LinkOccurrence = { path: model.path, line, column };
      const target = targets.get(key);
      if (target) target.occurrences.push(occurrence);
      else targets.set(key, { url: place.url, occurrences: [occurrence] });
    }
  }
  return [...targets.values()];
}
