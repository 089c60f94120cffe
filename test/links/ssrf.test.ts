import type { LookupAddress } from 'node:dns';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/check.js';
import { guardedLookup, literalPrivateHost, nonPublicRange, privateHostAllowance } from '../../src/http/ssrf.js';
import { send, startServer, type TestServer } from '../servers/http.js';
import { target, testOptions } from './options.js';

describe('nonPublicRange', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['169.254.169.254', 'linkLocal'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'ipv4Mapped loopback'],
    ['::ffff:7f00:1', 'ipv4Mapped loopback'],
    ['::ffff:169.254.169.254', 'ipv4Mapped linkLocal'],
    ['64:ff9b::a00:1', 'rfc6052 private'],
    ['2002:7f00:1::', '6to4 loopback'],
    ['::7f00:1', 'ipv4Compatible loopback'],
  ])('%s is %s', (address, range) => {
    expect(nonPublicRange(address)).toBe(range);
  });

  it.each(['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::', 'arxiv.org'])(
    '%s is public (or no address)',
    (address) => {
      expect(nonPublicRange(address)).toBeUndefined();
    },
  );

  it('judges an IPv4-mapped IPv6 address as its IPv4 address (property)', () => {
    fc.assert(
      fc.property(fc.ipV4(), (v4) => {
        const inner = nonPublicRange(v4);
        const mapped = nonPublicRange(`::ffff:${v4}`);
        expect(mapped === undefined).toBe(inner === undefined);
      }),
    );
  });

  it('blocks every address of 10/8, 127/8 and 169.254/16 (property)', () => {
    const octet = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(fc.constantFrom('10', '127', '169.254'), octet, octet, octet, (prefix, a, b, c) => {
        const address = prefix === '169.254' ? `169.254.${b}.${c}` : `${prefix}.${a}.${b}.${c}`;
        expect(nonPublicRange(address)).toBeDefined();
      }),
    );
  });
});

describe('literalPrivateHost and privateHostAllowance', () => {
  const none = privateHostAllowance(false);
  it('names literal private addresses and localhost, and lets hostnames through to the connect-time check', () => {
    expect(literalPrivateHost('127.0.0.1', none)).toBe('private address 127.0.0.1');
    expect(literalPrivateHost('[::1]', none)).toBe('private address ::1');
    expect(literalPrivateHost('[::ffff:7f00:1]', none)).toBe('private address ::ffff:7f00:1');
    expect(literalPrivateHost('0.0.0.0', none)).toBe('private address 0.0.0.0');
    expect(literalPrivateHost('localhost', none)).toBe('private host localhost');
    expect(literalPrivateHost('api.localhost', none)).toBe('private host api.localhost');
    expect(literalPrivateHost('arxiv.org', none)).toBeUndefined();
    expect(literalPrivateHost('8.8.8.8', none)).toBeUndefined();
  });

  it('allows all, none, or exactly the listed hosts and literal IPs', () => {
    expect(privateHostAllowance(true)('10.0.0.1')).toBe(true);
    const some = privateHostAllowance(['127.0.0.2', 'Intranet.Example.', '::1']);
    expect(['127.0.0.2', 'intranet.example', '[::1]', '[0:0::1]'].map(some)).toEqual([true, true, true, true]);
    expect(['127.0.0.3', 'example', 'localhost'].map(some)).toEqual([false, false, false]);
  });
});

