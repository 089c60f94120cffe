import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/check.js';
import type { LinkResult } from '../../src/links/types.js';
import { lazyBody, refusedPort, send, startServer, type TestServer } from '../servers/http.js';
import { routes, target, testOptions } from './options.js';

const oneGigabyte = 1024 ** 3;

let server: TestServer;
let bigBodyBytesSent = 0;
const counters = new Map<string, number>();
/** How many times a path has been asked for so far, this request included. */
const nth = (path: string) => {
  const n = (counters.get(path) ?? 0) + 1;
  counters.set(path, n);
  return n;
};

beforeAll(async () => {
  server = await startServer(
    '127.0.0.1',
    routes({
      '/ok': (_req, res) => send(res, 200, {}, 'paper'),
      '/head-405': (req, res) => send(res, req.method === 'HEAD' ? 405 : 200),
      '/head-404': (req, res) => send(res, req.method === 'HEAD' ? 404 : 200),
      '/missing': (_req, res) => send(res, 404, {}, 'no such paper'),
      '/gone': (_req, res) => send(res, 410),
      '/forbidden': (_req, res) => send(res, 403),
      '/flaky': (_req, res) => send(res, nth('/flaky') === 1 ? 503 : 200),
      '/down': (_req, res) => send(res, 503),
      '/busy': (_req, res) => (nth('/busy') === 1 ? send(res, 429, { 'retry-after': '1' }) : send(res, 200)),
      '/chain/1': (_req, res) => send(res, 301, { location: '/chain/2' }),
      '/chain/2': (_req, res) => send(res, 302, { location: `${server.origin}/chain/3` }),
      '/chain/3': (_req, res) => send(res, 307, { location: '/chain/end#section' }),
      '/chain/end': (_req, res) => send(res, 200),
      '/moved-for-now': (_req, res) => send(res, 302, { location: '/ok' }),
      '/loop/a': (_req, res) => send(res, 302, { location: '/loop/b' }),
      '/loop/b': (_req, res) => send(res, 302, { location: '/loop/a' }),
      '/to-missing': (_req, res) => send(res, 301, { location: '/missing-after-redirect' }),
      '/missing-after-redirect': (_req, res) => send(res, 404),
      '/hang': () => undefined,
      '/reset': (req) => req.socket.resetAndDestroy(),
      '/cf': (_req, res) => send(res, 403, { 'cf-mitigated': 'challenge' }),
      '/999': (_req, res) => send(res, 999),
      '/teapot': (_req, res) => send(res, 418),
      '/cookie': (req, res) =>
        req.headers.cookie === 'session=1' ? send(res, 200) : send(res, 302, { location: '/cookie', 'set-cookie': 'session=1; Path=/; HttpOnly' }),
      '/big': (req, res) => {
        if (req.method === 'HEAD') return send(res, 405);
        res.writeHead(200, { 'content-type': 'application/pdf' });
        lazyBody(oneGigabyte, (bytes) => {
          bigBodyBytesSent = bytes;
        }).pipe(res);
      },
      ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`/hop/${i}`, (_req, res) => send(res, 302, { location: `/hop/${i + 1}` })] as const)),
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

const methodsTo = (path: string) => server.requestsTo(path).map((r) => r.method);

describe('checkLinks against real loopback servers', () => {
  it('calls a 200 alive after one HEAD, keeping the occurrences', async () => {
    expect(await checkOne('/ok')).toEqual({
      url: server.url('/ok'),
      verdict: 'alive',
      status: 200,
      occurrences: [{ path: 'README.md', line: 3, column: 5 }],
    });
    expect(methodsTo('/ok')).toEqual(['HEAD']);
    expect(server.requestsTo('/ok')[0]?.headers['user-agent']).toMatch(/^lint-list\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/lint-list\/lint-list\)$/);
  });

  it('confirms with GET when HEAD answers 405', async () => {
    expect(await checkOne('/head-405')).toMatchObject({ verdict: 'alive', status: 200 });
    expect(methodsTo('/head-405')).toEqual(['HEAD', 'GET']);
  });

  it('believes GET 200 over HEAD 404', async () => {
    expect(await checkOne('/head-404')).toMatchObject({ verdict: 'alive', status: 200 });
    expect(methodsTo('/head-404')).toEqual(['HEAD', 'GET']);
  });

  it('calls 404 and 410 dead after one GET and never retries them', async () => {
    expect(await checkOne('/missing')).toEqual(expect.objectContaining({ verdict: 'dead', status: 404, reason: 'HTTP 404' }));
    expect(methodsTo('/missing')).toEqual(['HEAD', 'GET']);
    expect(await checkOne('/gone')).toEqual(expect.objectContaining({ verdict: 'dead', status: 410, reason: 'HTTP 410' }));
    expect(methodsTo('/gone')).toEqual(['HEAD', 'GET']);
  });

  it('calls another 4xx dead after GET, unless acceptStatus lists it', async () => {
    expect(await checkOne('/forbidden')).toMatchObject({ verdict: 'dead', status: 403, reason: 'HTTP 403' });
    expect(methodsTo('/forbidden')).toEqual(['HEAD', 'GET']);
    expect(await checkOne('/forbidden', { acceptStatus: [403] })).toMatchObject({ verdict: 'alive', status: 403, reason: 'HTTP 403 accepted by config' });
    expect(methodsTo('/forbidden')).toEqual(['HEAD', 'GET', 'HEAD']);
  });

  it('gets past a 503 that clears', async () => {
    expect(await checkOne('/flaky')).toMatchObject({ verdict: 'alive', status: 200 });
    expect(methodsTo('/flaky')).toEqual(['HEAD', 'GET']);
  });

  it('calls a lasting 5xx dead after the retries', async () => {
    const result = await checkOne('/down');
    expect(result).toMatchObject({ verdict: 'dead', status: 503, reason: 'HTTP 503 after 1 retry' });
    expect(methodsTo('/down')).toEqual(['HEAD', 'GET', 'GET']);
    // retryBaseMs 20 with 50–150 % jitter: the retry waits at least 10 ms.
    const [, get, retry] = server.requestsTo('/down').map((r) => r.at) as [number, number, number];
    expect(retry - get).toBeGreaterThanOrEqual(9);
  });

  it('waits out a 429 Retry-After: 1 before asking again', async () => {
    expect(await checkOne('/busy')).toMatchObject({ verdict: 'alive', status: 200 });
    const [first, second] = server.requestsTo('/busy');
    expect(server.requestsTo('/busy').map((r) => r.method)).toEqual(['HEAD', 'GET']);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('follows a redirect chain and reports the final URL, and the permanent hop as where to rewrite to', async () => {
    expect(await checkOne('/chain/1')).toEqual({
      url: server.url('/chain/1'),
      verdict: 'alive',
      status: 200,
      finalUrl: server.url('/chain/end#section'),
      permanentRedirect: true,
      // 301 → 302 → 307 → 200: only the 301 is permanent.
      rewriteTo: server.url('/chain/2'),
      occurrences: [{ path: 'README.md', line: 3, column: 5 }],
    });
    expect(['/chain/1', '/chain/2', '/chain/3', '/chain/end'].map((p) => server.requestsTo(p).length)).toEqual([1, 1, 1, 1]);
  });

  it('does not call a temporary redirect permanent', async () => {
    const result = await checkOne('/moved-for-now');
    expect(result).toMatchObject({ verdict: 'alive', status: 200, finalUrl: server.url('/ok') });
    expect(result.permanentRedirect).toBeUndefined();
  });

  it('calls a redirect loop dead, once GET has confirmed what HEAD said', async () => {
    expect(await checkOne('/loop/a')).toMatchObject({ verdict: 'dead', status: 302, reason: 'redirect loop', finalUrl: server.url('/loop/a') });
    expect([methodsTo('/loop/a'), methodsTo('/loop/b')]).toEqual([
      ['HEAD', 'GET'],
      ['HEAD', 'GET'],
    ]);
  });

  it('calls more than 10 redirects dead after 11 requests with HEAD and 11 with GET', async () => {
    expect(await checkOne('/hop/0')).toMatchObject({ verdict: 'dead', status: 302, reason: 'too many redirects (more than 10)', finalUrl: server.url('/hop/10') });
    expect(Array.from({ length: 12 }, (_, i) => methodsTo(`/hop/${i}`).join(' '))).toEqual([...Array(11).fill('HEAD GET'), '']);
  });

  it('calls a redirect to a 404 dead, naming where it ended', async () => {
    const result = await checkOne('/to-missing');
    expect(result).toMatchObject({ verdict: 'dead', status: 404, reason: 'HTTP 404', finalUrl: server.url('/missing-after-redirect') });
    expect(result.permanentRedirect).toBeUndefined();
  });

  it('sends back a cookie set by a self-redirect instead of calling it a loop', async () => {
    expect(await checkOne('/cookie')).toMatchObject({ verdict: 'alive', status: 200, finalUrl: server.url('/cookie') });
    expect(server.requestsTo('/cookie').map((r) => r.headers.cookie)).toEqual([undefined, 'session=1']);
  });

  it('gives up on a server that never answers: unverified after HEAD, GET and one retry', async () => {
    const started = performance.now();
    expect(await checkOne('/hang')).toEqual(expect.objectContaining({ verdict: 'unverified', reason: 'timed out after 1 retry' }));
    expect(methodsTo('/hang')).toEqual(['HEAD', 'GET', 'GET']);
    expect(performance.now() - started).toBeLessThan(3 * 2000 + 2000);
  });

  it('reads nothing of a 1 GB body: fast, and the server sees the connection close early', async () => {
    const closedBefore = server.stats.closedEarly;
    const started = performance.now();
    expect(await checkOne('/big')).toMatchObject({ verdict: 'alive', status: 200 });
    const elapsed = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(elapsed).toBeLessThan(1500);
    expect(server.stats.closedEarly).toBe(closedBefore + 1);
    expect(bigBodyBytesSent).toBeLessThan(64 * 1024 ** 2);
    console.log(`1 GB body: ${elapsed.toFixed(0)} ms, ${(bigBodyBytesSent / 1024 ** 2).toFixed(1)} MiB left the server`);
  });

  it('calls a connection reset dead after the retry', async () => {
    const result = await checkOne('/reset');
    expect(result).toEqual(expect.objectContaining({ verdict: 'dead', reason: 'connection reset after 1 retry' }));
    expect(result.status).toBeUndefined();
    expect(methodsTo('/reset')).toEqual(['HEAD', 'GET', 'GET']);
  });

  it('keeps connections alive across HEAD requests: 20 links, at most 2 connections', async () => {
    const before = server.stats.connections;
    const paths = Array.from({ length: 20 }, (_, i) => `/ok?keep-alive=${i}`);
    const results = await checkLinks(paths.map((p) => target(server.url(p))), testOptions({ hostConcurrency: 1 }));
    expect(results.every((r) => r.verdict === 'alive')).toBe(true);
    expect(server.stats.connections - before).toBeLessThanOrEqual(2);
  });

  it('survives a server that sends a body after HEAD on a kept-alive connection', async () => {
    // Raw TCP, because node:http would never send a body for HEAD.
    let answered = 0;
    const broken = createTcpServer((socket) => {
      socket.on('data', (data) => {
        for (const _request of data.toString('latin1').split('\r\n\r\n').slice(0, -1)) {
          answered += 1;
          socket.write('HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Length: 5\r\n\r\nhello');
        }
      });
    });
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', () => resolve()));
    const { port } = broken.address() as AddressInfo;
    try {
      const urls = [1, 2, 3].map((n) => `http://127.0.0.1:${port}/paper/${n}`);
      const results = await checkLinks(urls.map(target), testOptions({ hostConcurrency: 1 }));
      expect(results.map((r) => [r.verdict, r.status])).toEqual([
        ['alive', 200],
        ['alive', 200],
        ['alive', 200],
      ]);
      expect(answered).toBeGreaterThanOrEqual(3);
    } finally {
      broken.close();
    }
  });

  it('calls a refused connection dead without retrying', async () => {
    const port = await refusedPort();
    const [result] = await checkLinks([target(`http://127.0.0.1:${port}/paper`)], testOptions());
    expect(result).toEqual({ url: `http://127.0.0.1:${port}/paper`, verdict: 'dead', reason: 'connection refused', occurrences: target('').occurrences });
  });

  it('calls a TLS handshake failure dead', async () => {
    const [tls] = await checkLinks([target(server.url('/ok').replace('http:', 'https:'))], testOptions());
    expect(tls?.verdict).toBe('dead');
    expect(tls?.reason).toMatch(/^TLS failure \((?:ERR_SSL_WRONG_VERSION_NUMBER|EPROTO|ERR_SSL_[A-Z_]+)\)$/);
  });

  it('calls an unknown host dead', async () => {
    const lookup = async (hostname: string) => {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    };
    const [result] = await checkLinks([target('http://no-such-host.invalid/paper')], testOptions({ lookup }));
    expect(result).toMatchObject({ verdict: 'dead', reason: 'unknown host no-such-host.invalid' });
  });

  it('calls bot walls unverified: cf-mitigated, 999, 418, and 403 from a publisher known to block bots', async () => {
    expect(await checkOne('/cf')).toMatchObject({ verdict: 'unverified', status: 403, reason: 'blocked by bot protection (HTTP 403, cf-mitigated)' });
    expect(methodsTo('/cf')).toEqual(['HEAD', 'GET']);
    expect(await checkOne('/999')).toMatchObject({ verdict: 'unverified', status: 999, reason: 'blocked by bot protection (HTTP 999)' });
    expect(await checkOne('/teapot')).toMatchObject({ verdict: 'unverified', status: 418, reason: 'blocked by bot protection (HTTP 418)' });
    // dl.acm.org is resolved by the injected lookup to this loopback server: no traffic leaves the machine.
    const lookup = async () => [{ address: '127.0.0.1', family: 4 as const }];
    const url = `http://dl.acm.org:${server.port}/forbidden`;
    const [acm] = await checkLinks([target(url)], testOptions({ lookup, allowPrivateHosts: ['dl.acm.org'] }));
    expect(acm).toMatchObject({ verdict: 'unverified', status: 403, reason: 'blocked by bot protection (HTTP 403, dl.acm.org turns bots away)' });
    expect(server.requestsTo('/forbidden').at(-1)?.headers.host).toBe(`dl.acm.org:${server.port}`);
  });

  it('skips excluded and non-http links without a request', async () => {
    const before = server.stats.requests.length;
    const results = await checkLinks(
      [target(server.url('/ok?excluded')), target('mailto:someone@example.org'), target('ftp://ftp.example.org/paper.pdf'), target('docs/paper.md')],
      testOptions({ exclude: [/excluded/g] }),
    );
    expect(results.map(({ verdict, reason }) => ({ verdict, reason }))).toEqual([
      { verdict: 'skipped', reason: 'excluded by config' },
      { verdict: 'skipped', reason: 'not an http(s) link (mailto:)' },
      { verdict: 'skipped', reason: 'not an http(s) link (ftp:)' },
      { verdict: 'skipped', reason: 'not an absolute http(s) URL' },
    ]);
    expect(server.stats.requests.length).toBe(before);
  });

  it('answers in the order of the targets and reports progress after each URL', async () => {
    const progress: Array<[number, number, number]> = [];
    const paths = ['/hop/11', '/missing', '/ok', '/gone', '/chain/end'];
    const results = await checkLinks(
      paths.map((p) => target(server.url(p))),
      testOptions({ onProgress: (checked, total, dead) => progress.push([checked, total, dead]) }),
    );
    expect(results.map((r) => [r.url, r.verdict])).toEqual([
      [server.url('/hop/11'), 'dead'],
      [server.url('/missing'), 'dead'],
      [server.url('/ok'), 'alive'],
      [server.url('/gone'), 'dead'],
      [server.url('/chain/end'), 'alive'],
    ]);
    expect(progress.map(([checked, total]) => [checked, total])).toEqual([1, 2, 3, 4, 5].map((n) => [n, 5]));
    expect(progress.at(-1)?.[2]).toBe(3);
  });

  it('ends a run at totalTimeoutMs, leaving what is unfinished unverified', async () => {
    const started = performance.now();
    const [result] = await checkLinks([target(server.url('/hang'))], testOptions({ totalTimeoutMs: 300 }));
    expect(result).toMatchObject({ verdict: 'unverified', reason: 'not finished within the total time limit (0.3 s)' });
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
