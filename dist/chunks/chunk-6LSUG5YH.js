import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  defaultPaperMaxAgeMs,
  emptyPaperCache,
  mergePaperCaches,
  parsePaperSection,
  prunePaperCache,
  serializePaperSection
} from "./chunk-FHECH5BC.js";
import {
  safeReplacementUrl
} from "./chunk-R22RXMMY.js";

// src/links/cache.ts
import { createHash } from "node:crypto";
function paperCacheOf(cache, maxAgeMs = defaultPaperMaxAgeMs) {
  return cache.papers ??= emptyPaperCache(maxAgeMs);
}
var defaultCacheMaxAgeMs = 24 * 60 * 60 * 1e3;
var cacheLimits = { urlLength: 8192, reasonLength: 500 };
function emptyCache(maxAgeMs = defaultCacheMaxAgeMs) {
  return { version: 1, entries: entryTable(), maxAgeMs, learned: /* @__PURE__ */ new Set() };
}
function freshEntry(cache, url, now, context) {
  const entry = Object.hasOwn(cache.entries, url) ? cache.entries[url] : void 0;
  if (!entry || entry.checkedAt > now || now - entry.checkedAt >= cache.maxAgeMs) return void 0;
  if (context !== void 0 && entry.context !== context) return void 0;
  return entry;
}
function pruneCache(cache, now) {
  const entries = entryTable();
  for (const url of Object.keys(cache.entries)) {
    const entry = freshEntry(cache, url, now);
    if (entry) entries[url] = entry;
  }
  return { ...cache, entries, ...cache.papers && { papers: prunePaperCache(cache.papers, now) } };
}
function learnEntry(cache, url, entry) {
  cache.entries[url] = entry;
  (cache.learned ??= /* @__PURE__ */ new Set()).add(url);
  if (cache.removed) delete cache.removed[url];
}
function forgetEntry(cache, url, now) {
  delete cache.entries[url];
  cache.learned?.delete(url);
  cache.removed ??= /* @__PURE__ */ Object.create(null);
  cache.removed[url] = now;
}
function cacheContext(options) {
  const hosts = Object.entries(options.hosts).map(([host, override]) => [host.toLowerCase().replace(/\.$/, ""), Object.entries(override.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]).sort(byFirst)]).filter(([, headers]) => headers.length > 0).sort(byFirst);
  const decisive = {
    version: 1,
    allowPrivateHosts: Array.isArray(options.allowPrivateHosts) ? [...new Set(options.allowPrivateHosts.map((host) => host.toLowerCase()))].sort() : options.allowPrivateHosts,
    acceptStatus: [...new Set(options.acceptStatus)].sort((a, b) => a - b),
    hosts,
    userAgent: options.userAgent === options.defaultUserAgent ? null : options.userAgent
  };
  return createHash("sha256").update(JSON.stringify(decisive)).digest("hex").slice(0, 16);
}
var byFirst = (a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
function checkEntry(url, value) {
  if (url.length > cacheLimits.urlLength) return { problem: `its URL is longer than ${cacheLimits.urlLength} characters` };
  if (controlCharacter.test(url)) return { problem: "its URL holds a control character" };
  if (!isObject(value)) return { problem: "it is not an object" };
  if (value.verdict !== "alive" && value.verdict !== "unverified") return { problem: `it has verdict ${short(value.verdict)}; only "alive" and "unverified" are cached` };
  if (typeof value.checkedAt !== "number" || !Number.isFinite(value.checkedAt) || value.checkedAt < 0) return { problem: 'it needs "checkedAt" as milliseconds since 1970' };
  const entry = { verdict: value.verdict, checkedAt: value.checkedAt };
  if (value.status !== void 0) {
    if (typeof value.status !== "number" || !Number.isInteger(value.status) || value.status < 100 || value.status > 999) return { problem: 'its "status" is not an HTTP status' };
    entry.status = value.status;
  }
  if (value.finalUrl !== void 0) {
    if (typeof value.finalUrl !== "string" || safeReplacementUrl(value.finalUrl, value.finalUrl) !== value.finalUrl) return { problem: 'its "finalUrl" is not a plain http(s) URL' };
    entry.finalUrl = value.finalUrl;
  }
  if (value.reason !== void 0) {
    if (typeof value.reason !== "string" || value.reason.length > cacheLimits.reasonLength || controlCharacter.test(value.reason)) return { problem: 'its "reason" is not a short line of text' };
    entry.reason = value.reason;
  }
  if (value.rewriteTo !== void 0) {
    if (typeof value.rewriteTo !== "string" || safeReplacementUrl(value.rewriteTo, url) !== value.rewriteTo) return { problem: 'its "rewriteTo" may not replace this link' };
    if (value.verdict !== "alive" || value.permanentRedirect !== true) return { problem: '"rewriteTo" goes only with an alive link and "permanentRedirect": true' };
    entry.permanentRedirect = true;
    entry.rewriteTo = value.rewriteTo;
  } else if (value.permanentRedirect !== void 0 && value.permanentRedirect !== false) {
    return { problem: '"permanentRedirect" without "rewriteTo"' };
  }
  if (value.context !== void 0) {
    if (typeof value.context !== "string" || !/^[0-9a-f]{16}$/.test(value.context)) return { problem: 'its "context" is not a fingerprint' };
    entry.context = value.context;
  } else {
    return { problem: 'it was written by an older version (no "context")' };
  }
  return { entry };
}
function parseCache(text, path, maxAgeMs = defaultCacheMaxAgeMs, onDropped, paperMaxAgeMs = defaultPaperMaxAgeMs) {
  const fail = (message) => {
    throw new Error(`${path}: invalid link cache: ${message} (delete the file to start afresh)`);
  };
  let data;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return fail(`not JSON (${(error instanceof Error ? error.message : String(error)).split("\n")[0]})`);
  }
  if (!isObject(data)) return fail('the top level must be an object {"version": 1, "entries": {\u2026}}');
  if (data.version !== 1) return fail(`unknown version ${short(data.version)}, expected 1`);
  if (!isObject(data.entries)) return fail('"entries" must be an object keyed by URL');
  const entries = entryTable();
  for (const [url, value] of Object.entries(data.entries)) {
    const checked = checkEntry(url, value);
    if ("entry" in checked) entries[url] = checked.entry;
    else onDropped?.(url.slice(0, 200), checked.problem);
  }
  if (data.papers === void 0) return { version: 1, entries, maxAgeMs, learned: /* @__PURE__ */ new Set() };
  const papers = parsePaperSection(data.papers, paperMaxAgeMs, onDropped);
  if (typeof papers === "string") return fail(papers);
  return { version: 1, entries, maxAgeMs, learned: /* @__PURE__ */ new Set(), papers };
}
function mergeCaches(onDisk, ours) {
  const entries = entryTable();
  for (const [url, entry] of Object.entries(onDisk.entries)) entries[url] = entry;
  for (const [url, at] of Object.entries(ours.removed ?? {})) {
    const theirs = entries[url];
    if (theirs && theirs.checkedAt <= at) delete entries[url];
  }
  const offered = ours.learned ? [...ours.learned].filter((url) => Object.hasOwn(ours.entries, url)) : Object.keys(ours.entries);
  for (const url of offered) {
    const entry = ours.entries[url];
    const theirs = entries[url];
    if (!theirs || theirs.checkedAt <= entry.checkedAt) entries[url] = entry;
  }
  const papers = onDisk.papers || ours.papers ? mergePaperCaches(onDisk.papers ?? emptyPaperCache(), ours.papers ?? emptyPaperCache()) : void 0;
  return {
    version: 1,
    entries,
    maxAgeMs: ours.maxAgeMs,
    ...ours.removed && { removed: ours.removed },
    ...ours.learned && { learned: ours.learned },
    ...papers && { papers }
  };
}
function mergedCacheText(current, ours, now) {
  let onDisk = emptyCache(ours.maxAgeMs);
  if (current !== void 0) {
    try {
      onDisk = parseCache(current, "cache", ours.maxAgeMs, void 0, ours.papers?.maxAgeMs);
    } catch {
    }
  }
  return serializeCache(pruneCache(mergeCaches(onDisk, ours), now));
}
function serializeCache(cache) {
  const urls = Object.keys(cache.entries).sort();
  const lines = urls.map((url) => `    ${JSON.stringify(url)}: ${JSON.stringify(cache.entries[url])}`);
  const papers = cache.papers ? serializePaperSection(cache.papers) : [];
  const paperSection = papers.length > 0 ? `,
  "papers": {
${papers.join(",\n")}
  }` : "";
  return `{
  "version": 1,
  "entries": {${lines.length > 0 ? `
${lines.join(",\n")}
  ` : ""}}${paperSection}
}
`;
}
var entryTable = () => /* @__PURE__ */ Object.create(null);
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var controlCharacter = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
var short = (value) => (JSON.stringify(value) ?? String(value)).slice(0, 60);

export {
  paperCacheOf,
  defaultCacheMaxAgeMs,
  cacheLimits,
  emptyCache,
  freshEntry,
  pruneCache,
  learnEntry,
  forgetEntry,
  cacheContext,
  checkEntry,
  parseCache,
  mergeCaches,
  mergedCacheText,
  serializeCache
};
