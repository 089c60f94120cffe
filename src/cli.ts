#!/usr/bin/env node
import { resolve } from 'node:path';
import { type CliOptions, parseCliArguments, usage } from './cli/args.js';
import { type LinkGathering, lintFiles } from './engine/index.js';
import { isUserError, UsageError } from './errors.js';
import { version } from './meta.js';
import { loadConfig, readList } from './read-input.js';
import { countSeverities } from './report/counts.js';
import { formatJson } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { formatStylish } from './report/stylish.js';
import { rules } from './rules/index.js';

/** What the CLI may touch of its process: streams, environment and working directory. */
interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

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
  const paths = [...new Set(args.files.length > 0 ? args.files : ['README.md'])];
  // Every input is read before anything is reported, so a bad one never leaves a half report.
  const texts = await Promise.all(paths.map((path) => readList(resolve(io.cwd, path), path)));
  const cache = args.links && args.cache !== undefined ? await openCache(resolve(io.cwd, args.cache), args.cache, config.links.cacheMaxAge) : undefined;
  const outcome = await lintFiles({
    files: paths.map((path, i) => ({ path, text: texts[i] as string })),
    config,
    ...(args.links && { links: linkGathering(args, io, cache?.cache) }),
    // --quiet leaves warnings alone, as it does in ESLint: only errors are reported, so only they are repaired.
    ...((args.fix || args.fixDryRun) && { fix: args.quiet ? { select: (finding) => finding.severity === 'error' } : {} }),
    ...(io.env.LINT_LIST_PARSER === 'remark' && { parser: 'remark' as const }),
  });
  if (cache) await cache.save();
  if (args.fix) await writeRepairs(outcome.files, io.cwd);

  const { errors, warnings } = countSeverities(outcome.files);
  const files = args.quiet ? outcome.files.map((file) => ({ ...file, messages: file.messages.filter((m) => m.severity === 'error') })) : outcome.files;
  // With --fix-dry-run the diff is the output; what would be left is told by the exit code.
  if (args.fixDryRun) io.stdout(await repairsAsDiff(outcome.files));
  else if (args.format === 'json') io.stdout(formatJson(files, outcome.links));
  else if (args.format === 'sarif') io.stdout(formatSarif(files, rules));
  else io.stdout(formatStylish(files, { color: useColor(io, args.noColor), ...(outcome.links && { links: outcome.links }) }));

  const tooManyWarnings = args.maxWarnings !== undefined && warnings > args.maxWarnings;
  if (tooManyWarnings && args.format === 'stylish') io.stderr(`lint-list: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}\n`);
  if (args.exitZero) return 0;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** Progress goes to a terminal's stderr as one updating line, never into a report. */
function linkGathering(args: CliOptions, io: Io, cache: LinkGathering['cache']): LinkGathering {
  const showProgress = io.stderrIsTTY && args.format === 'stylish';
  return {
    flags: args.links ?? {},
    ...(cache && { cache }),
    ...(showProgress && {
      onProgress: (checked: number, total: number, dead: number) => {
        io.stderr(`\r\u001b[2Kchecking links: ${checked}/${total}${dead > 0 ? `, ${dead} dead` : ''}`);
        if (checked === total) io.stderr('\r\u001b[2K');
      },
    }),
  };
}

async function openCache(path: string, shown: string, maxAge: number | undefined) {
  const { openLinkCache } = await import('./links/cache-file.js');
  try {
    return await openLinkCache(path, shown, { ...(maxAge !== undefined && { maxAgeMs: maxAge }), warn: (why) => process.stderr.write(`lint-list: ${why}\n`) });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function writeRepairs(files: Array<{ path: string; text: string; fixed: string }>, cwd: string): Promise<void> {
  // Loaded here, not at start: it brings node:crypto, about 2 MiB that a plain lint never needs.
  const { writeAtomically } = await import('./atomic-write.js');
  for (const file of files) {
    if (file.fixed === file.text) continue;
    await writeAtomically(resolve(cwd, file.path), file.fixed).catch((error: Error) => {
      throw new UsageError(error.message);
    });
  }
}

async function repairsAsDiff(files: Array<{ path: string; text: string; fixed: string }>): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  return files
    .filter((file) => file.fixed !== file.text)
    .map((file) => createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.text, file.fixed, '', '', { context: 1 }))
    .join('');
}

function useColor(io: Io, noColor: boolean): boolean {
  if (noColor || 'NO_COLOR' in io.env) return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

// A reader that stops early (`lint-list … | head`) is no error: stop quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
});
