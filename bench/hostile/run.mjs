#!/usr/bin/env node
// Time and peak memory of lint-list on hostile input (issue 11, "Unbounded time and memory").
//
// For each shape of bench/hostile/shapes.mjs, lints (whole process: `node dist/cli.js --format json
// FILE`, no links) lists of 5,000, 10,000, 20,000 and 40,000 rows and a 19.9 MB list, and for the
// `fixable` shape also runs `--fix` on a copy of each. The single pathological cells are linted alone
// (one row) and repeated to 19.9 MB. Prints wall time and peak resident memory per run, the growth
// from 10,000 to 40,000 rows (target: within 5× for 4× the rows), and whether every 19.9 MB run stays
// under 60 s and 1 GiB. Prints figures; asserts nothing.
//
//   npm run build && node bench/hostile/run.mjs [--shapes fixable,space,…] [--rows 5000,10000,20000,40000]
//                                              [--bytes 19900000] [--runs 1] [--timeout 300] [--cli dist/cli.js] [--keep]
//
// Peak memory: GNU time's %M (the child's ru_maxrss) where /usr/bin/time works, else VmHWM polled from
// /proc. A run past --timeout seconds is killed and shown as such.

import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeShape, shapes as allShapes } from './shapes.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    shapes: { type: 'string', default: allShapes.join(',') },
    rows: { type: 'string', default: '5000,10000,20000,40000' },
    bytes: { type: 'string', default: '19900000' },
    runs: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '300' },
    cli: { type: 'string', default: join(repoRoot, 'dist/cli.js') },
    keep: { type: 'boolean', default: false },
  },
});
const shapes = values.shapes.split(',').map((s) => s.trim());
const rowCounts = values.rows.split(',').filter(Boolean).map(Number);
const bigBytes = Number(values.bytes);
const runs = Number(values.runs);
const timeoutMs = Number(values.timeout) * 1000;
const cli = resolve(values.cli);
if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);

const work = mkdtempSync(join(tmpdir(), 'lint-list-bench-hostile-'));
const gnuTime = (() => {
  if (!existsSync('/usr/bin/time')) return false;
  const out = join(work, 'probe.time');
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', '-o', out, process.execPath, '-e', '0']);
  return probe.status === 0 && existsSync(out) && /^\d+\s*$/.test(readFileSync(out, 'utf8').trim().split('\n').at(-1) ?? '');
})();

/** One whole process: wall seconds, peak RSS in KiB, exit code (or 'killed'), stdout. */
function measure(args) {
  return new Promise((done, fail) => {
    const timeFile = join(work, `run-${process.hrtime.bigint()}.time`);
    const [file, argv] = gnuTime ? ['/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, ...args]] : [process.execPath, args];
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    let polled = 0;
    const poll = gnuTime
      ? undefined
      : setInterval(() => {
          try {
            const hwm = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (hwm) polled = Math.max(polled, Number(hwm[1]));
          } catch {
            // gone already
          }
        }, 20);
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let kib = polled;
      if (gnuTime && existsSync(timeFile)) {
        kib = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) || 0;
        rmSync(timeFile, { force: true });
      }
      done({ seconds, kib, code: killed ? 'killed' : code, stdout, stderr });
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function run(label, path, fix) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    let target = path;
    if (fix) {
      target = join(work, `fix-${i}-${label.replace(/\W+/g, '-')}.md`);
      copyFileSync(path, target);
    }
    samples.push(await measure([cli, '--format', 'json', ...(fix ? ['--fix'] : []), target]));
    if (fix) rmSync(target, { force: true });
  }
  const first = samples[0];
  let findings = '';
  try {
    const report = JSON.parse(first.stdout);
    findings = String(report.summary.errors + report.summary.warnings);
  } catch {
    findings = first.code === 'killed' ? '' : `(exit ${first.code}: ${first.stderr.trim().split('\n')[0]?.slice(0, 60) ?? ''})`;
  }
  return { seconds: median(samples.map((s) => s.seconds)), kib: median(samples.map((s) => s.kib)), code: first.code, findings };
}

console.log(`lint-list hostile inputs; node ${process.version}; ${runs === 1 ? 'one run' : `median of ${runs} runs`} each; peak memory: ${gnuTime ? 'GNU time %M' : '/proc VmHWM'}`);
console.log('targets: at 19.9 MB under 60 s and under 1 GiB; from 10,000 to 40,000 rows at most 5× the time\n');

const rowsOut = [];
const verdicts = [];
const line = (cells) => console.log(`| ${cells.join(' | ')} |`);
line(['shape', 'input', 'bytes', 'time', 'peak memory', 'exit', 'findings']);
line(['---', '---', '---:', '---:', '---:', '---', '---:']);
for (const shape of shapes) {
  const single = shape.endsWith('-cell');
  const inputs = single ? [{ label: 'one row', spec: { rows: 1 } }] : rowCounts.map((rows) => ({ label: `${rows.toLocaleString('en')} rows`, spec: { rows }, rows }));
  inputs.push({ label: `${(bigBytes / 1e6).toFixed(1)} MB`, spec: { bytes: bigBytes }, big: true });
  const modes = shape === 'fixable' ? [false, true] : [false];
  for (const fix of modes) {
    const times = new Map();
    for (const input of inputs) {
      const path = join(work, `${shape}-${input.label.replace(/\W+/g, '-')}.md`);
      if (!existsSync(path)) writeFileSync(path, makeShape(shape, input.spec));
      const bytes = statSync(path).size;
      const result = await run(`${shape}-${input.label}`, path, fix);
      if (input.rows) times.set(input.rows, result.seconds);
      const name = `${shape}${fix ? ' --fix' : ''}`;
      const time = result.code === 'killed' ? `> ${values.timeout} s (killed)` : `${result.seconds.toFixed(2)} s`;
      const memory = `${(result.kib / 1024).toFixed(0)} MiB`;
      line([name, input.label, bytes.toLocaleString('en'), time, memory, String(result.code), result.findings]);
      rowsOut.push({ name, input: input.label, bytes, ...result });
      if (input.big) {
        const ok = result.code !== 'killed' && result.seconds < 60 && result.kib < 1024 * 1024;
        verdicts.push(`${name} at ${input.label}: ${ok ? 'ok' : 'MISSED'} (${time}, ${memory})`);
      }
    }
    if (times.has(10_000) && times.has(40_000)) {
      const growth = (times.get(40_000) ?? 0) / (times.get(10_000) || 1);
      verdicts.push(`${shape}${fix ? ' --fix' : ''} from 10,000 to 40,000 rows: ${growth.toFixed(2)}× the time ${growth <= 5 ? 'ok' : 'MISSED'} (target ≤ 5×)`);
    }
  }
}
console.log(`\n${verdicts.join('\n')}`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
else console.log(`\nkept ${work}`);
