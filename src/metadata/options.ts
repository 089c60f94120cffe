import { isHostOrSubdomain } from '../http/host.js';
import type { Resolve } from '../http/ssrf.js';
import { repositoryUrl, version } from '../meta.js';

/**
 * Everything the metadata clients are told: where each source is, how fast it may be asked, and
 * the shared limits of the run. The engine builds it from `.lint-list.json`'s `metadata` section and
 * `LINT_LIST_MAILTO` (metadataOptions() fills in what they leave out); tests point the sources at
 * loopback fakes. Gatherers never read the config themselves.
 */

export interface SourceSettings {
  /** Base URL: the arXiv query endpoint, Crossref's and OpenReview's API roots, doi.org. */
  url: string;
  /** Minimum time between the end of one request to the source and the start of the next. */
  intervalMs: number;
  /** Requests in flight to the source at most. */
  concurrency: number;
}

export interface DoiSourceSettings extends SourceSettings {
  /**
   * doi.org answers content negotiation by redirecting to the DOI's registration agency; a redirect
   * is followed only to doi.org's own host or to these hosts, never anywhere else.
   */
  agencyHosts: string[];
}

export interface OpenReviewSourceSettings extends SourceSettings {
  /** The v1 API, asked for the notes the v2 API does not hold (venues before 2023/2024). */
  v1Url: string;
}

export interface DblpSourceSettings extends SourceSettings {
  /** Title searches a run may send at most; rows past it are unverified ("the run's 60 DBLP lookups are spent"). */
  budget: number;
}

export interface MetadataSources {
  arxiv: SourceSettings;
  crossref: SourceSettings;
  doi: DoiSourceSettings;
  openreview: OpenReviewSourceSettings;
  /** DBLP's publication search endpoint itself (`https://dblp.org/search/publ/api`). */
  dblp: DblpSourceSettings;
  /** The Graph API root (`https://api.semanticscholar.org/graph/v1`); asked only with an API key. */
  semanticScholar: SourceSettings;
}

export interface MetadataOptions {
  sources: MetadataSources;
  /**
   * Semantic Scholar's API key (`S2_API_KEY`, read by the edges from the environment, never from the
   * config file), sent as `x-api-key`. Without one, Semantic Scholar is never asked. Never cached,
   * logged or hashed into a cache context.
   */
  semanticScholarKey?: string;
  /** Sent to Crossref (`mailto=`, and in the User-Agent) for its polite pool; from config or LINT_LIST_MAILTO. */
  mailto?: string;
  /** Per request. */
  timeoutMs: number;
  /** Retries of a transient failure or a rate limit, per request. */
  retries: number;
  userAgent: string;
  /** Cap for one Retry-After wait, and (twice it, unless maxTotalRetryAfterMs says) for all of them together. */
  maxRetryAfterMs: number;
  maxTotalRetryAfterMs?: number;
  /** Base of the exponential backoff with jitter. */
  retryBaseMs?: number;
  /** Bound on the whole gathering; what is unfinished then is unverified. */
  totalTimeoutMs?: number;
  /** false: never connect to private, loopback or link-local addresses; true: allow all; a list: only those hosts or literal IPs. */
  allowPrivateHosts: boolean | string[];
  /** DNS for tests and benchmarks; the default is the system's. */
  lookup?: Resolve;
  /** Clock for cache timestamps and the arXiv id check (tests). */
  now?: () => number;
  /** Called after each paper is decided, cached ones included. */
  onProgress?: (done: number, total: number) => void;
}

/** arXiv's terms: one request every three seconds, one connection. Enforced for arXiv's own hosts whatever the config says. */
export const arxivMinIntervalMs = 3_000;
/** OpenReview lets guests make about 20 requests a minute. */
export const openReviewMinIntervalMs = 3_000;
/** DBLP asks for at most one request every one or two seconds; lint-list waits two. */
export const dblpMinIntervalMs = 2_000;
/** Semantic Scholar's keys allow one request a second. */
export const semanticScholarMinIntervalMs = 1_000;
/** Title searches a run sends to DBLP unless the config says otherwise. */
export const defaultDblpBudget = 60;
/** The largest `metadata.sources.dblp.budget` the config accepts. */
export const maxDblpBudget = 10_000;

