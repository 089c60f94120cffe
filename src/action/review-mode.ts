import { lstat, open } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import type { Config } from '../config/config.js';
import type { FileOutcome } from '../engine/index.js';
import { buildFindingsFile, type FindingsFile, findingsLimits, parseFindingsFile, serializeFindingsFile } from './findings-file.js';
import { messageOf, type Octokit, openPullRequestsFrom, type PullRequestInfo, pullRequestOf, reviewApi } from './github.js';
import type { ActionInputs } from './inputs.js';
import { postReview } from './review.js';
import { writeInside } from './workspace.js';

/**
 * Review mode, for `workflow_run` events: the run that follows a pull request's lint run, with a
 * token that may write. It never checks out, runs or reads the pull request's code: it reads the
 * findings file that run uploaded (downloaded by the workflow) as untrusted data, takes the pull
 * request from the event, checks the file against it and against the diff GitHub serves, and posts
 * one review. Whatever goes wrong is a warning: the run never fails for it. Also here: pr mode's
 * side of it, the findings file (and `review: true` for same-repository pull requests).
 */

export const defaultFindingsPath = () => join(process.env.RUNNER_TEMP ?? process.cwd(), 'lint-list-findings.json');

export async function reviewMode(artifact: string | undefined, workspace: string, octokit: Octokit | undefined): Promise<void> {
  const nothing = (why: string) => core.warning(`${why}: no review posted.`);
  const run = github.context.payload.workflow_run as WorkflowRun | undefined;
  if (!run || typeof run.head_sha !== 'string' || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(run.head_sha)) {
    return nothing('Review mode reads a workflow_run event, and this event has none with a head commit');
  }
  if (run.event !== 'pull_request') return nothing(`The workflow run was triggered by '${String(run.event).slice(0, 40)}', not by a pull request`);
  if (!octokit) return nothing('No token');

  const path = artifact === undefined ? defaultFindingsPath() : resolve(workspace, artifact);
  const read = await readCapped(path).catch((error: unknown) => ({ error: `cannot be read (${messageOf(error).split('\n')[0]})` }));
  if ('error' in read) return nothing(`The findings file ${artifact ?? path} ${read.error}`);
  const parsed = parseFindingsFile(read.text);
  if ('error' in parsed) return nothing(`The findings file is not a valid lint-list findings file: ${parsed.error}`);
  const { file } = parsed;
  const headSha = run.head_sha;

  await withApiWarnings(async () => {
    const pullRequest = await pullRequestOfRun(octokit, run, file);
    if (typeof pullRequest === 'string') return nothing(pullRequest);
    await post(octokit, { number: pullRequest.number, headSha }, file);
  });
}

async function post(octokit: Octokit, pullRequest: { number: number; headSha: string }, file: FindingsFile): Promise<void> {
  const outcome = await postReview(reviewApi(octokit), pullRequest, file.findings, { info: core.info, warning: core.warning });
  if (outcome.reviewId !== undefined) core.setOutput('review-id', outcome.reviewId);
  core.setOutput('suggestions', outcome.suggestions);
}

/** Errors of the API (a missing permission, a rate limit) are a warning: the run never fails for them. */
async function withApiWarnings(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    core.warning(`GitHub API: could not post the review (${messageOf(error)}). Does the workflow grant 'pull-requests: write'?`);
  }
}

interface WorkflowRun {
  event?: unknown;
  head_sha?: unknown;
  head_branch?: unknown;
  head_repository?: { full_name?: unknown; owner?: { login?: unknown } };
  pull_requests?: Array<{ number?: unknown; head?: { sha?: unknown } }>;
}

/**
 * The pull request the run was for, from the event (never from the file alone): named in the event
 * for a same-repository branch; for a fork, whose runs the event does not link, the open pull
 * request from the run's head repository and branch whose head is the run's commit. The file must
 * name that pull request and that commit, and the pull request must still be open at that commit.
 * A string says why there is none.
 */
