import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  arxivMinIntervalMs,
  defaultMetadataOptions,
  effectiveLimits,
  metadataOptions,
  openReviewMinIntervalMs
} from "./chunk-MWHJPS2O.js";
import "./chunk-AEXWWVWU.js";
import "./chunk-VS7LWJUL.js";
import "./chunk-HANBNIMK.js";
export {
  arxivMinIntervalMs,
  defaultMetadataOptions,
  effectiveLimits,
  metadataOptions,
  openReviewMinIntervalMs
};
