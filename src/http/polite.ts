import { setMaxListeners } from 'node:events';
import { type Attempt, header, isTransientFailure } from './attempt.js';
import { normalizeHost } from './host.js';
import { backoffMs, parseRetryAfter, RetryAfterBudget } from './retry.js';
import { type HostLimits, Scheduler } from './schedule.js';
import { literalPrivateHost, privateHostAllowance, type Resolve, systemResolve } from './ssrf.js';
import { maxTimerMs, sleep, timerMs } from './timers.js';
import { createTransport, type SendOptions, type Transport } from './transport.js';

/**
 * Polite HTTP for every gatherer of a run: requests start only within the global and per-host
 * limits (slots and a minimum interval between starts, src/http/schedule.ts), a 429 (or whatever
 * the caller counts as "slow down") pauses its whole host for its Retry-After, capped per wait and
 * in total over the run, transient failures are retried with jittered backoff, every request has a
 * timeout and the run as a whole may have one, and no connection is ever made to a non-public
 * address unless allowed (src/http/ssrf.ts, checked at connect time).
 */

export interface PoliteOptions {
  /** Requests in flight over all hosts. */
  concurrency: number;
  /** Slots and minimum interval between request starts of one host (given normalised). */
  limitsOf: (host: string) => HostLimits;
  /** Per request. */
  timeoutMs: number;
  /** Retries of a transient failure or a rate limit, per request. */
  retries: number;
  /** Base of the exponential backoff with jitter. */
  retryBaseMs?: number;
  /** Cap for one Retry-After wait. */
  maxRetryAfterMs: number;
  /** Cap for all Retry-After waits of the run together (default: twice maxRetryAfterMs). Once spent, a rate limit is final. */
  maxTotalRetryAfterMs?: number;
  /** Bound on the whole run; requests not finished then end as 'aborted'. */
  totalTimeoutMs?: number;
  /** false: never connect to private, loopback or link-local addresses; true: allow all; a list: only those hosts or literal IPs. */
  allowPrivateHosts: boolean | string[];
  /** DNS for tests; the default is node:dns lookup with all: true. */
  lookup?: Resolve;
  /** Connections at most to an origin (src/http/transport.ts); no limit unless told. */
  connectionsFor?: (origin: URL) => number | undefined;
  /**
   * Which requests share a host's slots, interval and pauses: the host name by default (politeness
   * toward a machine, whatever the port); the metadata sources use host and port.
   */
  hostKey?: (url: URL) => string;
}

export const defaultRetryBaseMs = 500;
export const defaultMaxRetryAfterMs = 60_000;
export const defaultTimeoutMs = 15_000;

export interface AttemptOptions extends SendOptions {
  /** Whether an answer asks us to slow down: HTTP 429 unless told (arXiv's 200 "Rate exceeded." too). */
  rateLimited?: (attempt: Attempt) => boolean;
  /** Retries the caller will make: with none, a rate limit is not waited out (nobody asks again). */
  retries?: number;
  /** Base of the wait when a rate limit names no Retry-After. */
  backoffBaseMs?: number;
}

export interface RequestOptions extends AttemptOptions {
  method: string;
  headers: Record<string, string>;
  /** Whether a non-rate-limit answer is worth asking again: network failures and 5xx unless told. */
  transient?: (attempt: Attempt) => boolean;
}

export const isStatus429 = (attempt: Attempt) => attempt.kind === 'response' && attempt.status === 429;

/** Network failures that may pass, and 5xx answers. */
export const isTransientAttempt = (attempt: Attempt) =>
  attempt.kind === 'error' ? isTransientFailure(attempt.failure) : attempt.status >= 500 && attempt.status <= 599;

export class PoliteClient {
  readonly mayBePrivate: (host: string) => boolean;
  readonly retries: number;
  readonly retryBaseMs: number;
  private readonly scheduler: Scheduler;
  private readonly transport: Transport;
  private readonly stop = new AbortController();
  private readonly stopTimer: NodeJS.Timeout | undefined;
  private readonly maxRetryAfterMs: number;
  private readonly budget: RetryAfterBudget;
  private readonly unfinished: string;
  private readonly hostKey: (url: URL) => string;

