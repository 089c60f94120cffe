import { createHash, randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, open, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

/**
 * Writes through a temporary file in the same folder and a rename, so a reader (or a crash) never
 * sees half a file. What the rename would otherwise break is kept or refused:
 * - a symlink is followed and its target written (the link stays a link);
 * - the file keeps its mode, and its owner and group where the process may set them (root may);
 * - a read-only file (no write bit for its owner) is refused, since rename would ignore the bits;
 * - a file with several hard links is refused, since the rename would split them;
 * - with `expected` (what the caller read), a file changed since is refused just before the rename,
 *   so an edit made during a long `--fix --links` run is never silently overwritten;
 * - with `within`, a path that really leads outside that folder is refused.
 * Every refusal is an Error with one line naming the path; a FileChangedError for the last case.
 */

/** What a file was when it was read: compared again just before it is replaced. */
export interface FileSnapshot {
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
}

export interface WriteOptions {
  /** The file as read, or 'absent' when it did not exist (then it must still not exist). */
  expected?: FileSnapshot | 'absent';
  /**
   * A folder the file must really be in, symlinks followed (the workspace, for the Action): a
   * committed symlink must not lead a write out of it.
   */
  within?: string;
}

/** The file changed between being read and being replaced; nothing was written. */
export class FileChangedError extends Error {
  override name = 'FileChangedError';
  readonly code = 'ELINTLISTCHANGED';
}

export function snapshotOf(bytes: Uint8Array | string, info: { size: number; mtimeMs: number }): FileSnapshot {
  return { size: info.size, mtimeMs: info.mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Reads a file with the snapshot to pass back as `expected`: size and mtime from the open file
 * before and after the read (read again if they moved), the hash of exactly the bytes read.
 */
export async function readWithSnapshot(path: string): Promise<{ bytes: Buffer; expected: FileSnapshot }> {
  for (let attempt = 0; ; attempt += 1) {
    const handle = await open(path, 'r');
    try {
      const before = await handle.stat();
      const bytes = await handle.readFile();
      const after = await handle.stat();
      if ((before.size === after.size && before.mtimeMs === after.mtimeMs && bytes.length === after.size) || attempt >= 4) {
        return { bytes, expected: snapshotOf(bytes, after) };
      }
    } finally {
      await handle.close();
    }
  }
}

export async function writeAtomically(path: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  let temporary: string | undefined;
  try {
    const target = await writablePath(path);
    if (options.within !== undefined) await refuseOutside(path, target, options.within);
    const info = await statOrUndefined(target);
    if (info) refuseUnsafe(path, info);
    await checkUnchanged(path, target, options.expected, info);
    temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temporary, 'wx', info ? info.mode & 0o777 : 0o666);
    try {
      await handle.writeFile(content);
      if (info) {
        await handle.chown(info.uid, info.gid).catch(() => handle.chown(-1, info.gid).catch(() => undefined));
        // After chown, which clears set-id bits; chmod is not subject to the umask.
        await handle.chmod(info.mode & 0o7777);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Just before the rename: what the caller read must still be what is there.
    await checkUnchanged(path, target, options.expected, await statOrUndefined(target));
    await rename(temporary, target);
    temporary = undefined;
  } catch (error) {
    if (temporary !== undefined) await rm(temporary, { force: true });
    if (error instanceof FileChangedError || error instanceof RefusedError) throw error;
    throw new Error(`cannot write ${path}: ${oneLine(error)}`);
  }
}

/**
 * Read, change and write back a file that other processes may be updating too (a link cache
 * shared by two runs): under a lock file next to it (`<file>.lock`, created exclusively, taken
 * over when older than `staleLockMs`), the file's current text (undefined: none) goes to `update`
 * and the result is written with writeAtomically's checks; if the file still changed before the
 * rename (a writer that takes no lock), it is read and updated again, up to `attempts` times.
 */
export async function updateAtomically(
  path: string,
  update: (current: string | undefined) => string,
  options: { lockTimeoutMs?: number; staleLockMs?: number; attempts?: number; within?: string } = {},
): Promise<void> {
  const target = await writablePath(path).catch((error: unknown) => {
    throw error instanceof RefusedError ? error : new Error(`cannot write ${path}: ${oneLine(error)}`);
  });
  if (options.within !== undefined) await refuseOutside(path, target, options.within);
  const release = await lock(path, `${target}.lock`, options.lockTimeoutMs ?? 10_000, options.staleLockMs ?? 30_000);
  try {
    const attempts = options.attempts ?? 5;
    for (let attempt = 1; ; attempt += 1) {
      let current: string | undefined;
      let expected: FileSnapshot | 'absent';
      try {
        const read = await readWithSnapshot(target);
        current = read.bytes.toString('utf8');
        expected = read.expected;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`cannot read ${path}: ${oneLine(error)}`);
        expected = 'absent';
      }
      try {
        await writeAtomically(target, update(current), { expected, ...(options.within !== undefined && { within: options.within }) });
        return;
      } catch (error) {
        if (!(error instanceof FileChangedError) || attempt >= attempts) throw error;
      }
    }
  } finally {
    await release();
  }
}

/** A refusal worded for the person: passed through as it is. */
class RefusedError extends Error {}

/**
 * Where to write: the real path of `path` (symlinks followed, so the link stays a link), or for a
 * file that does not exist yet, its real folder. A symlink to nowhere is refused: creating its
 * target could write anywhere the link points.
 */
async function writablePath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const link = await lstat(path).catch(() => undefined);
  if (link?.isSymbolicLink()) throw new RefusedError(`cannot write ${path}: it is a symbolic link to a file that does not exist`);
  return join(await realpath(dirname(path)), basename(path));
}

async function refuseOutside(path: string, target: string, within: string): Promise<void> {
  const folder = await realpath(within).catch(() => resolve(within));
  const inside = relative(folder, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new RefusedError(`cannot write ${path}: it leads outside ${within} (to ${target})`);
  }
}

function refuseUnsafe(path: string, info: Stats): void {
  if (!info.isFile()) throw new RefusedError(`cannot write ${path}: it is not a regular file`);
  if ((info.mode & 0o200) === 0) {
    throw new RefusedError(`cannot write ${path}: it is read-only (mode ${(info.mode & 0o777).toString(8).padStart(4, '0')}); make it writable (chmod u+w) to let lint-list change it`);
  }
  if (info.nlink > 1) {
    throw new RefusedError(`cannot write ${path}: it has ${info.nlink} hard links, and replacing it would split them; give it a single link (copy it) to let lint-list change it`);
  }
}

async function checkUnchanged(path: string, target: string, expected: WriteOptions['expected'], info: Stats | undefined): Promise<void> {
  if (expected === undefined) return;
  const changed = (how: string) => new FileChangedError(`${path} changed while lint-list was working (${how}); nothing was written: run again`);
  if (expected === 'absent') {
    if (info) throw changed('it was created');
    return;
  }
  if (!info) throw changed('it was removed');
  if (info.size !== expected.size) throw changed('its size changed');
  if (info.mtimeMs !== expected.mtimeMs) throw changed('it was modified');
  const sha256 = createHash('sha256').update(await readFile(target)).digest('hex');
  if (sha256 !== expected.sha256) throw changed('its content changed');
}

async function lock(path: string, lockPath: string, timeoutMs: number, staleMs: number): Promise<() => Promise<void>> {
  const token = `${process.pid} ${randomBytes(8).toString('hex')}\n`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx', 0o644);
      try {
        await handle.writeFile(token);
      } finally {
        await handle.close();
      }
      return async () => {
        // Only our own lock is removed: one taken over as stale belongs to someone else now.
        const held = await readFile(lockPath, 'utf8').catch(() => undefined);
        if (held === token) await rm(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`cannot lock ${path}: ${oneLine(error)}`);
    }
    const held = await stat(lockPath).catch(() => undefined);
    if (held && Date.now() - held.mtimeMs > staleMs) {
      await rm(lockPath, { force: true });
      continue;
    }
    if (Date.now() >= deadline) throw new Error(`cannot lock ${path}: ${lockPath} is held by another run (delete it if no lint-list is running)`);
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 30));
  }
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];
