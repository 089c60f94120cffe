import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  effectiveLimits
} from "./chunk-35NET64J.js";
import {
  PoliteClient,
  header
} from "./chunk-EY6LUBKE.js";
import {
  normalizeHost
} from "./chunk-AEXWWVWU.js";
import {
  XMLParser,
  XMLValidator
} from "./chunk-A3GYUITE.js";
import {
  arxivMatchKey,
  normalizeTitleLoose,
  parseArxivId,
  parseReportedArxivId
} from "./chunk-PVIX2U5C.js";
import {
  capText,
  collapseSpace,
  dateYearOf,
  doiOf,
  failure,
  field,
  forgetPaper,
  freshPaper,
  htmlTitleOf,
  isObject,
  learnPaper,
  limits,
  looksLikeHtml,
  paperCacheContext,
  plainTextOf,
  readJson,
  statusFailure,
  stringOf,
  tooLarge,
  urlOf,
  withoutUndefined,
  yearOf
} from "./chunk-FHECH5BC.js";

// src/metadata/arxiv.ts
var arxivMaxBatch = 400;
var arxivFormContentType = "application/x-www-form-urlencoded";
var arxivMaxBodyChars = 8 * 1024 * 1024;
var maxMarkupCount = 3e5;
function planArxivBatches(ids, options = {}) {
  const batchSize2 = Math.max(1, Math.min(arxivMaxBatch, Math.floor(options.batchSize ?? arxivMaxBatch)));
  const unique = /* @__PURE__ */ new Set();
  const rejected = [];
  for (const input of ids) {
    const reading = parseArxivId(input, options.now);
    if (reading.valid) unique.add(reading.id);
    else rejected.push({ input, reason: reading.reason });
  }
  const all = [...unique];
  const batches = [];
  for (let start = 0; start < all.length; start += batchSize2) {
    const batch = all.slice(start, start + batchSize2);
    const body = new URLSearchParams({ id_list: batch.join(","), max_results: String(batch.length), start: "0" }).toString();
    batches.push({ ids: batch, maxResults: batch.length, body });
  }
  return { batches, rejected };
}
function parseArxivAnswer(answer, asked, options = {}) {
  try {
    return readAnswer(answer, asked, options);
  } catch {
    return failure(answer, "arXiv's answer could not be read", options);
  }
}
function readAnswer(answer, asked, options) {
  const oversize = tooLarge(answer, "arXiv", options.maxBodyChars ?? arxivMaxBodyChars, options);
  if (oversize) return oversize;
  if (answer.body.trim() === "Rate exceeded.") return failure(answer, 'arXiv answered "Rate exceeded." (too many requests)', options, true);
  if (answer.status === 429 || looksLikeHtml(answer.body) || answer.status !== 200 && answer.status !== 400) {
    if (answer.status !== 200) return statusFailure(answer, "arXiv", options) ?? failure(answer, `arXiv answered HTTP ${answer.status}`, options);
    const title = htmlTitleOf(answer.body);
    return failure(answer, `arXiv answered with an HTML page${title ? ` ('${title}')` : ""} instead of an Atom feed`, options);
  }
  const feed = readFeed(answer.body);
  if (typeof feed === "string") {
    return failure(answer, answer.status === 400 ? "arXiv answered HTTP 400" : `arXiv's answer is not a readable Atom feed: ${feed}`, options);
  }
  const entries = asArray(feed.entry);
  const errorEntry = entries.find(isErrorEntry);
  if (errorEntry) return errorFailure(answer, errorEntry, options);
  if (answer.status !== 200) return failure(answer, `arXiv answered HTTP ${answer.status}`, options);
  const byVersion = /* @__PURE__ */ new Map();
  const latest = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const record = recordOf(entry);
    if (typeof record === "string") return failure(answer, `arXiv's answer has an entry that cannot be read (${record})`, options);
    const key = arxivMatchKey(record.id);
    if (record.version !== void 0 && !byVersion.has(`${key}v${record.version}`)) byVersion.set(`${key}v${record.version}`, record);
    const known = latest.get(key);
    if (!known || (record.version ?? 0) > (known.version ?? 0)) latest.set(key, record);
  }
  const total = countOf(feed.totalResults);
  const startIndex = countOf(feed.startIndex) ?? 0;
  const complete = total !== void 0 && startIndex + entries.length >= total;
  const records = /* @__PURE__ */ new Map();
  const missing = [];
  const unanswered = [];
  for (const id of asked) {
    const version = /v(\d+)$/i.exec(id.trim())?.[1];
    const key = arxivMatchKey(id);
    const record = (version === void 0 ? void 0 : byVersion.get(`${key}v${Number(version)}`)) ?? latest.get(key);
    if (record) records.set(id, record);
    else if (complete) missing.push(id);
    else unanswered.push(id);
  }
  return { outcome: "answered", records, missing, unanswered };
}
function readFeed(body) {
  if (/<!(?:doctype|entity)/i.test(body)) return "it declares a DOCTYPE, which arXiv never sends";
  let markup = 0;
  for (let at = body.indexOf("<"); at !== -1; at = body.indexOf("<", at + 1)) {
    markup += 1;
    if (markup > maxMarkupCount) return "it holds far more elements than any real answer";
  }
  for (let at = body.indexOf("="); at !== -1; at = body.indexOf("=", at + 1)) {
    markup += 1;
    if (markup > 2 * maxMarkupCount) return "it holds far more attributes than any real answer";
  }
  const wellFormed = XMLValidator.validate(body);
  if (wellFormed !== true) return `it is not well-formed XML (${wellFormed.err.msg.slice(0, 80)}; truncated?)`;
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    // arxiv:comment and opensearch:totalResults are read by local name, whatever the prefix.
    removeNSPrefix: true,
    // Titles such as "0" stay strings; so do ids such as 1605.08386.
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => name === "entry" || name === "link" || name === "author" || name === "category"
  });
  const document = parser.parse(body);
  const feed = isNode(document) ? document.feed : void 0;
  return isNode(feed) ? feed : "it has no <feed> element";
}
function isNode(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asArray(value) {
  return Array.isArray(value) ? value : value === void 0 ? [] : [value];
}
function textOf(value) {
  const node = Array.isArray(value) ? value[0] : value;
  if (typeof node === "string") return node;
  if (isNode(node) && typeof node["#text"] === "string") return node["#text"];
  return void 0;
}
function attributeOf(value, name) {
  const node = Array.isArray(value) ? value[0] : value;
  const attribute = isNode(node) ? node[`@_${name}`] : void 0;
  return typeof attribute === "string" ? attribute : void 0;
}
function countOf(value) {
  const text = textOf(value)?.trim();
  return text !== void 0 && /^\d{1,9}$/.test(text) ? Number(text) : void 0;
}
var errorIdPattern = /^https?:\/\/arxiv\.org\/api\/errors/i;
function isErrorEntry(entry) {
  if (!isNode(entry)) return false;
  return errorIdPattern.test(textOf(entry.id) ?? "") || textOf(entry.title) === "Error" && !/\/abs\//.test(textOf(entry.id) ?? "");
}
function errorFailure(answer, entry, options) {
  const id = isNode(entry) ? textOf(entry.id) ?? "" : "";
  const fragment = capText(collapseSpace(id.slice(id.indexOf("#") + 1, id.indexOf("#") + 801)), 200);
  const rejectedId = /^incorrect_id_format_for_(.+)$/.exec(fragment)?.[1];
  const what = id.includes("#") && fragment !== "" ? fragment.replace(/_/g, " ") : "an error";
  const result = failure(answer, `arXiv rejected the request: ${what}`, options);
  if (rejectedId) result.rejectedIds = [rejectedId];
  return result;
}
var entryIdPattern = /^https?:\/\/(?:www\.)?arxiv\.org\/abs\/(.+)$/i;
function recordOf(entry) {
  if (!isNode(entry)) return "not an element";
  const idUrl = textOf(entry.id)?.trim() ?? "";
  const idText = entryIdPattern.exec(idUrl)?.[1];
  const reading = idText !== void 0 ? parseReportedArxivId(idText) : void 0;
  if (!reading?.valid) return `id '${capText(idUrl, 80)}'`;
  const title = capText(collapseSpace(textOf(entry.title)?.slice(0, limits.title * 4) ?? ""), limits.title);
  if (title === "") return `${reading.id} has no title`;
  const comment = shortText(entry.comment, limits.text);
  const published = textOf(entry.published)?.trim() ?? "";
  const year = /^(\d{4})-\d{2}-\d{2}/.exec(published)?.[1];
  const category = attributeOf(entry.primary_category, "term")?.trim();
  const doi = doiOf(textOf(entry.doi));
  return withoutUndefined({
    source: "arxiv",
    id: reading.id,
    title,
    year: year === void 0 ? void 0 : Number(year),
    kind: "preprint",
    ids: doi === void 0 ? { arxiv: reading.id } : { arxiv: reading.id, doi },
    url: `https://arxiv.org/abs/${reading.id}`,
    withdrawn: comment !== void 0 && saysWithdrawn(comment),
    journalRef: shortText(entry.journal_ref, limits.text),
    primaryCategory: category && /^[a-z-]+(?:\.[a-z-]+)?$/i.test(category) && category.length <= 30 ? category : void 0,
    comment,
    version: reading.version
  });
}
function shortText(value, max) {
  const text = textOf(value);
  if (text === void 0) return void 0;
  const collapsed = capText(collapseSpace(text.slice(0, max * 4)), max);
  return collapsed === "" ? void 0 : collapsed;
}
var withdrawnPatterns = [
  /(?<!\b(?:earlier|previous|prior|older|original|first)\s(?:[\w-]+\s){0,3})\b(?:paper|article|submission|manuscript|preprint|work|report|note|this\s+version)\s+(?:has\s+been|had\s+been|is\s+being|is|was)\s+(?:formally\s+|permanently\s+)?withdrawn\b(?!\s+from\b)/i,
  /^\W*(?:paper\s+|article\s+|submission\s+)?withdrawn\b(?!\s+from\b)/i,
  /\bwithdrawn\s+(?:by|at\s+the\s+request\s+of)\s+(?:the\s+)?(?:authors?|submitter|arxiv|administrators?|moderators?)\b/i,
  /\b(?:authors?|submitter)\s+(?:has|have)\s+withdrawn\s+(?:this|the)\s+(?:paper|article|submission|manuscript|preprint|work)\b/i
];
function saysWithdrawn(comment) {
  return withdrawnPatterns.some((pattern) => pattern.test(comment));
}

// src/metadata/client.ts
async function fetchAnswer(context, sourceName2, url, init) {
  if (url.protocol !== "https:" && url.protocol !== "http:") return failed(`${sourceName2} is configured at a ${url.protocol} URL, not http(s)`);
  const blocked = context.polite.blockedHost(url.hostname);
  if (blocked) return failed(`${sourceName2} is at a ${blocked}; allow private hosts to ask it`);
  const headers = { "user-agent": userAgentOf(context.options), ...init.headers };
  const { attempt, retries } = await context.polite.request(url, {
    method: init.method ?? "GET",
    headers,
    readBody: { maxBytes: init.maxBytes },
    ...init.body !== void 0 && { body: init.body },
    ...init.rateLimited && { rateLimited: init.rateLimited },
    ...init.backoffBaseMs !== void 0 && { backoffBaseMs: init.backoffBaseMs }
  });
  if (attempt.kind === "error") return failed(networkReason(sourceName2, attempt, url.hostname, retries));
  if (attempt.bodyTooLarge || attempt.body === void 0) {
    return failed(`${sourceName2}'s answer is larger than ${Math.round(init.maxBytes / (1024 * 1024))} MB; it was not read`, attempt.status);
  }
  const answer = { status: attempt.status, body: attempt.body, headers: attempt.headers };
  return { ok: true, answer };
}
function failed(reason, status = 0) {
  return { ok: false, failure: { outcome: "unverified", reason, status, rateLimited: false } };
}
var afterRetries = (retries) => retries === 0 ? "" : ` after ${retries} ${retries === 1 ? "retry" : "retries"}`;
function networkReason(sourceName2, attempt, hostname, retries) {
  const after = afterRetries(retries);
  switch (attempt.failure) {
    case "timeout":
      return `${sourceName2} did not answer in time${after}`;
    case "reset":
      return `${sourceName2} closed the connection${after}`;
    case "refused":
      return `${sourceName2} refused the connection`;
    case "unknown-host":
      return `${sourceName2}'s host ${hostname} is unknown`;
    case "dns-temporary":
      return `the DNS lookup of ${sourceName2}'s host failed${after}`;
    case "unreachable":
      return `${sourceName2} could not be reached: network unreachable${after}`;
    case "tls":
      return `TLS failure with ${sourceName2} (${attempt.detail})`;
    case "private":
      return `${sourceName2} is at a ${attempt.detail}; allow private hosts to ask it`;
    case "aborted":
      return `${sourceName2} was not asked: ${attempt.detail}`;
    default:
      return `${sourceName2} could not be asked (${attempt.detail})`;
  }
}
function userAgentOf(options) {
  return options.mailto ? `${options.userAgent} (mailto:${options.mailto})` : options.userAgent;
}
function endpoint(base, path, query = {}) {
  let url;
  try {
    url = new URL(base);
  } catch {
    return `'${base.slice(0, 80)}' is not a URL`;
  }
  url.pathname = `${url.pathname.replace(/\/+$/, "")}${path}`;
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url;
}
var unverified = (reason) => ({ status: "unverified", reason });

// src/metadata/arxiv-client.ts
var sourceName = "arXiv";
function arxivRateLimited(attempt) {
  if (attempt.kind !== "response") return false;
  if (attempt.status === 429) return true;
  if (attempt.status === 503 && header(attempt, "retry-after") !== void 0) return true;
  return attempt.status === 200 && attempt.body !== void 0 && attempt.body.length < 64 && attempt.body.trim() === "Rate exceeded.";
}
async function askArxiv(ids, context, decided) {
  const settings = context.options.sources.arxiv;
  const now = context.options.now?.() ?? Date.now();
  const plan = planArxivBatches(ids, { now });
  for (const rejected of plan.rejected) decided(`arxiv:${rejected.input}`, { status: "nonexistent", reason: rejected.reason });
  const url = endpoint(settings.url, "");
  if (typeof url === "string") {
    for (const batch of plan.batches) for (const id of batch.ids) decided(`arxiv:${id}`, unverified(`the arXiv source ${url}`));
    return;
  }
  const ask = (batch) => askBatch(url, batch, context);
  const absent = [];
  await Promise.all(
    plan.batches.map(async (batch) => {
      const result = await ask(batch);
      if (result.outcome !== "answered") {
        for (const id of batch.ids) decided(`arxiv:${id}`, unverified(result.reason));
        return;
      }
      for (const [id, record] of result.records) decided(`arxiv:${id}`, { status: "found", record });
      absent.push(...result.missing, ...result.unanswered);
    })
  );
  const again = planArxivBatches(absent, { now, batchSize: arxivMaxBatch });
  await Promise.all(
    again.batches.map(async (batch) => {
      const result = await ask(batch);
      if (result.outcome !== "answered") {
        for (const id of batch.ids) decided(`arxiv:${id}`, unverified(result.reason));
        return;
      }
      for (const [id, record] of result.records) decided(`arxiv:${id}`, { status: "found", record });
      for (const id of result.missing) decided(`arxiv:${id}`, { status: "nonexistent", reason: `arXiv has no paper ${id}` });
      for (const id of result.unanswered) decided(`arxiv:${id}`, unverified(`arXiv's answer left out ${id} twice`));
    })
  );
}
var maxVersionsPerPaper = 10;
async function askArxivVersions(papers, context) {
  const titles = /* @__PURE__ */ new Map();
  const url = endpoint(context.options.sources.arxiv.url, "");
  if (typeof url === "string") return titles;
  const asked = [];
  for (const { id, latest } of papers) {
    const earlier = Array.from({ length: Math.max(0, latest - 1) }, (_, i) => i + 1);
    const chosen = earlier.length <= maxVersionsPerPaper ? earlier : [1, ...earlier.slice(-(maxVersionsPerPaper - 1))];
    for (const version of chosen) asked.push({ id, versioned: `${id}v${version}`, version });
  }
  const batches = [];
  for (let i = 0; i < asked.length; i += arxivMaxBatch) batches.push(asked.slice(i, i + arxivMaxBatch));
  const failed2 = /* @__PURE__ */ new Set();
  const found = /* @__PURE__ */ new Map();
  await Promise.all(
    batches.map(async (batch) => {
      const ids = batch.map((item) => item.versioned);
      const body = new URLSearchParams({ id_list: ids.join(","), max_results: String(ids.length), start: "0" }).toString();
      const result = await askBatch(url, { ids, maxResults: ids.length, body }, context);
      if (result.outcome !== "answered") {
        for (const item of batch) failed2.add(item.id);
        return;
      }
      for (const [versioned, record] of result.records) if (record.version !== void 0 && versioned.endsWith(`v${record.version}`)) found.set(versioned, record.title);
    })
  );
  for (const { id } of papers) {
    if (failed2.has(id)) continue;
    titles.set(
      id,
      asked.filter((item) => item.id === id && found.has(item.versioned)).map((item) => ({ version: item.version, title: found.get(item.versioned) }))
    );
  }
  return titles;
}
async function askBatch(url, batch, context) {
  const settings = context.options.sources.arxiv;
  const fetched = await fetchAnswer(context, sourceName, url, {
    method: "POST",
    headers: { "content-type": arxivFormContentType, accept: "application/atom+xml" },
    body: batch.body,
    maxBytes: arxivMaxBodyChars,
    rateLimited: arxivRateLimited,
    // "Rate exceeded." names no Retry-After: back off by at least twice the interval.
    backoffBaseMs: Math.max(context.options.retryBaseMs ?? 0, 2 * settings.intervalMs)
  });
  if (!fetched.ok) return fetched.failure;
  return parseArxivAnswer(fetched.answer, batch.ids, { now: context.options.now?.() ?? Date.now() });
}

// src/metadata/crossref.ts
var crossrefMaxBodyChars = 4 * 1024 * 1024;
var crossrefListMaxBodyChars = 8 * 1024 * 1024;
function parseCrossrefWork(answer, options = {}) {
  try {
    const oversize = tooLarge(answer, "Crossref", options.maxBodyChars ?? crossrefMaxBodyChars, options);
    if (oversize) return oversize;
    if (answer.status === 404 && answer.body.trim() === "Resource not found.") {
      return { outcome: "not-found", reason: "Crossref holds no record of this DOI" };
    }
    const message = envelopeOf(answer, "work", options);
    if ("outcome" in message) return message;
    const record = crossrefRecordOf(message.value);
    if (!record) return failure(answer, "Crossref's answer holds no readable work (no DOI)", options);
    return { outcome: "found", record };
  } catch {
    return failure(answer, "Crossref's answer could not be read", options);
  }
}
function envelopeOf(answer, messageType, options) {
  const bad = statusFailure(answer, "Crossref", options);
  if (bad) return bad;
  const json = readJson(answer.body, "Crossref");
  if (!json.ok) return failure(answer, json.reason, options);
  if (field(json.value, "status") !== "ok" || field(json.value, "message-type") !== messageType) {
    return failure(answer, `Crossref's answer is not a ${messageType} message`, options);
  }
  return { value: field(json.value, "message") };
}
function crossrefRecordOf(work) {
  const doiWritten = field(work, "DOI");
  const doi = doiOf(doiWritten);
  if (doi === void 0 || typeof doiWritten !== "string") return void 0;
  const type = stringOf(field(work, "type"), limits.type);
  const ids = { doi };
  const arxiv = preprintArxivIdOf(work);
  if (arxiv) ids.arxiv = arxiv;
  return withoutUndefined({
    source: "crossref",
    id: doiWritten.trim(),
    // Crossref titles carry JATS markup (`<scp>R</scp>`), entities and indentation inside.
    title: plainTextOf(field(work, "title"), limits.title) ?? plainTextOf(field(work, "original-title"), limits.title) ?? "",
    venue: plainTextOf(field(work, "container-title"), limits.venue) ?? plainTextOf(field(field(work, "event"), "name"), limits.venue),
    year: firstYear(work, ["published", "issued", "published-print", "published-online", "posted"]),
    type,
    kind: kindOfCrossrefType(type, stringOf(field(work, "subtype"), limits.type)),
    ids,
    url: urlOf(field(work, "URL"))
  });
}
function firstYear(work, dateFields) {
  for (const name of dateFields) {
    const year = dateYearOf(field(work, name));
    if (year !== void 0) return year;
  }
  return void 0;
}
function kindOfCrossrefType(type, subtype) {
  switch (type) {
    case void 0:
      return void 0;
    case "journal-article":
    case "article-journal":
      return "journal";
    case "proceedings-article":
    case "paper-conference":
      return "conference";
    case "posted-content":
      return subtype === void 0 || subtype === "preprint" ? "preprint" : "other";
    // CSL's "article": a preprint or working paper; DataCite gives it to arXiv's DOIs.
    case "article":
      return "preprint";
    default:
      return "other";
  }
}
function preprintArxivIdOf(work) {
  const related = field(field(work, "relation"), "has-preprint");
  if (!Array.isArray(related)) return void 0;
  for (const relation of related.slice(0, 20)) {
    const id = field(relation, "id");
    const idType = field(relation, "id-type");
    if (typeof id !== "string" || id.length > limits.id) continue;
    const candidate = idType === "arxiv" ? id.replace(/^arxiv:/i, "") : /^(?:https?:\/\/doi\.org\/)?10\.48550\/arxiv\.(.+)$/i.exec(id)?.[1];
    const reading = candidate === void 0 ? void 0 : parseReportedArxivId(candidate);
    if (reading?.valid) return reading.id;
  }
  return void 0;
}

// src/metadata/doi-csl.ts
var doiCslMaxBodyChars = 4 * 1024 * 1024;
function parseDoiCsl(answer, options = {}) {
  try {
    const oversize = tooLarge(answer, "doi.org", options.maxBodyChars ?? doiCslMaxBodyChars, options);
    if (oversize) return oversize;
    if (answer.status === 404) return { outcome: "not-found", reason: "doi.org knows no such DOI" };
    if (answer.status === 406) return failure(answer, "the DOI's registration agency offers no CSL-JSON for it (HTTP 406)", options);
    const bad = statusFailure(answer, "doi.org", options);
    if (bad) return bad;
    if (looksLikeHtml(answer.body)) {
      const title = htmlTitleOf(answer.body);
      return failure(answer, `doi.org answered with an HTML page${title ? ` ('${title}')` : ""} instead of CSL-JSON`, options);
    }
    const json = readJson(answer.body, "doi.org");
    if (!json.ok) return failure(answer, json.reason, options);
    const record = cslRecordOf(json.value);
    if (!record) return failure(answer, "doi.org's answer is not a CSL-JSON item with a DOI", options);
    return { outcome: "found", record };
  } catch {
    return failure(answer, "doi.org's answer could not be read", options);
  }
}
function cslRecordOf(item) {
  const doiWritten = field(item, "DOI");
  const doi = doiOf(doiWritten);
  if (doi === void 0 || typeof doiWritten !== "string") return void 0;
  const ids = { doi };
  const fromArxiv = /^10\.48550\/arxiv\.(.+)$/.exec(doi)?.[1];
  const arxiv = fromArxiv === void 0 ? void 0 : parseReportedArxivId(fromArxiv);
  if (arxiv?.valid) ids.arxiv = arxiv.id;
  const type = stringOf(field(item, "type"), limits.type);
  return withoutUndefined({
    source: "doi",
    id: doiWritten.trim(),
    // CSL gives strings; some agencies send one-element arrays, as Crossref's own JSON does.
    title: plainTextOf(field(item, "title"), limits.title) ?? "",
    venue: plainTextOf(field(item, "container-title"), limits.venue) ?? plainTextOf(field(item, "event-title"), limits.venue),
    year: firstYear(item, ["issued", "published", "published-print", "published-online"]),
    type,
    kind: kindOfCrossrefType(type, stringOf(field(item, "subtype"), limits.type)),
    ids,
    url: urlOf(field(item, "URL"))
  });
}

// src/metadata/crossref-client.ts
var dataCitePrefixes = ["10.48550/", "10.5281/", "10.6084/", "10.5061/"];
var cslAccept = "application/vnd.citationstyles.csl+json";
var maxRedirects = 5;
async function askDois(dois, context, decided) {
  await Promise.all(dois.map(async (doi) => decided(`doi:${doi}`, await askDoi(doi, context))));
}
async function askDoi(doi, context) {
  if (!/^10\.\d{4,9}\/\S+$/.test(doi) || doi.length > 300) return { status: "nonexistent", reason: `'${doi.slice(0, 60)}' is not a DOI` };
  if (!dataCitePrefixes.some((prefix) => doi.startsWith(prefix))) {
    const crossref = await askCrossref(doi, context);
    if (crossref !== "not held") return crossref;
  }
  return askDoiOrg(doi, context);
}
var doiPath = (doi) => doi.split("/").map(encodeURIComponent).join("/");
async function askCrossref(doi, context) {
  const { mailto } = context.options;
  const url = endpoint(context.options.sources.crossref.url, `/works/${doiPath(doi)}`, mailto ? { mailto } : {});
  if (typeof url === "string") return unverified(`the Crossref source ${url}`);
  const fetched = await fetchAnswer(context, "Crossref", url, { headers: { accept: "application/json" }, maxBytes: crossrefMaxBodyChars });
  if (!fetched.ok) return unverified(fetched.failure.reason);
  const result = parseCrossrefWork(fetched.answer);
  if (result.outcome === "found") return { status: "found", record: result.record };
  if (result.outcome === "not-found") return "not held";
  return unverified(result.reason);
}
async function askDoiOrg(doi, context) {
  const settings = context.options.sources.doi;
  const start = endpoint(settings.url, `/${doiPath(doi)}`);
  if (typeof start === "string") return unverified(`the doi.org source ${start}`);
  const allowed = /* @__PURE__ */ new Set([normalizeHost(start.hostname), ...settings.agencyHosts.map(normalizeHost)]);
  let url = start;
  for (let hop = 0; ; hop += 1) {
    const fetched = await fetchAnswer(context, "doi.org", url, { headers: { accept: cslAccept }, maxBytes: doiCslMaxBodyChars });
    if (!fetched.ok) return unverified(fetched.failure.reason);
    const { answer } = fetched;
    const location = isRedirect(answer.status) ? headerText(answer, "location") : void 0;
    if (location === void 0) {
      if (answer.status === 404 && hop > 0) return unverified(`the registration agency of ${doi} has no metadata for it (HTTP 404 at ${url.hostname})`);
      const result = parseDoiCsl(answer);
      if (result.outcome === "found") return { status: "found", record: result.record };
      if (result.outcome === "not-found") return { status: "nonexistent", reason: `no registration agency knows DOI ${doi} (doi.org answered 404)` };
      return unverified(result.reason);
    }
    if (hop >= maxRedirects) return unverified(`doi.org redirected ${doi} more than ${maxRedirects} times`);
    let next;
    try {
      next = new URL(location, url);
    } catch {
      return unverified(`doi.org redirected ${doi} to an invalid URL`);
    }
    if (next.protocol !== "https:" && next.protocol !== "http:" || !allowed.has(normalizeHost(next.hostname))) {
      return unverified(`doi.org sent ${doi} on to ${next.protocol === "https:" || next.protocol === "http:" ? next.hostname : `a ${next.protocol} URL`}, which is no metadata source lint-list asks`);
    }
    url = next;
  }
}
var isRedirect = (status) => status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
function headerText(answer, name) {
  const value = answer.headers?.[name];
  return typeof value === "string" ? value : Array.isArray(value) && typeof value[0] === "string" ? value[0] : void 0;
}

// src/metadata/openreview.ts
var openReviewMaxBodyChars = 4 * 1024 * 1024;
var maxNotes = 1e3;
var noteIdPattern = /^[A-Za-z0-9_-]{1,64}$/;
function parseOpenReviewNotes(answer, asked, options = {}) {
  try {
    return readNotes(answer, asked, options);
  } catch {
    return failure(answer, "OpenReview's answer could not be read", options);
  }
}
function readNotes(answer, asked, options) {
  const oversize = tooLarge(answer, "OpenReview", options.maxBodyChars ?? openReviewMaxBodyChars, options);
  if (oversize) return oversize;
  if (answer.status === 404 && asked.length === 1) {
    const json2 = readJson(answer.body, "OpenReview");
    if (json2.ok && field(json2.value, "name") === "NotFoundError") return { outcome: "answered", records: /* @__PURE__ */ new Map(), missing: [...asked] };
  }
  const bad = statusFailure(answer, "OpenReview", options);
  if (bad) {
    const json2 = answer.status >= 400 ? readJson(answer.body, "OpenReview") : void 0;
    const message = json2?.ok ? stringOf(field(json2.value, "message"), 200) : void 0;
    if (message) bad.reason += `: ${message}`;
    return bad;
  }
  const json = readJson(answer.body, "OpenReview");
  if (!json.ok) return failure(answer, json.reason, options);
  const notes = field(json.value, "notes");
  if (!Array.isArray(notes)) return failure(answer, "OpenReview's answer has no list of notes", options);
  const byId = /* @__PURE__ */ new Map();
  for (const note of notes.slice(0, maxNotes)) {
    const record = noteRecordOf(note);
    if (!record) return failure(answer, "OpenReview's answer has a note without a readable id", options);
    if (!byId.has(record.id)) byId.set(record.id, record);
    const forum = record.ids.openreview;
    if (forum !== void 0 && !byId.has(forum)) byId.set(forum, record);
  }
  const records = /* @__PURE__ */ new Map();
  const missing = [];
  for (const id of asked) {
    const record = byId.get(id.trim());
    if (record) records.set(id, record);
    else missing.push(id);
  }
  return { outcome: "answered", records, missing };
}
function contentValue(content, key) {
  const value = field(content, key);
  return isObject(value) ? field(value, "value") : value;
}
function noteRecordOf(note) {
  const id = field(note, "id");
  if (typeof id !== "string" || !noteIdPattern.test(id)) return void 0;
  const forumField = field(note, "forum");
  const forum = typeof forumField === "string" && noteIdPattern.test(forumField) ? forumField : id;
  const content = field(note, "content");
  const venue = plainTextOf(contentValue(content, "venue"), limits.venue);
  const venueIdText = stringOf(contentValue(content, "venueid"), limits.venue);
  const venueId = venueIdText && /^[\w.@/ -]+$/.test(venueIdText) ? venueIdText : void 0;
  const decision = decisionOf(venueId, venue);
  return withoutUndefined({
    source: "openreview",
    id,
    title: plainTextOf(contentValue(content, "title"), limits.title) ?? "",
    venue,
    venueId,
    year: yearOfNote(note, venueId, venue),
    kind: decision.kind,
    ids: { openreview: forum },
    url: `https://openreview.net/forum?id=${forum}`,
    withdrawn: decision.withdrawn,
    accepted: decision.accepted
  });
}
function decisionOf(venueId, venue) {
  const last = venueId?.split("/").pop() ?? "";
  if (/withdrawn/i.test(last) || venueId === void 0 && venue !== void 0 && /\bwithdrawn\b/i.test(venue)) {
    return { accepted: false, withdrawn: true, kind: "preprint" };
  }
  if (/reject/i.test(last) || venueId === void 0 && venue !== void 0 && /\brejected\b/i.test(venue)) {
    return { accepted: false, withdrawn: false, kind: "preprint" };
  }
  if (/^(?:blind_)?submission$|submitted|under_review/i.test(last) || venue !== void 0 && /^submitted to\b/i.test(venue)) {
    return { accepted: false, withdrawn: false, kind: "preprint" };
  }
  if (venueId === "OpenReview.net/Archive") return {};
  if (venueId !== void 0) return { accepted: true, withdrawn: false, kind: kindOfVenue(`${venueId} ${venue ?? ""}`) };
  if (venue !== void 0 && /\b(?:poster|oral|spotlight|accepted|notable)\b/i.test(venue)) {
    return { accepted: true, withdrawn: false, kind: kindOfVenue(venue) };
  }
  return {};
}
function kindOfVenue(text) {
  if (/workshop/i.test(text)) return "workshop";
  if (/\bTMLR\b|journal|transactions/i.test(text)) return "journal";
  if (/conference|\b(?:ICLR|NeurIPS|ICML|COLM|CoRL|UAI|AISTATS|MIDL|CVPR|ACL|EMNLP)\b/i.test(text)) return "conference";
  return "other";
}
function yearOfNote(note, venueId, venue) {
  for (const text of [venueId, venue]) {
    const year = yearOf(/\b((?:19|20)\d{2})\b/.exec(text ?? "")?.[1]);
    if (year !== void 0) return year;
  }
  for (const name of ["pdate", "cdate", "tcdate"]) {
    const ms = field(note, name);
    if (typeof ms === "number" && Number.isFinite(ms) && ms > 0 && ms < 864e13) return yearOf(new Date(ms).getUTCFullYear());
  }
  return void 0;
}

// src/metadata/openreview-client.ts
var noteId = /^[A-Za-z0-9_-]{1,64}$/;
var batchSize = 50;
async function askOpenReview(ids, context, decided) {
  const settings = context.options.sources.openreview;
  const valid = [];
  for (const id of new Set(ids)) {
    if (noteId.test(id)) valid.push(id);
    else decided(`openreview:${id}`, { status: "nonexistent", reason: `'${id.slice(0, 60)}' is not an OpenReview id` });
  }
  const batches = [];
  for (let i = 0; i < valid.length; i += batchSize) batches.push(valid.slice(i, i + batchSize));
  await Promise.all(
    batches.map(async (batch) => {
      const url = endpoint(settings.url, "/notes", { ids: batch.join(",") });
      if (typeof url === "string") {
        for (const id of batch) decided(`openreview:${id}`, unverified(`the OpenReview source ${url}`));
        return;
      }
      const fetched = await fetchAnswer(context, "OpenReview", url, { headers: { accept: "application/json" }, maxBytes: openReviewMaxBodyChars });
      const result = fetched.ok ? parseOpenReviewNotes(fetched.answer, batch) : fetched.failure;
      if (result.outcome !== "answered") {
        for (const id of batch) decided(`openreview:${id}`, unverified(result.reason));
        return;
      }
      for (const [id, record] of result.records) decided(`openreview:${id}`, { status: "found", record });
      await Promise.all(result.missing.map(async (id) => decided(`openreview:${id}`, await askV1(id, context))));
    })
  );
}
async function askV1(id, context) {
  if (context.options.sources.openreview.v1Url === "") return unverified(`OpenReview's v2 API has no note ${id}, and no v1 API is configured to ask`);
  const url = endpoint(context.options.sources.openreview.v1Url, "/notes", { id });
  if (typeof url === "string") return unverified(`the OpenReview v1 source ${url}`);
  const fetched = await fetchAnswer(context, "OpenReview (v1)", url, { headers: { accept: "application/json" }, maxBytes: openReviewMaxBodyChars });
  if (!fetched.ok) return unverified(fetched.failure.reason);
  const result = parseOpenReviewNotes(fetched.answer, [id]);
  if (result.outcome !== "answered") return unverified(result.reason);
  const record = result.records.get(id);
  if (record) return { status: "found", record };
  return { status: "nonexistent", reason: `OpenReview has no note ${id}` };
}

// src/metadata/gather.ts
var kindOfKey = (key) => {
  const prefix = key.slice(0, key.indexOf(":"));
  return prefix === "arxiv" || prefix === "doi" || prefix === "openreview" ? prefix : void 0;
};
function paperKeysOf(models, options = {}) {
  const kinds = new Set(options.kinds ?? ["arxiv", "doi", "openreview"]);
  const keys = /* @__PURE__ */ new Set();
  for (const model of models) {
    for (const entry of model.papers) {
      for (const { id, link } of entry.ids) {
        const kind = kindOfKey(id.key);
        if (kind === void 0 || !kinds.has(kind) || keys.has(id.key)) continue;
        if (options.select && !options.select({ path: model.path, line: link.start.line, column: link.start.column })) continue;
        keys.add(id.key);
      }
    }
  }
  return [...keys];
}
async function gatherPaperFacts(input, options, cache, scope = {}, shared) {
  const keys = isModelList(input) ? paperKeysOf(input, scope) : [...new Set([...input].filter((key) => kindOfKey(key) !== void 0))];
  const now = () => (options.now ?? Date.now)();
  const context = paperCacheContext(options);
  const facts = /* @__PURE__ */ new Map();
  const total = keys.length;
  const asked = new Set(keys);
  let done = 0;
  const decided = (key, fact) => {
    if (facts.has(key)) return;
    facts.set(key, fact);
    if (!asked.has(key)) return;
    done += 1;
    options.onProgress?.(done, total);
  };
  const ask = { arxiv: [], doi: [], openreview: [] };
  for (const key of keys) {
    const cached = cache && freshPaper(cache, key, now(), context);
    if (cached) decided(key, { status: "found", record: cached.record });
    else ask[kindOfKey(key)].push(key.slice(key.indexOf(":") + 1));
  }
  const rowTitles = isModelList(input) ? rowTitlesByKey(input) : void 0;
  const renamedCandidates = () => rowTitles ? versionsWanted(facts, rowTitles) : [];
  if (ask.arxiv.length + ask.doi.length + ask.openreview.length > 0 || renamedCandidates().length > 0) {
    const polite = shared ?? politeClientFor(options);
    const sourceContext = { polite, options };
    try {
      await Promise.all([
        ask.arxiv.length > 0 ? askArxiv(ask.arxiv, sourceContext, decided) : void 0,
        ask.doi.length > 0 ? askDois(ask.doi, sourceContext, decided) : void 0,
        ask.openreview.length > 0 ? askOpenReview(ask.openreview, sourceContext, decided) : void 0
      ]);
      const wanted = renamedCandidates();
      if (wanted.length > 0) {
        const titles = await askArxivVersions(wanted, sourceContext);
        for (const { id } of wanted) {
          const fact = facts.get(`arxiv:${id}`);
          const earlier = titles.get(id);
          if (!fact?.record || earlier === void 0) continue;
          const current = normalizeTitleLoose(fact.record.title);
          const differing = earlier.filter((item) => normalizeTitleLoose(item.title) !== current);
          facts.set(`arxiv:${id}`, { ...fact, record: { ...fact.record, earlierTitles: differing } });
        }
      }
    } finally {
      if (!shared) await polite.close();
    }
  }
  const ordered = /* @__PURE__ */ new Map();
  for (const key of keys) ordered.set(key, facts.get(key) ?? { status: "unverified", reason: "no source answered for it" });
  if (done < total) options.onProgress?.(total, total);
  if (cache) {
    for (const [key, fact] of ordered) {
      const cached = freshPaper(cache, key, now(), context);
      if (fact.status === "found" && fact.record && (!cached || cached.record !== fact.record)) {
        learnPaper(cache, key, { status: "found", record: fact.record, checkedAt: cached?.checkedAt ?? now(), context });
      } else if (fact.status === "nonexistent") forgetPaper(cache, key, now());
    }
  }
  return ordered;
}
function arxivVerifier(options, cache, known) {
  return async (keys) => {
    const have = await known ?? /* @__PURE__ */ new Map();
    const missing = keys.filter((key) => !have.has(key));
    const more = missing.length > 0 ? await gatherPaperFacts(missing, options, cache) : /* @__PURE__ */ new Map();
    const facts = /* @__PURE__ */ new Map();
    for (const key of keys) {
      const fact = have.get(key) ?? more.get(key);
      if (fact) facts.set(key, fact);
    }
    return facts;
  };
}
function rowTitlesByKey(models) {
  const titles = /* @__PURE__ */ new Map();
  for (const model of models) {
    for (const entry of model.papers) {
      for (const { id, link } of entry.ids) {
        const list = titles.get(id.key) ?? [];
        list.push(entry.title, link.text);
        titles.set(id.key, list);
      }
    }
  }
  return titles;
}
function versionsWanted(facts, rowTitles) {
  const wanted = [];
  for (const [key, fact] of facts) {
    const record = fact.record;
    if (!key.startsWith("arxiv:") || !record || record.earlierTitles !== void 0 || (record.version ?? 1) < 2) continue;
    const current = normalizeTitleLoose(record.title);
    const titles = rowTitles.get(key) ?? [];
    if (titles.some((title) => normalizeTitleLoose(title) === current)) continue;
    wanted.push({ id: key.slice("arxiv:".length), latest: record.version });
  }
  return wanted;
}
function isModelList(input) {
  return Array.isArray(input) && input.length > 0 && typeof input[0] === "object";
}
function politeClientFor(options) {
  const limits2 = /* @__PURE__ */ new Map();
  const add = (source, url, settings) => {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return;
    }
    const key = normalizeHost(parsed.host);
    if (!limits2.has(key)) limits2.set(key, { ...effectiveLimits(source, settings, parsed.hostname, options.mailto), intervalFromEnd: true });
  };
  const { arxiv, crossref, doi, openreview, dblp, semanticScholar } = options.sources;
  add("arxiv", arxiv.url, arxiv);
  add("crossref", crossref.url, crossref);
  add("doi", doi.url, doi);
  add("openreview", openreview.url, openreview);
  add("openreview", openreview.v1Url, openreview);
  add("dblp", dblp.url, dblp);
  add("semanticScholar", semanticScholar.url, semanticScholar);
  for (const host of doi.agencyHosts) add("doi", `https://${host}`, doi);
  return new PoliteClient({
    concurrency: 16,
    limitsOf: (host) => limits2.get(host) ?? { concurrency: 1, intervalMs: 1e3, intervalFromEnd: true },
    hostKey: (url) => normalizeHost(url.host),
    // One connection to arXiv, three to Crossref: a source never sees more connections than requests it allows.
    connectionsFor: (origin) => limits2.get(normalizeHost(origin.host))?.concurrency ?? 1,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    ...options.retryBaseMs !== void 0 && { retryBaseMs: options.retryBaseMs },
    maxRetryAfterMs: options.maxRetryAfterMs,
    ...options.maxTotalRetryAfterMs !== void 0 && { maxTotalRetryAfterMs: options.maxTotalRetryAfterMs },
    ...options.totalTimeoutMs !== void 0 && { totalTimeoutMs: options.totalTimeoutMs },
    allowPrivateHosts: options.allowPrivateHosts,
    ...options.lookup && { lookup: options.lookup }
  });
}

export {
  fetchAnswer,
  endpoint,
  askDois,
  paperKeysOf,
  gatherPaperFacts,
  arxivVerifier,
  politeClientFor
};
