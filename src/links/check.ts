import { setMaxListeners } from 'node:events';
import { type CacheEntry, cacheContext, checkEntry, forgetEntry, freshEntry, learnEntry } from './cache.js';
import { createTransport, type Transport } from './http.js';
import { type Attempt, backoffMs, header, isPermanentRedirect, isRedirectStatus, isTransient, type Judgement, judge, parseRetryAfter } from './policy.js';
import { safeReplacementUrl } from '../identity/safe-url.js';
import { normalizeHost, Scheduler } from './schedule.js';
import { literalPrivateHost, privateHostAllowance, systemResolve } from './ssrf.js';
import { defaultLinkCheckOptions, type HostOverride, type LinkCheckOptions, type LinkResult, type LinkTarget, maxTimerMs, type UrlPattern } from './types.js';

/** Browsers give up after about 20; a paper link needing more than 10 is broken in practice. */
const maxRedirects = 10;

type Method = 'HEAD' | 'GET';

/** A hop's outcome: the attempt that decided it, the retries spent getting there, and with which method. */
interface HopOutcome {
  attempt: Attempt;
  retries: number;
  method: Method;
}

/** One redirect followed: where it led and whether it was permanent (301/308). */
interface Hop {
  to: string;
  permanent: boolean;
}

type Outcome = Omit<LinkResult, 'url' | 'occurrences'> & {
  /** Cut short by the total time limit: says nothing about the link, so it is not cached. */
  unfinished?: boolean;
  /** An answer that is no HTTP (or an unknown status): 'unverified' now, never kept for next time. */
  uncacheable?: boolean;
  /** Some redirect of the chain was answered to HEAD: a verdict other than alive is confirmed with GET. */
  headRedirected?: boolean;
  fromCache?: boolean;
};

/**
 * Checks each target's URL and answers in the order of `targets`. HEAD first, GET to confirm any
 * failure, redirects followed hop by hop through the same SSRF and politeness rules, transient
 * failures retried with backoff. A chain that HEAD redirected and that did not end alive is walked
 * again with GET only, since some servers redirect HEAD (in a loop, to a 404, without end) while
 * their GET answers 200.
 */
export async function checkLinks(targets: LinkTarget[], options: LinkCheckOptions): Promise<LinkResult[]> {
  const run = new LinkRun(options, targets.length);
  try {
    return await Promise.all(targets.map((target) => run.check(target)));
  } finally {
    await run.close();
  }
}

/** A time for Node's timers: at least `min`, at most maxTimerMs (2^31 - 1 ms), `fallback` when not a number. */
function timerMs(value: number | undefined, fallback: number, min = 0): number {
  if (value === undefined || Number.isNaN(value)) return fallback;
  return Math.min(maxTimerMs, Math.max(min, value));
}

