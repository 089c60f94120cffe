import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  chronologicalSections,
  crossListingHabit,
  samePlace,
  scopeGroups,
  sectionName,
  titledPapers,
  withoutTags
} from "./chunk-LA4L7U6P.js";
import {
  compareTitles,
  editDistanceWithin,
  maxEditsFor,
  nearIdentical,
  normalizeTitleLoose,
  numbersOf,
  parseReportedArxivId
} from "./chunk-PVIX2U5C.js";
import {
  linksInScope,
  pointAt
} from "./chunk-E7S43KQM.js";
import {
  isPublicationUrl,
  linkKey,
  normalizeUrl,
  paperIdOf
} from "./chunk-UEHH3VF2.js";
import {
  repositoryUrl
} from "./chunk-VS7LWJUL.js";
import {
  safeReplacementUrl
} from "./chunk-R22RXMMY.js";

// src/rules/types.ts
var ruleKinds = ["rendering", "identity", "reachability", "completeness", "style"];
var docsUrl = (ruleId) => `${repositoryUrl}/blob/main/README.md#${ruleId}`;
function findingAt(ruleId, severity, start, end, message) {
  return { ruleId, severity, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message };
}
function quote(text, max = 60) {
  const flat = text.replace(/\s+/g, " ").trim();
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat}'`;
}
function withFix(finding, ...edits) {
  return { ...finding, fix: edits };
}

// src/rules/dead-link.ts
var id = "dead-link";
var deadLink = {
  id,
  meta: {
    description: "Links answer: dead links are errors, links that could not be verified and permanent redirects are warnings.",
    docs: docsUrl(id),
    fixable: true,
    kind: "reachability",
    needs: ["links", "metadata"]
  },
  defaultSeverity: "error",
  defaultOptions: {},
  optionSpecs: {},
  check(model, _options, facts) {
    if (!facts.links && !facts.papers) return [];
    const findings = [];
    for (const group of placesByKey(model, facts.links?.scope ?? "tables")) {
      const verdict = facts.links?.verdicts.get(group.key);
      const paper = facts.papers ? paperMessagesFor(group.url, facts.papers) : {};
      const message = paper.nonexistent && verdict?.verdict !== "dead" ? paper.nonexistent : verdict && messageFor(verdict);
      const messages = [message, paper.withdrawn].filter((m) => m !== void 0);
      for (const place of group.places) {
        const start = pointAt(model.lineStarts, place.start);
        const end = pointAt(model.lineStarts, place.end);
        for (const { severity, text } of messages) {
          const finding = findingAt(id, severity, start, end, text);
          const at = model.text.lastIndexOf(group.url, place.end);
          const movesTo = text === message?.text && verdict?.verdict === "alive" && verdict.rewriteTo && safeReplacementUrl(verdict.rewriteTo, group.url);
          findings.push(movesTo && at >= place.start ? withFix(finding, { offset: at, length: group.url.length, text: movesTo }) : finding);
        }
      }
    }
    return findings;
  }
};
function paperMessagesFor(url, papers) {
  const paperId = paperIdOf(url);
  const fact = paperId && papers.get(paperId.key);
  if (!paperId || !fact) return {};
  if (fact.status === "nonexistent") {
    const why = fact.reason ?? `${paperId.label} does not exist`;
    return { nonexistent: { severity: "error", text: `Link is dead (${why}): ${url} \u2014 check the id, find the paper's current address (its arXiv, DOI or publisher page) and link that, or remove the row.` } };
  }
  const record = fact.record;
  if (fact.status === "found" && record?.source === "arxiv" && record.withdrawn) {
    const comment = record.comment ? ` (${quote(record.comment, 80)})` : "";
    return { withdrawn: { severity: "warning", text: `${paperId.label} was withdrawn by its authors${comment}: link a version that was not withdrawn or the published paper, or remove the row.` } };
  }
  return {};
}
function placesByKey(model, scope) {
  const groups = /* @__PURE__ */ new Map();
  for (const place of linksInScope(model, scope)) {
    const key = linkKey(place.url);
    if (key === void 0) continue;
    const group = groups.get(key);
    if (group) group.places.push(place);
    else groups.set(key, { key, url: place.url, places: [place] });
  }
  return groups.values();
}
function messageFor(result) {
  const why = result.reason ?? (result.status ? `HTTP ${result.status}` : "no answer");
  switch (result.verdict) {
    case "dead":
      return { severity: "error", text: `Link is dead (${why}): ${result.url} \u2014 find the paper's current address (its arXiv, DOI or publisher page) and link that, or remove the row.` };
    case "unverified":
      return { severity: "warning", text: `Could not verify the link (${why}): ${result.url} \u2014 open it in a browser; if it works, nothing needs to change.` };
    case "alive":
      if (result.rewriteTo && result.rewriteTo !== result.url) {
        return { severity: "warning", text: `Link redirects permanently to ${result.rewriteTo}: link there directly.` };
      }
      return void 0;
    default:
      return void 0;
  }
}

// src/rules/duplicate-link.ts
var id2 = "duplicate-link";
var duplicateLink = {
  id: id2,
  meta: {
    description: "Two different titles do not link to the same paper (arXiv id, DOI, OpenReview id or URL).",
    docs: docsUrl(id2),
    fixable: false,
    kind: "identity",
    needs: []
  },
  defaultSeverity: "error",
  defaultOptions: { scope: "file" },
  optionSpecs: { scope: { type: "enum", values: ["file", "table"] } },
  check(model, options) {
    const findings = [];
    for (const group of scopeGroups(titledPapers(model.papers), options.scope)) findings.push(...checkGroup(group));
    return findings;
  }
};
function checkGroup(entries) {
  const findings = [];
  const byId = /* @__PURE__ */ new Map();
  const titles = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    const repeatedTitle = titles.has(entry.normalizedTitle);
    titles.add(entry.normalizedTitle);
    for (const { id: paperId, link } of entry.ids) {
      const copies = byId.get(paperId.key);
      if (!copies) {
        byId.set(paperId.key, [entry]);
        continue;
      }
      copies.push(entry);
      const first = copies.find((copy) => copy !== entry && samePlace(copy, entry)) ?? copies[0];
      if (repeatedTitle || first === entry || first.normalizedTitle === entry.normalizedTitle || nearIdentical(first.normalizedTitle, entry.normalizedTitle)) continue;
      const here = samePlace(first, entry);
      findings.push(
        findingAt(
          id2,
          here || chronologicalSections(first, entry) ? "error" : "warning",
          link.start,
          link.end,
          `This link points at ${paperId.label}, which line ${first.row.line}${here ? "" : ` (${sectionName(first)})`} already uses for ${quote(first.title)}: either the same paper listed twice under another title (keep one row), or a wrong link (link this row to its own paper).`
        )
      );
    }
  }
  return findings;
}

// src/identity/near-index.ts
var NearTitleIndex = class {
  /** numbers → length → segment number → segment text → items */
  groups = /* @__PURE__ */ new Map();
  /** With every title known up front: the numbers no other title holds. */
  lone;
  /**
   * `allTitles`, when given, are every title that will be added: a title whose numbers no other
   * title holds can have no near-identical partner, so it is neither indexed nor searched. A list
   * whose titles each carry their own number ("… number 17 …", "… 2021 …") then costs nothing here;
   * indexing them all cost a 20 MB list hundreds of MB.
   */
  constructor(allTitles) {
    if (allTitles === void 0) return;
    const seen = /* @__PURE__ */ new Map();
    for (const title of allTitles) {
      if (title.length < minIndexed) continue;
      const numbers = numbersOf(title);
      seen.set(numbers, seen.has(numbers));
    }
    this.lone = new Set([...seen].filter(([, again]) => !again).map(([numbers]) => numbers));
  }
  add(title, item) {
    if (title.length < minIndexed) return;
    const numbers = numbersOf(title);
    if (this.lone?.has(numbers)) return;
    let byLength = this.groups.get(numbers);
    if (!byLength) {
      byLength = /* @__PURE__ */ new Map();
      this.groups.set(numbers, byLength);
    }
    let segments = byLength.get(title.length);
    if (!segments) {
      segments = segmentsOf(title.length).map(() => /* @__PURE__ */ new Map());
      byLength.set(title.length, segments);
    }
    segmentsOf(title.length).forEach(([start, length], i) => {
      const text = title.slice(start, start + length);
      const bucket = segments[i];
      const items = bucket.get(text);
      if (items) items.push(item);
      else bucket.set(text, [item]);
    });
  }
  /**
   * Indexed items whose title holds the same numbers and is within the allowed edits of `title`
   * (never the same title); `accept` rules candidates out cheaply before the edit distance is computed.
   */
  near(title, titleOf, accept = () => true) {
    if (title.length < minIndexed) return [];
    const numbers = numbersOf(title);
    if (this.lone?.has(numbers)) return [];
    const byLength = this.groups.get(numbers);
    if (!byLength) return [];
    const found = /* @__PURE__ */ new Set();
    const reach = maxEditsFor(title.length);
    probing: for (let length = title.length - reach; length <= title.length + reach; length += 1) {
      const segments = byLength.get(length);
      if (!segments) continue;
      const lengthDifference = title.length - length;
      const parts = segmentsOf(length);
      const tolerance = parts.length - 1;
      for (let i = 0; i < parts.length; i += 1) {
        const [start, size] = parts[i];
        const bucket = segments[i];
        const lowest = Math.max(-i, lengthDifference - (tolerance - i));
        const highest = Math.min(i, lengthDifference + (tolerance - i));
        for (let shift = lowest; shift <= highest; shift += 1) {
          const from = start + shift;
          if (from < 0 || from + size > title.length) continue;
          const items = bucket.get(title.slice(from, from + size));
          if (!items) continue;
          const scanned = Math.min(items.length, maxCandidates);
          for (let k = 0; k < scanned; k += 1) {
            found.add(items[k]);
            if (found.size >= maxCandidates) break probing;
          }
        }
      }
    }
    return [...found].filter((item) => {
      const other = titleOf(item);
      if (other === title || !accept(item)) return false;
      const allowed = maxEditsFor(Math.min(other.length, title.length));
      return allowed > 0 && Math.abs(other.length - title.length) <= allowed && editDistanceWithin(other, title, allowed);
    });
  }
};
var minIndexed = 12;
var maxCandidates = 64;
var segmentCache = /* @__PURE__ */ new Map();
function segmentsOf(length) {
  let segments = segmentCache.get(length);
  if (!segments) {
    const count = maxEditsFor(length) + 1;
    const covered = length - (count - 1);
    segments = Array.from({ length: count }, (_, i) => {
      const from = Math.floor(i * covered / count);
      return [from + i, Math.floor((i + 1) * covered / count) - from];
    });
    segmentCache.set(length, segments);
  }
  return segments;
}

// src/identity/venue.ts
var defaultVenuePlaceholders = ["N/A", "n/a", "NA", "-", "\u2013", "\u2014", "?", "TBD", "TBA", "unknown", "none"];
var normalizeVenue = (venue) => venue.normalize("NFKC").toLowerCase().replace(/[\p{P}\p{S}\s]/gu, "");
var canonicalVenues = new Map(
  [
    "arXiv",
    "NeurIPS",
    "ICLR",
    "ICML",
    "CVPR",
    "ICCV",
    "ECCV",
    "WACV",
    "ACL",
    "EMNLP",
    "NAACL",
    "EACL",
    "COLING",
    "AAAI",
    "IJCAI",
    "KDD",
    "WWW",
    "SIGIR",
    "WSDM",
    "CIKM",
    "RecSys",
    "MLSys",
    "ACM MM",
    "Interspeech",
    "ICASSP",
    "AISTATS",
    "UAI",
    "COLT",
    "CoRL",
    "ICRA",
    "IROS",
    "RSS",
    "MICCAI",
    "SIGGRAPH",
    "SIGGRAPH Asia",
    "TPAMI",
    "JMLR",
    "TMLR",
    "TACL",
    "TOG",
    "TIP",
    "IJCV",
    "OSDI",
    "SOSP",
    "NSDI",
    "EuroSys",
    "ASPLOS",
    "ISCA",
    "MICRO",
    "USENIX Security",
    "CCS",
    "ASIA CCS",
    "S&P",
    "NDSS",
    "ECML PKDD",
    "ICDE",
    "ICDM",
    "SDM",
    "VLDB",
    "SIGMOD",
    "BMVC",
    "ACCV",
    "3DV",
    "ISMIR",
    "CHI",
    "UIST",
    "VIS"
  ].map((name) => [compactVenue(name), name])
);
function compactVenue(name) {
  return name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}
var canonicalVenue = (name) => canonicalVenues.get(compactVenue(name));

// src/rules/duplicate-title.ts
var id3 = "duplicate-title";
var duplicateTitle = {
  id: id3,
  meta: {
    description: "The same paper is listed once per table: by title (ignoring case, markdown and punctuation) or by arXiv id, DOI or OpenReview id; a paper listed again under another section follows the list's habit.",
    docs: docsUrl(id3),
    fixable: false,
    kind: "identity",
    needs: []
  },
  defaultSeverity: "error",
  defaultOptions: { scope: "file" },
  optionSpecs: { scope: { type: "enum", values: ["file", "table"] } },
  check(model, options) {
    const findings = [];
    const papers = titledPapers(model.papers);
    const habit = crossListingHabit(papers);
    for (const group of scopeGroups(papers, options.scope)) findings.push(...checkGroup2(group, habit));
    return findings;
  }
};
function checkGroup2(entries, habit) {
  const findings = [];
  const byTitle = /* @__PURE__ */ new Map();
  const byId = /* @__PURE__ */ new Map();
  const near = new NearTitleIndex(entries.map((entry) => entry.normalizedTitle));
  for (const entry of entries) {
    const sameTitle = byTitle.get(entry.normalizedTitle) ?? [];
    const sameId = entry.ids.map(({ id: paperId }) => ({
      paperId,
      copies: (byId.get(paperId.key) ?? []).filter((first) => first.normalizedTitle === entry.normalizedTitle || nearIdentical(first.normalizedTitle, entry.normalizedTitle))
    })).find(({ copies }) => copies.length > 0);
    if (sameTitle.length > 0) {
      const first = nearestCopy(entry, sameTitle);
      const conflict = arxivConflict(first, entry);
      if (conflict) {
        findings.push(report(entry, first, "error", `${quote(entry.title)} is also the title at line ${first.row.line}, but the two rows link different papers (${conflict}): one of the titles or links is wrong \u2014 check which paper each row means`, false));
      } else {
        const severity = listingSeverity(entry, first, habit);
        if (severity) findings.push(report(entry, first, severity, `${quote(entry.title)} is already listed at line ${first.row.line}${whereElse(entry, first)}`));
      }
    } else if (sameId) {
      const first = nearestCopy(entry, sameId.copies);
      const severity = listingSeverity(entry, first, habit);
      if (severity) findings.push(report(entry, first, severity, `This is the same paper (${sameId.paperId.label}) as line ${first.row.line}${whereElse(entry, first)}, ${quote(first.title)}`));
    } else {
      const similar = near.near(entry.normalizedTitle, (other) => other.normalizedTitle).sort((a, b) => a.row.line - b.row.line)[0];
      if (similar && (samePlace(similar, entry) || !habit)) {
        findings.push(report(entry, similar, "warning", `Possible duplicate: ${quote(entry.title, 120)} is nearly the same title as line ${similar.row.line}${whereElse(entry, similar)}, ${quote(similar.title, 120)}`));
      }
    }
    const titleCopies = byTitle.get(entry.normalizedTitle);
    if (titleCopies) titleCopies.push(entry);
    else {
      byTitle.set(entry.normalizedTitle, [entry]);
      near.add(entry.normalizedTitle, entry);
    }
    for (const { id: paperId } of entry.ids) byId.set(paperId.key, [...byId.get(paperId.key) ?? [], entry]);
  }
  return findings;
}
function nearestCopy(entry, copies) {
  return copies.find((copy) => samePlace(copy, entry)) ?? copies[0];
}
function listingSeverity(entry, first, habit) {
  if (samePlace(first, entry) && namesDiffer(first, entry)) return "warning";
  if (samePlace(first, entry) || chronologicalSections(first, entry)) return "error";
  if (venuesDisagree(first, entry)) return "warning";
  return habit ? void 0 : "warning";
}
function namesDiffer(a, b) {
  if (a.table !== b.table || a.table.titleColumn === 0) return false;
  const [x, y] = [a.row.cells[0]?.text.trim().toLowerCase() ?? "", b.row.cells[0]?.text.trim().toLowerCase() ?? ""];
  return x !== "" && y !== "" && x !== y && !/^\d{4}/.test(x);
}
var whereElse = (entry, first) => samePlace(first, entry) ? "" : ` (${sectionName(first)})`;
function venuesDisagree(first, entry) {
  const [firstVenue, venue] = [first.venueCell?.text, entry.venueCell?.text];
  return Boolean(firstVenue && venue && normalizeVenue(firstVenue) !== normalizeVenue(venue));
}
function arxivConflict(first, entry) {
  const arxiv = (e) => e.ids.map(({ id: paperId }) => paperId).filter((paperId) => paperId.key.startsWith("arxiv:"));
  const [mine, theirs] = [arxiv(entry), arxiv(first)];
  if (mine.length === 0 || theirs.length === 0 || mine.some((a) => theirs.some((b) => a.key === b.key))) return void 0;
  return `${theirs[0].label} there, ${mine[0].label} here`;
}
function report(entry, first, severity, what, withAdvice = true) {
  const crossListed = !samePlace(first, entry) && severity === "warning";
  const advice2 = !withAdvice ? "" : crossListed ? ": if the list means to show it in both sections, nothing to do; otherwise remove one" : severity === "error" ? ": remove this row, or merge the two into one" : ": if it is the same paper, remove one of the rows";
  let venueNote = "";
  const [firstVenue, venue] = [first.venueCell?.text, entry.venueCell?.text];
  if (firstVenue && venue && normalizeVenue(firstVenue) !== normalizeVenue(venue)) {
    venueNote = ` The rows disagree on the venue (${quote(firstVenue, 30)} there, ${quote(venue, 30)} here): keep the right one.`;
  }
  const cell = entry.titleCell;
  return findingAt(id3, severity, cell.start, cell.end, `${what}${advice2}.${venueNote}`);
}

