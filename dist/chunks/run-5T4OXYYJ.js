import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  askDois,
  endpoint,
  fetchAnswer,
  gatherPaperFacts,
  paperKeysOf,
  politeClientFor
} from "./chunk-KLAVDK4E.js";
import "./chunk-35NET64J.js";
import {
  header
} from "./chunk-EY6LUBKE.js";
import "./chunk-AEXWWVWU.js";
import "./chunk-A3GYUITE.js";
import {
  withoutTags
} from "./chunk-LA4L7U6P.js";
import {
  parseReportedArxivId
} from "./chunk-PVIX2U5C.js";
import {
  paperIdOf
} from "./chunk-UEHH3VF2.js";
import "./chunk-5BWVF5UA.js";
import "./chunk-VS7LWJUL.js";
import {
  capText,
  collapseSpace,
  doiOf,
  failure,
  field,
  freshRelated,
  freshSearch,
  learnRelated,
  learnSearch,
  limits,
  readJson,
  relatedCacheContext,
  searchCacheContext,
  statusFailure,
  stringOf,
  tooLarge,
  urlOf,
  withoutUndefined,
  yearOf
} from "./chunk-FHECH5BC.js";
import "./chunk-HANBNIMK.js";

// src/metadata/semantic-scholar.ts
var semanticScholarMaxBatch = 500;
var semanticScholarMaxBodyChars = 8 * 1024 * 1024;
var semanticScholarFields = "title,venue,year,externalIds,publicationTypes,publicationVenue,journal,url";
function planSemanticScholarBatches(ids, options = {}) {
  const batchSize = Math.max(1, Math.min(semanticScholarMaxBatch, Math.floor(options.batchSize ?? semanticScholarMaxBatch)));
  const unique = /* @__PURE__ */ new Set();
  const rejected = [];
  for (const input of ids) {
    const id = input.trim();
    if (id === "" || id.length > limits.id || /\s/.test(id)) rejected.push({ input, reason: `'${id.slice(0, 40)}' is not a Semantic Scholar paper id` });
    else unique.add(id);
  }
  const query = new URLSearchParams({ fields: options.fields ?? semanticScholarFields }).toString();
  const all = [...unique];
  const batches = [];
  for (let start = 0; start < all.length; start += batchSize) {
    const batch = all.slice(start, start + batchSize);
    batches.push({ ids: batch, body: JSON.stringify({ ids: batch }), query });
  }
  return { batches, rejected };
}
function parseSemanticScholarBatch(answer, asked, options = {}) {
  try {
    const oversize = tooLarge(answer, "Semantic Scholar", options.maxBodyChars ?? semanticScholarMaxBodyChars, options);
    if (oversize) return oversize;
    const bad = statusFailure(answer, "Semantic Scholar", options);
    if (bad) {
      const json2 = readJson(answer.body, "Semantic Scholar");
      const message = json2.ok ? stringOf(field(json2.value, "error"), 200) ?? stringOf(field(json2.value, "message"), 200) : void 0;
      if (message) bad.reason += `: ${message}`;
      return bad;
    }
    const json = readJson(answer.body, "Semantic Scholar");
    if (!json.ok) return failure(answer, json.reason, options);
    if (!Array.isArray(json.value)) return failure(answer, "Semantic Scholar's answer is not a list of papers", options);
    if (json.value.length !== asked.length) {
      const count = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;
      return failure(answer, `Semantic Scholar answered ${count(json.value.length, "paper")} for ${count(asked.length, "id")}`, options);
    }
    const records = [];
    const missing = [];
    for (const [index, paper] of json.value.entries()) {
      if (paper === null) {
        records.push(null);
        missing.push(asked[index] ?? "");
        continue;
      }
      const record = paperRecordOf(paper);
      if (!record) return failure(answer, `Semantic Scholar's answer has an unreadable paper at position ${index + 1}`, options);
      records.push(record);
    }
    return { outcome: "answered", records, missing };
  } catch {
    return failure(answer, "Semantic Scholar's answer could not be read", options);
  }
}
function paperRecordOf(paper) {
  const paperId = field(paper, "paperId");
  if (typeof paperId !== "string" || !/^[0-9a-f]{40}$/i.test(paperId)) return void 0;
  const publicationTypes = field(paper, "publicationTypes");
  const types = Array.isArray(publicationTypes) ? publicationTypes.slice(0, 10).filter((type) => typeof type === "string" && type.length <= 40) : [];
  const venue = stringOf(field(paper, "venue"), limits.venue) ?? stringOf(field(field(paper, "publicationVenue"), "name"), limits.venue) ?? (types.includes("JournalArticle") ? stringOf(field(field(paper, "journal"), "name"), limits.venue) : void 0);
  const venueId = stringOf(field(field(paper, "publicationVenue"), "id"), limits.id);
  return withoutUndefined({
    source: "semanticScholar",
    id: paperId,
    title: stringOf(field(paper, "title"), limits.title) ?? "",
    venue,
    venueId,
    year: yearOf(field(paper, "year")),
    type: types.length > 0 ? types.join(", ") : void 0,
    kind: kindOfTypes(types, venue),
    ids: idsOf(field(paper, "externalIds")),
    url: urlOf(field(paper, "url"))
  });
}
function kindOfTypes(types, venue) {
  if (venue !== void 0 && /^arxiv(?:\.org)?$/i.test(venue)) return "preprint";
  if (types.includes("Conference")) return "conference";
  if (types.includes("JournalArticle")) return "journal";
  return types.length > 0 ? "other" : void 0;
}
function idsOf(external) {
  const ids = {};
  const arxivText = field(external, "ArXiv");
  const arxiv = typeof arxivText === "string" ? parseReportedArxivId(arxivText) : void 0;
  if (arxiv?.valid) ids.arxiv = arxiv.id;
  const doi = doiOf(field(external, "DOI"));
  if (doi) ids.doi = doi;
  const dblp = stringOf(field(external, "DBLP"), limits.id);
  if (dblp && /^[a-z]+\/[\w\-/.+]+$/i.test(dblp)) ids.dblp = dblp;
  return ids;
}

