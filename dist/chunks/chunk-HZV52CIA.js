import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  repositoryUrl,
  version
} from "./chunk-VS7LWJUL.js";

// src/parse/position.ts
function lineStartsOf(text) {
  const starts = [0];
  lineEnding.lastIndex = 0;
  while (lineEnding.exec(text) !== null) starts.push(lineEnding.lastIndex);
  return starts;
}
var lineEnding = /\r\n?|\n/g;
function pointAt(lineStarts, offset) {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low] + 1, offset };
}
function lineText(text, lineStarts, line) {
  const start = lineStarts[line - 1] ?? text.length;
  let end = lineStarts[line] ?? text.length;
  if (end > start && text.charCodeAt(end - 1) === 10) end -= 1;
  if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
  return text.slice(start, end);
}

// src/links/types.ts
var defaultLinkCheckOptions = {
  timeoutMs: 15e3,
  retries: 2,
  concurrency: 32,
  hostConcurrency: 4,
  hosts: { "arxiv.org": { intervalMs: 300 } },
  acceptStatus: [],
  userAgent: `lint-list/${version} (+${repositoryUrl})`,
  allowPrivateHosts: false,
  exclude: [],
  maxRetryAfterMs: 6e4,
  retryBaseMs: 500
};

// src/identity/paper-id.ts
var newArxivId = /(\d{4}\.\d{4,5})(?:v\d+)?/;
var oldArxivId = /([a-z-]+)(?:\.[a-z]{2})?\/(\d{7})(?:v\d+)?/i;
var arxivHosts = /* @__PURE__ */ new Set(["arxiv.org", "export.arxiv.org", "ar5iv.org", "ar5iv.labs.arxiv.org", "alphaxiv.org"]);
var doiPattern = /(?:^|\/)(10\.\d{4,9}\/[^?#\s]+)/;
function paperIdOf(rawUrl) {
  let url;
  try {
    url = new URL(rawUrl.trim());
  } catch {
    return void 0;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return void 0;
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  if (arxivHosts.has(host) || host === "huggingface.co" && path.startsWith("/papers/")) {
    const rest = path.replace(/^\/(abs|pdf|html|format|papers)\//, "/").replace(/^\/arxiv:/i, "/");
    const old = oldArxivId.exec(rest);
    const id = newArxivId.exec(rest)?.[1] ?? (old ? `${old[1]}/${old[2]}` : void 0);
    if (id) return arxiv(id);
    return void 0;
  }
  if (host === "openreview.net") {
    const id = url.searchParams.get("id");
    if (id && /^\/(forum|pdf|attachment)$/.test(path)) return { key: `openreview:${id}`, label: `OpenReview ${id}` };
    return void 0;
  }
  const doi = doiPattern.exec(path)?.[1];
  if (doi) {
    const cleaned = doi.replace(/\/(full|abstract|pdf|epdf|fulltext|meta)$/i, "").replace(/\.pdf$/i, "").replace(/\/+$/, "");
    const fromArxiv = /^10\.48550\/arxiv\.(.+)$/i.exec(cleaned);
    if (fromArxiv?.[1]) return arxiv(fromArxiv[1]);
    return { key: `doi:${cleaned.toLowerCase()}`, label: `DOI ${cleaned}` };
  }
  return void 0;
}
function arxiv(id) {
  const bare = id.replace(/v\d+$/, "").toLowerCase();
  return { key: `arxiv:${bare}`, label: `arXiv ${bare}` };
}
function normalizeUrl(rawUrl) {
  try {
    const url = new URL(rawUrl.trim());
    if (url.protocol !== "http:" && url.protocol !== "https:") return void 0;
    const host = url.hostname.toLowerCase().replace(/^www\./, "");
    const path = url.pathname.replace(/\/+$/, "");
    return `${host}${url.port ? `:${url.port}` : ""}${path}${url.search}`;
  } catch {
    return void 0;
  }
}
function linkKey(url) {
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return void 0;
  try {
    const parsed = new URL(trimmed);
    parsed.hash = "";
    return parsed.href;
  } catch {
    return void 0;
  }
}
var publicationHosts = [
  "arxiv.org",
  "doi.org",
  "openreview.net",
  "aclanthology.org",
  "aclweb.org",
  "proceedings.neurips.cc",
  "papers.nips.cc",
  "proceedings.mlr.press",
  "jmlr.org",
  "openaccess.thecvf.com",
  "ecva.net",
  "ijcai.org",
  "ojs.aaai.org",
  "aaai.org",
  "dl.acm.org",
  "ieeexplore.ieee.org",
  "link.springer.com",
  "sciencedirect.com",
  "nature.com",
  "science.org",
  "biorxiv.org",
  "medrxiv.org",
  "chemrxiv.org",
  "pubs.acs.org",
  "academic.oup.com",
  "onlinelibrary.wiley.com",
  "semanticscholar.org",
  "pnas.org",
  "cell.com",
  "mdpi.com",
  "frontiersin.org",
  "tandfonline.com",
  "iopscience.iop.org",
  "papers.ssrn.com",
  "researchgate.net",
  "usenix.org",
  "isca-archive.org",
  "ncbi.nlm.nih.gov",
  "europepmc.org",
  "hal.science",
  "alphaxiv.org",
  "ar5iv.org",
  "ar5iv.labs.arxiv.org",
  "dblp.org"
];
function isPublicationUrl(rawUrl) {
  let host;
  try {
    host = new URL(rawUrl.trim()).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return false;
  }
  if (paperIdOf(rawUrl)) return true;
  return publicationHosts.some((known) => host === known || host.endsWith(`.${known}`));
}

// src/parse/links-in-scope.ts
function linksInScope(model, scope) {
  if (scope === "all") return model.documentLinks ?? [];
  return model.papers.flatMap((entry) => entry.links.map((link) => ({ url: link.url, start: link.start.offset, end: link.end.offset })));
}

export {
  lineStartsOf,
  pointAt,
  lineText,
  defaultLinkCheckOptions,
  paperIdOf,
  normalizeUrl,
  linkKey,
  isPublicationUrl,
  linksInScope
};
