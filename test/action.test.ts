import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gitRepository, runAction, shallowClone } from './helpers/action.js';
import { node24Path } from './helpers/node24.js';
import { type FakeGitHub, startFakeGitHub } from './helpers/fake-github.js';
import { send, startServer, type TestServer } from './servers/http.js';

let links: TestServer;
let api: FakeGitHub;
/** GitHub runs actions on Node 24: the must-show runs under this Node and under Node 24. */
const nodes: Record<string, string> = { 'this Node': process.execPath, 'Node 24': '' };

beforeAll(async () => {
  links = await startServer('127.0.0.1', (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path.startsWith('/dead') || path.startsWith('/old-dead')) send(res, 404);
    else send(res, 200);
  });
  api = await startFakeGitHub('unireps', 'resources');
  nodes['Node 24'] = node24Path();
}, 200_000);
afterAll(async () => {
  await Promise.all([links.close(), api.close()]);
});
beforeEach(() => {
  api.reset();
});

/** The config every test list carries: loopback links may be checked (only the test server is there). */
const config = JSON.stringify({ links: { allowPrivateHosts: ['127.0.0.1'] } });

const baseList = () =>
  [
    '# Papers',
    '',
    '| Title | Venue |',
    '|---|---|',
    `| [Old Paper One](${links.url('/old-1')}) | N/A |`,
    `| [Old Paper Two](${links.url('/old-2')}) | ICML 2020 |`,
    `| [Old Paper Three](${links.url('/old-dead')}) | N/A |`,
    '',
  ].join('\n');

/** The pull request of the must-show: four new rows, one good and three bad, below old N/A rows. */
const headList = () =>
  [
    '# Papers',
    '',
    '| Title | Venue |',
    '|---|---|',
    `| [Old Paper One](${links.url('/old-1')}) | N/A |`,
    `| [Old Paper Two](${links.url('/old-2')}) | ICML 2020 |`,
    `| [Old Paper Three](${links.url('/old-dead')}) | N/A |`,
    `| [A Good New Paper](${links.url('/good')}) | NeurIPS 2023 |`,
    `| [Old Paper Two](${links.url('/dup')}) | ICML 2020 |`,
    `| [A Paper Without Venue](${links.url('/na')}) | N/A |`,
    `| [A Paper Whose Link Died](${links.url('/dead')}) | ICLR 2024 |`,
    '',
  ].join('\n');

const pullRequestEvent = (base: string, head: string) => ({
  action: 'opened',
  number: 7,
  pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'contribution' } },
  repository: { name: 'resources', owner: { login: 'unireps' } },
});

const prInputs = (extra: Record<string, string> = {}) => ({ token: 'ghs_secret_token_value', files: 'README.md', ...extra });

/** The workflow-command lines of a run: annotations, masks, failures. */
const commands = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::'));

/** Where `text` starts and ends (1-based, end exclusive) on a line of the head list. */
function span(line: number, text: string) {
  const row = headList().split('\n')[line - 1] ?? '';
  const column = row.indexOf(text) + 1;
  return `line=${line},endLine=${line},col=${column},endColumn=${column + text.length}`;
}

function expectMustShowAnnotations(stdout: string) {
  expect(commands(stdout)).toEqual([
    '::add-mask::ghs_secret_token_value',
    `::error title=duplicate-title,file=README.md,${span(9, `[Old Paper Two](${links.url('/dup')})`)}::'Old Paper Two' is already listed at line 6: remove this row, or merge the two into one.`,
    `::error title=dead-link,file=README.md,${span(11, `[A Paper Whose Link Died](${links.url('/dead')})`)}::Link is dead (HTTP 404): ${links.url('/dead')} — find the paper's current address (its arXiv, DOI or publisher page) and link that, or remove the row.`,
    `::error title=missing-venue,file=README.md,${span(10, 'N/A')}::Venue is 'N/A': write where the paper appeared, e.g. 'NeurIPS 2023' or 'arXiv [cs.LG]'.`,
    '::error::lint-list found 3 errors.',
  ]);
}

