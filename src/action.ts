import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import { promisify } from 'node:util';
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { type ChangedLines, changedLinesFromGitDiff, changedLinesFromPatch, touchesChange } from './action/changed-lines.js';
import { type ActionInputs, InputError as ActionInputError, readInputs } from './action/inputs.js';
import { type IssueApi, syncTrackingIssue } from './action/tracking-issue.js';
import { ConfigError } from './config/config.js';
import { readCacheFile, writeCacheFile } from './links/cache-file.js';
import { defaultCacheMaxAgeMs, type LinkCache } from './links/cache.js';
import { checkModelLinks } from './links/run.js';
import type { LinkResult } from './links/types.js';
import { countSeverities, type FileResult, lintModel, modelOf } from './lint.js';
import { loadMarkdownParser } from './parse/parser.js';
import { InputError, loadConfig, readList } from './read-input.js';
import { planAnnotations } from './report/annotations.js';
import { formatSarif } from './report/sarif.js';
import { formatStylish } from './report/stylish.js';
import { formatSummary, formatSweepReport } from './report/summary.js';
import { deadLinkFindings } from './rules/dead-link.js';
import { allRules } from './rules/index.js';

type Octokit = ReturnType<typeof github.getOctokit>;

const run = promisify(execFile);

/**
 * The GitHub Action: a thin edge over the same core as the CLI. In a pull request it reports only
 * what the pull request changed; on a schedule it sweeps every link and keeps one tracking issue.
 */
async function main(): Promise<void> {
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const inputs = readInputs((name) => core.getInput(name), github.context.eventName);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const octokit = inputs.token ? github.getOctokit(inputs.token) : undefined;

  const config = await loadConfig(inputs.config, workspace);
  const paths = inputs.files.map((file) => posix.normalize(file.replaceAll('\\', '/')));
  const texts = await Promise.all(paths.map((path) => readList(resolve(workspace, path), path)));
  // The Action loads remark up front: its start-up memory matters less than the CLI's, and sweeps
  // with links.scope "all" need the whole tree anyway.
  await loadMarkdownParser();
  const models = paths.map((path, i) => modelOf(path, texts[i] as string, config));

  const changed = inputs.mode === 'pr' ? await changedLinesOfPullRequest(paths, workspace, octokit) : undefined;
  const onChangedLine = (path: string, line: number, endLine = line) => touchesChange(changed?.get(path), line, endLine);

  let links: LinkResult[] | undefined;
  if (inputs.links !== 'none') {
    links = await checkLinksWithCache(inputs, workspace, async (linkCache) =>
      checkModelLinks(models, config, {
        flags: {},
        ...(linkCache && { cache: linkCache }),
        ...(inputs.links === 'changed' && changed && { select: (o) => onChangedLine(o.path, o.line) }),
      }),
    );
  }

  let results: FileResult[] = models.map((model) => lintModel(model, config, links ? deadLinkFindings(links, model, config.links.scope) : []));
  const scoped = inputs.onlyChanged && changed !== undefined;
  if (scoped) {
    results = results.map((file) => ({ ...file, messages: file.messages.filter((m) => onChangedLine(file.path, m.line, m.endLine)) }));
  }

  // Every finding reaches the log; annotations show the most important ones on the diff.
  core.info(formatStylish(results, { color: false, ...(links && { links }) }).trimEnd());
  for (const annotation of planAnnotations(results)) core[annotation.level](annotation.message, annotation.properties);

  const note = scoped ? 'Only lines this pull request adds or changes are reported.' : undefined;
  const summary = formatSummary({ files: results, ...(links && { links }), ...(note && { note }) });
  try {
    await core.summary.addRaw(summary).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${messageOf(error)}`);
  }

  const deadLinks = (links ?? []).filter((link) => link.verdict === 'dead');
  const reportPath = join(process.env.RUNNER_TEMP ?? workspace, 'lint-list-report.md');
  const report = inputs.mode === 'sweep' && links ? formatSweepReport(links, { ...(runUrl() && { runUrl: runUrl() as string }) }) : summary;
  await writeFile(reportPath, report);

  if (inputs.mode === 'sweep' && links) {
    const issueNumber = await keepTrackingIssue(octokit, inputs, deadLinks.length, report);
    if (issueNumber !== undefined) core.setOutput('issue-number', issueNumber);
  }
  if (inputs.sarifFile) {
    const sarifPath = resolve(workspace, inputs.sarifFile);
    await mkdir(resolve(sarifPath, '..'), { recursive: true });
    await writeFile(sarifPath, formatSarif(results, allRules));
  }

  const { errors, warnings } = countSeverities(results);
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('dead-links', deadLinks.length);
  core.setOutput('report', reportPath);
  if (inputs.failOn === 'error' && errors > 0) core.setFailed(`lint-list found ${plural(errors, 'error')}.`);
  else if (inputs.failOn === 'warning' && errors + warnings > 0) {
    core.setFailed(`lint-list found ${plural(errors, 'error')} and ${plural(warnings, 'warning')}.`);
  }
}

/**
 * The lines each file gains in the pull request: from `git diff` between the base commit and the
 * checkout (fetching the base when the clone is shallow), else from the pull request files API.
 * Undefined when neither can tell: then every finding is reported, with a warning saying why.
 */
async function changedLinesOfPullRequest(paths: string[], workspace: string, octokit: Octokit | undefined): Promise<ChangedLines | undefined> {
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

/** With `cache: true`, restores the link cache before the check and saves it after (@actions/cache). */
async function checkLinksWithCache(
  inputs: ActionInputs,
  workspace: string,
  check: (linkCache: LinkCache | undefined) => Promise<LinkResult[]>,
): Promise<LinkResult[]> {
  if (!inputs.cache) return check(undefined);
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
  let linkCache: LinkCache;
  try {
    linkCache = await readCacheFile(cachePath, 'the link cache', defaultCacheMaxAgeMs);
  } catch (error) {
    core.warning(`${messageOf(error)}; starting a new one.`);
    linkCache = (await import('./links/cache.js')).emptyCache();
  }
  const results = await check(linkCache);
  await writeCacheFile(cachePath, linkCache, Date.now());
  if (available) {
    try {
      await cache.saveCache([cachePath], key);
    } catch (error) {
      core.warning(`Could not save the link cache: ${messageOf(error)}`);
    }
  }
  return results;
}

/** Sweep: one issue with the label, created, updated or closed; API failures are warnings. */
async function keepTrackingIssue(octokit: Octokit | undefined, inputs: ActionInputs, deadLinks: number, body: string): Promise<number | undefined> {
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

function runUrl(): string | undefined {
  const { serverUrl, runId } = github.context;
  const repository = process.env.GITHUB_REPOSITORY;
  return repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function messageOf(error: unknown): string {
  const status = (error as { status?: unknown }).status;
  const message = error instanceof Error ? error.message : String(error);
  return typeof status === 'number' ? `HTTP ${status}: ${message}` : message;
}

try {
  await main();
} catch (error) {
  // A mistake in the inputs, the config or a list: one line, no stack trace.
  if (error instanceof ActionInputError || error instanceof ConfigError || error instanceof InputError) core.setFailed(error.message);
  else core.setFailed(`lint-list: internal error: ${messageOf(error)}`);
}
