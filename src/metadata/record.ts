/**
 * What the metadata sources say about one paper, in one shape for all of them, and the small pieces
 * every source's parser shares: the answer it reads, the failure it returns, and readers that take
 * values out of untrusted JSON without throwing, recursing or keeping more than a capped amount.
 */

/** The record's shape is a neutral fact (src/facts.ts): rules read it without knowing this layer. */
export type { MetadataSource, PaperIds, PaperRecord, PublicationKind } from '../facts.js';

/** One HTTP answer as the shared body reader hands it over. */
export interface SourceAnswer {
  status: number;
  /** The body as text. Parsers refuse bodies above their cap rather than read them. */
  body: string;
  /** Response headers with lower-case names, as node:http and undici give them; only a few are read. */
  headers?: Readonly<Record<string, string | readonly string[] | undefined>>;
}

export interface ParseOptions {
  /** Largest body, in UTF-16 code units, that the parser reads; a larger one is a failure. */
  maxBodyChars?: number;
  /** Milliseconds since the epoch, for Retry-After dates; default Date.now(). */
  now?: number;
}

/**
 * A source's answer could not be used. The rows it covered stay unverified: never an error, never
 * cached. `reason` is a plain-English phrase to show the user.
 */
export interface SourceFailure {
  outcome: 'unverified';
  reason: string;
  status: number;
  /** The source asked to slow down (HTTP 429, arXiv's `Rate exceeded.`, a 503 with Retry-After). */
  rateLimited: boolean;
  /** From Retry-After, capped at one hour. */
  retryAfterMs?: number;
}

/** Longest strings a record keeps: a hostile answer cannot make a record large. */
export const limits = {
  title: 1_000,
  venue: 300,
  text: 1_000,
  id: 300,
  url: 2_048,
  type: 100,
  /** Nesting a JSON answer may have; the real ones stay under 10. */
  jsonDepth: 64,
} as const;

const maxRetryAfterMs = 60 * 60 * 1000;

export function failure(answer: SourceAnswer, reason: string, options: ParseOptions = {}, rateLimited = false): SourceFailure {
  const retryAfterMs = retryAfterOf(answer, options.now ?? Date.now());
  const result: SourceFailure = {
    outcome: 'unverified',
    reason,
    status: answer.status,
    rateLimited: rateLimited || answer.status === 429 || (answer.status === 503 && retryAfterMs !== undefined),
  };
  if (retryAfterMs !== undefined) result.retryAfterMs = retryAfterMs;
  return result;
}

export function headerOf(answer: SourceAnswer, name: string): string | undefined {
  const value = answer.headers?.[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

/** Retry-After as seconds or an HTTP date, in milliseconds from `now`. */
export function retryAfterOf(answer: SourceAnswer, now: number): number | undefined {
  const raw = headerOf(answer, 'retry-after')?.trim();
  if (!raw || raw.length > 64) return undefined;
  if (/^\d+$/.test(raw)) return Math.min(Number(raw) * 1000, maxRetryAfterMs);
  const at = Date.parse(raw);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now), maxRetryAfterMs);
}

/**
 * The failure for an answer that is not a 2xx at all, in words that say what happened; `undefined`
 * when the status is a success the caller should read.
 */
export function statusFailure(answer: SourceAnswer, sourceName: string, options: ParseOptions = {}): SourceFailure | undefined {
  const { status } = answer;
  if (status >= 200 && status < 300) return undefined;
  if (status === 429) return failure(answer, `${sourceName} answered HTTP 429 (too many requests)`, options, true);
  if (looksLikeHtml(answer.body)) {
    const title = htmlTitleOf(answer.body);
    return failure(answer, `${sourceName} answered HTTP ${status} with an HTML page${title ? ` ('${title}')` : ''}`, options);
  }
  if (status >= 300 && status < 400) return failure(answer, `${sourceName} answered HTTP ${status}, a redirect that was not followed`, options);
  return failure(answer, `${sourceName} answered HTTP ${status}`, options);
}

