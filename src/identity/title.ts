/**
 * A title as compared for duplicates: Unicode NFKC, case folded, without punctuation, symbols or
 * spacing. Markdown, badges and `<br>` are already gone from the cell's visible text.
 */
export function normalizeTitle(visible: string): string {
  // ASCII is its own NFKC form, with no ß or final sigma: most titles skip the Unicode work.
  // split + join rather than replace: V8's replace leaves a chain of one string per word, and every
  // row of a list keeps its normalized title (a tenth of a large list's model was such chains).
  if (ascii.test(visible)) return visible.toLowerCase().split(asciiPunctuationOrSpace).join('');
  return visible
    .normalize('NFKC')
    .toLowerCase()
    // The full case foldings toLowerCase leaves out that occur in titles: ß/ẞ → ss, final sigma.
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ')
    .split(/[\p{P}\p{S}\s]+/u)
    .join('');
}

const ascii = /^[\x00-\x7f]*$/;
/** What `[\p{P}\p{S}\s]` matches among ASCII characters. */
const asciiPunctuationOrSpace = /[\x09-\x0d\x20!-/:-@[-`{-~]+/;
const digitRuns = /\p{Nd}+/gu;
const asciiDigitRuns = /[0-9]+/g;

/**
 * Whether two normalized titles are near-identical: a typo or two apart, never a differing number
 * ("GPT-3" and "GPT-4" are different papers). Short titles must match exactly.
 */
export function nearIdentical(a: string, b: string): boolean {
  if (a === b) return false;
  const allowed = maxEditsFor(Math.min(a.length, b.length));
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return false;
  if (numbersOf(a) !== numbersOf(b)) return false;
  return editDistanceWithin(a, b, allowed);
}

/** Edits that still make two titles "a typo or two" apart, by the shorter one's length. */
export const maxEditsFor = (length: number) => (length >= 24 ? 2 : length >= 12 ? 1 : 0);

/** The numbers in a title, in order: titles that differ in them are different papers. */
export const numbersOf = (title: string) => (title.match(ascii.test(title) ? asciiDigitRuns : digitRuns) ?? []).join(',');

/** Optimal string alignment distance (transpositions count once), cut off as soon as it exceeds `max`. */
export function editDistanceWithin(a: string, b: string, max: number): boolean {
  const n = a.length;
  const m = b.length;
  let previous2 = new Array<number>(m + 1).fill(0);
  let previous = Array.from({ length: m + 1 }, (_, j) => j);
  let current = new Array<number>(m + 1).fill(0);
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

// ---------------------------------------------------------------------------------------------
// Titles as the metadata sources write them: LaTeX, accents, and a token similarity
// ---------------------------------------------------------------------------------------------

/** Accent commands and the combining marks they stand for: `\"o` is ö, `\c{c}` is ç. */
const latexAccents: Record<string, string> = {
  '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030c', H: '\u030b', c: '\u0327', k: '\u0328', r: '\u030a', d: '\u0323', b: '\u0331',
};

/** Commands that stand for a letter or a symbol. */
const latexSymbols: Record<string, string> = {
  ss: 'ß', o: 'ø', O: 'Ø', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', l: 'ł', L: 'Ł', i: 'ı', j: 'ȷ',
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  vartheta: 'θ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ', sigma: 'σ',
  tau: 'τ', upsilon: 'υ', phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω', Gamma: 'Γ', Delta: 'Δ',
  Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  ell: 'ℓ', infty: '∞', times: '×', to: '→', rightarrow: '→', leftarrow: '←', le: '≤', leq: '≤', ge: '≥',
  geq: '≥', pm: '±', cdot: '·', approx: '≈', partial: '∂', nabla: '∇', LaTeX: 'LaTeX', TeX: 'TeX',
};

/** Commands whose argument is what is printed: `\textit{Deep}` prints "Deep". */
const latexWrappers = new Set([
  'text', 'textit', 'textbf', 'textrm', 'textsf', 'texttt', 'textsc', 'textup', 'textnormal', 'emph', 'mbox',
  'mathrm', 'mathbf', 'mathit', 'mathsf', 'mathtt', 'mathcal', 'mathbb', 'mathfrak', 'mathscr', 'boldsymbol',
  'bm', 'operatorname', 'hat', 'widehat', 'tilde', 'widetilde', 'bar', 'overline', 'vec', 'dot', 'ddot', 'underline',
]);

/**
 * LaTeX as arXiv titles carry it (`$\ell_1$-regularized`, `{BERT}`, `Schr\"odinger`, `\emph{Deep}`),
 * read as the text it prints: math delimiters and grouping braces dropped, accent commands turned
 * into accented letters, Greek letters and common symbols into their characters, formatting
 * commands into their argument. An unknown command leaves its name. Text without a backslash, `$`
 * or braces comes back as it was.
 */
export function latexToText(text: string): string {
  if (!/[\\${}~]/.test(text)) return text;
  return text
    .replace(/\\([&%$#_{}])/g, (_, char: string) => `\u0000${char.charCodeAt(0)}\u0000`)
    .replace(/\\(["'`^~=.])\s*(?:\{\s*(\\[ij]|[A-Za-z])\s*\}|(\\[ij](?![A-Za-z])|[A-Za-z]))/g, (_, accent: string, braced?: string, bare?: string) =>
      `${dotless(braced ?? bare ?? '')}${latexAccents[accent] ?? ''}`,
    )
    .replace(/\\([uvHckrdb])(?:\s*\{\s*(\\[ij]|[A-Za-z])\s*\}|\s+([A-Za-z]))/g, (_, accent: string, braced?: string, bare?: string) =>
      `${dotless(braced ?? bare ?? '')}${latexAccents[accent] ?? ''}`,
    )
    .replace(/\\([A-Za-z]+)\*?(\s*\{)?/g, (whole, name: string, brace?: string) => {
      if (latexWrappers.has(name)) return brace ? '{' : '';
      const symbol = Object.hasOwn(latexSymbols, name) ? latexSymbols[name] : undefined;
      if (symbol !== undefined) return `${symbol}${brace ? '{' : ''}`;
      return whole.slice(1);
    })
    .replace(/\\[,;:! ]|\\\\|~/g, ' ')
    .replace(/\\[()[\]]/g, '')
    .replace(/[{}$]/g, '')
    .replace(/\u0000(\d+)\u0000/g, (_, code: string) => String.fromCharCode(Number(code)))
    .normalize('NFC');
}

const dotless = (letter: string) => (letter === '\\i' ? 'i' : letter === '\\j' ? 'j' : letter);

/** Letters that Unicode does not decompose into a base letter and a mark. */
const foldedLetters: Record<string, string> = {
  ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ȷ: 'j', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
  þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ß: 'ss', ẞ: 'SS',
};

/**
 * Accents folded away (`é` → `e`, `ö` → `o`), with the letters Unicode keeps whole (`ø`, `ł`, `æ`)
 * spelt in ASCII: "Schrödinger", "Schrodinger" and `Schr\"odinger` compare equal. Only the Latin,
 * Greek and Cyrillic combining diacritics are dropped, so other scripts' vowel signs stay.
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, '')
    .replace(/[øØłŁđĐħĦıȷæÆœŒþÞðÐßẞ]/g, (letter) => foldedLetters[letter] ?? letter)
    .normalize('NFC');
}

/**
 * A title as title-mismatch compares it for equality: LaTeX read, accents folded, `&` as "and",
 * then as duplicate titles are compared (normalizeTitle).
 */
export function normalizeTitleLoose(title: string): string {
  return normalizeTitle(foldAccents(latexToText(title)).replace(/&/g, ' and '));
}

/** Words that carry no topic: they count for a title's length, not for its similarity. */
const stopWords = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'for', 'in', 'on', 'at', 'to', 'from', 'by', 'with', 'without', 'via', 'as',
  'is', 'are', 'be', 'its', 'it', 'into', 'onto', 'over', 'under', 'using', 'vs', 'versus', 'do', 'does', 'we', 'our',
  'how', 'what', 'when', 'why', 'can', 'not', 'no', 'this', 'that', 'than', 'towards', 'toward',
]);

/**
 * The words of a title: LaTeX read, accents folded, case folded, split at everything that is not a
 * letter or a digit. A hyphenated word gives its parts and, joined, the whole (`Re-Basin`: `re`,
 * `basin`, `rebasin`), so that it meets both spellings.
 */
export function titleWords(title: string): string[] {
  const text = foldAccents(latexToText(title)).replace(/&/g, ' and ').normalize('NFKC').toLowerCase();
  const words: string[] = [];
  for (const piece of text.split(/[^\p{L}\p{N}\-‐‑]+/u)) {
    const parts = piece.split(/[-‐‑]+/).filter((part) => part !== '');
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(''));
  }
  return words;
}

/** A word as similarity compares it: a plural's final -s (or -ies) dropped, so "Networks" meets "Network". */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** A title's name and the rest, split at its first colon (`ZipIt!: Merging Models…`), when it has one. */
function splitName(title: string): { name: string; rest: string } | undefined {
  const match = /^([^:]{1,200}?)\s*:\s*(\S.*)$/su.exec(title.normalize('NFKC'));
  return match ? { name: match[1] as string, rest: match[2] as string } : undefined;
}

export interface TitleComparison {
  /** Equal after normalizeTitleLoose. */
  equal: boolean;
  /**
   * Equal but for a name before a colon, as lists and authors write one or leave it out: the row
   * `EAT: Efficient Emotional Adaptation…` for the paper `Efficient Emotional Adaptation…`, the row
   * `Audio-driven Facial Reenactment` for `Neural Voice Puppetry: Audio-driven Facial Reenactment`,
   * the row `ZipIt!` for `ZipIt! Merging Models…: …`, or a row without the paper's subtitle.
   */
  sameButName: boolean;
  /** Words of the shorter title, stop words included (a hyphenated word counts once). */
  shorterWords: number;
  /** Dice coefficient of the two titles' sets of topic words (stop words left out, plurals folded): 0 to 1. */
  similarity: number;
  /** Share of the smaller set of topic words found in the other: 1 when one title's topic words all occur in the other. */
  containment: number;
}

/** A title without a final parenthesised abbreviation, as lists add one: `Concept Embedding Models (CEMs)`. */
const withoutAbbreviation = (title: string) => title.replace(/\s*[(（][^()（）]{1,40}[)）]\s*$/u, '') || title;

/** How alike two titles are (see TitleComparison). A final "(ABBR)" on either is left out but for `equal`. */
export function compareTitles(first: string, second: string): TitleComparison {
  const loose = (title: string) => normalizeTitleLoose(title);
  const equal = loose(first) === loose(second);
  const a = withoutAbbreviation(first);
  const b = withoutAbbreviation(second);
  const splitA = splitName(a);
  const splitB = splitName(b);
  const sameButName =
    !equal &&
    (loose(a) === loose(b) ||
      (splitA !== undefined && (loose(splitA.rest) === loose(b) || loose(splitA.name) === loose(b))) ||
      (splitB !== undefined && (loose(splitB.rest) === loose(a) || loose(splitB.name) === loose(a))) ||
      (splitA !== undefined && splitB !== undefined && loose(splitA.rest) === loose(splitB.rest)));
  const wordsA = titleWords(a);
  const wordsB = titleWords(b);
  const topicA = new Set(wordsA.filter((word) => !stopWords.has(word)).map(stem));
  const topicB = new Set(wordsB.filter((word) => !stopWords.has(word)).map(stem));
  let shared = 0;
  for (const word of topicA) if (topicB.has(word)) shared += 1;
  const smaller = Math.min(topicA.size, topicB.size);
  const count = (title: string) => title.split(/[^\p{L}\p{N}\-‐‑]+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return {
    equal,
    sameButName,
    shorterWords: Math.min(count(foldAccents(latexToText(a))), count(foldAccents(latexToText(b)))),
    similarity: topicA.size + topicB.size === 0 ? 0 : (2 * shared) / (topicA.size + topicB.size),
    containment: smaller === 0 ? 0 : shared / smaller,
  };
}
