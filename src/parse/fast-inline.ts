import type { Emphasis, Html, Image, Link, PhrasingContent, Strong, Text } from 'mdast';
import type { Point } from './model.js';

/**
 * A parser for the inline markdown that fills nearly every cell of a paper list — plain text,
 * `[Title](url)`, `![badge](img)`, `[![badge](img)](url)`, `**bold**`, `<br>` — building the same
 * mdast nodes, with the same positions, as remark + remark-gfm. Anything else (escapes, entities, code
 * spans, `_` or `~`, other HTML, bare URLs that GFM would autolink, reference links, link titles…)
 * makes it answer `undefined`, and the caller hands the text to remark. Tests compare both on every
 * fixture and on generated cells.
 */
export function parseSimpleInline(
  source: string,
  base: number,
  point: (offset: number) => Point,
  /** Whether a reference definition exists for a label (then `[label]` is a link, left to remark). */
  isDefined: (label: string) => boolean = () => false,
): PhrasingContent[] | undefined {
  if (unsupportedAnywhere.test(source)) return undefined;
  // Link destinations may hold `_`, `~`, `@` and `https://`; the text around them may not.
  const outsideDestinations = source.replace(/\]\([^()\s]*\)/g, '](');
  if (unsupportedInText.test(outsideDestinations)) return undefined;
  if (source.includes('*') && !strongPairsAreSimple(source)) return undefined;
  const parser = new InlineParser(source, base, point, isDefined);
  return parser.sequence(0, source.length, false);
}

