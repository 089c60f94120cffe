import { parseReportedArxivId } from './arxiv-id.js';
import { firstYear, kindOfCrossrefType } from './crossref.js';
import {
  doiOf,
  failure,
  field,
  htmlTitleOf,
  limits,
  looksLikeHtml,
  plainTextOf,
  readJson,
  statusFailure,
  stringOf,
  tooLarge,
  urlOf,
  withoutUndefined,
  type PaperIds,
  type PaperRecord,
  type ParseOptions,
  type SourceAnswer,
  type SourceFailure,
} from './record.js';

/**
 * DOI content negotiation: `GET https://doi.org/{doi}` with `Accept: application/vnd.citationstyles.csl+json`
 * answers a CSL-JSON item from the DOI's registration agency (Crossref, DataCite, …), after a redirect
 * the client follows. Used for DOIs Crossref does not hold, arXiv's `10.48550/arXiv.…` first among
 * them. Shape: `../shared/fixtures/metadata/doi-csl/` (recorded through Crossref's transform
 * endpoint, which answers the same item).
 */

export const doiCslMaxBodyChars = 4 * 1024 * 1024;

export type DoiCslResult =
  | { outcome: 'found'; record: PaperRecord }
  /** doi.org answers 404 for a DOI no registration agency knows: the DOI resolves nowhere. */
  | { outcome: 'not-found'; reason: string }
  | SourceFailure;

export function parseDoiCsl(answer: SourceAnswer, options: ParseOptions = {}): DoiCslResult {
  try {
    const oversize = tooLarge(answer, 'doi.org', options.maxBodyChars ?? doiCslMaxBodyChars, options);
    if (oversize) return oversize;
    if (answer.status === 404) return { outcome: 'not-found', reason: 'doi.org knows no such DOI' };
    if (answer.status === 406) return failure(answer, "the DOI's registration agency offers no CSL-JSON for it (HTTP 406)", options);
    const bad = statusFailure(answer, 'doi.org', options);
    if (bad) return bad;
    if (looksLikeHtml(answer.body)) {
      const title = htmlTitleOf(answer.body);
      return failure(answer, `doi.org answered with an HTML page${title ? ` ('${title}')` : ''} instead of CSL-JSON`, options);
    }
    const json = readJson(answer.body, 'doi.org');
    if (!json.ok) return failure(answer, json.reason, options);
    const record = cslRecordOf(json.value);
    if (!record) return failure(answer, "doi.org's answer is not a CSL-JSON item with a DOI", options);
    return { outcome: 'found', record };
  } catch {
    return failure(answer, "doi.org's answer could not be read", options);
  }
}

function cslRecordOf(item: unknown): PaperRecord | undefined {
  const doiWritten = field(item, 'DOI');
  const doi = doiOf(doiWritten);
  if (doi === undefined || typeof doiWritten !== 'string') return undefined;
  const ids: PaperIds = { doi };
  const fromArxiv = /^10\.48550\/arxiv\.(.+)$/.exec(doi)?.[1];
  const arxiv = fromArxiv === undefined ? undefined : parseReportedArxivId(fromArxiv);
  if (arxiv?.valid) ids.arxiv = arxiv.id;
  const type = stringOf(field(item, 'type'), limits.type);
  return withoutUndefined<PaperRecord>({
    source: 'doi',
    id: doiWritten.trim(),
    // CSL gives strings; some agencies send one-element arrays, as Crossref's own JSON does.
    title: plainTextOf(field(item, 'title'), limits.title) ?? '',
    venue: plainTextOf(field(item, 'container-title'), limits.venue) ?? plainTextOf(field(item, 'event-title'), limits.venue),
    year: firstYear(item, ['issued', 'published', 'published-print', 'published-online']),
    type,
    kind: kindOfCrossrefType(type, stringOf(field(item, 'subtype'), limits.type)),
    ids,
    url: urlOf(field(item, 'URL')),
  });
}
