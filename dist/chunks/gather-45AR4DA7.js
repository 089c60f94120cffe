import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  arxivVerifier,
  gatherPaperFacts,
  paperKeysOf,
  politeClientFor
} from "./chunk-KLAVDK4E.js";
import "./chunk-35NET64J.js";
import "./chunk-EY6LUBKE.js";
import "./chunk-AEXWWVWU.js";
import "./chunk-A3GYUITE.js";
import "./chunk-PVIX2U5C.js";
import "./chunk-5BWVF5UA.js";
import "./chunk-VS7LWJUL.js";
import "./chunk-FHECH5BC.js";
import "./chunk-HANBNIMK.js";
export {
  arxivVerifier,
  gatherPaperFacts,
  paperKeysOf,
  politeClientFor
};
