import type { PaperFacts, PaperRecord, TitleSearchFacts } from '../facts.js';
import type { ListModel } from '../parse/model.js';
import type { PaperCache } from './cache.js';
import { gatherPaperFacts, type PaperKeyOptions, politeClientFor } from './gather.js';
import type { MetadataOptions } from './options.js';
import { gatherRelatedRecords } from './related.js';
import { gatherTitleSearches } from './title-search.js';

/**
 * A run's whole metadata gathering on one polite client: the linked papers (arXiv, Crossref,
 * doi.org, OpenReview), title searches (DBLP) at the same time, and, once the papers are known,
 * their related records (Crossref for arXiv's journal DOIs, Semantic Scholar with a key). `papers`
 * resolves as soon as the papers are known (the link checker's arXiv verifier waits for it); `more`
 * when everything is, and the client is closed.
 */
export interface MetadataRun {
  papers: Promise<PaperFacts>;
  more: Promise<{ titleSearches: TitleSearchFacts; relatedRecords: ReadonlyMap<string, PaperRecord[]> }>;
}

export function gatherMetadata(models: readonly ListModel[], options: MetadataOptions, cache?: PaperCache, scope: Pick<PaperKeyOptions, 'select'> = {}): MetadataRun {
  const polite = politeClientFor(options);
  const papers = gatherPaperFacts(models, options, cache, scope, polite);
  const titleSearches = gatherTitleSearches(models, options, cache, scope, polite);
  const relatedRecords = papers.then((facts) => gatherRelatedRecords(models, facts, options, cache, scope, polite));
  const more = (async () => {
    try {
      const [searches, related] = await Promise.all([titleSearches, relatedRecords]);
      return { titleSearches: searches, relatedRecords: related };
    } finally {
      await Promise.allSettled([papers, titleSearches, relatedRecords]);
      await polite.close();
    }
  })();
  // Gatherers never throw; should one (a bug), the caller sees it through `papers` or `more`, and
  // the other promise is not left as an unhandled rejection.
  more.catch(() => undefined);
  return { papers, more };
}
