import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  openLinkCache
} from "./chunk-OAUF5JEC.js";
import "./chunk-CBR67RJT.js";
import "./chunk-YW672GZE.js";
import "./chunk-O4CCRTG2.js";
import "./chunk-R22RXMMY.js";
import "./chunk-HANBNIMK.js";
export {
  openLinkCache
};
