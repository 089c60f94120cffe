import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  arxivMinIntervalMs,
  dblpMinIntervalMs,
  defaultDblpBudget,
  defaultMetadataOptions,
  effectiveLimits,
  maxDblpBudget,
  metadataOptions,
  openReviewMinIntervalMs,
  semanticScholarMinIntervalMs
} from "./chunk-35NET64J.js";
import "./chunk-AEXWWVWU.js";
import "./chunk-VS7LWJUL.js";
import "./chunk-HANBNIMK.js";
export {
  arxivMinIntervalMs,
  dblpMinIntervalMs,
  defaultDblpBudget,
  defaultMetadataOptions,
  effectiveLimits,
  maxDblpBudget,
  metadataOptions,
  openReviewMinIntervalMs,
  semanticScholarMinIntervalMs
};
