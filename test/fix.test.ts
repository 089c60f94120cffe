import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText } from '../src/engine/fix.js';
import { defaultConfig } from '../src/config/config.js';
import { lintText } from '../src/engine/lint.js';
import { folderWith, runCli } from './helpers/cli.js';
import { historyFile, unirepsDir, unirepsReadme } from './helpers/paths.js';

const config = defaultConfig();
const fix = async (text: string) => (await fixText('README.md', text, config)).text;
const table = (...rows: string[]) => ['| Title | Venue |', '|---|---|', ...rows, ''].join('\n');
/**
 * A table whose other rows have both outer pipes: there a missing pipe breaks the table's own habit
 * and is repaired (issue 12: where a table goes without them, a missing pipe is nothing to repair).
 */
const pipeTable = (...rows: string[]) =>
  table(...rows, '| [Habit One](https://arxiv.org/abs/2001.00001) | ICML 2020 |', '| [Habit Two](https://arxiv.org/abs/2001.00002) | ICML 2020 |', '| [Habit Three](https://arxiv.org/abs/2001.00003) | ICML 2020 |');

describe('each repair, before and after', () => {
  const cases: Array<[string, string, string]> = [
    ['a missing leading pipe', ' [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |', '| [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |'],
    ['a missing trailing pipe', '| [A](https://arxiv.org/abs/2101.00001) | ICML 2021', '| [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |'],
    ['a look-alike pipe', '| [A](https://arxiv.org/abs/2101.00001) ｜ ICML 2021 |', '| [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |'],
    ['[Title] (url)', '| [A Paper] (https://arxiv.org/abs/2101.00001) | ICML 2021 |', '| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 |'],
    ['[Title(url)]', '| [A Paper(https://arxiv.org/abs/2101.00001)] | ICML 2021 |', '| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 |'],
    ['a backslash before the scheme', '| A Paper \\https://arxiv.org/abs/2101.00001 | ICML 2021 |', '| A Paper https://arxiv.org/abs/2101.00001 | ICML 2021 |'],
    ['a stray [ before the URL', '| [A Paper]([https://arxiv.org/abs/2101.00001) | ICML 2021 |', '| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 |'],
    ['a scheme without its colon', '| [A Paper](https//arxiv.org/abs/2101.00001) | ICML 2021 |', '| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 |'],
    ['inner spaces of an arXiv category', '| [A Paper](https://arxiv.org/abs/2101.00001) | arXiv [cs. LG] |', '| [A Paper](https://arxiv.org/abs/2101.00001) | arXiv [cs.LG] |'],
  ];
  it.each(cases)('%s', async (_name, before, after) => {
    const fixed = await fix(pipeTable(before));
    expect(fixed).toBe(pipeTable(after));
    expect(lintText('README.md', fixed).messages.filter((m) => m.fix)).toEqual([]);
  });

  it('the majority spelling of a venue', async () => {
    const rows = (spelling: string) => [
      '| [A](https://arxiv.org/abs/2101.00001) | NeurIPS 2021 |',
      `| [B](https://arxiv.org/abs/2101.00002) | ${spelling} 2020 |`,
      '| [C](https://arxiv.org/abs/2101.00003) | NeurIPS 2019 |',
    ];
    expect(await fix(table(...rows('Neurips')))).toBe(table(...rows('NeurIPS')));
  });

  it('several repairs on one row, and on neighbouring rows, in one run', async () => {
    const before = pipeTable(' [A Paper] (https://arxiv.org/abs/2101.00001) ｜ arXiv [cs. LG]', '[B Paper(https://arxiv.org/abs/2101.00002)] | ICML 2021');
    const after = pipeTable('| [A Paper](https://arxiv.org/abs/2101.00001) | arXiv [cs.LG] |', '| [B Paper](https://arxiv.org/abs/2101.00002) | ICML 2021 |');
    expect(await fix(before)).toBe(after);
  });

  it('invents nothing: no venue is guessed, no duplicate deleted, no torn link guessed', async () => {
    const text = table(
      '| [A](https://arxiv.org/abs/2101.00001) | N/A |',
      '| [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |',
      '|[Using distance | Neuroimage](https://doi.org/10.1016/j.neuroimage.2021.118271) |',
      '| [ZipIt](https://arxiv.org/abs/2305.03053) | ICLR 2024 | Spotlight |',
    );
    expect(await fix(text)).toBe(text);
  });

  it('keeps a BOM, CRLF line endings and a missing final newline', async () => {
    const before = `\uFEFF${pipeTable(' [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |').replaceAll('\n', '\r\n').replace(/\r\n$/, '')}`;
    const after = `\uFEFF${pipeTable('| [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |').replaceAll('\n', '\r\n').replace(/\r\n$/, '')}`;
    expect(await fix(before)).toBe(after);
  });
});

