import { createHash } from 'node:crypto';
import type { MetadataSource, PaperIds, PaperRecord, PublicationKind } from '../facts.js';
import type { MetadataOptions } from './options.js';
import { limits } from './record.js';

/**
 * What earlier runs learned about papers, kept in the same cache file as the link verdicts (its
 * `papers` section, src/links/cache.ts). Found papers are kept — their title and existence — for 30
 * days by default. A nonexistent id is asked again on every run, as a dead link is: a fixed row
 * stops failing at once, and an id arXiv announces tomorrow is found tomorrow. Title searches
 * (`search:dblp:<normalized title>`) and other records of a linked paper
 * (`related:crossref:arxiv:2110.14633`, `related:semanticScholar:doi:…`) are kept by what they found:
 * 90 days when a conference or journal record is among them (a venue found stays found), 7 days when
 * only preprints or nothing ("still only a preprint": asked again soon). Failures are never kept.
 * The file is as untrusted as the list, so every entry is checked field by field when read, and one
 * made with other source URLs (a test's fakes, a mirror) is not used.
 */

export interface PaperCacheEntry {
  status: 'found';
  record: PaperRecord;
  /** Milliseconds since the epoch. */
  checkedAt: number;
  /** The fingerprint of the sources that answered (paperCacheContext). */
  context: string;
}

/** What a title search answered (status `answered` only: failures are never kept). */
export interface TitleSearchCacheEntry {
  status: 'answered';
  source: 'dblp';
  /** At most 30, as the search kept them. */
  hits: PaperRecord[];
  checkedAt: number;
  /** The fingerprint of the source that answered (searchCacheContext). */
  context: string;
}

/** What a source said of a linked paper beyond its own record: Crossref's record of the DOI an arXiv entry names, Semantic Scholar's record. */
export interface RelatedCacheEntry {
  status: 'answered';
  source: 'crossref' | 'semanticScholar';
  /** What was asked: the DOI (Crossref), the Semantic Scholar id (`ARXIV:2110.14633`). An entry for another question is not used. */
  asked: string;
  /** The records the source holds; none when it holds none. */
  records: PaperRecord[];
  checkedAt: number;
  context: string;
}

export interface PaperCache {
  /** Keyed by paper key: `arxiv:2110.14633`, `doi:10.1007/…`, `openreview:AbCd`. */
  entries: Record<string, PaperCacheEntry>;
  /** Keyed `search:dblp:<normalized title>`. */
  searches: Record<string, TitleSearchCacheEntry>;
  /** Keyed `related:<source>:<paper key>`. */
  related: Record<string, RelatedCacheEntry>;
  /** How long an entry stays fresh; not written to the file, so each run decides. */
  maxAgeMs: number;
  /** Keys this run wrote: a merge takes only these from the run. Not written to the file. */
  learned?: Set<string>;
  /** Keys this run found nonexistent, with when: a merge drops older entries of theirs. Not written to the file. */
  removed?: Record<string, number>;
}

const dayMs = 24 * 60 * 60 * 1000;
export const defaultPaperMaxAgeMs = 30 * dayMs;
/** A search or related lookup that found a conference or journal record: a venue found. */
export const venueFoundMaxAgeMs = 90 * dayMs;
/** One that found only preprints, or nothing: asked again within a week. */
export const onlyPreprintMaxAgeMs = 7 * dayMs;
/** Hits a title search keeps, and a cached one may hold. */
export const maxCachedHits = 30;

export function emptyPaperCache(maxAgeMs: number = defaultPaperMaxAgeMs): PaperCache {
  return { entries: table(), searches: table(), related: table(), maxAgeMs, learned: new Set() };
}

/** How long a search's or a related lookup's answer stays fresh, decided by what it found. */
export function answerMaxAgeMs(records: readonly PaperRecord[]): number {
  return records.some((record) => record.kind === 'conference' || record.kind === 'journal') ? venueFoundMaxAgeMs : onlyPreprintMaxAgeMs;
}