/** What the fast parser leaves to remark anywhere: escapes, code spans, entities, line breaks. */
const unsupportedAnywhere = /[\\`\n\r]|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
/** …and outside link destinations: `_`/`~` emphasis and strikethrough, GFM autolink literals. */
const unsupportedInText = /[_~@]|https?:|www\.|mailto:|xmpp:/i;
const punctuation = /[\p{P}\p{S}]/u;
const whitespace = /\s/;

/**
 * `*` runs must pair up as simple emphasis: each run one `*` (emphasis) or two (strong), opening then
 * closing a run of the same length, nothing nested.
 */
function strongPairsAreSimple(source: string): boolean {
  const runs = [...source.matchAll(/\*+/g)];
  if (runs.length % 2 !== 0) return false;
  return runs.every((run, i) => {
    if (run[0].length > 2 || run[0].length !== (runs[i % 2 === 0 ? i + 1 : i - 1]?.[0].length ?? 0)) return false;
    const at = run.index ?? 0;
    const length = run[0].length;
    const before = at === 0 ? ' ' : (source[at - 1] as string);
    const after = at + length >= source.length ? ' ' : (source[at + length] as string);
    const left = !whitespace.test(after) && (!punctuation.test(after) || whitespace.test(before) || punctuation.test(before));
    const right = !whitespace.test(before) && (!punctuation.test(before) || whitespace.test(after) || punctuation.test(after));
    return i % 2 === 0 ? left && !right : right && !left;
  });
}

/** Where `sequence` looks: every character that may start or end inline markup it reads. */
const specialCharacter = /[*[\]!<]/g;
const brTag = /^<br\s*\/?>/i;
/** A link destination the fast path accepts: no spaces, parentheses, angle brackets or brackets. */
const destination = /^\(([^\s()<>[\]]+)\)/;

class InlineParser {
  constructor(
    private readonly source: string,
    private readonly base: number,
    private readonly point: (offset: number) => Point,
    private readonly isDefined: (label: string) => boolean,
  ) {}

  /** `point` makes a new object on each call, so nodes never share one. */
  private position(start: number, end: number) {
    return { start: this.point(this.base + start), end: this.point(this.base + end) };
  }

  /** Parses source[start, end); `inLink` forbids links inside links (remark would not nest them). */
  sequence(start: number, end: number, inLink: boolean): PhrasingContent[] | undefined {
    const nodes: PhrasingContent[] = [];
    let textStart = start;
    const flush = (at: number) => {
      if (at > textStart) nodes.push({ type: 'text', value: this.source.slice(textStart, at), position: this.position(textStart, at) } satisfies Text);
    };
    let i = start;
    while (i < end) {
      // Jump to the next character that may start markup: cells are mostly plain text, and a native
      // search keeps the loop (and V8's optimising compiler, which costs memory) out of it.
      specialCharacter.lastIndex = i;
      i = specialCharacter.exec(this.source)?.index ?? end;
      if (i >= end) break;
      const char = this.source[i];
      if (char === '*') {
        const size = this.source[i + 1] === '*' ? 2 : 1;
        const close = this.source.indexOf('*', i + size);
        if (close === -1 || close + size > end) return undefined;
        const children = this.sequence(i + size, close, inLink);
        if (!children || children.length === 0) return undefined;
        flush(i);
        const position = this.position(i, close + size);
        nodes.push(size === 2 ? ({ type: 'strong', children, position } satisfies Strong) : ({ type: 'emphasis', children, position } satisfies Emphasis));
        i = close + size;
        textStart = i;
      } else if (char === '[' && this.literalBrackets(i, end) !== undefined) {
        // `[cs.LG]`: brackets that make no link are text (text nodes are not split there).
        i = this.literalBrackets(i, end) as number;
      } else if (char === '[' || (char === '!' && this.source[i + 1] === '[')) {
        const image = char === '!';
        const parsed = image ? this.image(i, end) : inLink ? undefined : this.link(i, end);
        if (!parsed) return undefined;
        flush(i);
        nodes.push(parsed.node);
        i = parsed.end;
        textStart = i;
      } else if (char === ']') {
        return undefined;
      } else if (char === '<') {
        const tag = brTag.exec(this.source.slice(i, end));
        if (!tag) return undefined;
        flush(i);
        nodes.push({ type: 'html', value: tag[0], position: this.position(i, i + tag[0].length) } satisfies Html);
        i += tag[0].length;
        textStart = i;
      } else {
        i += 1; // a `!` that starts no image
      }
    }
    flush(end);
    return nodes;
  }

  /**
   * Where `[plain text]` ends when it is no link: not followed by `(`, `[` or `:`, holding nothing
   * markdown would read, and naming no reference definition.
   */
  private literalBrackets(start: number, end: number): number | undefined {
    const close = this.source.indexOf(']', start + 1);
    if (close === -1 || close >= end) return undefined;
    const inside = this.source.slice(start + 1, close);
    if (inside.trim() === '' || /[[*<!]/.test(inside)) return undefined;
    const after = this.source[close + 1];
    if (after === '(' || after === '[' || after === ':') return undefined;
    if (this.isDefined(normalizeLabel(inside))) return undefined;
    return close + 1;
  }

  /** `![alt](src)` with plain alt text. */
  private image(start: number, end: number): { node: Image; end: number } | undefined {
    const close = this.source.indexOf(']', start + 2);
    if (close === -1 || close >= end) return undefined;
    const alt = this.source.slice(start + 2, close);
    if (/[[*<!]/.test(alt)) return undefined;
    const target = destination.exec(this.source.slice(close + 1, end));
    if (!target) return undefined;
    const stop = close + 1 + target[0].length;
    return { node: { type: 'image', title: null, url: target[1] as string, alt, position: this.position(start, stop) }, end: stop };
  }

  /** `[text](url)`, the text being simple inline content itself (a badge image, bold, plain text). */
  private link(start: number, end: number): { node: Link; end: number } | undefined {
    // The text runs to the `]` that balances the `[` (an image inside brings its own pair).
    let depth = 0;
    let close = -1;
    for (let i = start; i < end; i += 1) {
      if (this.source[i] === '[') depth += 1;
      else if (this.source[i] === ']') {
        depth -= 1;
        if (depth === 0) {
          close = i;
          break;
        }
      }
    }
    if (close === -1) return undefined;
    const target = destination.exec(this.source.slice(close + 1, end));
    if (!target) return undefined;
    const children = this.sequence(start + 1, close, true);
    if (!children || children.length === 0) return undefined;
    const stop = close + 1 + target[0].length;
    return { node: { type: 'link', title: null, url: target[1] as string, children, position: this.position(start, stop) }, end: stop };
  }
}

/** micromark's normalizeIdentifier, lower-cased as mdast's `identifier`. */
export const normalizeLabel = (label: string) =>
  label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();
