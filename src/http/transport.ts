import { Agent, Client, type Dispatcher, Pool, request } from 'undici';
import { type Attempt, classifyError } from './attempt.js';
import { readCappedBody } from './body.js';
import { guardedLookup, type Resolve } from './ssrf.js';
import { maxTimerMs } from './timers.js';

/**
 * One HTTP exchange over an SSRF-guarded undici agent. Without `readBody` the body is not wanted: a
 * few kilobytes are read so that a small page leaves its keep-alive connection reusable, and
 * anything larger is cut off by destroying the socket. With `readBody` the body is read as text up
 * to its cap (readCappedBody).
 */

const bodyBytesWorthDraining = 16 * 1024;

export interface SendOptions {
  /** A request body (a POST form). */
  body?: string;
  /** Read the body as text, refusing more than `maxBytes`. */
  readBody?: { maxBytes: number };
}

export interface Transport {
  send(url: URL, method: string, headers: Record<string, string>, runSignal: AbortSignal, options?: SendOptions): Promise<Attempt>;
  close(): Promise<void>;
}

export interface TransportOptions {
  /** Per request: connect, headers and body alike, and the whole exchange. */
  timeoutMs: number;
  resolve: Resolve;
  mayBePrivate: (host: string) => boolean;
  /** The phrase a request cut short by the run's end is reported with. */
  abortedReason: () => string;
  /**
   * Connections at most to an origin (undefined: no limit, as undici's default; the scheduler bounds
   * requests in flight anyway, but a connection still finishing its answer can make undici open
   * another). 1 keeps every request to the origin on one connection.
   */
  connectionsFor?: (origin: URL) => number | undefined;
}

/** The reason we give our own AbortController when the per-request time runs out. */
const requestTimedOut = Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' });

export function createTransport(given: TransportOptions): Transport {
  // Node's timers (and undici's) fire at once for 2^31 ms or more; 0 would turn undici's off.
  const options = { ...given, timeoutMs: Math.min(maxTimerMs, Math.max(1, given.timeoutMs || 1)) };
  // One keep-alive pool per origin. No redirect interceptor: callers follow redirects themselves so
  // that every hop passes the SSRF checks and politeness.
  const agent = new Agent({
    connect: { timeout: options.timeoutMs, lookup: guardedLookup(options.resolve, options.mayBePrivate) },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    keepAliveTimeout: 4_000,
    ...(options.connectionsFor && { factory: poolFactory(options.connectionsFor) }),
  });

  async function send(url: URL, method: string, headers: Record<string, string>, runSignal: AbortSignal, sendOptions: SendOptions = {}): Promise<Attempt> {
    if (runSignal.aborted) return { kind: 'error', failure: 'aborted', detail: options.abortedReason() };
    // undici's own timers tick coarsely; this one bounds the whole exchange, body included.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(requestTimedOut), options.timeoutMs);
    const onRunAbort = () => controller.abort(runSignal.reason);
    runSignal.addEventListener('abort', onRunAbort, { once: true });
    try {
      // undici closes the connection after every HEAD by default, in case a broken server sends a
      // body anyway; that would cost a new TCP and TLS handshake per link. We keep it open, and a
      // stray body shows up as a parse error on the next request, which is retried like a reset.
      const response = await request(url, {
        dispatcher: agent,
        method: method as 'GET',
        headers,
        signal: controller.signal,
        reset: false,
        ...(sendOptions.body !== undefined && { body: sendOptions.body }),
      });
      const status = response.statusCode;
      const responseHeaders = response.headers;
      if (sendOptions.readBody) {
        const length = responseHeaders['content-length'];
        const reading = await readCappedBody(response.body, sendOptions.readBody.maxBytes, Array.isArray(length) ? length[0] : length);
        if ('tooLarge' in reading) return { kind: 'response', status, headers: responseHeaders, bodyTooLarge: true };
        return { kind: 'response', status, headers: responseHeaders, body: reading.text };
      }
      await response.body.dump({ limit: bodyBytesWorthDraining, signal: controller.signal }).catch(() => undefined);
      return { kind: 'response', status, headers: responseHeaders };
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

/** undici's own choice (a Client for one connection, a Pool otherwise), with each origin's limit. */
function poolFactory(connectionsFor: (origin: URL) => number | undefined) {
  return (origin: string | URL, options: object): Dispatcher => {
    const url = typeof origin === 'string' ? new URL(origin) : origin;
    const limit = connectionsFor(url);
    const connections = limit === undefined ? undefined : Math.max(1, Math.floor(limit));
    const merged = { ...(options as Pool.Options), ...(connections !== undefined && { connections }) };
    return connections === 1 ? new Client(url, merged as Client.Options) : new Pool(url, merged);
  };
}
