import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  lineStartsOf,
  lineText,
  linkKey,
  linksInScope,
  normalizeUrl,
  paperIdOf,
  pointAt
} from "./chunk-7AM4RD2D.js";

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

// src/meta.ts
var version = "0.1.0";
var repositoryUrl = "https://github.com/lint-list/lint-list";

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
    needs: ["links"]
  },
  defaultSeverity: "error",
  defaultOptions: {},
  optionSpecs: {},
  check(model, _options, facts) {
    if (!facts.links) return [];
    const { verdicts, scope } = facts.links;
    const findings = [];
    for (const group of placesByKey(model, scope)) {
      const verdict = verdicts.get(group.key);
      const message = verdict && messageFor(verdict);
      if (!verdict || !message) continue;
      for (const place of group.places) {
        const finding = findingAt(id, message.severity, pointAt(model.lineStarts, place.start), pointAt(model.lineStarts, place.end), message.text);
        const at = model.text.lastIndexOf(group.url, place.end);
        const movesTo = verdict.verdict === "alive" && verdict.finalUrl;
        findings.push(movesTo && at >= place.start ? withFix(finding, { offset: at, length: group.url.length, text: movesTo }) : finding);
      }
    }
    return findings;
  }
};
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
      if (result.permanentRedirect && result.finalUrl && result.finalUrl !== result.url) {
        return { severity: "warning", text: `Link redirects permanently to ${result.finalUrl}: link there directly.` };
      }
      return void 0;
    default:
      return void 0;
  }
}

// src/identity/title.ts
function normalizeTitle(visible) {
  return visible.normalize("NFKC").toLowerCase().replace(/ß/g, "ss").replace(/ς/g, "\u03C3").replace(/[\p{P}\p{S}\s]/gu, "");
}
var digitRuns = new RegExp("\\p{Nd}+", "gu");
function nearIdentical(a, b) {
  if (a === b) return false;
  const allowed = maxEditsFor(Math.min(a.length, b.length));
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return false;
  if (numbersOf(a) !== numbersOf(b)) return false;
  return editDistanceWithin(a, b, allowed);
}
var maxEditsFor = (length) => length >= 24 ? 2 : length >= 12 ? 1 : 0;
var numbersOf = (title) => (title.match(digitRuns) ?? []).join(",");
function editDistanceWithin(a, b, max) {
  const n = a.length;
  const m = b.length;
  let previous2 = new Array(m + 1).fill(0);
  let previous = Array.from({ length: m + 1 }, (_, j) => j);
  let current = new Array(m + 1).fill(0);
  for (let i = 1; i <= n; i += 1) {
    current[0] = i;
    let rowMin = i;
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    if (from > 1) current[from - 1] = max + 1;
    for (let j = from; j <= to; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? max + 1) + 1, (current[j - 1] ?? max + 1) + 1, (previous[j - 1] ?? max + 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? max + 1) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < m) current[to + 1] = max + 1;
    if (rowMin > max) return false;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return (previous[m] ?? max + 1) <= max;
}

// src/parse/papers.ts
function paperEntries(tables) {
  const entries = [];
  tables.forEach((table, tableIndex) => {
    if (table.titleColumn < 0) return;
    for (const row of table.rows) {
      const titleCell = row.cells[table.titleColumn];
      const title = titleCell?.text ?? "";
      const links = [table.titleColumn, ...table.linkColumns].flatMap((column) => row.cells[column]?.links ?? []);
      entries.push({
        table,
        tableIndex,
        row,
        titleCell,
        title,
        normalizedTitle: normalizeTitle(title),
        venueCell: table.venueColumn >= 0 ? row.cells[table.venueColumn] : void 0,
        links,
        ids: identitiesOf(table, row)
      });
    }
  });
  return entries;
}
function identitiesOf(table, row) {
  const ids = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (id9, link) => {
    if (!id9 || seen.has(id9.key)) return;
    seen.add(id9.key);
    ids.push({ id: id9, link });
  };
  const titleCell = row.cells[table.titleColumn];
  for (const link of titleCell?.links ?? []) {
    const paper = paperIdOf(link.url);
    const url = normalizeUrl(link.url);
    add(paper ?? (url ? { key: `url:${url}`, label: link.url } : void 0), link);
  }
  for (const column of table.linkColumns) {
    for (const link of row.cells[column]?.links ?? []) add(paperIdOf(link.url), link);
  }
  return ids;
}
function scopeGroups(entries, scope) {
  if (scope === "file") return [entries];
  const groups = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const group = groups.get(entry.tableIndex) ?? [];
    group.push(entry);
    groups.set(entry.tableIndex, group);
  }
  return [...groups.values()];
}
function titledPapers(papers) {
  return papers.filter((entry) => entry.normalizedTitle !== "");
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
  for (const entry of entries) {
    for (const { id: paperId, link } of entry.ids) {
      const first = byId.get(paperId.key);
      if (!first) {
        byId.set(paperId.key, entry);
        continue;
      }
      if (first === entry || first.normalizedTitle === entry.normalizedTitle || nearIdentical(first.normalizedTitle, entry.normalizedTitle)) continue;
      findings.push(
        findingAt(
          id2,
          "error",
          link.start,
          link.end,
          `This link points at ${paperId.label}, which line ${first.row.line} already uses for ${quote(first.title)}: link each title to its own paper.`
        )
      );
    }
  }
  return findings;
}

