import { readFile } from 'node:fs/promises';
import { writeAtomically } from '../atomic-write.js';
import { emptyCache, type LinkCache, parseCache, pruneCache, serializeCache } from './cache.js';

/** A missing cache file is an empty cache; an unreadable or malformed one is an error with one line. */
export async function readCacheFile(path: string, shown: string, maxAgeMs: number): Promise<LinkCache> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyCache(maxAgeMs);
    throw new Error(`cannot read cache ${shown}: ${(error as Error).message}`);
  }
  return parseCache(text, shown, maxAgeMs);
}

/** Drops stale entries and writes through a temporary file and a rename, so no reader sees half a file. */
export async function writeCacheFile(path: string, cache: LinkCache, now: number): Promise<void> {
  await writeAtomically(path, serializeCache(pruneCache(cache, now)));
}
