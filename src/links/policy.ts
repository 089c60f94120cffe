import { type Attempt, header, isTransientFailure } from '../http/attempt.js';
import type { Verdict } from './types.js';

/**
 * The pure decisions made from one HTTP attempt at a link (src/http/attempt.ts): is it worth
 * retrying, and what verdict and reason the link gets. No I/O here, so each rule is tested alone.
 */

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

/** Worth asking again: the server or the network may answer differently in a moment. 404 and 410 never are. */
export function isTransient(attempt: Attempt): boolean {
  if (attempt.kind === 'error') return isTransientFailure(attempt.failure);
  if (header(attempt, 'cf-mitigated') !== undefined) return false; // a challenge page stays a challenge page
  return attempt.status === 429 || (attempt.status >= 500 && attempt.status <= 599);
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
