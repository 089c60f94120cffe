import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  InputError,
  assignColumns,
  blockStart,
  configFileName,
  defaultColumnNames,
  defaultConfig,
  defaultVenuePlaceholders,
  looksLikeRow,
  ruleIds,
  rules,
  tableConventions
} from "./chunk-UAS2DYFC.js";
import {
  cellOf,
  exactly,
  paperEntries,
  visibleText,
  walk
} from "./chunk-LA4L7U6P.js";
import {
  defaultLinkCheckOptions,
  lineStartsOf,
  lineText,
  linksInScope,
  pointAt
} from "./chunk-E7S43KQM.js";
import {
  linkKey,
  paperIdOf
} from "./chunk-UEHH3VF2.js";
import {
  repositoryUrl,
  version
} from "./chunk-VS7LWJUL.js";

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
  const { parseConfig } = await import("./config-K2ZQK55M.js");
  return parseConfig(text, path);
}
var maxListBytes = 20 * 1024 * 1024;
async function readList(absolute, shown) {
  return listFromBytes(await readBytes(absolute, shown, async () => readFile(absolute)), shown);
}
async function readListWithSnapshot(absolute, shown) {
  const { readWithSnapshot } = await import("./atomic-write-QJZOJZOP.js");
  let expected;
  const bytes = await readBytes(absolute, shown, async () => {
    const read = await readWithSnapshot(absolute);
    expected = read.expected;
    return read.bytes;
  });
  return { text: listFromBytes(bytes, shown), expected };
}
async function readBytes(absolute, shown, read) {
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) throw new InputError(`${shown} is a directory; name the markdown file, e.g. ${shown}/README.md`);
    if (info.size > maxListBytes) throw tooLarge(shown, info.size);
    return await read();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${shown}: ${describeFsError(error)}`);
  }
}
var tooLarge = (shown, size) => new InputError(`${shown} is ${(size / 1024 / 1024).toFixed(1)} MB; lint-list reads lists of up to 20 MB`);
function listFromBytes(bytes, shown) {
  if (bytes.length > maxListBytes) throw tooLarge(shown, bytes.length);
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
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((part) => part !== "").map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}`).join("");
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
  if (options.papers) out.push(paperSummary(options.papers));
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
function paperSummary(papers) {
  return `${plural(papers.lookedUp, "paper")} looked up: ${papers.found} found, ${papers.nonexistent} not found, ${papers.unverified} unverified`;
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

// src/parse/comments.ts
var directivePattern = /<!--\s*lint-list-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;
function directivesIn(html, startLine) {
  const found = [];
  for (const match of html.matchAll(directivePattern)) {
    const before = html.slice(0, match.index);
    const line = startLine + countNewlines(before);
    const endLine = line + countNewlines(match[0]);
    found.push({ kind: match[1], ruleIds: ruleIdsOf(match[2] ?? ""), line, endLine });
  }
  return found;
}
var ruleIdsOf = (list) => list.split(/[\s,]+/).filter(Boolean);
function countNewlines(text) {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}
function createSuppressor(directives) {
  const credits = /* @__PURE__ */ new Map();
  const credit = (directive, ruleId) => {
    let ids = credits.get(directive);
    if (!ids) credits.set(directive, ids = /* @__PURE__ */ new Set());
    ids.add(directive.ruleIds.length === 0 ? "" : ruleId);
  };
  const names = (d, ruleId) => d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
  const singleByLine = /* @__PURE__ */ new Map();
  const onLine = (line, d) => {
    const list = singleByLine.get(line);
    if (list) list.push(d);
    else singleByLine.set(line, [d]);
  };
  const blanket = [];
  const byRule = /* @__PURE__ */ new Map();
  const idleEnables = [];
  let allDisabled = false;
  const overrides = /* @__PURE__ */ new Map();
  let disabledOverrides = 0;
  directives.forEach((d, index) => {
    if (d.kind === "disable-line") {
      for (let line = d.line; line <= d.endLine; line += 1) onLine(line, d);
      return;
    }
    if (d.kind === "disable-next-line") {
      onLine(d.endLine + 1, d);
      return;
    }
    const disable = d.kind === "disable";
    if (d.ruleIds.length === 0) {
      if (!disable && !allDisabled && disabledOverrides === 0) idleEnables.push({ directive: d });
      blanket.push({ line: d.line, index, disable, directive: d });
      allDisabled = disable;
      overrides.clear();
      disabledOverrides = 0;
      return;
    }
    for (const id of new Set(d.ruleIds)) {
      const before = overrides.get(id) ?? allDisabled;
      if (!disable && !before) idleEnables.push({ directive: d, ruleId: id });
      const previous = overrides.get(id);
      if (previous === true) disabledOverrides -= 1;
      overrides.set(id, disable);
      if (disable) disabledOverrides += 1;
      const changes = byRule.get(id);
      const change = { line: d.line, index, disable, directive: d };
      if (changes) changes.push(change);
      else byRule.set(id, [change]);
    }
  });
  const suppresses = (ruleId, line) => {
    for (const d of singleByLine.get(line) ?? []) {
      if (names(d, ruleId)) {
        credit(d, ruleId);
        return true;
      }
    }
    const named = lastAtOrBefore(byRule.get(ruleId), line);
    const all = lastAtOrBefore(blanket, line);
    const decides = named && all ? named.index > all.index ? named : all : named ?? all;
    if (!decides?.disable) return false;
    credit(decides.directive, ruleId);
    return true;
  };
  const unused = ({ known, judged, all }) => {
    const found = [];
    for (const d of directives) {
      if (d.kind === "enable") continue;
      const credited = credits.get(d);
      if (d.ruleIds.length === 0) {
        if (!credited && all) found.push({ directive: d });
        continue;
      }
      for (const id of new Set(d.ruleIds)) if (judged(id) && !credited?.has(id)) found.push({ directive: d, ruleId: id });
    }
    const enables = idleEnables.filter((idle) => idle.ruleId === void 0 || known(idle.ruleId));
    return [...found, ...enables];
  };
  return { suppresses, unused };
}
function lastAtOrBefore(changes, line) {
  if (!changes) return void 0;
  let low = 0;
  let high = changes.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (changes[middle].line <= line) low = middle + 1;
    else high = middle;
  }
  return changes[low - 1];
}
function placesOf(text, lineStarts, directives) {
  const places = /* @__PURE__ */ new Map();
  const claimed = /* @__PURE__ */ new Set();
  for (const directive of directives) {
    if (places.has(directive)) continue;
    const from = lineStarts[directive.line - 1];
    if (from === void 0) continue;
    const to = lineStarts[directive.line] ?? text.length;
    const pattern = new RegExp(directivePattern.source, "y");
    for (let open = text.indexOf("<!--", from); open !== -1 && open < to; open = text.indexOf("<!--", open + 4)) {
      pattern.lastIndex = open;
      const match = pattern.exec(text);
      if (!match) continue;
      const list = match[2] ?? "";
      if (claimed.has(open) || match[1] !== directive.kind || ruleIdsOf(list).join(" ") !== directive.ruleIds.join(" ")) continue;
      claimed.add(open);
      const listStart = open + match[0].length - 3 - list.length;
      const ids = [];
      for (const id of list.matchAll(/[^\s,]+/g)) ids.push({ id: id[0], start: listStart + id.index, end: listStart + id.index + id[0].length });
      places.set(directive, { start: open, end: open + match[0].length, ids });
      break;
    }
  }
  return places;
}
function closestName(name, names) {
  const simple = (s) => s.toLowerCase().replace(/[-_\s]/g, "");
  let best;
  let bestDistance = Infinity;
  for (const candidate of names) {
    const distance = editDistance(simple(name), simple(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(1, Math.floor(simple(name).length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  if (Math.abs(a.length - b.length) > 8) return Math.abs(a.length - b.length);
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i];
      const above = rows[i - 1];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], rows[i - 2]?.[j - 2] + 1);
    }
  }
  return rows[a.length]?.[b.length];
}

