import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/check.js';
import type { LinkResult } from '../../src/links/types.js';
import { send, startServer, type TestServer } from '../servers/http.js';
import { routes, target, testOptions } from './options.js';

/**
 * Issue 11, "wrong redirect target": a link is rewritten only to the last permanent hop before the
 * first temporary one, never from a DOI to a non-DOI URL, and never to markup.
 */

let server: TestServer;
/** Names that the injected lookup sends to the loopback server (no traffic leaves the machine). */
let named: TestServer;
const lookup = async () => [{ address: '127.0.0.6', family: 4 as const }];

beforeAll(async () => {
  server = await startServer(
    '127.0.0.5',
    routes({
      '/ok': (_req, res) => send(res, 200),
      '/p-t/start': (_req, res) => send(res, 301, { location: '/p-t/stable' }),
      '/p-t/stable': (_req, res) => send(res, 302, { location: '/p-t/session?sid=123' }),
      '/p-t/session': (_req, res) => send(res, 200),
      '/p-p-t/start': (_req, res) => send(res, 301, { location: '/p-p-t/second' }),
      '/p-p-t/second': (_req, res) => send(res, 308, { location: '/p-p-t/third' }),
      '/p-p-t/third': (_req, res) => send(res, 307, { location: '/ok' }),
      '/t-p/start': (_req, res) => send(res, 302, { location: '/t-p/moved' }),
      '/t-p/moved': (_req, res) => send(res, 301, { location: '/ok' }),
      '/p/start': (_req, res) => send(res, 301, { location: '/ok' }),
      '/p/fragment': (_req, res) => send(res, 301, { location: '/ok' }),
      '/p/hostile': (_req, res) => send(res, 301, { location: '/ok/a)|INJECTED|[click](https://evil.example/x' }),
      '/ok/a)|INJECTED|[click](https://evil.example/x': (_req, res) => send(res, 200),
    }),
  );
  named = await startServer('127.0.0.6', (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    if (host === 'dx.doi.org') return send(res, 301, { location: `http://doi.org:${named.port}${path}` });
    if (host === 'doi.org' && path === '/10.1000/moved') return send(res, 301, { location: `http://publisher.example:${named.port}/article/moved` });
    if (host === 'doi.org') return send(res, 302, { location: `http://publisher.example:${named.port}/article?session=abc` });
    if (host === 'publisher.example') return send(res, 200);
    send(res, 404);
  });
});

afterAll(async () => {
  await Promise.all([server.close(), named.close()]);
});

async function checkOne(url: string, overrides = {}): Promise<LinkResult> {
  const [result] = await checkLinks([target(url)], testOptions(overrides));
  return result as LinkResult;
}

describe('the URL a redirected link is rewritten to', () => {
  it('301 → 302 → 200 rewrites to the 301 target, not the temporary session URL', async () => {
    const result = await checkOne(server.url('/p-t/start'));
    expect(result).toMatchObject({
      verdict: 'alive',
      finalUrl: server.url('/p-t/session?sid=123'),
      permanentRedirect: true,
      rewriteTo: server.url('/p-t/stable'),
    });
  });

  it('301 → 308 → 307 → 200 rewrites to the 308 target', async () => {
    expect(await checkOne(server.url('/p-p-t/start'))).toMatchObject({ verdict: 'alive', finalUrl: server.url('/ok'), permanentRedirect: true, rewriteTo: server.url('/p-p-t/third') });
  });

  it('302 → 301 → 200 is not rewritten: the link itself is the stable address', async () => {
    const result = await checkOne(server.url('/t-p/start'));
    expect(result).toMatchObject({ verdict: 'alive', finalUrl: server.url('/ok') });
    expect(result.rewriteTo).toBeUndefined();
    expect(result.permanentRedirect).toBeUndefined();
  });

  it('a single 301 rewrites to its target, keeping the fragment of the link', async () => {
    expect(await checkOne(server.url('/p/start'))).toMatchObject({ permanentRedirect: true, rewriteTo: server.url('/ok') });
    expect(await checkOne(server.url('/p/fragment#results'))).toMatchObject({ permanentRedirect: true, rewriteTo: server.url('/ok#results'), finalUrl: server.url('/ok#results') });
  });

  it('a hostile Location is reported as it came but rewritten only percent-encoded', async () => {
    const result = await checkOne(server.url('/p/hostile'));
    expect(result).toMatchObject({
      verdict: 'alive',
      finalUrl: server.url('/ok/a)|INJECTED|[click](https://evil.example/x'),
      permanentRedirect: true,
      rewriteTo: server.url('/ok/a%29%7CINJECTED%7C%5Bclick%5D%28https://evil.example/x'),
    });
  });

  it('dx.doi.org → doi.org (301) → publisher (302) rewrites to doi.org, never to the publisher', async () => {
    const result = await checkOne(`http://dx.doi.org:${named.port}/10.1000/xyz`, { lookup });
    expect(result).toMatchObject({
      verdict: 'alive',
      finalUrl: `http://publisher.example:${named.port}/article?session=abc`,
      permanentRedirect: true,
      rewriteTo: `http://doi.org:${named.port}/10.1000/xyz`,
    });
  });

  it('a DOI that redirects permanently to a publisher is not rewritten at all', async () => {
    const result = await checkOne(`http://doi.org:${named.port}/10.1000/moved`, { lookup });
    expect(result).toMatchObject({ verdict: 'alive', finalUrl: `http://publisher.example:${named.port}/article/moved` });
    expect(result.rewriteTo).toBeUndefined();
    expect(result.permanentRedirect).toBeUndefined();
  });
});
