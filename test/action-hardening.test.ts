import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gitRepository, runAction } from './helpers/action.js';
import { type FakeGitHub, startFakeGitHub } from './helpers/fake-github.js';
import { send, startServer, type TestServer } from './servers/http.js';

/**
 * Issue 11, the Action's part: what a hostile pull request could make the Action do. Each attack was
 * run against the Action before its fix (see /work/notes/action-hardening-log.md).
 */

let links: TestServer;
/** Stands for a cloud metadata service on a private address: it answers only requests with the header. */
let metadata: TestServer;
let api: FakeGitHub;

beforeAll(async () => {
  links = await startServer('127.0.0.1', (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    send(res, path.startsWith('/dead') ? 404 : 200);
  });
  metadata = await startServer('127.0.0.1', (req, res) => {
    if (req.headers.metadata === 'true') {
      res.writeHead(302, { location: 'http://169.254.169.254/SECRET-ROLE-CREDENTIALS' });
      res.end();
    } else send(res, 400);
  });
  api = await startFakeGitHub('unireps', 'resources');
});
afterAll(async () => {
  await Promise.all([links.close(), metadata.close(), api.close()]);
});
beforeEach(() => {
  api.calls.length = 0;
  api.failWith = undefined;
});

const header = ['# Papers', '', '| Title | Venue |', '|---|---|'];
const list = (...rows: string[]) => [...header, ...rows, ''].join('\n');
const oldRow = () => `| [Old Paper](${links.url('/old')}) | ICML 2020 |`;

const pullRequestEvent = (base: string, head: string) => ({
  action: 'synchronize',
  number: 7,
  pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'contribution' } },
  repository: { name: 'resources', owner: { login: 'unireps' } },
});

const commands = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::'));
const everything = (run: { stdout: string; stderr: string; summary: string }) => `${run.stdout}\n${run.stderr}\n${run.summary}`;

describe('in a pull request, the config comes from the base commit, never from the pull request', () => {
  it('a config the pull request adds (private hosts allowed, a metadata header) is not used: no request, nothing of it in the log', async () => {
    const hostile = JSON.stringify({ links: { allowPrivateHosts: true, hosts: { '127.0.0.1': { headers: { Metadata: 'true' } } } } });
    const target = metadata.url('/latest/meta-data/iam/security-credentials/');
    const repo = gitRepository(
      { 'README.md': list(oldRow()) },
      { 'README.md': list(oldRow(), `| [Innocent Paper](${target}) | NeurIPS 2023 |`), '.lint-list.json': hostile },
    );
    const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', event: pullRequestEvent(repo.base, repo.head), inputs: { token: 'ghs_x', 'fail-on': 'never' }, apiUrl: api.url });
    expect(run.code).toBe(0);
    expect(metadata.stats.requests).toEqual([]);
    expect(metadata.stats.connections).toBe(0);
    expect(everything(run)).not.toContain('SECRET-ROLE-CREDENTIALS');
    expect(everything(run)).not.toContain('169.254.169.254');
    expect(commands(run.stdout)).toContain(
      `::notice::This pull request changes .lint-list.json: its config is not used in this check, the base commit's is (${repo.base.slice(0, 7)}). The change takes effect once merged.`,
    );
  });

  it('exclude patterns the pull request adds do not hide its links', async () => {
    const base = JSON.stringify({ links: { allowPrivateHosts: ['127.0.0.1'] } });
    const hiding = JSON.stringify({ links: { allowPrivateHosts: ['127.0.0.1'], exclude: ['^http://127\\.0\\.0\\.1'] } });
    const repo = gitRepository(
      { 'README.md': list(oldRow()), '.lint-list.json': base },
      { 'README.md': list(oldRow(), `| [A Paper Whose Link Died](${links.url('/dead-hidden')}) | ICLR 2024 |`), '.lint-list.json': hiding },
    );
    const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', event: pullRequestEvent(repo.base, repo.head), inputs: { token: 'ghs_x' }, apiUrl: api.url });
    expect(run.code).toBe(1);
    expect(links.requestsTo('/dead-hidden').length).toBeGreaterThan(0);
    expect(commands(run.stdout).filter((l) => l.startsWith('::error title=dead-link'))).toHaveLength(1);
    expect(commands(run.stdout).filter((l) => l.startsWith('::notice::This pull request changes .lint-list.json'))).toHaveLength(1);
  });

  it('a config the pull request leaves alone is used as it is, without a notice', async () => {
    const base = JSON.stringify({ rules: { 'missing-venue': 'off' } });
    const repo = gitRepository({ 'README.md': list(oldRow()), '.lint-list.json': base }, { 'README.md': list(oldRow(), `| [New](${links.url('/new')}) | N/A |`) });
    const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', event: pullRequestEvent(repo.base, repo.head), inputs: { token: 'ghs_x', links: 'none' }, apiUrl: api.url });
    expect(run.code).toBe(0);
    expect(run.outputs.errors).toBe('0');
    expect(commands(run.stdout).filter((l) => l.startsWith('::notice::'))).toEqual([]);
  });

  it('a pull request that switches a rule off in the config still gets that rule', async () => {
    const repo = gitRepository({ 'README.md': list(oldRow()) }, { 'README.md': list(oldRow(), `| [New](${links.url('/new')}) | N/A |`), '.lint-list.json': JSON.stringify({ rules: { 'missing-venue': 'off' } }) });
    const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', event: pullRequestEvent(repo.base, repo.head), inputs: { token: 'ghs_x', links: 'none' }, apiUrl: api.url });
    expect(run.code).toBe(1);
    expect(commands(run.stdout).filter((l) => l.startsWith('::error title=missing-venue'))).toHaveLength(1);
  });
});

