import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionSetup {
  workspace: string;
  eventName: string;
  event: unknown;
  inputs: Record<string, string>;
  apiUrl: string;
  node?: string;
  runId?: string;
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
      resolve({ code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') });
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

/** A git repository with a base commit and a head commit on a branch; returns both SHAs. */
export function gitRepository(base: Record<string, string>, head: Record<string, string>): { dir: string; base: string; head: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lint-list-repo-'));
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout.trim();
  };
  git('init', '-q', '-b', 'main');
  for (const [name, text] of Object.entries(base)) writeFileSync(join(dir, name), text);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const baseSha = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'contribution');
  for (const [name, text] of Object.entries(head)) writeFileSync(join(dir, name), text);
  git('add', '-A');
  git('commit', '-q', '-m', 'head');
  return { dir, base: baseSha, head: git('rev-parse', 'HEAD') };
}

/** A shallow clone (depth 1) of `origin` at its checked-out branch: the base commit is not in it. */
export function shallowClone(origin: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-list-shallow-'));
  const result = spawnSync('git', ['clone', '-q', '--depth', '1', '--branch', 'contribution', `file://${origin}`, dir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git clone: ${result.stderr}`);
  return dir;
}