describe('all 24 versions of the UniReps list, as they are and with CRLF', () => {
  const versions = readdirSync(`${unirepsDir}history`).filter((name) => name.endsWith('.md'));
  const variants = versions.flatMap((name) => [
    [name, 'LF'],
    [name, 'CRLF'],
  ]);

  it.each(variants)('%s (%s): a fixed point in one run, only lines with findings changed, nothing fixable left', async (name, endings) => {
    const raw = readFileSync(`${unirepsDir}history/${name}`, 'utf8');
    const original = endings === 'CRLF' ? raw.replaceAll('\n', '\r\n') : raw;
    const fixed = (await fixText(name, original, config)).text;
    expect((await fixText(name, fixed, config)).text).toBe(fixed);

    const before = original.split('\n');
    const after = fixed.split('\n');
    expect(after).toHaveLength(before.length);
    const fixableLines = new Set(lintText(name, original).messages.filter((m) => m.fix).map((m) => m.line));
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i + 1]));
    for (const line of changed) expect(fixableLines.has(line)).toBe(true);
    // Line endings untouched: as many CRLF as before, and no bare LF where there was none.
    expect(fixed.split('\r\n')).toHaveLength(original.split('\r\n').length);
    expect(fixed.replaceAll('\r\n', '').includes('\n')).toBe(original.replaceAll('\r\n', '').includes('\n'));
    expect(lintText(name, fixed).messages.filter((m) => m.fix)).toEqual([]);
  });
});

describe('issue 5 must-show', () => {
  const changedLines = (a: string, b: string) => {
    const left = a.split('\n');
    const right = b.split('\n');
    expect(right).toHaveLength(left.length);
    return left.flatMap((line, i) => (line === right[i] ? [] : [{ line: i + 1, before: line, after: right[i] as string }]));
  };

  // Since issue 12 line 57's missing leading pipe is a style warning (it renders the same), so
  // --quiet, which repairs errors only, leaves the list as it is; plain --fix repairs line 57 below.
  it('UniReps README: with --quiet (errors only) nothing changes: no error there can be repaired', () => {
    const original = readFileSync(unirepsReadme, 'utf8');
    const dir = folderWith({ 'README.md': original });
    const run = runCli(['--fix', '--quiet'], { cwd: dir });
    expect(run.code).toBe(1); // the 42 N/A venues are left: they need a person
    const fixed = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(changedLines(original, fixed)).toEqual([]);
  });

  it('UniReps README: without --quiet the spaced arXiv categories (warnings) are repaired too, and nothing else', () => {
    const original = readFileSync(unirepsReadme, 'utf8');
    const dir = folderWith({ 'README.md': original });
    runCli(['--fix'], { cwd: dir });
    const fixed = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(changedLines(original, fixed).map(({ line, after }) => [line, after.slice(after.lastIndexOf('|', after.length - 2))])).toEqual([
      [57, '| Mach. Learn. |'],
      [132, '| arXiv [cs.LG] |'],
      [143, '| arXiv [cs.LG] |'],
      [175, '| arXiv [cs.CL] |'],
    ]);
  });

  it('history c3cab38: line 66 becomes a working link; with --quiet nothing else changes', () => {
    const original = readFileSync(historyFile('c3cab38'), 'utf8');
    const dir = folderWith({ 'README.md': original });
    runCli(['--fix', '--quiet'], { cwd: dir });
    const fixed = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(changedLines(original, fixed)).toEqual([
      {
        line: 66,
        before: '| [Understanding image representations by measuring their equivariance and equivalence] (https://arxiv.org/abs/1411.5908) | N/A |',
        after: '| [Understanding image representations by measuring their equivariance and equivalence](https://arxiv.org/abs/1411.5908) | N/A |',
      },
    ]);
    const links = lintText('README.md', fixed).messages.filter((m) => m.line === 66 && m.ruleId === 'link-syntax');
    expect(links).toEqual([]);
  });
});

