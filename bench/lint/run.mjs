#!/usr/bin/env node
// Lint speed and memory on large lists, side by side with markdownlint-cli2.
//
// Runs `node dist/cli.js --format json <file>` (no --links) as a whole process on the UniReps list
// (../shared/fixtures/unireps/README.md), on every real list of ../shared/fixtures/wild/ larger than
// 100 KB, on generated lists of 1,000, 5,000 and 20,000 table rows (bench/lint/generate.mjs: seeded,
// so every run lints the same text) and on lists of 1,000, 5,000 and 20,000 rows whose titles differ
// only in a number ("A study of representation number 17 across model families"), and markdownlint-cli2
// (installed into a temporary folder with `npm install --prefix`) on the same files. Each
// measurement is repeated --runs times (default 3) and the median is printed: wall time of the whole
// child process, and its peak resident memory. Both tools run under this same node, with stdout and
// stderr drained through pipes.
//
// Peak memory: `/usr/bin/time -f %M -o FILE` (GNU time; the child's ru_maxrss from wait4, in KiB)
// when it is there and works; otherwise the child's VmHWM read from /proc/<pid>/status every 20 ms
// (the last value read before it exits, so a peak in its last 20 ms may be missed). The header
// line says which one was used.
//
// For each list it also prints the share of its tables the line scan reads without remark
// (bench/lint/coverage.mjs), and lint-list's peak memory above Node's floor as a share of
// markdownlint-cli2's above the floor (target ≤ 0.25×).
//
// Prints figures; asserts nothing.
//
//   npm run build && node bench/lint/run.mjs [--sizes 1000,5000,20000] [--templated 1000,5000,20000]
//        [--wild ../shared/fixtures/wild] [--wild-min-bytes 100000] [--no-wild] [--runs 3] [--cli dist/cli.js]
//        [--seed 1] [--memory auto|time|proc] [--no-markdownlint] [--keep]
//
// --memory proc forces the /proc polling even where GNU time is installed.
//
// Node's floor: each file is also read by a script that does only that and prints its first 1 KB
// (an ES module, as lint-list is). No Node command-line tool can peak below it, so it shows how much
// of a small list's figure is Node's own.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tableCoverage } from './coverage.mjs';
import { generateList, generateTemplatedList } from './generate.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    templated: { type: 'string', default: '1000,5000,20000' },
    wild: { type: 'string', default: '../shared/fixtures/wild' },
    'wild-min-bytes': { type: 'string', default: '100000' },
    'no-wild': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    cli: { type: 'string', default: join(repoRoot, 'dist/cli.js') },
    seed: { type: 'string', default: '1' },
    memory: { type: 'string', default: 'auto' },
    'no-markdownlint': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const counts = (option, text) => {
  const list = text.split(',').filter((s) => s.trim() !== '').map((s) => Number(s.trim()));
  if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--${option} takes whole numbers, e.g. 1000,5000: not "${text}"`);
  return list;
};
const sizes = counts('sizes', values.sizes);
const templatedSizes = counts('templated', values.templated);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number ≥ 1, not "${values.runs}"`);
const cli = resolve(values.cli);
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);

const work = mkdtempSync(join(tmpdir(), 'lint-list-bench-lint-'));

// ---- how peak memory is measured ------------------------------------------------------------
if (!['auto', 'time', 'proc'].includes(values.memory)) throw new Error(`--memory takes auto, time or proc, not "${values.memory}"`);
const gnuTime = (() => {
  if (values.memory === 'proc' || !existsSync('/usr/bin/time')) return false;
  const out = join(work, 'probe.time');
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', '-o', out, process.execPath, '-e', '0']);
  return probe.status === 0 && existsSync(out) && /^\d+\s*$/.test(readFileSync(out, 'utf8').trim().split('\n').at(-1) ?? '');
})();
if (values.memory === 'time' && !gnuTime) throw new Error('--memory time: /usr/bin/time (GNU time) is missing or does not work here');
const memoryMethod = gnuTime
  ? '/usr/bin/time -f %M (ru_maxrss of the child)'
  : 'VmHWM from /proc/<pid>/status, polled every 20 ms';