describe('files, config and sarif-file stay inside the workspace', () => {
  /** A folder outside every workspace, holding a list whose text must never reach the log. */
  const outside = () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-list-outside-'));
    writeFileSync(join(dir, 'secret.md'), list('| [OUTSIDE-SECRET-TITLE](https://example.org/a) | ICML 2020 |', '| [OUTSIDE-SECRET-TITLE](https://example.org/b) | ICML 2020 |'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ links: { allowPrivateHosts: true } }));
    return dir;
  };
  const sweep = (workspace: string, inputs: Record<string, string>) =>
    runAction({ workspace, eventName: 'workflow_dispatch', event: {}, inputs: { token: 'ghs_x', links: 'none', ...inputs }, apiUrl: api.url });

  it('a committed symlink named in files that leads out of the workspace is refused in one line', async () => {
    const away = outside();
    const repo = gitRepository({ 'README.md': list(oldRow()) }, { 'README.md': { symlink: join(away, 'secret.md') } });
    const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', event: pullRequestEvent(repo.base, repo.head), inputs: { token: 'ghs_x', links: 'none' }, apiUrl: api.url });
    expect(run.code).toBe(1);
    expect(everything(run)).not.toContain('OUTSIDE-SECRET-TITLE');
    expect(commands(run.stdout).at(-1)).toBe(`::error::input 'files': README.md leads outside the workspace (to ${join(away, 'secret.md')})`);
  });

  it('files and config named outside the workspace are refused', async () => {
    const away = outside();
    const workspace = mkdtempSync(join(tmpdir(), 'lint-list-ws-'));
    writeFileSync(join(workspace, 'README.md'), list(oldRow()));
    const files = await sweep(workspace, { files: `README.md\n../${away.split('/').at(-1)}/secret.md` });
    expect(files.code).toBe(1);
    expect(everything(files)).not.toContain('OUTSIDE-SECRET-TITLE');
    expect(commands(files.stdout).at(-1)).toBe(`::error::input 'files': ../${away.split('/').at(-1)}/secret.md is outside the workspace`);
    const config = await sweep(workspace, { config: join(away, 'config.json') });
    expect(config.code).toBe(1);
    expect(commands(config.stdout).at(-1)).toBe(`::error::input 'config': ${join(away, 'config.json')} is outside the workspace`);
  });

  it('a config that is a symlink out of the workspace is refused', async () => {
    const away = outside();
    const repo = gitRepository({ 'README.md': list(oldRow()), '.lint-list.json': { symlink: join(away, 'config.json') } }, {});
    const run = await sweep(repo.dir, {});
    expect(run.code).toBe(1);
    expect(commands(run.stdout).at(-1)).toBe(`::error::input 'config': .lint-list.json leads outside the workspace (to ${join(away, 'config.json')})`);
  });

  it('sarif-file through a committed symlink out of the workspace writes nothing outside', async () => {
    const away = mkdtempSync(join(tmpdir(), 'lint-list-outside-'));
    const repo = gitRepository({ 'README.md': list(oldRow()) }, { 'README.md': list(oldRow(), `| [New](${links.url('/new')}) | N/A |`), out: { symlink: away } });
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      event: pullRequestEvent(repo.base, repo.head),
      inputs: { token: 'ghs_x', links: 'none', 'sarif-file': 'out/lint-list.sarif' },
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    expect(existsSync(join(away, 'lint-list.sarif'))).toBe(false);
    expect(commands(run.stdout).at(-1)).toBe(`::error::input 'sarif-file': out/lint-list.sarif leads outside the workspace (through ${away})`);
    // Deeper: a folder to create below the symlink is not created outside either.
    const deeper = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      event: pullRequestEvent(repo.base, repo.head),
      inputs: { token: 'ghs_x', links: 'none', 'sarif-file': 'out/sub/lint-list.sarif' },
      apiUrl: api.url,
    });
    expect(deeper.code).toBe(1);
    expect(existsSync(join(away, 'sub'))).toBe(false);
    expect(commands(deeper.stdout).at(-1)).toBe(`::error::input 'sarif-file': out/sub/lint-list.sarif leads outside the workspace (through ${away})`);
  });

  it('sarif-file that is itself a committed symlink out of the workspace is not written through', async () => {
    const away = mkdtempSync(join(tmpdir(), 'lint-list-outside-'));
    writeFileSync(join(away, 'victim.txt'), 'untouched');
    const repo = gitRepository({ 'README.md': list(oldRow()) }, { 'README.md': list(oldRow(), `| [New](${links.url('/new')}) | N/A |`), 'lint-list.sarif': { symlink: join(away, 'victim.txt') } });
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      event: pullRequestEvent(repo.base, repo.head),
      inputs: { token: 'ghs_x', links: 'none', 'sarif-file': 'lint-list.sarif' },
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    expect(readFileSync(join(away, 'victim.txt'), 'utf8')).toBe('untouched');
    expect(commands(run.stdout).at(-1)).toBe(`::error::input 'sarif-file': cannot write lint-list.sarif: it leads outside ${repo.dir} (to ${join(away, 'victim.txt')})`);
  });

  it('the artifact input (the findings file) stays inside the workspace or RUNNER_TEMP too', async () => {
    const repo = gitRepository({ 'README.md': list(oldRow()) }, { 'README.md': list(oldRow(), `| [New](${links.url('/new')}) | N/A |`) });
    const run = (artifact: string) =>
      runAction({ workspace: repo.dir, eventName: 'pull_request', event: pullRequestEvent(repo.base, repo.head), inputs: { token: 'ghs_x', links: 'none', artifact }, apiUrl: api.url });
    const inside = await run('reports/findings.json');
    expect(inside.outputs.artifact).toBe(join(repo.dir, 'reports/findings.json'));
    expect(JSON.parse(readFileSync(join(repo.dir, 'reports/findings.json'), 'utf8')).findings).toHaveLength(1);
    const away = mkdtempSync(join(tmpdir(), 'lint-list-outside-'));
    const outsideRun = await run(join(away, 'findings.json'));
    expect(commands(outsideRun.stdout).at(-1)).toBe(`::error::input 'artifact': ${join(away, 'findings.json')} is outside the workspace`);
    expect(existsSync(join(away, 'findings.json'))).toBe(false);
  });

  it('sarif-file inside the workspace is still written, folders and all', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'lint-list-ws-'));
    writeFileSync(join(workspace, 'README.md'), list(oldRow()));
    mkdirSync(join(workspace, 'reports'));
    const run = await sweep(workspace, { 'sarif-file': 'reports/new/lint-list.sarif' });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(workspace, 'reports/new/lint-list.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('files whose names git quotes get their changed lines', () => {
  it.each(['论文.md', 'q"uote.md', 'tab\tand space.md', 'back\\slash.md'])('%s', async (name) => {
    const repo = gitRepository({ [name]: list(oldRow()) }, { [name]: list(oldRow(), `| [New Paper](${links.url('/new')}) | N/A |`) });
    const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', event: pullRequestEvent(repo.base, repo.head), inputs: { token: 'ghs_x', links: 'none', files: name }, apiUrl: api.url });
    expect(run.code).toBe(1);
    expect(run.outputs.errors).toBe('1');
    expect(commands(run.stdout).filter((l) => l.startsWith('::error title=missing-venue'))).toHaveLength(1);
    expect(api.calls).toEqual([]);
  });
});
