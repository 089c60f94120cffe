#!/usr/bin/env node
// Which tables of a list the line scan reads, and which it hands to remark and why.
//
// For every table of every named list (files, or folders searched for *.md), prints whether the
// fast line scan (src/parse/fast-model.ts) read it or remark did, with the scan's reason: the whole
// document (a line it is unsure of) or the table alone (a cell beyond the simple inline parser).
// Then the share of tables read without remark, per list and in all.
//
//   node bench/lint/coverage.mjs [--quiet] [--reasons] [paths...]
//
// Default paths: ../shared/fixtures/wild and ../shared/fixtures/unireps/history. --quiet prints
// only the per-list shares; --reasons adds a count of tables per reason. Reads the TypeScript
// sources (bundled on the fly with esbuild), so it needs no build. Prints figures; asserts nothing.
// `tableCoverage(text)` is exported for bench/lint/run.mjs.

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

let parse;
/** The parse layer, bundled from src/ into a temporary module. */
async function parseLayer() {
  if (parse) return parse;
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'lint-list-coverage-'));
  const out = join(dir, 'parse.mjs');
  await build({
    stdin: {
      contents: [
        "export { fastModel, needsParser } from './src/parse/fast-model.ts';",
        "export { loadMarkdownParser } from './src/parse/parser.ts';",
        "export { defaultColumnNames } from './src/parse/columns.ts';",
        "export { defaultModelOptions, tryBuildModel } from './src/parse/build.ts';",
        "export { parseInline } from './src/parse/fast-inline.ts';",
      ].join('\n'),
      resolveDir: repoRoot,
      loader: 'ts',
    },
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const module = await import(pathToFileURL(out).href);
  parse = { ...module, markdown: await module.loadMarkdownParser() };
  rmSync(dir, { recursive: true, force: true });
  return parse;
}

/**
 * How the tables of one list are read: `{ tables: [{ start, end, reader: 'scan' | 'remark', reason }],
 * document }`, `document` being the scan's reason for leaving the whole list to remark, if it did.
 */
export async function tableCoverage(text) {
  const p = await parseLayer();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const tables = [];
  let document;
  const scanned = p.fastModel(body, p.defaultColumnNames, p.markdown, {
    document: (line, reason) => (document = `line ${line}: ${reason}`),
    table: (start, end, reader, reason) => tables.push({ start, end, reader, reason }),
  });
  if (scanned === undefined) {
    const model = p.tryBuildModel('x.md', body, { ...p.defaultModelOptions, parser: 'remark' }, p.markdown);
    return { document, tables: model.tables.map((t) => ({ start: t.start.line, end: t.end.line, reader: 'remark', reason: `whole document (${document})` })) };
  }
  return { document: undefined, tables };
}

/** Why each cell of the tables remark read is beyond the simple inline parser (all cells, not only the first). */
export async function cellReasons(text) {
  const p = await parseLayer();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const model = p.tryBuildModel('x.md', body, { ...p.defaultModelOptions, parser: 'remark' }, p.markdown);
  const reasons = [];
  const point = () => ({ line: 1, column: 1, offset: 0 });
  for (const table of model.tables) {
    for (const row of [table.header, ...table.rows]) {
      if (row.raw.includes('\\\\')) reasons.push({ line: row.line, reason: 'an escaped backslash in the row', raw: row.raw });
      for (const cell of row.cells) {
        if (cell.raw === '') continue;
        let why;
        const isDefined = (label) => model.definitions.has(label);
        if (!p.parseInline(cell.raw, 0, point, { isDefined, inTable: true, why: (r) => (why = r) })) reasons.push({ line: row.line, reason: why, raw: cell.raw });
      }
    }
  }
  return reasons;
}

const listsUnder = (path) =>
  statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((name) => listsUnder(join(path, name))) : /README[^/]*\.md$/.test(path) ? [path] : [];

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { quiet: { type: 'boolean', default: false }, reasons: { type: 'boolean', default: false }, cells: { type: 'boolean', default: false } } });
  const roots = positionals.length > 0 ? positionals : [resolve(repoRoot, '../shared/fixtures/wild'), resolve(repoRoot, '../shared/fixtures/unireps/history')];
  const files = roots.flatMap((root) => listsUnder(resolve(root)));
  let all = 0;
  let scanned = 0;
  const reasons = new Map();
  const summary = [];
  const cellCounts = new Map();
  for (const file of files) {
    const name = relative(resolve(repoRoot, '..'), file);
    if (values.cells) {
      for (const { reason, raw } of await cellReasons(readFileSync(file, 'utf8'))) {
        const key = reason.replace(/: ".*$/, '');
        const entry = cellCounts.get(key) ?? { count: 0, examples: [] };
        entry.count += 1;
        if (entry.examples.length < 6 && Math.random() < 0.3) entry.examples.push(raw.slice(0, 140));
        cellCounts.set(key, entry);
      }
    }
    const { tables, document } = await tableCoverage(readFileSync(file, 'utf8'));
    const read = tables.filter((t) => t.reader === 'scan').length;
    all += tables.length;
    scanned += read;
    summary.push([name, read, tables.length]);
    if (!values.quiet) {
      console.log(`${name}: ${read}/${tables.length} tables read by the line scan${document ? ` (whole document to remark: ${document})` : ''}`);
      for (const t of tables) if (t.reader === 'remark' && !document) console.log(`  lines ${t.start}–${t.end}: remark — ${t.reason}`);
    }
    for (const t of tables) {
      if (t.reader !== 'remark') continue;
      const key = (document ? `document: ${document.replace(/^line \d+: /, '')}` : t.reason.replace(/^line \d+: /, '')).replace(/: ".*$/, '');
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
  }
  if (!values.quiet) console.log('');
  const width = Math.max(...summary.map(([name]) => name.length));
  for (const [name, read, total] of summary) console.log(`${name.padEnd(width)}  ${String(read).padStart(4)}/${String(total).padEnd(4)} ${total ? `${((100 * read) / total).toFixed(0)}%` : '-'}`);
  console.log(`\nall: ${scanned}/${all} tables read without remark (${all ? ((100 * scanned) / all).toFixed(1) : '-'}%)`);
  if (values.cells) {
    console.log('\ncells beyond the simple inline parser, by reason (every cell of every table):');
    for (const [reason, { count, examples }] of [...cellCounts].sort((a, b) => b[1].count - a[1].count)) {
      console.log(`  ${String(count).padStart(5)}  ${reason}`);
      for (const example of examples) console.log(`           ${example}`);
    }
  }
  if (values.reasons) {
    console.log('\ntables handed to remark, by reason:');
    for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)}  ${reason}`);
  }
}
