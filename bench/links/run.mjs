#!/usr/bin/env node
// Dead-link checking speed, against the polite lower bound and against markdown-link-check.
//
// Makes a paper list of 2,000 links spread over 20 loopback hosts (127.0.0.1 … 127.0.0.20: all of
// 127/8 is loopback on Linux), each host answering every request after 100 ms. Runs
// `node dist/cli.js --links --allow-private-hosts --format json` on it as a child process, counting in
// the servers the requests and the most requests in flight per host; then installs
// markdown-link-check into a temporary directory and times it on the same file.
//
// Prints figures; asserts nothing. Every request goes to loopback only.
//
//   node bench/links/run.mjs [--cli dist/cli.js] [--links 2000] [--hosts 20] [--delay 100] [--no-mlc]
//                            [--concurrency N]   (extra lint-list run with --concurrency N; default hosts × 4)

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    cli: { type: 'string', default: join(repoRoot, 'dist/cli.js') },
    links: { type: 'string', default: '2000' },
    hosts: { type: 'string', default: '20' },
    delay: { type: 'string', default: '100' },
    concurrency: { type: 'string' },
    'no-mlc': { type: 'boolean', default: false },
  },
});
const linkCount = Number(values.links);
const hostCount = Number(values.hosts);
const delayMs = Number(values.delay);
const hostConcurrency = 4; // lint-list's default per-host limit
const defaultGlobalConcurrency = 32; // lint-list's default global limit
const wideConcurrency = Number(values.concurrency ?? hostCount * hostConcurrency);
if (hostCount > 254) throw new Error('at most 254 hosts (127.0.0.1 … 127.0.0.254)');

// ---- servers -------------------------------------------------------------------------------
const servers = [];
for (let k = 1; k <= hostCount; k++) {
  const stats = { requests: 0, head: 0, get: 0, inFlight: 0, maxInFlight: 0 };
  const server = createServer((req, res) => {
    stats.requests++;
    if (req.method === 'HEAD') stats.head++;
    else stats.get++;
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    res.on('close', () => stats.inFlight--);
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': 5 });
      res.end('paper');
    }, delayMs);
  });
  server.keepAliveTimeout = 30_000;
  const host = `127.0.0.${k}`;
  await new Promise((ok, fail) => server.once('error', fail).listen(0, host, ok));
  servers.push({ host, port: server.address().port, server, stats });
}
const resetStats = () => {
  for (const { stats } of servers) Object.assign(stats, { requests: 0, head: 0, get: 0, inFlight: 0, maxInFlight: 0 });
};
const totals = () => ({
  requests: servers.reduce((n, s) => n + s.stats.requests, 0),
  head: servers.reduce((n, s) => n + s.stats.head, 0),
  get: servers.reduce((n, s) => n + s.stats.get, 0),
  maxInFlightPerHost: Math.max(...servers.map((s) => s.stats.maxInFlight)),
});

// ---- the list ------------------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'lint-list-bench-'));
const listPath = join(work, 'README.md');
const rows = Array.from({ length: linkCount }, (_, i) => {
  const n = i + 1;
  const { host, port } = servers[i % hostCount];
  return `| [Paper ${n}](http://${host}:${port}/p/${n}) | Venue |`;
});
writeFileSync(listPath, `# Awesome benchmark papers\n\n| Title | Venue |\n| --- | --- |\n${rows.join('\n')}\n`);

// ---- helpers -------------------------------------------------------------------------------
function timed(command, args, options = {}) {
  return new Promise((ok) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => ok({ code, seconds: (performance.now() - started) / 1000, stdout, stderr }));
  });
}

/** Counts verdicts anywhere in lint-list's JSON output, whatever its exact shape. */
function verdictCounts(text) {
  const counts = {};
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      if (typeof value.verdict === 'string' && typeof value.url === 'string') counts[value.verdict] = (counts[value.verdict] ?? 0) + 1;
      Object.values(value).forEach(visit);
    }
  };
  try {
    visit(JSON.parse(text));
  } catch {
    return { unreadable: 1 };
  }
  return counts;
}

