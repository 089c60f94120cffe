import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readInputs } from '../src/action/inputs.js';
import { gitRepository, runAction } from './helpers/action.js';
import { type FakeGitHub, startFakeGitHub } from './helpers/fake-github.js';
import { send, startServer, type TestServer } from './servers/http.js';
import { type MetadataFake, startArxivFake } from './servers/metadata-fakes.js';

// Issue 13 in the Action: the `metadata` input (changed, all, none), the sweep's tracking issue
// listing title mismatches and nonexistent paper ids beside the dead links, and the papers counted
// in the job summary. Everything on loopback: the bundled Action, a fake GitHub API, a fake arXiv.

let api: FakeGitHub;
let arxiv: MetadataFake;
let links: TestServer;

beforeAll(async () => {
  api = await startFakeGitHub('unireps', 'resources');
  arxiv = await startArxivFake({
    records: [
      { id: '2110.14633', title: 'Similarity and Matching of Neural Network Representations' },
      { id: '2004.06093', title: 'Topology of Deep Neural Networks' },
      { id: '2209.04836', title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries' },
      { id: '2301.00005', title: 'Similarity and Matching of Neural Network Representations' },
    ],
  });
  links = await startServer('127.0.0.1', (req, res) => send(res, new URL(req.url ?? '/', 'http://x').pathname.startsWith('/dead') ? 404 : 200));
});
afterAll(async () => {
  await Promise.all([api.close(), arxiv.close(), links.close()]);
});
beforeEach(() => {
  api.reset();
});

/** Loopback sources may be asked (only the fakes are there); arXiv is the fake, without its 3 s interval. */
const configWith = (arxivUrl: string) => JSON.stringify({ links: { allowPrivateHosts: ['127.0.0.1'] }, metadata: { sources: { arxiv: { url: arxivUrl, interval: 0 } } } });
const config = () => configWith(arxiv.url('/api/query'));

const table = (...rows: string[]) => ['# Papers', '', '| Title | Venue |', '|---|---|', ...rows, ''].join('\n');
const similarity = '| [Similarity and Matching of Neural Network Representations](https://arxiv.org/abs/2110.14633) | NeurIPS 2021 |';
const topology = '| [Topology of Deep Neural Networks](https://arxiv.org/abs/2004.06093) | JMLR 2020 |';
const gitReBasin = '| [Git Re-Basin: Merging Models modulo Permutation Symmetries](https://arxiv.org/abs/2209.04836) | ICLR 2023 |';
/** Links to the paper of the first row under another title: a title-mismatch error. */
const wrongLink = '| [Deep Topology of Neural Networks Explained](https://arxiv.org/abs/2110.14633) | JMLR 2020 |';
const neverPosted = '| [A Paper That Was Never Posted](https://arxiv.org/abs/2301.99999) | ICML 2023 |';

const pullRequestEvent = (base: string, head: string) => ({
  action: 'synchronize',
  number: 7,
  pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'contribution' } },
  repository: { name: 'resources', owner: { login: 'unireps' } },
});

const commands = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::'));
/** The arXiv ids each request since `from` asked for. */
const askedIds = (from: number) => arxiv.requests.slice(from).map((request) => new URLSearchParams(request.body).get('id_list'));

describe('the metadata input', () => {
  const read = (inputs: Record<string, string>, eventName: string) => readInputs((name) => inputs[name] ?? '', eventName);

  it('defaults to changed in pr mode and to all in sweep mode; changed, all and none are taken as written', () => {
    expect(read({}, 'pull_request').metadata).toBe('changed');
    expect(read({}, 'schedule').metadata).toBe('all');
    expect(read({}, 'workflow_dispatch').metadata).toBe('all');
    expect(read({ metadata: ' none ' }, 'pull_request').metadata).toBe('none');
    expect(read({ metadata: 'all' }, 'pull_request').metadata).toBe('all');
    expect(read({ metadata: 'changed', mode: 'sweep' }, 'pull_request').metadata).toBe('changed');
  });

  it('anything else is an input error naming the input', () => {
    expect(() => read({ metadata: 'yes' }, 'pull_request')).toThrow("input 'metadata' must be 'changed', 'all', 'none'; got 'yes'");
  });
});