/** An HTML page where JSON or Atom was expected: an error page of a proxy, a CDN or the site itself. */
export function looksLikeHtml(body: string): boolean {
  const start = body.slice(0, 512).replace(/^\uFEFF/, '').trimStart().slice(0, 64).toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<head') || start.startsWith('<body');
}

/** The `<title>` of an HTML page, read from its first 4 KB only. */
export function htmlTitleOf(body: string): string | undefined {
  const head = body.slice(0, 4096);
  const match = /<title[^>]{0,100}>([^<]{1,200})<\/title>/i.exec(head);
  const title = match?.[1] ? collapseSpace(decodeEntities(match[1])) : '';
  return title === '' ? undefined : title;
}

/** A body over the cap: refused without being read. */
export function tooLarge(answer: SourceAnswer, sourceName: string, maxChars: number, options: ParseOptions): SourceFailure | undefined {
  if (answer.body.length <= maxChars) return undefined;
  return failure(answer, `${sourceName}'s answer is larger than ${formatSize(maxChars)}; it was not read`, options);
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${Math.round(chars / (1024 * 1024))} MB` : `${Math.round(chars / 1024)} KB`;
}

export type JsonReading = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * JSON.parse after a linear scan for nesting depth: V8 parses a body of ten million brackets without
 * complaint, and nothing that deep is a real answer.
 */
export function readJson(body: string, sourceName: string): JsonReading {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i += 1) {
    const code = body.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1; // a backslash: the next character is escaped
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > limits.jsonDepth) return { ok: false, reason: `${sourceName}'s answer is nested deeper than ${limits.jsonDepth} levels` };
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, reason: `${sourceName}'s answer is not valid JSON` };
  }
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: `__proto__` and `constructor` keys in hostile JSON stay plain data. */
export function field(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** A string value, or the first string of an array, whitespace collapsed and capped; `undefined` when empty. */
export function stringOf(value: unknown, max: number): string | undefined {
  const raw = typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
  if (raw === undefined) return undefined;
  const text = capText(collapseSpace(raw.slice(0, max * 4)), max);
  return text === '' ? undefined : text;
}

/** Text with markup: JATS and HTML tags removed, character references decoded, then as stringOf. */
export function plainTextOf(value: unknown, max: number): string | undefined {
  const raw = typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;
  if (raw === undefined) return undefined;
  const text = capText(collapseSpace(decodeEntities(raw.slice(0, max * 4).replace(/<[^<>]{0,200}>/g, ''))), max);
  return text === '' ? undefined : text;
}

/**
 * Whitespace runs as one space, and control characters gone: what a source sends ends up in
 * terminal output, where an escape sequence from a hostile answer must not arrive.
 */
export function collapseSpace(text: string): string {
  return text.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ').trim();
}

/** Cut at `max` code units without splitting a surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The character references that appear in Crossref's and OpenReview's text; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

/** A plausible publication year from a number or a numeric string. */
export function yearOf(value: unknown): number | undefined {
  const year = typeof value === 'number' ? value : typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  return Number.isInteger(year) && year >= 1600 && year <= 2100 ? year : undefined;
}

/** `{"date-parts": [[2012, 3, 21]]}`, the date shape of Crossref and CSL-JSON: its year. */
export function dateYearOf(value: unknown): number | undefined {
  const parts = field(value, 'date-parts');
  if (!Array.isArray(parts) || !Array.isArray(parts[0])) return undefined;
  return yearOf(parts[0][0]);
}

/** A DOI in lower case, or `undefined` unless it has a DOI's shape. */
export function doiOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > limits.id) return undefined;
  const doi = value.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '');
  return /^10\.\d{4,9}\/\S+$/.test(doi) ? doi.toLowerCase() : undefined;
}

/** An http(s) URL, capped, or `undefined`. */
export function urlOf(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : undefined;
  if (!text || text.length > limits.url || !/^https?:\/\/[^\s]+$/i.test(text)) return undefined;
  return text;
}

/** The record without the optional fields a parser left undefined, so that it is stored and compared as the source gave it. */
export function withoutUndefined<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) {
    if (record[key] === undefined) delete record[key];
  }
  return record;
}
