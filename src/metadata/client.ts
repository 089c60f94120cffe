import type { PaperFact } from '../facts.js';
import type { Attempt } from '../http/attempt.js';
import type { PoliteClient, RequestOptions } from '../http/polite.js';
import type { MetadataOptions } from './options.js';
import type { SourceAnswer, SourceFailure } from './record.js';

/**
 * What every metadata client shares: the run's polite HTTP client (src/http/), the options, and one
 * way to turn an HTTP attempt into an answer a parser reads or a failure that leaves rows unverified.
 */

export interface SourceContext {
  polite: PoliteClient;
  options: MetadataOptions;
}

export type Fetched = { ok: true; answer: SourceAnswer } | { ok: false; failure: SourceFailure };

export interface FetchInit extends Pick<RequestOptions, 'rateLimited' | 'backoffBaseMs'> {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Largest body read; a larger one is a failure, cut off unread. */
  maxBytes: number;
}

/** One request to a source, retried as the polite client does; never throws. */
export async function fetchAnswer(context: SourceContext, sourceName: string, url: URL, init: FetchInit): Promise<Fetched> {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return failed(`${sourceName} is configured at a ${url.protocol} URL, not http(s)`);
  const blocked = context.polite.blockedHost(url.hostname);
  if (blocked) return failed(`${sourceName} is at a ${blocked}; allow private hosts to ask it`);
  const headers: Record<string, string> = { 'user-agent': userAgentOf(context.options), ...init.headers };
  const { attempt, retries } = await context.polite.request(url, {
    method: init.method ?? 'GET',
    headers,
    readBody: { maxBytes: init.maxBytes },
    ...(init.body !== undefined && { body: init.body }),
    ...(init.rateLimited && { rateLimited: init.rateLimited }),
    ...(init.backoffBaseMs !== undefined && { backoffBaseMs: init.backoffBaseMs }),
  });
  if (attempt.kind === 'error') return failed(networkReason(sourceName, attempt, url.hostname, retries));
  if (attempt.bodyTooLarge || attempt.body === undefined) {
    return failed(`${sourceName}'s answer is larger than ${Math.round(init.maxBytes / (1024 * 1024))} MB; it was not read`, attempt.status);
  }
  const answer: SourceAnswer = { status: attempt.status, body: attempt.body, headers: attempt.headers };
  return { ok: true, answer };
}

function failed(reason: string, status = 0): Fetched {
  return { ok: false, failure: { outcome: 'unverified', reason, status, rateLimited: false } };
}

const afterRetries = (retries: number) => (retries === 0 ? '' : ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}`);

function networkReason(sourceName: string, attempt: Extract<Attempt, { kind: 'error' }>, hostname: string, retries: number): string {
  const after = afterRetries(retries);
  switch (attempt.failure) {
    case 'timeout':
      return `${sourceName} did not answer in time${after}`;
    case 'reset':
      return `${sourceName} closed the connection${after}`;
    case 'refused':
      return `${sourceName} refused the connection`;
    case 'unknown-host':
      return `${sourceName}'s host ${hostname} is unknown`;
    case 'dns-temporary':
      return `the DNS lookup of ${sourceName}'s host failed${after}`;
    case 'unreachable':
      return `${sourceName} could not be reached: network unreachable${after}`;
    case 'tls':
      return `TLS failure with ${sourceName} (${attempt.detail})`;
    case 'private':
      return `${sourceName} is at a ${attempt.detail}; allow private hosts to ask it`;
    case 'aborted':
      return `${sourceName} was not asked: ${attempt.detail}`;
    default:
      return `${sourceName} could not be asked (${attempt.detail})`;
  }
}

/** The User-Agent every source sees; with a mailto, as Crossref's polite pool asks. */
export function userAgentOf(options: MetadataOptions): string {
  return options.mailto ? `${options.userAgent} (mailto:${options.mailto})` : options.userAgent;
}

/** A source's base URL with `path` appended (and the base's own trailing slashes dropped), or why not. */
export function endpoint(base: string, path: string, query: Record<string, string> = {}): URL | string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    return `'${base.slice(0, 80)}' is not a URL`;
  }
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url;
}

export const unverified = (reason: string): PaperFact => ({ status: 'unverified', reason });
