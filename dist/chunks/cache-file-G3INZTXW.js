import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  openLinkCache
} from "./chunk-UDECVCVP.js";
import "./chunk-CBR67RJT.js";
import "./chunk-ER5B2LNI.js";
import "./chunk-R22RXMMY.js";
import "./chunk-HANBNIMK.js";
export {
  openLinkCache
};