const perHost = linkCount / hostCount;
const politeBound = (perHost / hostConcurrency) * (delayMs / 1000);
const boundWith = (global) => Math.max(politeBound, (linkCount / global) * (delayMs / 1000));
const fmt = (s) => `${s.toFixed(2)} s`;

let lintOnly = 0;

async function runLintList(extraArgs, global) {
  resetStats();
  const result = await timed(process.execPath, [values.cli, '--links', '--allow-private-hosts', '--format', 'json', ...extraArgs, listPath], { cwd: work });
  const t = totals();
  const bound = boundWith(global);
  console.log(`lint-list ${['--links', ...extraArgs].join(' ')}`);
  console.log(`  exit ${result.code}, wall ${fmt(result.seconds)}; verdicts ${JSON.stringify(verdictCounts(result.stdout))}`);
  console.log(`  requests ${t.requests} (HEAD ${t.head}, GET ${t.get}) for ${linkCount} links; max in flight per host ${t.maxInFlightPerHost} (limit ${hostConcurrency})`);
  console.log(`  lower bound ${fmt(bound)} (per host ${perHost}/${hostConcurrency} × ${delayMs} ms = ${fmt(politeBound)}; global ${linkCount}/${global} × ${delayMs} ms); ratio ${(result.seconds / bound).toFixed(2)}× (target ≤ 1.3×)`);
  const linkPhase = result.seconds - lintOnly;
  console.log(`  without the ${fmt(lintOnly)} that linting alone takes: ${fmt(linkPhase)}, ${(linkPhase / bound).toFixed(2)}× the bound`);
  if (result.code === 2 || t.requests === 0) console.log(`  stderr: ${result.stderr.trim().split('\n').slice(0, 5).join(' | ')}`);
  return result.seconds;
}

// ---- runs ----------------------------------------------------------------------------------
console.log(`${linkCount} links over ${hostCount} loopback hosts, every answer after ${delayMs} ms; node ${process.version}`);
console.log(`polite lower bound: ${perHost} links per host ÷ ${hostConcurrency} per host × ${delayMs / 1000} s = ${fmt(politeBound)}\n`);

const plain = await timed(process.execPath, [values.cli, '--format', 'json', listPath], { cwd: work });
lintOnly = plain.seconds;
console.log(`lint-list without --links: exit ${plain.code}, wall ${fmt(lintOnly)} (start-up, parsing and rules: no requests)`);
const lintDefault = await runLintList([], defaultGlobalConcurrency);
const lintWide = await runLintList(['--concurrency', String(wideConcurrency)], wideConcurrency);

if (!values['no-mlc']) {
  const prefix = join(work, 'mlc');
  console.log(`\ninstalling markdown-link-check into ${prefix} …`);
  const install = spawnSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--loglevel', 'error', 'markdown-link-check'], { encoding: 'utf8' });
  if (install.status !== 0) {
    console.log(`  npm install failed (exit ${install.status}): ${install.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  } else {
    const version = spawnSync(process.execPath, [resolve(prefix, 'node_modules/markdown-link-check/markdown-link-check'), '--version'], { encoding: 'utf8' }).stdout.trim();
    resetStats();
    const mlc = await timed(process.execPath, [resolve(prefix, 'node_modules/markdown-link-check/markdown-link-check'), '-q', listPath], { cwd: work });
    const t = totals();
    const alive = (mlc.stdout.match(/✓/g) ?? []).length;
    const dead = (mlc.stdout.match(/✖/g) ?? []).length;
    console.log(`markdown-link-check ${version}`);
    console.log(`  exit ${mlc.code}, wall ${fmt(mlc.seconds)}; ${dead} reported dead${alive ? `, ${alive} alive` : ''}`);
    console.log(`  requests ${t.requests} (HEAD ${t.head}, GET ${t.get}); max in flight per host ${t.maxInFlightPerHost}`);
    console.log(`\nlint-list ÷ markdown-link-check: ${(lintDefault / mlc.seconds).toFixed(3)} (default concurrency), ${(lintWide / mlc.seconds).toFixed(3)} (--concurrency ${wideConcurrency}); target ≤ 0.1`);
  }
}

for (const { server } of servers) server.closeAllConnections(), server.close();
rmSync(work, { recursive: true, force: true });
