import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { LinkCache } from '../links/cache.js';
import { openLinkCache } from '../links/cache-file.js';
import { type ChangedLines, changedLinesFromGitDiff, changedLinesFromPatch } from './changed-lines.js';
import type { ActionInputs } from './inputs.js';
import type { ExistingComment, ExistingReview, ReviewApi } from './review.js';
import { type IssueApi, syncTrackingIssue } from './tracking-issue.js';

/** The Action edge's calls to git, the GitHub API and the Actions cache; failures become warnings. */

export type Octokit = ReturnType<typeof github.getOctokit>;

const run = promisify(execFile);

/** The base commit of a pull request, and whether git has it (else the API is asked). */
export interface PullRequestBase {
  sha: string;
  git: boolean;
}

/**
 * The lines each file gains in the pull request: from `git diff` between the base commit and the
 * checkout (fetching the base when the clone is shallow), else from the pull request files API.
 * `changed` is undefined when neither can tell: then every finding is reported, with a warning.
 */
export async function changedLinesOfPullRequest(
  paths: string[],
  workspace: string,
  octokit: Octokit | undefined,
): Promise<{ changed: ChangedLines | undefined; base: PullRequestBase | undefined }> {
  const pullRequest = github.context.payload.pull_request;
  const base = pullRequest?.base?.sha as string | undefined;
  if (!pullRequest || !base) {
    core.warning('No pull request in the event payload: reporting findings on every line.');
    return { changed: undefined, base: undefined };
  }
  const git = gitIn(workspace);
  try {
    try {
      await git('cat-file', '-e', `${base}^{commit}`);
    } catch {
      core.info(`Fetching the base commit ${base.slice(0, 7)} (shallow checkout).`);
      await git('fetch', '--no-tags', '--quiet', '--depth=1', 'origin', base);
    }
    // Names as they are (core.quotePath=false); changedLinesFromGitDiff unquotes the ones git still quotes.
    const { stdout } = await git('-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--src-prefix=a/', '--dst-prefix=b/', base, 'HEAD', '--', ...paths);
    const changed = changedLinesFromGitDiff(stdout);
    for (const path of paths) if (!changed.has(path)) changed.set(path, new Set());
    return { changed, base: { sha: base, git: true } };
  } catch (error) {
    core.info(`git could not diff against the base (${messageOf(error).split('\n')[0]}); asking the GitHub API.`);
  }
  if (!octokit) {
    core.warning('Could not learn the changed lines (no git history, no token): reporting findings on every line.');
    return { changed: undefined, base: { sha: base, git: false } };
  }
  try {
    const { owner, repo } = github.context.repo;
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullRequest.number, per_page: 100 });
    const changed: ChangedLines = new Map(paths.map((path): [string, Set<number>] => [path, new Set<number>()]));
    for (const file of files) {
      if (!changed.has(file.filename)) continue;
      if (file.patch !== undefined) changed.set(file.filename, changedLinesFromPatch(file.patch));
      else {
        // GitHub leaves out the patch of very large diffs: count the whole file as changed.
        core.warning(`The pull request files API gave no patch for ${file.filename}: reporting findings on all its lines.`);
        changed.set(file.filename, 'all');
      }
    }
    return { changed, base: { sha: base, git: false } };
  } catch (error) {
    core.warning(`GitHub API could not list the pull request's files (${messageOf(error)}): reporting findings on every line.`);
    return { changed: undefined, base: { sha: base, git: false } };
  }
}

/** A file of the base commit: its text, or why there is none to read. */
export type BaseFile = { text: string } | { absent: true } | { refused: string } | { unknown: string };

/**
 * `path` (relative to the repository root) as the base commit has it: from git when the checkout
 * has the base commit, else from the contents API. Only a regular file is read: a symlink in the
 * base is refused, its target never followed.
 */
