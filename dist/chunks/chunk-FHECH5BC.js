import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/metadata/cache.ts
import { createHash } from "node:crypto";

// src/metadata/record.ts
var limits = {
  title: 1e3,
  venue: 300,
  text: 1e3,
  id: 300,
  url: 2048,
  type: 100,
  /** Nesting a JSON answer may have; the real ones stay under 10. */
  jsonDepth: 64
};
var maxRetryAfterMs = 60 * 60 * 1e3;
function failure(answer, reason, options = {}, rateLimited = false) {
  const retryAfterMs = retryAfterOf(answer, options.now ?? Date.now());
  const result = {
    outcome: "unverified",
    reason,
    status: answer.status,
    rateLimited: rateLimited || answer.status === 429 || answer.status === 503 && retryAfterMs !== void 0
  };
  if (retryAfterMs !== void 0) result.retryAfterMs = retryAfterMs;
  return result;
}
function headerOf(answer, name) {
  const value = answer.headers?.[name];
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return void 0;
}
function retryAfterOf(answer, now) {
  const raw = headerOf(answer, "retry-after")?.trim();
  if (!raw || raw.length > 64) return void 0;
  if (/^\d+$/.test(raw)) return Math.min(Number(raw) * 1e3, maxRetryAfterMs);
  const at = Date.parse(raw);
  if (Number.isNaN(at)) return void 0;
  return Math.min(Math.max(0, at - now), maxRetryAfterMs);
}
function statusFailure(answer, sourceName, options = {}) {
  const { status } = answer;
  if (status >= 200 && status < 300) return void 0;
  if (status === 429) return failure(answer, `${sourceName} answered HTTP 429 (too many requests)`, options, true);
  if (looksLikeHtml(answer.body)) {
    const title = htmlTitleOf(answer.body);
    return failure(answer, `${sourceName} answered HTTP ${status} with an HTML page${title ? ` ('${title}')` : ""}`, options);
  }
  if (status >= 300 && status < 400) return failure(answer, `${sourceName} answered HTTP ${status}, a redirect that was not followed`, options);
  return failure(answer, `${sourceName} answered HTTP ${status}`, options);
}
function looksLikeHtml(body) {
  const start = body.slice(0, 512).replace(/^\uFEFF/, "").trimStart().slice(0, 64).toLowerCase();
  return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head") || start.startsWith("<body");
}
function htmlTitleOf(body) {
  const head = body.slice(0, 4096);
  const match = /<title[^>]{0,100}>([^<]{1,200})<\/title>/i.exec(head);
  const title = match?.[1] ? collapseSpace(decodeEntities(match[1])) : "";
  return title === "" ? void 0 : title;
}
function tooLarge(answer, sourceName, maxChars, options) {
  if (answer.body.length <= maxChars) return void 0;
  return failure(answer, `${sourceName}'s answer is larger than ${formatSize(maxChars)}; it was not read`, options);
}
function formatSize(chars) {
  return chars >= 1024 * 1024 ? `${Math.round(chars / (1024 * 1024))} MB` : `${Math.round(chars / 1024)} KB`;
}
function readJson(body, sourceName) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i += 1) {
    const code = body.charCodeAt(i);
    if (inString) {
      if (code === 92) i += 1;
      else if (code === 34) inString = false;
      continue;
    }
    if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      depth += 1;
      if (depth > limits.jsonDepth) return { ok: false, reason: `${sourceName}'s answer is nested deeper than ${limits.jsonDepth} levels` };
    } else if (code === 125 || code === 93) depth -= 1;
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false, reason: `${sourceName}'s answer is not valid JSON` };
  }
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function field(value, key) {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : void 0;
}
function stringOf(value, max) {
  const raw = typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : void 0;
  if (raw === void 0) return void 0;
  const text2 = capText(collapseSpace(raw.slice(0, max * 4)), max);
  return text2 === "" ? void 0 : text2;
}
function plainTextOf(value, max) {
  const raw = typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : void 0;
  if (raw === void 0) return void 0;
  const text2 = capText(collapseSpace(decodeEntities(raw.slice(0, max * 4).replace(/<[^<>]{0,200}>/g, ""))), max);
  return text2 === "" ? void 0 : text2;
}
function collapseSpace(text2) {
  return text2.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, "").replace(/\s+/g, " ").trim();
}
function capText(text2, max) {
  if (text2.length <= max) return text2;
  const code = text2.charCodeAt(max - 1);
  return text2.slice(0, code >= 55296 && code <= 56319 ? max - 1 : max);
}
var namedEntities = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\xA0" };
function decodeEntities(text2) {
  if (!text2.includes("&")) return text2;
  return text2.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, name) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 1114111 && !(code >= 55296 && code <= 57343) ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}
