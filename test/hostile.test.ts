import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliRun, folderWith, runCli } from './helpers/cli.js';
import { cliPath, repoRoot, unirepsReadme } from './helpers/paths.js';

// Hostile input through the bundled CLI (dist/cli.js): each case ends with a correct report, or
// with exit 2 and one clear line on stderr, and never with a stack trace. Inputs are made in
// temporary folders at test time. Durations are printed, never asserted.

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});
const folder = (files: Record<string, string | Buffer>) => {
  const dir = folderWith(files);
  folders.push(dir);
  return dir;
};

/** runCli, timed; the time is printed so a slow case shows in the log. */
function timed(name: string, run: () => CliRun): CliRun {
  const started = performance.now();
  const result = run();
  console.log(`hostile input: ${name}: exit ${result.code} in ${Math.round(performance.now() - started)} ms`);
  return result;
}

/**
 * runCli with a kill timer, for inputs on which the CLI could run away: a child still running after
 * `limitMs` is killed and reported as exit null with stderr "(killed after N ms)".
 */
function runBounded(args: string[], cwd: string, limitMs: number): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, env, encoding: 'utf8', timeout: limitMs, maxBuffer: 256 * 1024 * 1024 });
  const killed = result.error !== undefined || result.signal !== null;
  return {
    code: result.status,
    stdout: result.stdout ?? '',
    stderr: `${result.stderr ?? ''}${killed ? `(killed after ${limitMs} ms: ${result.signal ?? result.error?.message})` : ''}`,
  };
}

const clean = { code: 0, stdout: '✔ no problems in 1 file\n', stderr: '' };
/** Exit 2, nothing on stdout, one line on stderr that names the file, and no internal error. */
const refusal = (file: string) => ({
  code: 2,
  stdout: '',
  stderr: expect.stringMatching(new RegExp(`^lint-list: (?![^\\n]*internal error)[^\\n]*${file.replace('.', '\\.')}[^\\n]*\\n$`)),
});
const noStackTrace = (run: CliRun) => expect(run.stderr).not.toContain('    at ');

interface JsonReport {
  files: Array<{ path: string; messages: Array<{ ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }> }>;
  summary: { errors: number; warnings: number };
}

const paper = '| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | NeurIPS 2017 |';
const list = (...rows: string[]) => ['# Papers', '', '| Title | Venue |', '|---|---|', ...rows, ''].join('\n');

