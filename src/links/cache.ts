import { createHash } from 'node:crypto';
import { safeReplacementUrl } from '../identity/safe-url.js';
import { defaultPaperMaxAgeMs, emptyPaperCache, mergePaperCaches, type PaperCache, parsePaperSection, prunePaperCache, serializePaperSection } from '../metadata/cache.js';

/**
 * What earlier runs learned, so that a list checked on every push does not knock on every
 * publisher's door each time. Only 'alive' and 'unverified' answers are kept, and only for a while
 * (a day by default): a dead link is always checked again, so that a fixed one stops failing the
 * build at once and a broken one is never excused by an old answer. Reading and writing the file
 * is the CLI's business; these functions only turn text into a cache and back.
 *
 * A cache file is as untrusted as the list (the Action restores it from a cache a pull request may
 * have written), so every entry is checked when read and a bad one is dropped, never trusted: see
 * {@link checkEntry}. Each entry also records the options that decided it ({@link cacheContext}),
 * and is used only by a run with the same ones.
 *
 * The same file holds what the metadata sources said about papers, in a `papers` section beside
 * `entries` (src/metadata/cache.ts decides what goes in it and checks it when read): one file and
 * one `--cache` flag for both, read and written together, and merged together when two runs write.
 */

export type CachedVerdict = 'alive' | 'unverified';

export interface CacheEntry {
  verdict: CachedVerdict;
  status?: number;
  /** The last hop's URL, in safeReplacementUrl's form. */
  finalUrl?: string;
  reason?: string;
  /** True exactly when rewriteTo is set (see LinkResult). */
  permanentRedirect?: boolean;
  /** Where the link should point instead; safeReplacementUrl(rewriteTo, url) === rewriteTo. */
  rewriteTo?: string;
  /** Milliseconds since the epoch. */
  checkedAt: number;
  /** The fingerprint of the options that decided the verdict (cacheContext); an entry without one is from an older version and never fresh. */
  context?: string;
}

export interface LinkCache {
  version: 1;
  /** Keyed by the URL as written in the list. */
  entries: Record<string, CacheEntry>;
  /** How long an entry stays fresh; not written to the file, so each run decides. */
  maxAgeMs: number;
  /**
   * URLs this run found dead, skipped or uncacheable, with when: a merge drops older entries of
   * theirs from the file, so another run's stale "alive" does not come back. Not written to the file.
   */
  removed?: Record<string, number>;
  /**
   * URLs whose entries this run wrote. A merge takes only these from the run (when the field is
   * there), so an entry loaded at the start, which another run has since removed from the file as
   * dead, does not come back. Not written to the file.
   */
  learned?: Set<string>;
  /** The `papers` section (src/metadata/cache.ts): absent when the file has none and no run added one. */
  papers?: PaperCache;
}

/** The papers section of a cache, made when a run first needs it: pass it to gatherPaperFacts. */
export function paperCacheOf(cache: LinkCache, maxAgeMs: number = defaultPaperMaxAgeMs): PaperCache {
  return (cache.papers ??= emptyPaperCache(maxAgeMs));
}

export const defaultCacheMaxAgeMs = 24 * 60 * 60 * 1000;

/** Limits for what a cache file may hold; anything past them is a forged or broken entry. */
export const cacheLimits = { urlLength: 8192, reasonLength: 500 } as const;

export function emptyCache(maxAgeMs: number = defaultCacheMaxAgeMs): LinkCache {
  return { version: 1, entries: entryTable(), maxAgeMs, learned: new Set() };
}

/**
 * Fresh: younger than the cache's max age, and made under the same options when `context` is
 * given (the checker always gives it). An entry from the future (a clock that moved back) is not.
 */
export function freshEntry(cache: LinkCache, url: string, now: number, context?: string): CacheEntry | undefined {
  const entry = Object.hasOwn(cache.entries, url) ? cache.entries[url] : undefined;
  if (!entry || entry.checkedAt > now || now - entry.checkedAt >= cache.maxAgeMs) return undefined;
  if (context !== undefined && entry.context !== context) return undefined;
  return entry;
}

/** Drops the entries that are no longer fresh, so the file does not grow with links long gone. */
export function pruneCache(cache: LinkCache, now: number): LinkCache {
  const entries = entryTable();
  for (const url of Object.keys(cache.entries)) {
    const entry = freshEntry(cache, url, now);
    if (entry) entries[url] = entry;
  }
  return { ...cache, entries, ...(cache.papers && { papers: prunePaperCache(cache.papers, now) }) };
}

/** Stores what a run learned of `url`, marked as learned for mergeCaches. */
export function learnEntry(cache: LinkCache, url: string, entry: CacheEntry): void {
  cache.entries[url] = entry;
  (cache.learned ??= new Set()).add(url);
  if (cache.removed) delete cache.removed[url];
}

