import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  FileChangedError,
  readWithSnapshot,
  snapshotOf,
  updateAtomically,
  writeAtomically
} from "./chunk-CBR67RJT.js";
import "./chunk-HANBNIMK.js";
export {
  FileChangedError,
  readWithSnapshot,
  snapshotOf,
  updateAtomically,
  writeAtomically
};
