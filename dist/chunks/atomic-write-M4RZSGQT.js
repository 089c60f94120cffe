import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  writeAtomically
} from "./chunk-45MDBG4Y.js";
import "./chunk-HANBNIMK.js";
export {
  writeAtomically
};
