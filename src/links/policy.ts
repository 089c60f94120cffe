import type { Verdict } from './types.js';

/**
 * What one HTTP attempt came to, and the pure decisions made from it: is it worth retrying, how
 * long to wait, and what verdict and reason the link gets. No I/O here, so each rule is tested alone.
 */

export type Failure =
  | 'timeout'
  | 'reset'
  | 'refused'
  | 'unknown-host'
  | 'dns-temporary'
  | 'unreachable'
  | 'tls'
  | 'private'
  | 'aborted'
  | 'other';

export type Attempt =
  | { kind: 'response'; status: number; headers: Record<string, string | string[] | undefined> }
  | { kind: 'error'; failure: Failure; detail: string };

/**
 * Publishers that answer 403 to any client that is not a browser, whether the page exists or not.
 * A 403 from them says nothing about the link, so it is 'unverified', never 'dead'. Each entry
 * also covers its subdomains.
 */
export const botWallHosts: readonly string[] = [
  'dl.acm.org',
  'sciencedirect.com',
  'ieeexplore.ieee.org',
  'onlinelibrary.wiley.com',
  'researchgate.net',
  'jstor.org',
  'tandfonline.com',
  'academic.oup.com',
  'pubs.acs.org',
  'science.org',
  'journals.sagepub.com',
  'papers.ssrn.com',
];

export const isBotWallHost = (hostname: string) => botWallHosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));

/** Statuses that bot walls use instead of 403: 418 (a joke some WAFs adopted) and LinkedIn's 999. */
const botWallStatuses = new Set([418, 999]);

export const isRedirectStatus = (status: number) => status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
export const isPermanentRedirect = (status: number) => status === 301 || status === 308;

export function header(attempt: Attempt, name: string): string | undefined {
  if (attempt.kind !== 'response') return undefined;
  const value = attempt.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Worth asking again: the server or the network may answer differently in a moment. 404 and 410 never are. */
export function isTransient(attempt: Attempt): boolean {
  if (attempt.kind === 'error') return ['timeout', 'reset', 'dns-temporary', 'unreachable'].includes(attempt.failure);
  if (header(attempt, 'cf-mitigated') !== undefined) return false; // a challenge page stays a challenge page
  return attempt.status === 429 || (attempt.status >= 500 && attempt.status <= 599);
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/^[A-Za-z]{3}/.test(text)) return undefined; // an HTTP date starts with the day's name; Date.parse would take "-5"
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before retry number `retry` (1-based): base·2^(retry-1), jittered to 50–150 % so clients do not retry in step. */
export function backoffMs(baseMs: number, retry: number, random: () => number = Math.random): number {
  return Math.min(30_000, baseMs * 2 ** (retry - 1) * (0.5 + random()));
}

/** Sorts a thrown request error into a Failure, looking through undici's wrappers at the Node error code. */
export function classifyError(error: unknown): { failure: Failure; detail: string } {
  const codes: string[] = [];
  let message = '';
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    if (!message && e instanceof Error) message = e.message;
  }
  const has = (...wanted: string[]) => codes.find((code) => wanted.includes(code));
  const detail = codes[codes.length - 1] ?? message ?? String(error);
  if (has('ELINTLISTPRIVATE')) return { failure: 'private', detail: message };
  if (has('UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT')) return { failure: 'timeout', detail };
  if (has('ECONNREFUSED')) return { failure: 'refused', detail };
  if (has('ENOTFOUND')) return { failure: 'unknown-host', detail };
  if (has('EAI_AGAIN')) return { failure: 'dns-temporary', detail };
  if (has('EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL')) return { failure: 'unreachable', detail };
  const tls = codes.find((code) => /^(?:ERR_SSL_|ERR_TLS_|CERT_|EPROTO$|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_)/.test(code));
  if (tls) return { failure: 'tls', detail: tls };
  if (has('ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED') || codes.some((code) => code.startsWith('HPE_'))) return { failure: 'reset', detail };
  return { failure: 'other', detail: message || detail };
}

export interface Judgement {
  verdict: Verdict;
  reason?: string;
}

export interface JudgeContext {
  hostname: string;
  acceptStatus: ReadonlySet<number>;
  /** Retries spent on this URL, named in the reason of what stayed broken. */
  retries: number;
}

const afterRetries = (retries: number) => (retries === 0 ? '' : ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}`);

/** The verdict of a hop's last attempt, when that attempt was not a redirect to follow. */
export function judge(attempt: Attempt, context: JudgeContext): Judgement {
  const after = afterRetries(context.retries);
  if (attempt.kind === 'error') {
    switch (attempt.failure) {
      case 'timeout':
        return { verdict: 'unverified', reason: `timed out${after}` };
      case 'reset':
        return { verdict: 'dead', reason: `connection reset${after}` };
      case 'refused':
        return { verdict: 'dead', reason: 'connection refused' };
      case 'unknown-host':
        return { verdict: 'dead', reason: `unknown host ${context.hostname}` };
      case 'dns-temporary':
        return { verdict: 'unverified', reason: `DNS lookup failed${after}` };
      case 'unreachable':
        return { verdict: 'unverified', reason: `network unreachable${after}` };
      case 'tls':
        return { verdict: 'dead', reason: `TLS failure (${attempt.detail})` };
      case 'private':
        return { verdict: 'skipped', reason: `${attempt.detail} (use --allow-private-hosts)` };
      case 'aborted':
        return { verdict: 'unverified', reason: attempt.detail };
      case 'other':
        return { verdict: 'unverified', reason: `request failed (${attempt.detail})` };
    }
  }
  const { status } = attempt;
  if (status >= 200 && status <= 299) return { verdict: 'alive' };
  if (context.acceptStatus.has(status)) return { verdict: 'alive', reason: `HTTP ${status} accepted by config` };
  if (header(attempt, 'cf-mitigated') !== undefined) return { verdict: 'unverified', reason: `blocked by bot protection (HTTP ${status}, cf-mitigated)` };
  if (status === 403 && isBotWallHost(context.hostname)) {
    return { verdict: 'unverified', reason: `blocked by bot protection (HTTP 403, ${context.hostname} turns bots away)` };
  }
  if (botWallStatuses.has(status)) return { verdict: 'unverified', reason: `blocked by bot protection (HTTP ${status})` };
  if (status === 429) return { verdict: 'unverified', reason: `rate limited (HTTP 429)${after}` };
  if (status >= 300 && status <= 399) return { verdict: 'unverified', reason: `HTTP ${status} without a usable Location header` };
  if (status >= 400 && status <= 499) return { verdict: 'dead', reason: `HTTP ${status}` };
  if (status >= 500 && status <= 599) return { verdict: 'dead', reason: `HTTP ${status}${after}` };
  return { verdict: 'unverified', reason: `unexpected HTTP ${status}` };
}