export const searchCacheKey = (normalizedTitle: string) => `search:dblp:${normalizedTitle}`;
export const relatedCacheKey = (source: RelatedCacheEntry['source'], paperKey: string) => `related:${source}:${paperKey}`;

const fingerprint = (decisive: unknown) => createHash('sha256').update(JSON.stringify(decisive)).digest('hex').slice(0, 16);

/** DBLP's URL and the hits asked for: a search answered by another DBLP (a fake, a mirror) is not reused. */
export function searchCacheContext(options: MetadataOptions, hits: number): string {
  return fingerprint({ version: 1, kind: 'search', dblp: options.sources.dblp.url, hits });
}

/** The URLs of the sources a related lookup asks (never the API key). */
export function relatedCacheContext(options: MetadataOptions, source: RelatedCacheEntry['source']): string {
  const { crossref, doi, semanticScholar } = options.sources;
  return source === 'crossref'
    ? fingerprint({ version: 1, kind: 'related', crossref: crossref.url, doi: doi.url })
    : fingerprint({ version: 1, kind: 'related', semanticScholar: semanticScholar.url });
}

const freshAnswer = <T extends { checkedAt: number; context: string }>(entry: T | undefined, records: (entry: T) => readonly PaperRecord[], now: number, context: string): T | undefined =>
  entry && entry.checkedAt <= now && now - entry.checkedAt < answerMaxAgeMs(records(entry)) && entry.context === context ? entry : undefined;

/** A fresh title search: made with the same DBLP, younger than its lifetime (90 or 7 days). */
export function freshSearch(cache: PaperCache, normalizedTitle: string, now: number, context: string): TitleSearchCacheEntry | undefined {
  const key = searchCacheKey(normalizedTitle);
  return freshAnswer(Object.hasOwn(cache.searches, key) ? cache.searches[key] : undefined, (entry) => entry.hits, now, context);
}

export function learnSearch(cache: PaperCache, normalizedTitle: string, entry: TitleSearchCacheEntry): void {
  const key = searchCacheKey(normalizedTitle);
  cache.searches[key] = entry;
  (cache.learned ??= new Set()).add(key);
}

/** A fresh related lookup of the same question (`asked`), made with the same sources. */
export function freshRelated(cache: PaperCache, source: RelatedCacheEntry['source'], paperKey: string, asked: string, now: number, context: string): RelatedCacheEntry | undefined {
  const key = relatedCacheKey(source, paperKey);
  const entry = freshAnswer(Object.hasOwn(cache.related, key) ? cache.related[key] : undefined, (found) => found.records, now, context);
  return entry && entry.asked === asked ? entry : undefined;
}

export function learnRelated(cache: PaperCache, paperKey: string, entry: RelatedCacheEntry): void {
  const key = relatedCacheKey(entry.source, paperKey);
  cache.related[key] = entry;
  (cache.learned ??= new Set()).add(key);
}

/** The sources' URLs, hashed: an answer of one arXiv (a fake, a mirror) is not reused for another. */
export function paperCacheContext(options: MetadataOptions): string {
  const { arxiv, crossref, doi, openreview } = options.sources;
  const decisive = { version: 1, arxiv: arxiv.url, crossref: crossref.url, doi: doi.url, openreview: openreview.url, openreviewV1: openreview.v1Url };
  return createHash('sha256').update(JSON.stringify(decisive)).digest('hex').slice(0, 16);
}

/** Fresh: younger than the cache's max age and made with the same sources. An entry from the future is not. */
export function freshPaper(cache: PaperCache, key: string, now: number, context: string): PaperCacheEntry | undefined {
  const entry = Object.hasOwn(cache.entries, key) ? cache.entries[key] : undefined;
  if (!entry || entry.checkedAt > now || now - entry.checkedAt >= cache.maxAgeMs || entry.context !== context) return undefined;
  return entry;
}

export function learnPaper(cache: PaperCache, key: string, entry: PaperCacheEntry): void {
  cache.entries[key] = entry;
  (cache.learned ??= new Set()).add(key);
  if (cache.removed) delete cache.removed[key];
}

