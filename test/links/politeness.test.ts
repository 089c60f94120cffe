import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/check.js';
import { delay, type InFlightCounter, send, startServer, type TestServer } from '../servers/http.js';
import { routes, target, testOptions } from './options.js';

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

  it('checks 40 links on one host answering in 300 ms with at most 4 in flight, one request each', async () => {
    const server = await start('127.0.0.2', (req, res) => void delay(300).then(() => send(res, 200, {}, req.url)));
    const targets = Array.from({ length: 40 }, (_, i) => target(server.url(`/paper/${i}`)));
    const started = performance.now();
    const results = await checkLinks(targets, testOptions());
    const elapsed = performance.now() - started;
    console.log(`40 links × 300 ms on one host: ${elapsed.toFixed(0)} ms (bound 40/4 × 300 ms = 3000 ms), max in flight ${server.stats.maxInFlight}`);
    expect(results.every((r) => r.verdict === 'alive')).toBe(true);
    expect(server.stats.maxInFlight).toBe(4);
    expect(server.stats.requests).toHaveLength(40);
    expect(new Set(server.stats.requests.map((r) => r.path)).size).toBe(40);
    expect(elapsed).toBeLessThan(6000);
  });

  it('never exceeds a host override, and keeps the global limit over all hosts', async () => {
    const shared: InFlightCounter = { now: 0, max: 0 };
    const a = await start('127.0.0.3', (_req, res) => void delay(50).then(() => send(res, 200)), shared);
    const b = await start('127.0.0.4', (_req, res) => void delay(50).then(() => send(res, 200)), shared);
    const targets = Array.from({ length: 12 }, (_, i) => [target(a.url(`/${i}`)), target(b.url(`/${i}`))]).flat();
    await checkLinks(targets, testOptions({ concurrency: 3, hosts: { '127.0.0.3': { concurrency: 1 } } }));
    expect(a.stats.maxInFlight).toBe(1);
    expect(b.stats.maxInFlight).toBeLessThanOrEqual(3);
    expect(shared.max).toBe(3);
    expect(a.stats.requests.length + b.stats.requests.length).toBe(24);
  });

  it('spaces request starts on a host by its intervalMs and sends its headers', async () => {
    const server = await start('127.0.0.2', (_req, res) => send(res, 200));
    const targets = Array.from({ length: 5 }, (_, i) => target(server.url(`/spaced/${i}`)));
    await checkLinks(targets, testOptions({ hosts: { '127.0.0.2': { intervalMs: 150, headers: { 'X-Token': 'abc', 'User-Agent': 'custom' } } } }));
    const times = server.stats.requests.map((r) => r.at);
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    expect(gaps).toHaveLength(4);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(140);
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
    const server = await start('127.0.0.4', (_req, res) => send(res, 429, { 'retry-after': '3600' }));
    const started = performance.now();
    const [result] = await checkLinks([target(server.url('/always-429'))], testOptions({ maxRetryAfterMs: 200 }));
    expect(result).toMatchObject({ verdict: 'unverified', status: 429, reason: 'rate limited (HTTP 429) after 1 retry' });
    expect(server.stats.requests.map((r) => r.method)).toEqual(['HEAD', 'GET', 'GET']);
    const [head, get, retry] = server.stats.requests.map((r) => r.at) as [number, number, number];
    expect(get - head).toBeGreaterThanOrEqual(190);
    expect(retry - get).toBeGreaterThanOrEqual(190);
    expect(performance.now() - started).toBeLessThan(2000);
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
