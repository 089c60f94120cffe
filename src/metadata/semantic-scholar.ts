import { parseReportedArxivId } from './arxiv-id.js';
import {
  doiOf,
  failure,
  field,
  limits,
  readJson,
  statusFailure,
  stringOf,
  tooLarge,
  urlOf,
  withoutUndefined,
  yearOf,
  type PaperIds,
  type PaperRecord,
  type ParseOptions,
  type PublicationKind,
  type SourceAnswer,
  type SourceFailure,
} from './record.js';

/**
 * Semantic Scholar's batch endpoint, `POST /graph/v1/paper/batch?fields=…` with `{"ids": […]}`: an
 * array in the order of the ids asked, `null` for an id it does not know. Used only with an API key.
 * Shapes: `../shared/fixtures/metadata/semanticscholar/`.
 */

/** The endpoint's own limit on ids per request. */
export const semanticScholarMaxBatch = 500;
export const semanticScholarMaxBodyChars = 8 * 1024 * 1024;
/** What the records need; paperId always comes back. */
export const semanticScholarFields = 'title,venue,year,externalIds,publicationTypes,publicationVenue,journal,url';

export interface SemanticScholarBatch {
  /** As given (`ARXIV:2209.04836`, `DOI:10.…`, `CorpusId:…`, a paperId), without duplicates. */
  ids: string[];
  /** The JSON body: `{"ids": […]}`. */
  body: string;
  /** The query string: `fields=…`. */
  query: string;
}

export interface SemanticScholarPlan {
  batches: SemanticScholarBatch[];
  rejected: { input: string; reason: string }[];
}

export function planSemanticScholarBatches(
  ids: Iterable<string>,
  options: { batchSize?: number; fields?: string } = {},
): SemanticScholarPlan {
  const batchSize = Math.max(1, Math.min(semanticScholarMaxBatch, Math.floor(options.batchSize ?? semanticScholarMaxBatch)));
  const unique = new Set<string>();
  const rejected: SemanticScholarPlan['rejected'] = [];
  for (const input of ids) {
    const id = input.trim();
    if (id === '' || id.length > limits.id || /\s/.test(id)) rejected.push({ input, reason: `'${id.slice(0, 40)}' is not a Semantic Scholar paper id` });
    else unique.add(id);
  }
  const query = new URLSearchParams({ fields: options.fields ?? semanticScholarFields }).toString();
  const all = [...unique];
  const batches: SemanticScholarBatch[] = [];
  for (let start = 0; start < all.length; start += batchSize) {
    const batch = all.slice(start, start + batchSize);
    batches.push({ ids: batch, body: JSON.stringify({ ids: batch }), query });
  }
  return { batches, rejected };
}

export type SemanticScholarResult =
  | {
      outcome: 'answered';
      /** One per id asked, in the same order; `null` where Semantic Scholar knows no such paper. */
      records: (PaperRecord | null)[];
      /** The ids answered with `null`. */
      missing: string[];
    }
  | SourceFailure;

export function parseSemanticScholarBatch(answer: SourceAnswer, asked: readonly string[], options: ParseOptions = {}): SemanticScholarResult {
  try {
    const oversize = tooLarge(answer, 'Semantic Scholar', options.maxBodyChars ?? semanticScholarMaxBodyChars, options);
    if (oversize) return oversize;
    const bad = statusFailure(answer, 'Semantic Scholar', options);
    if (bad) {
      // Errors come as {"error": "…"} (400) or {"message": "…"} (403, 429).
      const json = readJson(answer.body, 'Semantic Scholar');
      const message = json.ok ? (stringOf(field(json.value, 'error'), 200) ?? stringOf(field(json.value, 'message'), 200)) : undefined;
      if (message) bad.reason += `: ${message}`;
      return bad;
    }
    const json = readJson(answer.body, 'Semantic Scholar');
    if (!json.ok) return failure(answer, json.reason, options);
    if (!Array.isArray(json.value)) return failure(answer, "Semantic Scholar's answer is not a list of papers", options);
    // The answer pairs with the ids by position only: any other length cannot be paired.
    if (json.value.length !== asked.length) {
      const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
      return failure(answer, `Semantic Scholar answered ${count(json.value.length, 'paper')} for ${count(asked.length, 'id')}`, options);
    }
    const records: (PaperRecord | null)[] = [];
    const missing: string[] = [];
    for (const [index, paper] of json.value.entries()) {
      if (paper === null) {
        records.push(null);
        missing.push(asked[index] ?? '');
        continue;
      }
      const record = paperRecordOf(paper);
      if (!record) return failure(answer, `Semantic Scholar's answer has an unreadable paper at position ${index + 1}`, options);
      records.push(record);
    }
    return { outcome: 'answered', records, missing };
  } catch {
    return failure(answer, "Semantic Scholar's answer could not be read", options);
  }
}

function paperRecordOf(paper: unknown): PaperRecord | undefined {
  const paperId = field(paper, 'paperId');
  if (typeof paperId !== 'string' || !/^[0-9a-f]{40}$/i.test(paperId)) return undefined;
  const publicationTypes = field(paper, 'publicationTypes');
  const types = Array.isArray(publicationTypes)
    ? publicationTypes.slice(0, 10).filter((type): type is string => typeof type === 'string' && type.length <= 40)
    : [];
  // `journal.name` is a venue only for a journal article: SSRN papers carry topic "eJournals" there
  // ("ERN: Credit Risk (Topic)", in the recorded batch) with an empty venue.
  const venue =
    stringOf(field(paper, 'venue'), limits.venue) ??
    stringOf(field(field(paper, 'publicationVenue'), 'name'), limits.venue) ??
    (types.includes('JournalArticle') ? stringOf(field(field(paper, 'journal'), 'name'), limits.venue) : undefined);
  const venueId = stringOf(field(field(paper, 'publicationVenue'), 'id'), limits.id);
  return withoutUndefined<PaperRecord>({
    source: 'semanticScholar',
    id: paperId,
    title: stringOf(field(paper, 'title'), limits.title) ?? '',
    venue,
    venueId,
    year: yearOf(field(paper, 'year')),
    type: types.length > 0 ? types.join(', ') : undefined,
    kind: kindOfTypes(types, venue),
    ids: idsOf(field(paper, 'externalIds')),
    url: urlOf(field(paper, 'url')),
  });
}

function kindOfTypes(types: readonly string[], venue: string | undefined): PublicationKind | undefined {
  if (venue !== undefined && /^arxiv(?:\.org)?$/i.test(venue)) return 'preprint';
  // Proceedings published as journal volumes carry both types; the conference is what a list names.
  if (types.includes('Conference')) return 'conference';
  if (types.includes('JournalArticle')) return 'journal';
  return types.length > 0 ? 'other' : undefined;
}

function idsOf(external: unknown): PaperIds {
  const ids: PaperIds = {};
  const arxivText = field(external, 'ArXiv');
  const arxiv = typeof arxivText === 'string' ? parseReportedArxivId(arxivText) : undefined;
  if (arxiv?.valid) ids.arxiv = arxiv.id;
  const doi = doiOf(field(external, 'DOI'));
  if (doi) ids.doi = doi;
  const dblp = stringOf(field(external, 'DBLP'), limits.id);
  if (dblp && /^[a-z]+\/[\w\-/.+]+$/i.test(dblp)) ids.dblp = dblp;
  return ids;
}
