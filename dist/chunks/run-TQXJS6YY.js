import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  PoliteClient,
  backoffMs,
  header,
  isTransientFailure
} from "./chunk-EY6LUBKE.js";
import {
  normalizeHost,
  settingForHost
} from "./chunk-AEXWWVWU.js";
import {
  defaultLinkCheckOptions,
  linksInScope,
  pointAt
} from "./chunk-E7S43KQM.js";
import {
  linkKey,
  paperIdOf
} from "./chunk-UEHH3VF2.js";
import {
  timerMs
} from "./chunk-5BWVF5UA.js";
import "./chunk-VS7LWJUL.js";
import {
  cacheContext,
  checkEntry,
  forgetEntry,
  freshEntry,
  learnEntry
} from "./chunk-6LSUG5YH.js";
import "./chunk-FHECH5BC.js";
import {
  safeReplacementUrl
} from "./chunk-R22RXMMY.js";
import "./chunk-HANBNIMK.js";

// src/links/policy.ts
var botWallHosts = [
  "dl.acm.org",
  "sciencedirect.com",
  "ieeexplore.ieee.org",
  "onlinelibrary.wiley.com",
  "researchgate.net",
  "jstor.org",
  "tandfonline.com",
  "academic.oup.com",
  "pubs.acs.org",
  "science.org",
  "journals.sagepub.com",
  "papers.ssrn.com"
];
var isBotWallHost = (hostname) => botWallHosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));
var botWallStatuses = /* @__PURE__ */ new Set([418, 999]);
var isRedirectStatus = (status) => status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
var isPermanentRedirect = (status) => status === 301 || status === 308;
function isTransient(attempt) {
  if (attempt.kind === "error") return isTransientFailure(attempt.failure);
  if (header(attempt, "cf-mitigated") !== void 0) return false;
  return attempt.status === 429 || attempt.status >= 500 && attempt.status <= 599;
}
var afterRetries = (retries) => retries === 0 ? "" : ` after ${retries} ${retries === 1 ? "retry" : "retries"}`;
function judge(attempt, context) {
  const after = afterRetries(context.retries);
  if (attempt.kind === "error") {
    switch (attempt.failure) {
      case "timeout":
        return { verdict: "unverified", reason: `timed out${after}` };
      case "reset":
        return { verdict: "dead", reason: `connection reset${after}` };
      case "refused":
        return { verdict: "dead", reason: "connection refused" };
      case "unknown-host":
        return { verdict: "dead", reason: `unknown host ${context.hostname}` };
      case "dns-temporary":
        return { verdict: "unverified", reason: `DNS lookup failed${after}` };
      case "unreachable":
        return { verdict: "unverified", reason: `network unreachable${after}` };
      case "tls":
        return { verdict: "dead", reason: `TLS failure (${attempt.detail})` };
      case "private":
        return { verdict: "skipped", reason: `${attempt.detail} (use --allow-private-hosts)` };
      case "aborted":
        return { verdict: "unverified", reason: attempt.detail };
      case "other":
        return { verdict: "unverified", reason: `request failed (${attempt.detail})` };
    }
  }
  const { status } = attempt;
  if (status >= 200 && status <= 299) return { verdict: "alive" };
  if (context.acceptStatus.has(status)) return { verdict: "alive", reason: `HTTP ${status} accepted by config` };
  if (header(attempt, "cf-mitigated") !== void 0) return { verdict: "unverified", reason: `blocked by bot protection (HTTP ${status}, cf-mitigated)` };
  if (status === 403 && isBotWallHost(context.hostname)) {
    return { verdict: "unverified", reason: `blocked by bot protection (HTTP 403, ${context.hostname} turns bots away)` };
  }
  if (botWallStatuses.has(status)) return { verdict: "unverified", reason: `blocked by bot protection (HTTP ${status})` };
  if (status === 429) return { verdict: "unverified", reason: `rate limited (HTTP 429)${after}` };
  if (status >= 300 && status <= 399) return { verdict: "unverified", reason: `HTTP ${status} without a usable Location header` };
  if (status >= 400 && status <= 499) return { verdict: "dead", reason: `HTTP ${status}` };
  if (status >= 500 && status <= 599) return { verdict: "dead", reason: `HTTP ${status}${after}` };
  return { verdict: "unverified", reason: `unexpected HTTP ${status}` };
}