// src/parse/fast-inline.ts
function parseInline(source, base, point, options = {}) {
  return new InlineReader(source, base, point, options).read();
}
var maxNesting = 64;
var tooDeep = "emphasis or links nested more than 64 deep";
var normalizeLabel = (label) => (
  // Printable ASCII without runs of spaces or spaces at the ends (most labels) only needs lower case.
  simpleLabel.test(label) ? label.toLowerCase() : label.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase().toLowerCase()
);
var simpleLabel = /^(?! )(?!.* {2})(?!.* $)[\x20-\x7e]*$/;
var unicodeWhitespace = /\s/;
var unicodePunctuation = /[\p{P}\p{S}]/u;
var isWhitespace = (code) => code < 0 || code === 32 || code >= 9 && code <= 13 || code >= 128 && unicodeWhitespace.test(String.fromCharCode(code));
var isPunctuation = (code) => code < 128 ? isAsciiPunctuation(code) : unicodePunctuation.test(String.fromCharCode(code));
var classify = (code) => isWhitespace(code) ? 1 : isPunctuation(code) ? 2 : 0;
var isAsciiAlpha = (code) => code >= 65 && code <= 90 || code >= 97 && code <= 122;
var isAsciiDigit = (code) => code >= 48 && code <= 57;
var isAsciiAlphanumeric = (code) => isAsciiAlpha(code) || isAsciiDigit(code);
var isAsciiControl = (code) => code >= 0 && (code < 32 || code === 127);
var isAsciiPunctuation = (code) => code >= 33 && code <= 47 || code >= 58 && code <= 64 || code >= 91 && code <= 96 || code >= 123 && code <= 126;
var isBlank2 = (code) => code === 32 || code === 9 || code === 10 || code === 13;
var isAtext = (code) => code >= 35 && code <= 39 || code === 42 || code === 43 || code >= 45 && code <= 57 || code === 61 || code === 63 || code >= 65 && code <= 90 || code >= 94 && code <= 126;
var namedReferences = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  hellip: "\u2026",
  mdash: "\u2014",
  ndash: "\u2013",
  middot: "\xB7",
  times: "\xD7",
  divide: "\xF7",
  rarr: "\u2192",
  larr: "\u2190",
  harr: "\u2194",
  uarr: "\u2191",
  darr: "\u2193",
  rArr: "\u21D2",
  lArr: "\u21D0",
  hArr: "\u21D4",
  laquo: "\xAB",
  raquo: "\xBB",
  ldquo: "\u201C",
  rdquo: "\u201D",
  lsquo: "\u2018",
  rsquo: "\u2019",
  bull: "\u2022",
  deg: "\xB0",
  plusmn: "\xB1",
  micro: "\xB5",
  para: "\xB6",
  sect: "\xA7",
  cent: "\xA2",
  pound: "\xA3",
  euro: "\u20AC",
  yen: "\xA5",
  shy: "\xAD",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  zwnj: "\u200C",
  zwj: "\u200D",
  lrm: "\u200E",
  rlm: "\u200F",
  alpha: "\u03B1",
  beta: "\u03B2",
  gamma: "\u03B3",
  delta: "\u03B4",
  epsilon: "\u03B5",
  lambda: "\u03BB",
  mu: "\u03BC",
  pi: "\u03C0",
  sigma: "\u03C3",
  theta: "\u03B8",
  omega: "\u03C9",
  Delta: "\u0394",
  Sigma: "\u03A3",
  le: "\u2264",
  ge: "\u2265",
  ne: "\u2260",
  asymp: "\u2248",
  infin: "\u221E",
  sim: "\u223C",
  check: "\u2713",
  cross: "\u2717",
  star: "\u2606",
  hearts: "\u2665",
  dagger: "\u2020"
};
function decodeNumeric(value, radix) {
  const code = Number.parseInt(value, radix);
  if (code < 9 || code === 11 || code > 13 && code < 32 || code > 126 && code < 160 || code > 55295 && code < 57344 || code > 64975 && code < 65008 || (code & 65535) === 65535 || (code & 65535) === 65534 || code > 1114111) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code);
}
var characterReference = /&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z0-9]{1,31}));/y;
var emailLike = /[\w+.-]@[\w-]*\.[\w-]/;
var literalInText = /(?<![\da-z])(?:https?:\/\/|www\.)/i;
var httpPrefix = /https?:\/\//iy;
var wwwPrefix = /[wW]{3}\.(?=[^])/y;
var special = /[\\`<&[\]!*_~]/g;
var specialOrLiteral = /[\\`<&[\]!*_~hHwW]/g;
var autolinkUri = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\0- <>\x7f]*>/y;
var Item = class {
  constructor(kind, s, e) {
    this.kind = kind;
    this.s = s;
    this.e = e;
  }
  kind;
  s;
  e;
  prev = null;
  next = null;
  decoded = void 0;
  node = void 0;
  group = void 0;
  flags = 0;
  marker = 0;
};
function decodeDestination(raw, keepUnknown = false) {
  if (!/[\\&]/.test(raw)) return raw;
  let unknown = false;
  const decoded = raw.replace(/\\([!-/:-@[-`{-~])|&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z0-9]{1,31}));/g, (whole, escaped, decimal, hex, name) => {
    if (escaped !== void 0) return escaped;
    if (decimal !== void 0) return decodeNumeric(decimal, 10);
    if (hex !== void 0) return decodeNumeric(hex, 16);
    const known = Object.hasOwn(namedReferences, name) ? namedReferences[name] : void 0;
    if (known !== void 0) return known;
    unknown = true;
    return whole;
  });
  return unknown && !keepUnknown ? void 0 : decoded;
}
function escapedAt(source, at) {
  let i = at;
  while (i > 0 && source.charCodeAt(i - 1) === 92) i -= 1;
  return (at - i) % 2 === 1;
}
var maxLabelLength = 4096;
var Parentheses = class {
  constructor(src) {
    this.src = src;
    const n = src.length;
    const sums = new Int32Array(n + 1);
    let opens = 0;
    for (let i = 0; i < n; i += 1) {
      const c = src.charCodeAt(i);
      let step = 0;
      if (c === 92) {
        const next = src.charCodeAt(i + 1);
        if (next === 40 || next === 41 || next === 92) {
          sums[i + 1] = sums[i];
          sums[i + 2] = sums[i];
          i += 1;
          continue;
        }
      } else if (c === 40) {
        step = 1;
        opens += 1;
      } else if (c === 41) step = -1;
      sums[i + 1] = sums[i] + step;
    }
    this.sums = sums;
    this.opens = opens;
    const drops = new Int32Array(n + 1).fill(n + 1);
    const stack = new Int32Array(n + 1);
    let top = 0;
    for (let i = 0; i <= n; i += 1) {
      while (top > 0 && sums[stack[top - 1]] > sums[i]) drops[stack[--top]] = i;
      stack[top++] = i;
    }
    this.drops = drops;
    const stops = new Int32Array(n + 1);
    stops[n] = n;
    for (let i = n - 1; i >= 0; i -= 1) {
      const c = src.charCodeAt(i);
      stops[i] = c <= 32 || c === 127 ? i : stops[i + 1];
    }
    this.stops = stops;
  }
  src;
  sums;
  drops;
  stops;
  maxima;
  opens;
  destinationEnd(from) {
    const stop = this.stops[from];
    const drop = this.drops[from] - 1;
    const base = this.sums[from];
    let end;
    if (drop < stop) end = drop;
    else if (this.sums[stop] === base && (stop === this.src.length || isBlank2(this.src.charCodeAt(stop)))) end = stop;
    else return -1;
    return this.opens >= 33 && this.rangeMax(from + 1, end) - base >= 33 ? -1 : end;
  }
  /** The largest sum at positions from..to (a sparse table, built when first needed). */
  rangeMax(from, to) {
    if (to < from) return Number.NEGATIVE_INFINITY;
    if (!this.maxima) {
      const levels = [this.sums];
      for (let width = 1; width * 2 <= this.sums.length; width *= 2) {
        const previous = levels[levels.length - 1];
        const next = new Int32Array(this.sums.length - width * 2 + 1);
        for (let i = 0; i < next.length; i += 1) next[i] = Math.max(previous[i], previous[i + width]);
        levels.push(next);
      }
      this.maxima = levels;
    }
    const level = 31 - Math.clz32(to - from + 1);
    const table = this.maxima[level];
    return Math.max(table[from], table[to - (1 << level) + 1]);
  }
};
var Fail = class {
  constructor(reason) {
    this.reason = reason;
  }
  reason;
};
var InlineReader = class {
  constructor(source, base, point, options) {
    this.base = base;
    this.point = point;
    this.options = options;
    this.src = source;
    this.n = source.length;
    this.isDefined = options.isDefined;
    this.lenient = options.lenient === true;
    this.inTable = options.inTable === true;
  }
  base;
  point;
  options;
  src;
  n;
  isDefined;
  lenient;
  inTable;
  /** The list's sentinel head and its last item. */
  first = new Item(0 /* Text */, 0, 0);
  last = this.first;
  /** Label starts not yet used or balanced away (micromark's `_labelStarts`). */
  labels = [];
  /** Link label starts below this index are inactive: a link formed after them. */
  inactiveBelow = 0;
  /** Label starts neither used nor balanced: while there are any, no literal autolink starts. */
  openLabels = 0;
  /** Where the first attention run and the first strikethrough run were read (resolution order). */
  firstAttention = -1;
  firstTilde = -1;
  backtickRuns;
  searches = /* @__PURE__ */ new Map();
  trailMemo;
  parens;
  read() {
    try {
      if (!this.lenient && this.src.includes("@") && emailLike.test(this.src)) throw new Fail("an e-mail address GFM may link");
      this.tokenize();
      this.resolveTopLevel();
      return this.build(this.first.next, 0, this.n, false);
    } catch (error) {
      if (!(error instanceof Fail)) throw error;
      this.options.why?.(error.reason);
      if (!this.lenient) return void 0;
      return this.n === 0 ? [] : [{ type: "text", value: this.src, position: this.position(0, this.n) }];
    }
  }
  code(at) {
    return at >= 0 && at < this.n ? this.src.charCodeAt(at) : -1;
  }
  position(start, end) {
    return { start: this.point(this.base + start), end: this.point(this.base + end) };
  }
  /** The next index of `needle` at or after `from` (remembered: searches only move forward). */
  indexOf(needle, from) {
    const cached = this.searches.get(needle);
    if (cached && cached.from <= from && (cached.at === -1 || cached.at >= from)) return cached.at;
    const at = this.src.indexOf(needle, from);
    this.searches.set(needle, { from, at });
    return at;
  }
  /** The next `char` at or after `from` that no backslash escapes (remembered, as `indexOf`). */
  unescapedIndexOf(char, from) {
    const key = `\\${char}`;
    const cached = this.searches.get(key);
    if (cached && cached.from <= from && (cached.at === -1 || cached.at >= from)) return cached.at;
    let at = this.indexOf(char, from);
    while (at > 0 && escapedAt(this.src, at)) at = this.indexOf(char, at + 1);
    this.searches.set(key, { from, at });
    return at;
  }
  /**
   * Where a raw link destination starting at `from` ends (micromark's factoryDestination), or -1: at
   * the first blank, control character or end with its parentheses balanced, or at the `)` that would
   * unbalance them; a `(` 32 deep, or a blank with parentheses open, fails it. Short destinations are
   * walked; a long one is found through prefix sums of the parentheses (a cell of `[a](b` repeated
   * would otherwise walk to its end from every `](`).
   */
  destinationEnd(from) {
    let balance = 0;
    for (let i = from; i < from + 256; i += 1) {
      const c = this.code(i);
      if (balance === 0 && (c < 0 || c === 41 || isBlank2(c))) return i;
      if (c === 40 && balance < 32) balance += 1;
      else if (c === 41) balance -= 1;
      else if (c < 0 || c === 32 || c === 40 || isAsciiControl(c)) return -1;
      else if (c === 92 && [40, 41, 92].includes(this.code(i + 1))) i += 1;
    }
    const parens = this.parens ??= new Parentheses(this.src);
    return parens.destinationEnd(from);
  }
  // ---- the list ----
  append(item) {
    item.prev = this.last;
    this.last.next = item;
    this.last = item;
    return item;
  }
  /**
   * Text from `s` to `e`. The source's own characters need no item: text is whatever lies between
   * items. Only `decoded` text (an escape, a character reference) is an item.
   */
  text(s, e, decoded) {
    if (e <= s || decoded === void 0) return;
    const item = new Item(0 /* Text */, s, e);
    item.decoded = decoded;
    this.append(item);
  }
  nodeItem(s, e, node) {
    const item = new Item(1 /* Node */, s, e);
    item.node = node;
    this.append(item);
  }
  // ---- tokenizing, left to right, as micromark's text tokenizer does ----
  tokenize() {
    const src = this.src;
    const n = this.n;
    const pattern = /\/\/|www\./i.test(src) ? specialOrLiteral : special;
    let i = 0;
    while (i < n) {
      pattern.lastIndex = i;
      const match = pattern.exec(src);
      if (!match) break;
      i = match.index;
      const c = src.charCodeAt(i);
      let end = -1;
      switch (c) {
        case 92:
          if (this.code(i + 1) === 10 || this.code(i + 1) === 13) {
            this.nodeItem(i, i + 1, { type: "break", position: this.position(i, i + 1) });
            i += 1;
            continue;
          }
          if (isAsciiPunctuation(this.code(i + 1))) {
            this.text(i, i + 2, src[i + 1]);
            i += 2;
            continue;
          }
          break;
        case 96:
          end = this.codeSpan(i);
          if (end < 0) {
            let j = i;
            while (src.charCodeAt(j) === 96) j += 1;
            i = j;
            continue;
          }
          break;
        case 60:
          end = this.angle(i);
          break;
        case 38:
          end = this.reference(i);
          break;
        case 91:
          this.labelStart(i, i + 1, false);
          end = i + 1;
          break;
        case 33:
          if (this.code(i + 1) === 91) {
            this.labelStart(i, i + 2, true);
            end = i + 2;
          }
          break;
        case 93:
          end = this.labelEnd(i);
          break;
        case 42:
        // *
        case 95:
        // _
        case 126:
          end = this.delimiterRun(i, c);
          break;
        default:
          end = this.literalAutolink(i);
          break;
      }
      if (end < 0) {
        i += 1;
        continue;
      }
      i = end;
    }
  }
  /** A code span starting at `at`; its end, or -1 when none closes. */
  codeSpan(at) {
    const src = this.src;
    let j = at;
    while (src.charCodeAt(j) === 96) j += 1;
    const size = j - at;
    const close = this.nextBacktickRun(size, j);
    if (close < 0) return -1;
    let value = src.slice(j, close);
    if (/^(?: |\r\n?|\n)[^]*?[^ \r\n][^]*(?: |\r\n?|\n)$/.test(value)) value = value.replace(/^(?: |\r\n?|\n)/, "").replace(/(?: |\r\n?|\n)$/, "");
    if (this.inTable) value = value.replace(/\\([\\|])/g, (whole, char) => char === "|" ? char : whole);
    const end = close + size;
    this.nodeItem(at, end, { type: "inlineCode", value, position: this.position(at, end) });
    return end;
  }
  /** The start of the next maximal run of exactly `size` backticks at or after `from`, or -1. */
  nextBacktickRun(size, from) {
    if (!this.backtickRuns) {
      this.backtickRuns = /* @__PURE__ */ new Map();
      const runs = /`+/g;
      for (let m = runs.exec(this.src); m; m = runs.exec(this.src)) {
        const list2 = this.backtickRuns.get(m[0].length) ?? { starts: [], next: 0 };
        list2.starts.push(m.index);
        this.backtickRuns.set(m[0].length, list2);
      }
    }
    const list = this.backtickRuns.get(size);
    if (!list) return -1;
    while (list.next < list.starts.length && list.starts[list.next] < from) list.next += 1;
    return list.next < list.starts.length ? list.starts[list.next] : -1;
  }
  /** `<`: an autolink or inline HTML; its end, or -1 (a literal `<`). */
  angle(at) {
    const src = this.src;
    autolinkUri.lastIndex = at;
    const uri = autolinkUri.exec(src);
    if (uri) {
      const end = at + uri[0].length;
      const url = src.slice(at + 1, end - 1);
      this.nodeItem(at, end, { type: "link", title: null, url, children: [{ type: "text", value: url, position: this.position(at + 1, end - 1) }], position: this.position(at, end) });
      return end;
    }
    const email = this.emailAutolinkEnd(at);
    if (email > 0) {
      const address = src.slice(at + 1, email - 1);
      this.nodeItem(at, email, { type: "link", title: null, url: `mailto:${address}`, children: [{ type: "text", value: address, position: this.position(at + 1, email - 1) }], position: this.position(at, email) });
      return email;
    }
    const html = this.htmlEnd(at);
    if (html < 0) return -1;
    this.nodeItem(at, html, { type: "html", value: src.slice(at, html), position: this.position(at, html) });
    return html;
  }
  /** micromark's e-mail autolink (`<a@b.c>`): its end, or -1. */
  emailAutolinkEnd(at) {
    let i = at + 1;
    if (this.code(i) === 64) return -1;
    while (isAtext(this.code(i))) i += 1;
    if (i === at + 1 || this.code(i) !== 64) return -1;
    i += 1;
    for (; ; ) {
      if (!isAsciiAlphanumeric(this.code(i))) return -1;
      let size = 0;
      for (; ; ) {
        const c = this.code(i);
        if (c === 46 || c === 62) break;
        if ((c === 45 || isAsciiAlphanumeric(c)) && size < 63) {
          size += 1;
          i += 1;
          continue;
        }
        return -1;
      }
      if (this.code(i - 1) === 45) return -1;
      if (this.code(i) === 62) return i + 1;
      i += 1;
    }
  }
  /** micromark's inline HTML (htmlText): the end of the tag, comment or other construct, or -1. */
  htmlEnd(at) {
    const src = this.src;
    let i = at + 1;
    const c = this.code(i);
    if (c === 33) {
      const d = this.code(i + 1);
      if (d === 45) {
        if (this.code(i + 2) !== 45) return -1;
        const close = this.indexOf("-->", at + 2);
        return close < 0 ? -1 : close + 3;
      }
      if (d === 91) {
        if (src.slice(i + 2, i + 8) !== "CDATA[") return -1;
        const close = this.indexOf("]]>", i + 8);
        return close < 0 ? -1 : close + 3;
      }
      if (isAsciiAlpha(d)) {
        const close = this.indexOf(">", i + 2);
        return close < 0 ? -1 : close + 1;
      }
      return -1;
    }
    if (c === 63) {
      const close = this.indexOf("?>", i + 1);
      return close < 0 ? -1 : close + 2;
    }
    if (c === 47) {
      i += 1;
      if (!isAsciiAlpha(this.code(i))) return -1;
      while (this.code(i) === 45 || isAsciiAlphanumeric(this.code(i))) i += 1;
      while (isBlank2(this.code(i))) i += 1;
      return this.code(i) === 62 ? i + 1 : -1;
    }
    if (!isAsciiAlpha(c)) return -1;
    while (this.code(i) === 45 || isAsciiAlphanumeric(this.code(i))) i += 1;
    {
      const after = this.code(i);
      if (!(after === 47 || after === 62 || isBlank2(after))) return -1;
    }
    for (; ; ) {
      let d = this.code(i);
      if (d === 47) return this.code(i + 1) === 62 ? i + 2 : -1;
      if (d === 58 || d === 95 || isAsciiAlpha(d)) {
        i += 1;
        while ((d = this.code(i)) === 45 || d === 46 || d === 58 || d === 95 || isAsciiAlphanumeric(d)) i += 1;
        while (isBlank2(this.code(i))) i += 1;
        if (this.code(i) !== 61) continue;
        i += 1;
        while (isBlank2(this.code(i))) i += 1;
        d = this.code(i);
        if (d < 0 || d === 60 || d === 61 || d === 62 || d === 96) return -1;
        if (d === 34 || d === 39) {
          const close = this.indexOf(d === 34 ? '"' : "'", i + 1);
          if (close < 0) return -1;
          i = close + 1;
          const after = this.code(i);
          if (!(after === 47 || after === 62 || isBlank2(after))) return -1;
          continue;
        }
        i += 1;
        for (; ; ) {
          d = this.code(i);
          if (d < 0 || d === 34 || d === 39 || d === 60 || d === 61 || d === 96) return -1;
          if (d === 47 || d === 62 || isBlank2(d)) break;
          i += 1;
        }
        continue;
      }
      if (isBlank2(d)) {
        i += 1;
        continue;
      }
      return d === 62 ? i + 1 : -1;
    }
  }
  /** `&…;`: a character reference; its end, or -1 (a literal `&`). */
  reference(at) {
    characterReference.lastIndex = at;
    const match = characterReference.exec(this.src);
    if (!match) return -1;
    let value;
    if (match[1] !== void 0) value = decodeNumeric(match[1], 10);
    else if (match[2] !== void 0) value = decodeNumeric(match[2], 16);
    else {
      const known = Object.hasOwn(namedReferences, match[3]) ? namedReferences[match[3]] : void 0;
      if (known === void 0) {
        if (!this.lenient) throw new Fail(`the character reference ${JSON.stringify(match[0])}`);
        return -1;
      }
      value = known;
    }
    const end = at + match[0].length;
    this.text(at, end, value);
    return end;
  }
  labelStart(s, e, image) {
    const item = new Item(3 /* Label */, s, e);
    if (image) item.flags |= 8 /* Image */;
    this.append(item);
    this.labels.push(item);
    this.openLabels += 1;
  }
  /** `]` at `at`: a link, image or reference when one forms, else a literal `]`. Returns the end. */
  labelEnd(at) {
    const labels = this.labels;
    while (labels.length > 0 && labels[labels.length - 1].flags & 16 /* Balanced */) labels.pop();
    if (this.inactiveBelow > labels.length) this.inactiveBelow = labels.length;
    const start = labels[labels.length - 1];
    if (!start) return at + 1;
    const nok = () => {
      start.flags |= 16 /* Balanced */;
      this.openLabels -= 1;
      return at + 1;
    };
    const image = (start.flags & 8 /* Image */) !== 0;
    if (!image && labels.length - 1 < this.inactiveBelow) return nok();
    const defined = this.defined(start.e, at);
    const after = this.code(at + 1);
    if (after === 40) {
      const resource = this.resource(at + 1);
      if (resource) return this.form(start, at, resource.end, { url: resource.url });
      return defined ? this.form(start, at, at + 1, { reference: "shortcut" }) : nok();
    }
    if (after === 91) {
      const full = this.fullReference(at + 1);
      if (full) return this.form(start, at, full.end, { reference: "full", label: full.label });
      if (defined && this.code(at + 2) === 93) return this.form(start, at, at + 3, { reference: "collapsed" });
      return nok();
    }
    return defined ? this.form(start, at, at + 1, { reference: "shortcut" }) : nok();
  }
  /** Whether the label text from `from` to `to` names a reference definition. */
  defined(from, to) {
    if (!this.isDefined) return false;
    if (to - from > maxLabelLength) {
      if (!this.lenient) throw new Fail(`a bracketed text longer than ${maxLabelLength.toLocaleString("en")} characters`);
      return false;
    }
    return this.isDefined(normalizeLabel(this.src.slice(from, to)));
  }
  /** `(destination "title")` at `at` (the `(`): the URL and the end, or undefined. */
  resource(at) {
    let i = at + 1;
    while (isBlank2(this.code(i))) i += 1;
    if (this.code(i) === 41) return { url: "", end: i + 1 };
    let url;
    if (this.code(i) === 60) {
      const start = i + 1;
      i = start;
      for (; ; ) {
        const c = this.code(i);
        if (c === 62) break;
        if (c < 0 || c === 60 || c === 10 || c === 13) return void 0;
        i += c === 92 && [60, 62, 92].includes(this.code(i + 1)) ? 2 : 1;
      }
      url = this.decode(start, i);
      i += 1;
    } else {
      const start = i;
      i = this.destinationEnd(start);
      if (i <= start) return void 0;
      url = this.decode(start, i);
    }
    if (isBlank2(this.code(i))) {
      while (isBlank2(this.code(i))) i += 1;
      const marker = this.code(i);
      if (marker === 34 || marker === 39 || marker === 40) {
        const close = this.unescapedIndexOf(marker === 40 ? ")" : marker === 34 ? '"' : "'", i + 1);
        if (close < 0) return void 0;
        i = close + 1;
        while (isBlank2(this.code(i))) i += 1;
      }
    }
    return this.code(i) === 41 ? { url, end: i + 1 } : void 0;
  }
  /** A destination's text with escapes and character references decoded (micromark's decodeString). */
  decode(from, to) {
    const raw = this.src.slice(from, to);
    const decoded = decodeDestination(raw);
    if (decoded !== void 0) return decoded;
    if (!this.lenient) throw new Fail(`a character reference this scan does not know in the link ${JSON.stringify(raw.slice(0, 80))}`);
    return decodeDestination(raw, true);
  }
  /** `[label]` at `at` naming a definition: its label and end, or undefined. */
  fullReference(at) {
    let i = at + 1;
    let size = 0;
    let seen = false;
    for (; ; ) {
      const c = this.code(i);
      if (size > 999 || c < 0 || c === 91 || c === 93 && !seen) return void 0;
      if (c === 93) break;
      if (c === 10 || c === 13) {
        i += 1;
        continue;
      }
      size += 1;
      if (!seen) seen = c !== 32 && c !== 9;
      if (c === 92 && [91, 92, 93].includes(this.code(i + 1))) {
        i += 2;
        size += 1;
      } else i += 1;
    }
    const label = this.src.slice(at + 1, i);
    if (!this.isDefined?.(normalizeLabel(label))) return void 0;
    return { label, end: i + 1 };
  }
  /** Forms a link or image from the label start `start` to `end` (`]` at `close`). */
  form(start, close, end, how) {
    this.labels.pop();
    this.openLabels -= 1;
    const image = (start.flags & 8 /* Image */) !== 0;
    this.inactiveBelow = image ? Math.min(this.inactiveBelow, this.labels.length) : this.labels.length;
    if (this.firstTilde >= 0) this.resolve(false, start, null, this.firstAttention >= 0);
    if (this.firstAttention >= 0) this.resolve(true, start, null, false);
    const group = new Item(1 /* Node */, start.s, end);
    group.group = {
      type: how.reference ? image ? "imageReference" : "linkReference" : image ? "image" : "link",
      from: start.e,
      to: close,
      head: null,
      tail: null,
      depth: 0,
      url: how.url ?? "",
      referenceType: how.reference ?? "shortcut",
      label: how.label ?? this.src.slice(start.e, close)
    };
    this.collapse(start, null, group);
    this.remove(start);
    return end;
  }
  /** A run of `*`, `_` or `~` at `at`; its end. */
  delimiterRun(at, marker) {
    const src = this.src;
    let j = at;
    while (src.charCodeAt(j) === marker) j += 1;
    const size = j - at;
    if (marker === 126 && size > 2) return j;
    const previous = this.code(at - 1);
    const next = this.code(j);
    const before = classify(previous);
    const after = classify(next);
    const item = new Item(2 /* Delimiter */, at, j);
    item.marker = marker;
    if (marker === 126) {
      if (!after || after === 2 && before) item.flags |= 1 /* Open */;
      if (!before || before === 2 && after) item.flags |= 2 /* Close */;
      if (this.firstTilde < 0) this.firstTilde = at;
    } else {
      const open = !after || after === 2 && Boolean(before) || next === 126;
      const close = !before || before === 2 && Boolean(after) || previous === 126;
      if (marker === 42 ? open : open && (Boolean(before) || !close)) item.flags |= 1 /* Open */;
      if (marker === 42 ? close : close && (Boolean(after) || !open)) item.flags |= 2 /* Close */;
      if (this.firstAttention < 0) this.firstAttention = at;
    }
    this.append(item);
    return j;
  }
  // ---- GFM literal autolinks (micromark-extension-gfm-autolink-literal) ----
  /** `http(s)://…` or `www.…` at `at`; its end, or -1. */
  literalAutolink(at) {
    if (this.openLabels > 0) return -1;
    const c = this.src.charCodeAt(at);
    const previous = this.code(at - 1);
    let end = -1;
    let url = "";
    if (c === 104 || c === 72) {
      if (isAsciiAlpha(previous)) return -1;
      httpPrefix.lastIndex = at;
      const prefix = httpPrefix.exec(this.src);
      if (!prefix) return -1;
      const from = at + prefix[0].length;
      const next = this.code(from);
      if (next < 0 || isAsciiControl(next) || isWhitespace(next) || isPunctuation(next)) return -1;
      const domainEnd = this.domain(from);
      if (domainEnd < 0) return -1;
      end = this.path(domainEnd);
      url = this.src.slice(at, end);
    } else {
      if (!(previous < 0 || previous === 40 || previous === 42 || previous === 95 || previous === 91 || previous === 93 || previous === 126 || isBlank2(previous))) return -1;
      wwwPrefix.lastIndex = at;
      if (!wwwPrefix.test(this.src)) return -1;
      const domainEnd = this.domain(at);
      if (domainEnd < 0) return -1;
      end = this.path(domainEnd);
      url = `http://${this.src.slice(at, end)}`;
    }
    const value = this.src.slice(at, end);
    this.nodeItem(at, end, { type: "link", title: null, url, children: [{ type: "text", value, position: this.position(at, end) }], position: this.position(at, end) });
    return end;
  }
  domain(from) {
    let underscoreInLast = false;
    let underscoreInLastButOne = false;
    let seen = false;
    let i = from;
    for (; ; ) {
      const c = this.code(i);
      if (c === 46 || c === 95) {
        if (this.trail(i)) break;
        if (c === 95) underscoreInLast = true;
        else {
          underscoreInLastButOne = underscoreInLast;
          underscoreInLast = false;
        }
        i += 1;
        continue;
      }
      if (c < 0 || isWhitespace(c) || c !== 45 && isPunctuation(c)) break;
      seen = true;
      i += 1;
    }
    return underscoreInLastButOne || underscoreInLast || !seen ? -1 : i;
  }
  path(from) {
    let opened = 0;
    let closed = 0;
    let i = from;
    for (; ; ) {
      const c = this.code(i);
      if (c === 40) {
        opened += 1;
        i += 1;
        continue;
      }
      if (c === 41 && closed < opened) {
        closed += 1;
        i += 1;
        continue;
      }
      if (c === 33 || c === 34 || c === 38 || c === 39 || c === 41 || c === 42 || c === 44 || c === 46 || c === 58 || c === 59 || c === 60 || c === 63 || c === 93 || c === 95 || c === 126) {
        if (this.trail(i)) return i;
        if (c === 41) closed += 1;
        i += 1;
        continue;
      }
      if (c < 0 || isWhitespace(c)) return i;
      i += 1;
    }
  }
  /** Whether the characters from `at` are trailing punctuation, not part of the address (remembered). */
  trail(at) {
    this.trailMemo ??= new Int8Array(this.n + 1);
    const memo = this.trailMemo;
    const visited = [];
    let result = false;
    let i = at;
    for (; ; ) {
      const known = memo[i];
      if (known !== 0) {
        result = known === 1;
        break;
      }
      const c = this.code(i);
      if (c === 33 || c === 34 || c === 39 || c === 41 || c === 42 || c === 44 || c === 46 || c === 58 || c === 59 || c === 63 || c === 95 || c === 126) {
        visited.push(i);
        i += 1;
        continue;
      }
      if (c === 38) {
        visited.push(i);
        let j = i + 1;
        if (!isAsciiAlpha(this.code(j))) break;
        while (isAsciiAlpha(this.code(j))) j += 1;
        if (this.code(j) !== 59) break;
        i = j + 1;
        continue;
      }
      if (c === 93) {
        visited.push(i);
        const d = this.code(i + 1);
        if (d < 0 || d === 40 || d === 91 || isWhitespace(d)) {
          result = true;
          break;
        }
        i += 1;
        continue;
      }
      result = c === 60 || c < 0 || isWhitespace(c);
      break;
    }
    for (const v of visited) memo[v] = result ? 1 : 2;
    return result;
  }
  // ---- emphasis and strikethrough (micromark's resolveAllAttention and resolveAllStrikethrough) ----
  resolveTopLevel() {
    if (this.firstAttention < 0 && this.firstTilde < 0) return;
    const attentionFirst = this.firstTilde < 0 || this.firstAttention >= 0 && this.firstAttention < this.firstTilde;
    this.resolve(attentionFirst, this.first, null, this.firstAttention >= 0 && this.firstTilde >= 0);
    if (this.firstAttention >= 0 && this.firstTilde >= 0) this.resolve(!attentionFirst, this.first, null, false);
  }
  /**
   * Matches the runs of one kind (`attention`: `*` and `_`; else `~`) after `from` and before `to`,
   * closers left to right, each with the nearest opener it may pair with. The runs between a pair
   * become text, after the other kind is resolved among them when `other` (its first pass).
   */
  resolve(attention, from, to, other) {
    const stacks = [];
    for (let k = attention ? 12 : 3; k > 0; k -= 1) stacks.push([]);
    const classOf = (d) => attention ? (d.marker === 95 ? 6 : 0) + (d.flags & 2 /* Close */ ? 3 : 0) + (d.e - d.s) % 3 : d.e - d.s;
    const top = (k) => {
      const stack = stacks[k];
      while (stack.length > 0) {
        const d = stack[stack.length - 1];
        if (!(d.flags & 4 /* Dead */) && d.e > d.s && classOf(d) === k) return d;
        stack.pop();
      }
      return void 0;
    };
    let item = from.next;
    while (item && item !== to) {
      if (item.kind !== 2 /* Delimiter */ || item.flags & 4 /* Dead */ || item.marker === 126 === attention) {
        item = item.next;
        continue;
      }
      const closer = item;
      while (closer.flags & 2 /* Close */ && closer.e > closer.s) {
        const size = closer.e - closer.s;
        let opener;
        if (attention) {
          const base = closer.marker === 95 ? 6 : 0;
          for (let closes = 0; closes < 2; closes += 1) {
            for (let rest = 0; rest < 3; rest += 1) {
              if ((closes === 1 || closer.flags & 1 /* Open */) && size % 3 !== 0 && (rest + size) % 3 === 0) continue;
              const candidate = top(base + closes * 3 + rest);
              if (candidate && (!opener || candidate.s > opener.s)) opener = candidate;
            }
          }
        } else {
          opener = size <= 2 ? top(size) : void 0;
        }
        if (!opener) break;
        const use = attention ? opener.e - opener.s > 1 && size > 1 ? 2 : 1 : size;
        const group = new Item(1 /* Node */, opener.e - use, closer.s + use);
        group.group = { type: attention ? use > 1 ? "strong" : "emphasis" : "delete", from: opener.e, to: closer.s, head: null, tail: null, depth: 0, url: "", referenceType: "shortcut", label: "" };
        const oldClass = classOf(opener);
        if (other) this.resolve(!attention, opener, closer, false);
        this.collapse(opener, closer, group);
        opener.e -= use;
        closer.s += use;
        const stack = stacks[oldClass];
        while (stack.length > 0 && stack[stack.length - 1] !== opener) stack.pop();
        stack.pop();
        if (opener.e > opener.s) stacks[classOf(opener)].push(opener);
        else this.remove(opener);
      }
      const next = closer.next;
      if (closer.e === closer.s) this.remove(closer);
      else if (closer.flags & 1 /* Open */) stacks[classOf(closer)].push(closer);
      item = next;
    }
  }
  /**
   * Makes the items between `from` and `to` (exclusive; `to` null: to the end) the children of
   * `group`, which takes their place; runs and label starts among them become text.
   */
  collapse(from, to, group) {
    const head = from.next && from.next !== to ? from.next : null;
    const tail = head ? to ? to.prev : this.last : null;
    let depth = 0;
    for (let item = head; item; item = item === tail ? null : item.next) {
      if (item.kind === 2 /* Delimiter */) item.flags |= 4 /* Dead */;
      else if (item.kind === 3 /* Label */ && !(item.flags & 16 /* Balanced */)) {
        item.flags |= 16 /* Balanced */;
        this.openLabels -= 1;
      } else if (item.group && item.group.depth > depth) depth = item.group.depth;
    }
    const data = group.group;
    data.depth = depth + 1;
    if (data.depth > maxNesting) throw new Fail(tooDeep);
    data.head = head;
    data.tail = tail;
    if (head) head.prev = null;
    if (tail) tail.next = null;
    group.prev = from;
    from.next = group;
    group.next = to;
    if (to) to.prev = group;
    else this.last = group;
  }
  remove(item) {
    item.flags |= 4 /* Dead */;
    if (item.prev) item.prev.next = item.next;
    if (item.next) item.next.prev = item.prev;
    else if (this.last === item) this.last = item.prev;
  }
  // ---- building the mdast nodes ----
  /**
   * The nodes of a list of items whose content runs from `from` to `to` in the source: the items,
   * and the text around them (with runs and label starts that stayed text) as text nodes, merged as
   * mdast-util-from-markdown merges them. `inLink`: inside a link, where remark-gfm's autolink step
   * never looks.
   */
  build(head, from, to, inLink) {
    const nodes = [];
    let textStart = -1;
    let pieces;
    let cursor = from;
    const flush = (end) => {
      if (textStart < 0) return;
      if (pieces) pieces.push(this.src.slice(cursor, end));
      const value = pieces ? pieces.join("") : this.src.slice(textStart, end);
      if (value !== "" || end > textStart) {
        if (!inLink && !this.lenient && (literalInText.test(value) || value.includes("@") && emailLike.test(value))) throw new Fail("an address remark-gfm links in text");
        nodes.push({ type: "text", value, position: this.position(textStart, end) });
      }
      textStart = -1;
      pieces = void 0;
    };
    for (let item = head; item; item = item.next) {
      if (item.kind === 1 /* Node */) {
        if (item.s > cursor && textStart < 0) textStart = cursor;
        flush(item.s);
        nodes.push(item.node ?? this.groupNode(item, inLink));
        cursor = item.e;
        continue;
      }
      if (textStart < 0) textStart = cursor;
      if (item.kind === 0 /* Text */) {
        pieces ??= [];
        pieces.push(this.src.slice(cursor, item.s), item.decoded);
        cursor = item.e;
      }
    }
    if (to > cursor && textStart < 0) textStart = cursor;
    flush(to);
    return nodes;
  }
  groupNode(item, inLink) {
    const position = this.position(item.s, item.e);
    const group = item.group;
    const type = group.type;
    if (type === "image" || type === "imageReference") {
      const alt = this.build(group.head, group.from, group.to, true).map((node) => "value" in node ? node.value : "").join("");
      if (type === "image") return { type, url: group.url, title: null, alt, position };
      return { type, identifier: normalizeLabel(group.label), label: group.label, referenceType: group.referenceType, alt, position };
    }
    const children = this.build(group.head, group.from, group.to, inLink || type === "link" || type === "linkReference");
    if (type === "link") return { type, url: group.url, title: null, children, position };
    if (type === "linkReference") return { type, identifier: normalizeLabel(group.label), label: group.label, referenceType: group.referenceType, children, position };
    return { type, children, position };
  }
};

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
function fastModel(text, columnNames, parseBlock, trace) {
  const giveUp = (n, reason) => {
    trace?.document?.(n, reason);
    return void 0;
  };
  let whyNot = "";
  const why = (reason) => {
    whyNot = reason;
  };
  const lineStarts = lineStartsOf(text);
  const point = (offset) => pointAt(lineStarts, offset);
  const lineCount = lineStarts.length;
  const line = (n) => lineText(text, lineStarts, n);
  const headings = [];
  const tableBlocks = [];
  const directives = [];
  const definitionLines = [];
  const orphanLines = [];
  const definitions = /* @__PURE__ */ new Map();
  let state = { kind: "top" };
  const endHtml = (start, end) => {
    const value = Array.from({ length: end - start + 1 }, (_, i) => line(start + i)).join("\n");
    directives.push(...directivesIn(value, start));
  };
  for (let n = 1; n <= lineCount; n += 1) {
    const raw = line(n);
    if (/^ *\t/.test(raw)) return giveUp(n, "a tab in the indentation");
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
        if (blockStart.ordered.test(raw) && !/^ {0,3}1[.)]/.test(raw) || /^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]*$/.test(raw)) {
          return giveUp(n, "a list item right after indented code");
        }
        state = { kind: "top" };
        break;
      }
      case "container": {
        if (blank) {
          state.afterBlank = true;
          continue;
        }
        if (indent < 2 && blockStart.thematicBreak.test(raw) && !state.afterBlank && state.inParagraph) {
          state = { kind: "top" };
          continue;
        }
        if (indent < 2 && (isFence(raw) || htmlBlockEnd(raw, false) !== void 0)) {
          state = { kind: "top" };
          break;
        }
        if (!(state.afterBlank && indent < 2 && !containerStart(raw))) {
          if (unsureInContainer(raw)) return giveUp(n, "a pipe, heading, comment or definition inside a list or quote");
          const opens = containerWithContent.test(raw) && !blockStart.thematicBreak.test(raw);
          const sure = opens && (state.afterBlank || !blockStart.ordered.test(raw) || /^ {0,3}1[.)]/.test(raw));
          state.inParagraph = sure || !state.afterBlank && state.inParagraph && (opens || !containerStart(raw));
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
        if (unsureAfterTable(raw)) return giveUp(n, "an ordered item, HTML or definition right after a table");
        continue;
      }
      case "paragraph": {
        if (blank) {
          state = { kind: "top" };
          continue;
        }
        if (state.definitions) {
          const another = definitionOn(raw);
          if (another === null) return giveUp(n, "a definition with a title or a footnote");
          if (another !== void 0) {
            if (!definitions.has(another.label)) definitions.set(another.label, another.url);
            definitionLines.push(n);
            state.start = n + 1;
            continue;
          }
          state.definitions = false;
          if (blockStart.setextUnderline.test(raw)) return giveUp(n, "a setext underline after definitions");
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
        if (table2 === "unsure") return giveUp(n, "a table header with escapes or without pipes");
        if (table2) {
          state = { kind: "table", start: n };
          n += 1;
          continue;
        }
        if (raw.includes("<!--")) return giveUp(n, "an HTML comment inside a paragraph");
        if (looksLikeRow(raw)) {
          if (state.inlineMarkup) return giveUp(n, "a row-like line after code or HTML in a paragraph");
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
    if (fence && isFence(raw)) {
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
      if (unsureInContainer(raw)) return giveUp(n, "a pipe, heading, comment or definition inside a list or quote");
      state = { kind: "container", afterBlank: false, inParagraph: containerWithContent.test(raw) && !blockStart.thematicBreak.test(raw) };
      continue;
    }
    const definition = definitionOn(raw);
    if (definition === null) return giveUp(n, "a definition with a title or a footnote");
    if (definition !== void 0) {
      if (!definitions.has(definition.label)) definitions.set(definition.label, definition.url);
      definitionLines.push(n);
      state = { kind: "paragraph", start: n + 1, definitions: true };
      continue;
    }
    const table = tableStartsAt(n, raw);
    if (table === "unsure") return giveUp(n, "a table header with escapes or without pipes");
    if (table) {
      state = { kind: "table", start: n };
      n += 1;
      continue;
    }
    if (raw.includes("<!--")) return giveUp(n, "an HTML comment inside a paragraph");
    if (looksLikeRow(raw)) orphanLines.push(n);
    state = { kind: "paragraph", start: n, inlineMarkup: /[`<]/.test(raw) };
  }
  if (state.kind === "table") tableBlocks.push({ start: state.start, end: lineCount });
  if (state.kind === "html") endHtml(state.start, lineCount);
  const definitionSource = definitionLines.map((n) => line(n)).join("\n");
  const isDefined = definitions.size > 0 ? (label) => definitions.has(label) : void 0;
  const headingTexts = [];
  for (const heading of headings) {
    const headingTextValue = headingText(heading.source, heading.setext);
    if (headingTextValue === void 0) return giveUp(heading.line, "a heading remark does not read as one");
    if (headingTextValue === needsParser) return headingTextValue;
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
    const marker = setext ? "" : /^#{1,6}(?:[ \t]+|$)/.exec(source)?.[0] ?? "";
    const content = setext ? source.replace(/^[ \t]+|[ \t]+$/g, "") : source.slice(marker.length).replace(/[ \t]+$/, "").replace(/(?:^|[ \t]+)#+$/, "");
    const at = () => ({ line: 1, column: 1, offset: 0 });
    const nodes = parseInline(content, 0, at, { isDefined, why });
    if (nodes) return visibleText({ type: "paragraph", children: nodes });
    if (!remarkMayRead(content, whyNot)) return visibleText({ type: "paragraph", children: parseInline(content, 0, at, { isDefined, lenient: true }) ?? [] });
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
    const forRemark = [];
    let reason = "";
    let fallback = "";
    for (const [i, raw] of rowLines.entries()) {
      if (i === 1) continue;
      const n = start + i;
      const row = readRow(n, raw, false);
      if (row) {
        rows.push(row);
        continue;
      }
      if (remarkMayRead(raw, whyNot)) {
        reason ||= `line ${n}: ${whyNot}`;
        forRemark.push(n);
        rows.push(void 0);
      } else {
        fallback ||= `line ${n}: ${whyNot}`;
        rows.push(readRow(n, raw, true));
      }
    }
    if (forRemark.length > 0) {
      const read = readRowsWithRemark(start, forRemark);
      if (read === void 0 || read === needsParser) return read;
      for (const [k, row] of rows.entries()) if (!row) rows[k] = read.get(k === 0 ? start : start + k + 1);
      trace?.table?.(start, end, "remark", reason);
    } else {
      trace?.table?.(start, end, fallback ? "fallback" : "scan", fallback || void 0);
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
  function readRow(n, raw, lenient) {
    if (!lenient && raw.includes("\\\\")) {
      whyNot = "an escaped backslash in the row";
      return void 0;
    }
    const lineOffset = lineStarts[n - 1];
    let from = raw.length - raw.replace(/^[ \t]+/, "").length;
    let to = raw.replace(/[ \t]+$/, "").length;
    if (raw[from] === "|") from += 1;
    if (to > from && raw[to - 1] === "|" && !escapedAt2(raw, to - 1)) to -= 1;
    const pointInRow = (offset) => ({ line: n, column: offset - lineOffset + 1, offset });
    const cells = [];
    const found = [];
    let cellStart = from;
    let search = from;
    while (cellStart <= to) {
      let pipe = raw.indexOf("|", search);
      while (pipe !== -1 && pipe < to && escapedAt2(raw, pipe)) pipe = raw.indexOf("|", pipe + 1);
      const i = pipe === -1 || pipe > to ? to : pipe;
      let s = cellStart;
      let e = i;
      while (s < e && (raw[s] === " " || raw[s] === "	")) s += 1;
      while (e > s && (raw[e - 1] === " " || raw[e - 1] === "	")) e -= 1;
      const cell = readCell(raw.slice(s, e), lineOffset + s, lineOffset + e, pointInRow, n, found, lenient);
      if (!cell) return void 0;
      cells.push(cell);
      cellStart = i + 1;
      search = cellStart;
    }
    directives.push(...found);
    return { line: n, raw, lineOffset, cells: exactly(cells) };
  }
  function readCell(source, start, end, pointInRow, n, found, lenient) {
    let children;
    if (source.length > plainTextCellLength) {
      if (!lenient) {
        whyNot = `a cell longer than ${plainTextCellLength.toLocaleString("en")} characters`;
        return void 0;
      }
      children = [{ type: "text", value: source, position: { start: pointInRow(start), end: pointInRow(end) } }];
    } else children = source === "" ? [] : parseInline(source, start, pointInRow, { isDefined, inTable: true, why, lenient });
    if (!children) return void 0;
    const node = { type: "tableCell", children, position: { start: pointInRow(start), end: pointInRow(end) } };
    for (const child of children) if (child.type === "html" && child.value.includes("lint-list-")) found.push(...directivesIn(child.value, n));
    return cellOf(node, source, start, end, pointInRow, definitions);
  }
  function readRowsWithRemark(start, numbers) {
    if (!parseBlock) return needsParser;
    const read = /* @__PURE__ */ new Map();
    const body = numbers.filter((n) => n !== start);
    for (let k = 0; k === 0 || k < body.length; k += rowsPerRemarkCall) {
      const batch = [start, start + 1, ...body.slice(k, k + rowsPerRemarkCall)];
      const parts = [];
      const syntheticStarts = [];
      let length = 0;
      for (const n of batch) {
        syntheticStarts.push(length);
        const raw = line(n);
        parts.push(raw);
        length += raw.length + 1;
      }
      const source = parts.join("\n");
      const tree = parseBlock(definitionSource ? `${source}

${definitionSource}
` : source);
      const node = tree.children[0];
      if (!node || node.type !== "table" || node.position?.end.line !== batch.length || node.children.length !== batch.length - 1) {
        return giveUp(start, "remark does not read the rows under their header as the same table");
      }
      const moved = (at) => {
        const n = batch[at.line - 1];
        return { line: n, column: at.column, offset: lineStarts[n - 1] + (at.offset ?? 0) - syntheticStarts[at.line - 1] };
      };
      walk(node, (child) => {
        if (child.position) child.position = { start: moved(child.position.start), end: moved(child.position.end) };
      });
      for (const rowNode of node.children) {
        const n = rowNode.position?.start.line ?? start;
        if (read.has(n) || n === start && !numbers.includes(start)) continue;
        const cells = rowNode.children.map((cellNode) => {
          const [s, e] = cellContentRange(text, cellNode);
          return cellOf(cellNode, text.slice(s, e), s, e, point, definitions);
        });
        walk(rowNode, (child) => {
          if (child.type === "html") directives.push(...directivesIn(child.value, child.position?.start.line ?? n));
        });
        read.set(n, { line: n, raw: line(n), lineOffset: lineStarts[n - 1], cells });
      }
    }
    return read;
  }
}
function definitionOn(raw) {
  if (!/^ {0,3}\[/.test(raw)) return void 0;
  const start = /^ {0,3}\[((?:[^[\]\\]|\\.)+)\]:/.exec(raw);
  if (!start) return void 0;
  if (start[1].startsWith("^")) return null;
  const destination = /^[ \t]*([^\s<()]+)(?:[ \t]+(?:"[^"\\]*"|'[^'\\]*'|\([^()\\]*\)))?[ \t]*$/.exec(raw.slice(start[0].length));
  const url = destination && decodeDestination(destination[1]);
  return typeof url === "string" ? { label: normalizeLabel(start[1]), url } : null;
}
function endsOnItsFirstLine(line, end) {
  if (line.startsWith("<!--")) return /^-?>/.test(line.slice(4)) || line.includes("-->", 4);
  return end.test(line.slice(2));
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
var plainTextCellLength = 262144;
var rowsPerRemarkCall = 256;
var remarkLengthLimit = 8192;
var remarkMarkupLimit = 256;
var markupCharacters = /[*_~[\]<>`\\&!()]/g;
function remarkMayRead(source, reason) {
  if (reason === tooDeep || source.length > remarkLengthLimit) return false;
  return (source.match(markupCharacters)?.length ?? 0) <= remarkMarkupLimit;
}
function escapedAt2(raw, at) {
  let i = at;
  while (i > 0 && raw.charCodeAt(i - 1) === 92) i -= 1;
  return (at - i) % 2 === 1;
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
function isFence(raw) {
  const fence = blockStart.fence.exec(raw);
  return fence !== null && !(fence[1]?.startsWith("`") && fence[2]?.includes("`"));
}
var containerWithContent = /^ {0,3}(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*[^ \t>]/;
var containerPrefix = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
var delimiterLike = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
function unsureInContainer(raw) {
  const content = raw.replace(containerPrefix, "");
  return raw.includes("<!--") || looksLikeRow(raw) || delimiterLike.test(content) || // A fence or HTML block may end the list or quote and run on (this scan does not follow them there).
  /^(?:`{3,}|~{3,}|<)/.test(content) || /^[ \t>\-+*\d.)]*#{1,6}(?:\s|$)/.test(raw) || /^\s*(?:=+|-+)\s*$/.test(raw) || /^[ \t>\-+*\d.)]*\[[^\]]+\]:/.test(raw);
}
function interruptsTable(raw) {
  return blockStart.atxHeading.test(raw) || isFence(raw) || blockStart.blockQuote.test(raw) || blockStart.bullet.test(raw) || blockStart.thematicBreak.test(raw) || htmlBlockEnd(raw, false) !== void 0;
}
function unsureAfterTable(raw) {
  return blockStart.ordered.test(raw) || /^ {0,3}</.test(raw) || /^ {0,3}\[[^\]]+\]:/.test(raw);
}
function interruptsParagraph(raw) {
  return blockStart.atxHeading.test(raw) || isFence(raw) || blockStart.blockQuote.test(raw) || /^ {0,3}[-+*][ \t]+\S/.test(raw) || /^ {0,3}1[.)][ \t]+\S/.test(raw) || blockStart.thematicBreak.test(raw) || htmlBlockEnd(raw, false) !== void 0;
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
  loaded ??= (await import("./remark-N7KHO5TR.js")).parseMarkdown;
  return loaded;
}

// src/parse/remark-model.ts
function remarkModel(text, root, columnNames) {
  const lineStarts = lineStartsOf(text);
  const point = (offset) => pointAt(lineStarts, offset);
  const tables = [];
  const directives = [];
  const definitions = /* @__PURE__ */ new Map();
  walk(root, (node) => {
    if (node.type === "definition" && !definitions.has(node.identifier.toLowerCase())) definitions.set(node.identifier.toLowerCase(), node.url);
    return node.type !== "table" && node.type !== "code" && node.type !== "html";
  });
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
        tables.push(buildTable(node, text, lineStarts, point, headings.map((h) => h.text), columnNames, definitions));
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
function buildTable(node, text, lineStarts, point, section, columnNames, definitions) {
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
        return cellOf(cell, text.slice(start, end), start, end, point, definitions);
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
  const venuePlaceholders = new Set(options.venuePlaceholders.map((p) => p.trim().toLowerCase()));
  const conventions = document.tables.map(tableConventions);
  return {
    path,
    text,
    ...document,
    papers: paperEntries(document.tables, conventions, venuePlaceholders),
    conventions: { tables: conventions },
    venuePlaceholders,
    ...options.documentLinks && root && { documentLinks: documentLinksOf(root) }
  };
}

// src/fix/apply.ts
function applyFixes(text, findings) {
  const candidates = [];
  const offsets = [];
  for (const finding of findings) {
    const edits = finding.fix;
    if (!edits || edits.length === 0) continue;
    if (edits.some((edit) => !(edit.offset >= 0) || !(edit.offset + edit.length <= text.length) || !Number.isInteger(edit.offset) || !Number.isInteger(edit.length) || edit.length < 0)) continue;
    candidates.push(edits);
    for (const edit of edits) offsets.push(edit.offset);
  }
  const taken = takeEdits(candidates, offsets);
  return { text: build(text, taken.edits), applied: taken.applied };
}
function takeEdits(candidates, offsets) {
  const points = [...new Set(offsets)].sort((a, b) => a - b);
  const starts = new CountTree(points.length);
  const reach = new MaxTree(points.length);
  const lowerBound = (offset) => {
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (points[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const conflicts = (edit) => {
    const at = lowerBound(edit.offset);
    const inside = Math.max(at + 1, lowerBound(edit.offset + edit.length));
    if (starts.count(at, inside) > 0) return true;
    return reach.maxBefore(at) > edit.offset;
  };
  const edits = [];
  let applied = 0;
  for (const candidate of candidates) {
    if (candidate.some(conflicts)) continue;
    for (const edit of candidate) {
      const at = lowerBound(edit.offset);
      starts.add(at);
      reach.raise(at, edit.offset + edit.length);
      edits.push(edit);
    }
    applied += 1;
  }
  return { edits, applied };
}
function build(text, taken) {
  if (taken.length === 0) return text;
  const edits = [...taken].sort((a, b) => b.offset - a.offset);
  const pieces = [];
  let from = text.length;
  for (const edit of edits) {
    const end = edit.offset + edit.length;
    if (end <= from) {
      if (end < from) pieces.push(text.slice(end, from));
    } else {
      dropFront(pieces, end - from);
    }
    if (edit.text.length > 0) pieces.push(edit.text);
    from = edit.offset;
  }
  pieces.push(text.slice(0, from));
  return pieces.reverse().join("");
}
function dropFront(pieces, count) {
  let left = count;
  while (left > 0 && pieces.length > 0) {
    const top = pieces.pop();
    if (top.length > left) {
      pieces.push(top.slice(left));
      return;
    }
    left -= top.length;
  }
}
var CountTree = class {
  tree;
  constructor(size) {
    this.tree = new Int32Array(size + 1);
  }
  add(index) {
    for (let i = index + 1; i < this.tree.length; i += i & -i) this.tree[i] = this.tree[i] + 1;
  }
  /** Marked points with index in [from, to). */
  count(from, to) {
    return this.prefix(to) - this.prefix(from);
  }
  prefix(end) {
    let sum = 0;
    for (let i = end; i > 0; i -= i & -i) sum += this.tree[i];
    return sum;
  }
};
var MaxTree = class {
  tree;
  constructor(size) {
    this.tree = new Float64Array(size + 1).fill(Number.NEGATIVE_INFINITY);
  }
  raise(index, value) {
    for (let i = index + 1; i < this.tree.length; i += i & -i) if (this.tree[i] < value) this.tree[i] = value;
  }
  /** The largest value at indexes [0, end). */
  maxBefore(end) {
    let max = Number.NEGATIVE_INFINITY;
    for (let i = end; i > 0; i -= i & -i) if (this.tree[i] > max) max = this.tree[i];
    return max;
  }
};

// src/facts.ts
function hasFacts(facts, kind) {
  return kind === "links" ? facts.links !== void 0 : facts.papers !== void 0;
}

// src/engine/lint.ts
function modelOptionsOf(config, documentLinks = false) {
  const placeholders = config.rules["missing-venue"]?.options.placeholders;
  return { columns: config.columns, venuePlaceholders: placeholders ?? defaultVenuePlaceholders, documentLinks, parser: "auto" };
}
var inlineCommentRuleId = "inline-comment";
function lintModel(model, config, facts = {}) {
  const suppressor = createSuppressor(model.directives);
  const messages = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    if (setting?.severity === "off") continue;
    const options = { ...rule.defaultOptions, ...setting?.options };
    for (const finding of rule.check(model, options, facts)) {
      if (suppressor.suppresses(finding.ruleId, finding.line)) continue;
      messages.push({ ...finding, severity: severityOf(finding.severity, rule.defaultSeverity, setting?.severity) });
    }
  }
  const comments = commentFindings(model, suppressor, judgeOf(config, facts));
  messages.push(...comments.unknown);
  return { path: model.path, messages: sortFindings(messages), unusedDirectives: sortFindings(comments.unused) };
}
function judgeOf(config, facts) {
  const ran = (rule) => rule.meta.needs.every((kind) => hasFacts(facts, kind));
  const known = (id) => ruleIds.includes(id);
  return {
    known,
    judged: (id) => rules.some((rule) => rule.id === id && ran(rule)),
    all: rules.every((rule) => config.rules[rule.id]?.severity === "off" || ran(rule))
  };
}
function commentFindings(model, suppressor, judge) {
  const withUnknown = model.directives.filter((d) => d.ruleIds.some((id) => !judge.known(id)));
  const unused = suppressor.unused(judge);
  if (withUnknown.length === 0 && unused.length === 0) return { unknown: [], unused: [] };
  const places = placesOf(model.text, model.lineStarts, [...withUnknown, ...unused.map((u) => u.directive)]);
  const at = (d, severity, message, id, nth = 0) => {
    const place = places.get(d);
    const span = id === void 0 ? place : place?.ids.filter((named) => named.id === id)[nth];
    const start = span ? pointAt(model.lineStarts, span.start) : { line: d.line, column: 1 };
    const end = span ? pointAt(model.lineStarts, span.end) : start;
    return { ruleId: inlineCommentRuleId, severity, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message };
  };
  const unknown = [];
  for (const d of withUnknown) {
    const seen = /* @__PURE__ */ new Map();
    for (const id of d.ruleIds) {
      if (judge.known(id)) continue;
      const nth = seen.get(id) ?? 0;
      seen.set(id, nth + 1);
      const close = closestName(id, ruleIds);
      const hint = close ? `did you mean '${close}'?` : `rules are ${ruleIds.join(", ")}.`;
      unknown.push(at(d, "warning", `Unknown rule '${id}' in a lint-list-${d.kind} comment: it switches nothing off; ${hint}`, id, nth));
    }
  }
  const where = { "disable-line": "on its line", "disable-next-line": "on the next line", disable: "in the lines it covers", enable: "" };
  const findings = unused.map(({ directive: d, ruleId }) => {
    const remove = ruleId !== void 0 && d.ruleIds.length > 1 ? `remove '${ruleId}' from it` : "remove the comment";
    const what = d.kind === "enable" ? ruleId === void 0 ? "no rule is disabled here" : `${ruleId} is not disabled here` : `no ${ruleId === void 0 ? "" : `${ruleId} `}problem is reported ${where[d.kind]}`;
    return at(d, "error", `Unused lint-list-${d.kind} comment: ${what}; ${remove}.`, ruleId);
  });
  return { unknown, unused: findings };
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
  let given = options.takeModel?.();
  for (let round = 0; round < maxRounds; round += 1) {
    const model = given ?? await buildModel(path, text, options.modelOptions ?? modelOptionsOf(config));
    given = void 0;
    const result = lintModel(model, config, options.facts);
    const fixable = result.messages.filter((m) => m.fix && (options.select?.(m) ?? true));
    const next = fixable.length === 0 ? void 0 : applyFixes(text, fixable);
    if (!next || next.applied === 0 || next.text === text) return { text: original.slice(0, bom) + text, repaired, final: { model, linted: result } };
    repaired += next.applied;
    text = next.text;
  }
  return { text: original.slice(0, bom) + text, repaired };
}

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

// src/engine/network.ts
var networkLevel = /^(?:unknown host|DNS lookup failed|network unreachable)\b/;
function unreachableNetwork(results) {
  const asked = results.filter((result) => result.verdict !== "skipped");
  const hosts = new Set(asked.map((result) => hostOf(result.url)));
  if (hosts.size < 2 || !asked.every((result) => result.verdict !== "alive" && networkLevel.test(result.reason ?? ""))) return { results };
  return {
    results: results.map(
      (result) => result.verdict === "skipped" ? result : { ...result, verdict: "unverified", reason: `not checked: the network was unreachable (${result.reason})` }
    ),
    notice: `No link could be checked: every request to ${hosts.size} hosts failed before reaching them (${asked[0]?.reason}). Is this machine offline or without DNS? The links are reported as unverified, not dead.`
  };
}
function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

// src/engine/papers.ts
function countPapers(papers) {
  const counts = { lookedUp: 0, found: 0, nonexistent: 0, unverified: 0 };
  for (const fact of papers.values()) {
    counts.lookedUp += 1;
    counts[fact.status] += 1;
  }
  return counts;
}
function paperProblemsOf(models, files, facts) {
  const titleMismatches = [];
  const nonexistent = /* @__PURE__ */ new Map();
  const papers = facts.papers;
  if (!papers) return { titleMismatches, nonexistent: [] };
  for (const [i, file] of files.entries()) {
    const model = models[i];
    if (!model) continue;
    const at = (finding) => `${finding.line}:${finding.column}`;
    const mismatchesAt = new Map(file.messages.filter((m) => m.ruleId === "title-mismatch").map((m) => [at(m), m]));
    const deadAt = new Set(file.messages.filter((m) => m.ruleId === "dead-link" && m.severity === "error").map(at));
    if (mismatchesAt.size > 0) {
      for (const entry of model.papers) {
        for (const { id, link } of entry.ids) {
          const record = papers.get(id.key)?.record;
          const finding = mismatchesAt.get(at(link.start));
          if (!record || !finding) continue;
          titleMismatches.push({
            path: file.path,
            line: link.start.line,
            severity: finding.severity,
            rowTitle: entry.title,
            linked: { label: id.label, title: record.title }
          });
        }
      }
    }
    if (deadAt.size > 0) {
      for (const place of linksInScope(model, facts.links?.scope ?? "tables")) {
        const paperId = paperIdOf(place.url);
        const fact = paperId && papers.get(paperId.key);
        if (!paperId || fact?.status !== "nonexistent") continue;
        const key = linkKey(place.url);
        if (key !== void 0 && facts.links?.verdicts.get(key)?.verdict === "dead") continue;
        const start = pointAt(model.lineStarts, place.start);
        if (!deadAt.has(at(start))) continue;
        const paper = nonexistent.get(paperId.key) ?? { label: paperId.label, reason: fact.reason ?? `${paperId.label} does not exist`, places: [] };
        paper.places.push({ path: file.path, line: start.line });
        nonexistent.set(paperId.key, paper);
      }
    }
  }
  return { titleMismatches, nonexistent: [...nonexistent.values()] };
}

// src/engine/index.ts
async function metadataRun(config, gathering, linkCache, models) {
  const [{ gatherMetadata }, { arxivVerifier }, { metadataOptions }, { paperCacheOf }] = await Promise.all([
    import("./run-5T4OXYYJ.js"),
    import("./gather-45AR4DA7.js"),
    import("./options-XM4GTOQH.js"),
    import("./cache-I44CXRWK.js")
  ]);
  const source = (name) => {
    const given = config.metadata.sources[name] ?? {};
    return { ...given.url !== void 0 && { url: given.url }, ...given.interval !== void 0 && { intervalMs: given.interval }, ...given.concurrency !== void 0 && { concurrency: given.concurrency } };
  };
  const dblpBudget = config.metadata.sources.dblp?.budget;
  const options = metadataOptions({
    sources: {
      arxiv: source("arxiv"),
      crossref: source("crossref"),
      doi: source("doi"),
      openreview: openReviewSource(config.metadata.sources.openreview, source("openreview")),
      dblp: { ...source("dblp"), ...dblpBudget !== void 0 && { budget: dblpBudget } },
      semanticScholar: source("semanticScholar")
    },
    ...config.metadata.mailto !== void 0 && { mailto: config.metadata.mailto },
    ...config.metadata.timeout !== void 0 && { timeoutMs: config.metadata.timeout },
    ...gathering.semanticScholarKey && { semanticScholarKey: gathering.semanticScholarKey },
    allowPrivateHosts: gathering.allowPrivateHosts ? true : config.links.allowPrivateHosts,
    ...gathering.onProgress && { onProgress: gathering.onProgress }
  });
  const cache = linkCache ? paperCacheOf(linkCache) : void 0;
  const run = gatherMetadata(models, options, cache, { ...gathering.select && { select: gathering.select } });
  return { papers: run.papers, more: run.more, arxivApi: arxivVerifier(options, cache, run.papers) };
}
function openReviewSource(given, settings) {
  if (given?.v1Url !== void 0) return { ...settings, v1Url: given.v1Url };
  return given?.url !== void 0 ? { ...settings, v1Url: "" } : settings;
}
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
  const notices = [];
  const gatherMetadata = request.metadata !== void 0 && enabled.some((rule) => rule.meta.needs.includes("metadata"));
  const metadata = gatherMetadata && request.metadata ? await metadataRun(config, request.metadata, request.metadata.cache ?? request.links?.cache, models) : void 0;
  let links;
  if (gatherLinks && request.links) {
    const { checkModelLinks } = await import("./run-TQXJS6YY.js");
    const { flags, cache, select, onProgress } = request.links;
    const network = unreachableNetwork(
      await checkModelLinks(models, config.links.scope, {
        ...linkCheckOptions(config.links, flags),
        ...cache && { cache },
        // With --metadata, arXiv pages are verified through the API's batches, not fetched one by one.
        ...metadata && { arxivApi: metadata.arxivApi },
        ...onProgress && { onProgress }
      }, select)
    );
    links = network.results;
    if (network.notice) notices.push(network.notice);
    const verdicts = /* @__PURE__ */ new Map();
    for (const result of links) {
      const key = linkKey(result.url);
      if (key !== void 0) verdicts.set(key, result);
    }
    facts.links = { scope: config.links.scope, verdicts };
  }
  if (metadata) {
    facts.papers = await metadata.papers;
    const { titleSearches, relatedRecords } = await metadata.more;
    facts.titleSearches = titleSearches;
    facts.relatedRecords = relatedRecords;
  }
  const files = [];
  const lintedModels = [];
  for (const [i, file] of request.files.entries()) {
    let model = models[i];
    let fixed = file.text;
    let linted;
    if (request.fix) {
      const select = request.fix.select;
      const handOver = { model };
      models[i] = model = void 0;
      const takeModel = () => {
        const taken = handOver.model;
        handOver.model = void 0;
        return taken;
      };
      const repair = await fixText(file.path, file.text, config, { facts, modelOptions, takeModel, ...select && { select } });
      fixed = repair.text;
      if (repair.final) ({ model, linted } = repair.final);
      else model = await buildModel(file.path, stripBom(fixed), modelOptions);
    }
    models[i] = model;
    files.push({ ...linted ?? lintModel(model, config, facts), text: file.text, fixed });
    if (facts.papers) lintedModels.push(model);
  }
  const papers = facts.papers && { papers: countPapers(facts.papers), paperProblems: paperProblemsOf(lintedModels, files, facts) };
  return { files, notices, ...links && { links }, ...papers };
}

export {
  closestName,
  loadConfig,
  maxListBytes,
  readList,
  readListWithSnapshot,
  listFromBytes,
  countSeverities,
  formatSarif,
  plural,
  formatStylish,
  linkSummary,
  paperSummary,
  stripBom,
  buildModel,
  applyFixes,
  modelOptionsOf,
  inlineCommentRuleId,
  lintFiles
};
