import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from './errors.js';
import { type Config, configFileName, defaultConfig, parseConfig } from './config/config.js';

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
  return parseConfig(text, path);
}

/** The largest list read: 20 MB, some thirty times the largest real paper lists, linted in seconds. */
const maxListBytes = 20 * 1024 * 1024;

export async function readList(absolute: string, shown: string): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) throw new InputError(`${shown} is a directory; name the markdown file, e.g. ${shown}/README.md`);
    if (info.size > maxListBytes) {
      throw new InputError(`${shown} is ${(info.size / 1024 / 1024).toFixed(1)} MB; lint-list reads lists of up to 20 MB`);
    }
    bytes = await readFile(absolute);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${shown}: ${describeFsError(error)}`);
  }
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
function firstInvalidLine(bytes: Buffer): number {
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
