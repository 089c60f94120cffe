import { readFile } from 'node:fs/promises';
import { writeAtomically } from '../atomic-write.js';
import { defaultCacheMaxAgeMs, emptyCache, type LinkCache, parseCache, pruneCache, serializeCache } from './cache.js';

/** A cache file opened for one run: the CLI's `--cache` and the Action's cache both go through here. */
export interface OpenLinkCache {
  cache: LinkCache;
  /** Drops stale entries and writes through a temporary file and a rename, so no reader sees half a file. */
  save(): Promise<void>;
}

/**
 * A missing cache file is an empty cache; an unreadable or malformed one is an error with one line,
 * or, when `startOver` is given, an empty cache after `startOver` is told why.
 */
export async function openLinkCache(
  path: string,
  shown: string,
  maxAgeMs: number = defaultCacheMaxAgeMs,
  startOver?: (why: string) => void,
): Promise<OpenLinkCache> {
  let cache = emptyCache(maxAgeMs);
  try {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return opened(path, cache);
      throw new Error(`cannot read cache ${shown}: ${(error as Error).message}`);
    }
    cache = parseCache(text, shown, maxAgeMs);
  } catch (error) {
    if (!startOver) throw error;
    startOver((error as Error).message);
  }
  return opened(path, cache);
}

function opened(path: string, cache: LinkCache): OpenLinkCache {
  return { cache, save: () => writeAtomically(path, serializeCache(pruneCache(cache, Date.now()))) };
}
