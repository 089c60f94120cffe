#!/usr/bin/env node
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Config, ConfigError, configFileName } from './config/config.js';
import type { LinkCache } from './links/cache.js';
import type { LinkFlags } from './links/options.js';
import type { LinkResult } from './links/types.js';
import { countSeverities, type FileResult, lintModel, modelOf } from './lint.js';
import type { ListModel } from './parse/model.js';
import { loadMarkdownParser, withMarkdownParser } from './parse/parser.js';
import { fixText } from './fix/fix.js';
import { InputError, loadConfig, readList } from './read-input.js';
import type { Finding } from './rules/types.js';
import { deadLinkFindings } from './rules/dead-link.js';
import { allRules } from './rules/index.js';
import { version } from './meta.js';
import { formatJson } from './report/json.js';
import { formatSarif } from './report/sarif.js';
import { formatStylish } from './report/stylish.js';

const usage = `Usage: lint-list [options] [files...]

Lints paper tables in markdown lists (default file: README.md).

Options:
  --format <stylish|json|sarif>  output format (default: stylish)
  --config <path>          config file (default: ${configFileName} in the working directory, if present)
  --quiet                  report errors only
  --max-warnings <n>       exit 1 when there are more than n warnings
  --exit-zero              exit 0 even when problems are found (usage, config and input errors still exit 2)
  --fix                    repair what can be safely repaired, then report what is left
  --fix-dry-run            print the repairs as a unified diff; write nothing
  --no-color               never colour the output (colours are used only on a terminal)

Link checking (off unless --links):
  --links                  check that every paper link answers (dead links are errors)
  --timeout <ms>           per-request timeout (default: 15000)
  --retries <n>            retries for 429, 5xx, timeouts and resets (default: 2)
  --concurrency <n>        requests in flight in all (default: 32)
  --host-concurrency <n>   requests in flight per host (default: 4)
  --allow-private-hosts    also check links to loopback and private addresses
  --cache <file>           keep alive/unverified verdicts in this file between runs
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, config or input error.`;