describe('lint-list --fix on disk', () => {
  it('writes only when something changed, reports what is left, and a second --fix changes nothing', () => {
    const dir = folderWith({
      'broken.md': pipeTable(' [A](https://arxiv.org/abs/2101.00001) | N/A |'),
      'clean.md': table('| [B](https://arxiv.org/abs/2101.00002) | ICML 2021 |'),
    });
    const cleanBefore = statSync(join(dir, 'clean.md'));
    const first = runCli(['--fix', '--format', 'json', 'broken.md', 'clean.md'], { cwd: dir });
    expect(first.code).toBe(1);
    expect(JSON.parse(first.stdout).files.map((f: { messages: Array<{ ruleId: string }> }) => f.messages.map((m) => m.ruleId))).toEqual([['missing-venue'], []]);
    expect(readFileSync(join(dir, 'broken.md'), 'utf8')).toBe(pipeTable('| [A](https://arxiv.org/abs/2101.00001) | N/A |'));
    const cleanAfter = statSync(join(dir, 'clean.md'));
    expect([cleanAfter.ino, cleanAfter.mtimeMs]).toEqual([cleanBefore.ino, cleanBefore.mtimeMs]);
    expect(readdirSync(dir).sort()).toEqual(['broken.md', 'clean.md']);

    const brokenBefore = statSync(join(dir, 'broken.md'));
    runCli(['--fix', 'broken.md'], { cwd: dir });
    const brokenAfter = statSync(join(dir, 'broken.md'));
    expect([brokenAfter.ino, brokenAfter.mtimeMs]).toEqual([brokenBefore.ino, brokenBefore.mtimeMs]);
  });

  it('keeps the file mode and replaces the file by rename (a new inode)', () => {
    const dir = folderWith({ 'list.md': pipeTable(' [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |') });
    const path = join(dir, 'list.md');
    chmodSync(path, 0o640);
    const before = statSync(path);
    expect(runCli(['--fix', 'list.md'], { cwd: dir }).code).toBe(0);
    const after = statSync(path);
    expect(after.mode & 0o777).toBe(0o640);
    expect(after.ino).not.toBe(before.ino);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', () => {
    const text = table('| [A Paper] (https://arxiv.org/abs/2101.00001) | ICML 2021 |');
    const dir = folderWith({ 'list.md': text });
    const run = runCli(['--fix-dry-run', 'list.md'], { cwd: dir });
    expect(run).toEqual({
      code: 0,
      stdout: [
        '===================================================================',
        '--- a/list.md',
        '+++ b/list.md',
        '@@ -2,2 +2,2 @@',
        ' |---|---|',
        '-| [A Paper] (https://arxiv.org/abs/2101.00001) | ICML 2021 |',
        '+| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 |',
        '',
      ].join('\n'),
      stderr: '',
    });
    expect(readFileSync(join(dir, 'list.md'), 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['list.md']);
  });

  it('repairs a table only remark can read: the CLI loads remark when the file asks for it', () => {
    // The escaped pipe sends the table to remark (src/parse/parser.ts loads it on demand).
    const text = table('| [A Paper] (https://arxiv.org/abs/2101.00001) | ICML 2021 |\n| [B \\| C](https://arxiv.org/abs/2101.00002) | ICML 2021 |');
    const dir = folderWith({ 'list.md': text });
    const run = runCli(['--fix', '--format', 'json', 'list.md'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(readFileSync(join(dir, 'list.md'), 'utf8')).toBe(table('| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 |\n| [B \\| C](https://arxiv.org/abs/2101.00002) | ICML 2021 |'));
  });

  it('a file that cannot be read is never written, and --fix with --fix-dry-run is a usage error', () => {
    const dir = folderWith({ 'bad.md': Buffer.from([0x7c, 0x20, 0xff, 0x0a]), 'good.md': table(' [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |') });
    const run = runCli(['--fix', 'good.md', 'bad.md'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, 'good.md'), 'utf8')).toBe(table(' [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |'));
    expect(runCli(['--fix', '--fix-dry-run'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lint-list: --fix and --fix-dry-run exclude each other: pick one\n',
    });
  });

  it('the JSON report says which findings --fix can repair', () => {
    const dir = folderWith({ 'list.md': pipeTable(' [A](https://arxiv.org/abs/2101.00001) | N/A |') });
    const report = JSON.parse(runCli(['--format', 'json', 'list.md'], { cwd: dir }).stdout);
    expect(report.files[0].messages.map((m: { ruleId: string; fixable: boolean }) => [m.ruleId, m.fixable])).toEqual([
      ['row-format', true],
      ['missing-venue', false],
    ]);
  });
});
