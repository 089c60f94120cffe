import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  openLinkCache
} from "./chunk-6XEXHFGX.js";
import "./chunk-DNE7LHKA.js";
import "./chunk-45MDBG4Y.js";
import "./chunk-HANBNIMK.js";
export {
  openLinkCache
};
