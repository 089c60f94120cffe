import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FileSnapshot } from './atomic-write.js';
import { InputError } from './errors.js';
import type { Config } from './config/config.js';
import { configFileName, defaultConfig } from './config/defaults.js';

/**
 * Reading what the user named: the config file and the lists. Shared by the two edges (CLI and
 * Action); every failure is an InputError with one line for the person, never a stack trace.
 */

export async function loadConfig(explicit: string | undefined, cwd: string): Promise<Config> {
  const path = explicit ?? configFileName;
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    if (explicit === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return defaultConfig();
    throw new InputError(`cannot read config ${path}: ${describeFsError(error)}`);
  }
  // Loaded only for a config file: a list without one never loads the config reader's libraries.
  const { parseConfig } = await import('./config/config.js');
  return parseConfig(text, path);
}

/** The largest list read: 20 MB, some thirty times the largest real paper lists, linted in seconds. */
export const maxListBytes = 20 * 1024 * 1024;

export async function readList(absolute: string, shown: string): Promise<string> {
  return listFromBytes(await readBytes(absolute, shown, async () => readFile(absolute)), shown);
}

/**
 * Reads a list that `--fix` may write back, with the snapshot of exactly the bytes read, to pass to
 * writeAtomically as `expected`: an edit made to the file while lint-list works is then never overwritten.
 */
export async function readListWithSnapshot(absolute: string, shown: string): Promise<{ text: string; expected: FileSnapshot }> {
  // Loaded here, not at start: it brings node:crypto, which a plain lint never needs.
  const { readWithSnapshot } = await import('./atomic-write.js');
  let expected: FileSnapshot | undefined;
  const bytes = await readBytes(absolute, shown, async () => {
    const read = await readWithSnapshot(absolute);
    expected = read.expected;
    return read.bytes;
  });
  return { text: listFromBytes(bytes, shown), expected: expected as FileSnapshot };
}

async function readBytes(absolute: string, shown: string, read: () => Promise<Buffer>): Promise<Buffer> {
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) throw new InputError(`${shown} is a directory; name the markdown file, e.g. ${shown}/README.md`);
    if (info.size > maxListBytes) throw tooLarge(shown, info.size);
    return await read();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${shown}: ${describeFsError(error)}`);
  }
}

const tooLarge = (shown: string, size: number) =>
  new InputError(`${shown} is ${(size / 1024 / 1024).toFixed(1)} MB; lint-list reads lists of up to 20 MB`);

/** The text of a list read as bytes (a file or standard input): at most 20 MB of UTF-8 without NUL. */
export function listFromBytes(bytes: Uint8Array, shown: string): string {
  if (bytes.length > maxListBytes) throw tooLarge(shown, bytes.length);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError(`${shown} looks binary (a NUL byte at offset ${nul}); lint-list reads markdown text`);
  try {
    // ignoreBOM keeps a byte order mark in the text, so that --fix writes it back.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${shown} is not valid UTF-8 (first bad byte on line ${firstInvalidLine(bytes)}); save it as UTF-8 and run again`);
  }
}

/** The line of the first byte that breaks UTF-8, for the error message. */
function firstInvalidLine(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const bad = lenient.indexOf('\uFFFD');
  return lenient.slice(0, Math.max(bad, 0)).split('\n').length;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}