/** Forgets what a cache knew of `url`, remembering when, so that a merge drops older entries of it too. */
export function forgetEntry(cache: LinkCache, url: string, now: number): void {
  delete cache.entries[url];
  cache.learned?.delete(url);
  cache.removed ??= Object.create(null) as Record<string, number>;
  cache.removed[url] = now;
}

/**
 * What decides a cached verdict besides the URL: whether private hosts may be reached, which
 * statuses count as alive, the headers sent to each host and a custom User-Agent. A verdict made
 * under other options is not reused (a link cached alive under --allow-private-hosts is not alive
 * without it). Hashed, so no header value (a token) is written to the file. links.exclude is not
 * part of it: exclusion is decided before the cache is asked. Timeouts and retries are not either:
 * changing them should not throw away a day of answers.
 */
export function cacheContext(options: {
  allowPrivateHosts: boolean | string[];
  acceptStatus: number[];
  hosts: Record<string, { headers?: Record<string, string> }>;
  userAgent: string;
  defaultUserAgent?: string;
}): string {
  const hosts = Object.entries(options.hosts)
    .map(([host, override]) => [host.toLowerCase().replace(/\.$/, ''), Object.entries(override.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value] as const).sort(byFirst)] as const)
    .filter(([, headers]) => headers.length > 0)
    .sort(byFirst);
  const decisive = {
    version: 1,
    allowPrivateHosts: Array.isArray(options.allowPrivateHosts) ? [...new Set(options.allowPrivateHosts.map((host) => host.toLowerCase()))].sort() : options.allowPrivateHosts,
    acceptStatus: [...new Set(options.acceptStatus)].sort((a, b) => a - b),
    hosts,
    userAgent: options.userAgent === options.defaultUserAgent ? null : options.userAgent,
  };
  return createHash('sha256').update(JSON.stringify(decisive)).digest('hex').slice(0, 16);
}

const byFirst = (a: readonly [string, unknown], b: readonly [string, unknown]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * An entry as it may be trusted, or why not. Every field is checked: the verdict is one of the two
 * cached ones, numbers are finite, strings are capped and free of control characters, finalUrl is a
 * plain http(s) URL in safeReplacementUrl's form, and rewriteTo is what safeReplacementUrl makes of
 * it for this URL (so a forged entry cannot put markup, a foreign scheme or a non-DOI URL for a DOI
 * link into a list through --fix). Unknown fields are dropped.
 */
export function checkEntry(url: string, value: unknown): { entry: CacheEntry } | { problem: string } {
  if (url.length > cacheLimits.urlLength) return { problem: `its URL is longer than ${cacheLimits.urlLength} characters` };
  if (controlCharacter.test(url)) return { problem: 'its URL holds a control character' };
  if (!isObject(value)) return { problem: 'it is not an object' };
  if (value.verdict !== 'alive' && value.verdict !== 'unverified') return { problem: `it has verdict ${short(value.verdict)}; only "alive" and "unverified" are cached` };
  if (typeof value.checkedAt !== 'number' || !Number.isFinite(value.checkedAt) || value.checkedAt < 0) return { problem: 'it needs "checkedAt" as milliseconds since 1970' };
  const entry: CacheEntry = { verdict: value.verdict, checkedAt: value.checkedAt };
  if (value.status !== undefined) {
    if (typeof value.status !== 'number' || !Number.isInteger(value.status) || value.status < 100 || value.status > 999) return { problem: 'its "status" is not an HTTP status' };
    entry.status = value.status;
  }
  if (value.finalUrl !== undefined) {
    if (typeof value.finalUrl !== 'string' || safeReplacementUrl(value.finalUrl, value.finalUrl) !== value.finalUrl) return { problem: 'its "finalUrl" is not a plain http(s) URL' };
    entry.finalUrl = value.finalUrl;
  }
  if (value.reason !== undefined) {
    if (typeof value.reason !== 'string' || value.reason.length > cacheLimits.reasonLength || controlCharacter.test(value.reason)) return { problem: 'its "reason" is not a short line of text' };
    entry.reason = value.reason;
  }
  if (value.rewriteTo !== undefined) {
    if (typeof value.rewriteTo !== 'string' || safeReplacementUrl(value.rewriteTo, url) !== value.rewriteTo) return { problem: 'its "rewriteTo" may not replace this link' };
    if (value.verdict !== 'alive' || value.permanentRedirect !== true) return { problem: '"rewriteTo" goes only with an alive link and "permanentRedirect": true' };
    entry.permanentRedirect = true;
    entry.rewriteTo = value.rewriteTo;
  } else if (value.permanentRedirect !== undefined && value.permanentRedirect !== false) {
    // Written by an older version, where it meant "some hop was permanent": not trusted for a rewrite.
    return { problem: '"permanentRedirect" without "rewriteTo"' };
  }
  if (value.context !== undefined) {
    if (typeof value.context !== 'string' || !/^[0-9a-f]{16}$/.test(value.context)) return { problem: 'its "context" is not a fingerprint' };
    entry.context = value.context;
  } else {
    return { problem: 'it was written by an older version (no "context")' };
  }
  return { entry };
}

/**
 * Reads a cache file's text. A file that is not a cache at all is one line naming the file, so the
 * user can delete or fix it; a bad entry in a good file is dropped (and told to `onDropped`), the
 * rest is used.
 */
export function parseCache(
  text: string,
  path: string,
  maxAgeMs: number = defaultCacheMaxAgeMs,
  onDropped?: (url: string, problem: string) => void,
  paperMaxAgeMs: number = defaultPaperMaxAgeMs,
): LinkCache {
  const fail = (message: string): never => {
    throw new Error(`${path}: invalid link cache: ${message} (delete the file to start afresh)`);
  };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail(`not JSON (${(error instanceof Error ? error.message : String(error)).split('\n')[0]})`);
  }
  if (!isObject(data)) return fail('the top level must be an object {"version": 1, "entries": {…}}');
  if (data.version !== 1) return fail(`unknown version ${short(data.version)}, expected 1`);
  if (!isObject(data.entries)) return fail('"entries" must be an object keyed by URL');
  const entries = entryTable();
  for (const [url, value] of Object.entries(data.entries)) {
    const checked = checkEntry(url, value);
    if ('entry' in checked) entries[url] = checked.entry;
    else onDropped?.(url.slice(0, 200), checked.problem);
  }
  if (data.papers === undefined) return { version: 1, entries, maxAgeMs, learned: new Set() };
  const papers = parsePaperSection(data.papers, paperMaxAgeMs, onDropped);
  if (typeof papers === 'string') return fail(papers);
  return { version: 1, entries, maxAgeMs, learned: new Set(), papers };
}

