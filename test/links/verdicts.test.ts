import { type AddressInfo, createServer as createTcpServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSafePattern, type SafePattern } from '../../src/config/safe-pattern.js';
import { emptyCache } from '../../src/links/cache.js';
import { checkLinks } from '../../src/links/check.js';
import type { LinkResult } from '../../src/links/types.js';
import { delay, send, startServer, type TestServer } from '../servers/http.js';
import { routes, target, testOptions } from './options.js';

/** Issue 11, "wrong verdicts" and "unbounded time": what the link checker itself decided wrongly. */

let server: TestServer;
const methodsTo = (path: string) => server.requestsTo(path).map((r) => r.method);

beforeAll(async () => {
  const getOk = (then: (path: string) => string | undefined) => (req: { method?: string; url?: string }, res: Parameters<typeof send>[0]) => {
    if (req.method === 'GET') return send(res, 200, {}, 'paper');
    const location = then(req.url ?? '/');
    if (location === undefined) return send(res, 404);
    send(res, 302, { location });
  };
  server = await startServer(
    '127.0.0.7',
    routes({
      // GET answers 200, HEAD answers a redirect loop.
      '/head-loop': getOk(() => '/head-loop-b'),
      '/head-loop-b': getOk(() => '/head-loop'),
      // GET answers 200, HEAD redirects to a page that is missing for HEAD and GET alike.
      '/head-to-404': getOk(() => '/missing'),
      '/missing': (_req, res) => send(res, 404),
      // GET answers 200, HEAD redirects endlessly.
      '/head-endless': getOk((path) => `/head-endless?n=${Number(new URL(path, 'http://x').searchParams.get('n') ?? 0) + 1}`),
      // A real loop for both methods stays dead.
      '/loop-a': (_req, res) => send(res, 302, { location: '/loop-b' }),
      '/loop-b': (_req, res) => send(res, 302, { location: '/loop-a' }),
      '/ok': (_req, res) => send(res, 200),
      '/rate-limited': (_req, res) => send(res, 429, { 'retry-after': '999999999' }),
    }),
  );
});

afterAll(async () => {
  await server.close();
});

async function checkOne(path: string, overrides = {}): Promise<LinkResult> {
  const [result] = await checkLinks([target(server.url(path))], testOptions(overrides));
  return result as LinkResult;
}

describe('a redirect answered to HEAD is confirmed with GET', () => {
  it('calls a link alive whose GET answers 200 while HEAD loops', async () => {
    expect(await checkOne('/head-loop')).toMatchObject({ verdict: 'alive', status: 200 });
    expect(methodsTo('/head-loop')).toEqual(['HEAD', 'GET']);
  });

  it('calls a link alive whose GET answers 200 while HEAD redirects to a 404', async () => {
    const result = await checkOne('/head-to-404');
    expect(result).toMatchObject({ verdict: 'alive', status: 200 });
    expect(result.finalUrl).toBeUndefined();
  });

  it('calls a link alive whose GET answers 200 while HEAD redirects without end', async () => {
    expect(await checkOne('/head-endless')).toMatchObject({ verdict: 'alive', status: 200 });
    expect(server.stats.requests.filter((r) => r.path.startsWith('/head-endless') && r.method === 'HEAD')).toHaveLength(11);
  });

  it('still calls a loop for both methods dead', async () => {
    expect(await checkOne('/loop-a')).toMatchObject({ verdict: 'dead', reason: 'redirect loop' });
    expect([methodsTo('/loop-a'), methodsTo('/loop-b')]).toEqual([
      ['HEAD', 'GET'],
      ['HEAD', 'GET'],
    ]);
  });
});

describe('host names with a trailing dot', () => {
  it('share the politeness slot of the same name without the dot', async () => {
    const slow = await startServer('127.0.0.8', (_req, res) => void delay(150).then(() => send(res, 200)));
    try {
      const lookup = async () => [{ address: '127.0.0.8', family: 4 as const }];
      const urls = ['arxiv.org', 'arxiv.org.', 'ARXIV.ORG..', 'arxiv.org.'].map((host, i) => `http://${host}:${slow.port}/abs/${i}`);
      const results = await checkLinks(urls.map(target), testOptions({ lookup, hosts: { 'arxiv.org': { concurrency: 1, headers: { 'x-polite': 'yes' } } } }));
      expect(results.map((r) => r.verdict)).toEqual(['alive', 'alive', 'alive', 'alive']);
      expect(slow.stats.maxInFlight).toBe(1);
      expect(slow.stats.requests.map((r) => r.headers['x-polite'])).toEqual(['yes', 'yes', 'yes', 'yes']);
    } finally {
      await slow.close();
    }
  });
});