/** Runs one child to its end: wall seconds (spawn to exit), peak RSS in KiB, exit code, output. */
function measure(command, args, cwd) {
  return new Promise((ok, fail) => {
    const timeFile = join(work, `run-${process.hrtime.bigint()}.time`);
    const [file, argv] = gnuTime ? ['/usr/bin/time', ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    let polledKiB = 0;
    const poll = gnuTime
      ? undefined
      : setInterval(() => {
          try {
            const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (hwm) polledKiB = Math.max(polledKiB, Number(hwm[1]));
          } catch {
            // gone already
          }
        }, 20);
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (poll) clearInterval(poll);
      let kib = polledKiB;
      if (gnuTime) {
        // GNU time writes "Command exited with non-zero status N" before the figure when the child fails.
        kib = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
        rmSync(timeFile, { force: true });
      }
      ok({ code, seconds, kib, stdout, stderr });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function medianOf(command, args, cwd) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) samples.push(await measure(command, args, cwd));
  return {
    seconds: median(samples.map((s) => s.seconds)),
    kib: median(samples.map((s) => s.kib)),
    codes: [...new Set(samples.map((s) => s.code))],
    first: samples[0],
  };
}

// ---- the inputs -----------------------------------------------------------------------------
const unireps = resolve(repoRoot, '../shared/fixtures/unireps/README.md');
const inputs = [];
if (existsSync(unireps)) {
  const text = readFileSync(unireps, 'utf8');
  const rows = text.split('\n').filter((line) => /^\s*\|/.test(line)).length;
  inputs.push({ label: 'UniReps', path: unireps, rows });
} else console.log(`(${unireps} not found: skipping the UniReps list)`);
for (const rows of sizes) {
  const path = join(work, `list-${rows}.md`);
  writeFileSync(path, generateList(rows, Number(values.seed)));
  inputs.push({ label: `${rows.toLocaleString('en')} rows`, path, rows, kind: 'generated' });
}
for (const rows of templatedSizes) {
  const path = join(work, `templated-${rows}.md`);
  writeFileSync(path, generateTemplatedList(rows));
  inputs.push({ label: `${rows.toLocaleString('en')} templated titles`, path, rows, kind: 'templated' });
}
const wildDir = resolve(repoRoot, values.wild);
if (!values['no-wild'] && existsSync(wildDir)) {
  for (const entry of readdirSync(wildDir, { withFileTypes: true }).filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    for (const name of readdirSync(join(wildDir, entry.name)).filter((f) => /^README\..+\.md$/.test(f)).sort()) {
      const path = join(wildDir, entry.name, name);
      if (statSync(path).size <= Number(values['wild-min-bytes'])) continue;
      const rows = readFileSync(path, 'utf8').split('\n').filter((line) => /^\s*\|/.test(line)).length;
      inputs.push({ label: `${entry.name.replace('__', '/')} ${name.replace(/^README\.|\.md$/g, '')}`, path, rows, kind: 'wild' });
    }
  }
} else if (!values['no-wild']) console.log(`(${wildDir} not found: skipping the wild lists)`);

// ---- markdownlint-cli2 ----------------------------------------------------------------------
let mdl;
if (!values['no-markdownlint']) {
  const prefix = join(work, 'mdl');
  process.stdout.write(`installing markdownlint-cli2 into ${prefix} … `);
  const install = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel', 'error', 'markdownlint-cli2'], { encoding: 'utf8' });
  if (install.status !== 0) {
    console.log(`failed (exit ${install.status}): ${(install.stderr || install.error?.message || '').trim().split('\n').slice(-3).join(' | ')}`);
  } else {
    const pkgDir = join(prefix, 'node_modules/markdownlint-cli2');
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['markdownlint-cli2'];
    mdl = { bin: join(pkgDir, bin), version: pkg.version };
    console.log(`markdownlint-cli2 ${pkg.version}`);
  }
}

// ---- runs -----------------------------------------------------------------------------------
const lintListVersion = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`lint-list ${lintListVersion} (${relative(repoRoot, cli) || cli}); node ${process.version}; median of ${runs} run${runs === 1 ? '' : 's'}`);
console.log(`peak memory: ${memoryMethod}`);
console.log('targets: lint-list ≤ 0.5× markdownlint-cli2 in wall time; peak memory above Node\'s floor ≤ 0.25× markdownlint-cli2\'s above it; time growing no worse than linearly in rows\n');

// The least a Node tool does on a list: start as an ES module, read the file, print a little.
const floorScript = join(work, 'node-floor.mjs');
writeFileSync(
  floorScript,
  "import { readFile } from 'node:fs/promises';\nconst text = await readFile(process.argv[2], 'utf8');\nprocess.stdout.write(text.slice(0, 1024));\n",
);

const results = [];
for (const input of inputs) {
  const cwd = join(input.path, '..');
  const file = input.path.slice(cwd.length + 1);
  const ll = await medianOf(process.execPath, [cli, '--format', 'json', file], cwd);
  let findings = '?';
  try {
    const report = JSON.parse(ll.first.stdout);
    findings = report.summary.errors + report.summary.warnings;
  } catch {
    findings = `unreadable (exit ${ll.first.code}: ${ll.first.stderr.trim().split('\n')[0]})`;
  }
  // markdownlint-cli2 reads globs: run it beside the file and name the file relative to it.
  const ml = mdl ? await medianOf(process.execPath, [mdl.bin, file], cwd) : undefined;
  const mlFindings = ml ? (ml.first.stderr.match(/^\S.*:\d+(:\d+)? (error )?MD\d+/gm) ?? []).length : undefined;
  const floor = await medianOf(process.execPath, [floorScript, file], cwd);
  const coverage = await tableCoverage(readFileSync(input.path, 'utf8'));
  const scanned = coverage.tables.filter((t) => t.reader !== 'remark').length;
  const share = coverage.tables.length === 0 ? '-' : `${scanned}/${coverage.tables.length} (${((100 * scanned) / coverage.tables.length).toFixed(0)}%)`;
  results.push({ input, bytes: statSync(input.path).size, ll, ml, floor, findings, mlFindings, share, scanned, tables: coverage.tables.length });
  process.stdout.write(`  measured ${input.label}\n`);
}

// ---- the table ------------------------------------------------------------------------------
const ms = (sec) => `${(sec * 1000).toLocaleString('en', { maximumFractionDigits: 0 })} ms`;
const mib = (kib) => `${(kib / 1024).toFixed(1)} MiB`;
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : 'n/a');
const verdict = (value, target) => (value <= target ? 'ok' : 'MISSED');
const header = ['input', 'bytes', 'lint-list', 'markdownlint-cli2', 'time ratio (≤0.5×)', 'memory above floor (≤0.25×)', 'node floor', 'tables without remark', 'findings ll / mdl'];
const rowsOut = results.map(({ input, bytes, ll, ml, floor, findings, mlFindings, share }) => {
  const above = ml ? (ll.kib - floor.kib) / Math.max(ml.kib - floor.kib, 1) : undefined;
  return [
    input.label,
    bytes.toLocaleString('en'),
    `${ms(ll.seconds)}, ${mib(ll.kib)}`,
    ml ? `${ms(ml.seconds)}, ${mib(ml.kib)}` : '-',
    ml ? `${ratio(ll.seconds, ml.seconds)} ${verdict(ll.seconds / ml.seconds, 0.5)}` : '-',
    above === undefined ? '-' : `${mib(ll.kib - floor.kib)} / ${mib(ml.kib - floor.kib)} = ${above.toFixed(2)}× ${verdict(above, 0.25)}`,
    mib(floor.kib),
    share,
    `${findings} / ${mlFindings ?? '-'}`,
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...rowsOut.map((r) => String(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log('');
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rowsOut) console.log(line(r));
console.log('\nnode floor: a script that only reads the file and prints 1 KB; no Node tool peaks below it');
const wild = results.filter((r) => r.input.kind === 'wild');
if (wild.length > 0) {
  const scanned = wild.reduce((n, r) => n + r.scanned, 0);
  const tables = wild.reduce((n, r) => n + r.tables, 0);
  console.log(`tables of these wild lists read without remark: ${scanned}/${tables} (${((100 * scanned) / Math.max(tables, 1)).toFixed(1)}%); every wild list: node bench/lint/coverage.mjs`);
}

const exits = results.flatMap(({ input, ll, ml }) => [
  ...(ll.codes.some((c) => c !== 0 && c !== 1) ? [`lint-list exited ${ll.codes.join('/')} on ${input.label}`] : []),
  ...(ml && ml.codes.some((c) => c !== 0 && c !== 1) ? [`markdownlint-cli2 exited ${ml.codes.join('/')} on ${input.label}`] : []),
]);
if (exits.length > 0) console.log(`\nunexpected exit codes: ${exits.join('; ')}`);

// Growth: the time each further 1,000 rows costs between successive generated sizes. Start-up is a
// fixed cost, so ms per 1,000 rows falls with size; linear growth keeps the marginal cost flat.
for (const kind of ['generated', 'templated']) {
  const generated = results.filter((r) => r.input.kind === kind).sort((a, b) => a.input.rows - b.input.rows);
  if (generated.length < 2) continue;
  console.log(`\ngrowth (lint-list, ${kind} lists): marginal ms per further 1,000 rows between sizes`);
  const marginals = [];
  for (let i = 1; i < generated.length; i += 1) {
    const [a, b] = [generated[i - 1], generated[i]];
    const marginal = ((b.ll.seconds - a.ll.seconds) * 1000) / ((b.input.rows - a.input.rows) / 1000);
    marginals.push(marginal);
    const mlMarginal = a.ml && b.ml ? ((b.ml.seconds - a.ml.seconds) * 1000) / ((b.input.rows - a.input.rows) / 1000) : undefined;
    console.log(`  ${a.input.rows} → ${b.input.rows}: ${marginal.toFixed(1)} ms per 1,000 rows${mlMarginal === undefined ? '' : ` (markdownlint-cli2 ${mlMarginal.toFixed(1)})`}`);
  }
  if (marginals.length < 2) console.log('  linear? (needs three sizes or more to tell)');
  else {
    const first = Math.max(marginals[0], 1);
    const last = marginals.at(-1);
    console.log(`  linear? ${last <= first * 1.5 ? 'yes' : 'NO'} (last marginal ${last.toFixed(1)} ms ${last <= first * 1.5 ? '≤' : '>'} 1.5 × first ${first.toFixed(1)} ms)`);
  }
}

if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`\nkept ${work}`);