function yearOf(value) {
  const year = typeof value === "number" ? value : typeof value === "string" && /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  return Number.isInteger(year) && year >= 1600 && year <= 2100 ? year : void 0;
}
function dateYearOf(value) {
  const parts = field(value, "date-parts");
  if (!Array.isArray(parts) || !Array.isArray(parts[0])) return void 0;
  return yearOf(parts[0][0]);
}
function doiOf(value) {
  if (typeof value !== "string" || value.length > limits.id) return void 0;
  const doi = value.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, "");
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi.toLowerCase() : void 0;
}
function urlOf(value) {
  const text2 = typeof value === "string" ? value.trim() : void 0;
  if (!text2 || text2.length > limits.url || !/^https?:\/\/[^\s]+$/i.test(text2)) return void 0;
  return text2;
}
function withoutUndefined(record) {
  for (const key of Object.keys(record)) {
    if (record[key] === void 0) delete record[key];
  }
  return record;
}

// src/metadata/cache.ts
var dayMs = 24 * 60 * 60 * 1e3;
var defaultPaperMaxAgeMs = 30 * dayMs;
var venueFoundMaxAgeMs = 90 * dayMs;
var onlyPreprintMaxAgeMs = 7 * dayMs;
var maxCachedHits = 30;
function emptyPaperCache(maxAgeMs = defaultPaperMaxAgeMs) {
  return { entries: table(), searches: table(), related: table(), maxAgeMs, learned: /* @__PURE__ */ new Set() };
}
function answerMaxAgeMs(records) {
  return records.some((record) => record.kind === "conference" || record.kind === "journal") ? venueFoundMaxAgeMs : onlyPreprintMaxAgeMs;
}
var searchCacheKey = (normalizedTitle) => `search:dblp:${normalizedTitle}`;
var relatedCacheKey = (source, paperKey) => `related:${source}:${paperKey}`;
var fingerprint = (decisive) => createHash("sha256").update(JSON.stringify(decisive)).digest("hex").slice(0, 16);
function searchCacheContext(options, hits) {
  return fingerprint({ version: 1, kind: "search", dblp: options.sources.dblp.url, hits });
}
function relatedCacheContext(options, source) {
  const { crossref, doi, semanticScholar } = options.sources;
  return source === "crossref" ? fingerprint({ version: 1, kind: "related", crossref: crossref.url, doi: doi.url }) : fingerprint({ version: 1, kind: "related", semanticScholar: semanticScholar.url });
}
var freshAnswer = (entry, records, now, context) => entry && entry.checkedAt <= now && now - entry.checkedAt < answerMaxAgeMs(records(entry)) && entry.context === context ? entry : void 0;
function freshSearch(cache, normalizedTitle, now, context) {
  const key = searchCacheKey(normalizedTitle);
  return freshAnswer(Object.hasOwn(cache.searches, key) ? cache.searches[key] : void 0, (entry) => entry.hits, now, context);
}
function learnSearch(cache, normalizedTitle, entry) {
  const key = searchCacheKey(normalizedTitle);
  cache.searches[key] = entry;
  (cache.learned ??= /* @__PURE__ */ new Set()).add(key);
}
function freshRelated(cache, source, paperKey, asked, now, context) {
  const key = relatedCacheKey(source, paperKey);
  const entry = freshAnswer(Object.hasOwn(cache.related, key) ? cache.related[key] : void 0, (found) => found.records, now, context);
  return entry && entry.asked === asked ? entry : void 0;
}
function learnRelated(cache, paperKey, entry) {
  const key = relatedCacheKey(entry.source, paperKey);
  cache.related[key] = entry;
  (cache.learned ??= /* @__PURE__ */ new Set()).add(key);
}
function paperCacheContext(options) {
  const { arxiv, crossref, doi, openreview } = options.sources;
  const decisive = { version: 1, arxiv: arxiv.url, crossref: crossref.url, doi: doi.url, openreview: openreview.url, openreviewV1: openreview.v1Url };
  return createHash("sha256").update(JSON.stringify(decisive)).digest("hex").slice(0, 16);
}
function freshPaper(cache, key, now, context) {
  const entry = Object.hasOwn(cache.entries, key) ? cache.entries[key] : void 0;
  if (!entry || entry.checkedAt > now || now - entry.checkedAt >= cache.maxAgeMs || entry.context !== context) return void 0;
  return entry;
}
function learnPaper(cache, key, entry) {
  cache.entries[key] = entry;
  (cache.learned ??= /* @__PURE__ */ new Set()).add(key);
  if (cache.removed) delete cache.removed[key];
}
function forgetPaper(cache, key, now) {
  delete cache.entries[key];
  cache.learned?.delete(key);
  cache.removed ??= /* @__PURE__ */ Object.create(null);
  cache.removed[key] = now;
}
function prunePaperCache(cache, now) {
  const entries = table();
  for (const [key, entry] of Object.entries(cache.entries)) {
    if (entry.checkedAt <= now && now - entry.checkedAt < cache.maxAgeMs) entries[key] = entry;
  }
  const searches = table();
  for (const [key, entry] of Object.entries(cache.searches)) {
    if (entry.checkedAt <= now && now - entry.checkedAt < answerMaxAgeMs(entry.hits)) searches[key] = entry;
  }
  const related = table();
  for (const [key, entry] of Object.entries(cache.related)) {
    if (entry.checkedAt <= now && now - entry.checkedAt < answerMaxAgeMs(entry.records)) related[key] = entry;
  }
  return { ...cache, entries, searches, related };
}
function mergePaperCaches(onDisk, ours) {
  const entries = table();
  for (const [key, entry] of Object.entries(onDisk.entries)) entries[key] = entry;
  for (const [key, at] of Object.entries(ours.removed ?? {})) {
    const theirs = entries[key];
    if (theirs && theirs.checkedAt <= at) delete entries[key];
  }
  const merge = (into, mine) => {
    const offered = ours.learned ? [...ours.learned].filter((key) => Object.hasOwn(mine, key)) : Object.keys(mine);
    for (const key of offered) {
      const entry = mine[key];
      const theirs = into[key];
      if (!theirs || theirs.checkedAt <= entry.checkedAt) into[key] = entry;
    }
    return into;
  };
  merge(entries, ours.entries);
  const searches = merge(Object.assign(table(), onDisk.searches), ours.searches);
  const related = merge(Object.assign(table(), onDisk.related), ours.related);
  return { ...ours, entries, searches, related };
}
function parsePaperSection(value, maxAgeMs, onDropped) {
  if (!isObject2(value)) return '"papers" must be an object keyed by paper, e.g. "arxiv:2110.14633"';
  const cache = emptyPaperCache(maxAgeMs);
  for (const [key, entry] of Object.entries(value)) {
    if (key.startsWith("search:")) {
      const checked = checkSearchEntry(key, entry);
      if ("entry" in checked) cache.searches[key] = checked.entry;
      else onDropped?.(key.slice(0, 200), checked.problem);
    } else if (key.startsWith("related:")) {
      const checked = checkRelatedEntry(key, entry);
      if ("entry" in checked) cache.related[key] = checked.entry;
      else onDropped?.(key.slice(0, 200), checked.problem);
    } else {
      const checked = checkPaperEntry(key, entry);
      if ("entry" in checked) cache.entries[key] = checked.entry;
      else onDropped?.(key.slice(0, 200), checked.problem);
    }
  }
  return cache;
}
function serializePaperSection(cache) {
  const all = { ...cache.entries, ...cache.searches, ...cache.related };
  return Object.keys(all).sort().map((key) => `    ${JSON.stringify(key)}: ${JSON.stringify(all[key])}`);
}
var sources = /* @__PURE__ */ new Set(["arxiv", "crossref", "doi", "openreview", "dblp", "semanticScholar"]);
var kinds = /* @__PURE__ */ new Set(["conference", "workshop", "journal", "preprint", "other"]);
var keyPattern = /^(?:arxiv|doi|openreview):\S{1,300}$/;
var control = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
function checkPaperEntry(key, value) {
  if (!keyPattern.test(key) || control.test(key)) return { problem: 'its key is not a paper key such as "arxiv:2110.14633"' };
  if (!isObject2(value)) return { problem: "it is not an object" };
  if (value.status !== "found") return { problem: `it has status ${short(value.status)}; only "found" is cached` };
  if (typeof value.checkedAt !== "number" || !Number.isFinite(value.checkedAt) || value.checkedAt < 0) return { problem: 'it needs "checkedAt" as milliseconds since 1970' };
  if (typeof value.context !== "string" || !/^[0-9a-f]{16}$/.test(value.context)) return { problem: 'its "context" is not a fingerprint' };
  const record = checkRecord(value.record);
  if (typeof record === "string") return { problem: `its record ${record}` };
  return { entry: { status: "found", record, checkedAt: value.checkedAt, context: value.context } };
}
var searchKeyPattern = /^search:dblp:\S{1,1000}$/;
var relatedKeyPattern = /^related:(crossref|semanticScholar):((?:arxiv|doi|openreview):\S{1,300})$/;
function checkSearchEntry(key, value) {
  if (!searchKeyPattern.test(key) || control.test(key)) return { problem: 'its key is not a title search such as "search:dblp:gitrebasin\u2026"' };
  const common = checkAnswered(value);
  if (typeof common === "string") return { problem: common };
  const entry = value;
  if (entry.source !== "dblp") return { problem: `its source ${short(entry.source)} is no title search source` };
  const hits = checkRecords(entry.hits, "hits");
  if (typeof hits === "string") return { problem: hits };
  return { entry: { status: "answered", source: "dblp", hits, checkedAt: common.checkedAt, context: common.context } };
}
function checkRelatedEntry(key, value) {
  const match = relatedKeyPattern.exec(key);
  if (!match || control.test(key)) return { problem: 'its key is not a related lookup such as "related:crossref:arxiv:2110.14633"' };
  const common = checkAnswered(value);
  if (typeof common === "string") return { problem: common };
  const entry = value;
  if (entry.source !== match[1]) return { problem: "its source is not the one its key names" };
  const asked = text(entry.asked, limits.id);
  if (asked === void 0 || asked === "" || /\s/.test(asked)) return { problem: 'it needs "asked", the id that was asked' };
  const records = checkRecords(entry.records, "records");
  if (typeof records === "string") return { problem: records };
  return { entry: { status: "answered", source: entry.source, asked, records, checkedAt: common.checkedAt, context: common.context } };
}
function checkAnswered(value) {
  if (!isObject2(value)) return "it is not an object";
  if (value.status !== "answered") return `it has status ${short(value.status)}; only "answered" is cached`;
  if (typeof value.checkedAt !== "number" || !Number.isFinite(value.checkedAt) || value.checkedAt < 0) return 'it needs "checkedAt" as milliseconds since 1970';
  if (typeof value.context !== "string" || !/^[0-9a-f]{16}$/.test(value.context)) return 'its "context" is not a fingerprint';
  return { checkedAt: value.checkedAt, context: value.context };
}
function checkRecords(value, name) {
  if (!Array.isArray(value) || value.length > maxCachedHits) return `its "${name}" is not a list of at most ${maxCachedHits} records`;
  const records = [];
  for (const [index, item] of value.entries()) {
    const record = checkRecord(item);
    if (typeof record === "string") return `its ${name}[${index}] ${record}`;
    records.push(record);
  }
  return records;
}
function checkRecord(value) {
  if (!isObject2(value)) return "is not an object";
  if (typeof value.source !== "string" || !sources.has(value.source)) return "names no known source";
  const id = text(value.id, limits.id);
  if (id === void 0 || id === "") return "has no id";
  const title = text(value.title, limits.title);
  if (title === void 0) return "has no title";
  if (!isObject2(value.ids)) return "has no ids";
  const ids = {};
  for (const name of ["arxiv", "doi", "openreview", "dblp"]) {
    const idValue = value.ids[name];
    if (idValue === void 0) continue;
    const checked = text(idValue, limits.id);
    if (checked === void 0 || checked === "" || /\s/.test(checked)) return `has a bad ids.${name}`;
    ids[name] = checked;
  }
  const record = { source: value.source, id, title, ids };
  const strings = [
    ["venue", limits.venue],
    ["venueId", limits.venue],
    ["type", limits.type],
    ["journalRef", limits.text],
    ["comment", limits.text]
  ];
  for (const [name, max] of strings) {
    if (value[name] === void 0) continue;
    const checked = text(value[name], max);
    if (checked === void 0) return `has a bad "${name}"`;
    record[name] = checked;
  }
  if (value.url !== void 0) {
    if (typeof value.url !== "string" || value.url.length > limits.url || !/^https?:\/\/[^\s<>"'`\\]+$/i.test(value.url) || control.test(value.url)) return 'has a bad "url"';
    record.url = value.url;
  }
  if (value.year !== void 0) {
    if (typeof value.year !== "number" || !Number.isInteger(value.year) || value.year < 1600 || value.year > 2100) return 'has a bad "year"';
    record.year = value.year;
  }
  if (value.version !== void 0) {
    if (typeof value.version !== "number" || !Number.isInteger(value.version) || value.version < 1 || value.version > 9999) return 'has a bad "version"';
    record.version = value.version;
  }
  if (value.kind !== void 0) {
    if (typeof value.kind !== "string" || !kinds.has(value.kind)) return 'has a bad "kind"';
    record.kind = value.kind;
  }
  if (value.primaryCategory !== void 0) {
    if (typeof value.primaryCategory !== "string" || !/^[a-z-]+(?:\.[a-z-]+)?$/i.test(value.primaryCategory) || value.primaryCategory.length > 30) return 'has a bad "primaryCategory"';
    record.primaryCategory = value.primaryCategory;
  }
  if (value.earlierTitles !== void 0) {
    if (!Array.isArray(value.earlierTitles) || value.earlierTitles.length > 20) return 'has a bad "earlierTitles"';
    const earlier = [];
    for (const item of value.earlierTitles) {
      const version = isObject2(item) ? item.version : void 0;
      const title2 = isObject2(item) ? text(item.title, limits.title) : void 0;
      if (typeof version !== "number" || !Number.isInteger(version) || version < 1 || version > 9999 || title2 === void 0) return 'has a bad "earlierTitles"';
      earlier.push({ version, title: title2 });
    }
    record.earlierTitles = earlier;
  }
  for (const name of ["withdrawn", "accepted"]) {
    if (value[name] === void 0) continue;
    if (typeof value[name] !== "boolean") return `has a bad "${name}"`;
    record[name] = value[name];
  }
  return record;
}
function text(value, max) {
  return typeof value === "string" && value.length <= max && !control.test(value) ? value : void 0;
}
var table = () => /* @__PURE__ */ Object.create(null);
var isObject2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var short = (value) => (JSON.stringify(value) ?? String(value)).slice(0, 60);

export {
  limits,
  failure,
  statusFailure,
  looksLikeHtml,
  htmlTitleOf,
  tooLarge,
  readJson,
  isObject,
  field,
  stringOf,
  plainTextOf,
  collapseSpace,
  capText,
  yearOf,
  dateYearOf,
  doiOf,
  urlOf,
  withoutUndefined,
  defaultPaperMaxAgeMs,
  emptyPaperCache,
  searchCacheContext,
  relatedCacheContext,
  freshSearch,
  learnSearch,
  freshRelated,
  learnRelated,
  paperCacheContext,
  freshPaper,
  learnPaper,
  forgetPaper,
  prunePaperCache,
  mergePaperCaches,
  parsePaperSection,
  serializePaperSection
};
