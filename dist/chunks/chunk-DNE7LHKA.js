import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/links/cache.ts
var defaultCacheMaxAgeMs = 24 * 60 * 60 * 1e3;
function emptyCache(maxAgeMs = defaultCacheMaxAgeMs) {
  return { version: 1, entries: entryTable(), maxAgeMs };
}
function freshEntry(cache, url, now) {
  const entry = Object.hasOwn(cache.entries, url) ? cache.entries[url] : void 0;
  if (!entry || entry.checkedAt > now || now - entry.checkedAt >= cache.maxAgeMs) return void 0;
  return entry;
}
function pruneCache(cache, now) {
  const entries = entryTable();
  for (const url of Object.keys(cache.entries)) {
    const entry = freshEntry(cache, url, now);
    if (entry) entries[url] = entry;
  }
  return { ...cache, entries };
}
function parseCache(text, path, maxAgeMs = defaultCacheMaxAgeMs) {
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
  if (data.version !== 1) return fail(`unknown version ${JSON.stringify(data.version)}, expected 1`);
  if (!isObject(data.entries)) return fail('"entries" must be an object keyed by URL');
  const entries = entryTable();
  for (const [url, value] of Object.entries(data.entries)) {
    const where = `entry ${JSON.stringify(url)}`;
    if (!isObject(value)) return fail(`${where} must be an object`);
    if (value.verdict !== "alive" && value.verdict !== "unverified") return fail(`${where} has verdict ${JSON.stringify(value.verdict)}; only "alive" and "unverified" are cached`);
    if (typeof value.checkedAt !== "number" || !Number.isFinite(value.checkedAt)) return fail(`${where} needs "checkedAt" as milliseconds since 1970`);
    const entry = { verdict: value.verdict, checkedAt: value.checkedAt };
    if (value.status !== void 0) entry.status = Number.isInteger(value.status) ? value.status : fail(`${where} has a "status" that is not a whole number`);
    if (value.finalUrl !== void 0) entry.finalUrl = typeof value.finalUrl === "string" ? value.finalUrl : fail(`${where} has a "finalUrl" that is not a string`);
    if (value.reason !== void 0) entry.reason = typeof value.reason === "string" ? value.reason : fail(`${where} has a "reason" that is not a string`);
    if (value.permanentRedirect !== void 0) {
      entry.permanentRedirect = typeof value.permanentRedirect === "boolean" ? value.permanentRedirect : fail(`${where} has a "permanentRedirect" that is not true or false`);
    }
    entries[url] = entry;
  }
  return { version: 1, entries, maxAgeMs };
}
function serializeCache(cache) {
  const urls = Object.keys(cache.entries).sort();
  const lines = urls.map((url) => `    ${JSON.stringify(url)}: ${JSON.stringify(cache.entries[url])}`);
  return `{
  "version": 1,
  "entries": {${lines.length > 0 ? `
${lines.join(",\n")}
  ` : ""}}
}
`;
}
var entryTable = () => /* @__PURE__ */ Object.create(null);
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

export {
  defaultCacheMaxAgeMs,
  emptyCache,
  freshEntry,
  pruneCache,
  parseCache,
  serializeCache
};
