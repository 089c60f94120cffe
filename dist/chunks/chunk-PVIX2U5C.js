import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/identity/title.ts
function normalizeTitle(visible) {
  if (ascii.test(visible)) return visible.toLowerCase().split(asciiPunctuationOrSpace).join("");
  return visible.normalize("NFKC").toLowerCase().replace(/ß/g, "ss").replace(/ς/g, "\u03C3").split(/[\p{P}\p{S}\s]+/u).join("");
}
var ascii = /^[\x00-\x7f]*$/;
var asciiPunctuationOrSpace = /[\x09-\x0d\x20!-/:-@[-`{-~]+/;
var digitRuns = new RegExp("\\p{Nd}+", "gu");
var asciiDigitRuns = /[0-9]+/g;
function nearIdentical(a, b) {
  if (a === b) return false;
  const allowed = maxEditsFor(Math.min(a.length, b.length));
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return false;
  if (numbersOf(a) !== numbersOf(b)) return false;
  return editDistanceWithin(a, b, allowed);
}
var maxEditsFor = (length) => length >= 24 ? 2 : length >= 12 ? 1 : 0;
var numbersOf = (title) => (title.match(ascii.test(title) ? asciiDigitRuns : digitRuns) ?? []).join(",");
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
var latexAccents = {
  '"': "\u0308",
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  u: "\u0306",
  v: "\u030C",
  H: "\u030B",
  c: "\u0327",
  k: "\u0328",
  r: "\u030A",
  d: "\u0323",
  b: "\u0331"
};
var latexSymbols = {
  ss: "\xDF",
  o: "\xF8",
  O: "\xD8",
  ae: "\xE6",
  AE: "\xC6",
  oe: "\u0153",
  OE: "\u0152",
  aa: "\xE5",
  AA: "\xC5",
  l: "\u0142",
  L: "\u0141",
  i: "\u0131",
  j: "\u0237",
  alpha: "\u03B1",
  beta: "\u03B2",
  gamma: "\u03B3",
  delta: "\u03B4",
  epsilon: "\u03B5",
  varepsilon: "\u03B5",
  zeta: "\u03B6",
  eta: "\u03B7",
  theta: "\u03B8",
  vartheta: "\u03B8",
  iota: "\u03B9",
  kappa: "\u03BA",
  lambda: "\u03BB",
  mu: "\u03BC",
  nu: "\u03BD",
  xi: "\u03BE",
  pi: "\u03C0",
  rho: "\u03C1",
  sigma: "\u03C3",
  tau: "\u03C4",
  upsilon: "\u03C5",
  phi: "\u03C6",
  varphi: "\u03C6",
  chi: "\u03C7",
  psi: "\u03C8",
  omega: "\u03C9",
  Gamma: "\u0393",
  Delta: "\u0394",
  Theta: "\u0398",
  Lambda: "\u039B",
  Xi: "\u039E",
  Pi: "\u03A0",
  Sigma: "\u03A3",
  Phi: "\u03A6",
  Psi: "\u03A8",
  Omega: "\u03A9",
  ell: "\u2113",
  infty: "\u221E",
  times: "\xD7",
  to: "\u2192",
  rightarrow: "\u2192",
  leftarrow: "\u2190",
  le: "\u2264",
  leq: "\u2264",
  ge: "\u2265",
  geq: "\u2265",
  pm: "\xB1",
  cdot: "\xB7",
  approx: "\u2248",
  partial: "\u2202",
  nabla: "\u2207",
  LaTeX: "LaTeX",
  TeX: "TeX"
};
var latexWrappers = /* @__PURE__ */ new Set([
  "text",
  "textit",
  "textbf",
  "textrm",
  "textsf",
  "texttt",
  "textsc",
  "textup",
  "textnormal",
  "emph",
  "mbox",
  "mathrm",
  "mathbf",
  "mathit",
  "mathsf",
  "mathtt",
  "mathcal",
  "mathbb",
  "mathfrak",
  "mathscr",
  "boldsymbol",
  "bm",
  "operatorname",
  "hat",
  "widehat",
  "tilde",
  "widetilde",
  "bar",
  "overline",
  "vec",
  "dot",
  "ddot",
  "underline"
]);
function latexToText(text) {
  if (!/[\\${}~]/.test(text)) return text;
  return text.replace(/\\([&%$#_{}])/g, (_, char) => `\0${char.charCodeAt(0)}\0`).replace(
    /\\(["'`^~=.])\s*(?:\{\s*(\\[ij]|[A-Za-z])\s*\}|(\\[ij](?![A-Za-z])|[A-Za-z]))/g,
    (_, accent, braced, bare) => `${dotless(braced ?? bare ?? "")}${latexAccents[accent] ?? ""}`
  ).replace(
    /\\([uvHckrdb])(?:\s*\{\s*(\\[ij]|[A-Za-z])\s*\}|\s+([A-Za-z]))/g,
    (_, accent, braced, bare) => `${dotless(braced ?? bare ?? "")}${latexAccents[accent] ?? ""}`
  ).replace(/\\([A-Za-z]+)\*?(\s*\{)?/g, (whole, name, brace) => {
    if (latexWrappers.has(name)) return brace ? "{" : "";
    const symbol = Object.hasOwn(latexSymbols, name) ? latexSymbols[name] : void 0;
    if (symbol !== void 0) return `${symbol}${brace ? "{" : ""}`;
    return whole.slice(1);
  }).replace(/\\[,;:! ]|\\\\|~/g, " ").replace(/\\[()[\]]/g, "").replace(/[{}$]/g, "").replace(/\u0000(\d+)\u0000/g, (_, code) => String.fromCharCode(Number(code))).normalize("NFC");
}
var dotless = (letter) => letter === "\\i" ? "i" : letter === "\\j" ? "j" : letter;
var foldedLetters = {
  \u00F8: "o",
  \u00D8: "O",
  \u0142: "l",
  \u0141: "L",
  \u0111: "d",
  \u0110: "D",
  \u0127: "h",
  \u0126: "H",
  \u0131: "i",
  "\u0237": "j",
  \u00E6: "ae",
  \u00C6: "AE",
  \u0153: "oe",
  \u0152: "OE",
  \u00FE: "th",
  \u00DE: "Th",
  \u00F0: "d",
  \u00D0: "D",
  \u00DF: "ss",
  "\u1E9E": "SS"
};
function foldAccents(text) {
  return text.normalize("NFKD").replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, "").replace(/[øØłŁđĐħĦıȷæÆœŒþÞðÐßẞ]/g, (letter) => foldedLetters[letter] ?? letter).normalize("NFC");
}
function normalizeTitleLoose(title) {
  return normalizeTitle(foldAccents(latexToText(title)).replace(/&/g, " and "));
}
var stopWords = /* @__PURE__ */ new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "of",
  "for",
  "in",
  "on",
  "at",
  "to",
  "from",
  "by",
  "with",
  "without",
  "via",
  "as",
  "is",
  "are",
  "be",
  "its",
  "it",
  "into",
  "onto",
  "over",
  "under",
  "using",
  "vs",
  "versus",
  "do",
  "does",
  "we",
  "our",
  "how",
  "what",
  "when",
  "why",
  "can",
  "not",
  "no",
  "this",
  "that",
  "than",
  "towards",
  "toward"
]);
function titleWords(title) {
  const text = foldAccents(latexToText(title)).replace(/&/g, " and ").normalize("NFKC").toLowerCase();
  const words = [];
  for (const piece of text.split(/[^\p{L}\p{N}\-‐‑]+/u)) {
    const parts = piece.split(/[-‐‑]+/).filter((part) => part !== "");
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(""));
  }
  return words;
}
function stem(word) {
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
function splitName(title) {
  const match = /^([^:]{1,200}?)\s*:\s*(\S.*)$/su.exec(title.normalize("NFKC"));
  return match ? { name: match[1], rest: match[2] } : void 0;
}
var withoutAbbreviation = (title) => title.replace(/\s*[(（][^()（）]{1,40}[)）]\s*$/u, "") || title;
function compareTitles(first, second) {
  const loose = (title) => normalizeTitleLoose(title);
  const equal = loose(first) === loose(second);
  const a = withoutAbbreviation(first);
  const b = withoutAbbreviation(second);
  const splitA = splitName(a);
  const splitB = splitName(b);
  const sameButName = !equal && (loose(a) === loose(b) || splitA !== void 0 && (loose(splitA.rest) === loose(b) || loose(splitA.name) === loose(b)) || splitB !== void 0 && (loose(splitB.rest) === loose(a) || loose(splitB.name) === loose(a)) || splitA !== void 0 && splitB !== void 0 && loose(splitA.rest) === loose(splitB.rest));
  const wordsA = titleWords(a);
  const wordsB = titleWords(b);
  const topicA = new Set(wordsA.filter((word) => !stopWords.has(word)).map(stem));
  const topicB = new Set(wordsB.filter((word) => !stopWords.has(word)).map(stem));
  let shared = 0;
  for (const word of topicA) if (topicB.has(word)) shared += 1;
  const smaller = Math.min(topicA.size, topicB.size);
  const count = (title) => title.split(/[^\p{L}\p{N}\-‐‑]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return {
    equal,
    sameButName,
    shorterWords: Math.min(count(foldAccents(latexToText(a))), count(foldAccents(latexToText(b)))),
    similarity: topicA.size + topicB.size === 0 ? 0 : 2 * shared / (topicA.size + topicB.size),
    containment: smaller === 0 ? 0 : shared / smaller
  };
}

// src/metadata/arxiv-id.ts
var oldStyleArchives = /* @__PURE__ */ new Set([
  "acc-phys",
  "adap-org",
  "alg-geom",
  "ao-sci",
  "astro-ph",
  "atom-ph",
  "bayes-an",
  "chao-dyn",
  "chem-ph",
  "cmp-lg",
  "comp-gas",
  "cond-mat",
  "cs",
  "dg-ga",
  "funct-an",
  "gr-qc",
  "hep-ex",
  "hep-lat",
  "hep-ph",
  "hep-th",
  "math",
  "math-ph",
  "mtrl-th",
  "nlin",
  "nucl-ex",
  "nucl-th",
  "patt-sol",
  "physics",
  "plasm-ph",
  "q-alg",
  "q-bio",
  "quant-ph",
  "solv-int",
  "supr-con"
]);
var newStyle = /^(\d{2})(\d{2})\.(\d{4,5})(?:v(\d+))?$/;
var oldStyle = /^([a-z]+(?:-[a-z]+)?)(?:\.([a-z][a-z-]{1,15}))?\/(\d{2})(\d{2})(\d{3})(?:v(\d+))?$/i;
var monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function parseArxivId(text, now = Date.now()) {
  const written = text.trim().replace(/^arxiv:/i, "");
  const shown = written.length > 40 ? `${written.slice(0, 40)}\u2026` : written;
  const invalid = (why) => ({ valid: false, reason: `'${shown}' is not an arXiv id: ${why}` });
  if (written.length > 60) return invalid("it is far too long");
  const fresh = newStyle.exec(written);
  if (fresh) {
    const [, yy = "", mm = "", number = "", version] = fresh;
    const month = Number(mm);
    if (month < 1 || month > 12) return invalid(`month ${mm} does not exist`);
    const yearMonth = Number(yy + mm);
    if (yearMonth < 704) return invalid("ids of the form YYMM.NNNNN begin in April 2007 (0704)");
    const today = new Date(now);
    if ((2e3 + Number(yy)) * 100 + month > today.getUTCFullYear() * 100 + today.getUTCMonth() + 1) {
      return invalid(`${monthNames[month - 1]} 20${yy} has not begun yet`);
    }
    if (yearMonth <= 1412 && number.length !== 4) return invalid("ids from 2007 to 2014 have 4 digits after the dot");
    if (yearMonth >= 1501 && number.length !== 5) return invalid("ids from 2015 on have 5 digits after the dot");
    if (Number(number) === 0) return invalid(`the number ${number} is never given`);
    return withVersion({ id: `${yy}${mm}.${number}`, style: "new" }, version, invalid);
  }
  const old = oldStyle.exec(written);
  if (old) {
    const [, archiveWritten = "", , yy = "", mm = "", number = "", version] = old;
    const archive = archiveWritten.toLowerCase();
    if (!oldStyleArchives.has(archive)) return invalid(`'${archiveWritten}' is not an arXiv archive`);
    const month = Number(mm);
    if (month < 1 || month > 12) return invalid(`month ${mm} does not exist`);
    const sortable = (Number(yy) >= 91 ? 1900 : 2e3) * 100 + Number(yy) * 100 + month;
    if (sortable < 199108 || sortable > 200703) return invalid("old-style ids run from 9108 (August 1991) to 0703 (March 2007)");
    if (Number(number) === 0) return invalid("the number 000 is never given");
    return withVersion({ id: `${archive}/${yy}${mm}${number}`, style: "old" }, version, invalid);
  }
  if (/^\d{4}\.\d{4,5}v?\d*\S+$/.test(written)) return invalid("something follows the number (a typo such as a letter for a digit?)");
  return invalid("expected YYMM.NNNNN or archive/YYMMNNN, optionally followed by a version such as v2");
}
function withVersion(base, version, invalid) {
  if (version === void 0) return { valid: true, ...base };
  if (version.startsWith("0")) return invalid(version === "0" || /^0+$/.test(version) ? "versions count from v1" : `v${version} is written v${Number(version)}`);
  if (version.length > 4) return invalid(`v${version} is not a version arXiv gives`);
  return { valid: true, ...base, version: Number(version) };
}
function arxivMatchKey(text) {
  return text.trim().replace(/^arxiv:/i, "").replace(/v\d+$/i, "").replace(/^([a-z-]+)\.[a-z][a-z-]*\//i, "$1/").toLowerCase();
}
function parseReportedArxivId(text) {
  return parseArxivId(text, 864e13);
}

export {
  normalizeTitle,
  nearIdentical,
  maxEditsFor,
  numbersOf,
  editDistanceWithin,
  normalizeTitleLoose,
  compareTitles,
  parseArxivId,
  arxivMatchKey,
  parseReportedArxivId
};
