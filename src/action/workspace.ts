import { lstat, mkdir, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { writeAtomically } from '../atomic-write.js';
import { UsageError } from '../errors.js';

/**
 * What the Action reads and writes stays inside the workspace: a pull request commits files, and a
 * committed symlink must not lead a read (its target's text in the log) or a write out of it.
 * Refusals are one-line UsageErrors that name the input.
 */

const isInside = (folder: string, path: string) => {
  const inside = relative(folder, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
};

/**
 * The real path of `path` (relative to the workspace) for reading, after checking that it is inside
 * the workspace both as written and with symlinks followed. A file that does not exist keeps its
 * lexical path: reading it then fails with the usual one line.
 */
export async function pathInside(workspace: string, path: string, input: string): Promise<string> {
  const absolute = resolve(workspace, path);
  if (!isInside(resolve(workspace), absolute)) throw new UsageError(`input '${input}': ${path} is outside the workspace`);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      // A symlink to nowhere is refused as well: what it names may be outside.
      if ((await lstat(absolute).catch(() => undefined))?.isSymbolicLink()) {
        throw new UsageError(`input '${input}': ${path} is a symbolic link to a file that does not exist`);
      }
      return absolute;
    }
    throw error;
  }
  if (!isInside(await realpath(workspace), real)) throw new UsageError(`input '${input}': ${path} leads outside the workspace (to ${real})`);
  return real;
}

/**
 * Writes `text` to `path` (relative to the workspace, or absolute inside one of `folders`), creating
 * the folders it needs only after checking that the nearest existing one is really inside.
 */
export async function writeInside(folders: string[], path: string, text: string, input: string): Promise<string> {
  const absolute = resolve(folders[0] as string, path);
  const folder = folders.find((candidate) => isInside(resolve(candidate), absolute));
  if (folder === undefined) throw new UsageError(`input '${input}': ${path} is outside the workspace`);
  const realFolder = await realpath(folder);
  let existing = dirname(absolute);
  while (!(await lstat(existing).catch(() => undefined))) existing = dirname(existing);
  const realExisting = await realpath(existing).catch(() => existing);
  if (realExisting !== realFolder && !isInside(realFolder, realExisting)) {
    throw new UsageError(`input '${input}': ${path} leads outside the workspace (through ${realExisting})`);
  }
  await mkdir(dirname(absolute), { recursive: true });
  try {
    await writeAtomically(absolute, text, { within: folder });
  } catch (error) {
    throw new UsageError(`input '${input}': ${(error as Error).message.replace(absolute, path)}`);
  }
  return absolute;
}