class LinkRun {
  private readonly scheduler: Scheduler;
  private readonly transport: Transport;
  private readonly mayBePrivate: (host: string) => boolean;
  private readonly acceptStatus: ReadonlySet<number>;
  /** Host overrides keyed by normalised host name (no case, no trailing dot). */
  private readonly hostOverrides: Map<string, HostOverride>;
  private readonly stop = new AbortController();
  private readonly stopTimer: NodeJS.Timeout | undefined;
  /** Every URL (with the cookies sent) is requested at most once a run per method, however many links lead to it. */
  private readonly hops = new Map<string, Promise<HopOutcome>>();
  private readonly cacheContext: string | undefined;
  private readonly retryBaseMs: number;
  private readonly maxRetryAfterMs: number;
  /** What is left of the run's budget for Retry-After waits. */
  private retryAfterLeft: number;
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
    this.hostOverrides = new Map(Object.entries(options.hosts).map(([host, override]) => [normalizeHost(host), override]));
    this.retryBaseMs = timerMs(options.retryBaseMs, 500);
    this.maxRetryAfterMs = timerMs(options.maxRetryAfterMs, defaultLinkCheckOptions.maxRetryAfterMs);
    const budget = options.maxTotalRetryAfterMs ?? 2 * this.maxRetryAfterMs;
    this.retryAfterLeft = Number.isNaN(budget) ? 2 * this.maxRetryAfterMs : Math.max(0, budget);
    this.cacheContext = options.cache ? cacheContext({ ...options, defaultUserAgent: defaultLinkCheckOptions.userAgent }) : undefined;
    this.scheduler = new Scheduler(options.concurrency, (host) => {
      const override = this.overrideOf(host);
      return { concurrency: override?.concurrency ?? options.hostConcurrency, intervalMs: timerMs(override?.intervalMs, 0) };
    });
    const totalTimeoutMs = options.totalTimeoutMs === undefined ? undefined : timerMs(options.totalTimeoutMs, maxTimerMs);
    const unfinished = `not finished within the total time limit (${seconds(options.totalTimeoutMs ?? 0)})`;
    this.transport = createTransport({
      timeoutMs: timerMs(options.timeoutMs, defaultLinkCheckOptions.timeoutMs, 1),
      resolve: options.lookup ?? systemResolve,
      mayBePrivate: this.mayBePrivate,
      abortedReason: () => unfinished,
    });
    if (totalTimeoutMs !== undefined) {
      this.stopTimer = setTimeout(() => {
        this.stop.abort(new Error(unfinished));
        this.scheduler.close(this.stop.signal.reason);
      }, totalTimeoutMs);
    }
  }

  async check(target: LinkTarget): Promise<LinkResult> {
    const written = target.url.trim();
    const outcome = await this.find(written);
    this.remember(written, outcome);
    this.checked += 1;
    if (outcome.verdict === 'dead') this.dead += 1;
    this.options.onProgress?.(this.checked, this.total, this.dead);
    const { unfinished: _unfinished, uncacheable: _uncacheable, headRedirected: _headRedirected, fromCache: _fromCache, ...result } = outcome;
    return { url: target.url, ...result, occurrences: target.occurrences };
  }

  async close(): Promise<void> {
    clearTimeout(this.stopTimer);
    this.scheduler.close(new Error('link check finished'));
    await this.transport.close();
  }

  private async find(written: string): Promise<Outcome> {
    if (this.options.exclude.some((pattern) => matches(pattern, written))) return { verdict: 'skipped', reason: 'excluded by config' };
    const cached = this.options.cache && freshEntry(this.options.cache, written, this.now(), this.cacheContext);
    if (cached) {
      const { checkedAt: _checkedAt, context: _context, ...rest } = cached;
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
    const first = await this.follow(url, 'HEAD', written);
    const failed = first.verdict === 'dead' || first.verdict === 'unverified';
    if (first.headRedirected && failed && !first.unfinished) return this.follow(url, 'GET', written);
    return first;
  }

  /**
   * Walks the redirect chain from `start`, judging the hop that does not redirect. With `HEAD`, each
   * hop is asked with HEAD first (GET confirms a failure); with `GET`, every hop is asked with GET.
   */
  private async follow(start: URL, mode: Method, written: string): Promise<Outcome> {
    const seen = new Set<string>();
    const cookies = new CookieJar();
    const hops: Hop[] = [];
    let url = start;
    let lastStatus: number | undefined;
    let headRedirected = false;
    const conclude = (judgement: Judgement, flags: { unfinished?: boolean; uncacheable?: boolean } = {}): Outcome => {
      const redirected = hops.length > 0;
      const rewriteTo = judgement.verdict === 'alive' ? rewriteTarget(written, hops) : undefined;
      return {
        verdict: judgement.verdict,
        ...(lastStatus !== undefined && { status: lastStatus }),
        ...(redirected && { finalUrl: url.href }),
        ...(judgement.reason !== undefined && { reason: redirected && judgement.verdict === 'skipped' ? `redirect to ${judgement.reason}` : judgement.reason }),
        ...(rewriteTo !== undefined && { permanentRedirect: true, rewriteTo }),
        ...(flags.unfinished && { unfinished: true }),
        ...(flags.uncacheable && { uncacheable: true }),
        ...(headRedirected && { headRedirected: true }),
      };
    };
    for (let hop = 0; ; hop += 1) {
      const blocked = literalPrivateHost(url.hostname, this.mayBePrivate);
      if (blocked) return conclude({ verdict: 'skipped', reason: `${blocked} (use --allow-private-hosts)` });
      const host = normalizeHost(url.hostname);
      const cookie = cookies.headerFor(host);
      const key = hopKey(url, cookie);
      if (seen.has(key)) return conclude({ verdict: 'dead', reason: 'redirect loop' });
      seen.add(key);

      const { attempt, retries, method } = await this.probe(url, cookie, key, mode);
      if (attempt.kind === 'response') lastStatus = attempt.status;
      const location = attempt.kind === 'response' && isRedirectStatus(attempt.status) ? header(attempt, 'location') : undefined;
      if (attempt.kind === 'error' || location === undefined) {
        const judgement = judge(attempt, { hostname: host, acceptStatus: this.acceptStatus, retries });
        return conclude(judgement, { unfinished: attempt.kind === 'error' && attempt.failure === 'aborted', uncacheable: isGarbage(attempt) });
      }
      if (method === 'HEAD') headRedirected = true;
      if (hop === maxRedirects) return conclude({ verdict: 'dead', reason: `too many redirects (more than ${maxRedirects})` });
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        return conclude({ verdict: 'dead', reason: `redirect to an invalid URL (${location.slice(0, 80)})` });
      }
      // A redirect without a fragment keeps the link's (RFC 9110, 10.2.2), as browsers do.
      if (next.hash === '' && url.hash !== '') next.hash = url.hash;
      cookies.store(host, attempt.headers['set-cookie']);
      hops.push({ to: next.href, permanent: isPermanentRedirect(attempt.status) });
      url = next;
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return conclude({ verdict: 'unverified', reason: `redirect to a ${url.protocol} URL, not checked` });
    }
  }

  private probe(url: URL, cookie: string | undefined, key: string, mode: Method): Promise<HopOutcome> {
    const memo = `${mode} ${key}`;
    let outcome = this.hops.get(memo);
    if (!outcome) {
      outcome = mode === 'HEAD' ? this.probeHead(url, cookie, key) : this.probeGet(url, cookie);
      this.hops.set(memo, outcome);
    }
    return outcome;
  }

  /**
   * HEAD costs the server least, but many servers answer it wrongly (405, 404, 403, 500), so no
   * failure of HEAD is believed: GET confirms it, and only GET is retried. A redirect is followed
   * as HEAD gave it; if the chain does not end alive, find() walks it again with GET.
   */
  private async probeHead(url: URL, cookie: string | undefined, key: string): Promise<HopOutcome> {
    const headers = this.headersFor(url.hostname, cookie);
    const { attempt: head, mayWait } = await this.attempt(url, 'HEAD', headers);
    if (head.kind === 'response') {
      const settled = judge(head, { hostname: normalizeHost(url.hostname), acceptStatus: this.acceptStatus, retries: 0 }).verdict === 'alive';
      if (settled || (isRedirectStatus(head.status) && header(head, 'location') !== undefined)) return { attempt: head, retries: 0, method: 'HEAD' };
      // A 429 that may not be waited out (retries: 0, or the run's budget spent) is final: asking again at once would only be rude.
      if (isRateLimited(head) && !mayWait) return { attempt: head, retries: 0, method: 'HEAD' };
    } else if (head.failure === 'private' || head.failure === 'aborted') {
      return { attempt: head, retries: 0, method: 'HEAD' };
    }
    return this.probe(url, cookie, key, 'GET');
  }

  private async probeGet(url: URL, cookie: string | undefined): Promise<HopOutcome> {
    const headers = this.headersFor(url.hostname, cookie);
    for (let retries = 0; ; retries += 1) {
      const { attempt: get, mayWait } = await this.attempt(url, 'GET', headers);
      if (!isTransient(get) || retries >= this.options.retries || (isRateLimited(get) && !mayWait)) return { attempt: get, retries, method: 'GET' };
      // A 429 has already paused the whole host in attempt(); other failures wait here, holding no slot.
      if (!isRateLimited(get)) await this.sleep(backoffMs(this.retryBaseMs, retries + 1));
    }
  }

  /**
   * One request within the politeness limits. A 429 pauses every request of its host, not just
   * this one; `mayWait` says whether it did (or the host was paused long enough already).
   */
  private async attempt(url: URL, method: Method, headers: Record<string, string>): Promise<{ attempt: Attempt; mayWait: boolean }> {
    const host = normalizeHost(url.hostname);
    try {
      await this.scheduler.acquire(host);
    } catch {
      return { attempt: { kind: 'error', failure: 'aborted', detail: String((this.stop.signal.reason as Error | undefined)?.message ?? 'aborted') }, mayWait: false };
    }
    try {
      const attempt = await this.transport.send(url, method, headers, this.stop.signal);
      // Paused before the slot is released, so no queued request of this host slips in first.
      const mayWait = isRateLimited(attempt) && this.pauseFor(host, attempt);
      return { attempt, mayWait };
    } finally {
      this.scheduler.release(host);
    }
  }

  /**
   * Grants a 429's Retry-After (capped at maxRetryAfterMs) out of the run's budget and pauses the
   * host for it. With retries: 0 nothing is granted: no one will ask again, so there is nothing to
   * wait for. What the host is paused for already costs nothing more; a wait the budget cannot
   * cover whole is not granted at all, and the 429 is final.
   */
  private pauseFor(host: string, attempt: Attempt): boolean {
    if (this.options.retries <= 0) return false;
    const now = Date.now();
    const asked = parseRetryAfter(header(attempt, 'retry-after'), now);
    const wait = Math.min(this.maxRetryAfterMs, asked ?? backoffMs(this.retryBaseMs, 1));
    const extension = now + wait - Math.max(now, this.scheduler.pausedUntil(host));
    if (extension <= 0) return true;
    if (extension > this.retryAfterLeft) return false;
    this.retryAfterLeft -= extension;
    this.scheduler.pause(host, now + wait);
    return true;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.stop.signal.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        this.stop.signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, timerMs(ms, 0));
      this.stop.signal.addEventListener('abort', done, { once: true });
    });
  }

  /** The override for a hostname, or else for the nearest parent domain that has one (arxiv.org for export.arxiv.org). */
  private overrideOf(hostname: string): HostOverride | undefined {
    const host = normalizeHost(hostname);
    for (let name = host; name.includes('.'); name = name.slice(name.indexOf('.') + 1)) {
      const override = this.hostOverrides.get(name);
      if (override) return override;
    }
    return this.hostOverrides.get(host);
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

  /**
   * Alive and unverified answers are kept for next time, with the options that decided them; a
   * dead, skipped or garbage answer leaves no entry, and an entry that would not pass the cache's
   * own checks when read back (an odd finalUrl, say) is not written either.
   */
  private remember(written: string, outcome: Outcome): void {
    const cache = this.options.cache;
    if (!cache || outcome.fromCache || outcome.unfinished) return;
    const now = this.now();
    const entry = outcome.uncacheable ? undefined : this.cacheEntryOf(written, outcome, now);
    if (entry) learnEntry(cache, written, entry);
    else forgetEntry(cache, written, now);
  }

  private cacheEntryOf(written: string, outcome: Outcome, now: number): CacheEntry | undefined {
    if (outcome.verdict !== 'alive' && outcome.verdict !== 'unverified') return undefined;
    const finalUrl = outcome.finalUrl === undefined ? undefined : safeReplacementUrl(outcome.finalUrl, outcome.finalUrl);
    if (outcome.finalUrl !== undefined && finalUrl === undefined) return undefined;
    const candidate = {
      verdict: outcome.verdict,
      ...(outcome.status !== undefined && { status: outcome.status }),
      ...(finalUrl !== undefined && { finalUrl }),
      ...(outcome.reason !== undefined && { reason: outcome.reason }),
      ...(outcome.rewriteTo !== undefined && { permanentRedirect: true, rewriteTo: outcome.rewriteTo }),
      checkedAt: now,
      context: this.cacheContext,
    };
    const checked = checkEntry(written, candidate);
    return 'entry' in checked ? checked.entry : undefined;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

const isRateLimited = (attempt: Attempt) => attempt.kind === 'response' && attempt.status === 429;

/** No HTTP at all (undici could not parse it), or a status outside HTTP's range: worth no cache entry. */
const isGarbage = (attempt: Attempt) =>
  attempt.kind === 'error' ? attempt.failure === 'other' : (attempt.status < 100 || attempt.status > 599) && attempt.status !== 999;

/**
 * The URL a link should be rewritten to: the target of the last permanent redirect in the chain's
 * leading run of permanent ones (301 → 308 → 302 → 200 gives the 308's target), made safe for the
 * list; undefined when the first hop is temporary, when safeReplacementUrl refuses the target
 * (markup, a foreign scheme, a DOI link to a non-DOI URL), or when it is the link itself.
 */
function rewriteTarget(written: string, hops: Hop[]): string | undefined {
  let target: string | undefined;
  for (const hop of hops) {
    if (!hop.permanent) break;
    target = hop.to;
  }
  if (target === undefined) return undefined;
  const safe = safeReplacementUrl(target, written);
  if (safe === undefined || safe === safeReplacementUrl(written, written)) return undefined;
  try {
    if (new URL(written).href === new URL(target).href) return undefined;
  } catch {
    return undefined;
  }
  return safe;
}

/** A /g or /y pattern remembers where it stopped; start each test afresh. */
function matches(pattern: UrlPattern, text: string): boolean {
  if (pattern instanceof RegExp) pattern.lastIndex = 0;
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
