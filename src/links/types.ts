import type { PaperFacts } from '../facts.js';
import { repositoryUrl, version } from '../meta.js';
import type { LinkCache } from './cache.js';

export type { LinkCache } from './cache.js';

export type Verdict = 'alive' | 'dead' | 'unverified' | 'skipped';

export interface LinkOccurrence {
  path: string;
  line: number;
  column: number;
}

export interface LinkTarget {
  /** Exactly as written in the file. */
  url: string;
  occurrences: LinkOccurrence[];
}

export interface LinkResult {
  url: string;
  verdict: Verdict;
  /** The last HTTP status seen, when there was one. */
  status?: number;
  /** The last hop's URL, when the link was redirected (for reports: it may be a temporary or session URL). */
  finalUrl?: string;
  /** A short human phrase: "HTTP 404", "connection refused", "redirect loop", … */
  reason?: string;
  /**
   * True exactly when `rewriteTo` is set: the link is alive and its first hop was a permanent
   * redirect (301/308) to a URL that may be written in its place. (It used to mean "some hop was
   * permanent", which made 302 → 301 and 301 → 302 chains look like moves to their last URL.)
   */
  permanentRedirect?: boolean;
  /**
   * Where the link should point instead, for the dead-link rule's warning and `--fix`: the URL
   * after the last permanent redirect (301/308) of the chain's leading run of permanent ones, so
   * 301 → 302 → 200 rewrites to the 301's target and never to the temporary one. Only set for an
   * alive link, only when it differs from the link, and always already passed through
   * safeReplacementUrl (src/identity/safe-url.ts) with the link as original: an absolute http(s) URL
   * with markdown-significant characters percent-encoded, and a DOI link stays a DOI link.
   * A fragment of the link is kept when the redirect gives none, as browsers do.
   */
  rewriteTo?: string;
  occurrences: LinkOccurrence[];
}

/** Config reading (src/config/) rejects times above this; the checker clamps to it (src/http/timers.ts). */
export { maxTimerMs } from '../http/timers.js';

/** A compiled links.exclude pattern: a RegExp, or what compileSafePattern (src/config/safe-pattern.ts) returns. */
export interface UrlPattern {
  test(url: string): boolean;
}

export interface HostOverride {
  concurrency?: number;
  intervalMs?: number;
  headers?: Record<string, string>;
}

export interface LinkCheckOptions {
  /** Per request: connect timeout and headers timeout alike. */
  timeoutMs: number;
  retries: number;
  /** Requests in flight over all hosts. */
  concurrency: number;
  /** Requests in flight to one hostname; never exceeded. */
  hostConcurrency: number;
  /** Keyed by hostname; an entry for `arxiv.org` also covers its subdomains unless they have their own. */
  hosts: Record<string, HostOverride>;
  /** Extra statuses that count as alive, e.g. [403] for a list whose publishers all wall off bots. */
  acceptStatus: number[];
  userAgent: string;
  /** false: never connect to private, loopback or link-local addresses; true: allow all; a list: only those hosts or literal IPs. */
  allowPrivateHosts: boolean | string[];
  /**
   * Matching URLs are skipped with reason "excluded by config". Patterns from a config must come
   * from compileSafePattern (src/config/safe-pattern.ts), which matches in linear time; a RegExp
   * works too, but runs on JavaScript's backtracking engine.
   */
  exclude: UrlPattern[];
  /** Cap for a server's Retry-After. */
  maxRetryAfterMs: number;
  /**
   * Cap for all Retry-After waits of a run together (default: twice maxRetryAfterMs, 120 s by
   * default). Once spent, a 429 is final: the link is 'unverified' without waiting or asking again.
   */
  maxTotalRetryAfterMs?: number;
  /** Base of the exponential backoff with jitter. */
  retryBaseMs?: number;
  /** Bound on the whole run; what is unfinished then becomes 'unverified'. */
  totalTimeoutMs?: number;
  /** Fresh entries are used without a request; the run updates it. */
  cache?: LinkCache;
  /** Clock for cache timestamps (tests). */
  now?: () => number;
  /** DNS for tests; the default is node:dns lookup with all: true. */
  lookup?: (hostname: string) => Promise<Array<{ address: string; family: 4 | 6 }>>;
  /** Called after each URL finishes, cached and skipped ones included. */
  onProgress?: (checked: number, total: number, dead: number) => void;
  /**
   * Verifies arXiv abstract, PDF and HTML pages (`arxiv.org/abs|pdf|html/…`) through the arXiv API
   * instead of fetching each page: called once with the paper keys of those links
   * (`arxiv:2110.14633`), it answers their facts, and each link takes its verdict from its paper's
   * (found: alive; nonexistent: dead; unverified: unverified). A link whose key it leaves out is
   * fetched as a page. The engine passes the metadata gathering here (src/metadata/gather.ts,
   * gatherPaperFacts bound to its options and cache), or the facts it gathered already.
   */
  arxivApi?: (keys: string[]) => Promise<PaperFacts>;
}

/**
 * Polite by default: 4 requests per host at most, and arXiv (which asks crawlers to go slowly and
 * is where most paper links point) gets a request start every 300 ms at most.
 */
export const defaultLinkCheckOptions: LinkCheckOptions = {
  timeoutMs: 15_000,
  retries: 2,
  concurrency: 32,
  hostConcurrency: 4,
  hosts: { 'arxiv.org': { intervalMs: 300 } },
  acceptStatus: [],
  userAgent: `lint-list/${version} (+${repositoryUrl})`,
  allowPrivateHosts: false,
  exclude: [],
  maxRetryAfterMs: 60_000,
  retryBaseMs: 500,
};