// src/rules/link-syntax.ts
var id4 = "link-syntax";
var schemeLessHost = /^(?:www\.|(?:[a-z0-9-]+\.)*(?:arxiv\.org|doi\.org|openreview\.net|github\.com|aclanthology\.org|semanticscholar\.org|papers\.nips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press|openaccess\.thecvf\.com|dl\.acm\.org|ieeexplore\.ieee\.org|link\.springer\.com|sciencedirect\.com|nature\.com|huggingface\.co)\b)/i;
var knownHostInText = /arxiv\.org|doi\.org|openreview\.net|aclanthology\.org|papers\.nips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press|openaccess\.thecvf\.com/i;
var schemeLessInText = /(?<![\w/.:@-])((?:[a-z0-9-]+\.)*(?:arxiv\.org|doi\.org|openreview\.net|aclanthology\.org|papers\.nips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press|openaccess\.thecvf\.com)\/[^\s|)\]]+)/gi;
var harmlessBrackets = /^(?:\s*[a-z-]+\s*(?:\.\s*[A-Za-z-]+)?\s*|\d+(?:[,–-]\s*\d+)*|[ xX]|\^.*)$/;
var rawChecks = [
  {
    // [[Inner](url1)](url2); a linked badge [![alt](img)](url) is fine
    pattern: /\[[^[\]]*(?<!!)\[[^[\]]*\]\([^()\s]*\)[^[\]]*\]\([^()\s]*\)/g,
    message: () => "A link sits inside another link's text; GitHub keeps only one: make it a single [Title](url)."
  },
  {
    // [Title] (url)
    pattern: /\[([^[\]]+)\][ \t]+\((\s*(?:https?:\/\/|www\.)[^()\s]*)\)/g,
    message: () => "A space between ']' and '(' breaks the link: write [Title](url) with nothing between ']' and '('.",
    replacement: (match) => match[0].replace(/\][ \t]+\(/, "](")
  },
  {
    // [Title(url)] or [Title url]
    pattern: /\[([^[\]]*?)[ \t]*\(?(https?:\/\/[^\s()[\]]+)\)?[ \t]*\](?!\()/g,
    message: () => "The URL is inside the square brackets: write [Title](url), the text in '[ ]' and the URL right after it in '( )'.",
    replacement: (match) => `[${(match[1] ?? "").trimEnd()}](${match[2] ?? ""})`
  },
  {
    // [Title]([https://a](https://b)): a markdown link pasted as the target
    pattern: /\]\(\s*\[[^[\]]*\]\((https?:\/\/[^()\s]+)\)\s*\)/g,
    message: () => "The link target is itself a markdown link: keep only the URL, as in [Title](https://\u2026).",
    replacement: (match) => `](${match[1] ?? ""})`
  },
  {
    // [Title]([https://…)
    pattern: /\]\(\s*\[+(https?:\/\/[^()\s]*)\]?\)/g,
    message: () => "The link target starts with '[': delete it so that the parentheses hold the URL alone.",
    replacement: (match) => `](${match[1] ?? ""})`
  },
  {
    // \https://
    pattern: /\\(https?:\/\/)/g,
    message: () => "A backslash before 'http' keeps the address from being a link: delete the '\\'.",
    replacement: (match) => match[1] ?? ""
  },
  {
    // [Title]()
    pattern: /\[([^[\]]*)\]\(\s*\)/g,
    message: () => "The link has no target: put the paper's URL between the parentheses, e.g. [Title](https://arxiv.org/abs/\u2026)."
  },
  {
    // [Title](Some words that are not an address)
    pattern: /\[([^[\]]*)\]\(([^()]*\s[^()]*)\)/g,
    message: (match) => {
      const target = (match[2] ?? "").trim();
      if (!/\s/.test(target) || target.startsWith("<") || /^\S+\s+(?:"[^"]*"|'[^']*')$/.test(target)) return void 0;
      return `The link target ${quote(target, 40)} is not a URL: put the paper's address between the parentheses, e.g. (https://arxiv.org/abs/\u2026).`;
    }
  }
];
var linkSyntax = {
  id: id4,
  meta: {
    description: "Links in paper tables are well-formed markdown: [Title](https://\u2026), no stray spaces, brackets or backslashes.",
    docs: docsUrl(id4),
    fixable: true,
    kind: "rendering",
    needs: []
  },
  defaultSeverity: "error",
  defaultOptions: {},
  optionSpecs: {},
  check(model) {
    const findings = [];
    for (const { row, table } of model.papers) {
      for (const [column, cell] of row.cells.entries()) {
        for (const c of cellCandidates(cell, model, table.columns[column] === "title" || table.columns[column] === "link")) {
          const finding = findingAt(id4, "error", pointAt(model.lineStarts, c.start), pointAt(model.lineStarts, c.end), c.message);
          const edit = c.replacement === void 0 ? void 0 : { offset: c.start, length: c.end - c.start, text: c.replacement };
          findings.push(edit ? withFix(finding, edit) : finding);
        }
      }
    }
    return findings;
  }
};
var emptyBracketedLink = /\[\[([^[\]]*)\]\]\(\s*\)/g;
function cellCandidates(cell, model, holdsPaperLink) {
  const base = cell.start.offset;
  const raw = cell.raw;
  const taken = [];
  const take = (candidate) => {
    if (taken.some((t) => candidate.start < t.end && t.start < candidate.end)) return;
    taken.push(candidate);
  };
  const brackets = raw.includes("[") || raw.includes("]");
  const hosts = knownHostInText.test(raw);
  if (!brackets && !hosts && !raw.includes("\\")) return taken;
  for (const check of rawChecks) {
    eachMatch(check.pattern, raw, (match) => {
      const message = check.message(match);
      const replacement = check.replacement?.(match);
      if (message) take({ start: base + match.index, end: base + match.index + match[0].length, message, ...replacement !== void 0 && { replacement } });
    });
  }
  if (holdsPaperLink && brackets) {
    eachMatch(emptyBracketedLink, raw, (match) => {
      const start = base + match.index;
      take({ start, end: start + match[0].length, message: `The link has no target: put the paper's URL between the parentheses, e.g. [[${match[1] ?? "pdf"}]](https://arxiv.org/pdf/\u2026).` });
    });
  }
  for (const span of cell.inline) {
    if (span.kind !== "link") continue;
    const problem = targetProblem(span.url ?? "", model.text.slice(span.start, span.end));
    if (problem) take({ start: span.start, end: span.end, ...problem });
  }
  const isShielded = (start, end) => cell.inline.some((span) => start < span.end && span.start < end);
  if (hosts) {
    eachMatch(schemeLessInText, raw, (match) => {
      const start = base + match.index;
      const end = start + match[0].length;
      if (isShielded(start, end)) return;
      take({ start, end, message: `${quote(match[1] ?? "", 40)} has no 'https://', so it is not a link: write https://${match[1] ?? ""}, or [Title](https://\u2026).` });
    });
  }
  if (brackets) {
    eachMatch(bracketsWithoutTarget, raw, (match) => {
      const start = base + match.index;
      const end = start + match[0].length;
      const label = match[1] ?? "";
      if (isShielded(start, end) || harmlessBrackets.test(label) || model.definitions.has(label.toLowerCase())) return;
      if (isTagPrefix(raw.slice(match.index + match[0].length))) return;
      take({ start, end, message: `${quote(`[${label}]`)} is in link brackets but has no URL: write [${label.length > 30 ? "Title" : label}](https://\u2026) with the paper's address, or remove the brackets.` });
    });
  }
  return taken.sort((a, b) => a.start - b.start);
}
function eachMatch(pattern, text, found) {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found(match);
    if (match[0] === "") pattern.lastIndex += 1;
  }
}
var bracketsWithoutTarget = /(?<![!\]\\])\[([^[\]]+)\](?![([:])/g;
function malformedArxivId(target) {
  let url;
  try {
    url = new URL(target);
  } catch {
    return void 0;
  }
  if (!/^(?:www\.|export\.)?arxiv\.org$/i.test(url.hostname)) return void 0;
  const id12 = /^\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?$/.exec(url.pathname)?.[1];
  if (id12 === void 0) return void 0;
  return parseReportedArxivId(id12).valid ? void 0 : id12;
}
var isTagPrefix = (after) => /^[ \t]+(?:[\p{L}\p{N}[*_`"']|<)/u.test(after);
function targetProblem(url, source) {
  const target = url.trim();
  if (target === "") return void 0;
  const scheme = /^(https?)(:\/?(?!\/)|\/\/)/i.exec(target);
  if (scheme) {
    const right = `${scheme[1]}://${target.slice(scheme[0].length)}`;
    const at = source.lastIndexOf(target);
    return {
      message: `The link target ${quote(target, 40)} is not a well-formed URL: write ${quote(right, 40)}.`,
      ...at !== -1 && { replacement: `${source.slice(0, at)}${right}${source.slice(at + target.length)}` }
    };
  }
  const arxiv = malformedArxivId(target);
  if (arxiv) return { message: `${quote(arxiv, 30)} in ${quote(target, 50)} is no arXiv id (arXiv ids look like 2006.08509 or 2006.08509v2): fix the link.` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || /^(#|\/|\.\.?\/)/.test(target)) return void 0;
  if (target.startsWith("[")) return void 0;
  if (schemeLessHost.test(target)) {
    return { message: `The link target ${quote(target, 40)} has no 'https://', so GitHub treats it as a file in this repository: write https://${target}.` };
  }
  if (/[/.]/.test(target)) return void 0;
  return { message: `The link target ${quote(target, 40)} is not a URL: put the paper's address between the parentheses, e.g. (https://arxiv.org/abs/\u2026).` };
}

// src/identity/venue-style.ts
var extraNames = [
  "COLM",
  "MIDL",
  "LoG",
  "ALT",
  "ICWSM",
  "CoLLAs",
  "CHIL",
  "ML4H",
  "L4DC",
  "ACML",
  "NeurReps",
  "UniReps",
  "LREC",
  "LREC-COLING",
  "ICBINB",
  "AAMAS",
  "ECAI",
  "ICDM",
  "ICLR",
  "IJCNN",
  "ICPR",
  "ICIP",
  "MICCAI",
  "NAACL",
  "TNNLS",
  "TKDE",
  "TIP",
  "TMM",
  "TCSVT",
  "TGRS",
  "JAIR",
  "AIJ"
];
var aliasList = [
  ["NeurIPS", [
    "NIPS",
    "Neural Information Processing Systems",
    "Advances in Neural Information Processing Systems",
    "Conference on Neural Information Processing Systems",
    "Annual Conference on Neural Information Processing Systems"
  ]],
  ["ICLR", ["International Conference on Learning Representations"]],
  ["ICML", ["International Conference on Machine Learning"]],
  ["CVPR", [
    "Computer Vision and Pattern Recognition",
    "Conference on Computer Vision and Pattern Recognition",
    "IEEE Conference on Computer Vision and Pattern Recognition",
    "IEEE/CVF Conference on Computer Vision and Pattern Recognition",
    "IEEE Computer Society Conference on Computer Vision and Pattern Recognition"
  ]],
  ["ICCV", [
    "International Conference on Computer Vision",
    "IEEE International Conference on Computer Vision",
    "IEEE/CVF International Conference on Computer Vision"
  ]],
  ["ECCV", ["European Conference on Computer Vision"]],
  ["WACV", [
    "Winter Conference on Applications of Computer Vision",
    "IEEE/CVF Winter Conference on Applications of Computer Vision",
    "IEEE Winter Conference on Applications of Computer Vision"
  ]],
  ["TMLR", ["Trans. Mach. Learn. Res.", "Transactions on Machine Learning Research"]],
  ["JMLR", ["J. Mach. Learn. Res.", "Journal of Machine Learning Research"]],
  ["TPAMI", [
    "PAMI",
    "T-PAMI",
    "IEEE TPAMI",
    "IEEE T-PAMI",
    "IEEE Trans. Pattern Anal. Mach. Intell.",
    "IEEE Transactions on Pattern Analysis and Machine Intelligence"
  ]],
  ["IJCV", ["Int. J. Comput. Vis.", "International Journal of Computer Vision"]],
  ["TACL", ["Trans. Assoc. Comput. Linguistics", "Transactions of the Association for Computational Linguistics"]],
  ["TOG", ["ACM Trans. Graph.", "ACM Transactions on Graphics"]],
  ["TIP", ["IEEE Trans. Image Process.", "IEEE Transactions on Image Processing"]],
  ["AAAI", ["AAAI Conference on Artificial Intelligence"]],
  ["IJCAI", ["International Joint Conference on Artificial Intelligence"]],
  ["ACL", ["Annual Meeting of the Association for Computational Linguistics"]],
  ["EMNLP", ["Empirical Methods in Natural Language Processing", "Conference on Empirical Methods in Natural Language Processing"]],
  ["NAACL", ["NAACL-HLT", "North American Chapter of the Association for Computational Linguistics"]],
  ["KDD", ["SIGKDD", "ACM SIGKDD", "Knowledge Discovery and Data Mining"]],
  ["WWW", ["The Web Conference", "TheWebConf"]],
  ["AISTATS", ["Artificial Intelligence and Statistics", "International Conference on Artificial Intelligence and Statistics"]],
  ["UAI", ["Uncertainty in Artificial Intelligence", "Conference on Uncertainty in Artificial Intelligence"]],
  ["COLT", ["Conference on Learning Theory", "Annual Conference on Learning Theory"]],
  ["CoRL", ["Conference on Robot Learning"]],
  ["RSS", ["Robotics: Science and Systems"]],
  ["ACM MM", ["ACM Multimedia", "ACM International Conference on Multimedia"]],
  ["Interspeech", ["INTERSPEECH"]],
  ["BMVC", ["British Machine Vision Conference"]],
  ["LoG", ["Learning on Graphs", "Learning on Graphs Conference"]],
  ["COLM", ["Conference on Language Modeling"]],
  ["TNNLS", ["IEEE Trans. Neural Networks Learn. Syst.", "IEEE Transactions on Neural Networks and Learning Systems"]],
  ["TKDE", ["IEEE Trans. Knowl. Data Eng.", "IEEE Transactions on Knowledge and Data Engineering"]],
  ["TGRS", ["IEEE Trans. Geosci. Remote. Sens.", "IEEE Transactions on Geoscience and Remote Sensing"]]
];
var knownNames = (() => {
  const names2 = /* @__PURE__ */ new Map();
  for (const name of extraNames) names2.set(compactVenue(name), name);
  for (const [name, aliases] of aliasList) {
    names2.set(compactVenue(name), name);
    for (const alias of aliases) names2.set(compactVenue(alias), name);
  }
  return names2;
})();
var preprintServers = /* @__PURE__ */ new Set(["arxiv", "corr", "biorxiv", "medrxiv", "chemrxiv", "ssrn", "researchsquare", "preprint"]);
function shortNameOf(text) {
  const compact = compactVenue(text);
  if (compact === "" || compact.length > 120 || preprintServers.has(compact)) return void 0;
  return canonicalVenue(text) ?? knownNames.get(compact);
}
var isKnownShortName = (name) => shortNameOf(name) === name || knownShortNames.has(name);
var knownShortNames = new Set(knownNames.values());
var workshopWord = /\bworkshops?\b/i;
var findingsWord = /\bfindings\b/i;
function knownVenue(text) {
  let rest = text.slice(0, 300).normalize("NFKC").replace(/\s+/g, " ").trim();
  if (rest === "") return void 0;
  let variant = "main";
  const parenthesised = [];
  rest = rest.replace(/\s*\(([^()]{0,60})\)/g, (_, inside) => {
    parenthesised.push(inside.trim());
    return " ";
  });
  for (const inside of parenthesised) {
    if (workshopWord.test(inside)) variant = "workshop";
    else if (findingsWord.test(inside)) variant = "findings";
  }
  if (/^findings\s+of\s+(?:the\s+)?/i.test(rest)) {
    variant = "findings";
    rest = rest.replace(/^findings\s+of\s+(?:the\s+)?/i, "");
  } else if (findingsWord.test(rest)) {
    variant = "findings";
    rest = rest.replace(/\s*\bfindings\b\s*/gi, " ");
  }
  if (workshopWord.test(rest)) {
    variant = "workshop";
    rest = rest.replace(/\s*\bworkshops?\b\s*/gi, " ");
  }
  rest = rest.replace(/^(?:in\s+)?(?:proceedings|proc\.?)\s+(?:of\s+)?(?:the\s+)?/i, "").replace(/\s+(?:poster|oral|spotlight|accepted|notable(?:[ -]top[ -]\d{1,2}%)?)$/i, "").replace(/\s+datasets (?:and|&) benchmarks(?: track)?$/i, "").replace(/\b(?:19|20)\d{2}\b/g, " ").replace(/\b\d{1,3}(?:st|nd|rd|th)\b/gi, " ").replace(/\s+/g, " ").replace(/^[\s,;:.\-–]+|[\s,;:\-–]+$/g, "");
  const named = shortNameOf(rest);
  if (named) return { name: named, variant };
  const workshopSuffix = /^(.{2,40}?)[\s_-]?W$/.exec(rest);
  const base = workshopSuffix?.[1] ? shortNameOf(workshopSuffix[1]) : void 0;
  if (base) return { name: base, variant: "workshop" };
  for (const inside of parenthesised) {
    const acronym = shortNameOf(inside);
    if (acronym && /^[A-Za-z][\w -]{1,20}$/.test(inside)) return { name: acronym, variant };
  }
  return void 0;
}
var maxCellChars = 200;
var plainSpelling = /^[\p{L}\p{N}][\p{L}\p{N} .&'’_-]{0,59}$/u;
var preprintWords = /\b(?:arxiv|corr|biorxiv|medrxiv|preprints?)\b/i;
var reviewWords = /\b(?:under (?:review|submission)|in (?:review|submission)|submitted)\b/i;
function readVenue(cellText) {
  let text = cellText.slice(0, maxCellChars).normalize("NFKC").replace(/\s+/g, " ").trim();
  const reading = { preprint: false, venues: [], yearFormat: "none" };
  const category = /\[\s*([A-Za-z-]{2,20}(?:\s*\.\s*[A-Za-z-]{1,20})?)\s*\]/.exec(text);
  if (category?.[1]) {
    reading.category = category[1].replace(/\s+/g, "");
    text = `${text.slice(0, category.index)} ${text.slice(category.index + category[0].length)}`.replace(/\s+/g, " ").trim();
  }
  let prefix = text;
  let suffix = "";
  let shaped = true;
  const four = /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(text);
  const two = four ? void 0 : /(\s?)['’‘](\d{2})(?!\d)/.exec(text);
  if (four?.[1]) {
    const at = four.index;
    reading.year = Number(four[1]);
    const before = text[at - 1];
    const after = text[at + 4];
    if (before === "(" && after === ")") {
      reading.yearFormat = "paren";
      prefix = text.slice(0, at - 1);
      suffix = text.slice(at + 5);
    } else {
      reading.yearFormat = before === " " ? "space" : before !== void 0 && /[\p{L}_]/u.test(before) ? "joined" : "none";
      shaped = reading.yearFormat !== "none";
      prefix = text.slice(0, at);
      suffix = text.slice(at + 4);
    }
  } else if (two?.[2]) {
    const yy = Number(two[2]);
    reading.year = yy < 70 ? 2e3 + yy : 1900 + yy;
    reading.yearFormat = two[1] ? "spaceApostrophe" : "apostrophe";
    prefix = text.slice(0, two.index);
    suffix = text.slice(two.index + two[0].length);
    shaped = prefix !== "" && /[\p{L}\p{N}]$/u.test(prefix);
  }
  prefix = prefix.trim();
  suffix = suffix.trim();
  const rest = `${prefix} ${suffix}`.trim();
  const whole = rest === "" ? void 0 : knownVenue(rest);
  if (whole) reading.venues.push(whole);
  else {
    const words = rest.split(/[\s,;/+|]+|(?=\()|(?<=\))/).map((word) => word.replace(/^[([]+|[)\].:]+$/g, "")).filter((word) => word !== "");
    for (let i = 0; i < words.length && i < 40 && reading.venues.length < 4; i += 1) {
      const single = knownVenue(words[i]);
      const pair = !single && i + 1 < words.length ? knownVenue(`${words[i]} ${words[i + 1]}`) : void 0;
      const found = single ?? pair;
      if (!found) continue;
      if (pair) i += 1;
      if (!reading.venues.some((venue) => venue.name === found.name && venue.variant === found.variant)) reading.venues.push(found);
    }
    const variant = workshopWord.test(rest) ? "workshop" : findingsWord.test(rest) ? "findings" : void 0;
    if (variant) reading.venues = reading.venues.map((venue) => ({ ...venue, variant }));
  }
  reading.venue = reading.venues[0];
  reading.preprint = reviewWords.test(text) || preprintWords.test(rest) && reading.venues.length === 0;
  if (shaped && plainSpelling.test(prefix) && (suffix === "" || /^(?:workshops?|findings)$/i.test(suffix))) {
    const cleanVenue = whole !== void 0 && (suffix === "" || whole.variant !== "main");
    const cleanPreprint = reading.venues.length === 0 && /^arxiv(?: preprint)?$/i.test(prefix) && suffix === "";
    const cleanOther = reading.venues.length === 0 && !reading.preprint && suffix === "";
    const kind = cleanVenue ? "venue" : cleanPreprint ? "preprint" : cleanOther ? "other" : void 0;
    if (kind) reading.form = { kind, prefix, suffix: suffix === "" ? "" : ` ${suffix}` };
  }
  return reading;
}
var arxivLink = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(abs|pdf)\/[^?#\s]+?(\.pdf)?(?:[?#]|$)/i;
function listStyleOf(venueTexts, linkUrls) {
  const forms = /* @__PURE__ */ new Map();
  const others = /* @__PURE__ */ new Map();
  const preprints = /* @__PURE__ */ new Map();
  const yearFormats = /* @__PURE__ */ new Map();
  let index = 0;
  for (const text of venueTexts) {
    index += 1;
    const reading = readVenue(text);
    if (!reading.form) continue;
    const { kind, prefix, suffix } = reading.form;
    const formKey = `${prefix}\0${suffix}\0${reading.yearFormat}`;
    if (kind === "preprint") {
      const key2 = `${formKey}\0${reading.category !== void 0}`;
      const known2 = preprints.get(key2);
      if (known2) known2.count += 1;
      else preprints.set(key2, { prefix, suffix, yearFormat: reading.yearFormat, count: 1, first: index, category: reading.category !== void 0 });
      continue;
    }
    if (kind === "other") {
      const key2 = compactVenue(prefix);
      const group2 = others.get(key2) ?? /* @__PURE__ */ new Map();
      const known2 = group2.get(formKey);
      if (known2) known2.count += 1;
      else group2.set(formKey, { prefix, suffix, yearFormat: reading.yearFormat, count: 1, first: index });
      others.set(key2, group2);
      continue;
    }
    const venue = reading.venue;
    const key = `${venue.name}|${venue.variant}`;
    const group = forms.get(key) ?? /* @__PURE__ */ new Map();
    const known = group.get(formKey);
    if (known) known.count += 1;
    else group.set(formKey, { prefix, suffix, yearFormat: reading.yearFormat, count: 1, first: index });
    forms.set(key, group);
    yearFormats.set(reading.yearFormat, (yearFormats.get(reading.yearFormat) ?? 0) + 1);
  }
  const byUse = (items) => [...items].sort((a, b) => b.count - a.count || a.first - b.first);
  let yearFormat = "space";
  let most = 0;
  for (const [format, count] of yearFormats) {
    if (count > most) {
      yearFormat = format;
      most = count;
    }
  }
  const links = { abs: 0, pdf: 0, pdfSuffix: 0 };
  for (const url of linkUrls) {
    const match = arxivLink.exec(url.trim());
    if (!match) continue;
    if (match[1]?.toLowerCase() === "abs") links.abs += 1;
    else {
      links.pdf += 1;
      if (match[2]) links.pdfSuffix += 1;
    }
  }
  const arxivLinks = links.pdf > links.abs ? links.pdfSuffix * 2 > links.pdf ? "pdf.pdf" : "pdf" : "abs";
  return {
    forms: new Map([...forms].map(([key, group]) => [key, byUse(group.values())])),
    otherForms: new Map([...others].map(([key, group]) => [key, byUse(group.values())])),
    yearFormat,
    preprintForms: byUse(preprints.values()),
    arxivLinks
  };
}
function yearText(format, year) {
  const short = String(year % 100).padStart(2, "0");
  switch (format) {
    case "space":
      return ` ${year}`;
    case "joined":
      return String(year);
    case "apostrophe":
      return `'${short}`;
    case "spaceApostrophe":
      return ` '${short}`;
    case "paren":
      return ` (${year})`;
    case "none":
      return "";
  }
}
function displayVenue(venue) {
  const year = venue.year === void 0 ? "" : ` ${venue.year}`;
  if (venue.variant === "findings") return sanitizeVenueText(`Findings of ${venue.name}${year}`);
  return sanitizeVenueText(`${venue.name}${year}${venue.variant === "workshop" ? " Workshop" : ""}`);
}
function writeVenue(style, venue) {
  if (!plainSpelling.test(venue.name) || !Number.isInteger(venue.year) || venue.year < 1900 || venue.year > 2199) return void 0;
  const own = style.forms.get(`${venue.name}|${venue.variant}`)?.[0];
  if (!own && !venue.fromOwnData && !isKnownShortName(venue.name)) return void 0;
  let text;
  if (own) text = `${own.prefix}${yearText(own.yearFormat, venue.year)}${own.suffix}`;
  else {
    const spelling = style.forms.get(`${venue.name}|main`)?.[0]?.prefix ?? venue.name;
    const year = yearText(style.yearFormat, venue.year);
    text = venue.variant === "workshop" ? `${spelling}${year} Workshop` : venue.variant === "findings" ? `Findings of ${spelling}${year}` : `${spelling}${year}`;
  }
  const clean = sanitizeVenueText(text);
  return clean === "" ? void 0 : clean;
}
function writeListVenue(style, sourceName2, year) {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return void 0;
  const key = compactVenue(sourceName2.slice(0, 300));
  const own = key === "" ? void 0 : style.otherForms.get(key)?.[0];
  if (!own) return void 0;
  const clean = sanitizeVenueText(`${own.prefix}${yearText(own.yearFormat, year)}${own.suffix}`);
  return clean === "" ? void 0 : clean;
}
function writePreprint(style, preprint) {
  const category = preprint.category !== void 0 && /^[A-Za-z-]{2,20}(?:\.[A-Za-z-]{1,20})?$/.test(preprint.category) ? preprint.category : void 0;
  const forms = style.preprintForms.length > 0 ? style.preprintForms : [{ prefix: "arXiv", suffix: "", yearFormat: "none", category: false, count: 0, first: 0 }];
  for (const form of forms) {
    if (form.category && category === void 0) continue;
    if (form.yearFormat !== "none" && preprint.year === void 0) continue;
    const year = preprint.year === void 0 ? "" : yearText(form.yearFormat, preprint.year);
    const text = sanitizeVenueText(`${form.prefix}${year}${form.suffix}`);
    if (text !== "") return form.category ? `${text} [${category}]` : text;
  }
  return void 0;
}
function writeArxivLink(style, id12) {
  if (!/^(?:\d{4}\.\d{4,5}|[a-z-]+\/\d{7})$/.test(id12)) return void 0;
  return style.arxivLinks === "abs" ? `https://arxiv.org/abs/${id12}` : style.arxivLinks === "pdf" ? `https://arxiv.org/pdf/${id12}` : `https://arxiv.org/pdf/${id12}.pdf`;
}
function sanitizeVenueText(text) {
  return text.replace(/[|[\]<>`{}\\*\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ").replace(/\s+/g, " ").trim().slice(0, 80).trim();
}

// src/metadata/data/acl-anthology-venues.ts
var aclConferences = {
  acl: { acronym: "ACL", findings: true },
  emnlp: { acronym: "EMNLP", findings: true },
  naacl: { acronym: "NAACL", findings: true },
  eacl: { acronym: "EACL", findings: true },
  aacl: { acronym: "AACL", findings: true },
  ijcnlp: { acronym: "IJCNLP", findings: true },
  coling: { acronym: "COLING" },
  conll: { acronym: "CoNLL" },
  lrec: { acronym: "LREC" },
  starsem: { acronym: "*SEM" },
  sigdial: { acronym: "SIGDIAL" },
  inlg: { acronym: "INLG" },
  iwslt: { acronym: "IWSLT" },
  iwcs: { acronym: "IWCS" },
  iwpt: { acronym: "IWPT" },
  // "Workshop on Statistical Machine Translation" until 2015; since 2016 its proceedings are those of
  // the "Conference on Machine Translation", and new-style WMT ids start in 2020.
  wmt: { acronym: "WMT" }
};
var aclJournals = {
  tacl: "TACL",
  cl: "CL"
};
var aclWorkshops = {
  adaptnlp: "AdaptNLP",
  akbc: "AKBC",
  alnlp: "ALNLP",
  alvr: "ALVR",
  alw: "ALW",
  americasnlp: "AmericasNLP",
  argmining: "ArgMining",
  autosimtrans: "AutoSimTrans",
  bea: "BEA",
  bioasq: "BioASQ",
  bionlp: "BioNLP",
  blackboxnlp: "BlackboxNLP",
  bsnlp: "BSNLP",
  bucc: "BUCC",
  calcs: "CALCS",
  clinicalnlp: "ClinicalNLP",
  clpsych: "CLPsych",
  cmcl: "CMCL",
  codi: "CODI",
  crac: "CRAC",
  dadc: "DADC",
  deelio: "DeeLIO",
  deeplo: "DeepLo",
  dialdoc: "DialDoc",
  discomt: "DiscoMT",
  dravidianlangtech: "DravidianLangTech",
  ecnlp: "ECNLP",
  eval4nlp: "Eval4NLP",
  fever: "FEVER",
  figlang: "Fig-Lang",
  fl4nlp: "FL4NLP",
  fnp: "FNP",
  gebnlp: "GeBNLP",
  gem: "GEM",
  hcinlp: "HCINLP",
  humeval: "HumEval",
  in2writing: "In2Writing",
  insights: "Insights",
  internlp: "InterNLP",
  latechclfl: "LaTeCHCLfL",
  law: "LAW",
  lchange: "LChange",
  lnls: "LNLS",
  loresmt: "LoResMT",
  louhi: "Louhi",
  ltedi: "LTEDI",
  maiworkshop: "MAI",
  metanlp: "MetaNLP",
  mia: "MIA",
  mml: "MML",
  mrl: "MRL",
  mrqa: "MRQA",
  mwe: "MWE",
  newsum: "NewSum",
  ngt: "NGT",
  nllp: "NLLP",
  nlp4convai: "NLP4ConvAI",
  nlp4if: "NLP4IF",
  nlp4posimpact: "NLP4PosImpact",
  nlp4prog: "NLP4Prog",
  nlpcovid19: "NLP-COVID19",
  nlpcss: "NLP+CSS",
  nlposs: "NLPOSS",
  nlppower: "NLP Power",
  nuse: "NUSE",
  privatenlp: "PrivateNLP",
  repl4nlp: "RepL4NLP",
  sdp: "SDP",
  semeval: "SemEval",
  socialnlp: "SocialNLP",
  spanlp: "SpaNLP",
  splurobonlp: "SpLU-RoboNLP",
  spnlp: "SPNLP",
  srw: "SRW",
  sustainlp: "SustaiNLP",
  teachingnlp: "TeachingNLP",
  trustnlp: "TrustNLP",
  udw: "UDW",
  vardial: "VarDial",
  wanlp: "WANLP",
  wassa: "WASSA",
  wat: "WAT",
  wnu: "WNU",
  wnut: "WNUT",
  woah: "WOAH"
};
var aclOldStyleLetters = {
  P: { acronym: "ACL", kind: "conference", mainVolumeOnly: true },
  D: { acronym: "EMNLP", kind: "conference", mainVolumeOnly: true },
  N: { acronym: "NAACL", kind: "conference", mainVolumeOnly: true },
  E: { acronym: "EACL", kind: "conference", mainVolumeOnly: true },
  C: { acronym: "COLING", kind: "conference", mainVolumeOnly: true },
  K: { acronym: "CoNLL", kind: "conference", mainVolumeOnly: true },
  I: { acronym: "IJCNLP", kind: "conference", mainVolumeOnly: true },
  L: { acronym: "LREC", kind: "conference", mainVolumeOnly: true },
  Q: { acronym: "TACL", kind: "journal", mainVolumeOnly: false },
  J: { acronym: "CL", kind: "journal", mainVolumeOnly: false },
  W: { acronym: "ACL Anthology workshop", kind: "workshop", mainVolumeOnly: false }
};

// src/metadata/data/jmlr-volumes.ts
var jmlrVolumes = [
  { volume: 1, from: 2e3, to: 2001, span: "Oct 2000 - Sep 2001" },
  { volume: 2, from: 2001, to: 2002, span: "Oct 2001 - Mar 2002" },
  { volume: 3, from: 2002, to: 2003, span: "Jul 2002 - Mar 2003" },
  { volume: 4, from: 2003, to: 2003, span: "Apr 2003 - December 2003" },
  { volume: 5, from: 2003, to: 2004, span: "December 2003 - December 2004" },
  { volume: 6, from: 2005, to: 2005, span: "January 2005 - December 2005" },
  { volume: 7, from: 2006, to: 2006, span: "January 2006 - December 2006" },
  { volume: 8, from: 2007, to: 2007, span: "January 2007 - December 2007" },
  { volume: 9, from: 2008, to: 2008, span: "January 2008 - December 2008" },
  { volume: 10, from: 2009, to: 2009, span: "January 2009 - December 2009" },
  { volume: 11, from: 2010, to: 2010, span: "January 2010 - December 2010" },
  { volume: 12, from: 2011, to: 2011, span: "January 2011 - December 2011" },
  { volume: 13, from: 2012, to: 2012, span: "January 2012 - December 2012" },
  { volume: 14, from: 2013, to: 2013, span: "January 2013 - December 2013" },
  { volume: 15, from: 2014, to: 2014, span: "January 2014 - December 2014" },
  { volume: 16, from: 2015, to: 2015, span: "January 2015 - December 2015" },
  { volume: 17, from: 2016, to: 2017, span: "January 2016 - January 2017" },
  { volume: 18, from: 2017, to: 2018, span: "February 2017 - August 2018" },
  { volume: 19, from: 2018, to: 2018, span: "August 2018 - December 2018" },
  { volume: 20, from: 2019, to: 2019, span: "January 2019 - December 2019" },
  { volume: 21, from: 2020, to: 2020, span: "January 2020 - December 2020" },
  { volume: 22, from: 2021, to: 2021, span: "January 2021 - December 2021" },
  // From here the index copy reads "Volume 23 (January 2022 - Present)"; volumes 23-26 each hold one
  // year, as their papers' citations show (e.g. 24(240) 2023, 25(70) 2024, 26(175) 2025).
  { volume: 23, from: 2022, to: 2022, span: "January 2022 - December 2022" },
  { volume: 24, from: 2023, to: 2023, span: "January 2023 - December 2023" },
  { volume: 25, from: 2024, to: 2024, span: "January 2024 - December 2024" },
  { volume: 26, from: 2025, to: 2025, span: "January 2025 - December 2025" }
];

// src/metadata/data/pmlr-volumes.ts
var pmlrVolumes = [
  // AISTATS, COLT and ACML volumes before 2013 (JMLR W&CP), from PMLR's own list of early volumes.
  { volume: 2, venue: "AISTATS", year: 2007, kind: "conference", name: "AISTATS 2007", source: "index" },
  { volume: 5, venue: "AISTATS", year: 2009, kind: "conference", name: "AISTATS 2009", source: "index" },
  { volume: 9, venue: "AISTATS", year: 2010, kind: "conference", name: "AISTATS 2010", source: "index" },
  { volume: 13, venue: "ACML", year: 2010, kind: "conference", name: "ACML 2010", source: "index" },
  { volume: 15, venue: "AISTATS", year: 2011, kind: "conference", name: "AISTATS 2011", source: "index" },
  { volume: 19, venue: "COLT", year: 2011, kind: "conference", name: "COLT 2011", source: "index" },
  { volume: 20, venue: "ACML", year: 2011, kind: "conference", name: "ACML 2011", source: "index" },
  { volume: 22, venue: "AISTATS", year: 2012, kind: "conference", name: "AISTATS 2012", source: "index" },
  { volume: 23, venue: "COLT", year: 2012, kind: "conference", name: "The 25th Annual Conference on Learning Theory", source: "config" },
  { volume: 25, venue: "ACML", year: 2012, kind: "conference", name: "ACML 2012", source: "index" },
  // ICML
  { volume: 28, venue: "ICML", year: 2013, kind: "conference", name: "The 30th International Conference on Machine Learning", source: "config" },
  { volume: 32, venue: "ICML", year: 2014, kind: "conference", name: "The 31st International Conference on Machine Learning", source: "config" },
  { volume: 37, venue: "ICML", year: 2015, kind: "conference", name: "The 32nd International Conference on Machine Learning", source: "config" },
  { volume: 48, venue: "ICML", year: 2016, kind: "conference", name: "The 33rd International Conference on Machine Learning", source: "config" },
  { volume: 70, venue: "ICML", year: 2017, kind: "conference", name: "The 34th International Conference on Machine Learning", source: "config" },
  { volume: 80, venue: "ICML", year: 2018, kind: "conference", name: "The 35th International Conference on Machine Learning", source: "config" },
  { volume: 97, venue: "ICML", year: 2019, kind: "conference", name: "The 36th International Conference on Machine Learning", source: "config" },
  { volume: 119, venue: "ICML", year: 2020, kind: "conference", name: "The 37th International Conference on Machine Learning", source: "config" },
  { volume: 139, venue: "ICML", year: 2021, kind: "conference", name: "The 38th International Conference on Machine Learning", source: "config" },
  { volume: 162, venue: "ICML", year: 2022, kind: "conference", name: "The 39th International Conference on Machine Learning", source: "config" },
  { volume: 202, venue: "ICML", year: 2023, kind: "conference", name: "The 40th International Conference on Machine Learning", source: "config" },
  { volume: 235, venue: "ICML", year: 2024, kind: "conference", name: "The 41st International Conference on Machine Learning", source: "config" },
  { volume: 267, venue: "ICML", year: 2025, kind: "conference", name: "The 42nd International Conference on Machine Learning", source: "config" },
  // AISTATS
  { volume: 31, venue: "AISTATS", year: 2013, kind: "conference", name: "The Sixteenth International Conference on Artificial Intelligence and Statistics", source: "config" },
  { volume: 33, venue: "AISTATS", year: 2014, kind: "conference", name: "The Seventeenth International Conference on Artificial Intelligence and Statistics", source: "config" },
  { volume: 38, venue: "AISTATS", year: 2015, kind: "conference", name: "The Eighteenth International Conference on Artificial Intelligence and Statistics", source: "config" },
  { volume: 51, venue: "AISTATS", year: 2016, kind: "conference", name: "The 19th International Conference on Artificial Intelligence and Statistics", source: "config" },
  { volume: 54, venue: "AISTATS", year: 2017, kind: "conference", name: "The 20th International Conference on Artificial Intelligence and Statistics", source: "config" },
  { volume: 84, venue: "AISTATS", year: 2018, kind: "conference", name: "The Twenty-First International Conference on Artificial Intelligence and Statistics", source: "config" },
  { volume: 89, venue: "AISTATS", year: 2019, kind: "conference", name: "The 22nd International Conference on Artificial Intelligence and Statistics", source: "config" },
  { volume: 108, venue: "AISTATS", year: 2020, kind: "conference", name: "The Twenty Third International Conference on Artificial Intelligence and Statistics", source: "config" },
  { volume: 130, venue: "AISTATS", year: 2021, kind: "conference", name: "The 24th International Conference on Artificial Intelligence and Statistics", source: "config" },
  { volume: 151, venue: "AISTATS", year: 2022, kind: "conference", name: "The 25th International Conference on Artificial Intelligence and Statistics", source: "config" },
  { volume: 206, venue: "AISTATS", year: 2023, kind: "conference", name: "The 26th International Conference on Artificial Intelligence and Statistics", source: "config" },
  { volume: 238, venue: "AISTATS", year: 2024, kind: "conference", name: "The 27th International Conference on Artificial Intelligence and Statistics", source: "config" },
  { volume: 258, venue: "AISTATS", year: 2025, kind: "conference", name: "The 28th International Conference on Artificial Intelligence and Statistics", source: "config" },
  // COLT
  { volume: 30, venue: "COLT", year: 2013, kind: "conference", name: "The 26th Annual Conference on Learning Theory", source: "config" },
  { volume: 35, venue: "COLT", year: 2014, kind: "conference", name: "The 27th Conference on Learning Theory", source: "config" },
  { volume: 40, venue: "COLT", year: 2015, kind: "conference", name: "The 28th Conference on Learning Theory", source: "config" },
  { volume: 49, venue: "COLT", year: 2016, kind: "conference", name: "29th Annual Conference on Learning Theory", source: "config" },
  { volume: 65, venue: "COLT", year: 2017, kind: "conference", name: "The 2017 Conference on Learning Theory", source: "config" },
  { volume: 75, venue: "COLT", year: 2018, kind: "conference", name: "The 31st Conference On Learning Theory", source: "config" },
  { volume: 99, venue: "COLT", year: 2019, kind: "conference", name: "The Thirty-Second Conference on Learning Theory", source: "config" },
  { volume: 125, venue: "COLT", year: 2020, kind: "conference", name: "Thirty Third Conference on Learning Theory", source: "config" },
  { volume: 134, venue: "COLT", year: 2021, kind: "conference", name: "Thirty Fourth Conference on Learning Theory", source: "config" },
  { volume: 178, venue: "COLT", year: 2022, kind: "conference", name: "Thirty Fifth Conference on Learning Theory", source: "config" },
  {
    volume: 195,
    venue: "COLT",
    year: 2023,
    kind: "conference",
    name: "Thirty Sixth Conference on Learning Theory",
    source: "citations",
    note: 'Cited as "Proceedings of Thirty Sixth Conference on Learning Theory, G. Neu and L. Rosasco, Eds., vol. 195, PMLR, July 2023" and "COLT 2023, 12-15 July 2023, Bangalore, India, volume 195".'
  },
  {
    volume: 247,
    venue: "COLT",
    year: 2024,
    kind: "conference",
    name: "Thirty Seventh Conference on Learning Theory",
    source: "config",
    note: "The configuration says year 2024 and id COLT2024 (37th COLT, colt2024 site) but start date 2023-06-30, a slip."
  },
  { volume: 291, venue: "COLT", year: 2025, kind: "conference", name: "Thirty Eighth Conference on Learning Theory", source: "config" },
  { volume: 336, venue: "COLT", year: 2026, kind: "conference", name: "Thirty Ninth Conference on Learning Theory", source: "site" },
  // UAI (in PMLR from 2019)
  { volume: 115, venue: "UAI", year: 2019, kind: "conference", name: "The 35th Uncertainty in Artificial Intelligence Conference", source: "config" },
  { volume: 124, venue: "UAI", year: 2020, kind: "conference", name: "The 36th Conference on Uncertainty in Artificial Intelligence (UAI)", source: "config" },
  { volume: 161, venue: "UAI", year: 2021, kind: "conference", name: "The Thirty-Seventh Conference on Uncertainty in Artificial Intelligence", source: "config" },
  { volume: 180, venue: "UAI", year: 2022, kind: "conference", name: "The Thirty-Eighth Conference on Uncertainty in Artificial Intelligence", source: "config" },
  { volume: 216, venue: "UAI", year: 2023, kind: "conference", name: "The Thirty-Ninth Conference on Uncertainty in Artificial Intelligence", source: "citations" },
  { volume: 244, venue: "UAI", year: 2024, kind: "conference", name: "The Fortieth Conference on Uncertainty in Artificial Intelligence", source: "config" },
  { volume: 286, venue: "UAI", year: 2025, kind: "conference", name: "The Forty-first Conference on Uncertainty in Artificial Intelligence", source: "config" },
  // CoRL (first held 2017)
  { volume: 78, venue: "CoRL", year: 2017, kind: "conference", name: "The 1st Annual Conference on Robot Learning", source: "citations" },
  { volume: 87, venue: "CoRL", year: 2018, kind: "conference", name: "The 2nd Conference on Robot Learning", source: "config" },
  { volume: 100, venue: "CoRL", year: 2019, kind: "conference", name: "The Conference on Robot Learning", source: "config", note: "Held 30 Oct-1 Nov 2019, published 2020." },
  { volume: 155, venue: "CoRL", year: 2020, kind: "conference", name: "The 2020 Conference on Robot Learning", source: "config", note: "Held November 2020, published 2021." },
  { volume: 164, venue: "CoRL", year: 2021, kind: "conference", name: "The 5th Conference on Robot Learning", source: "config" },
  { volume: 205, venue: "CoRL", year: 2022, kind: "conference", name: "The 6th Conference on Robot Learning", source: "config", note: "Held December 2022, published 2023." },
  { volume: 229, venue: "CoRL", year: 2023, kind: "conference", name: "The 7th Conference on Robot Learning", source: "citations" },
  { volume: 270, venue: "CoRL", year: 2024, kind: "conference", name: "The 8th Conference on Robot Learning", source: "config", note: "Held November 2024, published 2025." },
  { volume: 305, venue: "CoRL", year: 2025, kind: "conference", name: "The 9th Conference on Robot Learning", source: "config" },
  // ACML
  { volume: 29, venue: "ACML", year: 2013, kind: "conference", name: "The 5th Asian Conference on Machine Learning", source: "config" },
  { volume: 39, venue: "ACML", year: 2014, kind: "conference", name: "The Sixth Asian Conference on Machine Learning", source: "config", note: "Held November 2014, published 2015." },
  { volume: 45, venue: "ACML", year: 2015, kind: "conference", name: "The 7th Asian Conference on Machine Learning", source: "config", note: "Held November 2015, published 2016." },
  { volume: 63, venue: "ACML", year: 2016, kind: "conference", name: "The 8th Asian Conference on Machine Learning", source: "config" },
  { volume: 77, venue: "ACML", year: 2017, kind: "conference", name: "The Ninth Asian Conference on Machine Learning", source: "config" },
  { volume: 95, venue: "ACML", year: 2018, kind: "conference", name: "The 10th Asian Conference on Machine Learning", source: "config" },
  { volume: 101, venue: "ACML", year: 2019, kind: "conference", name: "The Eleventh Asian Conference on Machine Learning", source: "config" },
  { volume: 129, venue: "ACML", year: 2020, kind: "conference", name: "The 12th Asian Conference on Machine Learning", source: "config" },
  { volume: 157, venue: "ACML", year: 2021, kind: "conference", name: "The 13th Asian Conference on Machine Learning", source: "config" },
  { volume: 189, venue: "ACML", year: 2022, kind: "conference", name: "The 14th Asian Conference on Machine Learning", source: "config", note: "Held December 2022, published 2023." },
  { volume: 222, venue: "ACML", year: 2023, kind: "conference", name: "The 15th Asian Conference on Machine Learning", source: "config", note: "Held November 2023, published 2024." },
  {
    volume: 260,
    venue: "ACML",
    year: 2024,
    kind: "conference",
    name: "The 16th Asian Conference on Machine Learning",
    source: "config",
    note: "Held 5-8 December 2024 (id ACML2024); the configuration's year field says 2025, the year of publication."
  },
  // ALT
  { volume: 76, venue: "ALT", year: 2017, kind: "conference", name: "The 28th International Conference on Algorithmic Learning Theory", source: "config" },
  { volume: 83, venue: "ALT", year: 2018, kind: "conference", name: "Algorithmic Learning Theory", source: "config" },
  { volume: 98, venue: "ALT", year: 2019, kind: "conference", name: "ALT 2019", source: "site" },
  { volume: 117, venue: "ALT", year: 2020, kind: "conference", name: "The 31st International Conference on Algorithmic Learning Theory", source: "config" },
  { volume: 132, venue: "ALT", year: 2021, kind: "conference", name: "The 32nd International Conference on Algorithmic Learning Theory", source: "config" },
  { volume: 167, venue: "ALT", year: 2022, kind: "conference", name: "The 33rd International Conference on Algorithmic Learning Theory", source: "config" },
  { volume: 201, venue: "ALT", year: 2023, kind: "conference", name: "The 34th International Conference on Algorithmic Learning Theory", source: "site" },
  { volume: 237, venue: "ALT", year: 2024, kind: "conference", name: "The 35th International Conference on Algorithmic Learning Theory", source: "site" },
  { volume: 272, venue: "ALT", year: 2025, kind: "conference", name: "The 36th International Conference on Algorithmic Learning Theory", source: "config" },
  { volume: 313, venue: "ALT", year: 2026, kind: "conference", name: "The 37th International Conference on Algorithmic Learning Theory", source: "site" },
  // L4DC
  { volume: 120, venue: "L4DC", year: 2020, kind: "conference", name: "The 2nd Conference on Learning for Dynamics and Control", source: "config" },
  { volume: 144, venue: "L4DC", year: 2021, kind: "conference", name: "The 3rd Conference on Learning for Dynamics and Control", source: "config" },
  { volume: 168, venue: "L4DC", year: 2022, kind: "conference", name: "The 4th Annual Learning for Dynamics and Control Conference", source: "config" },
  { volume: 211, venue: "L4DC", year: 2023, kind: "conference", name: "The 5th Annual Learning for Dynamics and Control Conference", source: "config" },
  { volume: 242, venue: "L4DC", year: 2024, kind: "conference", name: "The 6th Annual Learning for Dynamics & Control Conference", source: "config" },
  { volume: 283, venue: "L4DC", year: 2025, kind: "conference", name: "The 7th Annual Learning for Dynamics & Control Conference", source: "config" },
  // MIDL (MIDL 2018 was not published in PMLR)
  { volume: 102, venue: "MIDL", year: 2019, kind: "conference", name: "The 2nd International Conference on Medical Imaging with Deep Learning", source: "config" },
  { volume: 121, venue: "MIDL", year: 2020, kind: "conference", name: "The Third Conference on Medical Imaging with Deep Learning", source: "config" },
  { volume: 143, venue: "MIDL", year: 2021, kind: "conference", name: "The Fourth Conference on Medical Imaging with Deep Learning", source: "config" },
  { volume: 172, venue: "MIDL", year: 2022, kind: "conference", name: "The 5th International Conference on Medical Imaging with Deep Learning", source: "config" },
  { volume: 227, venue: "MIDL", year: 2023, kind: "conference", name: "Medical Imaging with Deep Learning", source: "config", note: "Held July 2023 (id MIDL-2023), published 2024." },
  { volume: 250, venue: "MIDL", year: 2024, kind: "conference", name: "The 7th International Conference on Medical Imaging with Deep Learning", source: "config" },
  // CLeaR
  { volume: 177, venue: "CLeaR", year: 2022, kind: "conference", name: "The First Conference on Causal Learning and Reasoning", source: "config" },
  { volume: 213, venue: "CLeaR", year: 2023, kind: "conference", name: "The Second Conference on Causal Learning and Reasoning", source: "config" },
  { volume: 236, venue: "CLeaR", year: 2024, kind: "conference", name: "The Third Conference on Causal Learning and Reasoning", source: "citations" },
  { volume: 275, venue: "CLeaR", year: 2025, kind: "conference", name: "The Fourth Conference on Causal Learning and Reasoning", source: "config" },
  // LoG
  { volume: 198, venue: "LoG", year: 2022, kind: "conference", name: "The First Learning on Graphs Conference", source: "config" },
  { volume: 231, venue: "LoG", year: 2023, kind: "conference", name: "The Second Learning on Graphs Conference", source: "config" },
  { volume: 269, venue: "LoG", year: 2024, kind: "conference", name: "The Third Learning on Graphs Conference", source: "config", note: "Held November 2024, published 2025." },
  // CoLLAs
  { volume: 199, venue: "CoLLAs", year: 2022, kind: "conference", name: "The 1st Conference on Lifelong Learning Agents", source: "config" },
  { volume: 232, venue: "CoLLAs", year: 2023, kind: "conference", name: "The 2nd Conference on Lifelong Learning Agents", source: "config" },
  { volume: 274, venue: "CoLLAs", year: 2024, kind: "conference", name: "The 3rd Conference on Lifelong Learning Agents", source: "config" },
  // MLHC
  { volume: 56, venue: "MLHC", year: 2016, kind: "conference", name: "The 1st Machine Learning for Healthcare Conference", source: "config" },
  { volume: 68, venue: "MLHC", year: 2017, kind: "conference", name: "The 2nd Machine Learning for Healthcare Conference", source: "config" },
  { volume: 85, venue: "MLHC", year: 2018, kind: "conference", name: "The 3rd Machine Learning for Healthcare Conference", source: "config" },
  { volume: 106, venue: "MLHC", year: 2019, kind: "conference", name: "The 4th Machine Learning for Healthcare Conference", source: "config" },
  { volume: 126, venue: "MLHC", year: 2020, kind: "conference", name: "The 5th Machine Learning for Healthcare Conference", source: "config" },
  { volume: 149, venue: "MLHC", year: 2021, kind: "conference", name: "The 6th Machine Learning for Healthcare Conference", source: "config" },
  { volume: 182, venue: "MLHC", year: 2022, kind: "conference", name: "The 7th Machine Learning for Healthcare Conference", source: "citations" },
  { volume: 252, venue: "MLHC", year: 2024, kind: "conference", name: "The 9th Machine Learning for Healthcare Conference", source: "config" },
  // CHIL
  { volume: 174, venue: "CHIL", year: 2022, kind: "conference", name: "The Conference on Health, Inference, and Learning", source: "config" },
  {
    volume: 209,
    venue: "CHIL",
    year: 2023,
    kind: "conference",
    name: "The Conference on Health, Inference, and Learning",
    source: "config",
    note: 'id CHIL-2023, year 2023, start 2023-06-22; its description says "June 2022", a slip.'
  },
  { volume: 248, venue: "CHIL", year: 2024, kind: "conference", name: "The fifth Conference on Health, Inference, and Learning", source: "config" },
  // Workshops: named as workshops (kind 'workshop').
  {
    volume: 116,
    venue: "ML4H",
    year: 2019,
    kind: "workshop",
    name: "The Machine Learning for Health NeurIPS Workshop",
    colocatedWith: "NeurIPS",
    source: "config",
    note: "Held 13 December 2019 (id ML4H-2019); the configuration's year field says 2020, the year of publication."
  },
  { volume: 136, venue: "ML4H", year: 2020, kind: "workshop", name: "The Machine Learning for Health NeurIPS Workshop", colocatedWith: "NeurIPS", source: "config" },
  { volume: 137, venue: "ICBINB", year: 2020, kind: "workshop", name: `"I Can't Believe It's Not Better!" at NeurIPS Workshop`, colocatedWith: "NeurIPS", source: "config" },
  { volume: 197, venue: "NeurReps", year: 2022, kind: "workshop", name: "The 1st NeurIPS Workshop on Symmetry and Geometry in Neural Representations", colocatedWith: "NeurIPS", source: "config" },
  { volume: 228, venue: "NeurReps", year: 2023, kind: "workshop", name: "The 2nd NeurIPS Workshop on Symmetry and Geometry in Neural Representations", colocatedWith: "NeurIPS", source: "config" },
  { volume: 243, venue: "UniReps", year: 2023, kind: "workshop", name: "UniReps: the First Workshop on Unifying Representations in Neural Models", colocatedWith: "NeurIPS", source: "config" },
  { volume: 285, venue: "UniReps", year: 2024, kind: "workshop", name: "UniReps: the Second Edition of the Workshop on Unifying Representations in Neural Models", colocatedWith: "NeurIPS", source: "config" }
];

// src/metadata/venue-from-url.ts
var maxUrlLength = 2048;
var maxPathPieces = 64;
var maxSegments = 8;
var maxSegmentLength = 256;
function venueFromUrl(url, options = {}) {
  if (typeof url !== "string" || url.length === 0 || url.length > maxUrlLength) return void 0;
  let parsed;
  try {
    parsed = new URL(url.trim());
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  let hostname = parsed.hostname.toLowerCase();
  if (hostname.endsWith(".")) hostname = hostname.slice(0, -1);
  const host = hostname.startsWith("www.") ? hostname.slice(4) : hostname;
  const reader = readers.get(host);
  if (!reader) return void 0;
  const pieces = parsed.pathname.split("/", maxPathPieces + 1);
  if (pieces.length > maxPathPieces) return void 0;
  const segments = [];
  for (const segment of pieces) {
    if (segment.length === 0) continue;
    if (segment.length > maxSegmentLength) return void 0;
    segments.push(segment);
    if (segments.length === maxSegments) break;
  }
  const now = options.now instanceof Date ? options.now.getTime() : options.now ?? Date.now();
  const latestYear = Number.isFinite(now) ? new Date(now).getUTCFullYear() + 1 : (/* @__PURE__ */ new Date()).getUTCFullYear() + 1;
  try {
    return reader({ host, segments, latestYear });
  } catch {
    return void 0;
  }
}
var firstNeuripsYear = 1987;
var readNeurips = ({ host, segments, latestYear }) => {
  let rest = segments;
  if (rest[0] === "paper_files" && rest[1] === "paper") rest = rest.slice(2);
  else if (rest[0] === "paper") rest = rest.slice(1);
  else return void 0;
  const [yearSegment, kindSegment, file] = rest;
  if (yearSegment === void 0 || !/^\d{4}$/.test(yearSegment)) return void 0;
  if (kindSegment !== "hash" && kindSegment !== "file") return void 0;
  if (file === void 0 || rest.length !== 3) return void 0;
  const year = Number(yearSegment);
  if (year < firstNeuripsYear || year > latestYear) return void 0;
  const datasetsAndBenchmarks = host === "datasets-benchmarks-proceedings.neurips.cc" || file.includes("-Datasets_and_Benchmarks");
  const track = datasetsAndBenchmarks ? "Datasets and Benchmarks" : void 0;
  const name = year <= 2017 ? "NeurIPS (then NIPS)" : "NeurIPS";
  const venue = {
    venue: "NeurIPS",
    year,
    kind: "conference",
    host,
    evidence: track ? `The ${name} proceedings path names ${year} and the ${track} track.` : `The ${name} proceedings path names ${year}.`
  };
  if (year <= 2017) venue.historicalName = "NIPS";
  if (track) venue.track = track;
  return venue;
};
var pmlrByVolume = new Map(pmlrVolumes.map((entry) => [entry.volume, entry]));
function readPmlrVolume(host, segments) {
  const match = /^v([1-9]\d{0,3})$/.exec(segments[0] ?? "");
  if (!match) return void 0;
  const paper = segments[1];
  if (paper === void 0 || paper === "index.html") return void 0;
  const entry = pmlrByVolume.get(Number(match[1]));
  if (!entry) return void 0;
  const evidence = entry.kind === "workshop" ? `PMLR volume ${entry.volume} is the ${entry.venue} ${entry.year} workshop${entry.colocatedWith ? ` at ${entry.colocatedWith} ${entry.year}` : ""}.` : `PMLR volume ${entry.volume} is ${entry.venue} ${entry.year}.`;
  return { venue: entry.venue, year: entry.year, kind: entry.kind, host, evidence };
}
var readPmlr = ({ host, segments }) => readPmlrVolume(host, segments);
var readGithubRaw = ({ host, segments }) => segments[0] === "mlresearch" ? readPmlrVolume(host, segments.slice(1)) : void 0;
var jmlrByVolume = new Map(jmlrVolumes.map((entry) => [entry.volume, entry]));
var readJmlr = ({ host, segments }) => {
  if (segments[0] === "proceedings" && segments[1] === "papers") return readPmlrVolume(host, segments.slice(2));
  if (segments[0] !== "papers") return void 0;
  const match = /^v(?:olume)?([1-9]\d{0,2})$/.exec(segments[1] ?? "");
  if (!match) return void 0;
  const key = stripSuffix(segments[2] ?? "", [".html", ".pdf", ".bib"]);
  if (!/^[A-Za-z0-9-]{1,64}$/.test(key)) return void 0;
  const entry = jmlrByVolume.get(Number(match[1]));
  if (!entry) return void 0;
  let year;
  let evidence;
  if (entry.from === entry.to) {
    year = entry.from;
    evidence = `JMLR volume ${entry.volume} appeared in ${year}.`;
  } else {
    const keyYear = /^[A-Za-z]{1,40}(\d{2})[a-z]?$/.exec(key);
    const candidate = keyYear ? 2e3 + Number(keyYear[1]) : void 0;
    if (candidate === void 0 || candidate < entry.from || candidate > entry.to) return void 0;
    year = candidate;
    evidence = `JMLR volume ${entry.volume} spans ${entry.span}; the paper key ${key} names ${year}.`;
  }
  return { venue: "JMLR", year, kind: "journal", host, evidence };
};
var cvfConferences = {
  cvpr: { name: "CVPR" },
  iccv: { name: "ICCV", parity: "odd" },
  wacv: { name: "WACV" },
  accv: { name: "ACCV", parity: "even" },
  eccv: { name: "ECCV", parity: "even" }
};
var firstCvfYear = 2013;
var readCvf = ({ host, segments, latestYear }) => {
  let conference;
  let yearText2;
  let workshop = false;
  let rest;
  if (segments[0] === "content") {
    const match = /^(cvpr|iccv|wacv|accv|eccv)(\d{4})(w?)$/i.exec(segments[1] ?? "");
    if (!match) return void 0;
    [, conference, yearText2] = match;
    workshop = match[3] !== "";
    rest = segments.slice(2);
  } else {
    const first = segments[0] ?? "";
    const modern = /^content_(cvpr|iccv|wacv|accv|eccv)(w?)_(\d{4})(_workshops)?$/i.exec(first);
    const early = /^content_(cvpr|iccv)_workshops_(\d{4})$/i.exec(first);
    if (modern) {
      conference = modern[1];
      yearText2 = modern[3];
      workshop = modern[2] !== "" || modern[4] !== void 0;
    } else if (early) {
      conference = early[1];
      yearText2 = early[2];
      workshop = true;
    } else return void 0;
    rest = segments.slice(1);
  }
  if (conference === void 0 || yearText2 === void 0 || rest.length < 2) return void 0;
  const info = cvfConferences[conference.toLowerCase()];
  const year = Number(yearText2);
  if (!info || year < firstCvfYear || year > latestYear) return void 0;
  if (info.parity === "even" && year % 2 !== 0) return void 0;
  if (info.parity === "odd" && year % 2 !== 1) return void 0;
  return workshop ? {
    venue: `${info.name} Workshops`,
    year,
    kind: "workshop",
    host,
    evidence: `The CVF open-access path names the ${info.name} ${year} workshops.`
  } : {
    venue: info.name,
    year,
    kind: "conference",
    host,
    evidence: `The CVF open-access path names ${info.name} ${year}.`
  };
};
var firstEcvaYear = 2018;
var readEcva = ({ host, segments, latestYear }) => {
  if (segments[0] !== "papers" || segments[2] !== "papers_ECCV" || segments.length < 5) return void 0;
  const match = /^eccv_(\d{4})$/.exec(segments[1] ?? "");
  if (!match) return void 0;
  const year = Number(match[1]);
  if (year < firstEcvaYear || year > latestYear || year % 2 !== 0) return void 0;
  return { venue: "ECCV", year, kind: "conference", host, evidence: `The ECVA path names ECCV ${year}.` };
};
var firstAnthologyYear = 1950;
var readAclAnthology = ({ host, segments, latestYear }) => readAnthologyPath(host, segments, latestYear);
var readAclweb = ({ host, segments, latestYear }) => segments[0] === "anthology" ? readAnthologyPath(host, segments.slice(1), latestYear) : void 0;
function readAnthologyPath(host, segments, latestYear) {
  let candidate;
  if (segments.length === 1) candidate = segments[0];
  else if (segments.length === 3 && /^[A-Za-z]$/.test(segments[0] ?? "") && /^[A-Za-z]\d{2}$/.test(segments[1] ?? "")) candidate = segments[2];
  else if (segments[0] === "papers" && segments.length <= 3) candidate = segments[1];
  if (candidate === void 0) return void 0;
  let id12 = stripSuffix(candidate, [".pdf", ".bib", ".xml"]);
  const revision = /v\d{1,2}$/.exec(id12);
  if (revision) id12 = id12.slice(0, revision.index);
  return readNewStyleId(host, id12, latestYear) ?? readOldStyleId(host, id12);
}
function readNewStyleId(host, id12, latestYear) {
  const match = /^(\d{4})\.([a-z0-9]{1,40})-([a-z0-9]{1,40})\.(\d{1,4})$/.exec(id12.toLowerCase());
  if (!match) return void 0;
  const [, yearText2 = "", slug = "", volume = "", paperText = ""] = match;
  const year = Number(yearText2);
  if (year < firstAnthologyYear || year > latestYear || Number(paperText) === 0) return void 0;
  const said = `ACL Anthology id ${id12}`;
  if (slug === "findings") {
    const conference = Object.hasOwn(aclConferences, volume) ? aclConferences[volume] : void 0;
    if (!conference?.findings) return void 0;
    const venue = `Findings of ${conference.acronym}`;
    return { venue, year, kind: "conference", host, evidence: `${said} is in the ${venue} ${year} volume.` };
  }
  if (Object.hasOwn(aclJournals, slug)) {
    const venue = aclJournals[slug] ?? slug;
    return { venue, year, kind: "journal", host, evidence: `${said} is in ${venue} ${year}.` };
  }
  if (Object.hasOwn(aclConferences, slug)) {
    const conference = aclConferences[slug];
    if (!conference) return void 0;
    if (volume === "srw") {
      const venue2 = `${conference.acronym} SRW`;
      return { venue: venue2, year, kind: "workshop", host, evidence: `${said} is in the ${conference.acronym} ${year} Student Research Workshop.` };
    }
    const venue = slug === "lrec" && year === 2024 ? "LREC-COLING" : conference.acronym;
    return { venue, year, kind: "conference", host, evidence: `${said} is in the ${venue} ${year} proceedings.` };
  }
  if (Object.hasOwn(aclWorkshops, slug)) {
    const venue = aclWorkshops[slug] ?? slug;
    return { venue, year, kind: "workshop", host, evidence: `${said} is in the ${venue} ${year} workshop proceedings.` };
  }
  return void 0;
}
function readOldStyleId(host, id12) {
  const match = /^([A-Za-z])(\d{2})-(\d)(\d{3})$/.exec(id12);
  if (!match) return void 0;
  const [, letterText = "", yearText2 = "", volumeText = ""] = match;
  const letter = letterText.toUpperCase();
  const info = Object.hasOwn(aclOldStyleLetters, letter) ? aclOldStyleLetters[letter] : void 0;
  if (!info) return void 0;
  const twoDigits = Number(yearText2);
  const year = twoDigits <= 19 ? 2e3 + twoDigits : twoDigits >= 65 ? 1900 + twoDigits : void 0;
  if (year === void 0) return void 0;
  if (info.mainVolumeOnly && volumeText !== "1") return void 0;
  const canonical = `${letter}${yearText2}-${volumeText}${id12.slice(-3)}`;
  const said = `ACL Anthology id ${canonical}`;
  const evidence = info.kind === "workshop" ? `${said} is in a ${year} workshop volume (letter W).` : info.kind === "journal" ? `${said} is in ${info.acronym} ${year} (letter ${letter}).` : `${said} is in the main volume of ${info.acronym} ${year} (letter ${letter}).`;
  return { venue: info.acronym, year, kind: info.kind, host, evidence };
}
var firstIjcaiYearFourDigits = 2017;
var ijcaiTwoDigitYears = /* @__PURE__ */ new Set(["03", "05", "07", "09", "11", "13", "15", "16"]);
var readIjcai = ({ host, segments, latestYear }) => {
  if ((segments[0] ?? "").toLowerCase() !== "proceedings") return void 0;
  const folder = segments[1] ?? "";
  let year;
  let paper;
  if (/^\d{4}$/.test(folder)) {
    year = Number(folder);
    if (year < firstIjcaiYearFourDigits || year > latestYear || segments.length !== 3) return void 0;
    paper = segments[2];
  } else if (ijcaiTwoDigitYears.has(folder)) {
    if ((segments[2] ?? "").toLowerCase() !== "papers" || segments.length !== 4) return void 0;
    year = 2e3 + Number(folder);
    paper = segments[3];
  } else return void 0;
  if (paper === void 0 || !/^\d{1,4}(?:\.pdf)?$/i.test(paper)) return void 0;
  return { venue: "IJCAI", year, kind: "conference", host, evidence: `The IJCAI proceedings path names ${year}.` };
};
var firstAaaiYear = 1980;
var ocsConferences = {
  aaai: { venue: "AAAI", edition: "aaai", kind: "conference" },
  ijcai: { venue: "IJCAI", edition: "ijcai", kind: "conference" },
  icwsm: { venue: "ICWSM", edition: "icwsm", kind: "conference" },
  ws: { venue: "AAAI Workshops", edition: "aaaiw", kind: "workshop" }
};
var ocsActions = /* @__PURE__ */ new Set(["view", "viewfile", "viewpaper", "download"]);
var readAaai = ({ host, segments, latestYear }) => {
  const first = (segments[0] ?? "").toLowerCase();
  if (first === "papers" || first === "library") {
    const series = (segments[1] ?? "").toLowerCase();
    const match = /^(\d{4})(?:gb)?$/i.exec(segments[2] ?? "");
    if (!match || segments.length < 4) return void 0;
    const year = Number(match[1]);
    if (year < firstAaaiYear || year > latestYear) return void 0;
    if (series === "aaai") {
      return { venue: "AAAI", year, kind: "conference", host, evidence: `The AAAI proceedings path names ${year}.` };
    }
    if (series === "workshops" && first === "papers") {
      return { venue: "AAAI Workshops", year, kind: "workshop", host, evidence: `The AAAI workshop papers path names ${year}.` };
    }
    return void 0;
  }
  if (first === "ocs" && segments[1] === "index.php") {
    const conference = ocsConferences[(segments[2] ?? "").toLowerCase()];
    const edition = /^([a-z]{3,6})-?(\d{2})$/i.exec(segments[3] ?? "");
    if (!conference || !edition || (edition[1] ?? "").toLowerCase() !== conference.edition) return void 0;
    if (segments[4] !== "paper" || !ocsActions.has((segments[5] ?? "").toLowerCase()) || segments[6] === void 0) return void 0;
    const year = 2e3 + Number(edition[2]);
    if (year > latestYear) return void 0;
    return {
      venue: conference.venue,
      year,
      kind: conference.kind,
      host,
      evidence: `The AAAI conference-system path names ${conference.venue} ${year} (${segments[3]}).`
    };
  }
  return void 0;
};
function stripSuffix(text, suffixes) {
  const lower = text.toLowerCase();
  for (const suffix of suffixes) if (lower.endsWith(suffix)) return text.slice(0, text.length - suffix.length);
  return text;
}
var readers = /* @__PURE__ */ new Map([
  ["proceedings.neurips.cc", readNeurips],
  ["papers.nips.cc", readNeurips],
  ["papers.neurips.cc", readNeurips],
  ["datasets-benchmarks-proceedings.neurips.cc", readNeurips],
  ["proceedings.mlr.press", readPmlr],
  ["raw.githubusercontent.com", readGithubRaw],
  ["jmlr.org", readJmlr],
  ["jmlr.csail.mit.edu", readJmlr],
  ["openaccess.thecvf.com", readCvf],
  ["ecva.net", readEcva],
  ["aclanthology.org", readAclAnthology],
  ["aclweb.org", readAclweb],
  ["ijcai.org", readIjcai],
  ["aaai.org", readAaai],
  ["ocs.aaai.org", readAaai]
]);
var offlineVenueHosts = [...readers.keys()];

// src/rules/arxiv-categories.ts
var taxonomy = {
  cs: ["AI", "AR", "CC", "CE", "CG", "CL", "CR", "CV", "CY", "DB", "DC", "DL", "DM", "DS", "ET", "FL", "GL", "GR", "GT", "HC", "IR", "IT", "LG", "LO", "MA", "MM", "MS", "NA", "NE", "NI", "OH", "OS", "PF", "PL", "RO", "SC", "SD", "SE", "SI", "SY"],
  econ: ["EM", "GN", "TH"],
  eess: ["AS", "IV", "SP", "SY"],
  math: ["AC", "AG", "AP", "AT", "CA", "CO", "CT", "CV", "DG", "DS", "FA", "GM", "GN", "GR", "GT", "HO", "IT", "KT", "LO", "MG", "MP", "NA", "NT", "OA", "OC", "PR", "QA", "RA", "RT", "SG", "SP", "ST"],
  "astro-ph": ["CO", "EP", "GA", "HE", "IM", "SR"],
  "cond-mat": ["dis-nn", "mes-hall", "mtrl-sci", "other", "quant-gas", "soft", "stat-mech", "str-el", "supr-con"],
  "gr-qc": [],
  "hep-ex": [],
  "hep-lat": [],
  "hep-ph": [],
  "hep-th": [],
  "math-ph": [],
  nlin: ["AO", "CD", "CG", "PS", "SI"],
  "nucl-ex": [],
  "nucl-th": [],
  physics: ["acc-ph", "ao-ph", "app-ph", "atm-clus", "atom-ph", "bio-ph", "chem-ph", "class-ph", "comp-ph", "data-an", "ed-ph", "flu-dyn", "gen-ph", "geo-ph", "hist-ph", "ins-det", "med-ph", "optics", "plasm-ph", "pop-ph", "soc-ph", "space-ph"],
  "q-bio": ["BM", "CB", "GN", "MN", "NC", "OT", "PE", "QM", "SC", "TO"],
  "q-fin": ["CP", "EC", "GN", "MF", "PM", "PR", "RM", "ST", "TR"],
  "quant-ph": [],
  stat: ["AP", "CO", "ME", "ML", "OT", "TH"]
};
var arxivCategories = new Set(
  Object.entries(taxonomy).flatMap(
    ([archive, classes]) => classes.length === 0 ? [archive] : [archive, ...classes.map((c) => `${archive}.${c}`)]
  )
);
var arxivArchives = new Set(Object.keys(taxonomy));
var usualMeaning = {
  "cs.ML": ["cs.LG", "stat.ML"],
  "stat.LG": ["stat.ML", "cs.LG"],
  "cs.NLP": ["cs.CL"],
  "cs.NN": ["cs.NE", "cs.LG"]
};
function suggestCategories(written) {
  const byCase = [...arxivCategories].filter((c) => c.toLowerCase() === written.toLowerCase());
  if (byCase.length > 0) return byCase;
  const [archive = "", subject = ""] = written.split(".");
  const key = `${archive.toLowerCase()}.${subject.toUpperCase()}`;
  const usual = Object.entries(usualMeaning).find(([wrong]) => wrong.toLowerCase() === key.toLowerCase())?.[1];
  if (usual) return usual;
  return [...arxivCategories].filter((c) => c.split(".")[1]?.toLowerCase() === subject.toLowerCase()).slice(0, 3);
}

// src/rules/evidence.ts
var minTitleWords = 4;
var yearsBefore = 1;
var yearsAfter = 4;
var hostPattern = new RegExp(`^https?://(?:www\\.)?(?:${offlineVenueHosts.map((host) => host.replace(/\./g, "\\.")).join("|")})(?:[:/]|$)`, "i");
function offlineClaims(entry) {
  const claims = [];
  for (const link of entry.links) {
    const url = link.url.trim();
    if (!hostPattern.test(url)) continue;
    const found = venueFromUrl(url);
    if (!found) continue;
    const known = knownVenue(found.venue);
    const variant = known && known.variant !== "main" ? known.variant : found.kind === "workshop" ? "workshop" : "main";
    claims.push({
      name: known?.name ?? found.venue.replace(/^Findings of /, ""),
      known: true,
      fromOwnData: true,
      variant: found.venue.startsWith("Findings of ") ? "findings" : variant,
      workshopName: variant === "workshop" && known?.variant !== "workshop",
      kind: found.kind,
      year: found.year,
      source: "link",
      tie: "link",
      strong: true,
      url,
      host: found.host
    });
  }
  return claims;
}
function rowIdsOf(entry) {
  const ids = { arxiv: /* @__PURE__ */ new Set(), dois: /* @__PURE__ */ new Set(), forums: /* @__PURE__ */ new Set(), urls: /* @__PURE__ */ new Set() };
  for (const { id: id12 } of entry.ids) {
    const at = id12.key.indexOf(":");
    const kind = id12.key.slice(0, at);
    const value = id12.key.slice(at + 1);
    if (kind === "arxiv") ids.arxiv.add(value);
    else if (kind === "doi") ids.dois.add(value);
    else if (kind === "openreview") ids.forums.add(value);
  }
  for (const link of entry.links) {
    const url = normalizeUrl(link.url);
    if (url) ids.urls.add(url);
  }
  return ids;
}
function arxivYear(id12) {
  const fresh = /^(\d{2})\d{2}\.\d{4,5}$/.exec(id12);
  if (fresh) return 2e3 + Number(fresh[1]);
  const old = /^[a-z-]+\/(\d{2})\d{5}$/.exec(id12);
  if (old) return (Number(old[1]) >= 91 ? 1900 : 2e3) + Number(old[1]);
  return void 0;
}
function recordUrl(record) {
  switch (record.source) {
    case "dblp": {
      const key = record.ids.dblp ?? record.id;
      return /^[a-z]+\/[\w\-/.+]{1,200}$/i.test(key) && !key.includes("..") ? `https://dblp.org/rec/${key}` : void 0;
    }
    case "arxiv":
      return arxivUrl(record.ids.arxiv ?? record.id);
    case "openreview": {
      const id12 = record.ids.openreview ?? record.id;
      return /^[A-Za-z0-9_-]{1,64}$/.test(id12) ? `https://openreview.net/forum?id=${id12}` : void 0;
    }
    case "crossref":
    case "doi":
      return doiUrl(record.ids.doi ?? record.id);
    case "semanticScholar":
      return /^[0-9a-f]{40}$/i.test(record.id) ? `https://www.semanticscholar.org/paper/${record.id}` : void 0;
  }
}
var doiUrl = (doi) => /^10\.\d{4,9}\/[A-Za-z0-9._\-;()/:]{1,200}$/.test(doi) ? `https://doi.org/${doi}` : void 0;
function checkedArxivId(id12) {
  if (id12 === void 0) return void 0;
  const reading = parseReportedArxivId(id12);
  return reading.valid ? reading.id : void 0;
}
function arxivUrl(id12) {
  const reading = parseReportedArxivId(id12);
  return reading.valid ? `https://arxiv.org/abs/${reading.id}` : void 0;
}
var validYear = (year) => year !== void 0 && Number.isInteger(year) && year >= 1900 && year <= 2199 ? year : void 0;
function claimOf(record, tie) {
  const kind = record.kind;
  if (kind !== "conference" && kind !== "journal" && kind !== "workshop") return void 0;
  if (record.source === "openreview" && record.accepted !== true) return void 0;
  let named = record.source === "openreview" ? openReviewVenue(record) : void 0;
  if (!named && record.venue !== void 0) named = knownVenue(record.venue);
  const variant = named && named.variant !== "main" ? named.variant : kind === "workshop" ? "workshop" : "main";
  const year = named?.year ?? validYear(record.year);
  const base = { variant, kind, source: record.source, tie, strong: false, url: recordUrl(record) };
  if (named) return { ...base, name: named.name, known: true, ...year !== void 0 && { year } };
  const name = sanitizeVenueText(record.venue ?? "");
  if (name === "" || /^(?:arxiv|corr)\b/i.test(name)) return void 0;
  return { ...base, name, known: false, ...year !== void 0 && { year } };
}
function openReviewVenue(record) {
  if (record.accepted !== true || record.venueId === void 0) return void 0;
  const parts = record.venueId.split("/").slice(0, 6);
  const year = validYear(Number(parts.find((part) => /^(?:19|20)\d{2}$/.test(part))));
  const host = (parts[0] ?? "").replace(/\.(?:cc|org|net|com|io|ai)$/i, "");
  const named = knownVenue(host) ?? (parts[1] !== void 0 && !/^\d/.test(parts[1]) ? knownVenue(parts[1]) : void 0);
  if (!named) return void 0;
  const variant = parts.some((part) => /^workshop$/i.test(part)) ? "workshop" : named.variant;
  return { name: named.name, variant, ...year !== void 0 && { year } };
}
function journalRefClaim(journalRef) {
  const text = journalRef.slice(0, 200).normalize("NFKC").replace(/\s+/g, " ").trim().replace(/^(?:accepted|published|appears?|appeared|to appear|presented)\s+(?:at|in|to|by)\s+(?:the\s+)?/i, "");
  const match = /^([A-Za-z][A-Za-z&.:/ -]{1,120}?)[\s,']*\(?((?:19|20)\d{2})\)?(?:\s*\((?:oral|poster|spotlight)\))?\.?$/i.exec(text);
  if (!match?.[1] || !match[2]) return void 0;
  const named = knownVenue(match[1]);
  return named ? { ...named, year: Number(match[2]) } : void 0;
}
function evidenceOf(entry, facts, options = {}) {
  const evidence = { claims: offlineClaims(entry), arxiv: [], search: "none" };
  const ids = rowIdsOf(entry);
  const papers = facts.papers;
  const tiedClaim = (record) => {
    const claim = claimOf(record, "id");
    if (claim) evidence.claims.push({ ...claim, strong: true });
  };
  const tied = (record) => record.ids.arxiv !== void 0 && ids.arxiv.has(record.ids.arxiv.toLowerCase()) || record.ids.doi !== void 0 && ids.dois.has(record.ids.doi.toLowerCase()) || record.ids.openreview !== void 0 && ids.forums.has(record.ids.openreview) || record.url !== void 0 && ids.urls.has(normalizeUrl(record.url) ?? "\0");
  if (papers) {
    for (const { id: id12 } of entry.ids) {
      const record = papers.get(id12.key)?.status === "found" ? papers.get(id12.key)?.record : void 0;
      if (!record) continue;
      if (record.source === "arxiv") {
        const arxivId = checkedArxivId(record.ids.arxiv ?? record.id);
        const year = arxivId === void 0 ? void 0 : arxivYear(arxivId);
        const url = arxivId === void 0 ? void 0 : arxivUrl(arxivId);
        if (record.ids.doi) ids.dois.add(record.ids.doi.toLowerCase());
        if (!record.withdrawn && arxivId !== void 0 && year !== void 0 && url !== void 0 && !evidence.preprint) {
          const category = record.primaryCategory !== void 0 && arxivCategories.has(record.primaryCategory) ? record.primaryCategory : void 0;
          evidence.preprint = { id: arxivId, year, source: "arxiv", url, ...category && { category } };
        }
        const reference = record.journalRef === void 0 ? void 0 : journalRefClaim(record.journalRef);
        if (reference) {
          evidence.claims.push({
            name: reference.name,
            known: true,
            variant: reference.variant,
            kind: reference.variant === "workshop" ? "workshop" : "conference",
            year: reference.year,
            source: "arxiv",
            tie: "id",
            strong: true,
            ...url && { url }
          });
        }
      } else tiedClaim(record);
    }
  }
  for (const { id: id12 } of entry.ids) {
    for (const record of facts.relatedRecords?.get(id12.key) ?? []) if (tied(record)) tiedClaim(record);
  }
  const search = facts.titleSearches?.get(entry.normalizedTitle);
  if (search) evidence.search = search.status;
  if (search?.status === "answered") readTitleSearch(entry, search.hits, ids, tied, evidence, options.titles !== false);
  evidence.claims = distinctClaims(evidence.claims);
  return evidence;
}
function readTitleSearch(entry, hits, ids, tied, evidence, byTitle) {
  const source = (hit) => hit.source;
  const rowTitle = withoutTags(entry.title);
  const rowLoose = normalizeTitleLoose(rowTitle);
  if (rowLoose === "") return;
  const exact = [];
  const near = [];
  for (const hit of hits.slice(0, 100)) {
    if (tied(hit)) {
      if (hit.kind === "preprint") {
        const arxivId = checkedArxivId(hit.ids.arxiv ?? [...ids.arxiv][0]);
        const year = arxivId === void 0 ? void 0 : arxivYear(arxivId);
        const url = recordUrl(hit) ?? (arxivId === void 0 ? void 0 : arxivUrl(arxivId));
        if (!evidence.preprint && arxivId !== void 0 && year !== void 0 && url !== void 0) evidence.preprint = { id: arxivId, year, source: source(hit), url };
      } else {
        const claim = claimOf(hit, "id");
        if (claim) evidence.claims.push({ ...claim, strong: true });
      }
      continue;
    }
    if (!byTitle || hit.title === "") continue;
    const hitLoose = normalizeTitleLoose(hit.title);
    if (hitLoose === rowLoose) exact.push(hit);
    else if (isNear(rowTitle, hit.title, rowLoose, hitLoose)) near.push(hit);
  }
  const words = wordsOf(rowTitle);
  if (ids.arxiv.size === 0) {
    const found = /* @__PURE__ */ new Map();
    for (const hit of exact) {
      const reading = hit.ids.arxiv === void 0 ? void 0 : parseReportedArxivId(hit.ids.arxiv);
      if (reading?.valid && !found.has(reading.id)) found.set(reading.id, hit);
    }
    for (const [id12, hit] of found) {
      const year = arxivYear(id12);
      if (year === void 0) continue;
      const outOfRange = exact.find((other) => other.year !== void 0 && (other.year < year - yearsBefore || other.year > year + yearsAfter));
      const why = words < minTitleWords ? `a title of ${words} ${words === 1 ? "word" : "words"}` : found.size > 1 ? "several arXiv papers have this title" : outOfRange ? `another paper of ${outOfRange.year} has this title too` : void 0;
      evidence.arxiv.push({ id: id12, year, strong: why === void 0, source: source(hit), ...why && { why }, url: recordUrl(hit) ?? `https://arxiv.org/abs/${id12}` });
    }
    for (const hit of near) {
      const reading = hit.ids.arxiv === void 0 ? void 0 : parseReportedArxivId(hit.ids.arxiv);
      const year = reading?.valid ? arxivYear(reading.id) : void 0;
      if (!reading?.valid || year === void 0 || evidence.arxiv.some((candidate) => candidate.id === reading.id)) continue;
      evidence.arxiv.push({ id: reading.id, year, strong: false, why: "a similar title", source: source(hit), url: recordUrl(hit) ?? `https://arxiv.org/abs/${reading.id}` });
    }
  }
  const rowYear = [...ids.arxiv].map(arxivYear).find((year) => year !== void 0) ?? evidence.arxiv.find((candidate) => candidate.strong)?.year;
  const published = exact.map((hit) => ({ hit, claim: claimOf(hit, "title") })).filter((item) => item.claim !== void 0);
  const distinct = new Set(published.map(({ claim }) => claimKey(claim)));
  for (const { hit, claim } of published) {
    const year = claim.year;
    const why = distinct.size > 1 ? "several papers with this title appeared at different venues" : hit.kind === "workshop" ? "a workshop paper with this title" : words < minTitleWords ? `a title of ${words} ${words === 1 ? "word" : "words"}` : rowYear === void 0 ? "the same title, but the row names no arXiv paper to date it" : year === void 0 ? "the same title, but no year" : year < rowYear - yearsBefore ? `the same title, ${rowYear - year} years before the preprint` : year > rowYear + yearsAfter ? `the same title, ${year - rowYear} years after the preprint` : void 0;
    evidence.claims.push({ ...claim, strong: why === void 0, ...why && { why } });
  }
  for (const hit of near) {
    const claim = claimOf(hit, "title");
    if (claim) evidence.claims.push({ ...claim, strong: false, why: "a similar title" });
  }
}
function isNear(rowTitle, hitTitle, rowLoose, hitLoose) {
  if (nearIdentical(rowLoose, hitLoose)) return true;
  const comparison = compareTitles(rowTitle, hitTitle);
  return comparison.sameButName || comparison.shorterWords >= minTitleWords && comparison.similarity >= 0.8;
}
var wordsOf = (title) => title.split(/[^\p{L}\p{N}\-‐‑]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
var claimKey = (claim) => `${claim.known ? claim.name : compactVenue(claim.name)}|${claim.variant}|${claim.year ?? ""}`;
function distinctClaims(claims) {
  const seen = /* @__PURE__ */ new Set();
  return claims.filter((claim) => {
    const key = `${claimKey(claim)}|${claim.source}|${claim.tie}|${claim.strong}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var sourceOrder = ["link", "openreview", "arxiv", "crossref", "doi", "dblp", "semanticScholar"];
var bySource = (a, b) => sourceOrder.indexOf(a.source) - sourceOrder.indexOf(b.source);
function sameVenue(a, b) {
  const name = (claim) => claim.known ? claim.name : compactVenue(claim.name);
  return name(a) === name(b) && a.variant === b.variant && (a.year === void 0 || b.year === void 0 || a.year === b.year);
}
function decide(evidence) {
  const tiedClaims = evidence.claims.filter((claim) => claim.strong && claim.tie !== "title").sort(bySource);
  const titleClaims = evidence.claims.filter((claim) => claim.strong && claim.tie === "title");
  const weak = evidence.claims.filter((claim) => !claim.strong);
  const tier = tiedClaims.length > 0 ? tiedClaims : titleClaims;
  const dated = tier.some((claim) => claim.source !== "semanticScholar" && claim.year !== void 0);
  const compared = dated ? tier.map((claim) => claim.source === "semanticScholar" ? { ...claim, year: void 0 } : claim) : tier;
  const agreed = tier.length > 0 && compared.every((claim) => compared.every((other) => sameVenue(claim, other)));
  if (agreed) {
    const strong = tier.find((claim) => claim.year !== void 0) ?? tier[0];
    return { strong, possible: distinctByVenue(weak.filter((claim) => !sameVenue(claim, strong))) };
  }
  return { possible: distinctByVenue([...tier, ...weak]) };
}
function distinctByVenue(claims) {
  const kept = [];
  for (const claim of claims) if (!kept.some((other) => claimKey(other) === claimKey(claim))) kept.push(claim);
  return kept;
}
var styles = /* @__PURE__ */ new WeakMap();
function styleOf(model) {
  let style = styles.get(model);
  if (!style) {
    const venues = [];
    const links = [];
    for (const entry of model.papers) {
      const text = entry.venueCell?.text;
      if (text && !model.venuePlaceholders.has(text.toLowerCase())) venues.push(text);
      for (const link of entry.links) links.push(link.url);
    }
    style = listStyleOf(venues, links);
    styles.set(model, style);
  }
  return style;
}
function writeClaim(style, claim) {
  if (claim.year === void 0) return void 0;
  if (claim.known) return writeVenue(style, { name: claim.name, variant: claim.variant, year: claim.year, fromOwnData: claim.fromOwnData === true });
  return claim.variant === "main" ? writeListVenue(style, claim.name, claim.year) : void 0;
}
var writePreprintOf = (style, preprint) => writePreprint(style, { year: preprint.year, ...preprint.category && { category: preprint.category } });
var writeArxivLinkOf = (style, id12) => writeArxivLink(style, id12);
function sourceName(source) {
  switch (source) {
    case "link":
      return "its link";
    case "openreview":
      return "OpenReview";
    case "arxiv":
      return "arXiv's journal reference";
    case "crossref":
      return "Crossref";
    case "doi":
      return "doi.org";
    case "dblp":
      return "DBLP";
    case "semanticScholar":
      return "Semantic Scholar";
  }
}
function displayClaim(claim) {
  if (claim.known) return displayVenue(claim);
  return `'${sanitizeVenueText(claim.name).slice(0, 60)}'${claim.year === void 0 ? "" : ` ${claim.year}`}`;
}
var appearedAt = (claim) => `appeared ${claim.kind === "journal" && !claim.known ? "in" : "at"} ${displayClaim(claim)} (${claim.source === "link" && claim.host ? `its link: ${claim.host}` : sourceName(claim.source)})`;
function possibly(claims) {
  const shown = claims.slice(0, 2);
  const why = (claim) => `${sourceName(claim.source)}${claim.why ? `, ${claim.why}` : ""}`;
  if (shown.length === 2 && why(shown[0]) === why(shown[1])) {
    return `possibly ${shown.map(displayClaim).join(" or ")} (${why(shown[0])})`;
  }
  return `possibly ${shown.map((claim) => `${displayClaim(claim)} (${why(claim)})`).join(" or ")}`;
}
function suggestionOf(text, claim) {
  return { text, source: claim.source, ...claim.url !== void 0 && { url: claim.url } };
}
function cellEdit(source, cell, text) {
  if (cell.raw === "") {
    let from = cell.start.offset;
    while (from > 0 && (source[from - 1] === " " || source[from - 1] === "	")) from -= 1;
    if (source[from - 1] !== "|") return void 0;
    const closed = source[cell.start.offset] === "|";
    return { offset: from, length: cell.start.offset - from, text: closed ? ` ${text} ` : ` ${text}` };
  }
  if (cell.raw !== cell.text || cell.inline.length > 0) return void 0;
  return { offset: cell.start.offset, length: cell.end.offset - cell.start.offset, text };
}

// src/rules/missing-link.ts
var id5 = "missing-link";
var brokenLinkHint = /https?:|\[|www\.|\b[a-z0-9-]+\.(?:org|com|net|io|cc|edu)\//i;
var missingLink = {
  id: id5,
  meta: {
    description: "Every paper links to where it can be read: the title is a link, or a link column holds one.",
    docs: docsUrl(id5),
    fixable: true,
    kind: "completeness",
    needs: []
  },
  defaultSeverity: "warning",
  defaultOptions: {},
  optionSpecs: {},
  check(model, _options, facts) {
    const findings = [];
    for (const entry of model.papers) {
      const { table, row, titleCell } = entry;
      if (!titleCell || titleCell.text === "") continue;
      const carriers = [titleCell, ...table.linkColumns.map((i) => row.cells[i])].filter((c) => c !== void 0);
      if (carriers.some((cell) => hasLink(cell) || brokenLinkHint.test(cell.raw))) continue;
      const finding = findingAt(id5, "warning", titleCell.start, titleCell.end, `${quote(titleCell.text)} has no link: ${advice(table)}.`);
      findings.push(facts.titleSearches ? withFound(model, entry, facts, finding) : finding);
    }
    return findings;
  }
};
function withFound(model, entry, facts, finding) {
  const candidates = evidenceOf(entry, facts).arxiv;
  const strong = candidates.find((candidate) => candidate.strong);
  const style = styleOf(model);
  const title = quote(entry.titleCell?.text ?? "");
  if (strong) {
    const url2 = writeArxivLinkOf(style, strong.id);
    if (url2 === void 0) return finding;
    const suggested = {
      ...finding,
      message: `${title} has no link: arXiv ${strong.id} has this exact title (${sourceName(strong.source)}); link it: ${url2}.`,
      suggestion: suggestionOf(url2, strong)
    };
    const edit = linkEdit(model, entry, url2);
    return edit ? withFix(suggested, edit) : suggested;
  }
  const possible = candidates.slice(0, 2);
  if (possible.length === 0) return finding;
  const named = possible.map((candidate) => `arXiv ${candidate.id} (${sourceName(candidate.source)}${candidate.why ? `, ${candidate.why}` : ""})`).join(" or ");
  const url = writeArxivLinkOf(style, possible[0].id);
  return {
    ...finding,
    message: `${finding.message.slice(0, -1)}; possibly ${named}.`,
    ...url !== void 0 && { suggestion: suggestionOf(url, possible[0]) }
  };
}
var plainLinkText = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,23}$/u;
function linkEdit(model, entry, url) {
  const { table, row, titleCell } = entry;
  if (!titleCell) return void 0;
  let fromColumn = 0;
  let fromTitle = 0;
  const texts = /* @__PURE__ */ new Map();
  for (const other of table.rows) {
    const title = other.cells[table.titleColumn];
    if (title && hasLink(title)) fromTitle += 1;
    else {
      for (const column of table.linkColumns) {
        const links = other.cells[column]?.links ?? [];
        if (links.length === 0) continue;
        fromColumn += 1;
        const counts = texts.get(column) ?? /* @__PURE__ */ new Map();
        const text = links[0]?.text.trim() ?? "";
        counts.set(text, (counts.get(text) ?? 0) + 1);
        texts.set(column, counts);
        break;
      }
    }
  }
  if (fromColumn > fromTitle) {
    const [column, counts] = [...texts].sort((a, b) => total(b[1]) - total(a[1]))[0] ?? [];
    const text = counts ? [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] : void 0;
    const cell = column === void 0 ? void 0 : row.cells[column];
    if (!cell || text === void 0 || !plainLinkText.test(text)) return void 0;
    return cell.raw === "" ? cellEdit(model.text, cell, `[${text}](${url})`) : void 0;
  }
  const bold = /^(\*\*|__)?([^]*?)\1$/.exec(titleCell.raw);
  const inner = bold?.[2]?.trim() ?? "";
  if (inner === "" || titleCell.inline.length > 0 || /[[\]<>`|\\*]|^_|_$|!\[/.test(inner)) return void 0;
  const mark = bold?.[1] ?? "";
  return { offset: titleCell.start.offset, length: titleCell.end.offset - titleCell.start.offset, text: `${mark}[${inner}](${url})${mark}` };
}
var total = (counts) => [...counts.values()].reduce((sum, count) => sum + count, 0);
function hasLink(cell) {
  return cell.links.length > 0 || cell.inline.some((span) => span.kind === "linkReference");
}
function advice(table) {
  const linkColumnNames = table.linkColumns.map((i) => quote(table.header.cells[i]?.text ?? ""));
  return linkColumnNames.length > 0 ? `add the paper's URL in the ${linkColumnNames.join(" or ")} column, or make the title a link` : "make the title a link to the paper, e.g. [Title](https://arxiv.org/abs/\u2026)";
}

// src/parse/syntax.ts
var lookAlikePipeNames = {
  "\uFF5C": "fullwidth vertical line U+FF5C",
  "\u2502": "box-drawing line U+2502",
  "\u2503": "heavy box-drawing line U+2503",
  "\u2223": "divides sign U+2223",
  "\u01C0": "dental click U+01C0",
  "\uFFE8": "halfwidth forms light vertical U+FFE8",
  "\u23D0": "vertical line extension U+23D0",
  "\u2758": "light vertical bar U+2758",
  "\u4E28": "CJK stroke U+4E28"
};
var lookAlikePipes = Object.keys(lookAlikePipeNames).join("");
var rowStart = new RegExp(`^[ \\t]*[|${lookAlikePipes}]`);
var pipeChars = new RegExp(`[|${lookAlikePipes}]`, "g");
function looksLikeRow(line) {
  if (!rowStart.test(line)) return false;
  return (line.match(pipeChars)?.length ?? 0) >= 2;
}
var blockStart = {
  atxHeading: /^ {0,3}(#{1,6})(?:[ \t]|$)/,
  /** The fence and, after it, the info string. */
  fence: /^ {0,3}(`{3,}|~{3,})(.*)$/,
  blockQuote: /^ {0,3}>/,
  thematicBreak: /^ {0,3}([-*_])(?: *\1){2,} *$/,
  bullet: /^ {0,3}[-+*](?:[ \t]|$)/,
  ordered: /^ {0,3}\d{1,9}[.)](?:[ \t]|$)/,
  setextUnderline: /^ {0,3}(=+|-+)\s*$/
};

// src/rules/missing-venue.ts
var id6 = "missing-venue";
var missingVenue = {
  id: id6,
  meta: {
    description: "Every paper says where it appeared: the venue cell is not empty, absent or a placeholder such as N/A.",
    docs: docsUrl(id6),
    fixable: true,
    kind: "completeness",
    needs: []
  },
  defaultSeverity: "error",
  defaultOptions: { placeholders: [...defaultVenuePlaceholders] },
  optionSpecs: { placeholders: { type: "string-list" } },
  check(model, options, facts) {
    const placeholders = new Set(options.placeholders.map((p) => p.trim().toLowerCase()));
    const findings = [];
    for (const entry of model.papers) {
      const { table, row, venueCell: cell } = entry;
      if (table.venueColumn < 0) continue;
      if (listsNoPaper(entry, model.venuePlaceholders)) continue;
      if (!cell && !lookAlikePipe.test(row.raw)) {
        const endColumn = row.raw.replace(/[ \t]+$/, "").length + 1;
        const place = { line: row.line, column: endColumn };
        const found = withEvidence(model, entry, facts);
        findings.push(
          // No repair: the missing cell is row-format's to discuss (a row may lack other cells too).
          withSuggestion(findingAt(id6, "error", place, place, `This row has no venue cell: ${found?.said ? `${found.said}; ` : ""}add '| venue |' with ${found?.what ?? `where the paper appeared, ${example}`}.`), found)
        );
      } else if (!cell) {
        continue;
      } else if (cell.text === "" && cell.links.length === 0 && !cell.raw.includes("![")) {
        findings.push(repairable(model, cell, "Venue is empty", withEvidence(model, entry, facts)));
      } else if (placeholders.has(cell.text.toLowerCase())) {
        findings.push(repairable(model, cell, `Venue is ${quote(cell.text)}`, withEvidence(model, entry, facts)));
      }
    }
    return findings;
  }
};
var example = "e.g. 'NeurIPS 2023' or 'arXiv [cs.LG]'";
function withEvidence(model, entry, facts) {
  if (!facts.papers) return void 0;
  const evidence = evidenceOf(entry, facts);
  const { strong, possible } = decide(evidence);
  const style = styleOf(model);
  if (strong) {
    const text2 = writeClaim(style, strong);
    if (text2 === void 0) return { said: `the paper ${appearedAt(strong)}`, what: "where it appeared", strong: false };
    return { said: `the paper ${appearedAt(strong)}`, what: quote(text2), suggestion: suggestionOf(text2, strong), strong: true };
  }
  const preprint = evidence.preprint;
  if (preprint && possible.length === 0 && evidence.search !== "unverified") {
    const text2 = writePreprintOf(style, preprint);
    const searched = facts.titleSearches?.get(entry.normalizedTitle)?.source === "dblp" ? "DBLP" : "the title search";
    const known = evidence.search === "answered" ? `, and ${searched} knows no published version` : "";
    if (text2 !== void 0) {
      return { said: `arXiv ${preprint.id} is a preprint${known}`, what: `${quote(text2)} if it still is only one`, suggestion: suggestionOf(text2, preprint), strong: false };
    }
  }
  if (possible.length === 0) return void 0;
  const first = possible[0];
  const text = writeClaim(style, first);
  return { what: `where the paper appeared, ${possibly(possible)}`, ...text !== void 0 && { suggestion: suggestionOf(text, first) }, strong: false };
}
function repairable(model, cell, said, found) {
  if (!found) return findingAt(id6, "error", cell.start, cell.end, `${said}: write where the paper appeared, ${example}.`);
  const finding = withSuggestion(findingAt(id6, "error", cell.start, cell.end, found.said ? `${said}: ${found.said}; write ${found.what}.` : `${said}: write ${found.what}.`), found);
  const edit = found.strong && found.suggestion ? cellEdit(model.text, cell, found.suggestion.text) : void 0;
  return edit ? withFix(finding, edit) : finding;
}
var withSuggestion = (finding, found) => found?.suggestion ? { ...finding, suggestion: found.suggestion } : finding;
var lookAlikePipe = new RegExp(`[${lookAlikePipes}]`);
function listsNoPaper(entry, placeholders) {
  if (/\b(?:data ?sets?|databases?)\b/i.test(entry.table.section.at(-1) ?? "") && !entry.links.some((link) => isPublicationUrl(link.url))) return true;
  if (entry.links.some((link) => /^https?:\/\//i.test(link.url.trim()))) return false;
  if (entry.title === "") return true;
  const paperCells = entry.table.linkColumns.map((column) => entry.row.cells[column]);
  const saysNone = (text) => text === "" || ["null", "none", "/"].includes(text.toLowerCase()) || placeholders.has(text.toLowerCase());
  return paperCells.length > 0 && paperCells.every((cell) => !cell || saysNone(cell.text.trim()));
}

// src/parse/conventions.ts
var habitShare = 0.6;
var blanks = (text) => text.replace(/^[ \t]+|[ \t]+$/g, "");
function tableConventions(table) {
  const rows = table.rows;
  const share = (test) => rows.length === 0 ? 1 : rows.filter(test).length / rows.length;
  const expected = table.header.cells.length;
  return {
    leadingPipe: share((row) => blanks(row.raw).startsWith("|")),
    trailingPipe: share((row) => blanks(row.raw).endsWith("|")),
    hiddenExtraCells: share((row) => row.cells.length > expected && row.cells.slice(expected).every(showsNothing)),
    splitRows: splitRows(table)
  };
}
function showsNothing(cell) {
  const raw = cell.raw.trim();
  return raw === "" || /^(?:<!--[^]*?-->\s*)+$/.test(raw) || /^\[(?:\/\/|comment)\]:\s*#/.test(raw);
}
function splitRows(table) {
  const split = /* @__PURE__ */ new Map();
  const expected = table.header.cells.length;
  for (let i = 0; i + 1 < table.rows.length; i += 1) {
    const [first, second] = [table.rows[i], table.rows[i + 1]];
    if (second.line !== first.line + 1) continue;
    const [a, b] = [blanks(first.raw), blanks(second.raw)];
    if (a.endsWith("|") || !a.startsWith("|")) continue;
    if (b === "|") {
      split.set(first.line, second.line);
      i += 1;
      continue;
    }
    const joined = first.cells.length + second.cells.length - (b.startsWith("|") ? 0 : 1);
    if (first.cells.length > expected || second.cells.length >= expected || joined !== expected) continue;
    split.set(first.line, second.line);
    i += 1;
  }
  return split;
}

// src/rules/row-format.ts
var id7 = "row-format";
var lookAlikeDelimiter = new RegExp(`(?:^\\s*([${lookAlikePipes}])|\\s([${lookAlikePipes}])(?=\\s|$))`, "gu");
var rowFormat = {
  id: id7,
  meta: {
    description: "Table rows keep the shape of their header: pipes, cell count, real `|` delimiters.",
    docs: docsUrl(id7),
    fixable: true,
    kind: "rendering",
    needs: []
  },
  defaultSeverity: "error",
  defaultOptions: {},
  optionSpecs: {},
  check(model) {
    const findings = [];
    model.tables.forEach((table, index) => {
      const conventions = model.conventions.tables[index];
      const secondHalves = new Set(conventions.splitRows.values());
      for (const row of [table.header, ...table.rows]) {
        const secondLine = conventions.splitRows.get(row.line);
        if (secondLine !== void 0) findings.push(splitRowFinding(row, secondLine, table.rows.find((r) => r.line === secondLine)));
        else if (!secondHalves.has(row.line)) findings.push(...checkRow(model, table, row, conventions));
      }
    });
    for (const block of model.orphans) findings.push(orphanFinding(block));
    return findings;
  }
};
function checkRow(model, table, row, conventions) {
  const findings = [];
  const at = (offset) => pointAt(model.lineStarts, offset);
  const rowStart2 = row.lineOffset + row.raw.search(/[^ \t]|$/);
  const rowEnd = row.lineOffset + row.raw.replace(/[ \t]+$/, "").length;
  const lookAlikes = [...row.raw.matchAll(lookAlikeDelimiter)];
  for (const match of lookAlikes) {
    const char = match[1] ?? match[2];
    const offset = row.lineOffset + (match.index ?? 0) + match[0].indexOf(char);
    findings.push(
      withFix(
        findingAt(
          id7,
          "error",
          at(offset),
          at(offset + char.length),
          `'${char}' (${lookAlikePipeNames[char] ?? "a look-alike"}) is used as a cell delimiter, but only '|' separates cells: replace it with '|'.`
        ),
        { offset, length: char.length, text: "|" }
      )
    );
  }
  if (row !== table.header) {
    const trimmed = trimBlanks(row.raw);
    if (!trimmed.startsWith("|") && lookAlikes.length === 0) {
      if (/^[[\]]/.test(trimmed) && (unbalanced(trimmed) || conventions.leadingPipe >= habitShare && /^\[[^\]]*\][ \t]*\|/.test(trimmed))) {
        findings.push(findingAt(id7, "error", at(rowStart2), at(rowStart2 + 1), `Row starts with '${trimmed[0]}' where its '|' belongs, and the brackets do not pair up: replace it with '|'.`));
      } else if (conventions.leadingPipe >= habitShare) {
        const headerIndent = /^[ \t]*/.exec(table.header.raw)?.[0] ?? "";
        findings.push(
          withFix(
            findingAt(id7, "warning", at(row.lineOffset), at(rowStart2 + 1), "Row has no leading '|' while the table's other rows have one: add '| ' at the start of the line."),
            { offset: row.lineOffset, length: rowStart2 - row.lineOffset, text: `${headerIndent}| ` }
          )
        );
      }
    }
    if (!trimmed.endsWith("|") && !endsWithLookAlike(trimmed)) {
      if (trimmed.endsWith("]") && unbalanced(trimmed)) {
        findings.push(findingAt(id7, "error", at(rowEnd - 1), at(rowEnd), "Row ends with ']' where its '|' belongs, and the brackets do not pair up: replace it with '|'."));
      } else if (conventions.trailingPipe >= habitShare) {
        findings.push(
          withFix(
            findingAt(id7, "warning", at(rowEnd), at(rowEnd), "Row has no trailing '|' while the table's other rows have one: add ' |' at the end of the line."),
            { offset: rowEnd, length: 0, text: " |" }
          )
        );
      }
    }
  }
  const torn = tornLinks(model, row);
  findings.push(...torn);
  if (row === table.header || lookAlikes.length > 0 || torn.length > 0) return findings;
  const expected = table.header.cells.length;
  const actual = row.cells.length;
  if (actual > expected && twoRowsOnOneLine(table, row)) {
    findings.push(findingAt(
      id7,
      "error",
      at(rowStart2),
      at(rowEnd),
      `This line holds two rows (${actual} cells under a header of ${expected}): GitHub shows only the first; put the second paper on a line of its own.`
    ));
  } else if (actual > expected) {
    const lost = row.cells.slice(expected);
    const first = lost[0];
    const last = lost.at(-1);
    if (first && last) {
      if (lost.every(showsNothing)) {
        if (conventions.hiddenExtraCells < habitShare && !lost.some((cell) => cell.raw.trim() !== "")) {
          findings.push(findingAt(id7, "warning", first.start, last.end, `Row has ${actual} cells but the header has ${expected}: GitHub drops the extra empty cell, so nothing is lost; remove the extra '|' to match the other rows.`));
        }
      } else {
        const lostText = lost.map((cell) => cell.raw).filter(Boolean).join(" | ");
        findings.push(
          findingAt(
            id7,
            "error",
            first.start,
            last.end,
            `Row has ${actual} cells but the header has ${expected}: GitHub drops ${quote(lostText)}. Merge it into a column, or remove the extra '|'.`
          )
        );
      }
    }
  } else if (actual < expected) {
    const missingRoles = table.columns.slice(actual);
    const missing = table.header.cells.slice(actual).map((cell) => quote(cell.text || "(unnamed)"));
    const names2 = missing.length > 5 ? [...missing.slice(0, 5), `${missing.length - 5} more`] : missing;
    const vital = missingRoles.some((role) => role === "title" || role === "venue");
    findings.push(
      findingAt(
        id7,
        vital ? "error" : "warning",
        at(rowStart2),
        at(rowEnd),
        `Row has ${actual} ${actual === 1 ? "cell" : "cells"} but the header has ${expected}: the ${names2.join(", ")} ${missing.length === 1 ? "cell is" : "cells are"} missing. Add ${missing.length === 1 ? "it" : "them"} at the end of the row, each after a '|'.`
      )
    );
  }
  return findings;
}
function twoRowsOnOneLine(table, row) {
  const expected = table.header.cells.length;
  if (table.titleColumn < 0 || row.cells.length < expected * 2) return false;
  const titled = (cell) => cell !== void 0 && cell.text !== "" && cell.links.length > 0;
  return titled(row.cells[table.titleColumn]) && titled(row.cells[table.titleColumn + expected]);
}
function unbalanced(text) {
  return (text.match(/\[/g)?.length ?? 0) !== (text.match(/\]/g)?.length ?? 0);
}
function splitRowFinding(first, secondLine, second) {
  const end = { line: secondLine, column: second.raw.replace(/[ \t]+$/, "").length + 1 };
  return findingAt(
    id7,
    "error",
    { line: first.line, column: 1 },
    end,
    `This row is split over lines ${first.line} and ${secondLine}, so GitHub shows two broken rows: join the two lines into one.`
  );
}
function endsWithLookAlike(text) {
  return lookAlikePipes.includes(text.at(-1) ?? "");
}
function tornLinks(model, row) {
  const findings = [];
  for (let i = 0; i < row.cells.length; i += 1) {
    const cell = row.cells[i];
    if (!cell) continue;
    const open = cell.raw.lastIndexOf("[");
    if (open === -1 || cell.raw.indexOf("]", open) !== -1) continue;
    let close = i + 1;
    while (close < row.cells.length && /^[^[\]]*$/.test(row.cells[close]?.raw ?? "")) close += 1;
    const last = row.cells[close];
    if (!last || !/^[^[]*\]\(/.test(last.raw)) continue;
    const start = pointAt(model.lineStarts, cell.start.offset + open);
    const pipes = close - i;
    findings.push(
      findingAt(
        id7,
        "error",
        start,
        last.end,
        `${pipes === 1 ? "A '|'" : `${inWords(pipes)} '|'`} inside the link text ${pipes === 1 ? "splits" : "split"} the link over ${inWords(pipes + 1)} cells: remove the '|' from the link text or write it as '\\|'.`
      )
    );
    i = close;
  }
  return findings;
}
var trimBlanks = (text) => text.replace(/^[ \t]+|[ \t]+$/g, "");
var inWords = (n) => ["zero", "one", "two", "three", "four", "five", "six"][n] ?? String(n);
function orphanFinding(block) {
  const start = { line: block.startLine, column: block.column };
  const lastLine = block.lines.at(-1) ?? "";
  const end = { line: block.endLine, column: lastLine.replace(/[ \t]+$/, "").length + 1 };
  const count = block.endLine - block.startLine + 1;
  const one = count === 1;
  const rows = one ? "This line looks like a table row" : `These ${count} lines look like table rows`;
  if (block.cutFromTableEndingAt !== void 0) {
    const blankFrom = block.cutFromTableEndingAt + 1;
    const blankTo = block.startLine - 1;
    const blanks2 = blankFrom === blankTo ? `line ${blankFrom}` : `lines ${blankFrom}\u2013${blankTo}`;
    return findingAt(
      id7,
      "error",
      start,
      end,
      `${rows} but a blank line cuts ${one ? "it" : "them"} off from the table above, so GitHub shows plain text: delete the blank ${blanks2}.`
    );
  }
  const hasDelimiter = block.lines.some((line) => /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line));
  const advice2 = hasDelimiter ? "the delimiter row does not have one '---' per header cell: give the header and the delimiter row the same number of cells" : `${one ? "it has" : "they have"} no header and delimiter row ('| Title | Venue |' then '|---|---|') above ${one ? "it" : "them"}: add them, or join ${one ? "it" : "them"} to the table ${one ? "it belongs" : "they belong"} to`;
  return findingAt(id7, "error", start, end, `${rows} but ${one ? "belongs" : "belong"} to no table, so GitHub shows plain text: ${advice2}.`);
}

// src/rules/title-mismatch.ts
var id8 = "title-mismatch";
var titleMismatch = {
  id: id8,
  meta: {
    description: "A row's title is the title of the paper its link names (arXiv, DOI, OpenReview).",
    docs: docsUrl(id8),
    fixable: false,
    kind: "identity",
    needs: ["metadata"]
  },
  defaultSeverity: "error",
  defaultOptions: {},
  optionSpecs: {},
  check(model, _options, facts) {
    const papers = facts.papers;
    if (!papers) return [];
    const findings = [];
    for (const entry of model.papers) findings.push(...checkEntry(entry, papers));
    return findings;
  }
};
var similarThreshold = 0.5;
var containedThreshold = 0.8;
var shortTitleWords = 4;
function checkEntry(entry, papers) {
  const judged = [];
  for (const { id: paperId, link } of entry.ids) {
    const record = papers.get(paperId.key)?.record;
    if (!record || record.title === "") continue;
    const readings = rowTitlesOf(entry, link).filter((title) => wordCount(title) <= 2 * wordCount(record.title) + 8);
    if (readings.length === 0) continue;
    const verdicts = readings.map((rowTitle) => ({ rowTitle, verdict: judge(rowTitle, record) }));
    const best = verdicts.reduce((a, b) => rank(b.verdict) < rank(a.verdict) ? b : a);
    judged.push({ paperId, link, record, ...best });
  }
  const matched = judged.filter((item) => item.verdict.kind === "match");
  const findings = [];
  for (const item of judged) {
    if (item.verdict.kind === "match") continue;
    if (matched.some((other) => samePaper(item, other))) continue;
    if (item.verdict.kind === "different") {
      findings.push(
        findingAt(
          id8,
          "error",
          item.link.start,
          item.link.end,
          `This row links to ${item.paperId.label}, ${quote(item.record.title, 80)}, not ${quote(item.rowTitle)}: link this row's own paper, or write the paper's title if it was renamed.`
        )
      );
    } else if (matched.length === 0 && item.verdict.kind === "renamed") {
      findings.push(
        findingAt(
          id8,
          "warning",
          item.link.start,
          item.link.end,
          `${item.paperId.label} was renamed: this row has the title of its v${item.verdict.version} (${quote(item.verdict.earlier, 80)}); it is now ${quote(item.record.title, 80)}.`
        )
      );
    } else if (matched.length === 0) {
      findings.push(
        findingAt(
          id8,
          "warning",
          item.link.start,
          item.link.end,
          `Titled ${quote(item.record.title, 80)} at ${item.paperId.label}: renamed, or a different version? Write the paper's title as it is, or link the paper this row means.`
        )
      );
    }
  }
  return findings;
}
var rank = (verdict) => ["match", "similar", "renamed", "different"].indexOf(verdict.kind);
function judge(rowTitle, record) {
  const current = classify(rowTitle, record.title);
  if (current !== "different") return { kind: current };
  for (const earlier of record.earlierTitles ?? []) {
    if (classify(rowTitle, earlier.title) !== "different") return { kind: "renamed", version: earlier.version, earlier: earlier.title };
  }
  return { kind: "different" };
}
function classify(rowTitle, realTitle) {
  const comparison = compareTitles(rowTitle, realTitle);
  if (comparison.equal || comparison.sameButName) return "match";
  if (comparison.shorterWords < shortTitleWords) return comparison.containment === 1 ? "similar" : "different";
  return comparison.similarity >= similarThreshold || comparison.containment >= containedThreshold ? "similar" : "different";
}
function samePaper(a, b) {
  const namesKey = (record, key) => {
    const [kind, value] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
    return kind === "arxiv" && record.ids.arxiv === value || kind === "doi" && record.ids.doi === value || kind === "openreview" && record.ids.openreview === value;
  };
  return namesKey(a.record, b.paperId.key) || namesKey(b.record, a.paperId.key);
}
var genericLinkText = /^\W*(?:arxiv|paper|pdf|link|links|code|github|project(?: page)?|page|website|openreview|doi|html|abs|abstract|url|here|\d+)\W*$/i;
function rowTitlesOf(entry, link) {
  const inTitleCell = entry.titleCell?.links.includes(link) ?? false;
  const text = link.text.trim();
  let title;
  if (inTitleCell && text !== "" && !genericLinkText.test(text) && !/^https?:\/\//i.test(text)) title = text;
  else {
    title = entry.title;
    for (const other of entry.titleCell?.links ?? []) {
      if (genericLinkText.test(other.text.trim())) title = title.replace(other.text, " ");
    }
    title = title.replace(/[\s[\]()|,;]+$/g, "").replace(/\s+/g, " ").trim();
  }
  const unnumbered = title.replace(/^(?:\d{1,3}[.)]|[-*•●])\s+/u, "");
  const beforeDash = /^(.+?)\s[-–—]\s/u.exec(unnumbered)?.[1]?.trim();
  return [...new Set([title, unnumbered, beforeDash].filter((reading) => reading !== void 0 && reading !== ""))];
}
var wordCount = (text) => text.split(/\s+/).filter((word) => word !== "").length;

// src/rules/venue-format.ts
var id9 = "venue-format";
var bracketed = /\[([^[\]]+)\]/g;
var categoryShape = /^[A-Za-z-]+(?:\.[A-Za-z-]+)?$/;
var years = /\b(?:19|20)\d{2}\b|'\d{2}\b/g;
var venueFormat = {
  id: id9,
  meta: {
    description: "Venues are written one way: real arXiv categories without inner spaces, and one spelling per venue.",
    docs: docsUrl(id9),
    fixable: true,
    kind: "style",
    needs: []
  },
  defaultSeverity: "warning",
  defaultOptions: {},
  optionSpecs: {},
  check(model) {
    const findings = [];
    const names2 = /* @__PURE__ */ new Map();
    for (const { venueCell: cell } of model.papers) {
      if (!cell || cell.text === "" || model.venuePlaceholders.has(cell.text.toLowerCase())) continue;
      const categoryFindings = checkCategories(cell, model.lineStarts);
      findings.push(...categoryFindings);
      if (categoryFindings.length > 0) continue;
      const name = cell.text.replace(years, " ").replace(/\s+/g, " ").replace(/^[\s,;:-]+|[\s,;:-]+$/g, "");
      const key = name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
      if (!key) continue;
      const group = names2.get(key) ?? [];
      group.push({ cell, name });
      names2.set(key, group);
    }
    for (const group of names2.values()) findings.push(...checkSpellings(group));
    return findings;
  }
};
function checkCategories(cell, lineStarts) {
  const findings = [];
  for (const match of cell.raw.matchAll(bracketed)) {
    const inside = match[1] ?? "";
    const compact = inside.replace(/\s+/g, "");
    if (!categoryShape.test(compact)) continue;
    const archive = compact.split(".")[0]?.toLowerCase() ?? "";
    if (!arxivArchives.has(archive) && !compact.includes(".")) continue;
    const start = pointAt(lineStarts, cell.start.offset + (match.index ?? 0));
    const end = pointAt(lineStarts, cell.start.offset + (match.index ?? 0) + match[0].length);
    const valid = arxivCategories.has(compact);
    if (inside !== compact && (valid || suggestCategories(compact).length > 0)) {
      const right = valid ? compact : suggestCategories(compact)[0] ?? compact;
      findings.push(
        withFix(findingAt(id9, "warning", start, end, `The arXiv category ${quote(inside)} has a space in it: write [${right}].`), {
          offset: start.offset,
          length: end.offset - start.offset,
          text: `[${right}]`
        })
      );
    } else if (!valid) {
      const suggestions = suggestCategories(compact);
      const hint = suggestions.length > 0 ? `did you mean ${suggestions.map((s) => `[${s}]`).join(" or ")}?` : "use one from https://arxiv.org/category_taxonomy, e.g. [cs.LG].";
      findings.push(findingAt(id9, "warning", start, end, `arXiv has no category ${quote(compact)}: ${hint}`));
    }
  }
  return findings;
}
function canonicalSpellings(group, canonical, counts) {
  const others = group.filter(({ name }) => name !== canonical);
  if (others.length === 0) return [];
  if (others.length * 2 > group.length) {
    const first = others[0];
    const spellings = [...counts.keys()].filter((name) => name !== canonical).map((name) => quote(name, 30)).join(", ");
    return [
      findingAt(
        id9,
        "warning",
        first.cell.start,
        first.cell.end,
        `This list writes ${canonical} as ${spellings} in ${others.length} of ${group.length} rows; it is usually written ${quote(canonical)}. Changing them all is up to the list's maintainers.`
      )
    ];
  }
  return others.map(({ cell, name }) => {
    const finding = findingAt(id9, "warning", cell.start, cell.end, `${quote(name, 30)} is usually written ${quote(canonical, 30)}: write ${quote(canonical, 30)}.`);
    const at = cell.raw.indexOf(name);
    if (at === -1 || cell.raw.indexOf(name, at + 1) !== -1) return finding;
    return withFix(finding, { offset: cell.start.offset + at, length: name.length, text: canonical });
  });
}
function checkSpellings(group) {
  const counts = /* @__PURE__ */ new Map();
  for (const { name } of group) counts.set(name, (counts.get(name) ?? 0) + 1);
  if (counts.size < 2) return [];
  let majority = "";
  let most = 0;
  for (const [name, count] of counts) {
    if (count > most) {
      majority = name;
      most = count;
    }
  }
  const canonical = canonicalVenue(majority);
  if (canonical !== void 0) return canonicalSpellings(group, canonical, counts);
  return group.filter(({ name }) => name !== majority).map(({ cell, name }) => {
    const finding = findingAt(
      id9,
      "warning",
      cell.start,
      cell.end,
      `${quote(name, 30)} is written ${quote(majority, 30)} in ${most} other ${most === 1 ? "row" : "rows"} of this file: write ${quote(majority, 30)} so the venue reads the same everywhere.`
    );
    const at = cell.raw.indexOf(name);
    if (at === -1 || cell.raw.indexOf(name, at + 1) !== -1) return finding;
    return withFix(finding, { offset: cell.start.offset + at, length: name.length, text: majority });
  });
}

// src/rules/venue-mismatch.ts
var id10 = "venue-mismatch";
var venueMismatch = {
  id: id10,
  meta: {
    description: "The venue is the one the row's link proves (a proceedings URL) or, with --metadata, its identifiers' records.",
    docs: docsUrl(id10),
    fixable: false,
    kind: "identity",
    needs: []
  },
  defaultSeverity: "warning",
  defaultOptions: {},
  optionSpecs: {},
  check(model, _options, facts) {
    const findings = [];
    const metadata = facts.papers !== void 0;
    for (const entry of model.papers) {
      const cell = entry.venueCell;
      if (!cell || cell.text === "" || model.venuePlaceholders.has(cell.text.toLowerCase())) continue;
      if (!metadata && offlineClaims(entry).length === 0) continue;
      const { strong } = decide(evidenceOf(entry, metadata ? facts : {}, { titles: false }));
      if (!strong?.known) continue;
      const reading = readVenue(cell.text);
      if (reading.preprint || reading.venues.length === 0) continue;
      const named = reading.venues.some((venue) => names(venue, strong));
      const datesExactly = strong.source === "link" || strong.kind !== "journal" && strong.source !== "semanticScholar";
      const wrongYear = named && datesExactly && reading.venues.length === 1 && reading.year !== void 0 && strong.year !== void 0 && reading.year !== strong.year;
      if (named && !wrongYear) continue;
      findings.push(findingAt(id10, "warning", cell.start, cell.end, `${proof(strong)}, but the venue says ${quote(cell.text, 40)}: correct whichever is wrong.`));
    }
    return findings;
  }
};
function names(venue, claim) {
  if (claim.workshopName) return venue.variant === "workshop" || venue.name === claim.name;
  return venue.name === claim.name && venue.variant === claim.variant;
}
function proof(claim) {
  if (claim.source !== "link") return `${sourceName(claim.source)} says this paper appeared at ${displayClaim(claim)}`;
  const what = claim.kind === "journal" ? displayClaim(claim) : claim.variant === "findings" ? `the ${displayClaim(claim)}` : `the ${displayClaim(claim)} proceedings`;
  return `This row links to ${what} (${claim.host})`;
}

// src/rules/venue-outdated.ts
var id11 = "venue-outdated";
var venueOutdated = {
  id: id11,
  meta: {
    description: "A venue that says arXiv, preprint or under review is updated once the paper has appeared (only with --metadata).",
    docs: docsUrl(id11),
    fixable: true,
    kind: "completeness",
    needs: ["metadata"]
  },
  defaultSeverity: "warning",
  defaultOptions: {},
  optionSpecs: {},
  check(model, _options, facts) {
    if (!facts.papers) return [];
    const findings = [];
    for (const entry of model.papers) {
      const cell = entry.venueCell;
      if (!cell || cell.text === "" || model.venuePlaceholders.has(cell.text.toLowerCase())) continue;
      if (!readVenue(cell.text).preprint) continue;
      const { strong } = decide(evidenceOf(entry, facts));
      if (!strong) continue;
      const text = writeClaim(styleOf(model), strong);
      const advice2 = text === void 0 ? "write where it appeared" : `write ${quote(text)}`;
      const finding = findingAt(id11, "warning", cell.start, cell.end, `The venue says ${quote(cell.text, 40)}, but the paper ${appearedAt(strong)}: ${advice2}.`);
      if (text === void 0) {
        findings.push(finding);
        continue;
      }
      const edit = onlyPreprint(cell.text) ? cellEdit(model.text, cell, text) : void 0;
      const suggested = { ...finding, suggestion: suggestionOf(text, strong) };
      findings.push(edit ? withFix(suggested, edit) : suggested);
    }
    return findings;
  }
};
function onlyPreprint(text) {
  const rest = text.slice(0, 200).toLowerCase().replace(/\b(?:under (?:review|submission)|in (?:review|submission)|submitted)(?:\s+(?:at|to|for))?\b/g, " ").replace(/\b(?:arxiv(?:\.org)?|corr|biorxiv|medrxiv|preprints?|e-?prints?)(?![a-z])/g, " ").replace(/\babs\/\S{0,40}/g, " ").replace(/\[[^\]]{0,40}\]/g, " ").replace(/\b\d{4}\.\d{4,5}(?:v\d+)?\b|\b(?:19|20)\d{2}\b|['’]\d{2}\b/g, " ").replace(/[\s,;:.()-]+/g, " ").trim();
  return rest === "" || /\b(?:review|submission|submitted)\b/i.test(text) && knownVenue(rest) !== void 0;
}

// src/rules/index.ts
var rules = [
  rowFormat,
  duplicateTitle,
  duplicateLink,
  missingVenue,
  linkSyntax,
  missingLink,
  venueFormat,
  deadLink,
  titleMismatch,
  venueOutdated,
  venueMismatch
];
var ruleIds = rules.map((rule) => rule.id);
function compareRuleImportance(a, b) {
  if (a === b) return 0;
  const rank2 = (id12) => {
    const index = rules.findIndex((rule2) => rule2.id === id12);
    const rule = rules[index];
    return rule ? ruleKinds.indexOf(rule.meta.kind) * rules.length + index : Number.MAX_SAFE_INTEGER;
  };
  return rank2(a) - rank2(b) || (a < b ? -1 : 1);
}

// src/parse/columns.ts
var defaultColumnNames = {
  title: ["title", "titles", "paper", "papers", "paper title", "paper name", "name", "article", "work", "paper titles"],
  venue: [
    "venue",
    "venues",
    "conference",
    "conf",
    "journal",
    "conference journal",
    "journal conference",
    "conf journal",
    "publication",
    "published",
    "published in",
    "publisher",
    "pub",
    "pub date",
    "publication date",
    "venue year",
    "venue and year",
    "year venue",
    "conference year",
    "source"
  ],
  link: [
    "paper",
    "link",
    "links",
    "pdf",
    "materials",
    "material",
    "url",
    "arxiv",
    "paper link",
    "pdf link",
    "resources",
    "paper url",
    "paper pdf"
  ]
};
function normalizeHeader(text) {
  return text.normalize("NFKC").toLowerCase().replace(/[/&,+\-_|:;]/g, " ").replace(/[^\p{L}\p{N}\s]/gu, "").replace(/\s+/g, " ").trim();
}
function assignColumns(headerTexts, names2) {
  const normalized = headerTexts.map(normalizeHeader);
  const set = (list) => new Set(list.map(normalizeHeader));
  const titles = set(names2.title);
  const venues = set(names2.venue);
  const links = set(names2.link);
  const saysTitle = normalized.findIndex((name) => titles.has(name) && /\btitles?\b/.test(name));
  const onlyTitle = normalized.findIndex((name) => titles.has(name) && !links.has(name));
  const titleColumn = saysTitle >= 0 ? saysTitle : onlyTitle >= 0 ? onlyTitle : normalized.findIndex((name) => titles.has(name));
  const venueColumn = normalized.findIndex((name, i) => i !== titleColumn && venues.has(name));
  const columns = normalized.map((name, i) => {
    if (i === titleColumn) return "title";
    if (i === venueColumn) return "venue";
    if (titleColumn >= 0 && links.has(name)) return "link";
    return "other";
  });
  const linkColumns = columns.flatMap((role, i) => role === "link" ? [i] : []);
  return { columns, titleColumn, venueColumn, linkColumns };
}

// src/config/defaults.ts
var configFileName = ".lint-list.json";
function defaultConfig() {
  return {
    columns: structuredClone(defaultColumnNames),
    links: { scope: "tables", exclude: [], hosts: {}, acceptStatus: [], allowPrivateHosts: false },
    metadata: { sources: {} },
    rules: Object.fromEntries(rules.map((rule) => [rule.id, { severity: void 0, options: structuredClone(rule.defaultOptions) }]))
  };
}

// src/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var InputError = class extends Error {
  name = "InputError";
};
var ConfigError = class extends Error {
  name = "ConfigError";
};
var isUserError = (error) => error instanceof UsageError || error instanceof InputError || error instanceof ConfigError;

export {
  defaultColumnNames,
  assignColumns,
  docsUrl,
  defaultVenuePlaceholders,
  looksLikeRow,
  blockStart,
  tableConventions,
  rules,
  ruleIds,
  compareRuleImportance,
  configFileName,
  defaultConfig,
  UsageError,
  InputError,
  ConfigError,
  isUserError
};
