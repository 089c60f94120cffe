import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderWith, runCliAsync } from './helpers/cli.js';
import { send, startServer, type TestServer } from './servers/http.js';

// Issue 11: `--fix --links` writes what a server or a cache file says into the list. Before the
// fix, a permanent redirect's Location went into the markdown as it was (one row became three
// cells and a foreign link), 301 → 302 → 200 rewrote the link to the temporary target, and a cache
// entry's finalUrl with line breaks wrote a heading and a <script> into the file.

let server: TestServer;

beforeAll(async () => {
  server = await startServer('127.0.0.1', (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/moved-hostile') return send(res, 301, { location: '/ok/a)|INJECTED|[click](https://evil.example/x' });
    if (path === '/moved-then-temporary') return send(res, 301, { location: '/stable' });
    if (path === '/stable') return send(res, 302, { location: '/session?token=abc' });
    return send(res, 200);
  });
});
afterAll(async () => {
  await server.close();
});

const list = (url: string) => `| Title | Venue |\n|---|---|\n| [A Paper](${url}) | ICML 2020 |\n`;
const cellsOf = (row: string) => row.split(/(?<!\\)\|/).length;

async function fixWithLinks(text: string, extra: string[] = [], files: Record<string, string> = {}) {
  const dir = folderWith({ 'README.md': text, ...files });
  const run = await runCliAsync(['--links', '--fix', '--allow-private-hosts', '--retries', '0', '--timeout', '2000', ...extra, 'README.md'], { cwd: dir });
  return { run, dir, fixed: readFileSync(join(dir, 'README.md'), 'utf8') };
}

describe('--fix writes only safe URLs, and only where a redirect is permanent', () => {
  it('a hostile Location is percent-encoded: the row keeps its cells, no foreign link appears', async () => {
    const original = list(server.url('/moved-hostile'));
    const { fixed } = await fixWithLinks(original);
    const row = fixed.split('\n')[2] as string;
    expect(fixed.split('\n')).toHaveLength(original.split('\n').length);
    expect(cellsOf(row)).toBe(cellsOf(original.split('\n')[2] as string));
    expect(fixed).not.toContain('](https://evil.example');
    expect(fixed).not.toContain('|INJECTED|');
    expect(row).toBe(`| [A Paper](${server.url('/ok/a%29%7CINJECTED%7C%5Bclick%5D%28https://evil.example/x')}) | ICML 2020 |`);
  });

  it('301 then 302: the link is rewritten to the permanent target, never the temporary one', async () => {
    const { fixed } = await fixWithLinks(list(server.url('/moved-then-temporary')));
    expect(fixed).toBe(list(server.url('/stable')));
  });

  it('a cache entry whose finalUrl holds line breaks and a <script> is dropped, and nothing of it is written', async () => {
    const url = server.url('/cached');
    const cache = JSON.stringify({
      version: 1,
      entries: { [url]: { verdict: 'alive', status: 200, finalUrl: 'https://x.example/\n# Owned\n<script>alert(1)</script>', rewriteTo: 'https://x.example/\n# Owned', permanentRedirect: true, checkedAt: Date.now() } },
    });
    const { fixed, run } = await fixWithLinks(list(url), ['--cache', 'cache.json'], { 'cache.json': cache });
    expect(fixed).toBe(list(url));
    expect(run.stderr).toContain('dropped the entry');
    expect(run.code).toBe(0);
  });

  it('a cache file that cannot be written is a warning: the report stays', async () => {
    const dir = folderWith({ 'README.md': list(server.url('/fine')) });
    const run = await runCliAsync(['--links', '--allow-private-hosts', '--format', 'json', '--cache', 'missing-dir/cache.json', 'README.md'], { cwd: dir });
    expect(JSON.parse(run.stdout).summary).toEqual({ errors: 0, warnings: 0 });
    expect(run.stderr).toContain('could not write cache missing-dir/cache.json');
    expect(run.code).toBe(0);
  });
});
