import { paperIdOf } from '../identity/paper-id.js';
import { parseReportedArxivId } from './arxiv-id.js';
import {
  capText,
  collapseSpace,
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
 * DBLP's publication search (`dblp.org/search/publ/api?q=…&format=json&h=N`). No recording: the shape
 * and its quirks are those the fixtures README lists — `hit` an object or an array and absent when
 * `@total` is "0", `author`, `venue` and `ee` a value or an array, titles ending in ".", arXiv copies
 * as `journals/corr/abs-YYMM-NNNNN` with venue "CoRR".
 */

/** 1,000 hits, DBLP's largest page, stay under this. */
export const dblpMaxBodyChars = 4 * 1024 * 1024;
export const dblpMaxHits = 1_000;

/**
 * The query string for a title search. DBLP reads `$` (exact word), `|` (or) and a leading `-` (not)
 * as operators, so those are dropped from the title; the words are matched as prefixes.
 */
export function dblpSearchQuery(title: string, hits = 10): string {
  const words = collapseSpace(title.slice(0, limits.title).replace(/[$|^*"]+/g, ' ').replace(/(^|\s)-+/g, '$1'));
  const count = Math.max(1, Math.min(dblpMaxHits, Math.floor(hits)));
  return new URLSearchParams({ q: words, format: 'json', h: String(count) }).toString();
}

export type DblpResult =
  | {
      outcome: 'answered';
      /** Hits DBLP counted; more than `records.length` when the page was smaller. */
      total: number;
      /** In DBLP's order (by its score); hits without a key are left out. */
      records: PaperRecord[];
    }
  | SourceFailure;

export function parseDblpSearch(answer: SourceAnswer, options: ParseOptions = {}): DblpResult {
  try {
    const oversize = tooLarge(answer, 'DBLP', options.maxBodyChars ?? dblpMaxBodyChars, options);
    if (oversize) return oversize;
    const bad = statusFailure(answer, 'DBLP', options);
    if (bad) return bad;
    const json = readJson(answer.body, 'DBLP');
    if (!json.ok) return failure(answer, json.reason, options);
    const result = field(json.value, 'result');
    const code = field(field(result, 'status'), '@code');
    if (code !== '200' && code !== 200) return failure(answer, `DBLP's answer says status ${typeof code === 'string' ? capText(code, 20) : 'unknown'}`, options);
    const hits = field(result, 'hits');
    const total = countOf(field(hits, '@total'));
    if (total === undefined) return failure(answer, "DBLP's answer has no hit count", options);
    const hit = field(hits, 'hit');
    const list = Array.isArray(hit) ? hit : hit === undefined ? [] : [hit];
    const records: PaperRecord[] = [];
    for (const entry of list.slice(0, dblpMaxHits)) {
      const record = dblpRecordOf(field(entry, 'info'));
      if (record) records.push(record);
    }
    return { outcome: 'answered', total, records };
  } catch {
    return failure(answer, "DBLP's answer could not be read", options);
  }
}

function countOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

const keyPattern = /^[a-z]+\/[\w\-/.+]+$/i;

function dblpRecordOf(info: unknown): PaperRecord | undefined {
  const key = stringOf(field(info, 'key'), limits.id);
  if (key === undefined || !keyPattern.test(key)) return undefined;
  const venue = stringOf(field(info, 'venue'), limits.venue);
  const type = stringOf(field(info, 'type'), limits.type);
  const ee = field(info, 'ee');
  const electronicEditions = (Array.isArray(ee) ? ee : [ee]).slice(0, 20).map(urlOf).filter((url): url is string => url !== undefined);
  return withoutUndefined<PaperRecord>({
    source: 'dblp',
    id: key,
    title: titleOf(field(info, 'title')),
    venue,
    venueId: key.split('/').slice(0, 2).join('/'),
    year: yearOf(field(info, 'year')),
    type,
    kind: kindOfDblp(key, type, venue),
    ids: idsOf(info, key, electronicEditions),
    url: electronicEditions[0] ?? urlOf(field(info, 'url')),
  });
}

/** DBLP ends every title with a period, unless it ends in "?" or "!" already; the title is without it. */
function titleOf(value: unknown): string {
  // A title with markup comes as {"text": …} in some answers.
  const text = stringOf(typeof value === 'object' && value !== null && !Array.isArray(value) ? field(value, 'text') : value, limits.title + 1);
  return text === undefined ? '' : capText(text.replace(/(?<!\.)\.$/, '').trimEnd(), limits.title);
}

/**
 * CoRR copies are preprints whatever their type says; "Conference and Workshop Papers" holds both,
 * told apart by the venue.
 */
function kindOfDblp(key: string, type: string | undefined, venue: string | undefined): PublicationKind | undefined {
  if (key.startsWith('journals/corr/')) return 'preprint';
  switch (type) {
    case undefined:
      return undefined;
    case 'Journal Articles':
      return 'journal';
    case 'Conference and Workshop Papers':
      return venue !== undefined && /workshop/i.test(venue) ? 'workshop' : 'conference';
    default:
      return 'other';
  }
}

/** `journals/corr/abs-2209-04836` and volume `abs/2209.04836` both name arXiv 2209.04836. */
function idsOf(info: unknown, key: string, electronicEditions: readonly string[]): PaperIds {
  const ids: PaperIds = { dblp: key };
  const doi = doiOf(field(info, 'doi'));
  if (doi) ids.doi = doi;
  const fromKey = /^journals\/corr\/abs-(\d{4})-(\d{4,5})$/.exec(key);
  const fromVolume = /^abs\/(.+)$/.exec(stringOf(field(info, 'volume'), 60) ?? '')?.[1];
  const candidates = [fromKey ? `${fromKey[1]}.${fromKey[2]}` : undefined, fromVolume];
  for (const url of electronicEditions) {
    const paper = paperIdOf(url);
    if (!paper) continue;
    const [scheme, ...rest] = paper.key.split(':');
    const value = rest.join(':');
    if (scheme === 'arxiv') candidates.push(value);
    else if (scheme === 'doi' && ids.doi === undefined) ids.doi = doiOf(value);
    else if (scheme === 'openreview' && ids.openreview === undefined && /^[A-Za-z0-9_-]{1,64}$/.test(value)) ids.openreview = value;
  }
  for (const candidate of candidates) {
    const reading = candidate === undefined ? undefined : parseReportedArxivId(candidate);
    if (reading?.valid) {
      ids.arxiv = reading.id;
      break;
    }
  }
  if (ids.doi === undefined) delete ids.doi;
  return ids;
}