describe('the metadata input in a pull request', () => {
  // The pull request adds Git Re-Basin (line 7) below two old rows; links are not checked here.
  const pullRequest = () => gitRepository({ 'README.md': table(similarity, topology), '.lint-list.json': config() }, { 'README.md': table(similarity, topology, gitReBasin) });
  const run = (repo: { dir: string; base: string; head: string }, inputs: Record<string, string>) =>
    runAction({ workspace: repo.dir, eventName: 'pull_request', event: pullRequestEvent(repo.base, repo.head), inputs: { token: 'ghs_x', links: 'none', ...inputs }, apiUrl: api.url });

  it('changed (the default): only the papers linked on changed lines reach arXiv, and the summary counts them', async () => {
    const repo = pullRequest();
    const before = arxiv.requests.length;
    const result = await run(repo, {});
    expect(result.code).toBe(0);
    expect(askedIds(before)).toEqual(['2209.04836']);
    expect(result.summary).toContain('\n1 paper looked up: 1 found, 0 not found, 0 unverified.\n');
    expect(result.stdout).toContain('1 paper looked up: 1 found, 0 not found, 0 unverified\n');
  });

  it('all: every paper of the list is looked up; none: no paper is', async () => {
    const repo = pullRequest();
    const before = arxiv.requests.length;
    const all = await run(repo, { metadata: 'all' });
    expect(all.code).toBe(0);
    expect(askedIds(before)).toEqual(['2110.14633,2004.06093,2209.04836']);
    expect(all.summary).toContain('\n3 papers looked up: 3 found, 0 not found, 0 unverified.\n');

    const none = await run(repo, { metadata: 'none' });
    expect(none.code).toBe(0);
    expect(arxiv.requests.length).toBe(before + 1);
    expect(none.summary).not.toContain('looked up');
  });

  it('a changed row whose link names another paper is a title-mismatch error on that row', async () => {
    const repo = gitRepository({ 'README.md': table(similarity, topology), '.lint-list.json': config() }, { 'README.md': table(similarity, topology, wrongLink) });
    const before = arxiv.requests.length;
    const result = await run(repo, {});
    expect(result.code).toBe(1);
    expect(askedIds(before)).toEqual(['2110.14633']);
    expect(commands(result.stdout).filter((line) => line.startsWith('::error title=title-mismatch'))).toEqual([
      expect.stringMatching(/^::error title=title-mismatch,file=README\.md,line=7,endLine=7,col=3,.*links to arXiv 2110\.14633, 'Similarity and Matching of Neural Network Representations', not 'Deep Topology of Neural Networks Explained'/),
    ]);
  });

  it('an invalid value is a one-line input error naming the input', async () => {
    const result = await run(pullRequest(), { metadata: 'some' });
    expect(result.code).toBe(1);
    expect(commands(result.stdout)).toEqual(['::add-mask::ghs_x', "::error::input 'metadata' must be 'changed', 'all', 'none'; got 'some'"]);
  });

  it('arXiv down: the papers are unverified and counted, nothing fails because of it', async () => {
    const down = await startArxivFake({ records: [] });
    const downUrl = down.url('/api/query');
    await down.close();
    // Were arXiv up, line 7 would be a title-mismatch error and line 8 a dead link.
    const misnamed = '| [Deep Topology of Neural Networks Explained](https://arxiv.org/abs/2209.04836) | ICLR 2023 |';
    const repo = gitRepository({ 'README.md': table(similarity), '.lint-list.json': configWith(downUrl) }, { 'README.md': table(similarity, misnamed, neverPosted) });
    const result = await run(repo, {});
    expect(result.code).toBe(0);
    expect(result.outputs.errors).toBe('0');
    expect(result.outputs.warnings).toBe('0');
    expect(result.summary).toContain('\n2 papers looked up: 0 found, 0 not found, 2 unverified.\n');
    expect(commands(result.stdout).filter((line) => !line.startsWith('::add-mask::'))).toEqual([]);
  });
});