async function pullRequestOfRun(octokit: Octokit, run: WorkflowRun, file: FindingsFile): Promise<PullRequestInfo | string> {
  const { owner, repo } = github.context.repo;
  const headSha = run.head_sha as string;
  let numbers = (run.pull_requests ?? []).filter((pr) => pr.head?.sha === headSha).map((pr) => pr.number);
  if (numbers.length === 0) {
    const headOwner = run.head_repository?.owner?.login;
    const headRepository = run.head_repository?.full_name;
    if (typeof headOwner !== 'string' || typeof run.head_branch !== 'string' || typeof headRepository !== 'string') {
      return 'The workflow_run event names no pull request and no head repository and branch';
    }
    const open = await openPullRequestsFrom(octokit, `${headOwner}:${run.head_branch}`);
    numbers = open.filter((pr) => pr.headSha === headSha && pr.headRepository === headRepository).map((pr) => pr.number);
  }
  if (numbers.length === 0) return `No open pull request has the run's commit ${headSha.slice(0, 7)} as its head`;
  if (!numbers.includes(file.pullRequest.number)) {
    return `The findings file names pull request #${file.pullRequest.number}, but the run was for #${numbers.join(', #')}`;
  }
  if (file.pullRequest.headSha !== headSha) {
    return `The findings file is for commit ${file.pullRequest.headSha.slice(0, 7)}, but the run was for ${headSha.slice(0, 7)}, the head of #${file.pullRequest.number}`;
  }
  const pullRequest = await pullRequestOf(octokit, file.pullRequest.number);
  if (pullRequest.baseRepository !== `${owner}/${repo}`) return `Pull request #${pullRequest.number} is not one of ${owner}/${repo}`;
  if (pullRequest.state !== 'open') return `Pull request #${pullRequest.number} is ${pullRequest.state}`;
  if (pullRequest.headSha !== headSha) {
    core.info(`Pull request #${pullRequest.number} has moved on to ${pullRequest.headSha.slice(0, 7)}: the run of that commit reviews it.`);
    return `The findings are for ${headSha.slice(0, 7)}, no longer the head of #${pullRequest.number}`;
  }
  return pullRequest;
}

/** The file's text, read only when it is a regular file within the size limit (read with that cap too). */
async function readCapped(path: string): Promise<{ text: string } | { error: string }> {
  const info = await lstat(path).catch(() => undefined);
  if (!info) return { error: 'does not exist (did the lint run upload it, and this run download it?)' };
  if (!info.isFile()) return { error: 'is not a regular file' };
  if (info.size > findingsLimits.bytes) {
    return { error: `is ${(info.size / 1024 / 1024).toFixed(1)} MB; review mode reads at most ${findingsLimits.bytes / 1024 / 1024} MB` };
  }
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(findingsLimits.bytes + 1);
    let bytesRead = 0;
    for (;;) {
      const { bytesRead: got } = await handle.read(buffer, bytesRead, buffer.length - bytesRead, bytesRead);
      if (got === 0) break;
      bytesRead += got;
      if (bytesRead === buffer.length) break;
    }
    if (bytesRead > findingsLimits.bytes) return { error: `is larger than ${findingsLimits.bytes / 1024 / 1024} MB` };
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead)) };
    } catch {
      return { error: 'is not UTF-8 text' };
    }
  } finally {
    await handle.close();
  }
}

/**
 * Pr mode's findings file: what the run reports, with the lines' repairs, for the review workflow
 * to upload and post (paths relative to the workspace, as the pull request's diff names them); with
 * `review: true` the run posts the review itself.
 */
export async function pullRequestFindings(results: FileOutcome[], config: Config, inputs: ActionInputs, workspace: string, octokit: Octokit | undefined): Promise<void> {
  const pullRequest = github.context.payload.pull_request;
  if (!pullRequest?.number || typeof pullRequest.head?.sha !== 'string') return;
  const inRepository = (path: string) => relative(workspace, resolve(workspace, path)).split(sep).join('/');
  const files = results.map((file) => ({ ...file, path: inRepository(file.path) }));
  const findings = await buildFindingsFile({ number: pullRequest.number, headSha: pullRequest.head.sha }, files, config);
  const folders = [workspace, process.env.RUNNER_TEMP ?? workspace];
  core.setOutput('artifact', await writeInside(folders, inputs.artifact ?? defaultFindingsPath(), serializeFindingsFile(findings), 'artifact'));
  if (inputs.review) await reviewFromPullRequest(findings, octokit);
}

/**
 * `review: true` in pr mode: a same-repository pull request's token can write, so the run posts the
 * review itself, through the same checks. A fork's cannot: that needs the workflow_run workflow.
 */
async function reviewFromPullRequest(file: FindingsFile, octokit: Octokit | undefined): Promise<void> {
  const { owner, repo } = github.context.repo;
  const head = github.context.payload.pull_request?.head?.repo?.full_name as string | undefined;
  if (head !== `${owner}/${repo}`) {
    core.warning(`review: true posts a review only on pull requests from a branch of ${owner}/${repo}; this one comes from ${head ?? 'elsewhere'}, whose token cannot write: use the review workflow (workflow_run) for forks.`);
    return;
  }
  if (!octokit) return void core.warning('No token: no review posted.');
  await withApiWarnings(() => post(octokit, file.pullRequest, file));
}