export async function fileOfBase(workspace: string, base: PullRequestBase, path: string, octokit: Octokit | undefined): Promise<BaseFile> {
  if (base.git) {
    try {
      const git = gitIn(workspace);
      const { stdout } = await git('--literal-pathspecs', 'ls-tree', '-z', '--full-tree', base.sha, '--', path);
      const entry = /^(\d+) (\w+) ([0-9a-f]+)\t/.exec(stdout);
      if (!entry) return { absent: true };
      if (entry[1] === '120000') return { refused: 'it is a symbolic link' };
      if (entry[2] !== 'blob') return { refused: `it is not a file (${entry[2]})` };
      return { text: (await git('cat-file', 'blob', entry[3] as string)).stdout };
    } catch (error) {
      core.info(`git could not read ${path} of the base commit (${messageOf(error).split('\n')[0]}); asking the GitHub API.`);
    }
  }
  if (!octokit) return { unknown: 'no git history and no token' };
  try {
    const { owner, repo } = github.context.repo;
    const { data } = await octokit.rest.repos.getContent({ owner, repo, path, ref: base.sha });
    if (Array.isArray(data)) return { refused: 'it is a folder' };
    if (data.type === 'symlink') return { refused: 'it is a symbolic link' };
    if (data.type !== 'file' || !('content' in data) || data.encoding !== 'base64') return { unknown: 'the contents API gave no text for it' };
    return { text: Buffer.from(data.content, 'base64').toString('utf8') };
  } catch (error) {
    if ((error as { status?: unknown }).status === 404) return { absent: true };
    return { unknown: messageOf(error) };
  }
}

const gitIn = (workspace: string) => (...args: string[]) => run('git', args, { cwd: workspace, maxBuffer: 64 * 1024 * 1024 });

/**
 * With `cache: true`, restores the link cache before `check` and saves it after (@actions/cache),
 * through the same cache file code as the CLI's `--cache`: the links' verdicts and, in its `papers`
 * section, what the metadata sources said.
 */
export async function withActionsLinkCache<T>(workspace: string, check: (linkCache: LinkCache) => Promise<T>): Promise<T> {
  const cachePath = join(process.env.RUNNER_TEMP ?? workspace, 'lint-list', 'links-cache.json');
  await mkdir(resolve(cachePath, '..'), { recursive: true });
  const key = `lint-list-links-${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  const available = cache.isFeatureAvailable();
  if (!available) core.warning('The Actions cache service is not available here: the link cache is not kept for the next run.');
  else {
    try {
      const hit = await cache.restoreCache([cachePath], key, ['lint-list-links-']);
      core.info(hit ? `Restored the link cache (${hit}).` : 'No link cache yet: every link is checked.');
    } catch (error) {
      core.warning(`Could not restore the link cache: ${messageOf(error)}`);
    }
  }
  const opened = await openLinkCache(cachePath, 'the link cache', { warn: (why) => core.warning(why), startOver: (why) => core.warning(`${why}; starting a new one.`) });
  const result = await check(opened.cache);
  await opened.save();
  if (available) {
    try {
      await cache.saveCache([cachePath], key);
    } catch (error) {
      core.warning(`Could not save the link cache: ${messageOf(error)}`);
    }
  }
  return result;
}

/**
 * Sweep: one issue with the label, created, updated or closed; API failures are warnings. The issue
 * is open while `report.problems` (dead links, and when papers were looked up, nonexistent paper
 * ids and title mismatches) is above zero.
 */
export async function keepTrackingIssue(
  octokit: Octokit | undefined,
  inputs: ActionInputs,
  report: { problems: number; papersLookedUp: boolean; body: string },
): Promise<number | undefined> {
  if (!octokit) {
    core.warning('No token: the tracking issue is not updated.');
    return undefined;
  }
  const { owner, repo } = github.context.repo;
  const api: IssueApi = {
    async openIssuesWithLabel(label) {
      const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: label, state: 'open', sort: 'created', direction: 'asc', per_page: 100 });
      return issues.filter((issue) => !issue.pull_request).map((issue) => ({ number: issue.number, title: issue.title }));
    },
    async createIssue(title, issueBody, label) {
      const created = await octokit.rest.issues.create({ owner, repo, title, body: issueBody, labels: [label] });
      return created.data.number;
    },
    async updateIssue(number, title, issueBody) {
      await octokit.rest.issues.update({ owner, repo, issue_number: number, title, body: issueBody });
    },
    async closeIssue(number, comment) {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: comment });
      await octokit.rest.issues.update({ owner, repo, issue_number: number, state: 'closed', state_reason: 'completed' });
    },
  };
  try {
    const left = report.papersLookedUp ? 'No dead links, nonexistent paper ids or title mismatches are left' : 'No dead links are left';
    const outcome = await syncTrackingIssue(api, {
      problems: report.problems,
      title: inputs.issueTitle,
      body: report.body,
      label: inputs.issueLabel,
      closingComment: `${left}: closing. ${runUrl() ? `([sweep run](${runUrl()}))` : ''}`.trim(),
    });
    if (outcome.action !== 'none') core.info(`Tracking issue #${outcome.issueNumber} ${outcome.action}.`);
    return outcome.issueNumber;
  } catch (error) {
    core.warning(`GitHub API: could not update the tracking issue (${messageOf(error)}). Does the workflow grant 'issues: write'?`);
    return undefined;
  }
}