describe('the sweep and its tracking issue', () => {
  const sweep = (workspace: string, runId: string, inputs: Record<string, string> = {}) =>
    runAction({ workspace, eventName: 'schedule', event: { schedule: '0 6 * * 1' }, inputs: { token: 'ghs_x', 'fail-on': 'never', ...inputs }, apiUrl: api.url, runId });
  const workspaceWith = (list: string) => {
    const workspace = mkdtempSync(join(tmpdir(), 'lint-list-paper-sweep-'));
    writeFileSync(join(workspace, '.lint-list.json'), config());
    writeFileSync(join(workspace, 'README.md'), list);
    return workspace;
  };

  it('a title mismatch and a nonexistent arXiv id open the issue, which lists both; once fixed it is closed', async () => {
    const workspace = workspaceWith(table(similarity, wrongLink, neverPosted));
    const first = await sweep(workspace, '2001', { links: 'none' });
    expect(first.code).toBe(0);
    expect(first.outputs['issue-number']).toBe('1');
    expect(api.issues).toHaveLength(1);
    const body = api.issues[0]?.body ?? '';
    expect(body).toBe(readFileSync(first.outputs.report as string, 'utf8'));
    expect(body).toContain('2 papers looked up: 1 found, 1 not found, 0 unverified; 1 title mismatch.');
    expect(body).toContain(
      [
        '### Paper ids that do not exist (1)',
        '',
        'The service that holds such ids (arXiv, doi.org, OpenReview) has none of these: check the id, or link the paper where it is.',
        '',
        '| Paper | Reason | Where |',
        '| --- | --- | --- |',
        '| arXiv 2301.99999 | arXiv has no paper 2301.99999 | README.md:7 |',
      ].join('\n'),
    );
    expect(body).toContain(
      [
        '| Where | Title in the list | The link names | Severity |',
        '| --- | --- | --- | --- |',
        '| README.md:6 | Deep Topology of Neural Networks Explained | arXiv 2110.14633: Similarity and Matching of Neural Network Representations | error |',
      ].join('\n'),
    );
    expect(first.summary).toContain('\n2 papers looked up: 1 found, 1 not found, 0 unverified.\n');

    // Fixed: the wrong link now names its own paper, the row that named no paper is gone.
    writeFileSync(join(workspace, 'README.md'), table(similarity, topology));
    const second = await sweep(workspace, '2002', { links: 'none' });
    expect(second.outputs['issue-number']).toBe('1');
    expect(api.issues[0]?.state).toBe('closed');
    expect(api.issues[0]?.comments).toEqual([
      'No dead links, nonexistent paper ids or title mismatches are left: closing. ([sweep run](https://github.com/unireps/resources/actions/runs/2002))',
    ]);
  });

  it('with links checked too, the arXiv id arXiv lacks is a dead link of the issue; a title mismatch alone keeps the issue open', async () => {
    const workspace = workspaceWith(table(similarity, wrongLink, neverPosted, `| [A Paper Whose Link Died](${links.url('/dead-paper')}) | ICLR 2021 |`));
    const before = links.stats.requests.length;
    const run = await sweep(workspace, '2003');
    expect(run.outputs['dead-links']).toBe('2');
    const body = api.issues[0]?.body ?? '';
    expect(body).toContain('### Dead links (2)');
    expect(body).toContain('| https://arxiv.org/abs/2301.99999 | arXiv has no paper 2301.99999 | README.md:7 |');
    expect(body).toContain(`| ${links.url('/dead-paper')} | HTTP 404 | README.md:8 |`);
    expect(body).not.toContain('### Paper ids that do not exist');
    expect(body).toContain('### Title mismatches (1)');
    // arXiv pages are checked through the fake API: the only page requested is the loopback one.
    expect(new Set(links.stats.requests.slice(before).map((request) => request.path))).toEqual(new Set(['/dead-paper']));

    // The dead links fixed, the title mismatch left: the issue stays open.
    writeFileSync(join(workspace, 'README.md'), table(similarity, wrongLink));
    await sweep(workspace, '2004');
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]?.state).toBe('open');
    expect(api.issues[0]?.body).toContain('### Title mismatches (1)');
    expect(api.issues[0]?.body).toContain('No dead, unverified or permanently redirected links.');
  });

  it('cache: true keeps the papers found in the link cache file', async () => {
    const workspace = workspaceWith(table(similarity, gitReBasin));
    const run = await sweep(workspace, '2005', { cache: 'true', links: 'none' });
    expect(run.code).toBe(0);
    expect(commands(run.stdout).filter((line) => line.startsWith('::warning::'))).toEqual([
      '::warning::The Actions cache service is not available here: the link cache is not kept for the next run.',
    ]);
    const cache = JSON.parse(readFileSync(join(run.runnerTemp, 'lint-list', 'links-cache.json'), 'utf8')) as { papers?: Record<string, { record?: { title?: string } }> };
    expect(Object.keys(cache.papers ?? {})).toEqual(['arxiv:2110.14633', 'arxiv:2209.04836']);
    expect(cache.papers?.['arxiv:2209.04836']?.record?.title).toBe('Git Re-Basin: Merging Models modulo Permutation Symmetries');
  });
});
