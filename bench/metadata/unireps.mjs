#!/usr/bin/env node
// Knowing the papers of the UniReps list: requests per source and wall time, with a cold and a warm cache.
//
// Serves loopback fakes of arXiv, DBLP, Crossref, doi.org and OpenReview (test/servers/metadata-fakes.ts)
// holding what the UniReps maintainers wrote by efefe77 (test/helpers/unireps-records.ts: arXiv's
// record and DBLP's CoRR copy of every arXiv id they linked, DBLP's conference record of every
// conference venue they wrote), each answer --delay ms late. Then runs the bundled CLI twice on the
// list as first filled (../shared/fixtures/unireps/README.md, 86247a9):
//
//   node dist/cli.js --metadata --allow-private-hosts --cache cache.json --format json README.md
//
// first with no cache file (cold), then with the file the first run wrote (warm: no request at all).
// Each source is asked at its real host's default interval (arXiv 3 s, DBLP 2 s, OpenReview 3 s),
// unless --interval overrides them all; the DBLP budget is --budget (default 500: every title that
// needs a search). Prints figures; asserts nothing. Every request goes to loopback only.
//
//   npm run build && node bench/metadata/unireps.mjs [--delay 100] [--interval MS] [--budget 500] [--cli dist/cli.js]

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    delay: { type: 'string', default: '100' },
    interval: { type: 'string' },
    budget: { type: 'string', default: '500' },
    cli: { type: 'string', default: join(repoRoot, 'dist/cli.js') },
  },
});

const work = mkdtempSync(join(tmpdir(), 'lint-list-unireps-metadata-'));
const bundle = join(work, 'fakes.mjs');
await build({
  stdin: {
    contents: [
      "export { unirepsRecords } from './test/helpers/unireps-records.ts';",
      "export { startArxivFake, startDblpFake, startCrossrefFake, startDoiFake, startOpenReviewFake } from './test/servers/metadata-fakes.ts';",
    ].join('\n'),
    resolveDir: repoRoot,
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
const lib = await import(pathToFileURL(bundle).href);

const history = join(repoRoot, '../shared/fixtures/unireps/history');
const records = await lib.unirepsRecords(readFileSync(join(history, 'README.86247a9.md'), 'utf8'), readFileSync(join(history, 'README.efefe77.md'), 'utf8'));
const fakes = {
  arXiv: await lib.startArxivFake({ records: records.arxiv }),
  DBLP: await lib.startDblpFake({ records: records.dblp }),
  Crossref: await lib.startCrossrefFake({ records: [] }),
  'doi.org': await lib.startDoiFake({ records: [] }),
  'OpenReview v2': await lib.startOpenReviewFake({ version: 'v2', records: [] }),
  'OpenReview v1': await lib.startOpenReviewFake({ version: 'v1', records: [] }),
};
for (const fake of Object.values(fakes)) fake.delayMs = Number(values.delay);

const interval = values.interval === undefined ? {} : { interval: Number(values.interval) };
const dir = join(work, 'list');
const config = {
  metadata: {
    sources: {
      arxiv: { url: fakes.arXiv.url('/api/query'), ...interval },
      dblp: { url: fakes.DBLP.url('/search/publ/api'), budget: Number(values.budget), ...interval },
      crossref: { url: fakes.Crossref.origin, ...interval },
      doi: { url: fakes['doi.org'].origin, ...interval },
      openreview: { url: fakes['OpenReview v2'].origin, v1Url: fakes['OpenReview v1'].origin, ...interval },
    },
  },
};
await import('node:fs/promises').then(({ mkdir }) => mkdir(dir));
writeFileSync(join(dir, 'README.md'), records.before);
writeFileSync(join(dir, '.lint-list.json'), JSON.stringify(config));

function runCli() {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [values.cli, '--metadata', '--allow-private-hosts', '--cache', 'cache.json', '--format', 'json', 'README.md'], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

const counts = () => Object.fromEntries(Object.entries(fakes).map(([name, fake]) => [name, fake.requests.length]));
const runs = [];
for (const label of ['cold (no cache file)', 'warm (the cache the cold run wrote)']) {
  const before = counts();
  const result = await runCli();
  const after = counts();
  const report = JSON.parse(result.stdout || '{"files": []}');
  const messages = report.files.flatMap((file) => file.messages);
  const suggestions = messages.filter((m) => m.suggestion).length;
  runs.push({ label, seconds: result.seconds, requests: Object.fromEntries(Object.keys(after).map((name) => [name, after[name] - before[name]])), code: result.code, stderr: result.stderr, findings: messages.length, suggestions });
}

await Promise.all(Object.values(fakes).map((fake) => fake.close()));
rmSync(work, { recursive: true, force: true });

const sources = Object.keys(fakes);
console.log(`UniReps 86247a9 with --metadata: ${records.arxiv.length} arXiv records, ${records.dblp.length} DBLP records; every answer ${values.delay} ms late; intervals ${values.interval === undefined ? "the real hosts' defaults" : `${values.interval} ms`}; DBLP budget ${values.budget}`);
console.log('');
console.log(`| run | wall time | ${sources.join(' | ')} | findings (with a suggestion) |`);
console.log(`| --- | ---: | ${sources.map(() => '---:').join(' | ')} | ---: |`);
for (const run of runs) {
  console.log(`| ${run.label} | ${run.seconds.toFixed(1)} s | ${sources.map((name) => run.requests[name]).join(' | ')} | ${run.findings} (${run.suggestions}) |`);
}
for (const run of runs) if (run.stderr) console.log(`\n${run.label} stderr: ${run.stderr.trim()}`);
const warm = runs[1];
console.log('');
console.log(`warm run: ${Object.values(warm.requests).reduce((a, b) => a + b, 0)} requests (target: none at all)`);
