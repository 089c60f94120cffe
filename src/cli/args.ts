import { parseArgs } from 'node:util';
import { configFileName } from '../config/defaults.js';
import type { LinkFlags } from '../engine/link-options.js';
import { UsageError } from '../errors.js';
import { maxTimerMs } from '../http/timers.js';
import { closestName } from '../parse/comments.js';

export const usage = `Usage: lint-list [options] [files...]

Lints paper tables in markdown lists (default file: README.md). Files may be globs, quoted so the
shell leaves them alone ('docs/**/*.md'); files a .gitignore ignores are left out of a glob's
matches (a file named as it is is always linted). "-" reads the list from standard input.

Options:
  -f, --format <stylish|json|sarif>  output format (default: stylish)
  -c, --config <path>      config file (default: ${configFileName} in the working directory, if present)
  -q, --quiet              report errors only
  --max-warnings <n>       exit 1 when there are more than n warnings
  --exit-zero              exit 0 even when problems are found (usage, config and input errors still exit 2)
  --fix                    repair what can be safely repaired, then report what is left
  --fix-dry-run            print the repairs as a unified diff; write nothing
  --no-color               never colour the output (colours are used only on a terminal)
  --stdin-filename <name>  the name to report standard input ("-") under (default: <stdin>)
  --report-unused-disable-directives  report lint-list-disable comments that switch nothing off (as errors)

Link checking (off unless --links):
  --links                  check that every paper link answers (dead links are errors)
  --timeout <ms>           per-request timeout (default: 15000)
  --retries <n>            retries for 429, 5xx, timeouts and resets (default: 2)
  --concurrency <n>        requests in flight in all (default: 32)
  --host-concurrency <n>   requests in flight per host (default: 4)
  --allow-private-hosts    also check links to loopback and private addresses
  --cache <file>           keep alive/unverified verdicts in this file between runs

Paper metadata (off unless --metadata; combinable with --links, which then checks arXiv links
through arXiv's API):
  --metadata               ask arXiv, Crossref, doi.org and OpenReview about each linked paper:
                           a link to another paper, or to one that does not exist, is an error
                           (--allow-private-hosts and --cache apply here too)

  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage, config or input error
(a file that cannot be read is named on stderr, the others are still linted, and the exit code is 2).`;

