import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  cacheContext,
  cacheLimits,
  checkEntry,
  defaultCacheMaxAgeMs,
  emptyCache,
  forgetEntry,
  freshEntry,
  learnEntry,
  mergeCaches,
  mergedCacheText,
  paperCacheOf,
  parseCache,
  pruneCache,
  serializeCache
} from "./chunk-6LSUG5YH.js";
import "./chunk-FHECH5BC.js";
import "./chunk-R22RXMMY.js";
import "./chunk-HANBNIMK.js";
export {
  cacheContext,
  cacheLimits,
  checkEntry,
  defaultCacheMaxAgeMs,
  emptyCache,
  forgetEntry,
  freshEntry,
  learnEntry,
  mergeCaches,
  mergedCacheText,
  paperCacheOf,
  parseCache,
  pruneCache,
  serializeCache
};
