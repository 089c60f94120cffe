import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultModelOptions, tryBuildModel } from '../../src/parse/build.js';
import type { ListModel } from '../../src/parse/model.js';
import { loadedMarkdownParser, type MarkdownParser } from '../../src/parse/parser.js';
import { folderWith, runCliAsync } from '../helpers/cli.js';
import { send, startServer, type TestServer } from '../servers/http.js';

// Issue 11: reference-style links in title cells (`[T][r1]`, `[T][]`, `[T]` with a definition) are
// links on GitHub, so `--links` checks them as it checks `[T](url)`, and reports them where they are
// written in the table.

let farm: TestServer;
beforeAll(async () => {
  farm = await startServer('127.0.0.1', (req, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/ok')) return send(res, 200);
    return send(res, 404);
  });
});
afterAll(async () => {
  await farm?.close();
});

const list = () =>
  [
    '# Papers',
    '',
    '| Title | Venue |',
    '|---|---|',
    '| [Full reference][r1] | ICML 2020 |',
    '| [Collapsed reference][] | ICML 2020 |',
    '| [Shortcut reference] | ICML 2020 |',
    '| [Alive paper][r4] | ICML 2020 |',
    '',
    `[r1]: ${farm.url('/gone-1')}`,
    `[collapsed reference]: ${farm.url('/gone-2')}`,
    `[SHORTCUT REFERENCE]: ${farm.url('/gone-3')}`,
    `[r4]: ${farm.url('/ok-4')}`,
    `[r1]: ${farm.url('/ok-ignored')}`,
    '',
  ].join('\n');

interface JsonMessage { ruleId: string; line: number; column: number; severity: string; message: string }

describe('reference-style links in title cells under --links', () => {
  it('checks each definition a title cell names and reports a dead one at the row, first definition winning', async () => {
    const dir = folderWith({ 'README.md': list() });
    const run = await runCliAsync(['--links', '--allow-private-hosts', '--retries', '0', '--format', 'json', 'README.md'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const [file] = JSON.parse(run.stdout).files as Array<{ messages: JsonMessage[] }>;
    const dead = (file?.messages ?? []).filter((m) => m.ruleId === 'dead-link');
    expect(dead.map((m) => [m.line, m.column, m.severity])).toEqual([
      [5, 3, 'error'],
      [6, 3, 'error'],
      [7, 3, 'error'],
    ]);
    expect(dead[0]?.message).toBe(
      `Link is dead (HTTP 404): ${farm.url('/gone-1')} — find the paper's current address (its arXiv, DOI or publisher page) and link that, or remove the row.`,
    );
    // No row says its title has no link: GitHub shows all four as links.
    expect((file?.messages ?? []).filter((m) => m.ruleId === 'missing-link')).toEqual([]);
    // The second definition of r1 is never used, so never requested.
    expect(farm.requestsTo('/ok-ignored')).toHaveLength(0);
    expect(farm.requestsTo('/ok-4').length).toBeGreaterThan(0);
  });

  it('the line scan and remark give a reference link the same target', () => {
    const parseMarkdown = loadedMarkdownParser() as MarkdownParser;
    const text = list();
    const scanned = tryBuildModel('x.md', text, defaultModelOptions, undefined) as ListModel;
    const remark = tryBuildModel('x.md', text, { ...defaultModelOptions, parser: 'remark' }, parseMarkdown) as ListModel;
    const links = (model: ListModel) => model.papers.map((entry) => entry.links.map((link) => link.url));
    expect(scanned).toBeDefined();
    expect(links(scanned)).toEqual([[farm.url('/gone-1')], [farm.url('/gone-2')], [farm.url('/gone-3')], [farm.url('/ok-4')]]);
    expect(links(remark)).toEqual(links(scanned));
    expect([...scanned.definitions]).toEqual([...remark.definitions]);
  });
});