/** A mistake in how lint-list was called or what it was given: one line on stderr, exit 2. */
class UsageError extends Error {}

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
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof InputError) {
      io.stderr(`lint-list: ${error.message}\n`);
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`lint-list: internal error: ${reason} (please report it with the file that caused it)\n`);
    }
    return 2;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const args = parseArguments(argv);
  if (args.help) {
    io.stdout(`${usage}\n`);
    return 0;
  }
  if (args.version) {
    io.stdout(`${version}\n`);
    return 0;
  }
  const format = args.format ?? 'stylish';
  if (args.fix && args.fixDryRun) throw new UsageError('--fix and --fix-dry-run exclude each other: pick one');
  if (format !== 'stylish' && format !== 'json' && format !== 'sarif') {
    throw new UsageError(`--format must be "stylish", "json" or "sarif", not "${format}"`);
  }
  const maxWarnings = args.maxWarnings === undefined ? undefined : wholeNumber(args.maxWarnings, '--max-warnings');

  const linkFlags: LinkFlags = {
    timeout: optionalNumber(args.timeout, '--timeout', 1),
    retries: optionalNumber(args.retries, '--retries', 0),
    concurrency: optionalNumber(args.concurrency, '--concurrency', 1),
    hostConcurrency: optionalNumber(args.hostConcurrency, '--host-concurrency', 1),
    allowPrivateHosts: args.allowPrivateHosts || undefined,
  };
  if (!args.links) {
    const linkOnly = ['--timeout', '--retries', '--concurrency', '--host-concurrency', '--allow-private-hosts', '--cache'];
    const given = linkOnly.filter((flag) => argv.some((arg) => arg === flag || arg.startsWith(`${flag}=`)));
    if (given.length > 0) throw new UsageError(`${given.join(', ')} only ${given.length === 1 ? 'applies' : 'apply'} with --links`);
  }

  const config = await loadConfig(args.config, io.cwd);
  const paths = [...new Set(args.files.length > 0 ? args.files : ['README.md'])];
  // Every input is read before anything is reported, so a bad one never leaves a half report.
  const texts = await Promise.all(paths.map((path) => readList(resolve(io.cwd, path), path)));
  // remark is loaded only when a file needs it (parser.ts); most lists are read by the line scan alone.
  let models = await withMarkdownParser(() => paths.map((path, i) => modelOf(path, texts[i] as string, config)));

  const links = args.links ? await checkAllLinks(models, config, linkFlags, args.cache, io, format) : undefined;
  const linkFindings = (model: ListModel) => (links ? deadLinkFindings(links, model, config.links.scope) : []);

  if (args.fix || args.fixDryRun) {
    const fixed = await withMarkdownParser(() =>
      paths.map((path, i) =>
        fixText(path, texts[i] as string, config, {
          extra: linkFindings,
          // --quiet leaves warnings alone, as it does in ESLint: only errors are reported, so only they are repaired.
          ...(args.quiet && { select: (finding: Finding) => finding.severity === 'error' }),
        }).text,
      ),
    );
    if (args.fixDryRun) {
      const { createTwoFilesPatch } = await import('diff');
      const patches = paths.flatMap((path, i) =>
        fixed[i] === texts[i] ? [] : [createTwoFilesPatch(`a/${path}`, `b/${path}`, texts[i] as string, fixed[i] as string, '', '', { context: 1 })],
      );
      io.stdout(patches.join(''));
    } else {
      // Loaded here, not at start: it brings node:crypto, about 2 MiB that a plain lint never needs.
      const { writeAtomically } = await import('./atomic-write.js');
      for (const [i, path] of paths.entries()) {
        if (fixed[i] !== texts[i]) await writeAtomically(resolve(io.cwd, path), fixed[i] as string).catch((error: Error) => {
          throw new UsageError(error.message);
        });
      }
    }
    // What is left is linted on the repaired text; a file without repairs keeps its model.
    models = await withMarkdownParser(() => models.map((model, i) => (fixed[i] === texts[i] ? model : modelOf(model.path, fixed[i] as string, config))));
  }

  let results: FileResult[] = models.map((model) => lintModel(model, config, linkFindings(model)));
  const { errors, warnings } = countSeverities(results);
  if (args.quiet) results = results.map((file) => ({ ...file, messages: file.messages.filter((m) => m.severity === 'error') }));

  if (args.fixDryRun) {
    // The diff is the output; what would be left is told by the exit code.
  } else if (format === 'json') io.stdout(formatJson(results, links));
  else if (format === 'sarif') io.stdout(formatSarif(results, allRules));
  else io.stdout(formatStylish(results, { color: useColor(io, args.noColor), ...(links && { links }) }));

  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooManyWarnings && format === 'stylish') {
    io.stderr(`lint-list: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
  }
  if (args.exitZero) return 0;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

function parseArguments(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        quiet: { type: 'boolean', short: 'q' },
        'max-warnings': { type: 'string' },
        'exit-zero': { type: 'boolean' },
        'no-color': { type: 'boolean' },
        links: { type: 'boolean' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        timeout: { type: 'string' },
        retries: { type: 'string' },
        concurrency: { type: 'string' },
        'host-concurrency': { type: 'string' },
        'allow-private-hosts': { type: 'boolean' },
        cache: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    return {
      format: values.format,
      config: values.config,
      quiet: values.quiet === true,
      maxWarnings: values['max-warnings'],
      exitZero: values['exit-zero'] === true,
      noColor: values['no-color'] === true,
      links: values.links === true,
      fix: values.fix === true,
      fixDryRun: values['fix-dry-run'] === true,
      timeout: values.timeout,
      retries: values.retries,
      concurrency: values.concurrency,
      hostConcurrency: values['host-concurrency'],
      allowPrivateHosts: values['allow-private-hosts'] === true,
      cache: values.cache,
      help: values.help === true,
      version: values.version === true,
      files: positionals,
    };
  } catch (error) {
    // parseArgs words its errors well ("Unknown option '--frmat'"); keep the first sentence.
    const message = error instanceof Error ? (error.message.split('. ')[0] ?? error.message) : String(error);
    throw new UsageError(`${message.replace(/\.$/, '')} (see lint-list --help)`);
  }
}

function wholeNumber(value: string, flag: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number, not "${value}"`);
  return Number(value);
}

function optionalNumber(value: string | undefined, flag: string, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  const number = wholeNumber(value, flag);
  if (number < minimum) throw new UsageError(`${flag} must be at least ${minimum}, not ${number}`);
  return number;
}

/**
 * Checks every collected link once. The checker is loaded only here, so a lint without --links never
 * loads undici. Progress goes to a terminal's stderr as one updating line, never into a report.
 */
async function checkAllLinks(
  models: ListModel[],
  config: Config,
  flags: LinkFlags,
  cachePath: string | undefined,
  io: Io,
  format: string,
): Promise<LinkResult[]> {
  const [{ checkModelLinks }, cacheFile, { defaultCacheMaxAgeMs }] = await Promise.all([
    import('./links/run.js'),
    import('./links/cache-file.js'),
    import('./links/cache.js'),
    // links.scope "all" collects every link of the document from remark's whole tree.
    config.links.scope === 'all' ? loadMarkdownParser() : undefined,
  ]);
  const cacheAt = cachePath === undefined ? undefined : resolve(io.cwd, cachePath);
  let cache: LinkCache | undefined;
  if (cacheAt !== undefined) {
    try {
      cache = await cacheFile.readCacheFile(cacheAt, cachePath as string, config.links.cacheMaxAge ?? defaultCacheMaxAgeMs);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const showProgress = io.stderrIsTTY && format === 'stylish';
  const results = await checkModelLinks(models, config, {
    flags,
    ...(cache && { cache }),
    ...(showProgress && {
      onProgress: (checked: number, total: number, dead: number) => {
        io.stderr(`\r\u001b[2Kchecking links: ${checked}/${total}${dead > 0 ? `, ${dead} dead` : ''}`);
        if (checked === total) io.stderr('\r\u001b[2K');
      },
    }),
  });
  if (cache && cacheAt !== undefined) {
    try {
      await cacheFile.writeCacheFile(cacheAt, cache, Date.now());
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  return results;
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
