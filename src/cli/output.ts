import { resolve } from 'node:path';
import type { FileSnapshot } from '../atomic-write.js';
import type { FileOutcome, LinkGathering, MetadataGathering, PaperCounts } from '../engine/index.js';
import { UsageError } from '../errors.js';
import type { LinkResult } from '../links/types.js';
import { formatJson } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatStylish } from '../report/stylish.js';
import { rules } from '../rules/index.js';
import type { FileResult, Finding } from '../rules/types.js';
import type { CliOptions } from './args.js';

/** What the CLI may touch of its process: streams, environment and working directory. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** All of standard input (read only when "-" is among the files). */
  readStdin: () => Promise<Buffer>;
  isTTY: boolean;
  stderrIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/**
 * The report on stdout: the format asked for, or with --fix-dry-run the repairs as a diff. The
 * paper counts are a line of the stylish report only: the JSON report's shape is a contract.
 */
export async function report(
  args: CliOptions,
  io: Io,
  files: FileResult[],
  all: FileOutcome[],
  gathered: { links?: LinkResult[] | undefined; papers?: PaperCounts | undefined },
): Promise<void> {
  const { links, papers } = gathered;
  // With --fix-dry-run the diff is the output; what would be left is told by the exit code.
  if (args.fixDryRun) io.stdout(await repairsAsDiff(all));
  else if (args.format === 'json') io.stdout(formatJson(files, links));
  else if (args.format === 'sarif') io.stdout(formatSarif(files, rules));
  else io.stdout(formatStylish(files, { color: useColor(io, args.noColor), ...(links && { links }), ...(papers && { papers }) }));
}

/**
 * The findings to report of each file: with --report-unused-disable-directives, the comments that
 * switched nothing off join them (the engine hands them over beside the findings); with --quiet, errors only.
 */
export function reported(files: FileOutcome[], args: CliOptions): FileResult[] {
  return files.map((file) => {
    const unused = args.reportUnusedDisableDirectives ? ((file as { unusedDirectives?: Finding[] }).unusedDirectives ?? []) : [];
    const messages = unused.length > 0 ? [...file.messages, ...unused].sort(byPlace) : file.messages;
    return { path: file.path, messages: args.quiet ? messages.filter((m) => m.severity === 'error') : messages };
  });
}

const byPlace = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);

/**
 * Writes the repaired lists. Each is written only if it is still what was read (`expected`), through
 * writeAtomically's checks; a file that changed meanwhile or may not be replaced safely (read-only,
 * hard-linked, a symlink to nowhere) is left as it is, and its one-line reason returned.
 */
export async function writeRepairs(files: FileOutcome[], expected: Map<string, FileSnapshot>, cwd: string): Promise<Map<string, string>> {
  // Loaded here, not at start: it brings node:crypto, which a plain lint never needs.
  const { writeAtomically } = await import('../atomic-write.js');
  const refused = new Map<string, string>();
  for (const file of files) {
    if (file.fixed === file.text) continue;
    const absolute = resolve(cwd, file.path);
    const snapshot = expected.get(file.path);
    try {
      await writeAtomically(absolute, file.fixed, { ...(snapshot && { expected: snapshot }) });
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
      refused.set(file.path, message.replaceAll(absolute, file.path));
    }
  }
  return refused;
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

/** Tells the progress line how far one gathering is; `done` takes it off the line. */
export type ProgressLine = (gathering: 'links' | 'papers', text: string, done: boolean) => void;

/**
 * How far the run's gatherings are: one line on a terminal's stderr, updated in place, naming each
 * one under way (`checking links: 120/400, 3 dead · looking up papers: 80/200`) and cleared once
 * all are done. Never into a report: undefined unless stderr is a terminal and the report stylish.
 * Links and papers are gathered at the same time, so they share the one line.
 */
export function progressLine(args: CliOptions, io: Io): ProgressLine | undefined {
  if (!io.stderrIsTTY || args.format !== 'stylish') return undefined;
  const under = new Map<string, string>();
  return (gathering, text, done) => {
    if (done) under.delete(gathering);
    else under.set(gathering, text);
    io.stderr(`\r\u001b[2K${[...under.values()].join(' · ')}`);
  };
}

export function linkGathering(args: CliOptions, cache: LinkGathering['cache'], progress: ProgressLine | undefined): LinkGathering {
  return {
    flags: args.links ?? {},
    ...(cache && { cache }),
    ...(progress && {
      onProgress: (checked: number, total: number, dead: number) =>
        progress('links', `checking links: ${checked}/${total}${dead > 0 ? `, ${dead} dead` : ''}`, checked === total),
    }),
  };
}

/** `--metadata`: the sources of the config, loopback ones too with --allow-private-hosts. */
export function metadataGathering(args: CliOptions, cache: MetadataGathering['cache'], progress: ProgressLine | undefined, env: NodeJS.ProcessEnv = {}): MetadataGathering {
  // Semantic Scholar is asked only with a key, and a key comes from the environment, never a committed config.
  const semanticScholarKey = env.S2_API_KEY?.trim();
  return {
    allowPrivateHosts: args.allowPrivateHosts,
    ...(semanticScholarKey && { semanticScholarKey }),
    ...(cache && { cache }),
    ...(progress && { onProgress: (done: number, total: number) => progress('papers', `looking up papers: ${done}/${total}`, done === total) }),
  };
}

export async function openCache(path: string, shown: string, maxAge: number | undefined, io: Io) {
  const { openLinkCache } = await import('../links/cache-file.js');
  try {
    return await openLinkCache(path, shown, { ...(maxAge !== undefined && { maxAgeMs: maxAge }), warn: (why) => io.stderr(`lint-list: ${why}\n`) });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
