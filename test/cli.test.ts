import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../src/meta.js';
import { ruleIds } from '../src/rules/index.js';
import { folderWith, runCli } from './helpers/cli.js';
import { repoRoot, unirepsReadme } from './helpers/paths.js';

const list = (rows: string) => `# Papers\n\n| Title | Venue |\n|---|---|\n${rows}`;
const goodRow = '| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | NeurIPS 2017 |\n';
const naRow = '| [Deep Residual Learning](https://arxiv.org/abs/1512.03385) | N/A |\n';
const unlinkedRow = '| Batch Normalization | ICML 2015 |\n';

describe('lint-list CLI', () => {
  it('lints README.md in the working directory when no file is named, and exits 0 when clean', () => {
    const dir = folderWith({ 'README.md': list(goodRow) });
    const run = runCli([], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: '✔ no problems in 1 file\n', stderr: '' });
  });

  it('prints stylish findings grouped by file with a summary, and exits 1 on errors', () => {
    const dir = folderWith({ 'list.md': list(goodRow + naRow + unlinkedRow) });
    const run = runCli(['list.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'list.md',
        "  6:64  error    Venue is 'N/A': write where the paper appeared, e.g. 'NeurIPS 2023' or 'arXiv [cs.LG]'.  missing-venue",
        "  7:3   warning  'Batch Normalization' has no link: make the title a link to the paper, e.g. [Title](https://arxiv.org/abs/…).  missing-link",
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked: FORCE_COLOR gives ANSI codes, a pipe gives none', () => {
    const dir = folderWith({ 'list.md': list(naRow) });
    expect(runCli(['list.md'], { cwd: dir }).stdout).not.toContain('\u001b[');
    expect(runCli(['list.md'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31merror  \u001b[0m');
    expect(runCli(['list.md', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('--format json prints exactly the documented report on stdout and nothing else', () => {
    const dir = folderWith({ 'list.md': list(goodRow + naRow + unlinkedRow) });
    const run = runCli(['--format', 'json', 'list.md'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      files: [
        {
          path: 'list.md',
          messages: [
            {
              ruleId: 'missing-venue', severity: 'error', line: 6, column: 64, endLine: 6, endColumn: 67,
              message: "Venue is 'N/A': write where the paper appeared, e.g. 'NeurIPS 2023' or 'arXiv [cs.LG]'.",
              fixable: false,
            },
            {
              ruleId: 'missing-link', severity: 'warning', line: 7, column: 3, endLine: 7, endColumn: 22,
              message: "'Batch Normalization' has no link: make the title a link to the paper, e.g. [Title](https://arxiv.org/abs/…).",
              fixable: false,
            },
          ],
        },
      ],
      summary: { errors: 1, warnings: 1 },
    });
  });

  it('--quiet reports errors only', () => {
    const dir = folderWith({ 'list.md': list(naRow + unlinkedRow) });
    const report = JSON.parse(runCli(['--quiet', '--format', 'json', 'list.md'], { cwd: dir }).stdout);
    expect(report.files[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['missing-venue']);
    expect(report.summary).toEqual({ errors: 1, warnings: 0 });
  });

  it('--max-warnings N fails only when warnings exceed N', () => {
    const dir = folderWith({ 'list.md': list(unlinkedRow) });
    expect(runCli(['list.md'], { cwd: dir }).code).toBe(0);
    expect(runCli(['--max-warnings', '1', 'list.md'], { cwd: dir }).code).toBe(0);
    const over = runCli(['--max-warnings', '0', 'list.md'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('lint-list: 1 warnings, more than --max-warnings 0\n');
  });

  it('--exit-zero reports but exits 0', () => {
    const dir = folderWith({ 'list.md': list(naRow) });
    const run = runCli(['--exit-zero', 'list.md'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('missing-venue');
  });

  it('lints several files and reports each under its own name', () => {
    const dir = folderWith({ 'a.md': list(naRow), 'b.md': list(goodRow) });
    const report = JSON.parse(runCli(['--format', 'json', 'a.md', 'b.md'], { cwd: dir }).stdout);
    expect(report.files.map((f: { path: string; messages: unknown[] }) => [f.path, f.messages.length])).toEqual([
      ['a.md', 1],
      ['b.md', 0],
    ]);
  });

  it('--help and --version', () => {
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: lint-list \[options\] \[files\.\.\.\]/);
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('keeps package.json and the bundled version in step', () => {
    expect(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version).toBe(version);
  });

  // 42 N/A venues; line 57's missing leading pipe is a warning since issue 12.
  it('on the UniReps list: 42 errors, exit 1', () => {
    const run = runCli(['--format', 'json', unirepsReadme]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).summary.errors).toBe(42);
  });
});

describe('bad input: one clear line on stderr, exit 2, nothing on stdout, no file written', () => {
  const cases: Array<[string, Record<string, string | Buffer>, string[], RegExp]> = [
    ['a missing file', {}, ['nope.md'], /^lint-list: cannot read nope\.md: no such file\n$/],
    ['a missing default README.md', {}, [], /^lint-list: cannot read README\.md: no such file\n$/],
    ['a directory', { 'x.md': 'x' }, ['.'], /^lint-list: \. is a directory; name the markdown file, e\.g\. \.\/README\.md\n$/],
    ['a binary file', { 'bin.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) }, ['bin.md'], /^lint-list: bin\.md looks binary \(a NUL byte at offset 4\); lint-list reads markdown text\n$/],
    ['non-UTF-8 text', { 'latin1.md': Buffer.from('# Caf\xe9\n\nline 3 \xff\n', 'latin1') }, ['latin1.md'], /^lint-list: latin1\.md is not valid UTF-8 \(first bad byte on line 1\); save it as UTF-8 and run again\n$/],
    ['an unknown option', { 'README.md': '' }, ['--frmat', 'json'], /^lint-list: Unknown option '--frmat': did you mean --format\? \(see lint-list --help\)\n$/],
    ['a bad --format', { 'README.md': '' }, ['--format', 'xml'], /^lint-list: --format must be "stylish", "json" or "sarif", not "xml"\n$/],
    ['a bad --max-warnings', { 'README.md': '' }, ['--max-warnings', 'many'], /^lint-list: --max-warnings takes a whole number, not "many"\n$/],
    ['a missing --config file', { 'README.md': '' }, ['--config', 'none.json'], /^lint-list: cannot read config none\.json: no such file\n$/],
    ['invalid JSON config', { 'README.md': '', '.lint-list.json': '{\n  "rules": {,}\n}' }, [], /^lint-list: \.lint-list\.json:2:13: invalid JSON \(ValueExpected\)\n$/],
    ['an unknown rule in the config', { 'README.md': '', '.lint-list.json': '{"rules": {"missing-venu": "off"}}' }, [], new RegExp(`^lint-list: \\.lint-list\\.json:1:12: unknown rule "missing-venu"; rules are ${ruleIds.join(', ')}\n$`)],
  ];

  it.each(cases)('%s', (_name, files, args, stderr) => {
    const dir = folderWith(files);
    const before = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
    const run = runCli(args, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(stderr);
    const after = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
    expect(after).toEqual(before);
  });
});
