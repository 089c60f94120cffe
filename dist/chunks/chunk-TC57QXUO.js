import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  updateAtomically
} from "./chunk-CBR67RJT.js";
import {
  defaultCacheMaxAgeMs,
  emptyCache,
  mergedCacheText,
  parseCache
} from "./chunk-6LSUG5YH.js";

// src/links/cache-file.ts
import { readFile } from "node:fs/promises";
async function openLinkCache(path, shown, options = {}) {
  const maxAgeMs = options.maxAgeMs ?? defaultCacheMaxAgeMs;
  let cache = emptyCache(maxAgeMs);
  try {
    let text;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      if (error.code !== "ENOENT") throw new Error(`cannot read cache ${shown}: ${error.message}`);
    }
    if (text !== void 0) {
      cache = parseCache(text, shown, maxAgeMs, (url, problem) => options.warn?.(`${shown}: dropped the entry for ${url}: ${problem}`), options.paperMaxAgeMs);
    }
  } catch (error) {
    if (!options.startOver) throw error;
    options.startOver(error.message);
  }
  return {
    cache,
    save: () => updateAtomically(path, (current) => mergedCacheText(current, cache, Date.now())).catch((error) => {
      if (!options.warn) throw error;
      options.warn(`could not write cache ${shown}: ${error.message}`);
    })
  };
}

export {
  openLinkCache
};