// src/metadata/semantic-scholar-client.ts
var sourceName = "Semantic Scholar";
function semanticScholarIdOf(paperKey) {
  if (paperKey.startsWith("arxiv:")) return `ARXIV:${paperKey.slice("arxiv:".length)}`;
  if (paperKey.startsWith("doi:")) return `DOI:${paperKey.slice("doi:".length)}`;
  return void 0;
}
var rateLimited = (attempt) => attempt.kind === "response" && (attempt.status === 429 || attempt.status === 503 && header(attempt, "retry-after") !== void 0);
async function askSemanticScholar(paperKeys, context, decided) {
  const key = context.options.semanticScholarKey;
  if (key === void 0 || key === "") return;
  const keyOf = /* @__PURE__ */ new Map();
  for (const paperKey of paperKeys) {
    const id = semanticScholarIdOf(paperKey);
    if (id !== void 0 && !keyOf.has(id)) keyOf.set(id, paperKey);
  }
  const plan = planSemanticScholarBatches(keyOf.keys());
  for (const { input, reason } of plan.rejected) decided(keyOf.get(input) ?? input, { status: "unverified", reason });
  if (/[\r\n\0]/.test(key)) {
    for (const batch of plan.batches) for (const id of batch.ids) decided(keyOf.get(id), { status: "unverified", reason: "the Semantic Scholar API key holds a line break" });
    return;
  }
  await Promise.all(
    plan.batches.map(async (batch) => {
      const url = endpoint(context.options.sources.semanticScholar.url, "/paper/batch");
      const fail = (reason) => {
        for (const id of batch.ids) decided(keyOf.get(id), { status: "unverified", reason });
      };
      if (typeof url === "string") return fail(`the Semantic Scholar source ${url}`);
      url.search = batch.query;
      const fetched = await fetchAnswer(context, sourceName, url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", "x-api-key": key },
        body: batch.body,
        maxBytes: semanticScholarMaxBodyChars,
        rateLimited
      });
      if (!fetched.ok) return fail(fetched.failure.reason);
      const result = parseSemanticScholarBatch(fetched.answer, batch.ids, { now: context.options.now?.() ?? Date.now() });
      if (result.outcome !== "answered") return fail(result.reason);
      batch.ids.forEach((id, index) => decided(keyOf.get(id), { status: "answered", record: result.records[index] ?? null }));
      return void 0;
    })
  );
}

