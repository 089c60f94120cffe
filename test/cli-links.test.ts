import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderWith, runCliAsync } from './helpers/cli.js';
import { delay, lazyBody, refusedPort, send, startServer, type TestServer } from './servers/http.js';

/** One server per loopback address, each answering by path. */
let a: TestServer; // 127.0.0.1
let b: TestServer; // 127.0.0.2
let c: TestServer; // 127.0.0.3
let d: TestServer; // 127.0.0.4
let closedPort = 0;
const counts = new Map<string, number>();
const seen = (key: string) => {
  const n = (counts.get(key) ?? 0) + 1;
  counts.set(key, n);
  return n;
};

const routes = (res: ServerResponse, method: string, path: string) => {
  switch (path) {
    case '/ok': return send(res, 200);
    case '/head-405': return method === 'HEAD' ? send(res, 405) : send(res, 200);
    case '/head-404-get-200': return method === 'HEAD' ? send(res, 404) : send(res, 200);
    case '/404': return send(res, 404);
    case '/410': return send(res, 410);
    case '/503-then-200': return seen(`${method}503`) === 1 ? send(res, 503) : send(res, 200);
    case '/429-then-200': return seen(`${method}429`) === 1 ? send(res, 429, { 'retry-after': '1' }) : send(res, 200);
    case '/chain-1': return send(res, 302, { location: '/chain-2' });
    case '/chain-2': return send(res, 301, { location: `${b.origin}/ok` });
    case '/loop-a': return send(res, 302, { location: '/loop-b' });
    case '/loop-b': return send(res, 302, { location: '/loop-a' });
    case '/to-404': return send(res, 302, { location: '/404' });
    case '/hang': return; // never answers
    case '/huge': {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': 1024 ** 3 });
      lazyBody(1024 ** 3, () => {}).pipe(res);
      return;
    }
    case '/reset': return res.socket?.destroy();
    case '/cf': return send(res, 403, { 'cf-mitigated': 'challenge' });
    case '/999': return send(res, 999 as number);
    case '/to-private': return send(res, 302, { location: `${d.origin}/ok` });
    default: return send(res, 404);
  }
};

beforeAll(async () => {
  const handler = (req: { method?: string; url?: string }, res: ServerResponse) =>
    routes(res, req.method ?? 'GET', new URL(req.url ?? '/', 'http://x').pathname);
  [a, b, c, d] = (await Promise.all(['127.0.0.1', '127.0.0.2', '127.0.0.3', '127.0.0.4'].map((host) => startServer(host, handler)))) as [
    TestServer,
    TestServer,
    TestServer,
    TestServer,
  ];
  closedPort = await refusedPort('127.0.0.1');
});
afterAll(async () => {
  await Promise.all([a, b, c, d].map((s) => s?.close()));
});

const table = (urls: string[]) =>
  `# Papers\n\n| Title | Venue |\n|---|---|\n${urls.map((url, i) => `| [Paper ${i + 1}](${url}) | ICML 2020 |`).join('\n')}\n`;

interface JsonLink { url: string; verdict: string; status: number | null; reason: string | null; finalUrl: string | null; occurrences: unknown[] }

