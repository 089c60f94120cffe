import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as atomic from '../../src/atomic-write.js';
import * as cacheModule from '../../src/links/cache.js';
import { emptyCache, type LinkCache, parseCache, serializeCache } from '../../src/links/cache.js';
import { checkLinks } from '../../src/links/check.js';
import { defaultLinkCheckOptions, type LinkCheckOptions } from '../../src/links/types.js';
import { send, startServer, type TestServer } from '../servers/http.js';
import { routes, target, testOptions } from './options.js';

/**
 * Issue 11, the cache: a verdict made under other options is not reused, a cache file's entries
 * are checked before they are trusted (the Action restores the cache a pull request's run may have
 * written), and two runs sharing a cache file lose no entries.
 */

const now = 1_750_000_000_000;
let server: TestServer;

beforeAll(async () => {
  server = await startServer(
    '127.0.0.10',
    routes({
      '/alive': (_req, res) => send(res, 200),
      '/missing': (_req, res) => send(res, 404),
      '/members-only': (req, res) => send(res, req.headers['x-token'] === 'secret' ? 200 : 403),
      '/moved': (_req, res) => send(res, 301, { location: '/alive' }),
    }),
  );
});

afterAll(async () => {
  await server.close();
});

const run = (cache: LinkCache, path: string, overrides: Partial<LinkCheckOptions>) =>
  checkLinks([target(server.url(path))], testOptions({ cache, now: () => now, ...overrides })).then((results) => results[0]);

/** The fingerprint the checker gives entries made under `options`, when this version has one. */
const contextOf = (options: LinkCheckOptions): string | undefined =>
  (cacheModule as { cacheContext?: (o: unknown) => string }).cacheContext?.({ ...options, defaultUserAgent: defaultLinkCheckOptions.userAgent });

describe('a cached verdict is used only under the options that decided it', () => {
  it('a link cached alive under allowPrivateHosts is not alive without it', async () => {
    const cache = emptyCache();
    expect(await run(cache, '/alive', { allowPrivateHosts: true })).toMatchObject({ verdict: 'alive' });
    const result = await run(cache, '/alive', { allowPrivateHosts: false });
    expect(result).toMatchObject({ verdict: 'skipped', reason: 'private address 127.0.0.10 (use --allow-private-hosts)' });
  });

  it('a 404 cached alive while acceptStatus listed it is dead once the setting is removed', async () => {
    const cache = emptyCache();
    expect(await run(cache, '/missing', { acceptStatus: [404] })).toMatchObject({ verdict: 'alive', reason: 'HTTP 404 accepted by config' });
    expect(await run(cache, '/missing', { acceptStatus: [] })).toMatchObject({ verdict: 'dead', status: 404 });
  });

  it("a page alive with a host's headers is asked again without them", async () => {
    const cache = emptyCache();
    const withToken = { hosts: { '127.0.0.10': { headers: { 'X-Token': 'secret' } } } };
    expect(await run(cache, '/members-only', withToken)).toMatchObject({ verdict: 'alive' });
    expect(await run(cache, '/members-only', {})).toMatchObject({ verdict: 'dead', status: 403 });
    // The token itself is never written to the cache file.
    expect(serializeCache(cache)).not.toContain('secret');
  });

  it('the same options find their entries again, whatever the order of lists and headers', async () => {
    const cache = emptyCache();
    const a = { acceptStatus: [403, 404], hosts: { '127.0.0.10': { headers: { 'X-A': '1', 'X-B': '2' } } } };
    const b = { acceptStatus: [404, 403], hosts: { '127.0.0.10.': { headers: { 'x-b': '2', 'x-a': '1' } } } };
    await run(cache, '/alive', a);
    const requests = server.requestsTo('/alive').length;
    expect(await run(cache, '/alive', b)).toMatchObject({ verdict: 'alive' });
    expect(server.requestsTo('/alive').length).toBe(requests);
  });
});