// src/metadata/related.ts
async function gatherRelatedRecords(models, papers, options, cache, scope = {}, shared) {
  const now = () => (options.now ?? Date.now)();
  const select = scope.select ? { select: scope.select } : {};
  const found = { crossref: /* @__PURE__ */ new Map(), semanticScholar: /* @__PURE__ */ new Map() };
  const contexts = { crossref: relatedCacheContext(options, "crossref"), semanticScholar: relatedCacheContext(options, "semanticScholar") };
  const remember = (source, paperKey, asked, records) => {
    found[source].set(paperKey, records);
    if (cache) learnRelated(cache, paperKey, { status: "answered", source, asked, records, checkedAt: now(), context: contexts[source] });
  };
  const cached = (source, paperKey, asked) => {
    const entry = cache && freshRelated(cache, source, paperKey, asked, now(), contexts[source]);
    if (entry) found[source].set(paperKey, entry.records);
    return entry !== void 0;
  };
  const arxivKeys = paperKeysOf(models, { kinds: ["arxiv"], ...select });
  const doiAsked = /* @__PURE__ */ new Map();
  for (const paperKey of arxivKeys) {
    const doi = papers.get(paperKey)?.record?.ids.doi;
    if (doi === void 0 || doi.startsWith("10.48550/")) continue;
    const linked = papers.get(`doi:${doi}`);
    if (linked?.status === "found" && linked.record) found.crossref.set(paperKey, [linked.record]);
    else if (linked !== void 0) continue;
    else if (!cached("crossref", paperKey, doi)) doiAsked.set(doi, [...doiAsked.get(doi) ?? [], paperKey]);
  }
  const wantsSemanticScholar = options.semanticScholarKey !== void 0 && options.semanticScholarKey !== "";
  const semanticScholarAsked = wantsSemanticScholar ? paperKeysOf(models, { kinds: ["arxiv", "doi"], ...select }).filter((paperKey) => !cached("semanticScholar", paperKey, semanticScholarIdOf(paperKey))) : [];
  if (doiAsked.size + semanticScholarAsked.length > 0) {
    const polite = shared ?? politeClientFor(options);
    const context = { polite, options };
    try {
      await Promise.all([
        doiAsked.size > 0 ? askDois([...doiAsked.keys()], context, (key, fact) => {
          const doi = key.slice("doi:".length);
          if (fact.status === "unverified") return;
          const records = fact.status === "found" && fact.record ? [fact.record] : [];
          for (const paperKey of doiAsked.get(doi) ?? []) remember("crossref", paperKey, doi, records);
        }) : void 0,
        semanticScholarAsked.length > 0 ? askSemanticScholar(semanticScholarAsked, context, (paperKey, outcome) => {
          if (outcome.status === "answered") remember("semanticScholar", paperKey, semanticScholarIdOf(paperKey), outcome.record ? [outcome.record] : []);
        }) : void 0
      ]);
    } finally {
      if (!shared) await polite.close();
    }
  }
  const related = /* @__PURE__ */ new Map();
  for (const paperKey of paperKeysOf(models, { kinds: ["arxiv", "doi", "openreview"], ...select })) {
    const records = [...found.crossref.get(paperKey) ?? [], ...found.semanticScholar.get(paperKey) ?? []];
    if (records.length > 0) related.set(paperKey, records);
  }
  return related;
}

