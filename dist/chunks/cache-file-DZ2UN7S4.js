import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  openLinkCache
} from "./chunk-TC57QXUO.js";
import "./chunk-CBR67RJT.js";
import "./chunk-6LSUG5YH.js";
import "./chunk-FHECH5BC.js";
import "./chunk-R22RXMMY.js";
import "./chunk-HANBNIMK.js";
export {
  openLinkCache
};