export function forgetPaper(cache: PaperCache, key: string, now: number): void {
  delete cache.entries[key];
  cache.learned?.delete(key);
  cache.removed ??= Object.create(null) as Record<string, number>;
  cache.removed[key] = now;
}

export function prunePaperCache(cache: PaperCache, now: number): PaperCache {
  const entries = table<PaperCacheEntry>();
  for (const [key, entry] of Object.entries(cache.entries)) {
    if (entry.checkedAt <= now && now - entry.checkedAt < cache.maxAgeMs) entries[key] = entry;
  }
  const searches = table<TitleSearchCacheEntry>();
  for (const [key, entry] of Object.entries(cache.searches)) {
    if (entry.checkedAt <= now && now - entry.checkedAt < answerMaxAgeMs(entry.hits)) searches[key] = entry;
  }
  const related = table<RelatedCacheEntry>();
  for (const [key, entry] of Object.entries(cache.related)) {
    if (entry.checkedAt <= now && now - entry.checkedAt < answerMaxAgeMs(entry.records)) related[key] = entry;
  }
  return { ...cache, entries, searches, related };
}

/** The newer entry of each key wins (ours on a tie); entries older than our finding a key nonexistent go. */
export function mergePaperCaches(onDisk: PaperCache, ours: PaperCache): PaperCache {
  const entries = table<PaperCacheEntry>();
  for (const [key, entry] of Object.entries(onDisk.entries)) entries[key] = entry;
  for (const [key, at] of Object.entries(ours.removed ?? {})) {
    const theirs = entries[key];
    if (theirs && theirs.checkedAt <= at) delete entries[key];
  }
  const merge = <T extends { checkedAt: number }>(into: Record<string, T>, mine: Record<string, T>) => {
    const offered = ours.learned ? [...ours.learned].filter((key) => Object.hasOwn(mine, key)) : Object.keys(mine);
    for (const key of offered) {
      const entry = mine[key] as T;
      const theirs = into[key];
      if (!theirs || theirs.checkedAt <= entry.checkedAt) into[key] = entry;
    }
    return into;
  };
  merge(entries, ours.entries);
  const searches = merge(Object.assign(table<TitleSearchCacheEntry>(), onDisk.searches), ours.searches);
  const related = merge(Object.assign(table<RelatedCacheEntry>(), onDisk.related), ours.related);
  return { ...ours, entries, searches, related };
}

/** The `papers` section of a cache file; a bad entry is dropped (and told to `onDropped`), the rest used. */
export function parsePaperSection(value: unknown, maxAgeMs: number, onDropped?: (key: string, problem: string) => void): PaperCache | string {
  if (!isObject(value)) return '"papers" must be an object keyed by paper, e.g. "arxiv:2110.14633"';
  const cache = emptyPaperCache(maxAgeMs);
  for (const [key, entry] of Object.entries(value)) {
    if (key.startsWith('search:')) {
      const checked = checkSearchEntry(key, entry);
      if ('entry' in checked) cache.searches[key] = checked.entry;
      else onDropped?.(key.slice(0, 200), checked.problem);
    } else if (key.startsWith('related:')) {
      const checked = checkRelatedEntry(key, entry);
      if ('entry' in checked) cache.related[key] = checked.entry;
      else onDropped?.(key.slice(0, 200), checked.problem);
    } else {
      const checked = checkPaperEntry(key, entry);
      if ('entry' in checked) cache.entries[key] = checked.entry;
      else onDropped?.(key.slice(0, 200), checked.problem);
    }
  }
  return cache;
}

/** One entry a line, keys sorted, as the link entries are written; papers, searches and related lookups in one section (their keys never collide). */
export function serializePaperSection(cache: PaperCache): string[] {
  const all: Record<string, unknown> = { ...cache.entries, ...cache.searches, ...cache.related };
  return Object.keys(all)
    .sort()
    .map((key) => `    ${JSON.stringify(key)}: ${JSON.stringify(all[key])}`);
}

