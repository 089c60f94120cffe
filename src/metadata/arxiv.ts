import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { arxivMatchKey, parseArxivId, parseReportedArxivId } from './arxiv-id.js';
import {
  capText,
  collapseSpace,
  doiOf,
  failure,
  htmlTitleOf,
  limits,
  looksLikeHtml,
  statusFailure,
  tooLarge,
  withoutUndefined,
  type PaperRecord,
  type ParseOptions,
  type SourceAnswer,
  type SourceFailure,
} from './record.js';

/**
 * The arXiv API (`export.arxiv.org/api/query`): batches of ids asked by POST, and its Atom answers
 * read back into records. Shapes: `../shared/fixtures/metadata/arxiv/`.
 */

/** arXiv answers up to 2,000 results a call; 400 keeps a batch's answer near 1–2 MB with abstracts. */
export const arxivMaxBatch = 400;
export const arxivFormContentType = 'application/x-www-form-urlencoded';
/** 400 entries with abstracts and long author lists stay well below this. */
export const arxivMaxBodyChars = 8 * 1024 * 1024;
/**
 * Elements and attributes a body may hold before it is parsed at all: a real 400-entry answer has a
 * few tens of thousands; a hostile one of millions would cost the XML parser seconds.
 */
const maxMarkupCount = 300_000;

export interface ArxivBatch {
  /** Base ids, validated and without duplicates, in the order first given. */
  ids: string[];
  /** Set to the batch size: arXiv's default of 10 would silently drop the rest. */
  maxResults: number;
  /** The POST form body: `id_list=…&max_results=N&start=0`. */
  body: string;
}

export interface ArxivPlan {
  batches: ArxivBatch[];
  /** Ids that failed local validation: reported as they are, never sent. */
  rejected: { input: string; reason: string }[];
}

/**
 * Batches for the given ids. Versions are dropped (the latest version's title is the one to compare;
 * the record's `version` tells which that is), and an id given twice is asked once.
 */
export function planArxivBatches(ids: Iterable<string>, options: { batchSize?: number; now?: number | Date } = {}): ArxivPlan {
  const batchSize = Math.max(1, Math.min(arxivMaxBatch, Math.floor(options.batchSize ?? arxivMaxBatch)));
  const unique = new Set<string>();
  const rejected: ArxivPlan['rejected'] = [];
  for (const input of ids) {
    const reading = parseArxivId(input, options.now);
    if (reading.valid) unique.add(reading.id);
    else rejected.push({ input, reason: reading.reason });
  }
  const all = [...unique];
  const batches: ArxivBatch[] = [];
  for (let start = 0; start < all.length; start += batchSize) {
    const batch = all.slice(start, start + batchSize);
    const body = new URLSearchParams({ id_list: batch.join(','), max_results: String(batch.length), start: '0' }).toString();
    batches.push({ ids: batch, maxResults: batch.length, body });
  }
  return { batches, rejected };
}

export interface ArxivAnswered {
  outcome: 'answered';
  /** Keyed by the ids as asked (`2104.12255v1` and `2104.12255` both find the entry of 2104.12255). */
  records: Map<string, PaperRecord>;
  /**
   * Asked but absent from a complete 200 answer. arXiv leaves nonexistent ids out without a word;
   * an id is confirmed by asking once more before it counts as nonexistent.
   */
  missing: string[];
  /** Asked but absent from an answer that holds more results than it sent: nothing is known of them. */
  unanswered: string[];
}

export interface ArxivFailure extends SourceFailure {
  /** Ids arXiv named in its HTTP 400 `Error` entry (`incorrect_id_format_for_abc`). */
  rejectedIds?: string[];
}

export type ArxivResult = ArxivAnswered | ArxivFailure;

/**
 * Reads one answer to a batch. Never throws: a throttled, truncated, malformed or foreign answer is
 * a failure whose ids stay unverified. Entries are matched by base id, in any order.
 */
export function parseArxivAnswer(answer: SourceAnswer, asked: readonly string[], options: ParseOptions = {}): ArxivResult {
  try {
    return readAnswer(answer, asked, options);
  } catch {
    return failure(answer, "arXiv's answer could not be read", options);
  }
}

