import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkModelLinks
} from "./chunk-JKNTS4JD.js";
import "./chunk-LHL5KN3Q.js";
import "./chunk-ACTFCOU2.js";
import "./chunk-HANBNIMK.js";
export {
  checkModelLinks
};