describe('hostile input through the CLI', () => {
  it('an empty file: exit 0, no problems', () => {
    const run = timed('empty file', () => runCli(['empty.md'], { cwd: folder({ 'empty.md': '' }) }));
    expect(run).toEqual(clean);
  });

  it('a file of white space only: exit 0, no problems', () => {
    const run = timed('white space only', () => runCli(['blank.md'], { cwd: folder({ 'blank.md': '   \n\t\n \t \r\n\n      \n\t\t' }) }));
    expect(run).toEqual(clean);
  });

  // Files over 20 MB are refused at once with exit 2 and one line naming the limit (before the limit,
  // a 50 MB list ran the heap out of memory after about 40 s). The child is killed after 60 s.
  it('a 50 MB file: refused with exit 2 and one line naming the 20 MB limit', { timeout: 180_000 }, () => {
    const lines = ['# Papers', '', '| Title | Venue |', '|---|---|'];
    let size = 0;
    for (let n = 0; size < 50 * 1024 * 1024; n += 1) {
      const row = `| [Paper ${n} on neural representations](https://arxiv.org/abs/${2100 + (n % 12)}.${String(n % 100000).padStart(5, '0')}) | NeurIPS ${2000 + (n % 24)} |`;
      lines.push(row);
      size += row.length + 1;
    }
    const dir = folder({ 'big.md': `${lines.join('\n')}\n` });
    lines.length = 0;
    const run = timed('50 MB file', () => runBounded(['big.md'], dir, 60_000));
    noStackTrace(run);
    expect(run).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^lint-list: [^\n]*big\.md[^\n]*\b20 MB\b[^\n]*\n$/) });
  });

  // remark-gfm is quadratic in the length of a link's text (a 262 KB link: 1.3 s); the line scan
  // reads such a row without it.
  it('one 1 MB line (a title of a million characters): a correct report', { timeout: 120_000 }, () => {
    const title = 'Representations '.repeat(65_536).trim();
    const row = `| [${title}](https://arxiv.org/abs/1706.03762) | NeurIPS 2017 |`;
    expect(row.length).toBeGreaterThan(1 << 20);
    const run = timed('1 MB line', () => runCli(['long.md'], { cwd: folder({ 'long.md': list(row, '| [Deep Residual Learning](https://arxiv.org/abs/1512.03385) | N/A |') }) }));
    noStackTrace(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'long.md',
        "  6:64  error    Venue is 'N/A': write where the paper appeared, e.g. 'NeurIPS 2023' or 'arXiv [cs.LG]'.  missing-venue",
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
  });

  // Both are plain text to GitHub, with no table: lint-list finds nothing (or might refuse with a
  // clear line). At a2f00c4, remark-gfm's tree visit overflowed the stack: exit 2 with "internal
  // error: Maximum call stack size exceeded (please report it …)", after about 30 s for the lists.
  it('lists nested 10,000 levels deep: no problems, or a clear refusal', { timeout: 180_000 }, () => {
    const dir = folder({ 'deep.md': `${'- '.repeat(10_000)}item\n` });
    const run = timed('10,000 nested lists', () => runBounded(['deep.md'], dir, 120_000));
    noStackTrace(run);
    expect([clean, refusal('deep.md')]).toContainEqual(run);
  });

  it('blockquotes nested 10,000 levels deep: no problems, or a clear refusal', { timeout: 180_000 }, () => {
    const dir = folder({ 'quotes.md': `${'>'.repeat(10_000)} quoted\n` });
    const run = timed('10,000 nested blockquotes', () => runBounded(['quotes.md'], dir, 120_000));
    noStackTrace(run);
    expect([clean, refusal('quotes.md')]).toContainEqual(run);
  });

  it('NUL bytes: exit 2, "looks binary"', () => {
    const run = timed('NUL bytes', () => runCli(['nul.md'], { cwd: folder({ 'nul.md': Buffer.from(`# Papers\n\n${paper}\0\n`, 'utf8') }) }));
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lint-list: nul.md looks binary (a NUL byte at offset 90); lint-list reads markdown text\n',
    });
  });

  it('invalid UTF-8: exit 2, one line naming the line of the bad byte', () => {
    const bytes = Buffer.concat([Buffer.from(list(paper), 'utf8'), Buffer.from([0xc3, 0x28, 0xff, 0x0a])]);
    const run = timed('invalid UTF-8', () => runCli(['latin.md'], { cwd: folder({ 'latin.md': bytes }) }));
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lint-list: latin.md is not valid UTF-8 (first bad byte on line 6); save it as UTF-8 and run again\n',
    });
  });

  const example = readFileSync(join(repoRoot, 'examples/README.md'), 'utf8');
  const unireps = readFileSync(unirepsReadme, 'utf8');
  const both = [
    ['the example list', example],
    ['the UniReps list', unireps],
  ] as const;

  it.each(both)('a byte order mark: %s gives the same report as without it, columns not shifted', (_name, text) => {
    for (const format of ['json', 'stylish']) {
      const plain = runCli(['--format', format, 'list.md'], { cwd: folder({ 'list.md': text }) });
      const bom = timed(`BOM (${format})`, () => runCli(['--format', format, 'list.md'], { cwd: folder({ 'list.md': `\ufeff${text}` }) }));
      expect(plain.code).toBe(1);
      expect(bom).toEqual(plain);
    }
  });

  it.each(both)('CRLF line endings: %s gives the same report as with LF', (_name, text) => {
    expect(text).not.toContain('\r');
    for (const format of ['json', 'stylish']) {
      const lf = runCli(['--format', format, 'list.md'], { cwd: folder({ 'list.md': text }) });
      const crlf = timed(`CRLF (${format})`, () => runCli(['--format', format, 'list.md'], { cwd: folder({ 'list.md': text.replace(/\n/g, '\r\n') }) }));
      expect(lf.code).toBe(1);
      expect(crlf).toEqual(lf);
    }
  });

  it('tabs around the pipes of rows: the same report as with spaces', () => {
    const rows = [
      paper,
      '| [Deep Residual Learning](https://arxiv.org/abs/1512.03385) | N/A |',
      ' [Batch Normalization](https://arxiv.org/abs/1502.03167) | ICML 2015 |',
      '| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | NeurIPS 2017 |',
      '| [Model Fusion via Optimal Transport] (https://arxiv.org/abs/1910.05653) | NeurIPS 2020 |',
    ];
    // Each space next to a pipe becomes one tab: the same number of UTF-16 units, so the same columns.
    const tabbed = rows.map((row) => row.replace(/ \|/g, '\t|').replace(/\| /g, '|\t'));
    expect(tabbed.join('\n').length).toBe(rows.join('\n').length);
    expect(tabbed.join('\n')).toContain('\t');
    const spaces = runCli(['--format', 'json', 'list.md'], { cwd: folder({ 'list.md': list(...rows) }) });
    const tabs = timed('tabs in rows', () => runCli(['--format', 'json', 'list.md'], { cwd: folder({ 'list.md': list(...tabbed) }) }));
    noStackTrace(tabs);
    expect(tabs).toEqual(spaces);
    const report = JSON.parse(tabs.stdout) as JsonReport;
    expect(report.files[0]?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '6:64 missing-venue',
      '7:1 row-format',
      '8:3 duplicate-title',
      '9:3 link-syntax',
    ]);
  });

  it('a table row with 10,000 cells: one row-format error naming what GitHub drops', { timeout: 120_000 }, () => {
    const extra = Array.from({ length: 9_998 }, (_, i) => `c${i}`);
    const row = `| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | NeurIPS 2017 | ${extra.join(' | ')} |`;
    const run = timed('10,000 cells in a row', () => runCli(['--format', 'json', 'wide.md'], { cwd: folder({ 'wide.md': list(row) }) }));
    noStackTrace(run);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.summary).toEqual({ errors: 1, warnings: 0 });
    expect(report.files[0]?.messages).toEqual([
      {
        ruleId: 'row-format', severity: 'error', line: 5, column: 82, endLine: 5, endColumn: row.length - 1,
        message: expect.stringMatching(/^Row has 10000 cells but the header has 2: GitHub drops 'c0 \| c1 \| [^']*…'\. /),
        fixable: false,
      },
    ]);
  });

  it('a header with 10,000 columns: the short row gets one row-format warning', { timeout: 120_000 }, () => {
    const names = Array.from({ length: 9_998 }, (_, i) => `c${i}`);
    const text = [`| Title | Venue | ${names.join(' | ')} |`, `|${'---|'.repeat(10_000)}`, paper, ''].join('\n');
    const run = timed('10,000 columns in the header', () => runCli(['--format', 'json', 'wide.md'], { cwd: folder({ 'wide.md': text }) }));
    noStackTrace(run);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.summary).toEqual({ errors: 0, warnings: 1 });
    expect(report.files[0]?.messages).toEqual([
      {
        ruleId: 'row-format', severity: 'warning', line: 3, column: 1, endLine: 3, endColumn: paper.length + 1,
        message: expect.stringMatching(/^Row has 2 cells but the header has 10000: the 'c0', 'c1', /),
        fixable: false,
      },
    ]);
  });

  // `lint-list … | head` closes the pipe early; Node's EPIPE must not reach stderr as an unhandled
  // 'error' event with its stack ("    at WriteWrap.onWriteComplete …").
  it('stdout closed early (piped into head): no stack trace on stderr', { timeout: 60_000 }, () => {
    const names = Array.from({ length: 9_998 }, (_, i) => `c${i}`);
    const dir = folder({ 'wide.md': [`| Title | Venue | ${names.join(' | ')} |`, `|${'---|'.repeat(10_000)}`, paper, ''].join('\n') });
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${cliPath}" --format json wide.md 2>stderr.txt | head -c 10 >/dev/null`], { cwd: dir, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'stderr.txt'), 'utf8')).not.toContain('    at ');
  });
});