describe('guardedLookup', () => {
  const run = (addresses: Array<{ address: string; family: 4 | 6 }>, all: boolean, allow: boolean | string[] = false) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: string | LookupAddress[] }>((resolve) => {
      guardedLookup(async () => addresses, privateHostAllowance(allow))('papers.test', { all }, (error, address) => resolve({ error, address }));
    });

  it('refuses a host if any of its addresses is private, so DNS cannot steer to the private one', async () => {
    // The lookup is only called, never connected to: no address here is ever contacted.
    const { error } = await run([{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.1', family: 4 }], true);
    expect(error?.message).toBe('private address 10.0.0.1 via papers.test');
    expect(error?.code).toBe('ELINTLISTPRIVATE');
  });

  it('passes public addresses on, as a list or one address as net.connect asks', async () => {
    const addresses = [{ address: '93.184.216.34', family: 4 as const }];
    expect(await run(addresses, true)).toEqual({ error: null, address: addresses });
    expect(await run(addresses, false)).toEqual({ error: null, address: '93.184.216.34' });
    expect(await run([{ address: '10.0.0.1', family: 4 }], false, ['papers.test'])).toEqual({ error: null, address: '10.0.0.1' });
  });
});

describe('SSRF: no connection to private addresses unless allowed', () => {
  let loopback: TestServer;
  let allowed: TestServer;
  let forbidden: TestServer;
  let v6: TestServer | undefined;
  const handler = (_req: unknown, res: Parameters<typeof send>[0]) => send(res, 200);

  beforeAll(async () => {
    loopback = await startServer('127.0.0.1', handler);
    forbidden = await startServer('127.0.0.3', handler);
    allowed = await startServer('127.0.0.2', (req, res) => {
      if (req.url === '/to-literal') return send(res, 302, { location: forbidden.url('/secret') });
      if (req.url === '/to-name') return send(res, 302, { location: `http://inner.test:${forbidden.port}/secret` });
      send(res, 200);
    });
    v6 = await startServer('::1', handler).catch(() => undefined); // a machine without IPv6 loopback skips that count
  });
  afterAll(async () => {
    await Promise.all([loopback, allowed, forbidden, v6].map((s) => s?.close()));
  });

  const strict = (overrides = {}) => testOptions({ allowPrivateHosts: false, ...overrides });

  it('skips literal loopback, localhost, [::1] and 0.0.0.0 without connecting', async () => {
    const port = loopback.port;
    const urls = [`http://127.0.0.1:${port}/`, `http://localhost:${port}/`, `http://[::1]:${v6?.port ?? port}/`, `http://0.0.0.0:${port}/`, `http://[::ffff:127.0.0.1]:${port}/`];
    const results = await checkLinks(urls.map(target), strict());
    expect(results.map(({ verdict, reason }) => ({ verdict, reason }))).toEqual([
      { verdict: 'skipped', reason: 'private address 127.0.0.1 (use --allow-private-hosts)' },
      { verdict: 'skipped', reason: 'private host localhost (use --allow-private-hosts)' },
      { verdict: 'skipped', reason: 'private address ::1 (use --allow-private-hosts)' },
      { verdict: 'skipped', reason: 'private address 0.0.0.0 (use --allow-private-hosts)' },
      { verdict: 'skipped', reason: 'private address ::ffff:7f00:1 (use --allow-private-hosts)' },
    ]);
    expect(loopback.stats.connections).toBe(0);
    expect(v6?.stats.connections ?? 0).toBe(0);
  });

  it('checks the resolved address at connect time: a name resolving to 127.0.0.1 is skipped unconnected', async () => {
    const asked: string[] = [];
    const lookup = async (hostname: string) => {
      asked.push(hostname);
      return [{ address: '127.0.0.1', family: 4 as const }];
    };
    const [result] = await checkLinks([target(`http://papers.test:${loopback.port}/paper`)], strict({ lookup }));
    expect(result).toEqual({
      url: `http://papers.test:${loopback.port}/paper`,
      verdict: 'skipped',
      reason: 'private address 127.0.0.1 via papers.test (use --allow-private-hosts)',
      occurrences: target('').occurrences,
    });
    expect(asked).toEqual(['papers.test']);
    expect(loopback.stats.connections).toBe(0);
  });

  it('never follows a redirect from an allowed private host into a disallowed one', async () => {
    const lookup = async () => [{ address: '127.0.0.3', family: 4 as const }];
    const results = await checkLinks([target(allowed.url('/to-literal')), target(allowed.url('/to-name'))], strict({ allowPrivateHosts: ['127.0.0.2'], lookup }));
    expect(results[0]).toMatchObject({
      verdict: 'skipped',
      status: 302,
      finalUrl: forbidden.url('/secret'),
      reason: 'redirect to private address 127.0.0.3 (use --allow-private-hosts)',
    });
    expect(results[1]).toMatchObject({
      verdict: 'skipped',
      status: 302,
      finalUrl: `http://inner.test:${forbidden.port}/secret`,
      reason: 'redirect to private address 127.0.0.3 via inner.test (use --allow-private-hosts)',
    });
    expect(allowed.requestsTo('/to-literal').map((r) => r.method)).toEqual(['HEAD']);
    expect(forbidden.stats.connections).toBe(0);
  });

  it('connects where allowed: all private hosts, or a listed hostname', async () => {
    const [all] = await checkLinks([target(loopback.url('/'))], strict({ allowPrivateHosts: true }));
    expect(all).toMatchObject({ verdict: 'alive', status: 200 });
    const lookup = async () => [{ address: '127.0.0.1', family: 4 as const }];
    const [named] = await checkLinks([target(`http://papers.test:${loopback.port}/`)], strict({ allowPrivateHosts: ['papers.test'], lookup }));
    expect(named).toMatchObject({ verdict: 'alive', status: 200 });
    expect(loopback.stats.requests.map((r) => r.headers.host)).toEqual([`127.0.0.1:${loopback.port}`, `papers.test:${loopback.port}`]);
  });
});