// src/links/check.ts
var maxRedirects = 10;
async function checkLinks(targets, options) {
  const run = new LinkRun(options, targets.length);
  try {
    const viaApi = options.arxivApi ? arxivPagesOf(targets, options.exclude) : /* @__PURE__ */ new Map();
    const papers = viaApi.size > 0 && options.arxivApi ? options.arxivApi([...new Set(viaApi.values())]).catch(() => void 0) : void 0;
    return await Promise.all(targets.map((target) => run.check(target, papers && viaApi.has(target) ? { papers, key: viaApi.get(target) } : void 0)));
  } finally {
    await run.close();
  }
}
var arxivPageHosts = /* @__PURE__ */ new Set(["arxiv.org", "www.arxiv.org", "export.arxiv.org"]);
function arxivPagesOf(targets, exclude) {
  const pages = /* @__PURE__ */ new Map();
  for (const target of targets) {
    const written = target.url.trim();
    let url;
    try {
      url = new URL(written);
    } catch {
      continue;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:" || !arxivPageHosts.has(normalizeHost(url.hostname))) continue;
    if (!/^\/(?:abs|pdf|html)\/./.test(url.pathname)) continue;
    const key = paperIdOf(written)?.key;
    if (key === void 0 || !key.startsWith("arxiv:") || exclude.some((pattern) => matches(pattern, written))) continue;
    pages.set(target, key);
  }
  return pages;
}
function outcomeOfPaper(fact) {
  switch (fact.status) {
    case "found":
      return { verdict: "alive", reason: "checked through the arXiv API", fromCache: true };
    case "nonexistent":
      return { verdict: "dead", reason: fact.reason ?? "arXiv has no such paper", fromCache: true };
    default:
      return { verdict: "unverified", reason: fact.reason ?? "the arXiv API could not be asked", fromCache: true };
  }
}
var LinkRun = class {
  constructor(options, total) {
    this.options = options;
    this.total = total;
    this.acceptStatus = new Set(options.acceptStatus);
    this.hostOverrides = new Map(Object.entries(options.hosts).map(([host, override]) => [normalizeHost(host), override]));
    this.cacheContext = options.cache ? cacheContext({ ...options, defaultUserAgent: defaultLinkCheckOptions.userAgent }) : void 0;
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
      ...options.maxTotalRetryAfterMs !== void 0 && { maxTotalRetryAfterMs: options.maxTotalRetryAfterMs },
      ...options.totalTimeoutMs !== void 0 && { totalTimeoutMs: options.totalTimeoutMs },
      allowPrivateHosts: options.allowPrivateHosts,
      ...options.lookup && { lookup: options.lookup }
    });
  }
  options;
  total;
  polite;
  acceptStatus;
  /** Host overrides keyed by normalised host name (no case, no trailing dot). */
  hostOverrides;
  /** Every URL (with the cookies sent) is requested at most once a run per method, however many links lead to it. */
  hops = /* @__PURE__ */ new Map();
  cacheContext;
  checked = 0;
  dead = 0;
  async check(target, viaApi) {
    const written = target.url.trim();
    const fact = viaApi && (await viaApi.papers)?.get(viaApi.key);
    const outcome = fact ? outcomeOfPaper(fact) : await this.find(written);
    this.remember(written, outcome);
    this.checked += 1;
    if (outcome.verdict === "dead") this.dead += 1;
    this.options.onProgress?.(this.checked, this.total, this.dead);
    const { unfinished: _unfinished, uncacheable: _uncacheable, headRedirected: _headRedirected, fromCache: _fromCache, ...result } = outcome;
    return { url: target.url, ...result, occurrences: target.occurrences };
  }
  close() {
    return this.polite.close();
  }
  async find(written) {
    if (this.options.exclude.some((pattern) => matches(pattern, written))) return { verdict: "skipped", reason: "excluded by config" };
    const cached = this.options.cache && freshEntry(this.options.cache, written, this.now(), this.cacheContext);
    if (cached) {
      const { checkedAt: _checkedAt, context: _context, ...rest } = cached;
      return { ...rest, fromCache: true };
    }
    if (!/^https?:/i.test(written)) {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(written)?.[1];
      return { verdict: "skipped", reason: scheme ? `not an http(s) link (${scheme.toLowerCase()}:)` : "not an absolute http(s) URL" };
    }
    let url;
    try {
      url = new URL(written);
    } catch {
      return { verdict: "dead", reason: "invalid URL" };
    }
    const first = await this.follow(url, "HEAD", written);
    const failed = first.verdict === "dead" || first.verdict === "unverified";
    if (first.headRedirected && failed && !first.unfinished) return this.follow(url, "GET", written);
    return first;
  }
  /**
   * Walks the redirect chain from `start`, judging the hop that does not redirect. With `HEAD`, each
   * hop is asked with HEAD first (GET confirms a failure); with `GET`, every hop is asked with GET.
   */
  async follow(start, mode, written) {
    const seen = /* @__PURE__ */ new Set();
    const cookies = new CookieJar();
    const hops = [];
    let url = start;
    let lastStatus;
    let headRedirected = false;
    const conclude = (judgement, flags = {}) => {
      const redirected = hops.length > 0;
      const rewriteTo = judgement.verdict === "alive" ? rewriteTarget(written, hops) : void 0;
      return {
        verdict: judgement.verdict,
        ...lastStatus !== void 0 && { status: lastStatus },
        ...redirected && { finalUrl: url.href },
        ...judgement.reason !== void 0 && { reason: redirected && judgement.verdict === "skipped" ? `redirect to ${judgement.reason}` : judgement.reason },
        ...rewriteTo !== void 0 && { permanentRedirect: true, rewriteTo },
        ...flags.unfinished && { unfinished: true },
        ...flags.uncacheable && { uncacheable: true },
        ...headRedirected && { headRedirected: true }
      };
    };
    for (let hop = 0; ; hop += 1) {
      const blocked = this.polite.blockedHost(url.hostname);
      if (blocked) return conclude({ verdict: "skipped", reason: `${blocked} (use --allow-private-hosts)` });
      const host = normalizeHost(url.hostname);
      const cookie = cookies.headerFor(host);
      const key = hopKey(url, cookie);
      if (seen.has(key)) return conclude({ verdict: "dead", reason: "redirect loop" });
      seen.add(key);
      const { attempt, retries, method } = await this.probe(url, cookie, key, mode);
      if (attempt.kind === "response") lastStatus = attempt.status;
      const location = attempt.kind === "response" && isRedirectStatus(attempt.status) ? header(attempt, "location") : void 0;
      if (attempt.kind === "error" || location === void 0) {
        const judgement = judge(attempt, { hostname: host, acceptStatus: this.acceptStatus, retries });
        return conclude(judgement, { unfinished: attempt.kind === "error" && attempt.failure === "aborted", uncacheable: isGarbage(attempt) });
      }
      if (method === "HEAD") headRedirected = true;
      if (hop === maxRedirects) return conclude({ verdict: "dead", reason: `too many redirects (more than ${maxRedirects})` });
      let next;
      try {
        next = new URL(location, url);
      } catch {
        return conclude({ verdict: "dead", reason: `redirect to an invalid URL (${location.slice(0, 80)})` });
      }
      if (next.hash === "" && url.hash !== "") next.hash = url.hash;
      cookies.store(host, attempt.headers["set-cookie"]);
      hops.push({ to: next.href, permanent: isPermanentRedirect(attempt.status) });
      url = next;
      if (url.protocol !== "http:" && url.protocol !== "https:") return conclude({ verdict: "unverified", reason: `redirect to a ${url.protocol} URL, not checked` });
    }
  }
  probe(url, cookie, key, mode) {
    const memo = `${mode} ${key}`;
    let outcome = this.hops.get(memo);
    if (!outcome) {
      outcome = mode === "HEAD" ? this.probeHead(url, cookie, key) : this.probeGet(url, cookie);
      this.hops.set(memo, outcome);
    }
    return outcome;
  }
  /**
   * HEAD costs the server least, but many servers answer it wrongly (405, 404, 403, 500), so no
   * failure of HEAD is believed: GET confirms it, and only GET is retried. A redirect is followed
   * as HEAD gave it; if the chain does not end alive, find() walks it again with GET.
   */
  async probeHead(url, cookie, key) {
    const headers = this.headersFor(url.hostname, cookie);
    const { attempt: head, mayWait } = await this.polite.attempt(url, "HEAD", headers);
    if (head.kind === "response") {
      const settled = judge(head, { hostname: normalizeHost(url.hostname), acceptStatus: this.acceptStatus, retries: 0 }).verdict === "alive";
      if (settled || isRedirectStatus(head.status) && header(head, "location") !== void 0) return { attempt: head, retries: 0, method: "HEAD" };
      if (isRateLimited(head) && !mayWait) return { attempt: head, retries: 0, method: "HEAD" };
    } else if (head.failure === "private" || head.failure === "aborted") {
      return { attempt: head, retries: 0, method: "HEAD" };
    }
    return this.probe(url, cookie, key, "GET");
  }
  async probeGet(url, cookie) {
    const headers = this.headersFor(url.hostname, cookie);
    for (let retries = 0; ; retries += 1) {
      const { attempt: get, mayWait } = await this.polite.attempt(url, "GET", headers);
      if (!isTransient(get) || retries >= this.options.retries || isRateLimited(get) && !mayWait) return { attempt: get, retries, method: "GET" };
      if (!isRateLimited(get)) await this.polite.sleep(backoffMs(this.polite.retryBaseMs, retries + 1));
    }
  }
  /** The override for a hostname, or else for the nearest parent domain that has one (arxiv.org for export.arxiv.org). */
  overrideOf(hostname) {
    return settingForHost(this.hostOverrides, hostname);
  }
  headersFor(host, cookie) {
    const headers = {
      "user-agent": this.options.userAgent,
      accept: "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8",
      "accept-language": "en"
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
  remember(written, outcome) {
    const cache = this.options.cache;
    if (!cache || outcome.fromCache || outcome.unfinished) return;
    const now = this.now();
    const entry = outcome.uncacheable ? void 0 : this.cacheEntryOf(written, outcome, now);
    if (entry) learnEntry(cache, written, entry);
    else forgetEntry(cache, written, now);
  }
  cacheEntryOf(written, outcome, now) {
    if (outcome.verdict !== "alive" && outcome.verdict !== "unverified") return void 0;
    const finalUrl = outcome.finalUrl === void 0 ? void 0 : safeReplacementUrl(outcome.finalUrl, outcome.finalUrl);
    if (outcome.finalUrl !== void 0 && finalUrl === void 0) return void 0;
    const candidate = {
      verdict: outcome.verdict,
      ...outcome.status !== void 0 && { status: outcome.status },
      ...finalUrl !== void 0 && { finalUrl },
      ...outcome.reason !== void 0 && { reason: outcome.reason },
      ...outcome.rewriteTo !== void 0 && { permanentRedirect: true, rewriteTo: outcome.rewriteTo },
      checkedAt: now,
      context: this.cacheContext
    };
    const checked = checkEntry(written, candidate);
    return "entry" in checked ? checked.entry : void 0;
  }
  now() {
    return (this.options.now ?? Date.now)();
  }
};
var isRateLimited = (attempt) => attempt.kind === "response" && attempt.status === 429;
var isGarbage = (attempt) => attempt.kind === "error" ? attempt.failure === "other" : (attempt.status < 100 || attempt.status > 599) && attempt.status !== 999;
function rewriteTarget(written, hops) {
  let target;
  for (const hop of hops) {
    if (!hop.permanent) break;
    target = hop.to;
  }
  if (target === void 0) return void 0;
  const safe = safeReplacementUrl(target, written);
  if (safe === void 0 || safe === safeReplacementUrl(written, written)) return void 0;
  try {
    if (new URL(written).href === new URL(target).href) return void 0;
  } catch {
    return void 0;
  }
  return safe;
}
function matches(pattern, text) {
  if (pattern instanceof RegExp) pattern.lastIndex = 0;
  return pattern.test(text);
}
function hopKey(url, cookie) {
  const bare = new URL(url.href);
  bare.hash = "";
  return cookie ? `${bare.href}
${cookie}` : bare.href;
}
var CookieJar = class {
  byHost = /* @__PURE__ */ new Map();
  store(host, setCookie) {
    for (const line of setCookie === void 0 ? [] : [setCookie].flat()) {
      const pair = /^\s*([^=;\s]+)=([^;]*)/.exec(line);
      if (!pair) continue;
      const jar = this.byHost.get(host) ?? /* @__PURE__ */ new Map();
      jar.set(pair[1], pair[2].trim());
      this.byHost.set(host, jar);
    }
  }
  headerFor(host) {
    const jar = this.byHost.get(host);
    if (!jar || jar.size === 0) return void 0;
    return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  }
};

// src/links/collect.ts
function collectLinks(models, scope) {
  const targets = /* @__PURE__ */ new Map();
  for (const model of models) {
    for (const place of linksInScope(model, scope)) {
      const key = linkKey(place.url);
      if (key === void 0) continue;
      const { line, column } = pointAt(model.lineStarts, place.start);
      const occurrence = { path: model.path, line, column };
      const target = targets.get(key);
      if (target) target.occurrences.push(occurrence);
      else targets.set(key, { url: place.url, occurrences: [occurrence] });
    }
  }
  return [...targets.values()];
}

// src/links/run.ts
async function checkModelLinks(models, scope, options, select) {
  const collected = collectLinks(models, scope);
  const targets = select ? collected.filter((target) => target.occurrences.some(select)) : collected;
  return checkLinks(targets, options);
}
export {
  checkModelLinks
};
