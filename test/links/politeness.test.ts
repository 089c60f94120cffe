import diagnosticsChannel from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/check.js';
import { delay, type Handler, type InFlightCounter, send, startServer, type TestServer } from '../servers/http.js';
import { routes, target, testOptions } from './options.js';

/**
 * Only what the checker controls is asserted: how many requests it has in flight, and how far apart
 * (at least) it starts them. Never how long anything takes: a loaded machine only makes things later.
 */

/** The scheduler counts whole milliseconds (Date.now): a start may come up to a millisecond early by our clock. */
const clockMargin = 2;
/** Between the scheduler letting a request go and undici creating it, a busy machine may run other processes first. */
const preemptionMargin = 75;

/** When the checker started each request to `server` (undici's `undici:request:create`, in this process). */
async function requestStarts(server: TestServer, run: () => Promise<unknown>): Promise<number[]> {
  const starts: number[] = [];
  const onCreate = (message: unknown) => {
    const { request } = message as { request: { origin?: string } };
    if (String(request.origin) === server.origin) starts.push(performance.now());
  };
  diagnosticsChannel.subscribe('undici:request:create', onCreate);
  try {
    await run();
  } finally {
    diagnosticsChannel.unsubscribe('undici:request:create', onCreate);
  }
  return starts;
}

