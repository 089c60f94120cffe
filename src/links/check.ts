import { setMaxListeners } from 'node:events';
import { freshEntry } from './cache.js';
import { createTransport, type Transport } from './http.js';
import { type Attempt, backoffMs, header, isPermanentRedirect, isRedirectStatus, isTransient, type Judgement, judge, parseRetryAfter } from './policy.js';
import { Scheduler } from './schedule.js';
import { literalPrivateHost, privateHostAllowance, systemResolve } from './ssrf.js';
import type { HostOverride, LinkCheckOptions, LinkResult, LinkTarget } from './types.js';

/** Browsers give up after about 20; a paper link needing more than 10 is broken in practice. */
const maxRedirects = 10;

/** A hop's outcome: the attempt that decided it and the retries spent getting there. */
interface HopOutcome {
  attempt: Attempt;
  retries: number;
}

type Outcome = Omit<LinkResult, 'url' | 'occurrences'> & {
  /** Cut short by the total time limit: says nothing about the link, so it is not cached. */
  unfinished?: boolean;
  fromCache?: boolean;
};

/**
 * Checks each target's URL and answers in the order of `targets`. HEAD first, GET to confirm any
 * failure, redirects followed hop by hop through the same SSRF and politeness rules, transient
 * failures retried with backoff.
 */
export async function checkLinks(targets: LinkTarget[], options: LinkCheckOptions): Promise<LinkResult[]> {
  const run = new LinkRun(options, targets.length);
  try {
    return await Promise.all(targets.map((target) => run.check(target)));
  } finally {
    await run.close();
  }
}

class LinkRun {
  private readonly scheduler: Scheduler;
  private readonly transport: Transport;
  private readonly mayBePrivate: (host: string) => boolean;
  private readonly acceptStatus: ReadonlySet<number>;
  private readonly stop = new AbortController();
  private readonly stopTimer: NodeJS.Timeout | undefined;
  /** Every URL (with the cookies sent) is requested at most once a run, however many links lead to it. */
  private readonly hops = new Map<string, Promise<HopOutcome>>();
  private checked = 0;
  private dead = 0;

  constructor(
    private readonly options: LinkCheckOptions,
    private readonly total: number,
  ) {
    // Every request in flight listens to this one signal.
    setMaxListeners(0, this.stop.signal);
    this.mayBePrivate = privateHostAllowance(options.allowPrivateHosts);
    this.acceptStatus = new Set(options.acceptStatus);
    this.scheduler = new Scheduler(options.concurrency, (host) => {
      const override = this.overrideOf(host);
      return { concurrency: override?.concurrency ?? options.hostConcurrency, intervalMs: override?.intervalMs ?? 0 };
    });
    const unfinished = `not finished within the total time limit (${seconds(options.totalTimeoutMs ?? 0)})`;
    this.transport = createTransport({
      timeoutMs: options.timeoutMs,
      resolve: options.lookup ?? systemResolve,
      mayBePrivate: this.mayBePrivate,
      abortedReason: () => unfinished,
    });
    if (options.totalTimeoutMs !== undefined) {
      this.stopTimer = setTimeout(() => {
        this.stop.abort(new Error(unfinished));
        this.scheduler.close(this.stop.signal.reason);
      }, options.totalTimeoutMs);
    }
  }

  async check(target: LinkTarget): Promise<LinkResult> {
    const outcome = await this.find(target.url.trim());
    this.remember(target.url.trim(), outcome);
    this.checked += 1;
    if (outcome.verdict === 'dead') this.dead += 1;
    this.options.onProgress?.(this.checked, this.total, this.dead);
    const { unfinished: _unfinished, fromCache: _fromCache, ...result } = outcome;
    return { url: target.url, ...result, occurrences: target.occurrences };
  }

  async close(): Promise<void> {
    clearTimeout(this.stopTimer);
    this.scheduler.close(new Error('link check finished'));
    await this.transport.close();
  }

