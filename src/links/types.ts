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
  /** The last hop's URL, when the link was redirected. */
  finalUrl?: string;
  /** A short human phrase: "HTTP 404", "connection refused", "redirect loop", … */
  reason?: string;
  /** True when a 301/308 hop led to the final URL (the linter then warns naming finalUrl). */
  permanentRedirect?: boolean;
  occurrences: LinkOccurrence[];
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
  /** Matching URLs are skipped with reason "excluded by config". */
  exclude: RegExp[];
  /** Cap for a server's Retry-After. */
  maxRetryAfterMs: number;
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