// src/metadata/dblp.ts
var dblpMaxBodyChars = 4 * 1024 * 1024;
var dblpMaxHits = 1e3;
function dblpSearchQuery(title, hits = 10) {
  const words = collapseSpace(title.slice(0, limits.title).replace(/[$|^*"]+/g, " ").replace(/(^|\s)-+/g, "$1"));
  const count = Math.max(1, Math.min(dblpMaxHits, Math.floor(hits)));
  return new URLSearchParams({ q: words, format: "json", h: String(count) }).toString();
}
function parseDblpSearch(answer, options = {}) {
  try {
    const oversize = tooLarge(answer, "DBLP", options.maxBodyChars ?? dblpMaxBodyChars, options);
    if (oversize) return oversize;
    const bad = statusFailure(answer, "DBLP", options);
    if (bad) return bad;
    const json = readJson(answer.body, "DBLP");
    if (!json.ok) return failure(answer, json.reason, options);
    const result = field(json.value, "result");
    const code = field(field(result, "status"), "@code");
    if (code !== "200" && code !== 200) return failure(answer, `DBLP's answer says status ${typeof code === "string" ? capText(code, 20) : "unknown"}`, options);
    const hits = field(result, "hits");
    const total = countOf(field(hits, "@total"));
    if (total === void 0) return failure(answer, "DBLP's answer has no hit count", options);
    const hit = field(hits, "hit");
    const list = Array.isArray(hit) ? hit : hit === void 0 ? [] : [hit];
    const records = [];
    for (const entry of list.slice(0, dblpMaxHits)) {
      const record = dblpRecordOf(field(entry, "info"));
      if (record) records.push(record);
    }
    return { outcome: "answered", total, records };
  } catch {
    return failure(answer, "DBLP's answer could not be read", options);
  }
}
function countOf(value) {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? value : void 0;
  return typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : void 0;
}
var keyPattern = /^[a-z]+\/[\w\-/.+]+$/i;
function dblpRecordOf(info) {
  const key = stringOf(field(info, "key"), limits.id);
  if (key === void 0 || !keyPattern.test(key)) return void 0;
  const venue = stringOf(field(info, "venue"), limits.venue);
  const type = stringOf(field(info, "type"), limits.type);
  const ee = field(info, "ee");
  const electronicEditions = (Array.isArray(ee) ? ee : [ee]).slice(0, 20).map(urlOf).filter((url) => url !== void 0);
  return withoutUndefined({
    source: "dblp",
    id: key,
    title: titleOf(field(info, "title")),
    venue,
    venueId: key.split("/").slice(0, 2).join("/"),
    year: yearOf(field(info, "year")),
    type,
    kind: kindOfDblp(key, type, venue),
    ids: idsOf2(info, key, electronicEditions),
    url: electronicEditions[0] ?? urlOf(field(info, "url"))
  });
}
function titleOf(value) {
  const text = stringOf(typeof value === "object" && value !== null && !Array.isArray(value) ? field(value, "text") : value, limits.title + 1);
  return text === void 0 ? "" : capText(text.replace(/(?<!\.)\.$/, "").trimEnd(), limits.title);
}
function kindOfDblp(key, type, venue) {
  if (key.startsWith("journals/corr/")) return "preprint";
  switch (type) {
    case void 0:
      return void 0;
    case "Journal Articles":
      return "journal";
    case "Conference and Workshop Papers":
      return venue !== void 0 && /workshop/i.test(venue) ? "workshop" : "conference";
    default:
      return "other";
  }
}
function idsOf2(info, key, electronicEditions) {
  const ids = { dblp: key };
  const doi = doiOf(field(info, "doi"));
  if (doi) ids.doi = doi;
  const fromKey = /^journals\/corr\/abs-(\d{4})-(\d{4,5})$/.exec(key);
  const fromVolume = /^abs\/(.+)$/.exec(stringOf(field(info, "volume"), 60) ?? "")?.[1];
  const candidates = [fromKey ? `${fromKey[1]}.${fromKey[2]}` : void 0, fromVolume];
  for (const url of electronicEditions) {
    const paper = paperIdOf(url);
    if (!paper) continue;
    const [scheme, ...rest] = paper.key.split(":");
    const value = rest.join(":");
    if (scheme === "arxiv") candidates.push(value);
    else if (scheme === "doi" && ids.doi === void 0) ids.doi = doiOf(value);
    else if (scheme === "openreview" && ids.openreview === void 0 && /^[A-Za-z0-9_-]{1,64}$/.test(value)) ids.openreview = value;
  }
  for (const candidate of candidates) {
    const reading = candidate === void 0 ? void 0 : parseReportedArxivId(candidate);
    if (reading?.valid) {
      ids.arxiv = reading.id;
      break;
    }
  }
  if (ids.doi === void 0) delete ids.doi;
  return ids;
}

// src/metadata/dblp-client.ts
var sourceName2 = "DBLP";
var dblpHitsPerSearch = 30;
var failuresBeforeGivingUp = 3;
function dblpRateLimited(attempt) {
  if (attempt.kind !== "response") return false;
  return attempt.status === 429 || attempt.status === 503 && header(attempt, "retry-after") !== void 0;
}
var unverifiedSearch = (reason) => ({ status: "unverified", source: "dblp", hits: [], reason });
function budgetSpentReason(budget) {
  return `the run's ${budget} DBLP ${budget === 1 ? "lookup is" : "lookups are"} spent`;
}
async function searchDblp(titles, context, budget, decided) {
  const settings = context.options.sources.dblp;
  let base;
  try {
    base = new URL(settings.url);
  } catch {
    for (const { normalizedTitle } of titles) decided(normalizedTitle, unverifiedSearch(`the DBLP source '${settings.url.slice(0, 80)}' is not a URL`));
    return;
  }
  const allowed = Math.max(0, Math.floor(budget));
  for (const { normalizedTitle } of titles.slice(allowed)) decided(normalizedTitle, unverifiedSearch(budgetSpentReason(allowed)));
  const queue = titles.slice(0, allowed);
  let failuresInARow = 0;
  let lastFailure = "";
  const workers = Math.max(1, Math.min(queue.length, Math.floor(settings.concurrency) || 1));
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let item = queue.shift(); item !== void 0; item = queue.shift()) {
        if (failuresInARow >= failuresBeforeGivingUp) {
          decided(item.normalizedTitle, unverifiedSearch(`DBLP was not asked: its last ${failuresBeforeGivingUp} answers failed (${lastFailure})`));
          continue;
        }
        const fact = await searchOne(base, item.title, context);
        if (fact.status === "answered") failuresInARow = 0;
        else {
          failuresInARow += 1;
          lastFailure = fact.reason ?? "";
        }
        decided(item.normalizedTitle, fact);
      }
    })
  );
}
async function searchOne(base, title, context) {
  const url = new URL(base);
  for (const [name, value] of new URLSearchParams(dblpSearchQuery(title, dblpHitsPerSearch))) url.searchParams.set(name, value);
  const fetched = await fetchAnswer(context, sourceName2, url, {
    headers: { accept: "application/json" },
    maxBytes: dblpMaxBodyChars,
    rateLimited: dblpRateLimited,
    backoffBaseMs: Math.max(context.options.retryBaseMs ?? 0, context.options.sources.dblp.intervalMs)
  });
  if (!fetched.ok) return unverifiedSearch(fetched.failure.reason);
  const result = parseDblpSearch(fetched.answer, { now: context.options.now?.() ?? Date.now() });
  if (result.outcome !== "answered") return unverifiedSearch(result.reason);
  return { status: "answered", source: "dblp", hits: result.records.slice(0, dblpHitsPerSearch) };
}