// src/identity/near-index.ts
var NearTitleIndex = class {
  /** length → segment number → segment text → items */
  byLength = /* @__PURE__ */ new Map();
  add(title, item) {
    if (title.length < minIndexed) return;
    let segments = this.byLength.get(title.length);
    if (!segments) {
      segments = segmentsOf(title.length).map(() => /* @__PURE__ */ new Map());
      this.byLength.set(title.length, segments);
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
   * Indexed items whose title is within the allowed edits of `title` (never the same title); `accept`
   * rules candidates out cheaply before the edit distance is computed.
   */
  near(title, titleOf, accept = () => true) {
    if (title.length < minIndexed) return [];
    const found = /* @__PURE__ */ new Set();
    const reach = maxEditsFor(title.length);
    for (let length = title.length - reach; length <= title.length + reach; length += 1) {
      const segments = this.byLength.get(length);
      if (!segments) continue;
      const lengthDifference = title.length - length;
      const parts = segmentsOf(length);
      const tolerance = parts.length - 1;
      for (let i = 0; i < parts.length; i += 1) {
        const [start, size] = parts[i];
        const bucket = segments[i];
        const lowest = Math.max(-i, lengthDifference - (tolerance - i));
        const highest = Math.min(i, lengthDifference + (tolerance - i));
        for (let shift2 = lowest; shift2 <= highest; shift2 += 1) {
          const from = start + shift2;
          if (from < 0 || from + size > title.length) continue;
          for (const item of bucket.get(title.slice(from, from + size)) ?? []) found.add(item);
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

// src/rules/duplicate-title.ts
var id3 = "duplicate-title";
var duplicateTitle = {
  id: id3,
  meta: {
    description: "The same paper is listed once: by title (ignoring case, markdown and punctuation) or by arXiv id, DOI or OpenReview id.",
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
    for (const group of scopeGroups(titledPapers(model.papers), options.scope)) findings.push(...checkGroup2(group));
    return findings;
  }
};
function checkGroup2(entries) {
  const findings = [];
  const byTitle = /* @__PURE__ */ new Map();
  const byId = /* @__PURE__ */ new Map();
  const near = new NearTitleIndex();
  for (const entry of entries) {
    const sameTitle = byTitle.get(entry.normalizedTitle);
    const sameId = entry.ids.map(({ id: paperId }) => ({ paperId, first: byId.get(paperId.key) })).find(({ first }) => first && (first.normalizedTitle === entry.normalizedTitle || nearIdentical(first.normalizedTitle, entry.normalizedTitle)));
    if (sameTitle) {
      findings.push(report(entry, sameTitle, "error", `${quote(entry.title)} is already listed at line ${sameTitle.row.line}`));
    } else if (sameId?.first) {
      findings.push(report(entry, sameId.first, "error", `This is the same paper (${sameId.paperId.label}) as line ${sameId.first.row.line}, ${quote(sameId.first.title)}`));
    } else {
      const numbers = numbersOf(entry.normalizedTitle);
      const similar = near.near(entry.normalizedTitle, (other) => other.normalizedTitle, (other) => numbersOf(other.normalizedTitle) === numbers).sort((a, b) => a.row.line - b.row.line)[0];
      if (similar) {
        findings.push(report(entry, similar, "warning", `Possible duplicate: ${quote(entry.title, 120)} is nearly the same title as line ${similar.row.line}, ${quote(similar.title, 120)}`));
      }
    }
    if (!byTitle.has(entry.normalizedTitle)) {
      byTitle.set(entry.normalizedTitle, entry);
      near.add(entry.normalizedTitle, entry);
    }
    for (const { id: paperId } of entry.ids) if (!byId.has(paperId.key)) byId.set(paperId.key, entry);
  }
  return findings;
}
function report(entry, first, severity, what) {
  const advice2 = severity === "error" ? "remove this row, or merge the two into one" : "if it is the same paper, remove one of the rows";
  let venueNote = "";
  const [firstVenue, venue] = [first.venueCell?.text, entry.venueCell?.text];
  if (firstVenue && venue && normalizeVenue(firstVenue) !== normalizeVenue(venue)) {
    venueNote = ` The rows disagree on the venue (${quote(firstVenue, 30)} there, ${quote(venue, 30)} here): keep the right one.`;
  }
  const cell = entry.titleCell;
  return findingAt(id3, severity, cell.start, cell.end, `${what}: ${advice2}.${venueNote}`);
}

// src/rules/link-syntax.ts
var id4 = "link-syntax";
var schemeLessHost = /^(?:www\.|(?:[a-z0-9-]+\.)*(?:arxiv\.org|doi\.org|openreview\.net|github\.com|aclanthology\.org|semanticscholar\.org|papers\.nips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press|openaccess\.thecvf\.com|dl\.acm\.org|ieeexplore\.ieee\.org|link\.springer\.com|sciencedirect\.com|nature\.com|huggingface\.co)\b)/i;
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
    for (const { row } of model.papers) {
      for (const cell of row.cells) {
        for (const c of cellCandidates(cell, model)) {
          const finding = findingAt(id4, "error", pointAt(model.lineStarts, c.start), pointAt(model.lineStarts, c.end), c.message);
          const edit = c.replacement === void 0 ? void 0 : { offset: c.start, length: c.end - c.start, text: c.replacement };
          findings.push(edit ? withFix(finding, edit) : finding);
        }
      }
    }
    return findings;
  }
};
function cellCandidates(cell, model) {
  const base = cell.start.offset;
  const taken = [];
  const take = (candidate) => {
    if (taken.some((t) => candidate.start < t.end && t.start < candidate.end)) return;
    taken.push(candidate);
  };
  for (const check of rawChecks) {
    check.pattern.lastIndex = 0;
    for (let match = check.pattern.exec(cell.raw); match; match = check.pattern.exec(cell.raw)) {
      const message = check.message(match);
      const replacement = check.replacement?.(match);
      if (message) take({ start: base + match.index, end: base + match.index + match[0].length, message, ...replacement !== void 0 && { replacement } });
    }
  }
  const shielded = [];
  for (const span of cell.inline) {
    if (span.kind === "link") {
      const problem = targetProblem(span.url ?? "", model.text.slice(span.start, span.end));
      if (problem) take({ start: span.start, end: span.end, ...problem });
    }
    shielded.push([span.start, span.end]);
  }
  const isShielded2 = (start, end) => shielded.some(([s, e]) => start < e && s < end);
  for (const match of cell.raw.matchAll(schemeLessInText)) {
    const start = base + (match.index ?? 0);
    const end = start + match[0].length;
    if (isShielded2(start, end)) continue;
    take({ start, end, message: `${quote(match[1] ?? "", 40)} has no 'https://', so it is not a link: write https://${match[1] ?? ""}, or [Title](https://\u2026).` });
  }
  for (const match of cell.raw.matchAll(/(?<![!\]\\])\[([^[\]]+)\](?![([:])/g)) {
    const start = base + (match.index ?? 0);
    const end = start + match[0].length;
    const label = match[1] ?? "";
    if (isShielded2(start, end) || harmlessBrackets.test(label) || model.definitions.has(label.toLowerCase())) continue;
    take({ start, end, message: `${quote(`[${label}]`)} is in link brackets but has no URL: write [${label.length > 30 ? "Title" : label}](https://\u2026) with the paper's address, or remove the brackets.` });
  }
  return taken.sort((a, b) => a.start - b.start);
}
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
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || /^(#|\/|\.\.?\/)/.test(target)) return void 0;
  if (target.startsWith("[")) return void 0;
  if (schemeLessHost.test(target)) {
    return { message: `The link target ${quote(target, 40)} has no 'https://', so GitHub treats it as a file in this repository: write https://${target}.` };
  }
  if (/[/.]/.test(target)) return void 0;
  return { message: `The link target ${quote(target, 40)} is not a URL: put the paper's address between the parentheses, e.g. (https://arxiv.org/abs/\u2026).` };
}

// src/rules/missing-link.ts
var id5 = "missing-link";
var brokenLinkHint = /https?:|\[|www\.|\b[a-z0-9-]+\.(?:org|com|net|io|cc|edu)\//i;
var missingLink = {
  id: id5,
  meta: {
    description: "Every paper links to where it can be read: the title is a link, or a link column holds one.",
    docs: docsUrl(id5),
    fixable: false,
    kind: "completeness",
    needs: []
  },
  defaultSeverity: "warning",
  defaultOptions: {},
  optionSpecs: {},
  check(model) {
    const findings = [];
    for (const { table, row, titleCell } of model.papers) {
      if (!titleCell || titleCell.text === "") continue;
      const carriers = [titleCell, ...table.linkColumns.map((i) => row.cells[i])].filter((c) => c !== void 0);
      if (carriers.some((cell) => hasLink(cell) || brokenLinkHint.test(cell.raw))) continue;
      findings.push(findingAt(id5, "warning", titleCell.start, titleCell.end, `${quote(titleCell.text)} has no link: ${advice(table)}.`));
    }
    return findings;
  }
};
function hasLink(cell) {
  return cell.links.length > 0 || cell.inline.some((span) => span.kind === "linkReference");
}
function advice(table) {
  const linkColumnNames = table.linkColumns.map((i) => quote(table.header.cells[i]?.text ?? ""));
  return linkColumnNames.length > 0 ? `add the paper's URL in the ${linkColumnNames.join(" or ")} column, or make the title a link` : "make the title a link to the paper, e.g. [Title](https://arxiv.org/abs/\u2026)";
}

// src/rules/missing-venue.ts
var id6 = "missing-venue";
var missingVenue = {
  id: id6,
  meta: {
    description: "Every paper says where it appeared: the venue cell is not empty, absent or a placeholder such as N/A.",
    docs: docsUrl(id6),
    fixable: false,
    kind: "completeness",
    needs: []
  },
  defaultSeverity: "error",
  defaultOptions: { placeholders: [...defaultVenuePlaceholders] },
  optionSpecs: { placeholders: { type: "string-list" } },
  check(model, options) {
    const placeholders = new Set(options.placeholders.map((p) => p.trim().toLowerCase()));
    const example = "e.g. 'NeurIPS 2023' or 'arXiv [cs.LG]'";
    const findings = [];
    for (const { table, row, venueCell: cell } of model.papers) {
      if (table.venueColumn < 0) continue;
      if (!cell) {
        const endColumn = row.raw.replace(/[ \t]+$/, "").length + 1;
        findings.push(
          findingAt(
            id6,
            "error",
            { line: row.line, column: endColumn },
            { line: row.line, column: endColumn },
            `This row has no venue cell: add '| venue |' with where the paper appeared, ${example}.`
          )
        );
      } else if (cell.text === "" && cell.links.length === 0 && !cell.raw.includes("![")) {
        findings.push(findingAt(id6, "error", cell.start, cell.end, `Venue is empty: write where the paper appeared, ${example}.`));
      } else if (placeholders.has(cell.text.toLowerCase())) {
        findings.push(
          findingAt(id6, "error", cell.start, cell.end, `Venue is ${quote(cell.text)}: write where the paper appeared, ${example}.`)
        );
      }
    }
    return findings;
  }
};

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
    for (const table of model.tables) {
      for (const row of [table.header, ...table.rows]) findings.push(...checkRow(model, table, row));
    }
    for (const block of model.orphans) findings.push(orphanFinding(block));
    return findings;
  }
};
function checkRow(model, table, row) {
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
    const headerTrimmed = trimBlanks(table.header.raw);
    if (headerTrimmed.startsWith("|") && !trimmed.startsWith("|") && lookAlikes.length === 0) {
      const headerIndent = /^[ \t]*/.exec(table.header.raw)?.[0] ?? "";
      findings.push(
        withFix(
          findingAt(id7, "error", at(row.lineOffset), at(rowStart2 + 1), "Row has no leading '|' while its header has one: add '| ' at the start of the line."),
          { offset: row.lineOffset, length: rowStart2 - row.lineOffset, text: `${headerIndent}| ` }
        )
      );
    }
    if (headerTrimmed.endsWith("|") && !trimmed.endsWith("|") && !endsWithLookAlike(trimmed)) {
      findings.push(
        withFix(
          findingAt(id7, "error", at(rowEnd), at(rowEnd), "Row has no trailing '|' while its header has one: add ' |' at the end of the line."),
          { offset: rowEnd, length: 0, text: " |" }
        )
      );
    }
  }
  const torn = tornLinks(model, row);
  findings.push(...torn);
  if (row === table.header || lookAlikes.length > 0 || torn.length > 0) return findings;
  const expected = table.header.cells.length;
  const actual = row.cells.length;
  if (actual > expected) {
    const lost = row.cells.slice(expected);
    const first = lost[0];
    const last = lost.at(-1);
    if (first && last) {
      const lostText = lost.map((cell) => cell.raw).filter(Boolean).join(" | ");
      const what = lostText ? `GitHub drops ${quote(lostText)}` : "GitHub drops the extra empty cell";
      findings.push(
        findingAt(
          id7,
          "error",
          first.start,
          last.end,
          `Row has ${actual} cells but the header has ${expected}: ${what}. Merge it into a column, or remove the extra '|'.`
        )
      );
    }
  } else if (actual < expected) {
    const missingRoles = table.columns.slice(actual);
    const missing = table.header.cells.slice(actual).map((cell) => quote(cell.text || "(unnamed)"));
    const names = missing.length > 5 ? [...missing.slice(0, 5), `${missing.length - 5} more`] : missing;
    const vital = missingRoles.some((role) => role === "title" || role === "venue");
    findings.push(
      findingAt(
        id7,
        vital ? "error" : "warning",
        at(rowStart2),
        at(rowEnd),
        `Row has ${actual} ${actual === 1 ? "cell" : "cells"} but the header has ${expected}: the ${names.join(", ")} ${missing.length === 1 ? "cell is" : "cells are"} missing. Add ${missing.length === 1 ? "it" : "them"} at the end of the row, each after a '|'.`
      )
    );
  }
  return findings;
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
    const blanks = blankFrom === blankTo ? `line ${blankFrom}` : `lines ${blankFrom}\u2013${blankTo}`;
    return findingAt(
      id7,
      "error",
      start,
      end,
      `${rows} but a blank line cuts ${one ? "it" : "them"} off from the table above, so GitHub shows plain text: delete the blank ${blanks}.`
    );
  }
  const hasDelimiter = block.lines.some((line) => /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line));
  const advice2 = hasDelimiter ? "the delimiter row does not have one '---' per header cell: give the header and the delimiter row the same number of cells" : `${one ? "it has" : "they have"} no header and delimiter row ('| Title | Venue |' then '|---|---|') above ${one ? "it" : "them"}: add them, or join ${one ? "it" : "them"} to the table ${one ? "it belongs" : "they belong"} to`;
  return findingAt(id7, "error", start, end, `${rows} but ${one ? "belongs" : "belong"} to no table, so GitHub shows plain text: ${advice2}.`);
}

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

// src/rules/venue-format.ts
var id8 = "venue-format";
var bracketed = /\[([^[\]]+)\]/g;
var categoryShape = /^[A-Za-z-]+(?:\.[A-Za-z-]+)?$/;
var years = /\b(?:19|20)\d{2}\b|'\d{2}\b/g;
var venueFormat = {
  id: id8,
  meta: {
    description: "Venues are written one way: real arXiv categories without inner spaces, and one spelling per venue.",
    docs: docsUrl(id8),
    fixable: true,
    kind: "style",
    needs: []
  },
  defaultSeverity: "warning",
  defaultOptions: {},
  optionSpecs: {},
  check(model) {
    const findings = [];
    const names = /* @__PURE__ */ new Map();
    for (const { venueCell: cell } of model.papers) {
      if (!cell || cell.text === "" || model.venuePlaceholders.has(cell.text.toLowerCase())) continue;
      const categoryFindings = checkCategories(cell, model.lineStarts);
      findings.push(...categoryFindings);
      if (categoryFindings.length > 0) continue;
      const name = cell.text.replace(years, " ").replace(/\s+/g, " ").replace(/^[\s,;:-]+|[\s,;:-]+$/g, "");
      const key = name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
      if (!key) continue;
      const group = names.get(key) ?? [];
      group.push({ cell, name });
      names.set(key, group);
    }
    for (const group of names.values()) findings.push(...checkSpellings(group));
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
        withFix(findingAt(id8, "warning", start, end, `The arXiv category ${quote(inside)} has a space in it: write [${right}].`), {
          offset: start.offset,
          length: end.offset - start.offset,
          text: `[${right}]`
        })
      );
    } else if (!valid) {
      const suggestions = suggestCategories(compact);
      const hint = suggestions.length > 0 ? `did you mean ${suggestions.map((s) => `[${s}]`).join(" or ")}?` : "use one from https://arxiv.org/category_taxonomy, e.g. [cs.LG].";
      findings.push(findingAt(id8, "warning", start, end, `arXiv has no category ${quote(compact)}: ${hint}`));
    }
  }
  return findings;
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
  return group.filter(({ name }) => name !== majority).map(({ cell, name }) => {
    const finding = findingAt(
      id8,
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

// src/rules/index.ts
var rules = [
  rowFormat,
  duplicateTitle,
  duplicateLink,
  missingVenue,
  linkSyntax,
  missingLink,
  venueFormat,
  deadLink
];
var ruleIds = rules.map((rule) => rule.id);
function compareRuleImportance(a, b) {
  if (a === b) return 0;
  const rank = (id9) => {
    const index = rules.findIndex((rule2) => rule2.id === id9);
    const rule = rules[index];
    return rule ? ruleKinds.indexOf(rule.meta.kind) * rules.length + index : Number.MAX_SAFE_INTEGER;
  };
  return rank(a) - rank(b) || (a < b ? -1 : 1);
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
function assignColumns(headerTexts, names) {
  const normalized = headerTexts.map(normalizeHeader);
  const set = (list) => new Set(list.map(normalizeHeader));
  const titles = set(names.title);
  const venues = set(names.venue);
  const links = set(names.link);
  const onlyTitle = normalized.findIndex((name) => titles.has(name) && !links.has(name));
  const titleColumn = onlyTitle >= 0 ? onlyTitle : normalized.findIndex((name) => titles.has(name));
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

// src/parse/cell-range.ts
var isBlank = (code) => code === 32 || code === 9;
function cellContentRange(text, node) {
  let start = node.position?.start.offset ?? 0;
  let end = node.position?.end.offset ?? start;
  if (text[start] === "|") start += 1;
  let beforeBlanks = end;
  while (beforeBlanks > start && isBlank(text.charCodeAt(beforeBlanks - 1))) beforeBlanks -= 1;
  if (beforeBlanks > start && text[beforeBlanks - 1] === "|" && text[beforeBlanks - 2] !== "\\") end = beforeBlanks - 1;
  while (start < end && isBlank(text.charCodeAt(start))) start += 1;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end -= 1;
  return [start, end];
}

// src/parse/visible-text.ts
function visibleText(node) {
  return collapse(collectText(node));
}
function collectText(node) {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "html":
    case "image":
    case "imageReference":
    case "break":
      return " ";
    default:
      return "children" in node ? node.children.map(collectText).join("") : "";
  }
}
var collapse = (text) => text.replace(/\s+/g, " ").trim();

// src/parse/walk.ts
function walk(node, visit2) {
  if (visit2(node) === false) return;
  if ("children" in node) for (const child of node.children) walk(child, visit2);
}

// src/parse/cells.ts
var spanKinds = {
  link: "link",
  linkReference: "linkReference",
  image: "image",
  imageReference: "image",
  inlineCode: "code",
  html: "html"
};
function cellOf(node, source, start, end, pointOf) {
  const links = [];
  const inline = [];
  walk(node, (n) => {
    if (n.type === "link") {
      links.push({ url: n.url, text: visibleText(n), start: pointOf(n.position?.start.offset ?? start), end: pointOf(n.position?.end.offset ?? end) });
    }
  });
  walk(node, (n) => {
    const kind = spanKinds[n.type];
    if (!kind) return true;
    inline.push({ kind, start: n.position?.start.offset ?? 0, end: n.position?.end.offset ?? 0, ...n.type === "link" && { url: n.url } });
    return false;
  });
  return { text: visibleText(node), raw: source, start: pointOf(start), end: pointOf(end), links, inline };
}

// src/parse/comments.ts
var directivePattern = /<!--\s*lint-list-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;
function directivesIn(html, startLine) {
  const found = [];
  for (const match of html.matchAll(directivePattern)) {
    const before = html.slice(0, match.index);
    const line = startLine + countNewlines(before);
    const endLine = line + countNewlines(match[0]);
    const ruleIds2 = (match[2] ?? "").split(/[\s,]+/).filter(Boolean);
    found.push({ kind: match[1], ruleIds: ruleIds2, line, endLine });
  }
  return found;
}
function countNewlines(text) {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}
function createSuppressor(directives) {
  if (directives.length === 0) return () => false;
  const ranges = directives.filter((d) => d.kind === "disable" || d.kind === "enable");
  const single = directives.filter((d) => d.kind === "disable-line" || d.kind === "disable-next-line");
  const names = (d, ruleId) => d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
  return (ruleId, line) => {
    for (const d of single) {
      if (!names(d, ruleId)) continue;
      if (d.kind === "disable-line" && line >= d.line && line <= d.endLine) return true;
      if (d.kind === "disable-next-line" && line === d.endLine + 1) return true;
    }
    let disabled = false;
    for (const d of ranges) {
      if (d.line > line) break;
      if (names(d, ruleId)) disabled = d.kind === "disable";
    }
    return disabled;
  };
}

// src/parse/fast-inline.ts
function parseSimpleInline(source, base, point, isDefined = () => false) {
  if (unsupportedAnywhere.test(source)) return void 0;
  const outsideDestinations = source.replace(/\]\([^()\s]*\)/g, "](");
  if (unsupportedInText.test(outsideDestinations)) return void 0;
  if (source.includes("*") && !strongPairsAreSimple(source)) return void 0;
  const parser = new InlineParser(source, base, point, isDefined);
  return parser.sequence(0, source.length, false);
}
var unsupportedAnywhere = /[\\`\n\r]|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
var unsupportedInText = /[_~@]|https?:|www\.|mailto:|xmpp:/i;
var punctuation = /[\p{P}\p{S}]/u;
var whitespace = /\s/;
function strongPairsAreSimple(source) {
  const runs = [...source.matchAll(/\*+/g)];
  if (runs.length % 2 !== 0) return false;
  return runs.every((run, i) => {
    if (run[0].length > 2 || run[0].length !== (runs[i % 2 === 0 ? i + 1 : i - 1]?.[0].length ?? 0)) return false;
    const at = run.index ?? 0;
    const length = run[0].length;
    const before = at === 0 ? " " : source[at - 1];
    const after = at + length >= source.length ? " " : source[at + length];
    const left = !whitespace.test(after) && (!punctuation.test(after) || whitespace.test(before) || punctuation.test(before));
    const right = !whitespace.test(before) && (!punctuation.test(before) || whitespace.test(after) || punctuation.test(after));
    return i % 2 === 0 ? left && !right : right && !left;
  });
}
var specialCharacter = /[*[\]!<]/g;
var brTag = /^<br\s*\/?>/i;
var destination = /^\(([^\s()<>[\]]+)\)/;
var InlineParser = class {
  constructor(source, base, point, isDefined) {
    this.source = source;
    this.base = base;
    this.point = point;
    this.isDefined = isDefined;
  }
  source;
  base;
  point;
  isDefined;
  /** `point` makes a new object on each call, so nodes never share one. */
  position(start, end) {
    return { start: this.point(this.base + start), end: this.point(this.base + end) };
  }
  /** Parses source[start, end); `inLink` forbids links inside links (remark would not nest them). */
  sequence(start, end, inLink) {
    const nodes = [];
    let textStart = start;
    const flush = (at) => {
      if (at > textStart) nodes.push({ type: "text", value: this.source.slice(textStart, at), position: this.position(textStart, at) });
    };
    let i = start;
    while (i < end) {
      specialCharacter.lastIndex = i;
      i = specialCharacter.exec(this.source)?.index ?? end;
      if (i >= end) break;
      const char = this.source[i];
      if (char === "*") {
        const size = this.source[i + 1] === "*" ? 2 : 1;
        const close = this.source.indexOf("*", i + size);
        if (close === -1 || close + size > end) return void 0;
        const children = this.sequence(i + size, close, inLink);
        if (!children || children.length === 0) return void 0;
        flush(i);
        const position = this.position(i, close + size);
        nodes.push(size === 2 ? { type: "strong", children, position } : { type: "emphasis", children, position });
        i = close + size;
        textStart = i;
      } else if (char === "[" && this.literalBrackets(i, end) !== void 0) {
        i = this.literalBrackets(i, end);
      } else if (char === "[" || char === "!" && this.source[i + 1] === "[") {
        const image = char === "!";
        const parsed = image ? this.image(i, end) : inLink ? void 0 : this.link(i, end);
        if (!parsed) return void 0;
        flush(i);
        nodes.push(parsed.node);
        i = parsed.end;
        textStart = i;
      } else if (char === "]") {
        return void 0;
      } else if (char === "<") {
        const tag = brTag.exec(this.source.slice(i, end));
        if (!tag) return void 0;
        flush(i);
        nodes.push({ type: "html", value: tag[0], position: this.position(i, i + tag[0].length) });
        i += tag[0].length;
        textStart = i;
      } else {
        i += 1;
      }
    }
    flush(end);
    return nodes;
  }
  /**
   * Where `[plain text]` ends when it is no link: not followed by `(`, `[` or `:`, holding nothing
   * markdown would read, and naming no reference definition.
   */
  literalBrackets(start, end) {
    const close = this.source.indexOf("]", start + 1);
    if (close === -1 || close >= end) return void 0;
    const inside = this.source.slice(start + 1, close);
    if (inside.trim() === "" || /[[*<!]/.test(inside)) return void 0;
    const after = this.source[close + 1];
    if (after === "(" || after === "[" || after === ":") return void 0;
    if (this.isDefined(normalizeLabel(inside))) return void 0;
    return close + 1;
  }
  /** `![alt](src)` with plain alt text. */
  image(start, end) {
    const close = this.source.indexOf("]", start + 2);
    if (close === -1 || close >= end) return void 0;
    const alt = this.source.slice(start + 2, close);
    if (/[[*<!]/.test(alt)) return void 0;
    const target = destination.exec(this.source.slice(close + 1, end));
    if (!target) return void 0;
    const stop = close + 1 + target[0].length;
    return { node: { type: "image", title: null, url: target[1], alt, position: this.position(start, stop) }, end: stop };
  }
  /** `[text](url)`, the text being simple inline content itself (a badge image, bold, plain text). */
  link(start, end) {
    let depth = 0;
    let close = -1;
    for (let i = start; i < end; i += 1) {
      if (this.source[i] === "[") depth += 1;
      else if (this.source[i] === "]") {
        depth -= 1;
        if (depth === 0) {
          close = i;
          break;
        }
      }
    }
    if (close === -1) return void 0;
    const target = destination.exec(this.source.slice(close + 1, end));
    if (!target) return void 0;
    const children = this.sequence(start + 1, close, true);
    if (!children || children.length === 0) return void 0;
    const stop = close + 1 + target[0].length;
    return { node: { type: "link", title: null, url: target[1], children, position: this.position(start, stop) }, end: stop };
  }
};
var normalizeLabel = (label) => label.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase().toLowerCase();

// src/parse/orphans.ts
function orphanBlocks(numbers, line, tableEndLines) {
  const blocks = [];
  for (const n of numbers) {
    const raw = line(n);
    const previous = blocks.at(-1);
    if (previous && previous.endLine === n - 1) {
      previous.endLine = n;
      previous.lines.push(raw);
      continue;
    }
    const block = { startLine: n, endLine: n, column: raw.search(/[^ \t]/) + 1, lines: [raw] };
    let above = n - 1;
    while (above >= 1 && /^[ \t]*$/.test(line(above))) above -= 1;
    if (above < n - 1 && tableEndLines.has(above)) block.cutFromTableEndingAt = above;
    blocks.push(block);
  }
  return blocks;
}

// src/parse/fast-model.ts
var needsParser = /* @__PURE__ */ Symbol("needs the markdown parser");
function fastModel(text, columnNames, parseBlock) {
  const lineStarts = lineStartsOf(text);
  const point = (offset) => pointAt(lineStarts, offset);
  const lineCount = lineStarts.length;
  const line = (n) => lineText(text, lineStarts, n);
  const headings = [];
  const tableBlocks = [];
  const directives = [];
  const definitionLines = [];
  const orphanLines = [];
  const definitions = /* @__PURE__ */ new Set();
  let state = { kind: "top" };
  const endHtml = (start, end) => {
    const value = Array.from({ length: end - start + 1 }, (_, i) => line(start + i)).join("\n");
    directives.push(...directivesIn(value, start));
  };
  for (let n = 1; n <= lineCount; n += 1) {
    const raw = line(n);
    if (/^ *\t/.test(raw)) return void 0;
    const blank = /^[ \t]*$/.test(raw);
    const indent = raw.length - raw.replace(/^ +/, "").length;
    switch (state.kind) {
      case "fence": {
        const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(raw);
        if (closing?.[1]?.[0] === state.marker[0] && (closing?.[1]?.length ?? 0) >= state.marker.length) state = { kind: "top" };
        continue;
      }
      case "html": {
        if (state.end === "blank") {
          if (blank) {
            endHtml(state.start, n - 1);
            state = { kind: "top" };
          }
          continue;
        }
        if (state.end.test(raw)) {
          endHtml(state.start, n);
          state = { kind: "top" };
        }
        continue;
      }
      case "indented": {
        if (blank || indent >= 4) continue;
        state = { kind: "top" };
        break;
      }
      case "container": {
        if (blank) {
          state.afterBlank = true;
          continue;
        }
        if (!(state.afterBlank && indent < 2 && !containerStart(raw))) {
          if (unsureInContainer(raw)) return void 0;
          state.afterBlank = false;
          continue;
        }
        state = { kind: "top" };
        break;
      }
      case "table": {
        if (blank) {
          tableBlocks.push({ start: state.start, end: n - 1 });
          state = { kind: "top" };
          continue;
        }
        if (indent >= 4 || interruptsTable(raw)) {
          tableBlocks.push({ start: state.start, end: n - 1 });
          state = { kind: "top" };
          break;
        }
        if (unsureAfterTable(raw)) return void 0;
        continue;
      }
      case "paragraph": {
        if (blank) {
          state = { kind: "top" };
          continue;
        }
        if (state.definitions) {
          const another = definitionOn(raw);
          if (another === null) return void 0;
          if (another !== void 0) {
            definitions.add(another);
            definitionLines.push(n);
            continue;
          }
          state.definitions = false;
          if (blockStart.setextUnderline.test(raw)) return void 0;
        }
        const underline = blockStart.setextUnderline.exec(raw);
        if (underline) {
          headings.push({ line: state.start, depth: underline[1]?.startsWith("=") ? 1 : 2, source: lines(state.start, n - 1).join("\n"), setext: true });
          state = { kind: "top" };
          continue;
        }
        if (interruptsParagraph(raw)) {
          state = { kind: "top" };
          break;
        }
        const table2 = tableStartsAt(n, raw);
        if (table2 === "unsure") return void 0;
        if (table2) {
          state = { kind: "table", start: n };
          n += 1;
          continue;
        }
        if (raw.includes("<!--")) return void 0;
        if (looksLikeRow(raw)) {
          if (state.inlineMarkup) return void 0;
          orphanLines.push(n);
        }
        if (/[`<]/.test(raw)) state.inlineMarkup = true;
        continue;
      }
      default:
        break;
    }
    if (blank) continue;
    if (indent >= 4) {
      state = { kind: "indented" };
      continue;
    }
    const fence = blockStart.fence.exec(raw);
    if (fence && !(fence[1]?.startsWith("`") && fence[2]?.includes("`"))) {
      state = { kind: "fence", marker: fence[1] };
      continue;
    }
    const atx = blockStart.atxHeading.exec(raw);
    if (atx) {
      headings.push({ line: n, depth: atx[1]?.length ?? 1, source: raw.trimStart(), setext: false });
      continue;
    }
    const html = htmlBlockEnd(raw, true);
    if (html) {
      if (html !== "blank" && endsOnItsFirstLine(raw.trimStart(), html)) {
        endHtml(n, n);
        continue;
      }
      state = { kind: "html", start: n, end: html };
      continue;
    }
    if (blockStart.thematicBreak.test(raw)) continue;
    if (containerStart(raw)) {
      if (unsureInContainer(raw)) return void 0;
      state = { kind: "container", afterBlank: false };
      continue;
    }
    const definition = definitionOn(raw);
    if (definition === null) return void 0;
    if (definition !== void 0) {
      definitions.add(definition);
      definitionLines.push(n);
      state = { kind: "paragraph", start: n + 1, definitions: true };
      continue;
    }
    const table = tableStartsAt(n, raw);
    if (table === "unsure") return void 0;
    if (table) {
      state = { kind: "table", start: n };
      n += 1;
      continue;
    }
    if (raw.includes("<!--")) return void 0;
    if (looksLikeRow(raw)) orphanLines.push(n);
    state = { kind: "paragraph", start: n, inlineMarkup: /[`<]/.test(raw) };
  }
  if (state.kind === "table") tableBlocks.push({ start: state.start, end: lineCount });
  if (state.kind === "html") endHtml(state.start, lineCount);
  const definitionSource = definitionLines.map((n) => line(n)).join("\n");
  const isDefined = (label) => definitions.has(label);
  const headingTexts = [];
  for (const heading of headings) {
    const headingTextValue = headingText(heading.source, heading.setext);
    if (headingTextValue === void 0 || headingTextValue === needsParser) return headingTextValue;
    headingTexts.push({ line: heading.line, depth: heading.depth, text: headingTextValue });
  }
  const tables = [];
  for (const block of tableBlocks) {
    const section = sectionAt(headingTexts, block.start);
    const table = readTable(block.start, block.end, section);
    if (table === void 0 || table === needsParser) return table;
    tables.push(table);
  }
  directives.sort((a, b) => a.line - b.line);
  return {
    lineStarts,
    tables,
    orphans: orphanBlocks(orphanLines, line, new Set(tableBlocks.map((block) => block.end))),
    directives,
    definitions
  };
  function tableStartsAt(n, raw) {
    const next = n < lineCount ? line(n + 1) : "";
    return isDelimiterRow(next) && tableHeaderFits(raw, next);
  }
  function lines(from, to) {
    return Array.from({ length: to - from + 1 }, (_, i) => line(from + i));
  }
  function headingText(source, setext) {
    if (!setext) {
      const marker = /^#{1,6}(?:[ \t]+|$)/.exec(source)?.[0] ?? "";
      const content = source.slice(marker.length).replace(/[ \t]+$/, "").replace(/(?:^|[ \t]+)#+$/, "");
      const nodes = parseSimpleInline(content, 0, () => ({ line: 1, column: 1, offset: 0 }), isDefined);
      if (nodes) return visibleText({ type: "paragraph", children: nodes });
    }
    if (!parseBlock) return needsParser;
    const markdown = setext ? `${source}
===` : source;
    const tree = parseBlock(definitionSource ? `${markdown}

${definitionSource}
` : markdown);
    const heading = tree.children[0];
    if (!heading || heading.type !== "heading") return void 0;
    return visibleText(heading);
  }
  function readTable(start, end, section) {
    const rowLines = lines(start, end);
    const rows = [];
    for (const [i, raw] of rowLines.entries()) {
      if (i === 1) continue;
      const n = start + i;
      const row = readRow(n, raw);
      if (!row) return parseTableWithRemark(start, end, section);
      rows.push(row);
    }
    const [header, ...body] = rows;
    return {
      section,
      header,
      delimiterLine: start + 1,
      ...assignColumns(header.cells.map((cell) => cell.text), columnNames),
      rows: body,
      start: point(lineStarts[start - 1] + (rowLines[0]?.length ?? 0) - (rowLines[0]?.replace(/^[ \t]+/, "").length ?? 0)),
      end: point(lineStarts[end - 1] + line(end).replace(/[ \t]+$/, "").length)
    };
  }
  function readRow(n, raw) {
    if (raw.includes("\\")) return void 0;
    const lineOffset = lineStarts[n - 1];
    let from = raw.length - raw.replace(/^[ \t]+/, "").length;
    let to = raw.replace(/[ \t]+$/, "").length;
    if (raw[from] === "|") from += 1;
    if (to > from && raw[to - 1] === "|") to -= 1;
    if (to <= from) return void 0;
    const pointInRow = (offset) => ({ line: n, column: offset - lineOffset + 1, offset });
    const cells = [];
    let cellStart = from;
    while (cellStart <= to) {
      const pipe = raw.indexOf("|", cellStart);
      const i = pipe === -1 || pipe > to ? to : pipe;
      let s = cellStart;
      let e = i;
      while (s < e && (raw[s] === " " || raw[s] === "	")) s += 1;
      while (e > s && (raw[e - 1] === " " || raw[e - 1] === "	")) e -= 1;
      const cell = readCell(raw.slice(s, e), lineOffset + s, lineOffset + e, pointInRow);
      if (!cell) return void 0;
      cells.push(cell);
      cellStart = i + 1;
    }
    return { line: n, raw, lineOffset, cells };
  }
  function readCell(source, start, end, pointInRow) {
    const children = source === "" ? [] : parseSimpleInline(source, start, pointInRow, isDefined);
    if (!children) return void 0;
    const node = { type: "tableCell", children, position: { start: pointInRow(start), end: pointInRow(end) } };
    return cellOf(node, source, start, end, pointInRow);
  }
  function parseTableWithRemark(start, end, section) {
    if (!parseBlock) return needsParser;
    const base = lineStarts[start - 1];
    const source = text.slice(base, lineStarts[end - 1] + line(end).length);
    const tree = parseBlock(definitionSource ? `${source}

${definitionSource}
` : source);
    const node = tree.children[0];
    if (!node || node.type !== "table" || node.position?.end.line !== end - start + 1) return void 0;
    shift(node, base, start - 1);
    const rows = node.children.map((rowNode) => {
      const n = rowNode.position?.start.line ?? start;
      const cells = rowNode.children.map((cellNode) => {
        const [s, e] = cellContentRange(text, cellNode);
        return cellOf(cellNode, text.slice(s, e), s, e, point);
      });
      return { line: n, raw: line(n), lineOffset: lineStarts[n - 1], cells };
    });
    walk(node, (n) => {
      if (n.type === "html") directives.push(...directivesIn(n.value, n.position?.start.line ?? start));
    });
    const [header, ...body] = rows;
    return {
      section,
      header,
      delimiterLine: start + 1,
      ...assignColumns(header.cells.map((cell) => cell.text), columnNames),
      rows: body,
      start: point(node.position?.start.offset ?? base),
      end: point(node.position?.end.offset ?? base)
    };
  }
}
function definitionOn(raw) {
  if (!/^ {0,3}\[/.test(raw)) return void 0;
  const start = /^ {0,3}\[((?:[^[\]\\]|\\.)+)\]:/.exec(raw);
  if (!start) return void 0;
  if (start[1].startsWith("^")) return null;
  const destination2 = /^[ \t]*([^\s<()]+)[ \t]*$/.exec(raw.slice(start[0].length));
  return destination2 ? normalizeLabel(start[1]) : null;
}
function endsOnItsFirstLine(line, end) {
  if (line.startsWith("<!--")) return /^-?>/.test(line.slice(4)) || line.includes("-->", 4);
  return end.test(line.slice(2));
}
function shift(tree, offset, lines) {
  walk(tree, (node) => {
    if (!node.position) return;
    node.position.start = { line: node.position.start.line + lines, column: node.position.start.column, offset: (node.position.start.offset ?? 0) + offset };
    node.position.end = { line: node.position.end.line + lines, column: node.position.end.column, offset: (node.position.end.offset ?? 0) + offset };
  });
}
function sectionAt(headings, line) {
  const stack = [];
  for (const heading of headings) {
    if (heading.line >= line) break;
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= heading.depth) stack.pop();
    stack.push(heading);
  }
  return stack.map((h) => h.text);
}
var delimiterRow = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
var isDelimiterRow = (raw) => raw.includes("|") && delimiterRow.test(raw);
function tableHeaderFits(header, delimiter) {
  if (/^ {4}/.test(header)) return false;
  if (header.includes("\\")) return "unsure";
  if (!header.includes("|")) return delimiter.replace(/^[ \t|]+|[ \t|]+$/g, "").includes("|") ? false : "unsure";
  const count = (row) => {
    let inner = row.trim();
    if (inner.startsWith("|")) inner = inner.slice(1);
    if (inner.endsWith("|")) inner = inner.slice(0, -1);
    return inner.split("|").length;
  };
  return count(header) === count(delimiter);
}
var containerStart = (raw) => blockStart.bullet.test(raw) || blockStart.ordered.test(raw) || blockStart.blockQuote.test(raw);
var pipeOrComment = new RegExp(`[|${lookAlikePipes}]|<!--`);
function unsureInContainer(raw) {
  return pipeOrComment.test(raw) || /^[ \t>\-+*\d.)]*#{1,6}(?:\s|$)/.test(raw) || /^\s*(?:=+|-+)\s*$/.test(raw) || /^[ \t>\-+*\d.)]*\[[^\]]+\]:/.test(raw);
}
function interruptsTable(raw) {
  return blockStart.atxHeading.test(raw) || blockStart.fence.test(raw) || blockStart.blockQuote.test(raw) || blockStart.bullet.test(raw) || blockStart.thematicBreak.test(raw) || htmlBlockEnd(raw, false) !== void 0;
}
function unsureAfterTable(raw) {
  return blockStart.ordered.test(raw) || /^ {0,3}</.test(raw) || /^ {0,3}\[[^\]]+\]:/.test(raw);
}
function interruptsParagraph(raw) {
  return blockStart.atxHeading.test(raw) || blockStart.fence.test(raw) || blockStart.blockQuote.test(raw) || /^ {0,3}[-+*][ \t]+\S/.test(raw) || /^ {0,3}1[.)][ \t]+\S/.test(raw) || blockStart.thematicBreak.test(raw) || htmlBlockEnd(raw, false) !== void 0;
}
var blockTags = new Set(
  "address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul".split(" ")
);
function htmlBlockEnd(raw, mayBeKind7) {
  const line = raw.replace(/^ {0,3}/, "");
  if (raw.length - line.length > 3 || !line.startsWith("<")) return void 0;
  if (/^<(?:script|pre|style|textarea)(?:\s|>|$)/i.test(line)) return /<\/(?:script|pre|style|textarea)>/i;
  if (line.startsWith("<!--")) return /-->/;
  if (line.startsWith("<?")) return /\?>/;
  if (/^<![A-Za-z]/.test(line)) return />/;
  if (line.startsWith("<![CDATA[")) return /\]\]>/;
  const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s|\/?>|$)/.exec(line);
  if (tag && blockTags.has(tag[1].toLowerCase())) return "blank";
  if (mayBeKind7 && /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/.test(line)) return "blank";
  return void 0;
}

// src/parse/parser.ts
var loaded;
function loadedMarkdownParser() {
  return loaded;
}
async function loadMarkdownParser() {
  loaded ??= (await import("./remark-IBRJWHWW.js")).parseMarkdown;
  return loaded;
}

// src/parse/remark-model.ts
function remarkModel(text, root, columnNames) {
  const lineStarts = lineStartsOf(text);
  const point = (offset) => pointAt(lineStarts, offset);
  const tables = [];
  const directives = [];
  const definitions = /* @__PURE__ */ new Set();
  const shielded = [];
  const headings = [];
  walk(root, (node) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    switch (node.type) {
      case "heading": {
        while (headings.length > 0 && (headings.at(-1)?.depth ?? 0) >= node.depth) headings.pop();
        headings.push({ depth: node.depth, text: visibleText(node) });
        return true;
      }
      case "definition":
        definitions.add(node.identifier.toLowerCase());
        return true;
      case "html":
        shielded.push([start, end]);
        directives.push(...directivesIn(node.value, node.position?.start.line ?? 1));
        return false;
      case "code":
      case "inlineCode":
        shielded.push([start, end]);
        return false;
      case "table":
        shielded.push([start, end]);
        tables.push(buildTable(node, text, lineStarts, point, headings.map((h) => h.text), columnNames));
        return true;
      default:
        return true;
    }
  });
  directives.sort((a, b) => a.line - b.line);
  const orphans = findOrphans(text, lineStarts, shielded, tables);
  return { lineStarts, tables, orphans, directives, definitions };
}
function documentLinksOf(root) {
  const links = [];
  walk(root, (node) => {
    if (node.type === "link" || node.type === "definition") {
      links.push({ url: node.url, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 });
    }
  });
  return links;
}
function buildTable(node, text, lineStarts, point, section, columnNames) {
  const toRow = (row) => {
    const line = row.position?.start.line ?? 1;
    return {
      line,
      raw: lineText(text, lineStarts, line),
      lineOffset: lineStarts[line - 1] ?? 0,
      // The cell's own range runs from its opening pipe to the next one (the last cell includes the
      // closing pipe). Inline nodes are no guide: the GFM autolink step leaves some without positions.
      cells: row.children.map((cell) => {
        const [start, end] = cellContentRange(text, cell);
        return cellOf(cell, text.slice(start, end), start, end, point);
      })
    };
  };
  const [headerNode, ...rowNodes] = node.children;
  const header = toRow(headerNode);
  const assignment = assignColumns(
    header.cells.map((cell) => cell.text),
    columnNames
  );
  return {
    section,
    header,
    delimiterLine: header.line + 1,
    ...assignment,
    rows: rowNodes.map(toRow),
    start: point(node.position?.start.offset ?? 0),
    end: point(node.position?.end.offset ?? 0)
  };
}
function findOrphans(text, lineStarts, shielded, tables) {
  shielded.sort((a, b) => a[0] - b[0]);
  const numbers = [];
  let shieldIndex = 0;
  for (let line2 = 1; line2 <= lineStarts.length; line2 += 1) {
    const raw = lineText(text, lineStarts, line2);
    if (!looksLikeRow(raw)) continue;
    const pipeAt = lineStarts[line2 - 1] + raw.search(/[^ \t]/);
    while (shieldIndex < shielded.length && (shielded[shieldIndex]?.[1] ?? 0) <= pipeAt) shieldIndex += 1;
    if (!isShielded(shielded, shieldIndex, pipeAt)) numbers.push(line2);
  }
  const line = (n) => lineText(text, lineStarts, n);
  return orphanBlocks(numbers, line, new Set(tables.map((t) => t.end.line)));
}
function isShielded(shielded, from, offset) {
  for (let i = from; i < shielded.length; i += 1) {
    const range = shielded[i];
    if (range[0] > offset) return false;
    if (offset >= range[0] && offset < range[1]) return true;
  }
  return false;
}

// src/parse/build.ts
var defaultModelOptions = {
  columns: defaultColumnNames,
  venuePlaceholders: defaultVenuePlaceholders,
  documentLinks: false,
  parser: "auto"
};
var stripBom = (text) => text.charCodeAt(0) === 65279 ? text.slice(1) : text;
async function buildModel(path, text, options = defaultModelOptions) {
  return tryBuildModel(path, text, options, loadedMarkdownParser()) ?? tryBuildModel(path, text, options, await loadMarkdownParser());
}
function tryBuildModel(path, text, options, parser) {
  let scanned;
  if (options.parser !== "remark") scanned = fastModel(text, options.columns, parser);
  if (scanned === needsParser) return void 0;
  const needsTree = scanned === void 0 || options.documentLinks;
  if (needsTree && !parser) return void 0;
  const root = needsTree ? parser(text) : void 0;
  const document = scanned ?? remarkModel(text, root, options.columns);
  return {
    path,
    text,
    ...document,
    papers: paperEntries(document.tables),
    venuePlaceholders: new Set(options.venuePlaceholders.map((p) => p.trim().toLowerCase())),
    ...options.documentLinks && root && { documentLinks: documentLinksOf(root) }
  };
}

// src/fix/apply.ts
function applyFixes(text, findings) {
  const taken = [];
  let applied = 0;
  const overlaps = (a, b) => a.offset < b.offset + b.length && b.offset < a.offset + a.length || // Two insertions at one place, or an insertion at the edge of a replacement, would be ambiguous.
  a.offset === b.offset || a.length === 0 && a.offset > b.offset && a.offset < b.offset + b.length || b.length === 0 && b.offset > a.offset && b.offset < a.offset + a.length;
  for (const finding of findings) {
    const edits = finding.fix;
    if (!edits || edits.length === 0) continue;
    if (edits.some((edit) => edit.offset < 0 || edit.offset + edit.length > text.length)) continue;
    if (edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...edits);
    applied += 1;
  }
  taken.sort((a, b) => b.offset - a.offset);
  let output = text;
  for (const edit of taken) output = output.slice(0, edit.offset) + edit.text + output.slice(edit.offset + edit.length);
  return { text: output, applied };
}

// ../../work/main/node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// ../../work/main/node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// ../../work/main/node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// ../../work/main/node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/config/config.ts
var configFileName = ".lint-list.json";
function defaultConfig() {
  return {
    columns: structuredClone(defaultColumnNames),
    links: { scope: "tables", exclude: [], hosts: {}, acceptStatus: [], allowPrivateHosts: false },
    rules: Object.fromEntries(rules.map((rule) => [rule.id, { severity: void 0, options: structuredClone(rule.defaultOptions) }]))
  };
}
var severities = ["off", "warning", "error"];
function parseConfig(text, path) {
  const errors = [];
  const root = parseTree2(text.replace(/^\uFEFF/, ""), errors, { disallowComments: true, allowTrailingComma: false });
  const lineStarts = lineStartsOf(text);
  const where = (offset) => {
    const point = pointAt(lineStarts, offset);
    return `${path}:${point.line}:${point.column}`;
  };
  const fail = (node, message) => {
    throw new ConfigError(`${where(node?.offset ?? 0)}: ${message}`);
  };
  if (text.trim() === "") throw new ConfigError(`${path}:1:1: the config is empty: write {} for the defaults, or e.g. {"rules": {"missing-venue": "warning"}}`);
  const firstError = errors[0];
  if (firstError) throw new ConfigError(`${where(firstError.offset)}: invalid JSON (${printParseErrorCode(firstError.error)})`);
  if (!root || root.type !== "object") return fail(root, 'the config must be a JSON object, e.g. {"rules": {"missing-venue": "warning"}}');
  const config = defaultConfig();
  for (const [key, value] of properties(root)) {
    if (key.value === "columns") readColumns(value, config, fail);
    else if (key.value === "rules") readRules(value, config, fail);
    else if (key.value === "links") readLinks(value, config.links, fail);
    else if (key.value === "$schema") continue;
    else fail(key, `unknown key ${JSON.stringify(key.value)}; the config knows "columns", "rules" and "links"`);
  }
  return config;
}
function properties(object) {
  return (object.children ?? []).map((property) => {
    const [key, value] = property.children ?? [];
    return [key, value];
  });
}
function stringList(node, what, fail) {
  if (node.type !== "array") fail(node, `${what} must be a list of strings, e.g. ["Title", "Paper"]`);
  return (node.children ?? []).map((item) => {
    if (item.type !== "string") fail(item, `${what} must hold only strings`);
    return item.value;
  });
}
function readColumns(node, config, fail) {
  if (node.type !== "object") fail(node, 'columns must be an object with "title", "venue" and "link" lists');
  for (const [key, value] of properties(node)) {
    if (key.value !== "title" && key.value !== "venue" && key.value !== "link") {
      fail(key, `unknown column role ${JSON.stringify(key.value)}; roles are "title", "venue" and "link"`);
    }
    config.columns[key.value] = stringList(value, `columns.${key.value}`, fail);
  }
}
function readRules(node, config, fail) {
  if (node.type !== "object") fail(node, 'rules must be an object, e.g. {"missing-venue": "warning"}');
  for (const [key, value] of properties(node)) {
    const rule = rules.find((r) => r.id === key.value);
    if (!rule) fail(key, `unknown rule ${JSON.stringify(key.value)}; rules are ${rules.map((r) => r.id).join(", ")}`);
    const setting = config.rules[key.value];
    const readSeverity = (severityNode) => {
      if (severityNode.type !== "string" || !severities.includes(severityNode.value)) {
        fail(severityNode, `severity of ${key.value} must be "off", "warning" or "error", not ${JSON.stringify(severityNode.value)}`);
      }
      setting.severity = severityNode.value;
    };
    if (value.type === "string") {
      readSeverity(value);
      continue;
    }
    if (value.type !== "object") fail(value, `${key.value} takes a severity ("off", "warning", "error") or an object of options`);
    const specs = rule?.optionSpecs ?? {};
    for (const [optionKey, optionValue] of properties(value)) {
      if (optionKey.value === "severity") {
        readSeverity(optionValue);
        continue;
      }
      const spec = specs[optionKey.value];
      if (!spec) {
        const known = ["severity", ...Object.keys(specs)].map((k) => `"${k}"`).join(", ");
        fail(optionKey, `unknown option ${JSON.stringify(optionKey.value)} for ${key.value}; it takes ${known}`);
      }
      setting.options[optionKey.value] = readOption(optionValue, spec, `${key.value}.${optionKey.value}`, fail);
    }
  }
}
function readOption(node, spec, what, fail) {
  if (spec.type === "string-list") return stringList(node, what, fail);
  if (node.type !== "string" || !spec.values.includes(node.value)) {
    fail(node, `${what} must be ${spec.values.map((v) => JSON.stringify(v)).join(" or ")}, not ${JSON.stringify(node.value)}`);
  }
  return node.value;
}
var linkNumbers = ["timeout", "retries", "concurrency", "hostConcurrency", "maxRetryAfter", "cacheMaxAge", "totalTimeout"];
var linkKeys = ["scope", "exclude", "hosts", "acceptStatus", "allowPrivateHosts", "userAgent", ...linkNumbers];
function readLinks(node, links, fail) {
  if (node.type !== "object") fail(node, 'links must be an object, e.g. {"exclude": ["^https://example\\.org/"]}');
  for (const [key, value] of properties(node)) {
    const name = key.value;
    if (linkNumbers.includes(name)) {
      const minimum = name === "retries" ? 0 : 1;
      links[name] = wholeNumber(value, `links.${name}`, minimum, fail);
    } else if (name === "scope") {
      if (value.type !== "string" || value.value !== "tables" && value.value !== "all") {
        fail(value, `links.scope must be "tables" or "all", not ${JSON.stringify(value.value)}`);
      }
      links.scope = value.value;
    } else if (name === "exclude") {
      links.exclude = stringList(value, "links.exclude", fail).map((source, i) => regex(source, value.children?.[i], fail));
    } else if (name === "acceptStatus") {
      if (value.type !== "array") fail(value, "links.acceptStatus must be a list of HTTP status codes, e.g. [403]");
      links.acceptStatus = (value.children ?? []).map((item) => {
        const status = wholeNumber(item, "links.acceptStatus", 100, fail);
        if (status > 599) fail(item, `links.acceptStatus holds ${status}, which is no HTTP status (100\u2013599)`);
        return status;
      });
    } else if (name === "allowPrivateHosts") {
      if (value.type === "boolean") links.allowPrivateHosts = value.value;
      else if (value.type === "array") links.allowPrivateHosts = stringList(value, "links.allowPrivateHosts", fail);
      else fail(value, 'links.allowPrivateHosts must be true, false or a list of hosts, e.g. ["127.0.0.2"]');
    } else if (name === "userAgent") {
      if (value.type !== "string" || value.value === "") fail(value, "links.userAgent must be a non-empty string");
      links.userAgent = value.value;
    } else if (name === "hosts") {
      links.hosts = readHosts(value, fail);
    } else {
      fail(key, `unknown key ${JSON.stringify(name)} in links; it takes ${linkKeys.map((k) => `"${k}"`).join(", ")}`);
    }
  }
}
function readHosts(node, fail) {
  if (node.type !== "object") fail(node, 'links.hosts must be an object keyed by host name, e.g. {"arxiv.org": {"interval": 1000}}');
  const hosts = {};
  for (const [key, value] of properties(node)) {
    const where = `links.hosts.${key.value}`;
    if (value.type !== "object") fail(value, `${where} must be an object with "concurrency", "interval" or "headers"`);
    const setting = {};
    for (const [optionKey, optionValue] of properties(value)) {
      if (optionKey.value === "concurrency" || optionKey.value === "interval") {
        const option = optionKey.value;
        setting[option] = wholeNumber(optionValue, `${where}.${option}`, option === "interval" ? 0 : 1, fail);
      } else if (optionKey.value === "headers") {
        if (optionValue.type !== "object") fail(optionValue, `${where}.headers must be an object of header names and values`);
        setting.headers = Object.fromEntries(
          properties(optionValue).map(([header, headerValue]) => {
            if (headerValue.type !== "string") fail(headerValue, `${where}.headers.${header.value} must be a string`);
            return [header.value, headerValue.value];
          })
        );
      } else {
        fail(optionKey, `unknown key ${JSON.stringify(optionKey.value)} in ${where}; it takes "concurrency", "interval", "headers"`);
      }
    }
    hosts[key.value.toLowerCase()] = setting;
  }
  return hosts;
}
function wholeNumber(node, what, minimum, fail) {
  if (node.type !== "number" || !Number.isSafeInteger(node.value) || node.value < minimum) {
    fail(node, `${what} must be a whole number of at least ${minimum}, not ${JSON.stringify(node.value)}`);
  }
  return node.value;
}
function regex(source, node, fail) {
  try {
    return new RegExp(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, "") : String(error);
    return fail(node, `links.exclude holds an invalid regular expression: ${reason}`);
  }
}

// src/engine/lint.ts
function modelOptionsOf(config, documentLinks = false) {
  const placeholders = config.rules["missing-venue"]?.options.placeholders;
  return { columns: config.columns, venuePlaceholders: placeholders ?? defaultVenuePlaceholders, documentLinks, parser: "auto" };
}
function lintModel(model, config, facts = {}) {
  const suppressed = createSuppressor(model.directives);
  const messages = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    if (setting?.severity === "off") continue;
    const options = { ...rule.defaultOptions, ...setting?.options };
    for (const finding of rule.check(model, options, facts)) {
      if (suppressed(finding.ruleId, finding.line)) continue;
      messages.push({ ...finding, severity: severityOf(finding.severity, rule.defaultSeverity, setting?.severity) });
    }
  }
  return { path: model.path, messages: sortFindings(messages) };
}
function severityOf(found, ruleDefault, configured) {
  if (configured === void 0 || configured === "off" || configured === ruleDefault) return found;
  return configured;
}
function sortFindings(findings) {
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
}

// src/engine/fix.ts
var maxRounds = 10;
async function fixText(path, original, config, options = {}) {
  const bom = original.length - stripBom(original).length;
  let text = stripBom(original);
  let repaired = 0;
  for (let round = 0; round < maxRounds; round += 1) {
    const model = await buildModel(path, text, options.modelOptions ?? modelOptionsOf(config));
    const result = lintModel(model, config, options.facts);
    const fixable = result.messages.filter((m) => m.fix && (options.select?.(m) ?? true));
    if (fixable.length === 0) break;
    const next = applyFixes(text, fixable);
    if (next.applied === 0 || next.text === text) break;
    repaired += next.applied;
    text = next.text;
  }
  return { text: original.slice(0, bom) + text, repaired };
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

// src/engine/link-options.ts
var defaultTotalTimeoutMs = 30 * 60 * 1e3;
function linkCheckOptions(config, flags) {
  const hosts = { ...defaultLinkCheckOptions.hosts };
  for (const [host, setting] of Object.entries(config.hosts)) {
    hosts[host] = {
      ...hosts[host],
      ...setting.concurrency !== void 0 && { concurrency: setting.concurrency },
      ...setting.interval !== void 0 && { intervalMs: setting.interval },
      ...setting.headers !== void 0 && { headers: setting.headers }
    };
  }
  return {
    ...defaultLinkCheckOptions,
    timeoutMs: flags.timeout ?? config.timeout ?? defaultLinkCheckOptions.timeoutMs,
    retries: flags.retries ?? config.retries ?? defaultLinkCheckOptions.retries,
    concurrency: flags.concurrency ?? config.concurrency ?? defaultLinkCheckOptions.concurrency,
    hostConcurrency: flags.hostConcurrency ?? config.hostConcurrency ?? defaultLinkCheckOptions.hostConcurrency,
    hosts,
    acceptStatus: config.acceptStatus,
    userAgent: config.userAgent ?? defaultLinkCheckOptions.userAgent,
    allowPrivateHosts: flags.allowPrivateHosts ? true : config.allowPrivateHosts,
    exclude: config.exclude,
    maxRetryAfterMs: config.maxRetryAfter ?? defaultLinkCheckOptions.maxRetryAfterMs,
    totalTimeoutMs: config.totalTimeout ?? defaultTotalTimeoutMs
  };
}

// src/engine/index.ts
async function lintFiles(request) {
  const { config } = request;
  const enabled = rules.filter((rule) => config.rules[rule.id]?.severity !== "off");
  const gatherLinks = request.links !== void 0 && enabled.some((rule) => rule.meta.needs.includes("links"));
  const modelOptions = {
    ...modelOptionsOf(config, gatherLinks && config.links.scope === "all"),
    parser: request.parser ?? "auto"
  };
  const texts = request.files.map((file) => stripBom(file.text));
  const models = [];
  for (const [i, file] of request.files.entries()) models.push(await buildModel(file.path, texts[i], modelOptions));
  const facts = {};
  let links;
  if (gatherLinks && request.links) {
    const { checkModelLinks } = await import("./run-TNBA57U6.js");
    const { flags, cache, select, onProgress } = request.links;
    links = await checkModelLinks(models, config.links.scope, {
      ...linkCheckOptions(config.links, flags),
      ...cache && { cache },
      ...onProgress && { onProgress }
    }, select);
    const verdicts = /* @__PURE__ */ new Map();
    for (const result of links) {
      const key = linkKey(result.url);
      if (key !== void 0) verdicts.set(key, result);
    }
    facts.links = { scope: config.links.scope, verdicts };
  }
  const files = [];
  for (const [i, file] of request.files.entries()) {
    let model = models[i];
    let fixed = file.text;
    if (request.fix) {
      fixed = (await fixText(file.path, file.text, config, { facts, modelOptions, ...request.fix.select && { select: request.fix.select } })).text;
      if (fixed !== file.text) model = await buildModel(file.path, stripBom(fixed), modelOptions);
    }
    files.push({ ...lintModel(model, config, facts), text: file.text, fixed });
  }
  return { files, ...links && { links } };
}

// src/read-input.ts
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
async function loadConfig(explicit, cwd) {
  const path = explicit ?? configFileName;
  let text;
  try {
    text = await readFile(resolve(cwd, path), "utf8");
  } catch (error) {
    if (explicit === void 0 && error.code === "ENOENT") return defaultConfig();
    throw new InputError(`cannot read config ${path}: ${describeFsError(error)}`);
  }
  return parseConfig(text, path);
}
var maxListBytes = 20 * 1024 * 1024;
async function readList(absolute, shown) {
  let bytes;
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) throw new InputError(`${shown} is a directory; name the markdown file, e.g. ${shown}/README.md`);
    if (info.size > maxListBytes) {
      throw new InputError(`${shown} is ${(info.size / 1024 / 1024).toFixed(1)} MB; lint-list reads lists of up to 20 MB`);
    }
    bytes = await readFile(absolute);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${shown}: ${describeFsError(error)}`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(`${shown} looks binary (a NUL byte at offset ${nul}); lint-list reads markdown text`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${shown} is not valid UTF-8 (first bad byte on line ${firstInvalidLine(bytes)}); save it as UTF-8 and run again`);
  }
}
function firstInvalidLine(bytes) {
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const bad = lenient.indexOf("\uFFFD");
  return lenient.slice(0, Math.max(bad, 0)).split("\n").length;
}
function describeFsError(error) {
  const code = error.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  return error instanceof Error ? error.message : String(error);
}

// src/report/counts.ts
function countSeverities(files) {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const message of file.messages) {
      if (message.severity === "error") errors += 1;
      else warnings += 1;
    }
  }
  return { errors, warnings };
}

// src/report/sarif.ts
function formatSarif(files, rules2) {
  const indexOf = /* @__PURE__ */ new Map();
  rules2.forEach((rule, index) => {
    if (!indexOf.has(rule.id)) indexOf.set(rule.id, index);
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "lint-list",
            version,
            informationUri: repositoryUrl,
            rules: rules2.map((rule) => ({
              id: rule.id,
              name: pascalCase(rule.id),
              shortDescription: { text: rule.meta.description },
              helpUri: rule.meta.docs,
              defaultConfiguration: { level: rule.defaultSeverity }
            }))
          }
        },
        columnKind: "utf16CodeUnits",
        results: files.flatMap((file) => {
          const artifactLocation = artifactLocationOf(file.path);
          return file.messages.map((finding) => resultOf(finding, artifactLocation, indexOf.get(finding.ruleId)));
        })
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function pascalCase(id9) {
  return id9.split(/[^A-Za-z0-9]+/).filter((part) => part !== "").map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}`).join("");
}
function resultOf(finding, artifactLocation, ruleIndex) {
  return {
    ruleId: finding.ruleId,
    ...ruleIndex !== void 0 && { ruleIndex },
    level: finding.severity,
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation, region: regionOf(finding) } }]
  };
}
function regionOf(finding) {
  const atLeastOne = (n) => Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
  const startLine = atLeastOne(finding.line);
  const startColumn = atLeastOne(finding.column);
  const endLine = Math.max(startLine, atLeastOne(finding.endLine));
  const endColumn = endLine === startLine ? Math.max(startColumn, atLeastOne(finding.endColumn)) : atLeastOne(finding.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}
function artifactLocationOf(path) {
  const slashed = path.replace(/\\/g, "/");
  const drive = /^([A-Za-z]):\//.exec(slashed);
  if (drive) return { uri: `file:///${drive[1]}:/${encodePath(slashed.slice(3))}` };
  if (slashed.startsWith("//")) return { uri: `file:${encodePath(slashed)}` };
  if (slashed.startsWith("/")) return { uri: `file://${encodePath(slashed)}` };
  const relative = encodePath(slashed.replace(/^(\.\/)+/, ""));
  const slash = relative.indexOf("/");
  const first = slash < 0 ? relative : relative.slice(0, slash);
  return { uri: `${first.replace(/:/g, "%3A")}${relative.slice(first.length)}`, uriBaseId: "%SRCROOT%" };
}
function encodePath(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment).replace(/%(2[46B-C]|3[ABD]|40)/g, (escape) => decodeURIComponent(escape))).join("/");
}

