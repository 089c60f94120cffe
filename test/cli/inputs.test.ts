import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, runCli } from '../helpers/cli.js';
import { cliPath } from '../helpers/paths.js';

const list = (rows: string) => `# Papers\n\n| Title | Venue |\n|---|---|\n${rows}`;
const goodRow = '| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | NeurIPS 2017 |\n';
const naRow = '| [Deep Residual Learning](https://arxiv.org/abs/1512.03385) | N/A |\n';

/** A folder with files at nested paths (folders made as needed). */
function tree(files: Record<string, string>): string {
  const dir = folderWith({});
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const pathsOf = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path);

/** The bundled CLI with `input` on standard input. */
function runWithInput(args: string[], input: string, cwd: string) {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, env, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('globs, with .gitignore respected', () => {
  const files = {
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.gitignore': '# generated\ndrafts/\n*.draft.md\n!keep.draft.md\n',
    'README.md': list(goodRow),
    'docs/.gitignore': 'old.md\n',
    'docs/a.md': list(naRow),
    'docs/old.md': list(naRow),
    'docs/sub/b.md': list(goodRow),
    'docs/sub/old.md': list(goodRow),
    'drafts/c.md': list(naRow),
    'x.draft.md': list(naRow),
    'keep.draft.md': list(goodRow),
    'node_modules/pkg/README.md': list(naRow),
    '.github/pull_request_template.md': list(naRow),
  };

  it("expands a quoted glob, sorted, leaving out what .gitignore files ignore, node_modules and dot folders", () => {
    const dir = tree(files);
    const run = runCli(['**/*.md', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(pathsOf(run.stdout)).toEqual(['README.md', 'docs/a.md', 'docs/sub/b.md', 'keep.draft.md']);
    expect(run.code).toBe(1);
  });

  it('reads the .gitignore files above the working directory up to the repository root', () => {
    const dir = tree(files);
    const run = runCli(['**/*.md', '../*.md', '--format', 'json'], { cwd: join(dir, 'docs') });
    expect(pathsOf(run.stdout)).toEqual(['a.md', 'sub/b.md', '../README.md', '../keep.draft.md']);
  });

  it('lints a file named as it is even when .gitignore ignores it, and each file once', () => {
    const dir = tree(files);
    const run = runCli(['drafts/c.md', 'docs/*.md', 'docs/a.md', '--format', 'json'], { cwd: dir });
    expect(pathsOf(run.stdout)).toEqual(['drafts/c.md', 'docs/a.md']);
  });

  it('a glob that matches nothing is an input error for that argument; the rest is linted', () => {
    const dir = tree(files);
    const run = runCli(['drafts/*.md', 'nothing/**/*.md', 'README.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('lint-list: no file matches drafts/*.md (.gitignore ignores the one that does)\nlint-list: no file matches nothing/**/*.md\n');
    expect(run.stdout).toBe('✔ no problems in 1 file\n');
  });

  it('a file whose name has glob characters is read as named', () => {
    const dir = tree({ 'paper (draft) [v2].md': list(naRow) });
    const run = runCli(['paper (draft) [v2].md', '--format', 'json'], { cwd: dir });
    expect(pathsOf(run.stdout)).toEqual(['paper (draft) [v2].md']);
  });
});

describe('standard input', () => {
  it('"-" reads the list from standard input, reported as <stdin> or as --stdin-filename names it', () => {
    const dir = folderWith({});
    const plain = runWithInput(['-', '--format', 'json'], list(naRow), dir);
    expect(plain.code).toBe(1);
    expect(pathsOf(plain.stdout)).toEqual(['<stdin>']);
    const named = runWithInput(['-', '--stdin-filename', 'docs/README.md'], list(naRow), dir);
    expect(named.stdout.split('\n')[0]).toBe('docs/README.md');
    expect(named.stdout).toContain("5:64  error    Venue is 'N/A'");
  });

  it('stdin beside files, and --fix-dry-run shows its repairs as a diff', () => {
    const dir = folderWith({ 'a.md': list(goodRow) });
    const both = runWithInput(['a.md', '-', '--format', 'json'], list(goodRow), dir);
    expect(pathsOf(both.stdout)).toEqual(['a.md', '<stdin>']);
    const diff = runWithInput(['-', '--stdin-filename', 'list.md', '--fix-dry-run'], list('| [A] (https://arxiv.org/abs/2101.00001) | ICML 2021 |\n'), dir);
    expect(diff.stdout).toContain('--- a/list.md\n+++ b/list.md\n');
    expect(diff.stdout).toContain('+| [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |');
  });

  it('refuses what cannot work, in one line: --fix on stdin, --stdin-filename without "-", binary input', () => {
    const dir = folderWith({ 'a.md': list(goodRow) });
    expect(runWithInput(['-', '--fix'], list(goodRow), dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lint-list: --fix cannot write standard input back: use --fix-dry-run to see the repairs as a diff\n',
    });
    expect(runWithInput(['a.md', '--stdin-filename', 'x.md'], '', dir).stderr).toBe('lint-list: --stdin-filename only applies when "-" (standard input) is among the files\n');
    expect(runWithInput(['-'], 'a\u0000b', dir)).toEqual({ code: 2, stdout: '', stderr: 'lint-list: <stdin> looks binary (a NUL byte at offset 1); lint-list reads markdown text\n' });
  });
});

describe('a file that cannot be read among several', () => {
  it('is named on stderr, the others are linted and reported, and the run exits 2 at the end (as ESLint)', () => {
    const dir = folderWith({ 'a.md': list(naRow), 'c.md': list(goodRow), 'bin.md': Buffer.from([0x23, 0, 1]) });
    const run = runCli(['a.md', 'missing.md', 'c.md', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('lint-list: cannot read missing.md: no such file\n');
    expect(pathsOf(run.stdout)).toEqual(['a.md', 'c.md']);
    expect(JSON.parse(run.stdout).summary).toEqual({ errors: 1, warnings: 0 });
    // --exit-zero does not hide it, and every unreadable file is named, in order.
    const stylish = runCli(['--exit-zero', 'a.md', 'missing.md', 'bin.md', 'c.md'], { cwd: dir });
    expect(stylish.code).toBe(2);
    expect(stylish.stderr).toBe('lint-list: cannot read missing.md: no such file\nlint-list: bin.md looks binary (a NUL byte at offset 1); lint-list reads markdown text\n');
    expect(stylish.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('with --fix, nothing is written then: the readable files are reported as they are', () => {
    const broken = list('| [A] (https://arxiv.org/abs/2101.00001) | ICML 2021 |\n');
    const dir = folderWith({ 'a.md': broken });
    const run = runCli(['--fix', 'a.md', 'missing.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('lint-list: cannot read missing.md: no such file\nlint-list: --fix wrote nothing, since not every file could be read\n');
    expect(run.stdout).toContain('link-syntax');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(broken);
  });
});
