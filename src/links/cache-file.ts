import { readFile } from 'node:fs/promises';
import { updateAtomically } from '../atomic-write.js';
import { defaultCacheMaxAgeMs, emptyCache, type LinkCache, mergedCacheText, parseCache } from './cache.js';

/** A cache file opened for one run: the CLI's `--cache` and the Action's cache both go through here. */
export interface OpenLinkCache {
  cache: LinkCache;
  /**
   * Writes what this run learned, merged with what the file holds now (another run may have written
   * it meanwhile), under a lock and through a temporary file and a rename: no reader sees half a
   * file, and no run loses another's entries. A cache that cannot be written is told to `warn`:
   * the run's report is never lost for it.
   */
  save(): Promise<void>;
}

export interface CacheFileOptions {
  maxAgeMs?: number;
  /** How long a paper's metadata stays fresh (the `papers` section); 30 days by default. */
  paperMaxAgeMs?: number;
  /** Told of each entry dropped because it does not hold what a cache entry may, and of a failed save. */
  warn?: (why: string) => void;
  /** When given, an unreadable or malformed file starts an empty cache after this is told why. */
  startOver?: (why: string) => void;
}

/** A missing cache file is an empty cache; an unreadable or malformed one is an error with one line. */
export async function openLinkCache(path: string, shown: string, options: CacheFileOptions = {}): Promise<OpenLinkCache> {
  const maxAgeMs = options.maxAgeMs ?? defaultCacheMaxAgeMs;
  let cache = emptyCache(maxAgeMs);
  try {
    let text: string | undefined;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`cannot read cache ${shown}: ${(error as Error).message}`);
    }
    if (text !== undefined) {
      cache = parseCache(text, shown, maxAgeMs, (url, problem) => options.warn?.(`${shown}: dropped the entry for ${url}: ${problem}`), options.paperMaxAgeMs);
    }
  } catch (error) {
    if (!options.startOver) throw error;
    options.startOver((error as Error).message);
  }
  return {
    cache,
    save: () =>
      updateAtomically(path, (current) => mergedCacheText(current, cache, Date.now())).catch((error: unknown) => {
        if (!options.warn) throw error;
        options.warn(`could not write cache ${shown}: ${(error as Error).message}`);
      }),
  };
}
