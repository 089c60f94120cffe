import type { PaperFacts, PaperRecord } from '../facts.js';
import type { PoliteClient } from '../http/polite.js';
import type { ListModel } from '../parse/model.js';
import { freshRelated, learnRelated, type PaperCache, type RelatedCacheEntry, relatedCacheContext } from './cache.js';
import type { SourceContext } from './client.js';
import { askDois } from './crossref-client.js';
import { type PaperKeyOptions, paperKeysOf, politeClientFor } from './gather.js';
import type { MetadataOptions } from './options.js';
import { askSemanticScholar, semanticScholarIdOf } from './semantic-scholar-client.js';

/**
 * Other records of the papers a list links, keyed by the linked paper's key:
 * - Crossref's record of the DOI an arXiv entry names (`<arxiv:doi>`, a journal's or proceedings'
 *   DOI; arXiv's own `10.48550/…` DOIs are not asked), through the Crossref client (doi.org for DOIs
 *   Crossref does not hold). A DOI the list links itself is not asked again: its record is reused.
 * - Semantic Scholar's record of each arXiv paper and DOI, only with an API key.
 * Each list holds the Crossref record first, then Semantic Scholar's; a paper no source holds a
 * record of is left out. Answers are cached (90 days when a conference or journal record is among
 * them, 7 days otherwise, a source that holds nothing included); failures never are.
 */
export async function gatherRelatedRecords(
  models: readonly ListModel[],
  papers: PaperFacts,
  options: MetadataOptions,
  cache?: PaperCache,
  scope: Pick<PaperKeyOptions, 'select'> = {},
  shared?: PoliteClient,
): Promise<ReadonlyMap<string, PaperRecord[]>> {
  const now = () => (options.now ?? Date.now)();
  const select = scope.select ? { select: scope.select } : {};
  const found: Record<RelatedCacheEntry['source'], Map<string, PaperRecord[]>> = { crossref: new Map(), semanticScholar: new Map() };
  const contexts = { crossref: relatedCacheContext(options, 'crossref'), semanticScholar: relatedCacheContext(options, 'semanticScholar') };
  const remember = (source: RelatedCacheEntry['source'], paperKey: string, asked: string, records: PaperRecord[]) => {
    found[source].set(paperKey, records);
    if (cache) learnRelated(cache, paperKey, { status: 'answered', source, asked, records, checkedAt: now(), context: contexts[source] });
  };
  const cached = (source: RelatedCacheEntry['source'], paperKey: string, asked: string) => {
    const entry = cache && freshRelated(cache, source, paperKey, asked, now(), contexts[source]);
    if (entry) found[source].set(paperKey, entry.records);
    return entry !== undefined;
  };

  // Crossref: the journal DOIs arXiv entries name.
  const arxivKeys = paperKeysOf(models, { kinds: ['arxiv'], ...select });
  const doiAsked = new Map<string, string[]>();
  for (const paperKey of arxivKeys) {
    const doi = papers.get(paperKey)?.record?.ids.doi;
    if (doi === undefined || doi.startsWith('10.48550/')) continue;
    const linked = papers.get(`doi:${doi}`);
    if (linked?.status === 'found' && linked.record) found.crossref.set(paperKey, [linked.record]);
    else if (linked !== undefined) continue; // the list links it, and it was just asked: nothing more to learn
    else if (!cached('crossref', paperKey, doi)) doiAsked.set(doi, [...(doiAsked.get(doi) ?? []), paperKey]);
  }

  // Semantic Scholar: every arXiv paper and DOI, only with a key.
  const wantsSemanticScholar = options.semanticScholarKey !== undefined && options.semanticScholarKey !== '';
  const semanticScholarAsked = wantsSemanticScholar
    ? paperKeysOf(models, { kinds: ['arxiv', 'doi'], ...select }).filter((paperKey) => !cached('semanticScholar', paperKey, semanticScholarIdOf(paperKey) as string))
    : [];

  if (doiAsked.size + semanticScholarAsked.length > 0) {
    const polite = shared ?? politeClientFor(options);
    const context: SourceContext = { polite, options };
    try {
      await Promise.all([
        doiAsked.size > 0
          ? askDois([...doiAsked.keys()], context, (key, fact) => {
              const doi = key.slice('doi:'.length);
              if (fact.status === 'unverified') return;
              const records = fact.status === 'found' && fact.record ? [fact.record] : [];
              for (const paperKey of doiAsked.get(doi) ?? []) remember('crossref', paperKey, doi, records);
            })
          : undefined,
        semanticScholarAsked.length > 0
          ? askSemanticScholar(semanticScholarAsked, context, (paperKey, outcome) => {
              if (outcome.status === 'answered') remember('semanticScholar', paperKey, semanticScholarIdOf(paperKey) as string, outcome.record ? [outcome.record] : []);
            })
          : undefined,
      ]);
    } finally {
      if (!shared) await polite.close();
    }
  }

  const related = new Map<string, PaperRecord[]>();
  for (const paperKey of paperKeysOf(models, { kinds: ['arxiv', 'doi', 'openreview'], ...select })) {
    const records = [...(found.crossref.get(paperKey) ?? []), ...(found.semanticScholar.get(paperKey) ?? [])];
    if (records.length > 0) related.set(paperKey, records);
  }
  return related;
}
