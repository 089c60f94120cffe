import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheContext, defaultCacheMaxAgeMs, emptyCache, freshEntry, type LinkCache, parseCache, pruneCache, serializeCache } from '../../src/links/cache.js';
import { defaultLinkCheckOptions } from '../../src/links/types.js';
import { checkLinks } from '../../src/links/check.js';
import { send, startServer, type TestServer } from '../servers/http.js';
import { routes, target, testOptions } from './options.js';

const day = 24 * 60 * 60 * 1000;
const now = 1_750_000_000_000;
/** The fingerprint of testOptions(): entries made by the tests' checks carry it. */
const context = cacheContext({ ...testOptions(), defaultUserAgent: defaultLinkCheckOptions.userAgent });

describe('cache file format', () => {
  it('round-trips entries through serializeCache and parseCache, sorted by URL', () => {
    const cache = emptyCache();
    cache.entries['https://b.example/'] = { verdict: 'unverified', status: 403, reason: 'blocked by bot protection (HTTP 403, cf-mitigated)', checkedAt: now, context };
    cache.entries['https://a.example/'] = { verdict: 'alive', status: 200, finalUrl: 'https://a.example/new', permanentRedirect: true, rewriteTo: 'https://a.example/new', checkedAt: now, context };
    const text = serializeCache(cache);
    expect(text).toBe(
      '{\n  "version": 1,\n  "entries": {\n' +
        `    "https://a.example/": {"verdict":"alive","status":200,"finalUrl":"https://a.example/new","permanentRedirect":true,"rewriteTo":"https://a.example/new","checkedAt":${now},"context":"${context}"},\n` +
        `    "https://b.example/": {"verdict":"unverified","status":403,"reason":"blocked by bot protection (HTTP 403, cf-mitigated)","checkedAt":${now},"context":"${context}"}\n` +
        '  }\n}\n',
    );
    expect(parseCache(text, '.lint-list-cache.json')).toEqual(cache);
    expect(serializeCache(emptyCache())).toBe('{\n  "version": 1,\n  "entries": {}\n}\n');
    expect(JSON.parse(serializeCache(emptyCache()))).toEqual({ version: 1, entries: {} });
  });

  it('keeps the max age outside the file: default one day, or as given', () => {
    expect(emptyCache().maxAgeMs).toBe(day);
    expect(defaultCacheMaxAgeMs).toBe(day);
    expect(parseCache('{"version":1,"entries":{}}', 'c.json', 3_600_000).maxAgeMs).toBe(3_600_000);
  });

  it.each([
    ['{', 'c.json: invalid link cache: not JSON ('],
    ['[]', 'c.json: invalid link cache: the top level must be an object {"version": 1, "entries": {…}} (delete the file to start afresh)'],
    ['{"version":2,"entries":{}}', 'c.json: invalid link cache: unknown version 2, expected 1 (delete the file to start afresh)'],
    ['{"version":1}', 'c.json: invalid link cache: "entries" must be an object keyed by URL (delete the file to start afresh)'],
  ])('rejects %s with one clear line', (text, message) => {
    let error: unknown;
    try {
      parseCache(text, 'c.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.startsWith(message)).toBe(true);
    expect((error as Error).message).not.toContain('\n');
  });

  it.each([
    ['{"u":{"verdict":"dead","checkedAt":1,"context":"0123456789abcdef"}}', 'it has verdict "dead"; only "alive" and "unverified" are cached'],
    ['{"u":{"verdict":"alive","context":"0123456789abcdef"}}', 'it needs "checkedAt" as milliseconds since 1970'],
    ['{"u":{"verdict":"alive","checkedAt":1,"status":"200","context":"0123456789abcdef"}}', 'its "status" is not an HTTP status'],
    ['{"u":{"verdict":"alive","checkedAt":1,"permanentRedirect":"yes","context":"0123456789abcdef"}}', '"permanentRedirect" without "rewriteTo"'],
    ['{"u":{"verdict":"alive","checkedAt":1}}', 'it was written by an older version (no "context")'],
  ])('drops the bad entry %s, saying why, and keeps the rest', (entries, problem) => {
    const dropped: Array<[string, string]> = [];
    const good = `"https://ok.example/":{"verdict":"alive","checkedAt":1,"context":"0123456789abcdef"}`;
    const cache = parseCache(`{"version":1,"entries":{${entries.slice(1, -1)},${good}}}`, 'c.json', day, (url, why) => dropped.push([url, why]));
    expect(dropped).toEqual([['u', problem]]);
    expect(Object.keys(cache.entries)).toEqual(['https://ok.example/']);
  });

  it('treats entries as fresh for less than the max age, and never from the future; pruneCache drops the rest', () => {
    const cache = emptyCache();
    cache.entries.fresh = { verdict: 'alive', checkedAt: now - day + 1 };
    cache.entries.stale = { verdict: 'alive', checkedAt: now - day };
    cache.entries.future = { verdict: 'alive', checkedAt: now + 1 };
    cache.entries['__proto__'] = { verdict: 'alive', checkedAt: now };
    expect(['fresh', 'stale', 'future', '__proto__', 'missing'].map((url) => freshEntry(cache, url, now) !== undefined)).toEqual([true, false, false, true, false]);
    expect(Object.keys(pruneCache(cache, now).entries).sort()).toEqual(['__proto__', 'fresh']);
  });
});

describe('checkLinks with a cache', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(
      '127.0.0.4',
      routes({
        '/alive': (_req, res) => send(res, 200),
        '/moved': (_req, res) => send(res, 301, { location: '/alive' }),
        '/dead': (_req, res) => send(res, 404),
        '/walled': (_req, res) => send(res, 403, { 'cf-mitigated': 'challenge' }),
      }),
    );
  });
  afterAll(async () => {
    await server.close();
  });

  const run = (cache: LinkCache, paths: string[], at = now) => checkLinks(paths.map((p) => target(server.url(p))), testOptions({ cache, now: () => at }));

  it('uses a fresh alive entry without a request', async () => {
    const cache = emptyCache();
    cache.entries[server.url('/alive')] = { verdict: 'alive', status: 200, checkedAt: now - 1000, context };
    const [result] = await run(cache, ['/alive']);
    expect(result).toEqual({ url: server.url('/alive'), verdict: 'alive', status: 200, occurrences: target('').occurrences });
    expect(server.requestsTo('/alive')).toHaveLength(0);
  });

  it('rechecks a stale entry and stamps it anew', async () => {
    const cache = emptyCache();
    cache.entries[server.url('/dead')] = { verdict: 'alive', status: 200, checkedAt: now - 2 * day, context };
    const [result] = await run(cache, ['/dead']);
    expect(result).toMatchObject({ verdict: 'dead', status: 404 });
    expect(server.requestsTo('/dead')).toHaveLength(2);
    expect(cache.entries[server.url('/dead')]).toBeUndefined();
  });

  it('stores alive and unverified answers with their details, never dead ones', async () => {
    const cache = emptyCache();
    await run(cache, ['/moved', '/walled', '/dead'], now);
    expect(cache.entries).toEqual({
      [server.url('/moved')]: { verdict: 'alive', status: 200, finalUrl: server.url('/alive'), permanentRedirect: true, rewriteTo: server.url('/alive'), checkedAt: now, context },
      [server.url('/walled')]: { verdict: 'unverified', status: 403, reason: 'blocked by bot protection (HTTP 403, cf-mitigated)', checkedAt: now, context },
    });
    const requests = server.stats.requests.length;
    const again = await run(cache, ['/moved', '/walled', '/dead'], now + 1000);
    expect(again.map((r) => r.verdict)).toEqual(['alive', 'unverified', 'dead']);
    expect(again[0]).toMatchObject({ finalUrl: server.url('/alive'), permanentRedirect: true, rewriteTo: server.url('/alive') });
    expect(server.stats.requests.slice(requests).map((r) => r.path)).toEqual(['/dead', '/dead']);
  });
});
