import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCappedBody } from '../../src/http/body.js';
import { normalizeHost, settingForHost } from '../../src/http/host.js';
import { PoliteClient } from '../../src/http/polite.js';
import { RetryAfterBudget } from '../../src/http/retry.js';
import { delay, lazyBody, send, startServer, type TestServer } from '../servers/http.js';

/** The shared polite HTTP of links/ and metadata/: body reading, retries, rate limits, spacing, hosts. */

const client = (overrides: Partial<ConstructorParameters<typeof PoliteClient>[0]> = {}) =>
  new PoliteClient({
    concurrency: 8,
    limitsOf: () => ({ concurrency: 2, intervalMs: 0 }),
    timeoutMs: 2_000,
    retries: 2,
    retryBaseMs: 20,
    maxRetryAfterMs: 2_000,
    allowPrivateHosts: true,
    ...overrides,
  });

let server: TestServer;
let other: TestServer;
const counts = new Map<string, number>();
const nth = (key: string) => {
  const n = (counts.get(key) ?? 0) + 1;
  counts.set(key, n);
  return n;
};

beforeAll(async () => {
  const handler = (req: { url?: string }, res: Parameters<Parameters<typeof startServer>[1]>[1]) => {
    const path = req.url ?? '/';
    if (path === '/json') return send(res, 200, { 'content-type': 'application/json' }, '{"ok":true}');
    if (path === '/huge') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1024 ** 3 });
      lazyBody(1024 ** 3, () => {}).pipe(res);
      return;
    }
    if (path === '/chunked-huge') {
      res.writeHead(200, { 'content-type': 'application/json' });
      lazyBody(64 * 1024 * 1024, () => {}).pipe(res);
      return;
    }
    if (path === '/503-then-200') return nth(path) === 1 ? send(res, 503) : send(res, 200, {}, 'fine');
    if (path === '/429-then-200') return nth(path) === 1 ? send(res, 429, { 'retry-after': '1' }) : send(res, 200, {}, 'fine');
    if (path === '/always-429') return send(res, 429, { 'retry-after': '1' });
    if (path === '/slow') return void delay(100).then(() => send(res, 200, {}, 'slow'));
    return send(res, 404);
  };
  server = await startServer('127.0.0.8', handler);
  other = await startServer('127.0.0.8', handler);
});

afterAll(async () => {
  await Promise.all([server.close(), other.close()]);
});

describe('readCappedBody', () => {
  it('reads a body under the cap, refuses one over it by its declared length or as it streams', async () => {
    expect(await readCappedBody(Readable.from([Buffer.from('{"a":'), Buffer.from('1}')]), 100)).toStrictEqual({ text: '{"a":1}' });
    let read = false;
    const declared = new Readable({ read() { read = true; this.push(null); } });
    expect(await readCappedBody(declared, 100, '101')).toStrictEqual({ tooLarge: true });
    expect(read).toBe(false);
    expect(await readCappedBody(Readable.from([Buffer.alloc(60), Buffer.alloc(60)]), 100)).toStrictEqual({ tooLarge: true });
    // Malformed UTF-8 is text with replacement characters, never an exception.
    expect(await readCappedBody(Readable.from([Buffer.from([0x61, 0xff, 0x62])]), 100)).toStrictEqual({ text: 'a\ufffdb' });
  });
});