export const defaultMetadataOptions: MetadataOptions = {
  sources: {
    arxiv: { url: 'https://export.arxiv.org/api/query', intervalMs: arxivMinIntervalMs, concurrency: 1 },
    // Crossref's polite pool (with a mailto): 10 requests a second, 3 at once; its public pool: 5 and 1.
    crossref: { url: 'https://api.crossref.org', intervalMs: 100, concurrency: 3 },
    doi: {
      url: 'https://doi.org',
      intervalMs: 100,
      concurrency: 2,
      agencyHosts: ['api.crossref.org', 'data.crossref.org', 'api.datacite.org', 'data.datacite.org'],
    },
    openreview: { url: 'https://api2.openreview.net', v1Url: 'https://api.openreview.net', intervalMs: openReviewMinIntervalMs, concurrency: 1 },
    dblp: { url: 'https://dblp.org/search/publ/api', intervalMs: dblpMinIntervalMs, concurrency: 1, budget: defaultDblpBudget },
    semanticScholar: { url: 'https://api.semanticscholar.org/graph/v1', intervalMs: semanticScholarMinIntervalMs, concurrency: 1 },
  },
  timeoutMs: 30_000,
  retries: 2,
  userAgent: `lint-list/${version} (+${repositoryUrl})`,
  maxRetryAfterMs: 60_000,
  retryBaseMs: 1_000,
  totalTimeoutMs: 30 * 60 * 1000,
  allowPrivateHosts: false,
};

/** What a caller may leave out: every source setting and every limit falls back to its default. */
export type MetadataOptionsInput = Partial<Omit<MetadataOptions, 'sources'>> & {
  sources?: {
    arxiv?: Partial<SourceSettings>;
    crossref?: Partial<SourceSettings>;
    doi?: Partial<DoiSourceSettings>;
    openreview?: Partial<OpenReviewSourceSettings>;
    dblp?: Partial<DblpSourceSettings>;
    semanticScholar?: Partial<SourceSettings>;
  };
};

/** The options with defaults filled in, source by source. */
export function metadataOptions(input: MetadataOptionsInput = {}): MetadataOptions {
  const given = input.sources ?? {};
  const defaults = defaultMetadataOptions.sources;
  const pick = <T extends object>(base: T, over: Partial<T> | undefined): T => {
    const merged = { ...base };
    for (const [key, value] of Object.entries(over ?? {})) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
    return merged;
  };
  const rest = Object.fromEntries(Object.entries(input).filter(([key, value]) => key !== 'sources' && value !== undefined));
  return {
    ...defaultMetadataOptions,
    ...rest,
    sources: {
      arxiv: pick(defaults.arxiv, given.arxiv),
      crossref: pick(defaults.crossref, given.crossref),
      doi: pick(defaults.doi, given.doi),
      openreview: pick(defaults.openreview, given.openreview),
      dblp: pick(defaults.dblp, given.dblp),
      semanticScholar: pick(defaults.semanticScholar, given.semanticScholar),
    },
  };
}

export type SourceName = 'arxiv' | 'crossref' | 'doi' | 'openreview' | 'dblp' | 'semanticScholar';

/** DBLP's own hosts: the main site and its mirrors. */
const dblpDomains = ['dblp.org', 'dblp.uni-trier.de', 'dblp.dagstuhl.de'];

/**
 * The limits a source is asked within: as configured, but never faster than the real services
 * allow (arXiv: 3 s and one connection; Crossref without a mailto: its public pool, one at a time
 * and 5 a second; OpenReview: 20 a minute; DBLP: one at a time, 2 s apart; Semantic Scholar: one
 * a second). A source at another host (a mirror, a test's fake) gets
 * what it is configured with.
 */
export function effectiveLimits(source: SourceName, settings: SourceSettings, hostname: string, mailto: string | undefined): { concurrency: number; intervalMs: number } {
  let concurrency = Math.max(1, Math.floor(settings.concurrency) || 1);
  let intervalMs = Math.max(0, settings.intervalMs || 0);
  if (source === 'arxiv' && isHostOrSubdomain(hostname, 'arxiv.org')) {
    concurrency = 1;
    intervalMs = Math.max(intervalMs, arxivMinIntervalMs);
  } else if (source === 'crossref' && isHostOrSubdomain(hostname, 'crossref.org')) {
    concurrency = Math.min(concurrency, mailto ? 3 : 1);
    intervalMs = Math.max(intervalMs, mailto ? 100 : 200);
  } else if (source === 'openreview' && isHostOrSubdomain(hostname, 'openreview.net')) {
    intervalMs = Math.max(intervalMs, openReviewMinIntervalMs);
  } else if (source === 'dblp' && dblpDomains.some((domain) => isHostOrSubdomain(hostname, domain))) {
    concurrency = 1;
    intervalMs = Math.max(intervalMs, dblpMinIntervalMs);
  } else if (source === 'semanticScholar' && isHostOrSubdomain(hostname, 'semanticscholar.org')) {
    concurrency = 1;
    intervalMs = Math.max(intervalMs, semanticScholarMinIntervalMs);
  }
  return { concurrency, intervalMs };
}