  private async find(written: string): Promise<Outcome> {
    if (this.options.exclude.some((pattern) => matches(pattern, written))) return { verdict: 'skipped', reason: 'excluded by config' };
    const cached = this.options.cache && freshEntry(this.options.cache, written, this.now());
    if (cached) {
      const { checkedAt: _checkedAt, ...rest } = cached;
      return { ...rest, fromCache: true };
    }
    if (!/^https?:/i.test(written)) {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(written)?.[1];
      return { verdict: 'skipped', reason: scheme ? `not an http(s) link (${scheme.toLowerCase()}:)` : 'not an absolute http(s) URL' };
    }
    let url: URL;
    try {
      url = new URL(written);
    } catch {
      return { verdict: 'dead', reason: 'invalid URL' };
    }
    return this.follow(url);
  }

  /** Walks the redirect chain from `start`, judging the hop that does not redirect. */
  private async follow(start: URL): Promise<Outcome> {
    const seen = new Set<string>();
    const cookies = new CookieJar();
    let url = start;
    let redirected = false;
    let lastStatus: number | undefined;
    let permanent = false;
    const conclude = (judgement: Judgement, unfinished = false): Outcome => ({
      verdict: judgement.verdict,
      ...(lastStatus !== undefined && { status: lastStatus }),
      ...(redirected && { finalUrl: url.href }),
      ...(judgement.reason !== undefined && { reason: redirected && judgement.verdict === 'skipped' ? `redirect to ${judgement.reason}` : judgement.reason }),
      ...(permanent && judgement.verdict === 'alive' && { permanentRedirect: true }),
      ...(unfinished && { unfinished }),
    });
    for (let hop = 0; ; hop += 1) {
      const blocked = literalPrivateHost(url.hostname, this.mayBePrivate);
      if (blocked) return conclude({ verdict: 'skipped', reason: `${blocked} (use --allow-private-hosts)` });
      const cookie = cookies.headerFor(url.hostname);
      const key = hopKey(url, cookie);
      if (seen.has(key)) return conclude({ verdict: 'dead', reason: 'redirect loop' });
      seen.add(key);

      const { attempt, retries } = await this.probe(url, cookie, key);
      if (attempt.kind === 'response') lastStatus = attempt.status;
      const location = attempt.kind === 'response' && isRedirectStatus(attempt.status) ? header(attempt, 'location') : undefined;
      if (attempt.kind === 'error' || location === undefined) {
        const judgement = judge(attempt, { hostname: url.hostname, acceptStatus: this.acceptStatus, retries });
        return conclude(judgement, attempt.kind === 'error' && attempt.failure === 'aborted');
      }
      if (hop === maxRedirects) return conclude({ verdict: 'dead', reason: `too many redirects (more than ${maxRedirects})` });
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        return conclude({ verdict: 'dead', reason: `redirect to an invalid URL (${location.slice(0, 80)})` });
      }
      cookies.store(url.hostname, attempt.headers['set-cookie']);
      permanent ||= isPermanentRedirect(attempt.status);
      url = next;
      redirected = true;
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return conclude({ verdict: 'unverified', reason: `redirect to a ${url.protocol} URL, not checked` });
    }
  }

  private probe(url: URL, cookie: string | undefined, key: string): Promise<HopOutcome> {
    let outcome = this.hops.get(key);
    if (!outcome) {
      outcome = this.probeNow(url, cookie);
      this.hops.set(key, outcome);
    }
    return outcome;
  }

  /**
   * HEAD costs the server least, but many servers answer it wrongly (405, 404, 403, 500), so no
   * failure of HEAD is believed: GET confirms it, and only GET is retried.
   */
  private async probeNow(url: URL, cookie: string | undefined): Promise<HopOutcome> {
    const headers = this.headersFor(url.hostname, cookie);
    const head = await this.attempt(url, 'HEAD', headers);
    if (head.kind === 'response') {
      const settled = judge(head, { hostname: url.hostname, acceptStatus: this.acceptStatus, retries: 0 }).verdict === 'alive';
      if (settled || (isRedirectStatus(head.status) && header(head, 'location') !== undefined)) return { attempt: head, retries: 0 };
    } else if (head.failure === 'private' || head.failure === 'aborted') {
      return { attempt: head, retries: 0 };
    }
    for (let retries = 0; ; retries += 1) {
      const get = await this.attempt(url, 'GET', headers);
      if (!isTransient(get) || retries >= this.options.retries) return { attempt: get, retries };
      // A 429 has already paused the whole host in attempt(); other failures wait here, holding no slot.
      if (!isRateLimited(get)) await this.sleep(backoffMs(this.options.retryBaseMs ?? 500, retries + 1));
    }
  }

  /** One request within the politeness limits. A 429 pauses every request of its host, not just this one. */
  private async attempt(url: URL, method: 'HEAD' | 'GET', headers: Record<string, string>): Promise<Attempt> {
    const host = url.hostname;
    try {
      await this.scheduler.acquire(host);
    } catch {
      return { kind: 'error', failure: 'aborted', detail: String((this.stop.signal.reason as Error | undefined)?.message ?? 'aborted') };
    }
    try {
      const attempt = await this.transport.send(url, method, headers, this.stop.signal);
      // Paused before the slot is released, so no queued request of this host slips in first.
      if (isRateLimited(attempt)) {
        const asked = parseRetryAfter(header(attempt, 'retry-after'), Date.now());
        const wait = Math.min(this.options.maxRetryAfterMs, asked ?? backoffMs(this.options.retryBaseMs ?? 500, 1));
        this.scheduler.pause(host, Date.now() + wait);
      }
      return attempt;
    } finally {
      this.scheduler.release(host);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.stop.signal.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        this.stop.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.stop.signal.addEventListener('abort', done, { once: true });
    });
  }

  /** The override for a hostname, or else for the nearest parent domain that has one (arxiv.org for export.arxiv.org). */
  private overrideOf(host: string): HostOverride | undefined {
    for (let name = host; name.includes('.'); name = name.slice(name.indexOf('.') + 1)) {
      if (Object.hasOwn(this.options.hosts, name)) return this.options.hosts[name];
    }
    return Object.hasOwn(this.options.hosts, host) ? this.options.hosts[host] : undefined;
  }

  private headersFor(host: string, cookie: string | undefined): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8',
      'accept-language': 'en',
    };
    for (const [name, value] of Object.entries(this.overrideOf(host)?.headers ?? {})) headers[name.toLowerCase()] = value;
    if (cookie) headers.cookie = cookie;
    return headers;
  }

  /** Alive and unverified answers are kept for next time; a dead or skipped link leaves no entry. */
  private remember(written: string, outcome: Outcome): void {
    const cache = this.options.cache;
    if (!cache || outcome.fromCache || outcome.unfinished) return;
    if (outcome.verdict === 'alive' || outcome.verdict === 'unverified') {
      cache.entries[written] = {
        verdict: outcome.verdict,
        ...(outcome.status !== undefined && { status: outcome.status }),
        ...(outcome.finalUrl !== undefined && { finalUrl: outcome.finalUrl }),
        ...(outcome.reason !== undefined && { reason: outcome.reason }),
        ...(outcome.permanentRedirect !== undefined && { permanentRedirect: outcome.permanentRedirect }),
        checkedAt: this.now(),
      };
    } else {
      delete cache.entries[written];
    }
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

const isRateLimited = (attempt: Attempt) => attempt.kind === 'response' && attempt.status === 429;

/** A /g or /y pattern remembers where it stopped; start each test afresh. */
function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

function hopKey(url: URL, cookie: string | undefined): string {
  const bare = new URL(url.href);
  bare.hash = '';
  return cookie ? `${bare.href}\n${cookie}` : bare.href;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/**
 * Some publishers redirect to themselves to set a cookie and expect it back; without one the chain
 * looks like a loop. Kept per chain and per hostname, names and values only.
 */
class CookieJar {
  private readonly byHost = new Map<string, Map<string, string>>();

  store(host: string, setCookie: string | string[] | undefined): void {
    for (const line of setCookie === undefined ? [] : [setCookie].flat()) {
      const pair = /^\s*([^=;\s]+)=([^;]*)/.exec(line);
      if (!pair) continue;
      const jar = this.byHost.get(host) ?? new Map<string, string>();
      jar.set(pair[1] as string, (pair[2] as string).trim());
      this.byHost.set(host, jar);
    }
  }

  headerFor(host: string): string | undefined {
    const jar = this.byHost.get(host);
    if (!jar || jar.size === 0) return undefined;
    return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}
