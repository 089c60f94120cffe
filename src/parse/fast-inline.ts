import type { PhrasingContent } from 'mdast';
import type { Point } from './model.js';

/**
 * The inline markdown of a table cell or a heading, read the way remark + remark-gfm (micromark and
 * mdast-util-from-markdown) read it, without loading them: escapes, character references, code
 * spans, autolinks, inline HTML, links and images (inline and by reference, nested in brackets,
 * badges inside links), `*` and `_` emphasis and strong emphasis with CommonMark's delimiter rules,
 * GFM strikethrough and GFM literal autolinks (`https://…`, `www.…`). The mdast nodes it builds give
 * the same visible text, links and spans as remark's (test/parse/fast-model.test.ts and
 * test/parse/fast-inline.test.ts compare both on every list of the corpus and on generated text).
 *
 * What it does not read exactly — a named character reference outside a short list, an e-mail
 * address GFM would link, text that remark-gfm's autolink step would rewrite, nesting deeper than
 * `maxNesting` — makes it answer `undefined` (and say why), and the caller hands the text to remark;
 * with `lenient`, it reads those as plain text instead (the bounded fallback for cells remark cannot
 * read in bounded time). Unlike micromark, every step is linear in the text's length: openers are
 * found through stacks per delimiter kind, and every forward search is remembered.
 */
export function parseInline(source: string, base: number, point: (offset: number) => Point, options: InlineOptions = {}): PhrasingContent[] | undefined {
  return new InlineReader(source, base, point, options).read();
}

export interface InlineOptions {
  /** Whether a reference definition exists for a label (then `[label]` is a link reference). */
  isDefined?: ((label: string) => boolean) | undefined;
  /** A table cell: GFM reads `\|` as `|` in its code spans. */
  inTable?: boolean;
  /** Told why the text is left to remark. */
  why?: ((reason: string) => void) | undefined;
  /** Never answer `undefined`: read what is not read exactly as plain text (see `parseInline`). */
  lenient?: boolean;
}

/**
 * Emphasis and links nested deeper than this are no list's: micromark takes time quadratic in the
 * depth on them, and a tree thousands of levels deep overflows the stack of whoever walks it.
 */
export const maxNesting = 64;
/** The reason given for such nesting: remark cannot read it in bounded time either. */
export const tooDeep = 'emphasis or links nested more than 64 deep';

/** micromark's normalizeIdentifier, lower-cased as mdast's `identifier`. */
export const normalizeLabel = (label: string) =>
  // Printable ASCII without runs of spaces or spaces at the ends (most labels) only needs lower case.
  simpleLabel.test(label) ? label.toLowerCase() : label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();
const simpleLabel = /^(?! )(?!.* {2})(?!.* $)[\x20-\x7e]*$/;

// ---- characters, as micromark classifies them (UTF-16 code units; -1 is "no character") ----

const unicodeWhitespace = /\s/;
const unicodePunctuation = /[\p{P}\p{S}]/u;
const isWhitespace = (code: number) =>
  code < 0 || code === 32 || (code >= 9 && code <= 13) || (code >= 128 && unicodeWhitespace.test(String.fromCharCode(code)));
const isPunctuation = (code: number) => (code < 128 ? isAsciiPunctuation(code) : unicodePunctuation.test(String.fromCharCode(code)));
/** micromark's classifyCharacter: 1 whitespace (or none), 2 punctuation, 0 anything else. */
const classify = (code: number) => (isWhitespace(code) ? 1 : isPunctuation(code) ? 2 : 0);
const isAsciiAlpha = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;
const isAsciiAlphanumeric = (code: number) => isAsciiAlpha(code) || isAsciiDigit(code);
const isAsciiControl = (code: number) => code >= 0 && (code < 32 || code === 127);
const isAsciiPunctuation = (code: number) => (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
/** Space, tab or a line ending (micromark's markdownLineEndingOrSpace). */
const isBlank = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
/** micromark's asciiAtext (e-mail autolinks). */
const isAtext = (code: number) => (code >= 35 && code <= 39) || code === 42 || code === 43 || (code >= 45 && code <= 57) || code === 61 || code === 63 || (code >= 65 && code <= 90) || (code >= 94 && code <= 126);

/**
 * Named character references read here; any other name may or may not be one (HTML knows 2,125),
 * so it is left to remark. Values from the `character-entities` package micromark decodes with.
 */
const namedReferences: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™', hellip: '…', mdash: '—', ndash: '–',
  middot: '·', times: '×', divide: '÷', rarr: '→', larr: '←', harr: '↔', uarr: '↑', darr: '↓', rArr: '⇒', lArr: '⇐', hArr: '⇔',
  laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', bull: '•', deg: '°', plusmn: '±', micro: 'µ', para: '¶',
  sect: '§', cent: '¢', pound: '£', euro: '€', yen: '¥', shy: '\u00ad', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε',
  lambda: 'λ', mu: 'μ', pi: 'π', sigma: 'σ', theta: 'θ', omega: 'ω', Delta: 'Δ', Sigma: 'Σ', le: '≤', ge: '≥', ne: '≠',
  asymp: '≈', infin: '∞', sim: '∼', check: '✓', cross: '✗', star: '☆', hearts: '♥', dagger: '†',
};