describe('a cache file is checked before it is trusted', () => {
  const options = testOptions({ now: () => now });
  const fileWith = (entries: Record<string, unknown>) => JSON.stringify({ version: 1, entries });
  const forged = (extra: Record<string, unknown>) => ({ verdict: 'alive', status: 200, checkedAt: now - 1000, context: contextOf(options), ...extra });

  it('a forged finalUrl with newlines, a heading and a <script> is dropped, not written into a report or a list', async () => {
    const url = server.url('/alive');
    const text = fileWith({ [url]: forged({ finalUrl: 'https://example.org/x\n\n# Owned\n\n<script>alert(1)</script>', permanentRedirect: true }) });
    const cache = parseCache(text, 'c.json', 86_400_000);
    const [result] = await checkLinks([target(url)], { ...options, cache });
    expect(result?.finalUrl ?? '').not.toMatch(/[\n<]/);
    expect(result).toMatchObject({ verdict: 'alive', status: 200 });
    expect(result?.permanentRedirect).toBeUndefined();
  });

  it('a forged rewriteTo that breaks a table row, or swaps a DOI for a publisher, is dropped', () => {
    const doi = 'https://doi.org/10.1000/xyz';
    const url = 'https://example.org/paper';
    const cache = parseCache(
      fileWith({
        [url]: forged({ finalUrl: 'https://example.org/new', permanentRedirect: true, rewriteTo: 'https://example.org/a)|INJECTED|[click](https://evil.example/x' }),
        [doi]: forged({ finalUrl: 'https://publisher.example/x', permanentRedirect: true, rewriteTo: 'https://publisher.example/x?session=1' }),
        'https://example.org/ok': forged({ finalUrl: 'https://example.org/ok2', permanentRedirect: true, rewriteTo: 'https://example.org/ok2' }),
      }),
      'c.json',
    );
    expect(Object.keys(cache.entries)).toEqual(['https://example.org/ok']);
  });

  it('checks every field: bad entries are dropped, good ones kept, none fails the run', () => {
    const dropped: string[] = [];
    const cache = parseCache(
      `{"version":1,"entries":{${[
        `"dead":${JSON.stringify(forged({ verdict: 'dead' }))}`,
        `"future-proof":${JSON.stringify(forged({})).replace(`"checkedAt":${now - 1000}`, '"checkedAt":1e400')}`,
        `"status":${JSON.stringify(forged({ status: 99999 }))}`,
        `"long-reason":${JSON.stringify(forged({ reason: 'x'.repeat(10_000) }))}`,
        `"reason-newline":${JSON.stringify(forged({ reason: 'ok\n# Owned' }))}`,
        `"final-js":${JSON.stringify(forged({ finalUrl: 'javascript:alert(1)' }))}`,
        `"old-permanent":${JSON.stringify(forged({ finalUrl: 'https://example.org/b', permanentRedirect: true }))}`,
        `"key\\nwith newline":${JSON.stringify(forged({}))}`,
        `"good":${JSON.stringify(forged({ reason: 'fine' }))}`,
      ].join(',')}}}`,
      'c.json',
      86_400_000,
      (url) => dropped.push(url),
    );
    expect(Object.keys(cache.entries)).toEqual(['good']);
    expect(dropped).toEqual(['dead', 'future-proof', 'status', 'long-reason', 'reason-newline', 'final-js', 'old-permanent', 'key\nwith newline']);
  });
});

describe('two runs sharing a cache file', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lint-list-cache-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** What cache-file.ts is to do on save: update the file under its lock, merging with what is there. */
  const save = (path: string, cache: LinkCache, at: number) => atomic.updateAtomically(path, (current) => cacheModule.mergedCacheText(current, cache, at));

  it('lose no entries: each run keeps what the other learned meanwhile', async () => {
    const path = join(dir, 'shared.json');
    await writeFile(path, serializeCache(emptyCache()));
    // Both runs start from the same (empty) file, learn different links, and save one after the other.
    const first = parseCache(await readFile(path, 'utf8'), path);
    const second = parseCache(await readFile(path, 'utf8'), path);
    await checkLinks([target(server.url('/alive?run=1'))], testOptions({ cache: first, now: () => now }));
    await checkLinks([target(server.url('/alive?run=2'))], testOptions({ cache: second, now: () => now }));
    await Promise.all([save(path, first, now), save(path, second, now)]);
    const merged = parseCache(await readFile(path, 'utf8'), path);
    expect(Object.keys(merged.entries).sort()).toEqual([server.url('/alive?run=1'), server.url('/alive?run=2')]);
  });

  it("drop an older alive entry of a link the other found dead, and never bring back what the other removed", async () => {
    const path = join(dir, 'dead.json');
    const url = server.url('/missing?was-alive');
    const kept = server.url('/alive?kept');
    const context = contextOf(testOptions());
    const old = { verdict: 'alive' as const, status: 200, checkedAt: now - 5000, ...(context && { context }) };
    const start = emptyCache();
    start.entries[url] = old;
    start.entries[kept] = old;
    await writeFile(path, serializeCache(start));
    // Run A loaded both entries at the start; run B then finds `url` dead and saves first.
    const a = parseCache(await readFile(path, 'utf8'), path);
    const b = parseCache(await readFile(path, 'utf8'), path);
    delete b.entries[url]; // what the checker does for a dead link, as B's staleness forced a check
    cacheModule.forgetEntry(b, url, now);
    await save(path, b, now);
    // A checks nothing new and saves: its stale copy of `url` must not come back.
    await save(path, a, now);
    expect(Object.keys(parseCache(await readFile(path, 'utf8'), path).entries)).toEqual([kept]);
    // And a run that finds it dead drops an older entry written by another run.
    const c = parseCache(await readFile(path, 'utf8'), path);
    await writeFile(path, serializeCache({ ...c, entries: { ...c.entries, [url]: old } }));
    await checkLinks([target(url)], testOptions({ cache: c, now: () => now }));
    await save(path, c, now);
    expect(Object.keys(parseCache(await readFile(path, 'utf8'), path).entries)).toEqual([kept]);
  });
});