describe('politeness', () => {
  const servers: TestServer[] = [];
  const start = async (...args: Parameters<typeof startServer>) => {
    const server = await startServer(...args);
    servers.push(server);
    return server;
  };
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  /**
   * A server (or several, sharing it) that holds every answer until as many requests are in flight
   * as the checker may have, `capacity(left)` given the requests each host has left unanswered, and
   * then answers the oldest: the run goes on only while the checker keeps its slots full, and a
   * request past the limits shows in the counts. No timer: nothing depends on the machine's speed.
   */
  function gate(total: Record<string, number>, capacity: (left: Record<string, number>) => number) {
    const left = { ...total };
    const held: Array<{ res: ServerResponse; host: string }> = [];
    /** How many answers went out with each number of requests held. */
    const releasedAt = new Map<number, number>();
    const handler: Handler = (_req, res, server) => {
      held.push({ res, host: server.host });
      while (held.length > 0 && held.length >= capacity(left)) {
        releasedAt.set(held.length, (releasedAt.get(held.length) ?? 0) + 1);
        const oldest = held.shift() as { res: ServerResponse; host: string };
        left[oldest.host] = (left[oldest.host] ?? 0) - 1;
        send(oldest.res, 200);
      }
    };
    return { handler, releasedAt };
  }

  it('checks 40 links on one host with exactly 4 in flight at a time, one request each', async () => {
    const { handler, releasedAt } = gate({ '127.0.0.2': 40 }, (left) => Math.min(4, left['127.0.0.2'] ?? 0));
    const server = await start('127.0.0.2', handler);
    const targets = Array.from({ length: 40 }, (_, i) => target(server.url(`/paper/${i}`)));
    const results = await checkLinks(targets, testOptions());
    expect(results.every((r) => r.verdict === 'alive')).toBe(true);
    expect(server.stats.maxInFlight).toBe(4);
    // Every request from the 4th to the 40th arrived with the 3 before it still in flight: the
    // checker keeps its 4 slots full; the last 3 answers went out as the run drained.
    expect(Object.fromEntries(releasedAt)).toEqual({ 4: 37, 3: 1, 2: 1, 1: 1 });
    expect(server.stats.requests).toHaveLength(40);
    expect(new Set(server.stats.requests.map((r) => r.path)).size).toBe(40);
  });

  it('never exceeds a host override, and keeps the global limit over all hosts', async () => {
    const shared: InFlightCounter = { now: 0, max: 0 };
    // The global limit is 3, and host a may have 1 in flight: the checker can have 3 while host b has requests left.
    const { handler } = gate({ '127.0.0.3': 12, '127.0.0.4': 12 }, (left) => Math.min(3, Math.min(1, left['127.0.0.3'] ?? 0) + (left['127.0.0.4'] ?? 0)));
    const a = await start('127.0.0.3', handler, shared);
    const b = await start('127.0.0.4', handler, shared);
    const targets = Array.from({ length: 12 }, (_, i) => [target(a.url(`/${i}`)), target(b.url(`/${i}`))]).flat();
    const results = await checkLinks(targets, testOptions({ concurrency: 3, hosts: { '127.0.0.3': { concurrency: 1 } } }));
    expect(results.every((r) => r.verdict === 'alive')).toBe(true);
    expect(a.stats.maxInFlight).toBe(1);
    expect(b.stats.maxInFlight).toBeLessThanOrEqual(3);
    expect(shared.max).toBe(3);
    expect(a.stats.requests.length + b.stats.requests.length).toBe(24);
  });

  it('spaces request starts on a host by its intervalMs and sends its headers', async () => {
    const server = await start('127.0.0.2', (_req, res) => send(res, 200));
    const targets = Array.from({ length: 5 }, (_, i) => target(server.url(`/spaced/${i}`)));
    const called = performance.now();
    const starts = await requestStarts(server, () =>
      checkLinks(targets, testOptions({ hosts: { '127.0.0.2': { intervalMs: 150, headers: { 'X-Token': 'abc', 'User-Agent': 'custom' } } } })),
    );
    expect(starts).toHaveLength(5);
    // Starts as the checker makes them (undici creates the request), not arrivals: on a loaded
    // machine the server gets to each request tens of milliseconds late, each by its own amount.
    // The scheduler lets the k-th request go no sooner than k intervals after the first, which
    // went no sooner than the call: so the k-th start is at least k × 150 ms after the call,
    // however late anything ran (a late start only adds to it).
    starts.forEach((at, k) => expect(at - called).toBeGreaterThanOrEqual(150 * k - clockMargin));
    // And no two starts bunch up: each is an interval after the one before, less what the machine may
    // take between letting a request go and starting it (5 ms seen under load; a scheduler that
    // bunches gives 0). The first request is left out: the run sets up every link before it starts.
    const gaps = starts.slice(2).map((t, i) => t - (starts[i + 1] as number));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(150 - preemptionMargin);
    expect(server.stats.requests.map((r) => [r.headers['x-token'], r.headers['user-agent']])).toEqual(Array(5).fill(['abc', 'custom']));
  });

  it('a 429 holds back the other requests of its host too', async () => {
    let first = true;
    const server = await start(
      '127.0.0.3',
      routes({
        '/limited': (_req, res) => {
          if (first) {
            first = false;
            return send(res, 429, { 'retry-after': '1' });
          }
          send(res, 200);
        },
        '/other': (_req, res) => send(res, 200),
      }),
    );
    const results = await checkLinks([target(server.url('/limited')), target(server.url('/other'))], testOptions({ hosts: { '127.0.0.3': { concurrency: 1 } } }));
    expect(results.map((r) => r.verdict)).toEqual(['alive', 'alive']);
    const [limited] = server.requestsTo('/limited');
    const [other] = server.requestsTo('/other');
    expect((other?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('caps Retry-After at maxRetryAfterMs and calls a lasting 429 unverified', async () => {
    // Uncapped, the first wait would be an hour: the test would not end within its timeout.
    const server = await start('127.0.0.4', (_req, res) => send(res, 429, { 'retry-after': '3600' }));
    const [result] = await checkLinks([target(server.url('/always-429'))], testOptions({ maxRetryAfterMs: 200 }));
    expect(result).toMatchObject({ verdict: 'unverified', status: 429, reason: 'rate limited (HTTP 429) after 1 retry' });
    expect(server.stats.requests.map((r) => r.method)).toEqual(['HEAD', 'GET', 'GET']);
    const [head, get, retry] = server.stats.requests.map((r) => r.at) as [number, number, number];
    expect(get - head).toBeGreaterThanOrEqual(190);
    expect(retry - get).toBeGreaterThanOrEqual(190);
  });

  it('requests a repeated URL once, and a final URL shared by two redirects once', async () => {
    const server = await start(
      '127.0.0.2',
      routes({
        '/once': (_req, res) => void delay(100).then(() => send(res, 200)),
        '/old-a': (_req, res) => send(res, 301, { location: '/shared' }),
        '/old-b': (_req, res) => send(res, 301, { location: '/shared' }),
        '/shared': (_req, res) => void delay(100).then(() => send(res, 200)),
      }),
    );
    const results = await checkLinks(
      [target(server.url('/once')), target(server.url('/once')), target(server.url('/once#fragment')), target(server.url('/old-a')), target(server.url('/old-b'))],
      testOptions(),
    );
    expect(results.map((r) => r.verdict)).toEqual(['alive', 'alive', 'alive', 'alive', 'alive']);
    expect(results.map((r) => r.permanentRedirect)).toEqual([undefined, undefined, undefined, true, true]);
    expect(server.requestsTo('/once')).toHaveLength(1);
    expect(server.requestsTo('/shared')).toHaveLength(1);
  });
});