/** micromark-util-decode-numeric-character-reference. */
function decodeNumeric(value: string, radix: number): string {
  const code = Number.parseInt(value, radix);
  if (
    code < 9 || code === 11 || (code > 13 && code < 32) || (code > 126 && code < 160) || (code > 55_295 && code < 57_344) ||
    (code > 64_975 && code < 65_008) || (code & 65_535) === 65_535 || (code & 65_535) === 65_534 || code > 1_114_111
  ) {
    return '\uFFFD';
  }
  return String.fromCodePoint(code);
}

const characterReference = /&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z0-9]{1,31}));/y;
/** An address GFM may link in plain text (an e-mail, `mailto:`, `xmpp:`): left to remark. */
const emailLike = /[\w+.-]@[\w-]*\.[\w-]/;
/** What remark-gfm's autolink step (mdast-util-gfm-autolink-literal) would rewrite in a text node. */
const literalInText = /(?<![\da-z])(?:https?:\/\/|www\.)/i;
const httpPrefix = /https?:\/\//iy;
const wwwPrefix = /[wW]{3}\.(?=[^])/y;
/** Characters where markup may start; the second also where a GFM literal autolink may. */
const special = /[\\`<&[\]!*_~]/g;
const specialOrLiteral = /[\\`<&[\]!*_~hHwW]/g;
const autolinkUri = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\0- <>\x7f]*>/y;

// ---- the inline items, a doubly linked list (so that groups form in constant time) ----

const enum Kind {
  /** Text from source `s` to `e`: the source's own characters, or `decoded` (an escape, a reference). */
  Text,
  /** A finished node (code, HTML, autolink) in `node`, or a group (emphasis, link…) in `group`. */
  Node,
  /** A run of `*`, `_` or `~` whose remaining characters are `s`…`e`. */
  Delimiter,
  /** `[` or `![` that may start a link or image. */
  Label,
}

const enum Flag {
  Open = 1,
  Close = 2,
  Dead = 4,
  Image = 8,
  Balanced = 16,
}

type GroupType = 'emphasis' | 'strong' | 'delete' | 'link' | 'image' | 'linkReference' | 'imageReference';

/** Emphasis, strikethrough, a link or an image, with its children `head`…`tail`. */
interface Group {
  type: GroupType;
  /** Where its content starts and ends in the source (its children and the text between them). */
  from: number;
  to: number;
  head: Item | null;
  tail: Item | null;
  depth: number;
  url: string;
  referenceType: 'full' | 'collapsed' | 'shortcut';
  label: string;
}

/** An inline item; few fields, as a hostile cell makes a million of them. */
class Item {
  prev: Item | null = null;
  next: Item | null = null;
  decoded: string | undefined = undefined;
  node: PhrasingContent | undefined = undefined;
  group: Group | undefined = undefined;
  flags = 0;
  marker = 0;
  constructor(
    readonly kind: Kind,
    public s: number,
    public e: number,
  ) {}
}

/**
 * A link destination's text with escapes and character references decoded, as micromark's
 * decodeString does; undefined when it holds a named reference outside `namedReferences` (unless
 * `keepUnknown`, which leaves such a reference as written).
 */