function readAnswer(answer: SourceAnswer, asked: readonly string[], options: ParseOptions): ArxivResult {
  const oversize = tooLarge(answer, 'arXiv', options.maxBodyChars ?? arxivMaxBodyChars, options);
  if (oversize) return oversize;
  // arXiv's throttle answers 200 with this sentence as the whole body.
  if (answer.body.trim() === 'Rate exceeded.') return failure(answer, 'arXiv answered "Rate exceeded." (too many requests)', options, true);
  if (answer.status === 429 || looksLikeHtml(answer.body) || (answer.status !== 200 && answer.status !== 400)) {
    if (answer.status !== 200) return statusFailure(answer, 'arXiv', options) ?? failure(answer, `arXiv answered HTTP ${answer.status}`, options);
    const title = htmlTitleOf(answer.body);
    return failure(answer, `arXiv answered with an HTML page${title ? ` ('${title}')` : ''} instead of an Atom feed`, options);
  }

  const feed = readFeed(answer.body);
  if (typeof feed === 'string') {
    return failure(answer, answer.status === 400 ? 'arXiv answered HTTP 400' : `arXiv's answer is not a readable Atom feed: ${feed}`, options);
  }
  const entries = asArray(feed.entry);
  const errorEntry = entries.find(isErrorEntry);
  if (errorEntry) return errorFailure(answer, errorEntry, options);
  if (answer.status !== 200) return failure(answer, `arXiv answered HTTP ${answer.status}`, options);

  // An id asked with a version takes that version's entry; one asked without, the latest entry.
  const byVersion = new Map<string, PaperRecord>();
  const latest = new Map<string, PaperRecord>();
  for (const entry of entries) {
    const record = recordOf(entry);
    if (typeof record === 'string') return failure(answer, `arXiv's answer has an entry that cannot be read (${record})`, options);
    const key = arxivMatchKey(record.id);
    if (record.version !== undefined && !byVersion.has(`${key}v${record.version}`)) byVersion.set(`${key}v${record.version}`, record);
    const known = latest.get(key);
    if (!known || (record.version ?? 0) > (known.version ?? 0)) latest.set(key, record);
  }

  const total = countOf(feed.totalResults);
  const startIndex = countOf(feed.startIndex) ?? 0;
  // Without a total, or with more results than were sent, an absent id says nothing about existence.
  const complete = total !== undefined && startIndex + entries.length >= total;
  const records = new Map<string, PaperRecord>();
  const missing: string[] = [];
  const unanswered: string[] = [];
  for (const id of asked) {
    const version = /v(\d+)$/i.exec(id.trim())?.[1];
    const key = arxivMatchKey(id);
    const record = (version === undefined ? undefined : byVersion.get(`${key}v${Number(version)}`)) ?? latest.get(key);
    if (record) records.set(id, record);
    else if (complete) missing.push(id);
    else unanswered.push(id);
  }
  return { outcome: 'answered', records, missing, unanswered };
}

type XmlNode = Record<string, unknown>;

/** The parsed `<feed>`, or a phrase saying why there is none. */
function readFeed(body: string): XmlNode | string {
  if (/<!(?:doctype|entity)/i.test(body)) return 'it declares a DOCTYPE, which arXiv never sends';
  let markup = 0;
  for (let at = body.indexOf('<'); at !== -1; at = body.indexOf('<', at + 1)) {
    markup += 1;
    if (markup > maxMarkupCount) return 'it holds far more elements than any real answer';
  }
  for (let at = body.indexOf('='); at !== -1; at = body.indexOf('=', at + 1)) {
    markup += 1;
    if (markup > 2 * maxMarkupCount) return 'it holds far more attributes than any real answer';
  }
  // The parser alone accepts a feed cut off mid-entry and returns what it saw, so a truncated answer
  // would make the cut-off ids look nonexistent: well-formedness is checked first.
  const wellFormed = XMLValidator.validate(body);
  if (wellFormed !== true) return `it is not well-formed XML (${wellFormed.err.msg.slice(0, 80)}; truncated?)`;
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // arxiv:comment and opensearch:totalResults are read by local name, whatever the prefix.
    removeNSPrefix: true,
    // Titles such as "0" stay strings; so do ids such as 1605.08386.
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => name === 'entry' || name === 'link' || name === 'author' || name === 'category',
  });
  const document: unknown = parser.parse(body);
  const feed = isNode(document) ? document.feed : undefined;
  return isNode(feed) ? feed : 'it has no <feed> element';
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** An element's text: a string, or the `#text` of an element that also has attributes or children. */
function textOf(value: unknown): string | undefined {
  const node = Array.isArray(value) ? value[0] : value;
  if (typeof node === 'string') return node;
  if (isNode(node) && typeof node['#text'] === 'string') return node['#text'];
  return undefined;
}

function attributeOf(value: unknown, name: string): string | undefined {
  const node = Array.isArray(value) ? value[0] : value;
  const attribute = isNode(node) ? node[`@_${name}`] : undefined;
  return typeof attribute === 'string' ? attribute : undefined;
}