describe('Retry-After', () => {
  it('costs nothing with retries: 0: a 429 is final at once', async () => {
    // The total limit only ends the test quickly if the fix is missing; the verdict says which.
    const result = await checkOne('/rate-limited?retries=0', { retries: 0, maxRetryAfterMs: 60_000, totalTimeoutMs: 3000 });
    expect(result).toMatchObject({ verdict: 'unverified', status: 429, reason: 'rate limited (HTTP 429)' });
    expect(server.requestsTo('/rate-limited?retries=0').map((r) => r.method)).toEqual(['HEAD']);
  });

  it('is capped for the whole run: 30 links answering Retry-After: 999999999 end long before the total time limit', async () => {
    const paths = Array.from({ length: 30 }, (_, i) => `/rate-limited?link=${i}`);
    const results = await checkLinks(
      paths.map((p) => target(server.url(p))),
      testOptions({ retries: 2, maxRetryAfterMs: 400, maxTotalRetryAfterMs: 1000, totalTimeoutMs: 8000 }),
    );
    expect(results.filter((r) => !(r.verdict === 'unverified' && r.status === 429 && r.reason?.startsWith('rate limited (HTTP 429)')))).toEqual([]);
  });

  it('defaults the cap to twice maxRetryAfterMs', async () => {
    const paths = Array.from({ length: 8 }, (_, i) => `/rate-limited?default=${i}`);
    const results = await checkLinks(
      paths.map((p) => target(server.url(p))),
      testOptions({ retries: 3, maxRetryAfterMs: 200, hosts: { '127.0.0.7': { concurrency: 1 } }, totalTimeoutMs: 8000 }),
    );
    expect(results.every((r) => r.verdict === 'unverified' && r.status === 429)).toBe(true);
    // Each grant is 200 ms and the budget 400 ms: two waits in the whole run, then every 429 is final.
    const requests = server.stats.requests.filter((r) => r.path.startsWith('/rate-limited?default='));
    expect(requests.length).toBeLessThanOrEqual(8 + 2);
  });
});

describe('what is not cached', () => {
  it('a garbage HTTP answer or an unknown status is unverified but never cached', async () => {
    for (const answer of ['garbage\r\n\r\n', 'HTTP/1.1 600 Odd\r\nContent-Length: 0\r\n\r\n', 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello']) {
      const raw = createTcpServer((socket) => socket.on('data', () => socket.end(answer)));
      await new Promise<void>((resolve) => raw.listen(0, '127.0.0.7', () => resolve()));
      const { port } = raw.address() as AddressInfo;
      try {
        const cache = emptyCache();
        const [result] = await checkLinks([target(`http://127.0.0.7:${port}/x`)], testOptions({ cache, retries: 0 }));
        expect([answer, result?.verdict]).toEqual([answer, 'unverified']);
        expect([answer, Object.keys(cache.entries)]).toEqual([answer, []]);
      } finally {
        raw.close();
      }
    }
  });
});

describe('links.exclude patterns', () => {
  it('compiled by compileSafePattern, run in linear time: (a+)+$ against a long URL of a hostile list does not hang the run', async () => {
    // Backtracking takes about 2^n steps on n letters: 10,000 would never end.
    const hostile = server.url(`/${'a'.repeat(10_000)}!`);
    // What the config is to make of `"exclude": ["(a+)+$"]` (a RegExp here would hang the run).
    const pattern = compileSafePattern('(a+)+$') as SafePattern;
    const results = await checkLinks([target(hostile), target(server.url('/ok?aaa'))], testOptions({ exclude: [pattern, /excluded/g] }));
    expect(results.map((r) => [r.verdict, r.reason])).toEqual([
      ['dead', 'HTTP 404'],
      ['skipped', 'excluded by config'],
    ]);
  });
});