describe('the Action in a pull request (issue 4 must-show)', () => {
  it.each(Object.keys(nodes))('under %s: annotates exactly the three bad new rows, requests only links on changed rows, fails, and summarises', async (version) => {
    const repo = gitRepository({ 'README.md': baseList(), '.lint-list.json': config }, { 'README.md': headList() });
    const before = links.stats.requests.length;
    const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', event: pullRequestEvent(repo.base, repo.head), inputs: prInputs(), apiUrl: api.url, node: nodes[version] as string });
    expect(run.code).toBe(1);
    expectMustShowAnnotations(run.stdout);
    // Only the four new rows' links were requested; the old dead link was left alone.
    const requested = new Set(links.stats.requests.slice(before).map((r) => r.path));
    expect(requested).toEqual(new Set(['/good', '/dup', '/na', '/dead']));
    expect(run.outputs).toEqual({
      errors: '3',
      warnings: '0',
      'dead-links': '1',
      report: expect.stringMatching(/lint-list-report\.md$/),
      artifact: join(run.runnerTemp, 'lint-list-findings.json'),
    });
    expect(run.summary).toContain('README.md:9');
    expect(run.summary).toContain('README.md:10');
    expect(run.summary).toContain('README.md:11');
    expect(run.summary).not.toContain('README.md:5');
    expect(run.summary).not.toContain('README.md:7');
    expect(readFileSync(run.outputs.report as string, 'utf8')).toBe(run.summary);
    // A pull request needs no write permission: no API call when git can tell the changed lines.
    expect(api.calls).toEqual([]);
    // The token only ever appears in the mask command that tells the runner to hide it.
    const outside = `${run.stdout}${run.stderr}${run.summary}`.replace('::add-mask::ghs_secret_token_value', '');
    expect(outside).not.toContain('secret_token_value');
  });

  it('fetches the base commit when the checkout is shallow', async () => {
    const repo = gitRepository({ 'README.md': baseList(), '.lint-list.json': config }, { 'README.md': headList() });
    const shallow = shallowClone(repo.dir);
    const run = await runAction({ workspace: shallow, eventName: 'pull_request', event: pullRequestEvent(repo.base, repo.head), inputs: prInputs(), apiUrl: api.url });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Fetching the base commit ${repo.base.slice(0, 7)} (shallow checkout).`);
    expectMustShowAnnotations(run.stdout);
    expect(api.calls).toEqual([]);
  });

  it('asks the pull request files API (paginated) when git cannot diff, and copes with a missing patch', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'lint-list-nogit-'));
    writeFileSync(join(workspace, 'README.md'), headList());
    writeFileSync(join(workspace, '.lint-list.json'), config);
    const filler = Array.from({ length: 120 }, (_, i) => ({ filename: `docs/page-${i}.md`, status: 'modified' }));
    api.pullFiles.set(7, [...filler, { filename: 'README.md', status: 'modified', patch: '@@ -7,0 +8,4 @@\n+a\n+b\n+c\n+d' }, { filename: 'huge.md', status: 'modified' }]);
    // The config comes from the base commit, which git cannot read here: the contents API gives it.
    api.contents.set(`${'0'.repeat(40)}:.lint-list.json`, config);
    const run = await runAction({ workspace, eventName: 'pull_request', event: pullRequestEvent('0'.repeat(40), '1'.repeat(40)), inputs: prInputs(), apiUrl: api.url });
    expect(run.code).toBe(1);
    expectMustShowAnnotations(run.stdout);
    expect(api.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /repos/unireps/resources/pulls/7/files?per_page=100',
      'GET /repos/unireps/resources/pulls/7/files?per_page=100&page=2',
      `GET /repos/unireps/resources/contents/.lint-list.json?ref=${'0'.repeat(40)}`,
    ]);
    expect(api.calls.every((c) => c.authorization === 'token ghs_secret_token_value')).toBe(true);
  });

  it('an API error (403 on a fork) is a warning and never hides the lint results', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'lint-list-nogit-'));
    writeFileSync(join(workspace, 'README.md'), headList());
    writeFileSync(join(workspace, '.lint-list.json'), config);
    api.failWith = 403;
    const run = await runAction({ workspace, eventName: 'pull_request', event: pullRequestEvent('0'.repeat(40), '1'.repeat(40)), inputs: prInputs({ links: 'none' }), apiUrl: api.url });
    expect(run.code).toBe(1);
    const lines = commands(run.stdout);
    expect(lines.filter((l) => l.startsWith('::warning::'))).toEqual([
      "::warning::GitHub API could not list the pull request's files (HTTP 403: Resource not accessible by integration): reporting findings on every line.",
      `::warning::Could not read .lint-list.json of the base commit 0000000 (HTTP 403: Resource not accessible by integration): checking with the default config. The pull request's own config is never used.`,
    ]);
    // Every finding is reported then, old ones included.
    expect(run.outputs.errors).toBe('4');
  });

  it('fail-on never keeps the step green; fail-on warning fails on warnings', async () => {
    const repo = gitRepository({ 'README.md': baseList(), '.lint-list.json': config }, { 'README.md': headList() });
    const event = pullRequestEvent(repo.base, repo.head);
    const never = await runAction({ workspace: repo.dir, eventName: 'pull_request', event, inputs: prInputs({ 'fail-on': 'never', links: 'none' }), apiUrl: api.url });
    expect(never.code).toBe(0);
    expect(never.outputs.errors).toBe('2');
    const bad = await runAction({ workspace: repo.dir, eventName: 'pull_request', event, inputs: prInputs({ 'fail-on': 'sometimes' }), apiUrl: api.url });
    expect(bad.code).toBe(1);
    expect(commands(bad.stdout)).toEqual(['::add-mask::ghs_secret_token_value', "::error::input 'fail-on' must be 'error', 'warning', 'never'; got 'sometimes'"]);
  });

  it('shows at most 10 error annotations, then one notice; the summary lists every finding', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `| [New Paper ${String.fromCharCode(65 + i)}](${links.url(`/n${i}`)}) | N/A |`);
    const head = `${baseList()}${rows.join('\n')}\n`;
    const repo = gitRepository({ 'README.md': baseList(), '.lint-list.json': config }, { 'README.md': head });
    const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', event: pullRequestEvent(repo.base, repo.head), inputs: prInputs({ links: 'none' }), apiUrl: api.url });
    expect(run.code).toBe(1);
    const lines = commands(run.stdout);
    expect(lines.filter((l) => l.startsWith('::error title=missing-venue,file=README.md,line='))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::notice::'))).toEqual(['::notice::2 more findings (2 errors, 0 warnings) are listed in the job summary.']);
    for (let line = 8; line <= 19; line += 1) expect(run.summary).toContain(`README.md:${line} |`);
    expect(run.outputs.errors).toBe('12');
  });

  it('writes SARIF 2.1.0 when sarif-file is set', async () => {
    const repo = gitRepository({ 'README.md': baseList(), '.lint-list.json': config }, { 'README.md': headList() });
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      event: pullRequestEvent(repo.base, repo.head),
      inputs: prInputs({ links: 'none', 'sarif-file': 'out/lint-list.sarif' }),
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(repo.dir, 'out/lint-list.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r: { ruleId: string; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) => `${r.ruleId}:${r.locations[0]?.physicalLocation.region.startLine}`)).toEqual([
      'duplicate-title:9',
      'missing-venue:10',
    ]);
  });
});