describe('PoliteClient', () => {
  it('reads bodies when asked, and cuts off one over the cap without reading it', async () => {
    const polite = client();
    try {
      const json = await polite.request(new URL(server.url('/json')), { method: 'GET', headers: {}, readBody: { maxBytes: 1024 } });
      expect(json.attempt).toMatchObject({ kind: 'response', status: 200, body: '{"ok":true}' });
      const huge = await polite.request(new URL(server.url('/huge')), { method: 'GET', headers: {}, readBody: { maxBytes: 1024 } });
      expect(huge.attempt).toMatchObject({ kind: 'response', status: 200, bodyTooLarge: true });
      const chunked = await polite.request(new URL(server.url('/chunked-huge')), { method: 'GET', headers: {}, readBody: { maxBytes: 1024 * 1024 } });
      expect(chunked.attempt).toMatchObject({ kind: 'response', bodyTooLarge: true });
      // The server saw both answers cut short (its close events may come a moment later).
      for (let i = 0; i < 50 && server.stats.closedEarly < 2; i += 1) await delay(20);
      expect(server.stats.closedEarly).toBeGreaterThanOrEqual(2);
    } finally {
      await polite.close();
    }
  });

  it('retries a 5xx after a backoff, and waits out a 429 for its Retry-After', async () => {
    const polite = client();
    try {
      const flaky = await polite.request(new URL(server.url('/503-then-200')), { method: 'GET', headers: {}, readBody: { maxBytes: 100 } });
      expect([flaky.attempt.kind === 'response' && flaky.attempt.body, flaky.retries]).toStrictEqual(['fine', 1]);
      const limited = await polite.request(new URL(server.url('/429-then-200')), { method: 'GET', headers: {}, readBody: { maxBytes: 100 } });
      expect(limited.retries).toBe(1);
      const times = server.requestsTo('/429-then-200').map((r) => r.at);
      expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(990);
    } finally {
      await polite.close();
    }
  });

  it('a rate limit past the run\'s Retry-After budget is final at once', async () => {
    const polite = client({ maxTotalRetryAfterMs: 500 });
    try {
      const result = await polite.request(new URL(server.url('/always-429')), { method: 'GET', headers: {} });
      expect([result.attempt.kind === 'response' && result.attempt.status, result.retries]).toStrictEqual([429, 0]);
      expect(server.requestsTo('/always-429')).toHaveLength(1);
    } finally {
      await polite.close();
    }
  });

  it('counts the interval from the end of the last request when asked, so the server sees it between answer and request', async () => {
    const polite = client({ limitsOf: () => ({ concurrency: 1, intervalMs: 150, intervalFromEnd: true }) });
    const connections = server.stats.connections;
    try {
      await Promise.all([1, 2, 3].map(() => polite.request(new URL(server.url('/slow')), { method: 'GET', headers: {} })));
      const times = server.requestsTo('/slow').map((r) => r.at);
      // Each request takes 100 ms: the next starts 150 ms after it ends, 250 ms after it started.
      for (let i = 1; i < times.length; i += 1) expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(240);
      expect(server.stats.connections - connections).toBe(1);
    } finally {
      await polite.close();
    }
  });

  it('keys hosts by name by default, by name and port when told', async () => {
    const seen: string[] = [];
    const byName = client({ limitsOf: (host) => (seen.push(host), { concurrency: 1, intervalMs: 0 }) });
    const byOrigin = client({ limitsOf: (host) => (seen.push(host), { concurrency: 1, intervalMs: 0 }), hostKey: (url) => normalizeHost(url.host) });
    try {
      for (const polite of [byName, byOrigin]) {
        await polite.request(new URL(server.url('/json')), { method: 'GET', headers: {} });
        await polite.request(new URL(other.url('/json')), { method: 'GET', headers: {} });
      }
      expect(seen).toStrictEqual(['127.0.0.8', `127.0.0.8:${server.port}`, `127.0.0.8:${other.port}`]);
    } finally {
      await Promise.all([byName.close(), byOrigin.close()]);
    }
  });

  it('never connects to a private address unless allowed', async () => {
    const polite = client({ allowPrivateHosts: false, lookup: async () => [{ address: '127.0.0.8', family: 4 }] });
    const connections = server.stats.connections;
    try {
      expect(polite.blockedHost('127.0.0.8')).toBe('private address 127.0.0.8');
      const result = await polite.request(new URL(`http://paper.test:${server.port}/json`), { method: 'GET', headers: {} });
      expect(result.attempt).toMatchObject({ kind: 'error', failure: 'private', detail: 'private address 127.0.0.8 via paper.test' });
      expect(server.stats.connections).toBe(connections);
    } finally {
      await polite.close();
    }
  });
});

describe('hosts and budgets', () => {
  it('normalises host names and finds a parent domain\'s setting', () => {
    expect(normalizeHost('ArXiv.org..')).toBe('arxiv.org');
    const settings = new Map([['arxiv.org', 1]]);
    expect([settingForHost(settings, 'export.arxiv.org.'), settingForHost(settings, 'notarxiv.org')]).toStrictEqual([1, undefined]);
  });

  it('grants a wait whole or not at all', () => {
    const budget = new RetryAfterBudget(1000);
    expect([budget.take(600), budget.take(600), budget.take(400), budget.remainingMs]).toStrictEqual([true, false, true, 0]);
  });
});
