import type { PaperFact, PaperFacts } from '../facts.js';
import { type Attempt, header } from '../http/attempt.js';
import { normalizeHost, settingForHost } from '../http/host.js';
import { PoliteClient } from '../http/polite.js';
import { backoffMs } from '../http/retry.js';
import { timerMs } from '../http/timers.js';
import { paperIdOf } from '../identity/paper-id.js';
import { safeReplacementUrl } from '../identity/safe-url.js';
import { type CacheEntry, cacheContext, checkEntry, forgetEntry, freshEntry, learnEntry } from './cache.js';
import { isPermanentRedirect, isRedirectStatus, isTransient, type Judgement, judge } from './policy.js';
import { defaultLinkCheckOptions, type HostOverride, type LinkCheckOptions, type LinkResult, type LinkTarget, type UrlPattern } from './types.js';

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
  /** From the cache, or from the arXiv API's answer: nothing to write into the link cache. */
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
    const viaApi = options.arxivApi ? arxivPagesOf(targets, options.exclude) : new Map<LinkTarget, string>();
    // The arXiv API is asked while the other hosts' pages are fetched; a gatherer that fails
    // (it should not) leaves its links to the page checker.
    const papers = viaApi.size > 0 && options.arxivApi ? options.arxivApi([...new Set(viaApi.values())]).catch(() => undefined) : undefined;
    return await Promise.all(targets.map((target) => run.check(target, papers && viaApi.has(target) ? { papers, key: viaApi.get(target) as string } : undefined)));
  } finally {
    await run.close();
  }
}

const arxivPageHosts = new Set(['arxiv.org', 'www.arxiv.org', 'export.arxiv.org']);

/**
 * The targets that the arXiv API can verify: arXiv abstract, PDF and HTML pages (any version) that
 * no exclude pattern skips, with their paper keys. Other arXiv addresses (listings, ar5iv, mirrors)
 * are pages like any other.
 */
function arxivPagesOf(targets: LinkTarget[], exclude: UrlPattern[]): Map<LinkTarget, string> {
  const pages = new Map<LinkTarget, string>();
  for (const target of targets) {
    const written = target.url.trim();
    let url: URL;
    try {
      url = new URL(written);
    } catch {
      continue;
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !arxivPageHosts.has(normalizeHost(url.hostname))) continue;
    if (!/^\/(?:abs|pdf|html)\/./.test(url.pathname)) continue;
    const key = paperIdOf(written)?.key;
    if (key === undefined || !key.startsWith('arxiv:') || exclude.some((pattern) => matches(pattern, written))) continue;
    pages.set(target, key);
  }
  return pages;
}

/** A link's verdict from its paper's fact, as the arXiv API gave it. */
function outcomeOfPaper(fact: PaperFact): Outcome {
  switch (fact.status) {
    case 'found':
      return { verdict: 'alive', reason: 'checked through the arXiv API', fromCache: true };
    case 'nonexistent':
      return { verdict: 'dead', reason: fact.reason ?? 'arXiv has no such paper', fromCache: true };
    default:
      return { verdict: 'unverified', reason: fact.reason ?? 'the arXiv API could not be asked', fromCache: true };
  }
}

class LinkRun {
  private readonly polite: PoliteClient;
  private readonly acceptStatus: ReadonlySet<number>;
  /** Host overrides keyed by normalised host name (no case, no trailing dot). */
  private readonly hostOverrides: Map<string, HostOverride>;
  /** Every URL (with the cookies sent) is requested at most once a run per method, however many links lead to it. */
  private readonly hops = new Map<string, Promise<HopOutcome>>();
  private readonly cacheContext: string | undefined;
  private checked = 0;
  private dead = 0;

  constructor(
    private readonly options: LinkCheckOptions,
    private readonly total: number,
  ) {
    this.acceptStatus = new Set(options.acceptStatus);
    this.hostOverrides = new Map(Object.entries(options.hosts).map(([host, override]) => [normalizeHost(host), override]));
    this.cacheContext = options.cache ? cacheContext({ ...options, defaultUserAgent: defaultLinkCheckOptions.userAgent }) : undefined;
    this.polite = new PoliteClient({
      concurrency: options.concurrency,
      limitsOf: (host) => {
        const override = this.overrideOf(host);
        return { concurrency: override?.concurrency ?? options.hostConcurrency, intervalMs: timerMs(override?.intervalMs, 0) };
      },
      timeoutMs: timerMs(options.timeoutMs, defaultLinkCheckOptions.timeoutMs, 1),
      retries: options.retries,
      retryBaseMs: timerMs(options.retryBaseMs, 500),
      maxRetryAfterMs: timerMs(options.maxRetryAfterMs, defaultLinkCheckOptions.maxRetryAfterMs),
      ...(options.maxTotalRetryAfterMs !== undefined && { maxTotalRetryAfterMs: options.maxTotalRetryAfterMs }),
      ...(options.totalTimeoutMs !== undefined && { totalTimeoutMs: options.totalTimeoutMs }),
      allowPrivateHosts: options.allowPrivateHosts,
      ...(options.lookup && { lookup: options.lookup }),
    });
  }

  async check(target: LinkTarget, viaApi?: { papers: Promise<PaperFacts | undefined>; key: string }): Promise<LinkResult> {
    const written = target.url.trim();
    const fact = viaApi && (await viaApi.papers)?.get(viaApi.key);
    const outcome = fact ? outcomeOfPaper(fact) : await this.find(written);
    this.remember(written, outcome);
    this.checked += 1;
    if (outcome.verdict === 'dead') this.dead += 1;
    this.options.onProgress?.(this.checked, this.total, this.dead);
    const { unfinished: _unfinished, uncacheable: _uncacheable, headRedirected: _headRedirected, fromCache: _fromCache, ...result } = outcome;
    return { url: target.url, ...result, occurrences: target.occurrences };
  }

  close(): Promise<void> {
    return this.polite.close();
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
      const blocked = this.polite.blockedHost(url.hostname);
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
    const { attempt: head, mayWait } = await this.polite.attempt(url, 'HEAD', headers);
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
      const { attempt: get, mayWait } = await this.polite.attempt(url, 'GET', headers);
      if (!isTransient(get) || retries >= this.options.retries || (isRateLimited(get) && !mayWait)) return { attempt: get, retries, method: 'GET' };
      // A 429 has already paused the whole host in attempt(); other failures wait here, holding no slot.
      if (!isRateLimited(get)) await this.polite.sleep(backoffMs(this.polite.retryBaseMs, retries + 1));
    }
  }

  /** The override for a hostname, or else for the nearest parent domain that has one (arxiv.org for export.arxiv.org). */
  private overrideOf(hostname: string): HostOverride | undefined {
    return settingForHost(this.hostOverrides, hostname);
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
