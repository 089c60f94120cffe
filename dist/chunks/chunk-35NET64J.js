import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isHostOrSubdomain
} from "./chunk-AEXWWVWU.js";
import {
  repositoryUrl,
  version
} from "./chunk-VS7LWJUL.js";

// src/metadata/options.ts
var arxivMinIntervalMs = 3e3;
var openReviewMinIntervalMs = 3e3;
var dblpMinIntervalMs = 2e3;
var semanticScholarMinIntervalMs = 1e3;
var defaultDblpBudget = 60;
var maxDblpBudget = 1e4;
var defaultMetadataOptions = {
  sources: {
    arxiv: { url: "https://export.arxiv.org/api/query", intervalMs: arxivMinIntervalMs, concurrency: 1 },
    // Crossref's polite pool (with a mailto): 10 requests a second, 3 at once; its public pool: 5 and 1.
    crossref: { url: "https://api.crossref.org", intervalMs: 100, concurrency: 3 },
    doi: {
      url: "https://doi.org",
      intervalMs: 100,
      concurrency: 2,
      agencyHosts: ["api.crossref.org", "data.crossref.org", "api.datacite.org", "data.datacite.org"]
    },
    openreview: { url: "https://api2.openreview.net", v1Url: "https://api.openreview.net", intervalMs: openReviewMinIntervalMs, concurrency: 1 },
    dblp: { url: "https://dblp.org/search/publ/api", intervalMs: dblpMinIntervalMs, concurrency: 1, budget: defaultDblpBudget },
    semanticScholar: { url: "https://api.semanticscholar.org/graph/v1", intervalMs: semanticScholarMinIntervalMs, concurrency: 1 }
  },
  timeoutMs: 3e4,
  retries: 2,
  userAgent: `lint-list/${version} (+${repositoryUrl})`,
  maxRetryAfterMs: 6e4,
  retryBaseMs: 1e3,
  totalTimeoutMs: 30 * 60 * 1e3,
  allowPrivateHosts: false
};
function metadataOptions(input = {}) {
  const given = input.sources ?? {};
  const defaults = defaultMetadataOptions.sources;
  const pick = (base, over) => {
    const merged = { ...base };
    for (const [key, value] of Object.entries(over ?? {})) if (value !== void 0) merged[key] = value;
    return merged;
  };
  const rest = Object.fromEntries(Object.entries(input).filter(([key, value]) => key !== "sources" && value !== void 0));
  return {
    ...defaultMetadataOptions,
    ...rest,
    sources: {
      arxiv: pick(defaults.arxiv, given.arxiv),
      crossref: pick(defaults.crossref, given.crossref),
      doi: pick(defaults.doi, given.doi),
      openreview: pick(defaults.openreview, given.openreview),
      dblp: pick(defaults.dblp, given.dblp),
      semanticScholar: pick(defaults.semanticScholar, given.semanticScholar)
    }
  };
}
var dblpDomains = ["dblp.org", "dblp.uni-trier.de", "dblp.dagstuhl.de"];
function effectiveLimits(source, settings, hostname, mailto) {
  let concurrency = Math.max(1, Math.floor(settings.concurrency) || 1);
  let intervalMs = Math.max(0, settings.intervalMs || 0);
  if (source === "arxiv" && isHostOrSubdomain(hostname, "arxiv.org")) {
    concurrency = 1;
    intervalMs = Math.max(intervalMs, arxivMinIntervalMs);
  } else if (source === "crossref" && isHostOrSubdomain(hostname, "crossref.org")) {
    concurrency = Math.min(concurrency, mailto ? 3 : 1);
    intervalMs = Math.max(intervalMs, mailto ? 100 : 200);
  } else if (source === "openreview" && isHostOrSubdomain(hostname, "openreview.net")) {
    intervalMs = Math.max(intervalMs, openReviewMinIntervalMs);
  } else if (source === "dblp" && dblpDomains.some((domain) => isHostOrSubdomain(hostname, domain))) {
    concurrency = 1;
    intervalMs = Math.max(intervalMs, dblpMinIntervalMs);
  } else if (source === "semanticScholar" && isHostOrSubdomain(hostname, "semanticscholar.org")) {
    concurrency = 1;
    intervalMs = Math.max(intervalMs, semanticScholarMinIntervalMs);
  }
  return { concurrency, intervalMs };
}

export {
  arxivMinIntervalMs,
  openReviewMinIntervalMs,
  dblpMinIntervalMs,
  semanticScholarMinIntervalMs,
  defaultDblpBudget,
  maxDblpBudget,
  defaultMetadataOptions,
  metadataOptions,
  effectiveLimits
};
