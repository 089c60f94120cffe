import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readCacheFile,
  writeCacheFile
} from "./chunk-LFFAOL2A.js";
import "./chunk-45MDBG4Y.js";
import "./chunk-ACTFCOU2.js";
import "./chunk-HANBNIMK.js";
export {
  readCacheFile,
  writeCacheFile
};
