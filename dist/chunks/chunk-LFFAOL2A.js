import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  writeAtomically
} from "./chunk-45MDBG4Y.js";
import {
  emptyCache,
  parseCache,
  pruneCache,
  serializeCache
} from "./chunk-ACTFCOU2.js";

// src/links/cache-file.ts
import { readFile } from "node:fs/promises";
async function readCacheFile(path, shown, maxAgeMs) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return emptyCache(maxAgeMs);
    throw new Error(`cannot read cache ${shown}: ${error.message}`);
  }
  return parseCache(text, shown, maxAgeMs);
}
async function writeCacheFile(path, cache, now) {
  await writeAtomically(path, serializeCache(pruneCache(cache, now)));
}

export {
  readCacheFile,
  writeCacheFile
};
