import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultCacheMaxAgeMs,
  emptyCache,
  parseCache,
  pruneCache,
  serializeCache
} from "./chunk-DNE7LHKA.js";
import {
  writeAtomically
} from "./chunk-45MDBG4Y.js";

// src/links/cache-file.ts
import { readFile } from "node:fs/promises";
async function openLinkCache(path, shown, maxAgeMs = defaultCacheMaxAgeMs, startOver) {
  let cache = emptyCache(maxAgeMs);
  try {
    let text;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      if (error.code === "ENOENT") return opened(path, cache);
      throw new Error(`cannot read cache ${shown}: ${error.message}`);
    }
    cache = parseCache(text, shown, maxAgeMs);
  } catch (error) {
    if (!startOver) throw error;
    startOver(error.message);
  }
  return opened(path, cache);
}
function opened(path, cache) {
  return { cache, save: () => writeAtomically(path, serializeCache(pruneCache(cache, Date.now()))) };
}

export {
  openLinkCache
};
