#!/usr/bin/env node
import { resolve } from 'node:path';
import { type CliOptions, parseCliArguments, usage } from './cli/args.js';
import { findInputs, readAll, readInputs } from './cli/inputs.js';
import { type Io, linkGathering, metadataGathering, openCache, progressLine, report, reported, writeRepairs } from './cli/output.js';
import { lintFiles } from './engine/index.js';
import { isUserError } from './errors.js';
import { version } from './meta.js';
import { loadConfig, maxListBytes } from './read-input.js';
import { countSeverities } from './report/counts.js';

async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(parseCliArguments(argv), io);
  } catch (error) {
    if (isUserError(error)) io.stderr(`lint-list: ${error.message}\n`);
    else io.stderr(`lint-list: internal error: ${error instanceof Error ? error.message : String(error)} (please report it with the file that caused it)\n`);
    return 2;
  }
}

async function run(args: CliOptions, io: Io): Promise<number> {
  if (args.help || args.version) {
    io.stdout(`${args.help ? usage : version}\n`);
    return 0;
  }
  const config = await loadConfig(args.config, io.cwd);
  // Every input is read before anything is reported; one that cannot be read is named on stderr,
  // the others are linted, and the run exits 2 at the end.
  const found = await findInputs(args.files, io.cwd, args.stdinFilename);
  const read = await readInputs(found.inputs, { forFix: args.fix, readStdin: io.readStdin });
  const problems = [...found.problems, ...read.problems];
  for (const problem of problems) io.stderr(`lint-list: ${problem}\n`);
  if (read.lists.length === 0) return 2;
  // A run that could not read everything it was given writes nothing: the others are reported as they are.
  const fix = args.fix && problems.length === 0;
  if (args.fix && !fix) io.stderr('lint-list: --fix wrote nothing, since not every file could be read\n');

  const cache = (args.links || args.metadata) && args.cache !== undefined ? await openCache(resolve(io.cwd, args.cache), args.cache, config.links.cacheMaxAge, io) : undefined;
  // Crossref's polite pool: the config's mailto, else LINT_LIST_MAILTO.
  if (config.metadata.mailto === undefined && io.env.LINT_LIST_MAILTO) config.metadata.mailto = io.env.LINT_LIST_MAILTO;
  const progress = progressLine(args, io);
  const outcome = await lintFiles({
    files: read.lists.map(({ path, text }) => ({ path, text })),
    config,
    ...(args.links && { links: linkGathering(args, cache?.cache, progress) }),
    ...(args.metadata && { metadata: metadataGathering(args, cache?.cache, progress, io.env) }),
    // --quiet leaves warnings alone, as it does in ESLint: only errors are reported, so only they are repaired.
    ...((fix || args.fixDryRun) && { fix: args.quiet ? { select: (finding) => finding.severity === 'error' } : {} }),
    ...(io.env.LINT_LIST_PARSER === 'remark' && { parser: 'remark' as const }),
  });
  if (cache) await cache.save();
  for (const notice of outcome.notices) io.stderr(`lint-list: ${notice}\n`);

  // --fix writes a list only if it is still what was read: an edit made meanwhile is never lost.
  const expected = new Map(read.lists.flatMap((list) => (list.expected ? [[list.path, list.expected] as const] : [])));
  const refused = fix ? await writeRepairs(outcome.files, expected, io.cwd) : new Map<string, string>();
  for (const why of refused.values()) io.stderr(`lint-list: ${why}\n`);
  // A list left unwritten is not reported: its findings would be those of a text that is not on disk.
  const written = outcome.files.filter((file) => !refused.has(file.path));
  if (written.length === 0) return 2;
  await report(args, io, reported(written, args), written, { links: outcome.links, papers: outcome.papers });

  if (problems.length > 0 || refused.size > 0) return 2;
  const { errors, warnings } = countSeverities(reported(written, { ...args, quiet: false }));
  const tooManyWarnings = args.maxWarnings !== undefined && warnings > args.maxWarnings;
  if (tooManyWarnings && args.format === 'stylish') io.stderr(`lint-list: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
  if (args.exitZero) return 0;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

// A reader that stops early (`lint-list … | head`) is no error: stop quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readAll(process.stdin, maxListBytes + 1),
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
});
