import type { Config } from '../config/config.js';
import type { ListModel } from '../parse/model.js';
import type { LinkCache } from './cache.js';
import { checkLinks } from './check.js';
import { collectLinks } from './collect.js';
import { type LinkFlags, linkCheckOptions } from './options.js';
import type { LinkOccurrence, LinkResult } from './types.js';

export interface LinkRunOptions {
  flags: LinkFlags;
  cache?: LinkCache;
  onProgress?: (checked: number, total: number, dead: number) => void;
  /** Only links written at least once where this says yes are requested (a PR's changed lines). */
  select?: (occurrence: LinkOccurrence) => boolean;
}

/** The one way both edges check links: collect from the parsed lists, pick, check each URL once. */
export async function checkModelLinks(models: ListModel[], config: Config, run: LinkRunOptions): Promise<LinkResult[]> {
  const collected = collectLinks(models, config.links.scope);
  const targets = run.select ? collected.filter((target) => target.occurrences.some(run.select as (o: LinkOccurrence) => boolean)) : collected;
  return checkLinks(targets, {
    ...linkCheckOptions(config.links, run.flags),
    ...(run.cache && { cache: run.cache }),
    ...(run.onProgress && { onProgress: run.onProgress }),
  });
}
