#!/usr/bin/env node
// What lint-list reports on real paper lists nobody tuned it to (../shared/fixtures/wild/).
//
// Lints every `<owner>__<repo>/README.<sha>.md` under --dir by spawning
// `node <cli> --format json <file>` (a few at a time) and prints:
//   (a) one row per list file: errors, warnings, and errors per rule;
//   (b) totals per rule (errors and warnings) over the whole corpus;
//   (c) the 10 noisiest files (most errors, then most warnings).
//
// Prints figures; asserts nothing; exits 0. If the CLI crashes on a file (exit code other than 0/1,
// or output that is not the JSON report), it says which file and exits 1.
//
//   npm run build && node bench/wild/run.mjs [--dir ../shared/fixtures/wild] [--cli dist/cli.js] [--jobs 2]
//
// Relative --dir and --cli are resolved from the repository root.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: '../shared/fixtures/wild' },
    cli: { type: 'string', default: 'dist/cli.js' },
    jobs: { type: 'string', default: '2' },
  },
});
const dir = resolve(repoRoot, values.dir);
const cli = resolve(repoRoot, values.cli);
if (!existsSync(dir)) {
  console.error(`no such directory: ${dir}`);
  process.exit(1);
}

const files = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    readdirSync(join(dir, entry.name))
      .filter((name) => /^README\..+\.md$/.test(name))
      .map((name) => join(dir, entry.name, name)),
  )
  .sort();

/** Runs the CLI on one file; resolves to its parsed JSON report, or rejects with what went wrong. */
function lint(file) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, '--format', 'json', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (code !== 0 && code !== 1) return fail(new Error(`exit ${code ?? signal}: ${err.trim().slice(0, 500)}`));
      try {
        done(JSON.parse(out));
      } catch {
        fail(new Error(`output is not JSON: ${(err || out).trim().slice(0, 500)}`));
      }
    });
  });
}

// Lint with a small pool of workers.
const results = new Array(files.length);
let next = 0;
async function worker() {
  while (next < files.length) {
    const i = next++;
    try {
      results[i] = await lint(files[i]);
    } catch (error) {
      console.error(`lint-list crashed on ${relative(dir, files[i])}: ${error.message}`);
      process.exit(1);
    }
  }
}
await Promise.all(Array.from({ length: Math.max(1, Number(values.jobs) || 1) }, worker));

// Count per file and per rule.
const rows = [];
const totals = new Map(); // rule -> { errors, warnings }
for (const [i, report] of results.entries()) {
  const row = { name: relative(dir, files[i]), errors: 0, warnings: 0, byRule: new Map() };
  for (const message of report.files.flatMap((f) => f.messages)) {
    const total = totals.get(message.ruleId) ?? { errors: 0, warnings: 0 };
    totals.set(message.ruleId, total);
    if (message.severity === 'error') {
      row.errors++;
      total.errors++;
      row.byRule.set(message.ruleId, (row.byRule.get(message.ruleId) ?? 0) + 1);
    } else {
      row.warnings++;
      total.warnings++;
    }
  }
  rows.push(row);
}

const table = (header, body) => {
  const widths = header.map((h, c) => Math.max(String(h).length, ...body.map((r) => String(r[c]).length)));
  const line = (cells) => cells.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ');
  console.log([line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n'));
};

console.log(`lint-list on ${files.length} files in ${dir}\n`);
const rules = [...totals.keys()].filter((rule) => totals.get(rule).errors > 0).sort();
table(
  ['file', 'errors', 'warnings', ...rules],
  rows.map((r) => [r.name, r.errors, r.warnings, ...rules.map((rule) => r.byRule.get(rule) ?? '')]),
);

console.log('\nTotals per rule');
const ruleRows = [...totals.entries()].sort((a, b) => b[1].errors - a[1].errors || b[1].warnings - a[1].warnings);
const sum = (key) => rows.reduce((n, r) => n + r[key], 0);
table(['rule', 'errors', 'warnings'], [...ruleRows.map(([rule, t]) => [rule, t.errors, t.warnings]), ['all', sum('errors'), sum('warnings')]]);

console.log('\nNoisiest files');
const noisiest = [...rows].sort((a, b) => b.errors - a.errors || b.warnings - a.warnings).slice(0, 10);
table(['file', 'errors', 'warnings'], noisiest.map((r) => [r.name, r.errors, r.warnings]));