describe('lint-list --links (issue 3 must-show)', () => {
  it('every behaviour gets its verdict with --timeout 2000 --retries 1, within 30 s, and a dead link exits 1', async () => {
    const urls = {
      ok: a.url('/ok'),
      head405: a.url('/head-405'),
      head404: a.url('/head-404-get-200'),
      notFound: b.url('/404'),
      gone: b.url('/410'),
      flaky: b.url('/503-then-200'),
      throttled: c.url('/429-then-200'),
      chain: c.url('/chain-1'),
      loop: c.url('/loop-a'),
      toNotFound: c.url('/to-404'),
      hanging: d.url('/hang'),
      huge: d.url('/huge'),
      reset: d.url('/reset'),
      refused: `http://127.0.0.1:${closedPort}/`,
      cloudflare: a.url('/cf'),
      nineNineNine: a.url('/999'),
    };
    const dir = folderWith({ 'README.md': table(Object.values(urls)) });
    const started = performance.now();
    const run = await runCliAsync(['--links', '--allow-private-hosts', '--timeout', '2000', '--retries', '1', '--format', 'json'], { cwd: dir });
    const seconds = (performance.now() - started) / 1000;
    console.log(`all link behaviours checked in ${seconds.toFixed(1)} s`);
    if (run.stderr !== '') console.log(run.stderr);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { links: JsonLink[]; summary: { errors: number; warnings: number } };
    const verdicts = Object.fromEntries(
      Object.entries(urls).map(([name, url]) => {
        const link = report.links.find((l) => l.url === url);
        return [name, `${link?.verdict} ${link?.status ?? '-'}`];
      }),
    );
    expect(verdicts).toEqual({
      ok: 'alive 200',
      head405: 'alive 200',
      head404: 'alive 200',
      notFound: 'dead 404',
      gone: 'dead 410',
      flaky: 'alive 200',
      throttled: 'alive 200',
      chain: 'alive 200',
      loop: 'dead 302',
      toNotFound: 'dead 404',
      hanging: 'unverified -',
      huge: 'alive 200',
      reset: 'dead -',
      refused: 'dead -',
      cloudflare: 'unverified 403',
      nineNineNine: 'unverified 999',
    });
    // The 1 GB body was never read: the server saw its answer cut short.
    expect(d.stats.closedEarly).toBeGreaterThanOrEqual(1);
    // Dead links are errors, unverified ones warnings. The chain starts with a temporary hop
    // (302 → 301 → 200): the link itself has not moved for good, so nothing to rewrite (issue 11).
    expect(report.summary).toEqual({ errors: 6, warnings: 3 });
  }, 30_000);

  it('without --allow-private-hosts, loopback links make no request at all and are skipped', async () => {
    const before = a.stats.connections;
    const dir = folderWith({ 'README.md': table([a.url('/ok'), `http://localhost:${a.port}/ok`, `http://[::1]:${a.port}/ok`, `http://0.0.0.0:${a.port}/ok`]) });
    const run = await runCliAsync(['--links', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { links: JsonLink[] };
    expect(report.links.map((l) => l.verdict)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    expect(report.links.every((l) => /private|loopback|unspecified/i.test(l.reason ?? ''))).toBe(true);
    expect(a.stats.connections).toBe(before);
  });

  it('config links.allowPrivateHosts lists the only private hosts that may be checked', async () => {
    const dir = folderWith({
      'README.md': table([b.url('/ok'), c.url('/ok')]),
      '.lint-list.json': JSON.stringify({ links: { allowPrivateHosts: ['127.0.0.2'] } }),
    });
    const before = c.stats.connections;
    const report = JSON.parse((await runCliAsync(['--links', '--format', 'json'], { cwd: dir })).stdout) as { links: JsonLink[] };
    expect(report.links.map((l) => l.verdict)).toEqual(['alive', 'skipped']);
    expect(c.stats.connections).toBe(before);
  });

  it('a repeated URL is requested once and reported at every place', async () => {
    const path = '/ok?repeat';
    const dir = folderWith({ 'README.md': table([a.url(path), a.url(path), `${a.url(path)}#section`]) });
    const run = await runCliAsync(['--links', '--allow-private-hosts', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout) as { links: JsonLink[] };
    expect(report.links).toHaveLength(1);
    expect(report.links[0]?.occurrences).toEqual([
      { path: 'README.md', line: 5, column: 3 },
      { path: 'README.md', line: 6, column: 3 },
      { path: 'README.md', line: 7, column: 3 },
    ]);
    expect(a.requestsTo(path)).toHaveLength(1);
  });

  it('--cache keeps alive verdicts for the next run and always rechecks dead ones', async () => {
    const dir = folderWith({ 'README.md': table([b.url('/ok?cached'), b.url('/404?cached')]) });
    const args = ['--links', '--allow-private-hosts', '--cache', 'links.json', '--format', 'json'];
    expect((await runCliAsync(args, { cwd: dir })).code).toBe(1);
    const cache = JSON.parse(readFileSync(join(dir, 'links.json'), 'utf8')) as { version: number; entries: Record<string, { verdict: string }> };
    expect(cache.version).toBe(1);
    expect(Object.keys(cache.entries)).toEqual([b.url('/ok?cached')]);
    const okRequests = b.requestsTo('/ok?cached').length;
    const deadRequests = b.requestsTo('/404?cached').length;
    const second = await runCliAsync(args, { cwd: dir });
    expect(second.code).toBe(1);
    expect(b.requestsTo('/ok?cached').length).toBe(okRequests);
    expect(b.requestsTo('/404?cached').length).toBeGreaterThan(deadRequests);
  });

  it('links.scope "all" checks links outside the tables too; by default only table links are checked', async () => {
    const text = ['# Papers', '', `See the [project page](${a.url('/404?prose')}) for more.`, '', '| Title | Venue |', '|---|---|', `| [P](${a.url('/ok?table')}) | ICML 2021 |`, ''].join('\n');
    const tablesOnly = folderWith({ 'README.md': text });
    const byDefault = await runCliAsync(['--links', '--allow-private-hosts', '--format', 'json'], { cwd: tablesOnly });
    expect(byDefault.code).toBe(0);
    expect((JSON.parse(byDefault.stdout) as { links: JsonLink[] }).links.map((link) => link.url)).toEqual([a.url('/ok?table')]);
    expect(a.requestsTo('/404?prose')).toHaveLength(0);

    const everywhere = folderWith({ 'README.md': text, '.lint-list.json': JSON.stringify({ links: { scope: 'all' } }) });
    const run = await runCliAsync(['--links', '--allow-private-hosts'], { cwd: everywhere });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`  3:9  error    Link is dead (HTTP 404): ${a.url('/404?prose')}`);
    expect(a.requestsTo('/404?prose').length).toBeGreaterThan(0);
  });

  it('prints stylish findings and no progress line when stderr is not a terminal', async () => {
    const dir = folderWith({ 'README.md': table([a.url('/ok'), a.url('/404')]) });
    const run = await runCliAsync(['--links', '--allow-private-hosts'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`  6:3  error    Link is dead (HTTP 404): ${a.url('/404')}`);
  });

  it('--fix with --links replaces a permanently redirected URL by its final URL', async () => {
    const dir = folderWith({ 'README.md': table([c.url('/chain-2'), a.url('/ok')]) });
    const run = await runCliAsync(['--links', '--allow-private-hosts', '--fix', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(table([b.url('/ok'), a.url('/ok')]));
    expect(JSON.parse(run.stdout).summary).toEqual({ errors: 0, warnings: 0 });
  });

  it('link flags without --links are a usage error', async () => {
    const dir = folderWith({ 'README.md': table([]) });
    expect(await runCliAsync(['--timeout', '100'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lint-list: --timeout only applies with --links\n',
    });
  });

  it('waits for nothing: a slow host does not delay the lint', async () => {
    await delay(0);
    const dir = folderWith({ 'README.md': table([d.url('/hang')]) });
    const run = await runCliAsync(['--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).links).toBeUndefined();
  });
});
