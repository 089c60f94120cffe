import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './helpers/action.js';
import { folderWith, runCliAsync } from './helpers/cli.js';
import { type FakeGitHub, startFakeGitHub } from './helpers/fake-github.js';
import { send, startServer, type TestServer } from './servers/http.js';

// dead-link is an ordinary rule (issue 10): set to "warning" or "off" in .lint-list.json, or
// suppressed by an inline comment, through the CLI and through the Action.

let links: TestServer;
let api: FakeGitHub;

beforeAll(async () => {
  links = await startServer('127.0.0.1', (req, res) => send(res, new URL(req.url ?? '/', 'http://x').pathname.startsWith('/dead') ? 404 : 200));
  api = await startFakeGitHub('unireps', 'resources');
});
afterAll(async () => {
  await Promise.all([links.close(), api.close()]);
});

const list = (suppressed = false) =>
  [
    '| Title | Venue |',
    '|---|---|',
    `| [A Living Paper](${links.url('/alive')}) | ICML 2020 |`,
    `| [A Paper Whose Link Died](${links.url('/dead-1')}) | ICLR 2021 ${suppressed ? '<!-- lint-list-disable-line dead-link -->' : ''}|`,
    '',
  ].join('\n');

const configWith = (deadLink?: string) =>
  JSON.stringify({ links: { allowPrivateHosts: ['127.0.0.1'] }, ...(deadLink && { rules: { 'dead-link': deadLink } }) });

interface Report {
  files: Array<{ messages: Array<{ ruleId: string; severity: string; line: number }> }>;
  summary: { errors: number; warnings: number };
  links?: unknown[];
}

async function cli(config: string, suppressed = false) {
  const dir = folderWith({ 'README.md': list(suppressed), '.lint-list.json': config });
  const run = await runCliAsync(['--links', '--format', 'json', '--timeout', '2000', '--retries', '0', 'README.md'], { cwd: dir });
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

async function sweep(config: string, suppressed = false) {
  const workspace = mkdtempSync(join(tmpdir(), 'lint-list-dead-link-'));
  writeFileSync(join(workspace, '.lint-list.json'), config);
  writeFileSync(join(workspace, 'README.md'), list(suppressed));
  return runAction({ workspace, eventName: 'workflow_dispatch', event: {}, inputs: { 'fail-on': 'error' }, apiUrl: api.url });
}

const deadLinkFindings = (report: Report) =>
  report.files.flatMap((file) => file.messages.filter((m) => m.ruleId === 'dead-link').map((m) => `${m.line} ${m.severity}`));

describe('dead-link through the CLI', () => {
  it('is an error by default', async () => {
    const { code, report } = await cli(configWith());
    expect(deadLinkFindings(report)).toEqual(['4 error']);
    expect(code).toBe(1);
  });

  it('"warning" makes the dead link a warning and the run passes', async () => {
    const { code, report } = await cli(configWith('warning'));
    expect(deadLinkFindings(report)).toEqual(['4 warning']);
    expect(code).toBe(0);
  });

  it('"off" reports nothing and requests no link at all', async () => {
    const before = links.stats.requests.length;
    const { code, report } = await cli(configWith('off'));
    expect(deadLinkFindings(report)).toEqual([]);
    expect(report.links).toBeUndefined();
    expect(links.stats.requests.length).toBe(before);
    expect(code).toBe(0);
  });

  it('an inline lint-list-disable-line dead-link suppresses it', async () => {
    const { code, report } = await cli(configWith(), true);
    expect(deadLinkFindings(report)).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0 });
    expect(code).toBe(0);
  });
});

describe('dead-link through the Action (sweep)', () => {
  it('is an error by default: the step fails', async () => {
    const run = await sweep(configWith());
    expect(run.stdout).toContain('::error title=dead-link,file=README.md,line=4,');
    expect(run.outputs).toMatchObject({ errors: '1', warnings: '0', 'dead-links': '1' });
    expect(run.code).toBe(1);
  });

  it('"warning": a warning annotation, the step passes', async () => {
    const run = await sweep(configWith('warning'));
    expect(run.stdout).toContain('::warning title=dead-link,file=README.md,line=4,');
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '1' });
    expect(run.code).toBe(0);
  });

  it('"off": no finding, no request', async () => {
    const before = links.stats.requests.length;
    const run = await sweep(configWith('off'));
    expect(run.stdout).not.toContain('title=dead-link');
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0', 'dead-links': '0' });
    expect(links.stats.requests.length).toBe(before);
    expect(run.code).toBe(0);
  });

  it('an inline lint-list-disable-line dead-link suppresses it', async () => {
    const run = await sweep(configWith(), true);
    expect(run.stdout).not.toContain('title=dead-link');
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0' });
    expect(run.code).toBe(0);
  });
});