const sources: ReadonlySet<string> = new Set<MetadataSource>(['arxiv', 'crossref', 'doi', 'openreview', 'dblp', 'semanticScholar']);
const kinds: ReadonlySet<string> = new Set<PublicationKind>(['conference', 'workshop', 'journal', 'preprint', 'other']);
const keyPattern = /^(?:arxiv|doi|openreview):\S{1,300}$/;
const control = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * An entry as it may be trusted, or why not: every field of the record is checked for its type,
 * its length (the parsers' own caps) and control characters, and unknown fields are dropped.
 */
export function checkPaperEntry(key: string, value: unknown): { entry: PaperCacheEntry } | { problem: string } {
  if (!keyPattern.test(key) || control.test(key)) return { problem: 'its key is not a paper key such as "arxiv:2110.14633"' };
  if (!isObject(value)) return { problem: 'it is not an object' };
  if (value.status !== 'found') return { problem: `it has status ${short(value.status)}; only "found" is cached` };
  if (typeof value.checkedAt !== 'number' || !Number.isFinite(value.checkedAt) || value.checkedAt < 0) return { problem: 'it needs "checkedAt" as milliseconds since 1970' };
  if (typeof value.context !== 'string' || !/^[0-9a-f]{16}$/.test(value.context)) return { problem: 'its "context" is not a fingerprint' };
  const record = checkRecord(value.record);
  if (typeof record === 'string') return { problem: `its record ${record}` };
  return { entry: { status: 'found', record, checkedAt: value.checkedAt, context: value.context } };
}

/** A normalized title (identity/title.ts): no spacing, no control characters, capped. */
const searchKeyPattern = /^search:dblp:\S{1,1000}$/;
const relatedKeyPattern = /^related:(crossref|semanticScholar):((?:arxiv|doi|openreview):\S{1,300})$/;

/** A cached title search as it may be trusted, or why not: at most 30 hits, each a checked record. */
export function checkSearchEntry(key: string, value: unknown): { entry: TitleSearchCacheEntry } | { problem: string } {
  if (!searchKeyPattern.test(key) || control.test(key)) return { problem: 'its key is not a title search such as "search:dblp:gitrebasin…"' };
  const common = checkAnswered(value);
  if (typeof common === 'string') return { problem: common };
  const entry = value as Record<string, unknown>;
  if (entry.source !== 'dblp') return { problem: `its source ${short(entry.source)} is no title search source` };
  const hits = checkRecords(entry.hits, 'hits');
  if (typeof hits === 'string') return { problem: hits };
  return { entry: { status: 'answered', source: 'dblp', hits, checkedAt: common.checkedAt, context: common.context } };
}

/** A cached related lookup as it may be trusted, or why not. */
export function checkRelatedEntry(key: string, value: unknown): { entry: RelatedCacheEntry } | { problem: string } {
  const match = relatedKeyPattern.exec(key);
  if (!match || control.test(key)) return { problem: 'its key is not a related lookup such as "related:crossref:arxiv:2110.14633"' };
  const common = checkAnswered(value);
  if (typeof common === 'string') return { problem: common };
  const entry = value as Record<string, unknown>;
  if (entry.source !== match[1]) return { problem: 'its source is not the one its key names' };
  const asked = text(entry.asked, limits.id);
  if (asked === undefined || asked === '' || /\s/.test(asked)) return { problem: 'it needs "asked", the id that was asked' };
  const records = checkRecords(entry.records, 'records');
  if (typeof records === 'string') return { problem: records };
  return { entry: { status: 'answered', source: entry.source as RelatedCacheEntry['source'], asked, records, checkedAt: common.checkedAt, context: common.context } };
}

function checkAnswered(value: unknown): { checkedAt: number; context: string } | string {
  if (!isObject(value)) return 'it is not an object';
  if (value.status !== 'answered') return `it has status ${short(value.status)}; only "answered" is cached`;
  if (typeof value.checkedAt !== 'number' || !Number.isFinite(value.checkedAt) || value.checkedAt < 0) return 'it needs "checkedAt" as milliseconds since 1970';
  if (typeof value.context !== 'string' || !/^[0-9a-f]{16}$/.test(value.context)) return 'its "context" is not a fingerprint';
  return { checkedAt: value.checkedAt, context: value.context };
}

function checkRecords(value: unknown, name: string): PaperRecord[] | string {
  if (!Array.isArray(value) || value.length > maxCachedHits) return `its "${name}" is not a list of at most ${maxCachedHits} records`;
  const records: PaperRecord[] = [];
  for (const [index, item] of value.entries()) {
    const record = checkRecord(item);
    if (typeof record === 'string') return `its ${name}[${index}] ${record}`;
    records.push(record);
  }
  return records;
}

function checkRecord(value: unknown): PaperRecord | string {
  if (!isObject(value)) return 'is not an object';
  if (typeof value.source !== 'string' || !sources.has(value.source)) return 'names no known source';
  const id = text(value.id, limits.id);
  if (id === undefined || id === '') return 'has no id';
  const title = text(value.title, limits.title);
  if (title === undefined) return 'has no title';
  if (!isObject(value.ids)) return 'has no ids';
  const ids: PaperIds = {};
  for (const name of ['arxiv', 'doi', 'openreview', 'dblp'] as const) {
    const idValue = value.ids[name];
    if (idValue === undefined) continue;
    const checked = text(idValue, limits.id);
    if (checked === undefined || checked === '' || /\s/.test(checked)) return `has a bad ids.${name}`;
    ids[name] = checked;
  }
  const record: PaperRecord = { source: value.source as MetadataSource, id, title, ids };
  const strings = [
    ['venue', limits.venue],
    ['venueId', limits.venue],
    ['type', limits.type],
    ['journalRef', limits.text],
    ['comment', limits.text],
  ] as const;
  for (const [name, max] of strings) {
    if (value[name] === undefined) continue;
    const checked = text(value[name], max);
    if (checked === undefined) return `has a bad "${name}"`;
    record[name] = checked;
  }
  if (value.url !== undefined) {
    if (typeof value.url !== 'string' || value.url.length > limits.url || !/^https?:\/\/[^\s<>"'`\\]+$/i.test(value.url) || control.test(value.url)) return 'has a bad "url"';
    record.url = value.url;
  }
  if (value.year !== undefined) {
    if (typeof value.year !== 'number' || !Number.isInteger(value.year) || value.year < 1600 || value.year > 2100) return 'has a bad "year"';
    record.year = value.year;
  }
  if (value.version !== undefined) {
    if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1 || value.version > 9999) return 'has a bad "version"';
    record.version = value.version;
  }
  if (value.kind !== undefined) {
    if (typeof value.kind !== 'string' || !kinds.has(value.kind)) return 'has a bad "kind"';
    record.kind = value.kind as PublicationKind;
  }
  if (value.primaryCategory !== undefined) {
    if (typeof value.primaryCategory !== 'string' || !/^[a-z-]+(?:\.[a-z-]+)?$/i.test(value.primaryCategory) || value.primaryCategory.length > 30) return 'has a bad "primaryCategory"';
    record.primaryCategory = value.primaryCategory;
  }
  if (value.earlierTitles !== undefined) {
    if (!Array.isArray(value.earlierTitles) || value.earlierTitles.length > 20) return 'has a bad "earlierTitles"';
    const earlier: Array<{ version: number; title: string }> = [];
    for (const item of value.earlierTitles) {
      const version = isObject(item) ? item.version : undefined;
      const title = isObject(item) ? text(item.title, limits.title) : undefined;
      if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > 9999 || title === undefined) return 'has a bad "earlierTitles"';
      earlier.push({ version, title });
    }
    record.earlierTitles = earlier;
  }
  for (const name of ['withdrawn', 'accepted'] as const) {
    if (value[name] === undefined) continue;
    if (typeof value[name] !== 'boolean') return `has a bad "${name}"`;
    record[name] = value[name] as boolean;
  }
  return record;
}

/** A string within `max` code units and without control characters, or undefined. */
function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max && !control.test(value) ? value : undefined;
}

const table = <T = PaperCacheEntry>(): Record<string, T> => Object.create(null) as Record<string, T>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const short = (value: unknown) => (JSON.stringify(value) ?? String(value)).slice(0, 60);
