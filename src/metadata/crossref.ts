import { parseReportedArxivId } from './arxiv-id.js';
import {
  dateYearOf,
  doiOf,
  failure,
  field,
  limits,
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
  type PublicationKind,
  type SourceAnswer,
  type SourceFailure,
} from './record.js';

/**
 * Crossref's REST API (`api.crossref.org/works/{doi}` and work queries). Shapes:
 * `../shared/fixtures/metadata/crossref/`.
 */

/** A single work with thousands of references stays under this. */
export const crossrefMaxBodyChars = 4 * 1024 * 1024;
export const crossrefListMaxBodyChars = 8 * 1024 * 1024;
/** A work list asks for at most 1,000 rows. */
const maxListItems = 1_000;

export type CrossrefWorkResult =
  | { outcome: 'found'; record: PaperRecord }
  /** Crossref holds no such DOI. DataCite DOIs (arXiv's `10.48550/…`) are never there: ask doi.org. */
  | { outcome: 'not-found'; reason: string }
  | SourceFailure;

export function parseCrossrefWork(answer: SourceAnswer, options: ParseOptions = {}): CrossrefWorkResult {
  try {
    const oversize = tooLarge(answer, 'Crossref', options.maxBodyChars ?? crossrefMaxBodyChars, options);
    if (oversize) return oversize;
    // Only Crossref's own sentence means "no such DOI"; a 404 page of a proxy means nothing.
    if (answer.status === 404 && answer.body.trim() === 'Resource not found.') {
      return { outcome: 'not-found', reason: 'Crossref holds no record of this DOI' };
    }
    const message = envelopeOf(answer, 'work', options);
    if ('outcome' in message) return message;
    const record = crossrefRecordOf(message.value);
    if (!record) return failure(answer, "Crossref's answer holds no readable work (no DOI)", options);
    return { outcome: 'found', record };
  } catch {
    return failure(answer, "Crossref's answer could not be read", options);
  }
}

export type CrossrefWorkListResult = { outcome: 'answered'; total: number; records: PaperRecord[] } | SourceFailure;

/** A work query (`/works?query.bibliographic=…`): the items Crossref ranked, in its order. */
export function parseCrossrefWorkList(answer: SourceAnswer, options: ParseOptions = {}): CrossrefWorkListResult {
  try {
    const oversize = tooLarge(answer, 'Crossref', options.maxBodyChars ?? crossrefListMaxBodyChars, options);
    if (oversize) return oversize;
    const message = envelopeOf(answer, 'work-list', options);
    if ('outcome' in message) return message;
    const items = field(message.value, 'items');
    if (!Array.isArray(items)) return failure(answer, "Crossref's work list has no items", options);
    const records: PaperRecord[] = [];
    for (const item of items.slice(0, maxListItems)) {
      const record = crossrefRecordOf(item);
      if (record) records.push(record);
    }
    const total = field(message.value, 'total-results');
    return { outcome: 'answered', total: typeof total === 'number' && Number.isSafeInteger(total) && total >= 0 ? total : records.length, records };
  } catch {
    return failure(answer, "Crossref's answer could not be read", options);
  }
}

/** `{"status": "ok", "message-type": …, "message": …}`: the message, or the failure to return. */
function envelopeOf(answer: SourceAnswer, messageType: string, options: ParseOptions): { value: unknown } | SourceFailure {
  const bad = statusFailure(answer, 'Crossref', options);
  if (bad) return bad;
  const json = readJson(answer.body, 'Crossref');
  if (!json.ok) return failure(answer, json.reason, options);
  if (field(json.value, 'status') !== 'ok' || field(json.value, 'message-type') !== messageType) {
    return failure(answer, `Crossref's answer is not a ${messageType} message`, options);
  }
  return { value: field(json.value, 'message') };
}

/** One Crossref work (a `message`, or an item of a work list) as a record; `undefined` without a DOI. */
export function crossrefRecordOf(work: unknown): PaperRecord | undefined {
  const doiWritten = field(work, 'DOI');
  const doi = doiOf(doiWritten);
  if (doi === undefined || typeof doiWritten !== 'string') return undefined;
  const type = stringOf(field(work, 'type'), limits.type);
  const ids: PaperIds = { doi };
  const arxiv = preprintArxivIdOf(work);
  if (arxiv) ids.arxiv = arxiv;
  return withoutUndefined<PaperRecord>({
    source: 'crossref',
    id: doiWritten.trim(),
    // Crossref titles carry JATS markup (`<scp>R</scp>`), entities and indentation inside.
    title: plainTextOf(field(work, 'title'), limits.title) ?? plainTextOf(field(work, 'original-title'), limits.title) ?? '',
    venue: plainTextOf(field(work, 'container-title'), limits.venue) ?? plainTextOf(field(field(work, 'event'), 'name'), limits.venue),
    year: firstYear(work, ['published', 'issued', 'published-print', 'published-online', 'posted']),
    type,
    kind: kindOfCrossrefType(type, stringOf(field(work, 'subtype'), limits.type)),
    ids,
    url: urlOf(field(work, 'URL')),
  });
}

export function firstYear(work: unknown, dateFields: readonly string[]): number | undefined {
  for (const name of dateFields) {
    const year = dateYearOf(field(work, name));
    if (year !== undefined) return year;
  }
  return undefined;
}

/**
 * Crossref's work types and CSL's (doi.org answers in CSL; Crossref's own transform in Crossref's
 * types, as the recorded `doi-csl/` answer shows).
 */
export function kindOfCrossrefType(type: string | undefined, subtype?: string): PublicationKind | undefined {
  switch (type) {
    case undefined:
      return undefined;
    case 'journal-article':
    case 'article-journal':
      return 'journal';
    case 'proceedings-article':
    case 'paper-conference':
      return 'conference';
    case 'posted-content':
      return subtype === undefined || subtype === 'preprint' ? 'preprint' : 'other';
    // CSL's "article": a preprint or working paper; DataCite gives it to arXiv's DOIs.
    case 'article':
      return 'preprint';
    default:
      return 'other';
  }
}

/** A published work that names its arXiv preprint: `relation["has-preprint"]` with arXiv's DOI. */
function preprintArxivIdOf(work: unknown): string | undefined {
  const related = field(field(work, 'relation'), 'has-preprint');
  if (!Array.isArray(related)) return undefined;
  for (const relation of related.slice(0, 20)) {
    const id = field(relation, 'id');
    const idType = field(relation, 'id-type');
    if (typeof id !== 'string' || id.length > limits.id) continue;
    const candidate = idType === 'arxiv' ? id.replace(/^arxiv:/i, '') : /^(?:https?:\/\/doi\.org\/)?10\.48550\/arxiv\.(.+)$/i.exec(id)?.[1];
    const reading = candidate === undefined ? undefined : parseReportedArxivId(candidate);
    if (reading?.valid) return reading.id;
  }
  return undefined;
}
