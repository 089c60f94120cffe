import type { ListModel } from '../parse/model.js';
import { checkLinks } from './check.js';
import { collectLinks, type LinkScope } from './collect.js';
import type { LinkCheckOptions, LinkOccurrence, LinkResult } from './types.js';

/**
 * Checks the links of parsed lists: collects them, picks those written at least once where
 * `select` says yes (a pull request's changed lines), and checks each URL once.
 */
export async function checkModelLinks(
  models: ListModel[],
  scope: LinkScope,
  options: LinkCheckOptions,
  select?: (occurrence: LinkOccurrence) => boolean,
): Promise<LinkResult[]> {
  const collected = collectLinks(models, scope);
  const targets = select ? collected.filter((target) => target.occurrences.some(select)) : collected;
  return checkLinks(targets, options);
}
