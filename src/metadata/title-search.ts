import type { TitleSearchFact, TitleSearchFacts } from '../facts.js';
import type { PoliteClient } from '../http/polite.js';
import type { ListModel } from '../parse/model.js';
import { freshSearch, learnSearch, type PaperCache, searchCacheContext } from './cache.js';
import { dblpHitsPerSearch, searchDblp } from './dblp-client.js';
import { politeClientFor } from './gather.js';
import type { MetadataOptions } from './options.js';
import { type TitleSearchScope, titleSearchesWanted } from './search-rows.js';

/**
 * Title searches for the rows that lack a venue or a link, or name only a preprint
 * (search-rows.ts), one per distinct title, keyed by the row's normalized title. A fresh cached
 * answer is used without a request and costs no budget; what DBLP answers is cached (90 days when a
 * conference or journal record is among the hits, 7 days otherwise); failures never are.
 */
export async function gatherTitleSearches(
  models: readonly ListModel[],
  options: MetadataOptions,
  cache?: PaperCache,
  scope: TitleSearchScope = {},
  shared?: PoliteClient,
): Promise<TitleSearchFacts> {
  const wanted = titleSearchesWanted(models, scope);
  const now = () => (options.now ?? Date.now)();
  const context = searchCacheContext(options, dblpHitsPerSearch);
  const facts = new Map<string, TitleSearchFact>();
  const ask = wanted.filter(({ normalizedTitle }) => {
    const cached = cache && freshSearch(cache, normalizedTitle, now(), context);
    if (cached) facts.set(normalizedTitle, { status: 'answered', source: 'dblp', hits: cached.hits });
    return !cached;
  });
  if (ask.length > 0) {
    const polite = shared ?? politeClientFor(options);
    try {
      await searchDblp(ask, { polite, options }, options.sources.dblp.budget, (normalizedTitle, fact) => {
        facts.set(normalizedTitle, fact);
        if (cache && fact.status === 'answered') learnSearch(cache, normalizedTitle, { status: 'answered', source: 'dblp', hits: fact.hits, checkedAt: now(), context });
      });
    } finally {
      if (!shared) await polite.close();
    }
  }
  const ordered = new Map<string, TitleSearchFact>();
  for (const { normalizedTitle } of wanted) {
    ordered.set(normalizedTitle, facts.get(normalizedTitle) ?? { status: 'unverified', source: 'dblp', hits: [], reason: 'DBLP did not answer for it' });
  }
  return ordered;
}
