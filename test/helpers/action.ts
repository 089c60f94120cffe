import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from './paths.js';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The run's RUNNER_TEMP (where the report and the findings file are written by default). */
  runnerTemp: string;
}

export interface ActionSetup {
  workspace: string;
  eventName: string;
  event: unknown;
  inputs: Record<string, string>;
  apiUrl: string;
  node?: string;
  runId?: string;
  /** Files to put in RUNNER_TEMP before the run (a downloaded artifact), by path relative to it. */
  runnerFiles?: Record<string, string>;
  /** Extra environment, e.g. NODE_OPTIONS for a preload that records what the run reads. */
  env?: Record<string, string>;
}

/**
 * Runs the bundled Action (dist/index.js) as GitHub's runner would: inputs as INPUT_* variables, the
 * event payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, the API at GITHUB_API_URL.
 */
export function runAction(setup: ActionSetup): Promise<ActionRun> {
  const runner = mkdtempSync(join(tmpdir(), 'lint-list-runner-'));
  const eventPath = join(runner, 'event.json');
  const outputPath = join(runner, 'output');
  const summaryPath = join(runner, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(setup.event));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  for (const [name, text] of Object.entries(setup.runnerFiles ?? {})) {
    mkdirSync(dirname(join(runner, name)), { recursive: true });
    writeFileSync(join(runner, name), text);
  }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: setup.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'unireps/resources',
    GITHUB_API_URL: setup.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: setup.runId ?? '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKSPACE: setup.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runner,
  };
  for (const [name, value] of Object.entries(setup.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, setup.env);
  return new Promise((resolve, reject) => {
    const child = spawn(setup.node ?? process.execPath, [join(repoRoot, 'dist/index.js')], { cwd: setup.workspace, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8'), runnerTemp: runner });
    });
  });
}

/** GITHUB_OUTPUT holds `name<<delimiter`, the value's lines, then the delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const header = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!header) continue;
    const [, name, delimiter] = header as unknown as [string, string, string];
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] as string);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

/** A file of a test repository: its text, a symbolic link to `symlink`, or null to delete it. */
export type RepoFile = string | { symlink: string } | null;

function writeRepoFiles(dir: string, files: Record<string, RepoFile>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    rmSync(path, { force: true });
    if (content === null) continue;
    mkdirSync(dirname(path), { recursive: true });
    if (typeof content === 'string') writeFileSync(path, content);
    else symlinkSync(content.symlink, path);
  }
}

function gitIn(dir: string) {
  return (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
  };
}

/** A git repository with a base commit and a head commit on a branch; returns both SHAs. */
export function gitRepository(base: Record<string, RepoFile>, head: Record<string, RepoFile>): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lint-list-repo-'));
  const git = gitIn(dir);
  git('init', '-q', '-b', 'main');
  writeRepoFiles(dir, base);
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'contribution');
  writeRepoFiles(dir, head);
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'head');
  return { dir, base: baseSha, head: git('rev-parse', 'HEAD') };
}

/** Another commit on the checked-out branch of a test repository (a second push); returns its SHA. */
export function pushCommit(dir: string, files: Record<string, RepoFile>): string {
  const git = gitIn(dir);
  writeRepoFiles(dir, files);
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'push');
  return git('rev-parse', 'HEAD');
}

/**
 * The `patch` GitHub's pull request files API gives for `path`: the diff from `base` to `head` with
 * three lines of context, hunks only (no file headers).
 */
export function patchOf(dir: string, base: string, head: string, path: string): string {
  const diff = gitIn(dir)('-c', 'core.quotePath=false', 'diff', '--no-color', '--no-ext-diff', base, head, '--', path);
  return diff.slice(diff.indexOf('@@'));
}

/** A shallow clone (depth 1) of `origin` at its checked-out branch: the base commit is not in it. */
export function shallowClone(origin: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-list-shallow-'));
  const result = spawnSync('git', ['clone', '-q', '--depth', '1', '--branch', 'contribution', `file://${origin}`, dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git clone: ${result.stderr}`);
  return dir;
}
