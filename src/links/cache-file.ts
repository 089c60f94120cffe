import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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

export async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${randomBytes(6).toString('hex')}.lint-list.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new Error(`cannot write ${path}: ${(error as Error).message}`);
  }
}