function countOf(value: unknown): number | undefined {
  const text = textOf(value)?.trim();
  return text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}

const errorIdPattern = /^https?:\/\/arxiv\.org\/api\/errors/i;

function isErrorEntry(entry: unknown): boolean {
  if (!isNode(entry)) return false;
  return errorIdPattern.test(textOf(entry.id) ?? '') || (textOf(entry.title) === 'Error' && !/\/abs\//.test(textOf(entry.id) ?? ''));
}

/** arXiv's 400 names the problem in the entry id's fragment: `…/api/errors#incorrect_id_format_for_abc`. */
function errorFailure(answer: SourceAnswer, entry: unknown, options: ParseOptions): ArxivFailure {
  const id = isNode(entry) ? (textOf(entry.id) ?? '') : '';
  const fragment = capText(collapseSpace(id.slice(id.indexOf('#') + 1, id.indexOf('#') + 801)), 200);
  const rejectedId = /^incorrect_id_format_for_(.+)$/.exec(fragment)?.[1];
  const what = id.includes('#') && fragment !== '' ? fragment.replace(/_/g, ' ') : 'an error';
  const result: ArxivFailure = failure(answer, `arXiv rejected the request: ${what}`, options);
  if (rejectedId) result.rejectedIds = [rejectedId];
  return result;
}

const entryIdPattern = /^https?:\/\/(?:www\.)?arxiv\.org\/abs\/(.+)$/i;

/** A record, or a phrase saying what is wrong with the entry. */
function recordOf(entry: unknown): PaperRecord | string {
  if (!isNode(entry)) return 'not an element';
  const idUrl = textOf(entry.id)?.trim() ?? '';
  const idText = entryIdPattern.exec(idUrl)?.[1];
  const reading = idText !== undefined ? parseReportedArxivId(idText) : undefined;
  if (!reading?.valid) return `id '${capText(idUrl, 80)}'`;
  const title = capText(collapseSpace(textOf(entry.title)?.slice(0, limits.title * 4) ?? ''), limits.title);
  if (title === '') return `${reading.id} has no title`;

  const comment = shortText(entry.comment, limits.text);
  const published = textOf(entry.published)?.trim() ?? '';
  const year = /^(\d{4})-\d{2}-\d{2}/.exec(published)?.[1];
  const category = attributeOf(entry.primary_category, 'term')?.trim();
  const doi = doiOf(textOf(entry.doi));
  return withoutUndefined<PaperRecord>({
    source: 'arxiv',
    id: reading.id,
    title,
    year: year === undefined ? undefined : Number(year),
    kind: 'preprint',
    ids: doi === undefined ? { arxiv: reading.id } : { arxiv: reading.id, doi },
    url: `https://arxiv.org/abs/${reading.id}`,
    withdrawn: comment !== undefined && saysWithdrawn(comment),
    journalRef: shortText(entry.journal_ref, limits.text),
    primaryCategory: category && /^[a-z-]+(?:\.[a-z-]+)?$/i.test(category) && category.length <= 30 ? category : undefined,
    comment,
    version: reading.version,
  });
}

function shortText(value: unknown, max: number): string | undefined {
  const text = textOf(value);
  if (text === undefined) return undefined;
  const collapsed = capText(collapseSpace(text.slice(0, max * 4)), max);
  return collapsed === '' ? undefined : collapsed;
}

/**
 * What authors write in the comment of a withdrawn version: "This paper has been withdrawn by the
 * author due to …", "Withdrawn", "Paper withdrawn". "Withdrawn from NeurIPS" is about a venue, and
 * "an earlier version was withdrawn" about another version: neither counts.
 */
const withdrawnPatterns: readonly RegExp[] = [
  /(?<!\b(?:earlier|previous|prior|older|original|first)\s(?:[\w-]+\s){0,3})\b(?:paper|article|submission|manuscript|preprint|work|report|note|this\s+version)\s+(?:has\s+been|had\s+been|is\s+being|is|was)\s+(?:formally\s+|permanently\s+)?withdrawn\b(?!\s+from\b)/i,
  /^\W*(?:paper\s+|article\s+|submission\s+)?withdrawn\b(?!\s+from\b)/i,
  /\bwithdrawn\s+(?:by|at\s+the\s+request\s+of)\s+(?:the\s+)?(?:authors?|submitter|arxiv|administrators?|moderators?)\b/i,
  /\b(?:authors?|submitter)\s+(?:has|have)\s+withdrawn\s+(?:this|the)\s+(?:paper|article|submission|manuscript|preprint|work)\b/i,
];

export function saysWithdrawn(comment: string): boolean {
  return withdrawnPatterns.some((pattern) => pattern.test(comment));
}
