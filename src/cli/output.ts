import { resolve } from 'node:path';
import type { FileSnapshot } from '../atomic-write.js';
import type { FileOutcome, LinkGathering } from '../engine/index.js';
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

/** The report on stdout: the format asked for, or with --fix-dry-run the repairs as a diff. */
export async function report(args: CliOptions, io: Io, files: FileResult[], all: FileOutcome[], links: LinkResult[] | undefined): Promise<void> {
  // With --fix-dry-run the diff is the output; what would be left is told by the exit code.
  if (args.fixDryRun) io.stdout(await repairsAsDiff(all));
  else if (args.format === 'json') io.stdout(formatJson(files, links));
  else if (args.format === 'sarif') io.stdout(formatSarif(files, rules));
  else io.stdout(formatStylish(files, { color: useColor(io, args.noColor), ...(links && { links }) }));
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

/** Progress goes to a terminal's stderr as one updating line, never into a report. */
export function linkGathering(args: CliOptions, io: Io, cache: LinkGathering['cache']): LinkGathering {
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

export async function openCache(path: string, shown: string, maxAge: number | undefined, io: Io) {
  const { openLinkCache } = await import('../links/cache-file.js');
  try {
    return await openLinkCache(path, shown, { ...(maxAge !== undefined && { maxAgeMs: maxAge }), warn: (why) => io.stderr(`lint-list: ${why}\n`) });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