// src/report/plural.ts
var plural = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

// src/report/stylish.ts
var ansi = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1, underline: 4 };
function formatStylish(files, options) {
  const paint = (style, text) => options.color ? `${[style].flat().map((s) => `\x1B[${ansi[s]}m`).join("")}${text}\x1B[0m` : text;
  const out = [];
  for (const file of files) {
    if (file.messages.length === 0) continue;
    out.push(paint("underline", file.path));
    const places = file.messages.map((m) => `${m.line}:${m.column}`);
    const placeWidth = Math.max(...places.map((p) => p.length));
    file.messages.forEach((m, i) => {
      const place = places[i].padEnd(placeWidth);
      const severity = m.severity === "error" ? paint("red", "error  ") : paint("yellow", "warning");
      out.push(`  ${paint("dim", place)}  ${severity}  ${m.message}  ${paint("dim", m.ruleId)}`);
    });
    out.push("");
  }
  if (options.links) out.push(linkSummary(options.links));
  const { errors, warnings } = countSeverities(files);
  const total = errors + warnings;
  if (total === 0) {
    const checked = files.length === 1 ? "1 file" : `${files.length} files`;
    out.push(paint("green", `\u2714 no problems in ${checked}`));
  } else {
    const summary = `\u2716 ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
    out.push(paint(errors > 0 ? ["red", "bold"] : ["yellow", "bold"], summary));
  }
  return `${out.join("\n")}
`;
}
function linkSummary(links) {
  const count = (verdict) => links.filter((link) => link.verdict === verdict).length;
  return `${plural(links.length, "link")} checked: ${count("alive")} alive, ${count("dead")} dead, ${count("unverified")} unverified, ${count("skipped")} skipped`;
}

export {
  UsageError,
  isUserError,
  version,
  rules,
  compareRuleImportance,
  configFileName,
  lintFiles,
  loadConfig,
  readList,
  countSeverities,
  formatSarif,
  plural,
  formatStylish,
  linkSummary
};