describe('the Action on a schedule (issue 4 must-show)', () => {
  const sweepList = (dead: boolean) =>
    [
      '| Title | Venue |',
      '|---|---|',
      `| [A Living Paper](${links.url('/alive')}) | ICML 2020 |`,
      `| [A Paper Whose Link ${dead ? 'Died' : 'Was Fixed'}](${links.url(dead ? '/dead-sweep' : '/fixed')}) | ICLR 2021 |`,
      '',
    ].join('\n');

  it.each(Object.keys(nodes))('under %s: three sweeps (dead link, still dead, fixed) leave exactly one issue, updated then closed', async (version) => {
    const workspace = mkdtempSync(join(tmpdir(), 'lint-list-sweep-'));
    writeFileSync(join(workspace, '.lint-list.json'), config);
    const sweep = async (dead: boolean, runId: string) => {
      writeFileSync(join(workspace, 'README.md'), sweepList(dead));
      const inputs = { token: 'ghs_secret_token_value', 'fail-on': 'never' };
      return runAction({ workspace, eventName: 'schedule', event: { schedule: '0 6 * * 1' }, inputs, apiUrl: api.url, runId, node: nodes[version] as string });
    };

    const first = await sweep(true, '1001');
    expect(first.code).toBe(0);
    expect(first.outputs['issue-number']).toBe('1');
    expect(first.outputs['dead-links']).toBe('1');
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]).toMatchObject({ number: 1, title: 'Dead links in the paper list', state: 'open', labels: ['lint-list'] });
    expect(api.issues[0]?.body).toContain(links.url('/dead-sweep'));

    const second = await sweep(true, '1002');
    expect(second.outputs['issue-number']).toBe('1');
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]?.body).toContain('https://github.com/unireps/resources/actions/runs/1002');

    const third = await sweep(false, '1003');
    expect(third.outputs['issue-number']).toBe('1');
    expect(third.outputs['dead-links']).toBe('0');
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]?.state).toBe('closed');
    expect(api.issues[0]?.comments).toEqual(['No dead links are left: closing. ([sweep run](https://github.com/unireps/resources/actions/runs/1003))']);

    expect(api.calls.map((c) => `${c.method} ${c.path.replace(/\?.*/, '')}`)).toEqual([
      'GET /repos/unireps/resources/issues',
      'POST /repos/unireps/resources/issues',
      'GET /repos/unireps/resources/issues',
      'PATCH /repos/unireps/resources/issues/1',
      'GET /repos/unireps/resources/issues',
      'POST /repos/unireps/resources/issues/1/comments',
      'PATCH /repos/unireps/resources/issues/1',
    ]);
    expect(api.calls[0]?.path).toBe('/repos/unireps/resources/issues?labels=lint-list&state=open&sort=created&direction=asc&per_page=100');
    expect(api.calls[1]?.body).toMatchObject({ title: 'Dead links in the paper list', labels: ['lint-list'] });
    expect(api.calls[6]?.body).toEqual({ state: 'closed', state_reason: 'completed' });
  });

  it('cache: true without an Actions cache service warns and still checks every link', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'lint-list-sweep-'));
    writeFileSync(join(workspace, '.lint-list.json'), config);
    writeFileSync(join(workspace, 'README.md'), sweepList(true));
    const run = await runAction({ workspace, eventName: 'schedule', event: {}, inputs: { token: 'ghs_secret_token_value', cache: 'true', 'fail-on': 'never' }, apiUrl: api.url });
    expect(run.code).toBe(0);
    expect(commands(run.stdout).filter((l) => l.startsWith('::warning::'))).toEqual([
      '::warning::The Actions cache service is not available here: the link cache is not kept for the next run.',
    ]);
    expect(run.outputs['dead-links']).toBe('1');
  });

  it('without issues: write, the sweep still reports and warns', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'lint-list-sweep-'));
    writeFileSync(join(workspace, '.lint-list.json'), config);
    writeFileSync(join(workspace, 'README.md'), sweepList(true));
    api.failWith = 403;
    const run = await runAction({ workspace, eventName: 'workflow_dispatch', event: {}, inputs: { token: 'ghs_secret_token_value' }, apiUrl: api.url });
    expect(run.code).toBe(1);
    expect(run.outputs['dead-links']).toBe('1');
    expect(run.outputs['issue-number']).toBeUndefined();
    expect(commands(run.stdout).filter((l) => l.startsWith('::warning::'))).toEqual([
      "::warning::GitHub API: could not update the tracking issue (HTTP 403: Resource not accessible by integration). Does the workflow grant 'issues: write'?",
    ]);
    // The findings are all there all the same.
    expect(run.summary).toContain(links.url('/dead-sweep'));
  });
});

describe('action.yml', () => {
  it('declares exactly the inputs and outputs the Action reads and sets, and runs dist/index.js on node24', () => {
    const yml = readFileSync(new URL('../action.yml', import.meta.url), 'utf8');
    const keysUnder = (section: string) => {
      const block = yml.split(`\n${section}:\n`)[1]?.split(/\n\S/)[0] ?? '';
      return [...block.matchAll(/^ {2}([a-z-]+):/gm)].map((m) => m[1]);
    };
    expect(keysUnder('inputs')).toEqual(['files', 'config', 'mode', 'links', 'metadata', 'only-changed', 'fail-on', 'token', 'issue-title', 'issue-label', 'cache', 'sarif-file', 'artifact', 'review', 'fix']);
    expect(keysUnder('outputs')).toEqual(['errors', 'warnings', 'dead-links', 'issue-number', 'report', 'artifact', 'review-id', 'suggestions', 'fixed-files']);
    expect(yml).toContain("  using: 'node24'\n  main: 'dist/index.js'");
    expect(yml).toContain('    default: ${{ github.token }}');
  });
});