/** Every option lint-list accepts; the usage above documents each, short form included (a test checks). */
export const optionSpecs = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  'exit-zero': { type: 'boolean' },
  'no-color': { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'report-unused-disable-directives': { type: 'boolean' },
  links: { type: 'boolean' },
  metadata: { type: 'boolean' },
  timeout: { type: 'string' },
  retries: { type: 'string' },
  concurrency: { type: 'string' },
  'host-concurrency': { type: 'string' },
  'allow-private-hosts': { type: 'boolean' },
  cache: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** What the command line asks for, checked. */
export interface CliOptions {
  help: boolean;
  version: boolean;
  format: 'stylish' | 'json' | 'sarif';
  config: string | undefined;
  quiet: boolean;
  maxWarnings: number | undefined;
  exitZero: boolean;
  noColor: boolean;
  fix: boolean;
  fixDryRun: boolean;
  /** The name standard input is reported under, when "-" is among the files. */
  stdinFilename: string | undefined;
  reportUnusedDisableDirectives: boolean;
  /** Set with --links. */
  links: LinkFlags | undefined;
  /** --metadata */
  metadata: boolean;
  /** --allow-private-hosts, for --links and --metadata alike. */
  allowPrivateHosts: boolean;
  cache: string | undefined;
  /** Files, globs and "-", as written. */
  files: string[];
}

const linkOnlyFlags = ['--timeout', '--retries', '--concurrency', '--host-concurrency', '--allow-private-hosts', '--cache'];

/** Reads argv; every mistake is a UsageError with one line that says what to write instead. */
export function parseCliArguments(argv: string[]): CliOptions {
  const { values, positionals } = parse(argv);
  const help = values.help === true;
  const version = values.version === true;
  const format = values.format ?? 'stylish';
  const files = positionals;
  // --help and --version answer whatever else is written.
  if (help || version) return { ...quietDefaults, help, version, files };
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other: pick one');
  if (format !== 'stylish' && format !== 'json' && format !== 'sarif') {
    throw new UsageError(`--format must be "stylish", "json" or "sarif", not "${format}"`);
  }
  const stdin = files.includes('-');
  if (values['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename only applies when "-" (standard input) is among the files');
  if (values['stdin-filename'] === '') throw new UsageError('--stdin-filename needs a name, e.g. --stdin-filename README.md');
  if (values.fix && stdin) throw new UsageError('--fix cannot write standard input back: use --fix-dry-run to see the repairs as a diff');
  const maxWarnings = values['max-warnings'] === undefined ? undefined : wholeNumber(values['max-warnings'], '--max-warnings');
  const links: LinkFlags = {
    timeout: optionalNumber(values.timeout, '--timeout', 1, maxTimerMs),
    retries: optionalNumber(values.retries, '--retries', 0),
    concurrency: optionalNumber(values.concurrency, '--concurrency', 1),
    hostConcurrency: optionalNumber(values['host-concurrency'], '--host-concurrency', 1),
    allowPrivateHosts: values['allow-private-hosts'] || undefined,
  };
  if (!values.links) {
    const sharedWithMetadata = new Set(['--allow-private-hosts', '--cache']);
    const given = linkOnlyFlags
      .filter((flag) => !(values.metadata && sharedWithMetadata.has(flag)))
      .filter((flag) => argv.some((arg) => arg === flag || arg.startsWith(`${flag}=`)));
    if (given.length > 0) throw new UsageError(`${given.join(', ')} only ${given.length === 1 ? 'applies' : 'apply'} with --links`);
  }
  return {
    help,
    version,
    format,
    config: values.config,
    quiet: values.quiet === true,
    maxWarnings,
    exitZero: values['exit-zero'] === true,
    noColor: values['no-color'] === true,
    fix: values.fix === true,
    fixDryRun: values['fix-dry-run'] === true,
    stdinFilename: values['stdin-filename'],
    reportUnusedDisableDirectives: values['report-unused-disable-directives'] === true,
    links: values.links ? links : undefined,
    metadata: values.metadata === true,
    allowPrivateHosts: values['allow-private-hosts'] === true,
    cache: values.cache,
    files,
  };
}

const quietDefaults: Omit<CliOptions, 'help' | 'version' | 'files'> = {
  format: 'stylish', config: undefined, quiet: false, maxWarnings: undefined, exitZero: false, noColor: false,
  fix: false, fixDryRun: false, stdinFilename: undefined, reportUnusedDisableDirectives: false, links: undefined, metadata: false, allowPrivateHosts: false, cache: undefined,
};

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: optionSpecs });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
    if (unknown !== undefined) throw new UsageError(unknownOption(unknown));
    // parseArgs words its other errors well ("Option '--format <value>' argument missing"); keep the first sentence.
    throw new UsageError(`${(message.split('. ')[0] ?? message).replace(/\.$/, '')} (see lint-list --help)`);
  }
}

/** "Unknown option '--max-warning': did you mean --max-warnings?" when one option is a typo or two away. */
export function unknownOption(option: string): string {
  const long = option.startsWith('--') ? option.slice(2).split('=')[0] ?? '' : '';
  const close = long.length > 1 ? closestName(long, Object.keys(optionSpecs)) : undefined;
  return `Unknown option '${option}'${close ? `: did you mean --${close}?` : ''} (see lint-list --help)`;
}

function wholeNumber(value: string, flag: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number, not "${value}"`);
  return Number(value);
}

function optionalNumber(value: string | undefined, flag: string, minimum: number, maximum?: number): number | undefined {
  if (value === undefined) return undefined;
  const number = wholeNumber(value, flag);
  if (number < minimum) throw new UsageError(`${flag} must be at least ${minimum}, not ${number}`);
  // Node's timers overflow at 2^31 ms (about 24.8 days): a longer time would fire at once.
  if (maximum !== undefined && number > maximum) throw new UsageError(`${flag} must be at most ${maximum} (milliseconds), not ${value}`);
  return number;
}
