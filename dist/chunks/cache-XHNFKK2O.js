import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultCacheMaxAgeMs,
  emptyCache,
  freshEntry,
  parseCache,
  pruneCache,
  serializeCache
} from "./chunk-ACTFCOU2.js";
import "./chunk-HANBNIMK.js";
export {
  defaultCacheMaxAgeMs,
  emptyCache,
  freshEntry,
  parseCache,
  pruneCache,
  serializeCache
};