/**
 * Two runs sharing a cache file must not lose each other's entries: the file is read again just
 * before writing and merged with what this run learned. For each URL the newer entry wins (ours on
 * a tie); an entry older than this run's finding that the URL is dead (`ours.removed`) goes; and of
 * our entries only those this run wrote (`ours.learned`, when set) are offered, so an entry loaded at
 * the start that another run has removed since stays removed.
 */
export function mergeCaches(onDisk: LinkCache, ours: LinkCache): LinkCache {
  const entries = entryTable();
  for (const [url, entry] of Object.entries(onDisk.entries)) entries[url] = entry;
  for (const [url, at] of Object.entries(ours.removed ?? {})) {
    const theirs = entries[url];
    if (theirs && theirs.checkedAt <= at) delete entries[url];
  }
  const offered = ours.learned ? [...ours.learned].filter((url) => Object.hasOwn(ours.entries, url)) : Object.keys(ours.entries);
  for (const url of offered) {
    const entry = ours.entries[url] as CacheEntry;
    const theirs = entries[url];
    if (!theirs || theirs.checkedAt <= entry.checkedAt) entries[url] = entry;
  }
  const papers = onDisk.papers || ours.papers ? mergePaperCaches(onDisk.papers ?? emptyPaperCache(), ours.papers ?? emptyPaperCache()) : undefined;
  return {
    version: 1,
    entries,
    maxAgeMs: ours.maxAgeMs,
    ...(ours.removed && { removed: ours.removed }),
    ...(ours.learned && { learned: ours.learned }),
    ...(papers && { papers }),
  };
}

/**
 * The text to write for `ours`, given the file's text now (undefined: no file): merged, pruned and
 * serialised. A file that is no cache (any more) is replaced, not merged. This is the `update`
 * function for updateAtomically (src/atomic-write.ts), which calls it under a lock with the file's
 * current text and retries if the file changes before the rename.
 */
export function mergedCacheText(current: string | undefined, ours: LinkCache, now: number): string {
  let onDisk = emptyCache(ours.maxAgeMs);
  if (current !== undefined) {
    try {
      onDisk = parseCache(current, 'cache', ours.maxAgeMs, undefined, ours.papers?.maxAgeMs);
    } catch {
      // Not a cache: ours replaces it.
    }
  }
  return serializeCache(pruneCache(mergeCaches(onDisk, ours), now));
}

/** Keys sorted and one entry a line, so the file diffs well if someone commits it. A `papers` section only when it holds any. */
export function serializeCache(cache: LinkCache): string {
  const urls = Object.keys(cache.entries).sort();
  const lines = urls.map((url) => `    ${JSON.stringify(url)}: ${JSON.stringify(cache.entries[url])}`);
  const papers = cache.papers ? serializePaperSection(cache.papers) : [];
  const paperSection = papers.length > 0 ? `,\n  "papers": {\n${papers.join(',\n')}\n  }` : '';
  return `{\n  "version": 1,\n  "entries": {${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}}${paperSection}\n}\n`;
}

/** No prototype, so that a URL key such as "__proto__" is an entry like any other. */
const entryTable = (): Record<string, CacheEntry> => Object.create(null) as Record<string, CacheEntry>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const short = (value: unknown) => (JSON.stringify(value) ?? String(value)).slice(0, 60);
