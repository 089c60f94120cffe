/**
 * What earlier runs learned, so that a list checked on every push does not knock on every
 * publisher's door each time. Only 'alive' and 'unverified' answers are kept, and only for a while
 * (a day by default): a dead link is always checked again, so that a fixed one stops failing the
 * build at once and a broken one is never excused by an old answer. Reading and writing the file
 * is the CLI's business; these functions only turn text into a cache and back.
 */

export type CachedVerdict = 'alive' | 'unverified';

export interface CacheEntry {
  verdict: CachedVerdict;
  status?: number;
  finalUrl?: string;
  reason?: string;
  permanentRedirect?: boolean;
  /** Milliseconds since the epoch. */
  checkedAt: number;
}

export interface LinkCache {
  version: 1;
  /** Keyed by the URL as written in the list. */
  entries: Record<string, CacheEntry>;
  /** How long an entry stays fresh; not written to the file, so each run decides. */
  maxAgeMs: number;
}

export const defaultCacheMaxAgeMs = 24 * 60 * 60 * 1000;

export function emptyCache(maxAgeMs: number = defaultCacheMaxAgeMs): LinkCache {
  return { version: 1, entries: entryTable(), maxAgeMs };
}

/** Fresh: younger than the cache's max age. An entry from the future (a clock that moved back) is not. */
export function freshEntry(cache: LinkCache, url: string, now: number): CacheEntry | undefined {
  const entry = Object.hasOwn(cache.entries, url) ? cache.entries[url] : undefined;
  if (!entry || entry.checkedAt > now || now - entry.checkedAt >= cache.maxAgeMs) return undefined;
  return entry;
}

/** Drops the entries that are no longer fresh, so the file does not grow with links long gone. */
export function pruneCache(cache: LinkCache, now: number): LinkCache {
  const entries = entryTable();
  for (const url of Object.keys(cache.entries)) {
    const entry = freshEntry(cache, url, now);
    if (entry) entries[url] = entry;
  }
  return { ...cache, entries };
}

/** Reads a cache file's text; any flaw is one line naming the file, so the user can delete or fix it. */
export function parseCache(text: string, path: string, maxAgeMs: number = defaultCacheMaxAgeMs): LinkCache {
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
  if (data.version !== 1) return fail(`unknown version ${JSON.stringify(data.version)}, expected 1`);
  if (!isObject(data.entries)) return fail('"entries" must be an object keyed by URL');
  const entries = entryTable();
  for (const [url, value] of Object.entries(data.entries)) {
    const where = `entry ${JSON.stringify(url)}`;
    if (!isObject(value)) return fail(`${where} must be an object`);
    if (value.verdict !== 'alive' && value.verdict !== 'unverified') return fail(`${where} has verdict ${JSON.stringify(value.verdict)}; only "alive" and "unverified" are cached`);
    if (typeof value.checkedAt !== 'number' || !Number.isFinite(value.checkedAt)) return fail(`${where} needs "checkedAt" as milliseconds since 1970`);
    const entry: CacheEntry = { verdict: value.verdict, checkedAt: value.checkedAt };
    if (value.status !== undefined) entry.status = Number.isInteger(value.status) ? (value.status as number) : fail(`${where} has a "status" that is not a whole number`);
    if (value.finalUrl !== undefined) entry.finalUrl = typeof value.finalUrl === 'string' ? value.finalUrl : fail(`${where} has a "finalUrl" that is not a string`);
    if (value.reason !== undefined) entry.reason = typeof value.reason === 'string' ? value.reason : fail(`${where} has a "reason" that is not a string`);
    if (value.permanentRedirect !== undefined) {
      entry.permanentRedirect = typeof value.permanentRedirect === 'boolean' ? value.permanentRedirect : fail(`${where} has a "permanentRedirect" that is not true or false`);
    }
    entries[url] = entry;
  }
  return { version: 1, entries, maxAgeMs };
}

/** Keys sorted and one entry a line, so the file diffs well if someone commits it. */
export function serializeCache(cache: LinkCache): string {
  const urls = Object.keys(cache.entries).sort();
  const lines = urls.map((url) => `    ${JSON.stringify(url)}: ${JSON.stringify(cache.entries[url])}`);
  return `{\n  "version": 1,\n  "entries": {${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}}\n}\n`;
}

/** No prototype, so that a URL key such as "__proto__" is an entry like any other. */
const entryTable = (): Record<string, CacheEntry> => Object.create(null) as Record<string, CacheEntry>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
