import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readCacheFile,
  writeCacheFile
} from "./chunk-LW25FVPC.js";
import "./chunk-WM4B64GM.js";
import "./chunk-ACTFCOU2.js";
import "./chunk-HANBNIMK.js";
export {
  readCacheFile,
  writeCacheFile
};
