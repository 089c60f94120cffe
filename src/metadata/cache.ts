import { createHash } from 'node:crypto';
import type { MetadataSource, PaperIds, PaperRecord, PublicationKind } from '../facts.js';
import type { MetadataOptions } from './options.js';
import { limits } from './record.js';

/**
 * What earlier runs learned about papers, kept in the same cache file as the link verdicts (its
 * `papers` section, src/links/cache.ts). Only found papers are kept — their title and existence —
 * for 30 days by default. A nonexistent id is asked again on every run, as a dead link is: a fixed
 * row stops failing at once, and an id arXiv announces tomorrow is found tomorrow. Failures are never
 * kept. The file is as untrusted as the list, so every entry is checked field by field when read,
 * and one made with other source URLs (a test's fakes, a mirror) is not used.
 */

export interface PaperCacheEntry {
  status: 'found';
  record: PaperRecord;
  /** Milliseconds since the epoch. */
  checkedAt: number;
  /** The fingerprint of the sources that answered (paperCacheContext). */
  context: string;
}

export interface PaperCache {
  /** Keyed by paper key: `arxiv:2110.14633`, `doi:10.1007/…`, `openreview:AbCd`. */
  entries: Record<string, PaperCacheEntry>;
  /** How long an entry stays fresh; not written to the file, so each run decides. */
  maxAgeMs: number;
  /** Keys this run wrote: a merge takes only these from the run. Not written to the file. */
  learned?: Set<string>;
  /** Keys this run found nonexistent, with when: a merge drops older entries of theirs. Not written to the file. */
  removed?: Record<string, number>;
}

export const defaultPaperMaxAgeMs = 30 * 24 * 60 * 60 * 1000;

export function emptyPaperCache(maxAgeMs: number = defaultPaperMaxAgeMs): PaperCache {
  return { entries: table(), maxAgeMs, learned: new Set() };
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
  const entries = table();
  for (const [key, entry] of Object.entries(cache.entries)) {
    if (entry.checkedAt <= now && now - entry.checkedAt < cache.maxAgeMs) entries[key] = entry;
  }
  return { ...cache, entries };
}

/** The newer entry of each key wins (ours on a tie); entries older than our finding a key nonexistent go. */
export function mergePaperCaches(onDisk: PaperCache, ours: PaperCache): PaperCache {
  const entries = table();
  for (const [key, entry] of Object.entries(onDisk.entries)) entries[key] = entry;
  for (const [key, at] of Object.entries(ours.removed ?? {})) {
    const theirs = entries[key];
    if (theirs && theirs.checkedAt <= at) delete entries[key];
  }
  const offered = ours.learned ? [...ours.learned].filter((key) => Object.hasOwn(ours.entries, key)) : Object.keys(ours.entries);
  for (const key of offered) {
    const entry = ours.entries[key] as PaperCacheEntry;
    const theirs = entries[key];
    if (!theirs || theirs.checkedAt <= entry.checkedAt) entries[key] = entry;
  }
  return { ...ours, entries };
}

/** The `papers` section of a cache file; a bad entry is dropped (and told to `onDropped`), the rest used. */
export function parsePaperSection(value: unknown, maxAgeMs: number, onDropped?: (key: string, problem: string) => void): PaperCache | string {
  if (!isObject(value)) return '"papers" must be an object keyed by paper, e.g. "arxiv:2110.14633"';
  const cache = emptyPaperCache(maxAgeMs);
  for (const [key, entry] of Object.entries(value)) {
    const checked = checkPaperEntry(key, entry);
    if ('entry' in checked) cache.entries[key] = checked.entry;
    else onDropped?.(key.slice(0, 200), checked.problem);
  }
  return cache;
}

/** One entry a line, keys sorted, as the link entries are written. */
export function serializePaperSection(cache: PaperCache): string[] {
  return Object.keys(cache.entries)
    .sort()
    .map((key) => `    ${JSON.stringify(key)}: ${JSON.stringify(cache.entries[key])}`);
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

const table = (): Record<string, PaperCacheEntry> => Object.create(null) as Record<string, PaperCacheEntry>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const short = (value: unknown) => (JSON.stringify(value) ?? String(value)).slice(0, 60);
