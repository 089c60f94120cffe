import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkModelLinks
} from "./chunk-CTK7JLIZ.js";
import "./chunk-R5YN4RSM.js";
import "./chunk-ACTFCOU2.js";
import "./chunk-HANBNIMK.js";
export {
  checkModelLinks
};
