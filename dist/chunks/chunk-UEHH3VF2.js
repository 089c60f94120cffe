import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

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

export {
  paperIdOf,
  normalizeUrl,
  linkKey,
  isPublicationUrl
};
