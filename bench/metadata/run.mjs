#!/usr/bin/env node
// Verifying arXiv links through the arXiv API, against checking their pages one by one.
//
// Makes a paper list of 2,000 rows, each linking its own arXiv abstract page, and serves it from
// loopback: a fake arXiv API (test/servers/metadata-fakes.ts, answering each request after 100 ms)
// named export.arxiv.org, and a page server named arxiv.org (answering each page after 100 ms). The
// names resolve to 127.0.0.1 through the checkers' own DNS hook, so arXiv's real-host rules apply:
// the API at one request every 3 s on one connection, the pages at arxiv.org's default interval
// (300 ms between request starts, 4 in flight).
//
//   1. --links with arXiv through the API: the link checker (src/links/check.ts) with `arxivApi`
//      bound to gatherPaperFacts (src/metadata/gather.ts): the pages are not fetched at all.
//   2. --links page by page, with the default arxiv.org settings (or a sample, extrapolated).
//
// Calls the sources directly (bundled with esbuild into a temporary file), as the CLI flag is not
// wired yet. Prints figures; asserts nothing. Every request goes to loopback only.
//
//   node bench/metadata/run.mjs [--rows 2000] [--delay 100] [--pages N]   (N pages checked one by one; default all rows)

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '2000' },
    delay: { type: 'string', default: '100' },
    pages: { type: 'string' },
  },
});
const rowCount = Number(values.rows);
const delayMs = Number(values.delay);
const pageCount = Math.min(rowCount, Number(values.pages ?? rowCount));

// ---- the sources, bundled -------------------------------------------------------------------
const work = mkdtempSync(join(tmpdir(), 'lint-list-metadata-bench-'));
const bundle = join(work, 'bench.mjs');
await build({
  stdin: {
    contents: [
      "export { gatherPaperFacts, paperKeysOf } from './src/metadata/gather.ts';",
      "export { metadataOptions } from './src/metadata/options.ts';",
      "export { checkLinks } from './src/links/check.ts';",
      "export { collectLinks } from './src/links/collect.ts';",
      "export { defaultLinkCheckOptions } from './src/links/types.ts';",
      "export { buildModel } from './src/parse/build.ts';",
      "export { startArxivFake } from './test/servers/metadata-fakes.ts';",
    ].join('\n'),
    resolveDir: repoRoot,
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
const lib = await import(pathToFileURL(bundle).href);

// ---- servers -------------------------------------------------------------------------------
const ids = Array.from({ length: rowCount }, (_, i) => `2101.${String(i + 1).padStart(5, '0')}`);
const arxiv = await lib.startArxivFake({ records: ids.map((id, i) => ({ id, title: `Paper number ${i + 1}` })) });
arxiv.delayMs = delayMs;

const pageStats = { requests: 0, inFlight: 0, maxInFlight: 0 };
const pages = createServer((req, res) => {
  pageStats.requests++;
  pageStats.inFlight++;
  pageStats.maxInFlight = Math.max(pageStats.maxInFlight, pageStats.inFlight);
  res.on('close', () => pageStats.inFlight--);
  setTimeout(() => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': 5 });
    res.end('paper');
  }, delayMs);
});
pages.keepAliveTimeout = 30_000;
await new Promise((ok, fail) => pages.once('error', fail).listen(0, '127.0.0.1', ok));
const pagePort = pages.address().port;
const apiPort = new URL(arxiv.origin).port;

// arxiv.org and export.arxiv.org are loopback here, for the checkers only.
const lookup = async () => [{ address: '127.0.0.1', family: 4 }];

// ---- the list ------------------------------------------------------------------------------
const text = `# Papers\n\n| Title | Venue |\n|---|---|\n${ids.map((id, i) => `| [Paper number ${i + 1}](http://arxiv.org:${pagePort}/abs/${id}) | ICML 2021 |`).join('\n')}\n`;
const model = await lib.buildModel('README.md', text);
const targets = lib.collectLinks([model], 'tables');

const metadataOptions = lib.metadataOptions({
  sources: { arxiv: { url: `http://export.arxiv.org:${apiPort}/api/query` } },
  allowPrivateHosts: ['export.arxiv.org'],
  lookup,
});
const linkOptions = { ...lib.defaultLinkCheckOptions, allowPrivateHosts: ['arxiv.org'], lookup };

// ---- 1. through the arXiv API ----------------------------------------------------------------
let started = performance.now();
const viaApi = await lib.checkLinks(targets, { ...linkOptions, arxivApi: (keys) => lib.gatherPaperFacts(keys, metadataOptions) });
const apiSeconds = (performance.now() - started) / 1000;
const apiRequests = arxiv.requests.length;
const gaps = arxiv.requests.slice(1).map((r, i) => r.at - arxiv.requests[i].at);
const apiAlive = viaApi.filter((r) => r.verdict === 'alive').length;
const pagesDuringApi = pageStats.requests;

// ---- 2. page by page -------------------------------------------------------------------------
started = performance.now();
const byPage = await lib.checkLinks(targets.slice(0, pageCount), linkOptions);
const pageSeconds = (performance.now() - started) / 1000;
const pageAlive = byPage.filter((r) => r.verdict === 'alive').length;

await arxiv.close();
await new Promise((ok) => pages.close(ok));
rmSync(work, { recursive: true, force: true });

// ---- figures -------------------------------------------------------------------------------
const s = (x) => `${x.toFixed(1)} s`;
const interval = lib.defaultLinkCheckOptions.hosts['arxiv.org'].intervalMs;
console.log(`${rowCount} rows linking arXiv abstract pages; every answer takes ${delayMs} ms`);
console.log('');
console.log('| run | requests | wall time | verdicts |');
console.log('| --- | --- | --- | --- |');
console.log(
  `| --links, arXiv through the API (batches of 400, 3 s apart, one connection) | ${apiRequests} to the API, ${pagesDuringApi} pages | ${s(apiSeconds)} | ${apiAlive} alive |`,
);
const extrapolated = pageCount < rowCount ? ` (${pageCount} checked: ${s(pageSeconds)}; × ${rowCount / pageCount} ≈ ${s((pageSeconds * rowCount) / pageCount)})` : '';
console.log(
  `| --links page by page (arxiv.org defaults: ${interval} ms between starts, ${lib.defaultLinkCheckOptions.hostConcurrency} in flight) | ${pageStats.requests - pagesDuringApi} pages | ${pageCount < rowCount ? s((pageSeconds * rowCount) / pageCount) : s(pageSeconds)}${extrapolated} | ${pageAlive} alive |`,
);
console.log('');
console.log(`API requests ${apiRequests} (target ≤ 6), wall time ${s(apiSeconds)} (target ≤ 25 s); smallest gap between API requests ${Math.round(Math.min(...gaps))} ms; connections to the API ${arxiv.connections}`);
console.log(`lower bound page by page: ${rowCount} × ${interval} ms = ${s((rowCount * interval) / 1000)}`);