  constructor(options: PoliteOptions) {
    // Every request in flight listens to this one signal.
    setMaxListeners(0, this.stop.signal);
    this.mayBePrivate = privateHostAllowance(options.allowPrivateHosts);
    this.retries = Math.max(0, options.retries || 0);
    this.retryBaseMs = timerMs(options.retryBaseMs, defaultRetryBaseMs);
    this.maxRetryAfterMs = timerMs(options.maxRetryAfterMs, defaultMaxRetryAfterMs);
    const total = options.maxTotalRetryAfterMs ?? 2 * this.maxRetryAfterMs;
    this.budget = new RetryAfterBudget(Number.isNaN(total) ? 2 * this.maxRetryAfterMs : total);
    this.scheduler = new Scheduler(options.concurrency, options.limitsOf);
    this.hostKey = options.hostKey ?? ((url) => normalizeHost(url.hostname));
    const totalTimeoutMs = options.totalTimeoutMs === undefined ? undefined : timerMs(options.totalTimeoutMs, maxTimerMs);
    this.unfinished = `not finished within the total time limit (${seconds(options.totalTimeoutMs ?? 0)})`;
    this.transport = createTransport({
      timeoutMs: timerMs(options.timeoutMs, defaultTimeoutMs, 1),
      resolve: options.lookup ?? systemResolve,
      mayBePrivate: this.mayBePrivate,
      abortedReason: () => this.unfinished,
      ...(options.connectionsFor && { connectionsFor: options.connectionsFor }),
    });
    if (totalTimeoutMs !== undefined) {
      this.stopTimer = setTimeout(() => {
        this.stop.abort(new Error(this.unfinished));
        this.scheduler.close(this.stop.signal.reason);
      }, totalTimeoutMs);
    }
  }

  /** Aborted when the run's total time is up or the client is closed. */
  get signal(): AbortSignal {
    return this.stop.signal;
  }

  /** Why a URL's host must not be contacted at all (a literal private address, `localhost`), before any DNS. */
  blockedHost(hostname: string): string | undefined {
    return literalPrivateHost(hostname, this.mayBePrivate);
  }

  /**
   * One request within the politeness limits. A rate limit pauses every request of its host, not
   * just this one; `mayWait` says whether it did (or the host was paused long enough already).
   */
  async attempt(url: URL, method: string, headers: Record<string, string>, options: AttemptOptions = {}): Promise<{ attempt: Attempt; mayWait: boolean }> {
    const host = this.hostKey(url);
    try {
      await this.scheduler.acquire(host);
    } catch {
      return { attempt: { kind: 'error', failure: 'aborted', detail: String((this.stop.signal.reason as Error | undefined)?.message ?? 'aborted') }, mayWait: false };
    }
    try {
      const send: SendOptions = {};
      if (options.body !== undefined) send.body = options.body;
      if (options.readBody !== undefined) send.readBody = options.readBody;
      const attempt = await this.transport.send(url, method, headers, this.stop.signal, send);
      // Paused before the slot is released, so no queued request of this host slips in first.
      const limited = (options.rateLimited ?? isStatus429)(attempt);
      const mayWait = limited && this.pauseFor(host, attempt, options.retries ?? this.retries, options.backoffBaseMs);
      return { attempt, mayWait };
    } finally {
      this.scheduler.release(host);
    }
  }

  /**
   * A request asked until it gives a final answer: a rate limit is waited out (within the budget)
   * and asked again, a transient failure is asked again after a backoff, `retries` times at most.
   */
  async request(url: URL, init: RequestOptions): Promise<{ attempt: Attempt; retries: number }> {
    const retries = init.retries ?? this.retries;
    const rateLimited = init.rateLimited ?? isStatus429;
    const transient = init.transient ?? isTransientAttempt;
    for (let retry = 0; ; retry += 1) {
      const { attempt, mayWait } = await this.attempt(url, init.method, init.headers, { ...init, retries, rateLimited });
      if (attempt.kind === 'error' && attempt.failure === 'aborted') return { attempt, retries: retry };
      if (rateLimited(attempt)) {
        // The host is paused already: the next acquire waits for it.
        if (!mayWait || retry >= retries) return { attempt, retries: retry };
        continue;
      }
      if (!transient(attempt) || retry >= retries) return { attempt, retries: retry };
      await this.sleep(backoffMs(init.backoffBaseMs ?? this.retryBaseMs, retry + 1));
    }
  }

  /** Waits, or less when the run is stopped. */
  sleep(ms: number): Promise<void> {
    return sleep(ms, this.stop.signal);
  }

  async close(): Promise<void> {
    clearTimeout(this.stopTimer);
    this.scheduler.close(new Error('run finished'));
    await this.transport.close();
  }

  /**
   * Grants a rate limit's Retry-After (capped at maxRetryAfterMs) out of the run's budget and pauses
   * the host for it. With no retries nothing is granted: no one will ask again, so there is nothing
   * to wait for. What the host is paused for already costs nothing more; a wait the budget cannot
   * cover whole is not granted at all, and the answer is final.
   */
  private pauseFor(host: string, attempt: Attempt, retries: number, backoffBaseMs: number | undefined): boolean {
    if (retries <= 0) return false;
    const now = Date.now();
    const asked = parseRetryAfter(header(attempt, 'retry-after'), now);
    const wait = Math.min(this.maxRetryAfterMs, asked ?? backoffMs(backoffBaseMs ?? this.retryBaseMs, 1));
    const extension = now + wait - Math.max(now, this.scheduler.pausedUntil(host));
    if (extension <= 0) return true;
    if (!this.budget.take(extension)) return false;
    this.scheduler.pause(host, now + wait);
    return true;
  }
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
