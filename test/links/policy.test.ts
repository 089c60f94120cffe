import { describe, expect, it } from 'vitest';
import { type Attempt, classifyError } from '../../src/http/attempt.js';
import { backoffMs, parseRetryAfter } from '../../src/http/retry.js';
import { isBotWallHost, isTransient, judge } from '../../src/links/policy.js';
import { Scheduler } from '../../src/http/schedule.js';

const response = (status: number, headers: Record<string, string> = {}): Attempt => ({ kind: 'response', status, headers });
const context = { hostname: 'example.org', acceptStatus: new Set<number>(), retries: 0 };

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(parseRetryAfter('1', now)).toBe(1000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter('Sun, 01 Jun 2025 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 01 Jun 2025 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('backoffMs', () => {
  it('doubles per retry with 50–150 % jitter, capped at 30 s', () => {
    expect([1, 2, 3].map((n) => backoffMs(500, n, () => 0))).toEqual([250, 500, 1000]);
    expect([1, 2, 3].map((n) => backoffMs(500, n, () => 0.999999)).map(Math.round)).toEqual([750, 1500, 3000]);
    expect(backoffMs(500, 20, () => 0.5)).toBe(30_000);
  });
});

describe('isTransient', () => {
  it('retries 429, 5xx, timeouts and resets; never 404, 410, other 4xx or challenges', () => {
    expect([429, 500, 502, 503, 504].map((s) => isTransient(response(s)))).toEqual([true, true, true, true, true]);
    expect([404, 410, 400, 403, 418, 999].map((s) => isTransient(response(s)))).toEqual([false, false, false, false, false, false]);
    expect(isTransient(response(503, { 'cf-mitigated': 'challenge' }))).toBe(false);
    expect((['timeout', 'reset', 'dns-temporary', 'refused', 'unknown-host', 'tls', 'private'] as const).map((failure) => isTransient({ kind: 'error', failure, detail: '' }))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('classifyError', () => {
  const coded = (code: string, cause?: unknown) => Object.assign(new Error(code), { code, cause });
  it('looks through undici wrappers to the Node error code', () => {
    expect(classifyError(coded('UND_ERR_HEADERS_TIMEOUT')).failure).toBe('timeout');
    expect(classifyError(coded('UND_ERR_CONNECT_TIMEOUT')).failure).toBe('timeout');
    expect(classifyError(coded('UND_ERR_SOCKET', coded('ECONNRESET'))).failure).toBe('reset');
    expect(classifyError(coded('ECONNREFUSED')).failure).toBe('refused');
    expect(classifyError(coded('ENOTFOUND')).failure).toBe('unknown-host');
    expect(classifyError(coded('EAI_AGAIN')).failure).toBe('dns-temporary');
    expect(classifyError(coded('CERT_HAS_EXPIRED'))).toEqual({ failure: 'tls', detail: 'CERT_HAS_EXPIRED' });
    expect(classifyError(new Error('odd'))).toEqual({ failure: 'other', detail: 'odd' });
  });
});

describe('judge', () => {
  it('words each verdict briefly', () => {
    expect(judge(response(200), context)).toEqual({ verdict: 'alive' });
    expect(judge(response(204), context)).toEqual({ verdict: 'alive' });
    expect(judge(response(404), context)).toEqual({ verdict: 'dead', reason: 'HTTP 404' });
    expect(judge(response(500), { ...context, retries: 2 })).toEqual({ verdict: 'dead', reason: 'HTTP 500 after 2 retries' });
    expect(judge(response(429), { ...context, retries: 1 })).toEqual({ verdict: 'unverified', reason: 'rate limited (HTTP 429) after 1 retry' });
    expect(judge(response(403), { ...context, hostname: 'www.sciencedirect.com' })).toEqual({
      verdict: 'unverified',
      reason: 'blocked by bot protection (HTTP 403, www.sciencedirect.com turns bots away)',
    });
    expect(judge(response(404), { ...context, hostname: 'www.sciencedirect.com' })).toEqual({ verdict: 'dead', reason: 'HTTP 404' });
    expect(judge(response(401), { ...context, acceptStatus: new Set([401]) })).toEqual({ verdict: 'alive', reason: 'HTTP 401 accepted by config' });
    expect(judge({ kind: 'error', failure: 'timeout', detail: '' }, { ...context, retries: 2 })).toEqual({ verdict: 'unverified', reason: 'timed out after 2 retries' });
    expect(judge({ kind: 'error', failure: 'timeout', detail: '' }, context)).toEqual({ verdict: 'unverified', reason: 'timed out' });
  });

  it('knows the publishers that wall off bots, subdomains included, and nothing else', () => {
    expect(['dl.acm.org', 'www.sciencedirect.com', 'ieeexplore.ieee.org', 'onlinelibrary.wiley.com', 'www.researchgate.net', 'www.jstor.org', 'www.tandfonline.com', 'academic.oup.com', 'pubs.acs.org', 'www.science.org'].every(isBotWallHost)).toBe(true);
    expect(['arxiv.org', 'acm.org', 'notsciencedirect.com', 'github.com'].some(isBotWallHost)).toBe(false);
  });
});

describe('Scheduler', () => {
  it('starts a paused host only after the pause, and other hosts meanwhile', async () => {
    const scheduler = new Scheduler(10, () => ({ concurrency: 1, intervalMs: 0 }));
    const started: string[] = [];
    scheduler.pause('a', Date.now() + 100);
    const a = scheduler.acquire('a').then(() => started.push('a'));
    const b = scheduler.acquire('b').then(() => started.push('b'));
    await Promise.all([a, b]);
    expect(started).toEqual(['b', 'a']);
    scheduler.close(new Error('done'));
    await expect(scheduler.acquire('c')).rejects.toThrow('done');
  });
});