// src/metadata/search-rows.ts
function titleSearchesWanted(models, scope = {}) {
  const wanted = /* @__PURE__ */ new Map();
  for (const model of models) {
    for (const entry of model.papers) {
      if (entry.normalizedTitle === "" || wanted.has(entry.normalizedTitle) || !entry.titleCell) continue;
      if (!lacksVenue(entry, model.venuePlaceholders) && !lacksLink(entry)) continue;
      if (scope.select && !scope.select({ path: model.path, line: entry.row.line, column: entry.titleCell.start.column })) continue;
      wanted.set(entry.normalizedTitle, { normalizedTitle: entry.normalizedTitle, title: withoutTags(entry.title).trim() });
    }
  }
  return [...wanted.values()];
}
function lacksVenue(entry, placeholders) {
  if (entry.table.venueColumn < 0) return false;
  const cell = entry.venueCell;
  if (!cell) return true;
  const text = cell.text.trim();
  if (text === "") return cell.links.length === 0 && !cell.raw.includes("![");
  return placeholders.has(text.toLowerCase()) || namesOnlyPreprint(text);
}
function namesOnlyPreprint(venue) {
  const text = venue.toLowerCase();
  if (/\b(?:under review|in review|submitted|in submission|preprint)\b/.test(text)) return true;
  if (!/(?:arxiv|\bcorr\b|biorxiv|medrxiv)/.test(text)) return false;
  const rest = text.replace(/\b(?:arxiv(?:\.org)?|corr|biorxiv|medrxiv|e-?prints?|abs\/\S*)/g, " ").replace(/\[[^\]]{0,40}\]/g, " ").replace(/\b[a-z-]{2,12}\.[a-z]{2}\b/g, " ").replace(/[^\p{L}]+/gu, " ").trim();
  return rest === "";
}
var brokenLinkHint = /https?:|\[|www\.|\b[a-z0-9-]+\.(?:org|com|net|io|cc|edu)\//i;
function lacksLink(entry) {
  if (entry.links.length > 0) return false;
  const cells = [entry.titleCell, ...entry.table.linkColumns.map((column) => entry.row.cells[column])].filter((cell) => cell !== void 0);
  return !cells.some((cell) => cell.links.length > 0 || cell.inline.some((span) => span.kind === "linkReference") || brokenLinkHint.test(cell.raw));
}

// src/metadata/title-search.ts
async function gatherTitleSearches(models, options, cache, scope = {}, shared) {
  const wanted = titleSearchesWanted(models, scope);
  const now = () => (options.now ?? Date.now)();
  const context = searchCacheContext(options, dblpHitsPerSearch);
  const facts = /* @__PURE__ */ new Map();
  const ask = wanted.filter(({ normalizedTitle }) => {
    const cached = cache && freshSearch(cache, normalizedTitle, now(), context);
    if (cached) facts.set(normalizedTitle, { status: "answered", source: "dblp", hits: cached.hits });
    return !cached;
  });
  if (ask.length > 0) {
    const polite = shared ?? politeClientFor(options);
    try {
      await searchDblp(ask, { polite, options }, options.sources.dblp.budget, (normalizedTitle, fact) => {
        facts.set(normalizedTitle, fact);
        if (cache && fact.status === "answered") learnSearch(cache, normalizedTitle, { status: "answered", source: "dblp", hits: fact.hits, checkedAt: now(), context });
      });
    } finally {
      if (!shared) await polite.close();
    }
  }
  const ordered = /* @__PURE__ */ new Map();
  for (const { normalizedTitle } of wanted) {
    ordered.set(normalizedTitle, facts.get(normalizedTitle) ?? { status: "unverified", source: "dblp", hits: [], reason: "DBLP did not answer for it" });
  }
  return ordered;
}

// src/metadata/run.ts
function gatherMetadata(models, options, cache, scope = {}) {
  const polite = politeClientFor(options);
  const papers = gatherPaperFacts(models, options, cache, scope, polite);
  const titleSearches = gatherTitleSearches(models, options, cache, scope, polite);
  const relatedRecords = papers.then((facts) => gatherRelatedRecords(models, facts, options, cache, scope, polite));
  const more = (async () => {
    try {
      const [searches, related] = await Promise.all([titleSearches, relatedRecords]);
      return { titleSearches: searches, relatedRecords: related };
    } finally {
      await Promise.allSettled([papers, titleSearches, relatedRecords]);
      await polite.close();
    }
  })();
  more.catch(() => void 0);
  return { papers, more };
}
export {
  gatherMetadata
};