export function decodeDestination(raw: string, keepUnknown = false): string | undefined {
  if (!/[\\&]/.test(raw)) return raw;
  let unknown = false;
  const decoded = raw.replace(/\\([!-/:-@[-`{-~])|&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z0-9]{1,31}));/g, (whole, escaped?: string, decimal?: string, hex?: string, name?: string) => {
    if (escaped !== undefined) return escaped;
    if (decimal !== undefined) return decodeNumeric(decimal, 10);
    if (hex !== undefined) return decodeNumeric(hex, 16);
    const known = Object.hasOwn(namedReferences, name as string) ? namedReferences[name as string] : undefined;
    if (known !== undefined) return known;
    unknown = true;
    return whole;
  });
  return unknown && !keepUnknown ? undefined : decoded;
}

/** Whether the character at `at` is escaped: an odd number of backslashes stand before it. */
function escapedAt(source: string, at: number): boolean {
  let i = at;
  while (i > 0 && source.charCodeAt(i - 1) === 92) i -= 1;
  return (at - i) % 2 === 1;
}

/** Labels compared with definitions are at most this long (a definition's label has at most 999 characters). */
const maxLabelLength = 4096;

/**
 * Prefix sums of a text's unescaped parentheses, for link destinations in linear time: a raw
 * destination from `p` ends at the first blank, control character or end (`stops`) unless the sum
 * drops below its value at `p` first (the `)` that closes the resource: `drops`, the next smaller
 * element) or rises 33 above it (a `(` too deep: a range maximum).
 */
class Parentheses {
  private readonly sums: Int32Array;
  private readonly drops: Int32Array;
  private readonly stops: Int32Array;
  private maxima: Int32Array[] | undefined;
  private readonly opens: number;

  constructor(private readonly src: string) {
    const n = src.length;
    const sums = new Int32Array(n + 1);
    let opens = 0;
    for (let i = 0; i < n; i += 1) {
      const c = src.charCodeAt(i);
      let step = 0;
      if (c === 92) {
        // A backslash escapes a parenthesis or a backslash after it.
        const next = src.charCodeAt(i + 1);
        if (next === 40 || next === 41 || next === 92) {
          sums[i + 1] = sums[i] as number;
          sums[i + 2] = sums[i] as number;
          i += 1;
          continue;
        }
      } else if (c === 40) {
        step = 1;
        opens += 1;
      } else if (c === 41) step = -1;
      sums[i + 1] = (sums[i] as number) + step;
    }
    this.sums = sums;
    this.opens = opens;
    // The next position whose sum is smaller (n + 1: none), by a stack of positions.
    const drops = new Int32Array(n + 1).fill(n + 1);
    const stack = new Int32Array(n + 1);
    let top = 0;
    for (let i = 0; i <= n; i += 1) {
      while (top > 0 && (sums[stack[top - 1] as number] as number) > (sums[i] as number)) drops[stack[--top] as number] = i;
      stack[top++] = i;
    }
    this.drops = drops;
    const stops = new Int32Array(n + 1);
    stops[n] = n;
    for (let i = n - 1; i >= 0; i -= 1) {
      const c = src.charCodeAt(i);
      stops[i] = c <= 32 || c === 127 ? i : (stops[i + 1] as number);
    }
    this.stops = stops;
  }

  destinationEnd(from: number): number {
    const stop = this.stops[from] as number;
    const drop = (this.drops[from] as number) - 1;
    const base = this.sums[from] as number;
    let end: number;
    if (drop < stop) end = drop; // the `)` that ends the destination
    else if ((this.sums[stop] as number) === base && (stop === this.src.length || isBlank(this.src.charCodeAt(stop)))) end = stop;
    else return -1;
    return this.opens >= 33 && this.rangeMax(from + 1, end) - base >= 33 ? -1 : end;
  }

  /** The largest sum at positions from..to (a sparse table, built when first needed). */
  private rangeMax(from: number, to: number): number {
    if (to < from) return Number.NEGATIVE_INFINITY;
    if (!this.maxima) {
      const levels = [this.sums];
      for (let width = 1; width * 2 <= this.sums.length; width *= 2) {
        const previous = levels[levels.length - 1] as Int32Array;
        const next = new Int32Array(this.sums.length - width * 2 + 1);
        for (let i = 0; i < next.length; i += 1) next[i] = Math.max(previous[i] as number, previous[i + width] as number);
        levels.push(next);
      }
      this.maxima = levels;
    }
    const level = 31 - Math.clz32(to - from + 1);
    const table = this.maxima[level] as Int32Array;
    return Math.max(table[from] as number, table[to - (1 << level) + 1] as number);
  }
}

class Fail {
  constructor(readonly reason: string) {}
}

class InlineReader {
  private readonly src: string;
  private readonly n: number;
  private readonly isDefined: ((label: string) => boolean) | undefined;
  private readonly lenient: boolean;
  private readonly inTable: boolean;
  /** The list's sentinel head and its last item. */
  private readonly first = new Item(Kind.Text, 0, 0);
  private last: Item = this.first;
  /** Label starts not yet used or balanced away (micromark's `_labelStarts`). */
  private readonly labels: Item[] = [];
  /** Link label starts below this index are inactive: a link formed after them. */
  private inactiveBelow = 0;
  /** Label starts neither used nor balanced: while there are any, no literal autolink starts. */
  private openLabels = 0;
  /** Where the first attention run and the first strikethrough run were read (resolution order). */
  private firstAttention = -1;
  private firstTilde = -1;
  private backtickRuns: Map<number, { starts: number[]; next: number }> | undefined;
  private readonly searches = new Map<string, { from: number; at: number }>();
  private trailMemo: Int8Array | undefined;
  private parens: Parentheses | undefined;

  constructor(
    source: string,
    private readonly base: number,
    private readonly point: (offset: number) => Point,
    private readonly options: InlineOptions,
  ) {
    this.src = source;
    this.n = source.length;
    this.isDefined = options.isDefined;
    this.lenient = options.lenient === true;
    this.inTable = options.inTable === true;
  }

  read(): PhrasingContent[] | undefined {
    try {
      if (!this.lenient && this.src.includes('@') && emailLike.test(this.src)) throw new Fail('an e-mail address GFM may link');
      this.tokenize();
      this.resolveTopLevel();
      return this.build(this.first.next, 0, this.n, false);
    } catch (error) {
      if (!(error instanceof Fail)) throw error;
      this.options.why?.(error.reason);
      if (!this.lenient) return undefined;
      // The lenient reading of what even it cannot build: the source as plain text.
      return this.n === 0 ? [] : [{ type: 'text', value: this.src, position: this.position(0, this.n) }];
    }
  }

  private code(at: number): number {
    return at >= 0 && at < this.n ? this.src.charCodeAt(at) : -1;
  }

  private position(start: number, end: number) {
    return { start: this.point(this.base + start), end: this.point(this.base + end) };
  }

  /** The next index of `needle` at or after `from` (remembered: searches only move forward). */
  private indexOf(needle: string, from: number): number {
    const cached = this.searches.get(needle);
    if (cached && cached.from <= from && (cached.at === -1 || cached.at >= from)) return cached.at;
    const at = this.src.indexOf(needle, from);
    this.searches.set(needle, { from, at });
    return at;
  }

  /** The next `char` at or after `from` that no backslash escapes (remembered, as `indexOf`). */
  private unescapedIndexOf(char: string, from: number): number {
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
  private destinationEnd(from: number): number {
    let balance = 0;
    for (let i = from; i < from + 256; i += 1) {
      const c = this.code(i);
      if (balance === 0 && (c < 0 || c === 41 || isBlank(c))) return i;
      if (c === 40 && balance < 32) balance += 1;
      else if (c === 41) balance -= 1;
      else if (c < 0 || c === 32 || c === 40 || isAsciiControl(c)) return -1;
      else if (c === 92 && [40, 41, 92].includes(this.code(i + 1))) i += 1;
    }
    const parens = (this.parens ??= new Parentheses(this.src));
    return parens.destinationEnd(from);
  }

  // ---- the list ----

  private append(item: Item): Item {
    item.prev = this.last;
    this.last.next = item;
    this.last = item;
    return item;
  }

  /**
   * Text from `s` to `e`. The source's own characters need no item: text is whatever lies between
   * items. Only `decoded` text (an escape, a character reference) is an item.
   */
  private text(s: number, e: number, decoded?: string): void {
    if (e <= s || decoded === undefined) return;
    const item = new Item(Kind.Text, s, e);
    item.decoded = decoded;
    this.append(item);
  }

  private nodeItem(s: number, e: number, node: PhrasingContent): void {
    const item = new Item(Kind.Node, s, e);
    item.node = node;
    this.append(item);
  }

  // ---- tokenizing, left to right, as micromark's text tokenizer does ----

  private tokenize(): void {
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
        case 92: // backslash
          if (this.code(i + 1) === 10 || this.code(i + 1) === 13) {
            // A hard line break (only in a setext heading's lines: cells are one line).
            this.nodeItem(i, i + 1, { type: 'break', position: this.position(i, i + 1) });
            i += 1;
            continue;
          }
          if (isAsciiPunctuation(this.code(i + 1))) {
            this.text(i, i + 2, src[i + 1] as string);
            i += 2;
            continue;
          }
          break;
        case 96: // backtick
          end = this.codeSpan(i);
          if (end < 0) {
            // An unmatched run is literal text, all of it.
            let j = i;
            while (src.charCodeAt(j) === 96) j += 1;
            i = j;
            continue;
          }
          break;
        case 60: // <
          end = this.angle(i);
          break;
        case 38: // &
          end = this.reference(i);
          break;
        case 91: // [
          this.labelStart(i, i + 1, false);
          end = i + 1;
          break;
        case 33: // !
          if (this.code(i + 1) === 91) {
            this.labelStart(i, i + 2, true);
            end = i + 2;
          }
          break;
        case 93: // ]
          end = this.labelEnd(i);
          break;
        case 42: // *
        case 95: // _
        case 126: // ~
          end = this.delimiterRun(i, c);
          break;
        default: // h, H, w, W: a GFM literal autolink?
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
  private codeSpan(at: number): number {
    const src = this.src;
    let j = at;
    while (src.charCodeAt(j) === 96) j += 1;
    const size = j - at;
    const close = this.nextBacktickRun(size, j);
    if (close < 0) return -1;
    let value = src.slice(j, close);
    // One space (or line ending) of padding on each side goes when both are there and the code is
    // not all spaces and line endings.
    if (/^(?: |\r\n?|\n)[^]*?[^ \r\n][^]*(?: |\r\n?|\n)$/.test(value)) value = value.replace(/^(?: |\r\n?|\n)/, '').replace(/(?: |\r\n?|\n)$/, '');
    // mdast-util-gfm-table: in a table, `\|` inside code is `|`.
    if (this.inTable) value = value.replace(/\\([\\|])/g, (whole, char: string) => (char === '|' ? char : whole));
    const end = close + size;
    this.nodeItem(at, end, { type: 'inlineCode', value, position: this.position(at, end) });
    return end;
  }

  /** The start of the next maximal run of exactly `size` backticks at or after `from`, or -1. */
  private nextBacktickRun(size: number, from: number): number {
    if (!this.backtickRuns) {
      this.backtickRuns = new Map();
      const runs = /`+/g;
      for (let m = runs.exec(this.src); m; m = runs.exec(this.src)) {
        const list = this.backtickRuns.get(m[0].length) ?? { starts: [], next: 0 };
        list.starts.push(m.index);
        this.backtickRuns.set(m[0].length, list);
      }
    }
    const list = this.backtickRuns.get(size);
    if (!list) return -1;
    while (list.next < list.starts.length && (list.starts[list.next] as number) < from) list.next += 1;
    return list.next < list.starts.length ? (list.starts[list.next] as number) : -1;
  }

  /** `<`: an autolink or inline HTML; its end, or -1 (a literal `<`). */
  private angle(at: number): number {
    const src = this.src;
    autolinkUri.lastIndex = at;
    const uri = autolinkUri.exec(src);
    if (uri) {
      const end = at + uri[0].length;
      const url = src.slice(at + 1, end - 1);
      this.nodeItem(at, end, { type: 'link', title: null, url, children: [{ type: 'text', value: url, position: this.position(at + 1, end - 1) }], position: this.position(at, end) });
      return end;
    }
    const email = this.emailAutolinkEnd(at);
    if (email > 0) {
      const address = src.slice(at + 1, email - 1);
      this.nodeItem(at, email, { type: 'link', title: null, url: `mailto:${address}`, children: [{ type: 'text', value: address, position: this.position(at + 1, email - 1) }], position: this.position(at, email) });
      return email;
    }
    const html = this.htmlEnd(at);
    if (html < 0) return -1;
    this.nodeItem(at, html, { type: 'html', value: src.slice(at, html), position: this.position(at, html) });
    return html;
  }

  /** micromark's e-mail autolink (`<a@b.c>`): its end, or -1. */
  private emailAutolinkEnd(at: number): number {
    let i = at + 1;
    if (this.code(i) === 64) return -1;
    while (isAtext(this.code(i))) i += 1;
    if (i === at + 1 || this.code(i) !== 64) return -1;
    i += 1;
    // Labels of letters, digits and inner dashes (at most 63 characters), separated by dots.
    for (;;) {
      if (!isAsciiAlphanumeric(this.code(i))) return -1;
      let size = 0;
      for (;;) {
        const c = this.code(i);
        if (c === 46 || c === 62) break;
        if ((c === 45 || isAsciiAlphanumeric(c)) && size < 63) {
          size += 1;
          i += 1;
          continue;
        }
        return -1;
      }
      // The label may not end with a dash (micromark is then still inside emailValue).
      if (this.code(i - 1) === 45) return -1;
      if (this.code(i) === 62) return i + 1;
      i += 1; // the dot
    }
  }

  /** micromark's inline HTML (htmlText): the end of the tag, comment or other construct, or -1. */
  private htmlEnd(at: number): number {
    const src = this.src;
    let i = at + 1;
    const c = this.code(i);
    if (c === 33) {
      // <!-- comment -->, <![CDATA[ … ]]> or <!DECLARATION …>
      const d = this.code(i + 1);
      if (d === 45) {
        if (this.code(i + 2) !== 45) return -1;
        // `<!-->` and `<!--->` are (empty) comments too: the `-->` may reuse the opening dashes.
        const close = this.indexOf('-->', at + 2);
        return close < 0 ? -1 : close + 3;
      }
      if (d === 91) {
        if (src.slice(i + 2, i + 8) !== 'CDATA[') return -1;
        const close = this.indexOf(']]>', i + 8);
        return close < 0 ? -1 : close + 3;
      }
      if (isAsciiAlpha(d)) {
        const close = this.indexOf('>', i + 2);
        return close < 0 ? -1 : close + 1;
      }
      return -1;
    }
    if (c === 63) {
      const close = this.indexOf('?>', i + 1);
      return close < 0 ? -1 : close + 2;
    }
    if (c === 47) {
      // </tag>
      i += 1;
      if (!isAsciiAlpha(this.code(i))) return -1;
      while (this.code(i) === 45 || isAsciiAlphanumeric(this.code(i))) i += 1;
      while (isBlank(this.code(i))) i += 1;
      return this.code(i) === 62 ? i + 1 : -1;
    }
    if (!isAsciiAlpha(c)) return -1;
    // <tag attribute="value" …>
    while (this.code(i) === 45 || isAsciiAlphanumeric(this.code(i))) i += 1;
    {
      const after = this.code(i);
      if (!(after === 47 || after === 62 || isBlank(after))) return -1;
    }
    // tagOpenBetween
    for (;;) {
      let d = this.code(i);
      if (d === 47) return this.code(i + 1) === 62 ? i + 2 : -1;
      if (d === 58 || d === 95 || isAsciiAlpha(d)) {
        i += 1;
        while ((d = this.code(i)) === 45 || d === 46 || d === 58 || d === 95 || isAsciiAlphanumeric(d)) i += 1;
        // tagOpenAttributeNameAfter
        while (isBlank(this.code(i))) i += 1;
        if (this.code(i) !== 61) continue;
        i += 1;
        // tagOpenAttributeValueBefore
        while (isBlank(this.code(i))) i += 1;
        d = this.code(i);
        if (d < 0 || d === 60 || d === 61 || d === 62 || d === 96) return -1;
        if (d === 34 || d === 39) {
          const close = this.indexOf(d === 34 ? '"' : "'", i + 1);
          if (close < 0) return -1;
          i = close + 1;
          const after = this.code(i);
          if (!(after === 47 || after === 62 || isBlank(after))) return -1;
          continue;
        }
        // An unquoted value (its first character may be `/`); micromark ends it at `/`, `>` or a blank.
        i += 1;
        for (;;) {
          d = this.code(i);
          if (d < 0 || d === 34 || d === 39 || d === 60 || d === 61 || d === 96) return -1;
          if (d === 47 || d === 62 || isBlank(d)) break;
          i += 1;
        }
        continue;
      }
      if (isBlank(d)) {
        i += 1;
        continue;
      }
      return d === 62 ? i + 1 : -1;
    }
  }

  /** `&…;`: a character reference; its end, or -1 (a literal `&`). */
  private reference(at: number): number {
    characterReference.lastIndex = at;
    const match = characterReference.exec(this.src);
    if (!match) return -1;
    let value: string;
    if (match[1] !== undefined) value = decodeNumeric(match[1], 10);
    else if (match[2] !== undefined) value = decodeNumeric(match[2], 16);
    else {
      const known = Object.hasOwn(namedReferences, match[3] as string) ? namedReferences[match[3] as string] : undefined;
      if (known === undefined) {
        if (!this.lenient) throw new Fail(`the character reference ${JSON.stringify(match[0])}`);
        return -1;
      }
      value = known;
    }
    const end = at + match[0].length;
    this.text(at, end, value);
    return end;
  }

  private labelStart(s: number, e: number, image: boolean): void {
    const item = new Item(Kind.Label, s, e);
    if (image) item.flags |= Flag.Image;
    this.append(item);
    this.labels.push(item);
    this.openLabels += 1;
  }

  /** `]` at `at`: a link, image or reference when one forms, else a literal `]`. Returns the end. */
  private labelEnd(at: number): number {
    const labels = this.labels;
    while (labels.length > 0 && (labels[labels.length - 1] as Item).flags & Flag.Balanced) labels.pop();
    if (this.inactiveBelow > labels.length) this.inactiveBelow = labels.length;
    const start = labels[labels.length - 1];
    // Without a link or image, the `]` is text (it needs no item: see `text`).
    if (!start) return at + 1;
    const nok = () => {
      start.flags |= Flag.Balanced;
      this.openLabels -= 1;
      return at + 1;
    };
    const image = (start.flags & Flag.Image) !== 0;
    if (!image && labels.length - 1 < this.inactiveBelow) return nok();
    const defined = this.defined(start.e, at);
    const after = this.code(at + 1);
    if (after === 40) {
      const resource = this.resource(at + 1);
      if (resource) return this.form(start, at, resource.end, { url: resource.url });
      return defined ? this.form(start, at, at + 1, { reference: 'shortcut' }) : nok();
    }
    if (after === 91) {
      const full = this.fullReference(at + 1);
      if (full) return this.form(start, at, full.end, { reference: 'full', label: full.label });
      if (defined && this.code(at + 2) === 93) return this.form(start, at, at + 3, { reference: 'collapsed' });
      return nok();
    }
    return defined ? this.form(start, at, at + 1, { reference: 'shortcut' }) : nok();
  }

  /** Whether the label text from `from` to `to` names a reference definition. */
  private defined(from: number, to: number): boolean {
    if (!this.isDefined) return false;
    // Labels are compared whole: a long one costs its length at every `]` (quadratic on `[[[…]]]`).
    if (to - from > maxLabelLength) {
      if (!this.lenient) throw new Fail(`a bracketed text longer than ${maxLabelLength.toLocaleString('en')} characters`);
      return false;
    }
    return this.isDefined(normalizeLabel(this.src.slice(from, to)));
  }

  /** `(destination "title")` at `at` (the `(`): the URL and the end, or undefined. */
  private resource(at: number): { url: string; end: number } | undefined {
    let i = at + 1;
    while (isBlank(this.code(i))) i += 1;
    if (this.code(i) === 41) return { url: '', end: i + 1 };
    let url: string;
    if (this.code(i) === 60) {
      const start = i + 1;
      i = start;
      for (;;) {
        const c = this.code(i);
        if (c === 62) break;
        if (c < 0 || c === 60 || c === 10 || c === 13) return undefined;
        i += c === 92 && [60, 62, 92].includes(this.code(i + 1)) ? 2 : 1;
      }
      url = this.decode(start, i);
      i += 1;
    } else {
      const start = i;
      i = this.destinationEnd(start);
      if (i <= start) return undefined;
      url = this.decode(start, i);
    }
    if (isBlank(this.code(i))) {
      while (isBlank(this.code(i))) i += 1;
      const marker = this.code(i);
      if (marker === 34 || marker === 39 || marker === 40) {
        // The title runs to its closing marker; `\` escapes the marker and itself.
        const close = this.unescapedIndexOf(marker === 40 ? ')' : marker === 34 ? '"' : "'", i + 1);
        if (close < 0) return undefined;
        i = close + 1;
        while (isBlank(this.code(i))) i += 1;
      }
    }
    return this.code(i) === 41 ? { url, end: i + 1 } : undefined;
  }

  /** A destination's text with escapes and character references decoded (micromark's decodeString). */
  private decode(from: number, to: number): string {
    const raw = this.src.slice(from, to);
    const decoded = decodeDestination(raw);
    if (decoded !== undefined) return decoded;
    if (!this.lenient) throw new Fail(`a character reference this scan does not know in the link ${JSON.stringify(raw.slice(0, 80))}`);
    return decodeDestination(raw, true) as string;
  }

  /** `[label]` at `at` naming a definition: its label and end, or undefined. */
  private fullReference(at: number): { label: string; end: number } | undefined {
    let i = at + 1;
    let size = 0;
    let seen = false;
    for (;;) {
      const c = this.code(i);
      if (size > 999 || c < 0 || c === 91 || (c === 93 && !seen)) return undefined;
      if (c === 93) break;
      if (c === 10 || c === 13) {
        // A line ending in a label (a setext heading's): neither counted nor seen.
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
    if (!this.isDefined?.(normalizeLabel(label))) return undefined;
    return { label, end: i + 1 };
  }

  /** Forms a link or image from the label start `start` to `end` (`]` at `close`). */
  private form(start: Item, close: number, end: number, how: { url?: string; reference?: 'full' | 'collapsed' | 'shortcut'; label?: string }): number {
    this.labels.pop();
    this.openLabels -= 1;
    // A link (not an image) may hold no link: every earlier `[` can start none now.
    const image = (start.flags & Flag.Image) !== 0;
    this.inactiveBelow = image ? Math.min(this.inactiveBelow, this.labels.length) : this.labels.length;
    // The label's own strikethrough and emphasis, as micromark resolves them inside a span (GFM's
    // strikethrough comes first there: micromark puts extensions before its own constructs).
    if (this.firstTilde >= 0) this.resolve(false, start, null, this.firstAttention >= 0);
    if (this.firstAttention >= 0) this.resolve(true, start, null, false);
    const group = new Item(Kind.Node, start.s, end);
    group.group = {
      type: how.reference ? (image ? 'imageReference' : 'linkReference') : image ? 'image' : 'link',
      from: start.e,
      to: close,
      head: null,
      tail: null,
      depth: 0,
      url: how.url ?? '',
      referenceType: how.reference ?? 'shortcut',
      label: how.label ?? this.src.slice(start.e, close),
    };
    this.collapse(start, null, group);
    this.remove(start);
    return end;
  }

  /** A run of `*`, `_` or `~` at `at`; its end. */
  private delimiterRun(at: number, marker: number): number {
    const src = this.src;
    let j = at;
    while (src.charCodeAt(j) === marker) j += 1;
    const size = j - at;
    // micromark reads no strikethrough run longer than two: the run is text.
    if (marker === 126 && size > 2) return j;
    const previous = this.code(at - 1);
    const next = this.code(j);
    const before = classify(previous);
    const after = classify(next);
    const item = new Item(Kind.Delimiter, at, j);
    item.marker = marker;
    if (marker === 126) {
      if (!after || (after === 2 && before)) item.flags |= Flag.Open;
      if (!before || (before === 2 && after)) item.flags |= Flag.Close;
      if (this.firstTilde < 0) this.firstTilde = at;
    } else {
      // micromark's attention tokenizer; `~` counts among its markers.
      const open = !after || (after === 2 && Boolean(before)) || next === 126;
      const close = !before || (before === 2 && Boolean(after)) || previous === 126;
      if (marker === 42 ? open : open && (Boolean(before) || !close)) item.flags |= Flag.Open;
      if (marker === 42 ? close : close && (Boolean(after) || !open)) item.flags |= Flag.Close;
      if (this.firstAttention < 0) this.firstAttention = at;
    }
    this.append(item);
    return j;
  }

  // ---- GFM literal autolinks (micromark-extension-gfm-autolink-literal) ----

  /** `http(s)://…` or `www.…` at `at`; its end, or -1. */
  private literalAutolink(at: number): number {
    if (this.openLabels > 0) return -1;
    const c = this.src.charCodeAt(at);
    const previous = this.code(at - 1);
    let end = -1;
    let url = '';
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
      if (!(previous < 0 || previous === 40 || previous === 42 || previous === 95 || previous === 91 || previous === 93 || previous === 126 || isBlank(previous))) return -1;
      wwwPrefix.lastIndex = at;
      if (!wwwPrefix.test(this.src)) return -1;
      const domainEnd = this.domain(at);
      if (domainEnd < 0) return -1;
      end = this.path(domainEnd);
      url = `http://${this.src.slice(at, end)}`;
    }
    const value = this.src.slice(at, end);
    this.nodeItem(at, end, { type: 'link', title: null, url, children: [{ type: 'text', value, position: this.position(at, end) }], position: this.position(at, end) });
    return end;
  }

  private domain(from: number): number {
    let underscoreInLast = false;
    let underscoreInLastButOne = false;
    let seen = false;
    let i = from;
    for (;;) {
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
      if (c < 0 || isWhitespace(c) || (c !== 45 && isPunctuation(c))) break;
      seen = true;
      i += 1;
    }
    return underscoreInLastButOne || underscoreInLast || !seen ? -1 : i;
  }

  private path(from: number): number {
    let opened = 0;
    let closed = 0;
    let i = from;
    for (;;) {
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
  private trail(at: number): boolean {
    this.trailMemo ??= new Int8Array(this.n + 1);
    const memo = this.trailMemo;
    const visited: number[] = [];
    let result = false;
    let i = at;
    for (;;) {
      const known = memo[i] as number;
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

  private resolveTopLevel(): void {
    // micromark resolves the two kinds in the order their first runs were read.
    if (this.firstAttention < 0 && this.firstTilde < 0) return;
    const attentionFirst = this.firstTilde < 0 || (this.firstAttention >= 0 && this.firstAttention < this.firstTilde);
    this.resolve(attentionFirst, this.first, null, this.firstAttention >= 0 && this.firstTilde >= 0);
    if (this.firstAttention >= 0 && this.firstTilde >= 0) this.resolve(!attentionFirst, this.first, null, false);
  }

  /**
   * Matches the runs of one kind (`attention`: `*` and `_`; else `~`) after `from` and before `to`,
   * closers left to right, each with the nearest opener it may pair with. The runs between a pair
   * become text, after the other kind is resolved among them when `other` (its first pass).
   */
  private resolve(attention: boolean, from: Item, to: Item | null, other: boolean): void {
    /** Openers by class (marker, whether it may also close, length mod 3), nearest on top. */
    const stacks: Item[][] = [];
    for (let k = attention ? 12 : 3; k > 0; k -= 1) stacks.push([]);
    const classOf = (d: Item) => (attention ? (d.marker === 95 ? 6 : 0) + (d.flags & Flag.Close ? 3 : 0) + ((d.e - d.s) % 3) : d.e - d.s);
    const top = (k: number): Item | undefined => {
      const stack = stacks[k] as Item[];
      while (stack.length > 0) {
        const d = stack[stack.length - 1] as Item;
        if (!(d.flags & Flag.Dead) && d.e > d.s && classOf(d) === k) return d;
        stack.pop();
      }
      return undefined;
    };
    let item = from.next;
    while (item && item !== to) {
      if (item.kind !== Kind.Delimiter || item.flags & Flag.Dead || (item.marker === 126) === attention) {
        item = item.next;
        continue;
      }
      const closer = item;
      while (closer.flags & Flag.Close && closer.e > closer.s) {
        const size = closer.e - closer.s;
        let opener: Item | undefined;
        if (attention) {
          const base = closer.marker === 95 ? 6 : 0;
          for (let closes = 0; closes < 2; closes += 1) {
            for (let rest = 0; rest < 3; rest += 1) {
              // The rule of 3, on the runs' remaining lengths as micromark counts them.
              if ((closes === 1 || closer.flags & Flag.Open) && size % 3 !== 0 && (rest + size) % 3 === 0) continue;
              const candidate = top(base + closes * 3 + rest);
              if (candidate && (!opener || candidate.s > opener.s)) opener = candidate;
            }
          }
        } else {
          opener = size <= 2 ? top(size) : undefined;
        }
        if (!opener) break;
        const use = attention ? (opener.e - opener.s > 1 && size > 1 ? 2 : 1) : size;
        const group = new Item(Kind.Node, opener.e - use, closer.s + use);
        group.group = { type: attention ? (use > 1 ? 'strong' : 'emphasis') : 'delete', from: opener.e, to: closer.s, head: null, tail: null, depth: 0, url: '', referenceType: 'shortcut', label: '' };
        const oldClass = classOf(opener);
        if (other) this.resolve(!attention, opener, closer, false);
        this.collapse(opener, closer, group);
        opener.e -= use;
        closer.s += use;
        // The opener's remaining run moves to the class of its new length.
        const stack = stacks[oldClass] as Item[];
        while (stack.length > 0 && stack[stack.length - 1] !== opener) stack.pop();
        stack.pop();
        if (opener.e > opener.s) (stacks[classOf(opener)] as Item[]).push(opener);
        else this.remove(opener);
      }
      const next = closer.next;
      if (closer.e === closer.s) this.remove(closer);
      else if (closer.flags & Flag.Open) (stacks[classOf(closer)] as Item[]).push(closer);
      item = next;
    }
  }

  /**
   * Makes the items between `from` and `to` (exclusive; `to` null: to the end) the children of
   * `group`, which takes their place; runs and label starts among them become text.
   */
  private collapse(from: Item, to: Item | null, group: Item): void {
    const head = from.next && from.next !== to ? from.next : null;
    const tail = head ? (to ? (to.prev as Item) : this.last) : null;
    let depth = 0;
    for (let item = head; item; item = item === tail ? null : item.next) {
      if (item.kind === Kind.Delimiter) item.flags |= Flag.Dead;
      else if (item.kind === Kind.Label && !(item.flags & Flag.Balanced)) {
        item.flags |= Flag.Balanced;
        this.openLabels -= 1;
      } else if (item.group && item.group.depth > depth) depth = item.group.depth;
    }
    const data = group.group as Group;
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

  private remove(item: Item): void {
    item.flags |= Flag.Dead;
    if (item.prev) item.prev.next = item.next;
    if (item.next) item.next.prev = item.prev;
    else if (this.last === item) this.last = item.prev as Item;
  }

  // ---- building the mdast nodes ----

  /**
   * The nodes of a list of items whose content runs from `from` to `to` in the source: the items,
   * and the text around them (with runs and label starts that stayed text) as text nodes, merged as
   * mdast-util-from-markdown merges them. `inLink`: inside a link, where remark-gfm's autolink step
   * never looks.
   */
  private build(head: Item | null, from: number, to: number, inLink: boolean): PhrasingContent[] {
    const nodes: PhrasingContent[] = [];
    let textStart = -1;
    let pieces: string[] | undefined;
    let cursor = from;
    const flush = (end: number) => {
      if (textStart < 0) return;
      if (pieces) pieces.push(this.src.slice(cursor, end));
      const value = pieces ? pieces.join('') : this.src.slice(textStart, end);
      if (value !== '' || end > textStart) {
        // remark-gfm's autolink step reads decoded text (`x@y.&#99;om` is an address there).
        if (!inLink && !this.lenient && (literalInText.test(value) || (value.includes('@') && emailLike.test(value)))) throw new Fail('an address remark-gfm links in text');
        nodes.push({ type: 'text', value, position: this.position(textStart, end) });
      }
      textStart = -1;
      pieces = undefined;
    };
    for (let item = head; item; item = item.next) {
      if (item.kind === Kind.Node) {
        if (item.s > cursor && textStart < 0) textStart = cursor;
        flush(item.s);
        nodes.push(item.node ?? this.groupNode(item, inLink));
        cursor = item.e;
        continue;
      }
      // Decoded text, and runs or label starts that stayed text: part of the text around them.
      if (textStart < 0) textStart = cursor;
      if (item.kind === Kind.Text) {
        pieces ??= [];
        pieces.push(this.src.slice(cursor, item.s), item.decoded as string);
        cursor = item.e;
      }
    }
    if (to > cursor && textStart < 0) textStart = cursor;
    flush(to);
    return nodes;
  }

  private groupNode(item: Item, inLink: boolean): PhrasingContent {
    const position = this.position(item.s, item.e);
    const group = item.group as Group;
    const type = group.type;
    if (type === 'image' || type === 'imageReference') {
      const alt = this.build(group.head, group.from, group.to, true)
        .map((node) => ('value' in node ? node.value : ''))
        .join('');
      if (type === 'image') return { type, url: group.url, title: null, alt, position };
      return { type, identifier: normalizeLabel(group.label), label: group.label, referenceType: group.referenceType, alt, position };
    }
    const children = this.build(group.head, group.from, group.to, inLink || type === 'link' || type === 'linkReference');
    if (type === 'link') return { type, url: group.url, title: null, children, position };
    if (type === 'linkReference') return { type, identifier: normalizeLabel(group.label), label: group.label, referenceType: group.referenceType, children, position };
    return { type, children, position } as PhrasingContent;
  }
}
