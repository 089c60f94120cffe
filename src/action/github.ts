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
import { type IssueApi, syncTrackingIssue } from './tracking-issue.js';

/** The Action edge's calls to git, the GitHub API and the Actions cache; failures become warnings. */

export type Octokit = ReturnType<typeof github.getOctokit>;

const run = promisify(execFile);

/**
 * The lines each file gains in the pull request: from `git diff` between the base commit and the
 * checkout (fetching the base when the clone is shallow), else from the pull request files API.
 * Undefined when neither can tell: then every finding is reported, with a warning saying why.
 */
export async function changedLinesOfPullRequest(paths: string[], workspace: string, octokit: Octokit | undefined): Promise<ChangedLines | undefined> {
  const pullRequest = github.context.payload.pull_request;
  const base = pullRequest?.base?.sha as string | undefined;
  if (!pullRequest || !base) {
    core.warning('No pull request in the event payload: reporting findings on every line.');
    return undefined;
  }
  const git = (...args: string[]) => run('git', args, { cwd: workspace, maxBuffer: 64 * 1024 * 1024 });
  try {
    try {
      await git('cat-file', '-e', `${base}^{commit}`);
    } catch {
      core.info(`Fetching the base commit ${base.slice(0, 7)} (shallow checkout).`);
      await git('fetch', '--no-tags', '--quiet', '--depth=1', 'origin', base);
    }
    const { stdout } = await git('diff', '--unified=0', '--no-color', '--no-ext-diff', base, 'HEAD', '--', ...paths);
    const changed = changedLinesFromGitDiff(stdout);
    for (const path of paths) if (!changed.has(path)) changed.set(path, new Set());
    return changed;
  } catch (error) {
    core.info(`git could not diff against the base (${messageOf(error).split('\n')[0]}); asking the GitHub API.`);
  }
  if (!octokit) {
    core.warning('Could not learn the changed lines (no git history, no token): reporting findings on every line.');
    return undefined;
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
    return changed;
  } catch (error) {
    core.warning(`GitHub API could not list the pull request's files (${messageOf(error)}): reporting findings on every line.`);
    return undefined;
  }
}

/**
 * With `cache: true`, restores the link cache before `check` and saves it after (@actions/cache),
 * through the same cache file code as the CLI's `--cache`.
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

/** Sweep: one issue with the label, created, updated or closed; API failures are warnings. */
export async function keepTrackingIssue(octokit: Octokit | undefined, inputs: ActionInputs, deadLinks: number, body: string): Promise<number | undefined> {
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
    const outcome = await syncTrackingIssue(api, {
      deadLinks,
      title: inputs.issueTitle,
      body,
      label: inputs.issueLabel,
      closingComment: `No dead links are left: closing. ${runUrl() ? `([sweep run](${runUrl()}))` : ''}`.trim(),
    });
    if (outcome.action !== 'none') core.info(`Tracking issue #${outcome.issueNumber} ${outcome.action}.`);
    return outcome.issueNumber;
  } catch (error) {
    core.warning(`GitHub API: could not update the tracking issue (${messageOf(error)}). Does the workflow grant 'issues: write'?`);
    return undefined;
  }
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

