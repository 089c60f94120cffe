import { Agent, request } from 'undici';
import { type Attempt, classifyError } from './policy.js';
import { guardedLookup, type Resolve } from './ssrf.js';
import { maxTimerMs } from './types.js';

/**
 * One HTTP exchange, reduced to its status and headers. The body is never wanted: a few kilobytes
 * are read so that a small page leaves its keep-alive connection reusable, and anything larger is
 * cut off by destroying the socket, so a 1 GB answer costs one buffer and not one gigabyte.
 */

const bodyBytesWorthDraining = 16 * 1024;

export interface Transport {
  send(url: URL, method: 'HEAD' | 'GET', headers: Record<string, string>, runSignal: AbortSignal): Promise<Attempt>;
  close(): Promise<void>;
}

export interface TransportOptions {
  timeoutMs: number;
  resolve: Resolve;
  mayBePrivate: (host: string) => boolean;
  /** The phrase a request cut short by the run's end is reported with. */
  abortedReason: () => string;
}

/** The reason we give our own AbortController when the per-request time runs out. */
const requestTimedOut = Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' });

export function createTransport(given: TransportOptions): Transport {
  // Node's timers (and undici's) fire at once for 2^31 ms or more; 0 would turn undici's off.
  const options = { ...given, timeoutMs: Math.min(maxTimerMs, Math.max(1, given.timeoutMs || 1)) };
  // One keep-alive pool per origin. No redirect interceptor: we follow redirects ourselves so
  // that every hop passes our SSRF checks and politeness.
  const agent = new Agent({
    connect: { timeout: options.timeoutMs, lookup: guardedLookup(options.resolve, options.mayBePrivate) },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    keepAliveTimeout: 4_000,
  });

  async function send(url: URL, method: 'HEAD' | 'GET', headers: Record<string, string>, runSignal: AbortSignal): Promise<Attempt> {
    if (runSignal.aborted) return { kind: 'error', failure: 'aborted', detail: options.abortedReason() };
    // undici's own timers tick coarsely; this one bounds the whole exchange, body draining included.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(requestTimedOut), options.timeoutMs);
    const onRunAbort = () => controller.abort(runSignal.reason);
    runSignal.addEventListener('abort', onRunAbort, { once: true });
    try {
      // undici closes the connection after every HEAD by default, in case a broken server sends a
      // body anyway; that would cost a new TCP and TLS handshake per link. We keep it open, and a
      // stray body shows up as a parse error on the next request, which is retried like a reset.
      const response = await request(url, { dispatcher: agent, method, headers, signal: controller.signal, reset: false });
      await response.body.dump({ limit: bodyBytesWorthDraining, signal: controller.signal }).catch(() => undefined);
      return { kind: 'response', status: response.statusCode, headers: response.headers };
    } catch (error) {
      if (runSignal.aborted) return { kind: 'error', failure: 'aborted', detail: options.abortedReason() };
      return { kind: 'error', ...classifyError(error) };
    } finally {
      clearTimeout(timer);
      runSignal.removeEventListener('abort', onRunAbort);
    }
  }

  return { send, close: () => agent.close() };
}