/** What review mode needs to know of a pull request. */
export interface PullRequestInfo {
  number: number;
  state: string;
  headSha: string;
  /** owner/name of the repositories of its head and base branches. */
  headRepository: string | undefined;
  baseRepository: string | undefined;
}

interface PullJson {
  number: number;
  state: string;
  head: { sha: string; repo: { full_name: string } | null };
  base: { repo: { full_name: string } | null };
}
const pullRequestInfo = (pull: PullJson): PullRequestInfo => ({
  number: pull.number,
  state: pull.state,
  headSha: pull.head.sha,
  headRepository: pull.head.repo?.full_name,
  baseRepository: pull.base.repo?.full_name,
});

/** GET /repos/{owner}/{repo}/pulls/{n}. */
export async function pullRequestOf(octokit: Octokit, number: number): Promise<PullRequestInfo> {
  const { owner, repo } = github.context.repo;
  return pullRequestInfo((await octokit.rest.pulls.get({ owner, repo, pull_number: number })).data);
}

/** GET /repos/{owner}/{repo}/pulls?state=open&head={owner}:{branch}: a fork's pull requests, which workflow_run events do not name. */
export async function openPullRequestsFrom(octokit: Octokit, head: string): Promise<PullRequestInfo[]> {
  const { owner, repo } = github.context.repo;
  const { data } = await octokit.rest.pulls.list({ owner, repo, state: 'open', head, per_page: 100 });
  return data.map(pullRequestInfo);
}

/** The review calls of postReview, on this repository. */
export function reviewApi(octokit: Octokit): ReviewApi {
  const { owner, repo } = github.context.repo;
  const byBot = (user: { type?: string } | null) => user?.type === 'Bot';
  return {
    async files(pullNumber) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 });
      return files.map((file) => ({ filename: file.filename, patch: file.patch }));
    },
    async reviews(pullNumber) {
      const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner, repo, pull_number: pullNumber, per_page: 100 });
      return reviews.map((review): ExistingReview => ({ id: review.id, body: review.body ?? '', byBot: byBot(review.user) }));
    },
    async reviewComments(pullNumber) {
      const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, { owner, repo, pull_number: pullNumber, per_page: 100 });
      return comments.map((comment): ExistingComment => ({ id: comment.id, body: comment.body, byBot: byBot(comment.user) }));
    },
    async createReview(pullNumber, review) {
      const { data } = await octokit.rest.pulls.createReview({ owner, repo, pull_number: pullNumber, commit_id: review.commitId, body: review.body, event: 'COMMENT', comments: review.comments });
      return data.id;
    },
    async deleteReviewComment(id) {
      await octokit.rest.pulls.deleteReviewComment({ owner, repo, comment_id: id });
    },
    async updateReview(pullNumber, id, body) {
      await octokit.rest.pulls.updateReview({ owner, repo, pull_number: pullNumber, review_id: id, body });
    },
  };
}

export function runUrl(): string | undefined {
  const { serverUrl, runId } = github.context;
  const repository = process.env.GITHUB_REPOSITORY;
  return repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined;
}

export function messageOf(error: unknown): string {
  const status = (error as { status?: unknown }).status;
  const message = error instanceof Error ? error.message : String(error);
  return typeof status === 'number' ? `HTTP ${status}: ${message}` : message;
}

