import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { chmod, chown, link, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as atomic from '../src/atomic-write.js';

/**
 * Issue 11, "lost edits and broken files under --fix": what replacing a file by rename must keep
 * (symlinks, owner, group, mode), refuse (read-only files, hard links) and check (the file is what
 * was read). The tests run as root in CI, so chown is allowed.
 */

const { writeAtomically } = atomic;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lint-list-atomic-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a caller captured when it read the file, computed here without the module's help. */
async function captured(path: string) {
  const [info, bytes] = [await stat(path), await readFile(path)];
  return { size: info.size, mtimeMs: info.mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const errorOf = async (promise: Promise<unknown>): Promise<Error> => {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
};

const isRoot = process.getuid?.() === 0;

describe('writeAtomically', () => {
  it('writes a new file and replaces an existing one (the old call form)', async () => {
    const path = join(dir, 'README.md');
    await writeAtomically(path, 'one\n');
    expect(await readFile(path, 'utf8')).toBe('one\n');
    await writeAtomically(path, 'two\n');
    expect(await readFile(path, 'utf8')).toBe('two\n');
    expect((await readdir(dir)).sort()).toEqual(['README.md']);
  });

  it('writes through a symlink to its target and leaves the link a link', async () => {
    await mkdir(join(dir, 'docs'));
    const real = join(dir, 'docs', 'list.md');
    await writeFile(real, 'before\n');
    await symlink('docs/list.md', join(dir, 'README.md'));
    await symlink(join(dir, 'README.md'), join(dir, 'chain.md'));
    await writeAtomically(join(dir, 'chain.md'), 'after\n');
    expect((await lstat(join(dir, 'README.md'))).isSymbolicLink()).toBe(true);
    expect((await lstat(join(dir, 'chain.md'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'README.md'))).toBe('docs/list.md');
    expect(await readFile(real, 'utf8')).toBe('after\n');
    expect((await readdir(join(dir, 'docs'))).sort()).toEqual(['list.md']);
  });

  it('with `within`, refuses a path whose symlinks lead outside that folder', async () => {
    await mkdir(join(dir, 'workspace'));
    await writeFile(join(dir, 'outside.txt'), 'precious\n');
    await symlink(join(dir, 'outside.txt'), join(dir, 'workspace', 'results.sarif'));
    await symlink(dir, join(dir, 'workspace', 'up'));
    const workspace = join(dir, 'workspace');
    for (const path of [join(workspace, 'results.sarif'), join(workspace, 'up', 'new.sarif'), join(dir, 'elsewhere.sarif')]) {
      const error = await errorOf(writeAtomically(path, '{}', { within: workspace }));
      expect(error.message).toMatch(new RegExp(`^cannot write ${path.replaceAll('.', '\\.')}: it leads outside ${workspace.replaceAll('.', '\\.')} \\(to `));
    }
    expect(await readFile(join(dir, 'outside.txt'), 'utf8')).toBe('precious\n');
    await writeAtomically(join(workspace, 'results.sarif.new'), '{}', { within: workspace });
    expect(await readFile(join(workspace, 'results.sarif.new'), 'utf8')).toBe('{}');
  });

  it('refuses a symlink that leads nowhere', async () => {
    await symlink(join(dir, 'missing', 'file.md'), join(dir, 'README.md'));
    const error = await errorOf(writeAtomically(join(dir, 'README.md'), 'x'));
    expect(error.message).toBe(`cannot write ${join(dir, 'README.md')}: it is a symbolic link to a file that does not exist`);
  });

  it.skipIf(!isRoot)('keeps owner, group and mode', async () => {
    const path = join(dir, 'README.md');
    await writeFile(path, 'before\n');
    await chown(path, 65534, 65534);
    await chmod(path, 0o640);
    await writeAtomically(path, 'after\n');
    const info = await stat(path);
    expect([info.uid, info.gid, (info.mode & 0o7777).toString(8)]).toEqual([65534, 65534, '640']);
    expect(await readFile(path, 'utf8')).toBe('after\n');
  });

  it('keeps an unusual mode exactly, whatever the umask', async () => {
    const path = join(dir, 'README.md');
    await writeFile(path, 'before\n');
    await chmod(path, 0o666);
    await writeAtomically(path, 'after\n');
    expect(((await stat(path)).mode & 0o7777).toString(8)).toBe('666');
  });

  it('refuses a read-only file with one clear line, and leaves it alone', async () => {
    const path = join(dir, 'README.md');
    await writeFile(path, 'before\n');
    await chmod(path, 0o444);
    const error = await errorOf(writeAtomically(path, 'after\n'));
    expect(error.message).toBe(`cannot write ${path}: it is read-only (mode 0444); make it writable (chmod u+w) to let lint-list change it`);
    expect(await readFile(path, 'utf8')).toBe('before\n');
    expect((await readdir(dir)).sort()).toEqual(['README.md']);
  });

  it('refuses a file with several hard links, so they are not split', async () => {
    const path = join(dir, 'README.md');
    await writeFile(path, 'before\n');
    await link(path, join(dir, 'other.md'));
    const error = await errorOf(writeAtomically(path, 'after\n'));
    expect(error.message).toBe(`cannot write ${path}: it has 2 hard links, and replacing it would split them; give it a single link (copy it) to let lint-list change it`);
    expect([await readFile(path, 'utf8'), await readFile(join(dir, 'other.md'), 'utf8')]).toEqual(['before\n', 'before\n']);
    expect((await stat(path)).nlink).toBe(2);
  });

  it('refuses to overwrite an edit made after the file was read, keeping the edit', async () => {
    const path = join(dir, 'README.md');
    await writeFile(path, '| Paper | Link |\n');
    const expected = await captured(path);
    await writeFile(path, '| Paper | Link |\n| Mine | https://example.org |\n'); // the person edits meanwhile
    const error = await errorOf(writeAtomically(path, '| Paper | Link (fixed) |\n', { expected }));
    expect(error.message).toBe(`${path} changed while lint-list was working (its size changed); nothing was written: run again`);
    expect(error).toBeInstanceOf(atomic.FileChangedError);
    expect(await readFile(path, 'utf8')).toBe('| Paper | Link |\n| Mine | https://example.org |\n');
    expect((await readdir(dir)).sort()).toEqual(['README.md']);
  });

  it('notices a change of the same size with the old mtime put back, by the content hash', async () => {
    const path = join(dir, 'README.md');
    await writeFile(path, 'aaaa\n');
    await utimes(path, 1_700_000_000, 1_700_000_000); // whole seconds, so they can be put back exactly
    const expected = await captured(path);
    await writeFile(path, 'bbbb\n');
    await utimes(path, 1_700_000_000, 1_700_000_000);
    expect((await stat(path)).mtimeMs).toBe(expected.mtimeMs);
    const error = await errorOf(writeAtomically(path, 'cccc\n', { expected }));
    expect(error.message).toBe(`${path} changed while lint-list was working (its content changed); nothing was written: run again`);
    expect(await readFile(path, 'utf8')).toBe('bbbb\n');
  });

  it('writes when the file is as it was read, and refuses when it was removed or created meanwhile', async () => {
    const path = join(dir, 'README.md');
    await writeFile(path, 'before\n');
    await writeAtomically(path, 'after\n', { expected: await captured(path) });
    expect(await readFile(path, 'utf8')).toBe('after\n');
    const expected = await captured(path);
    await rm(path);
    expect((await errorOf(writeAtomically(path, 'x', { expected }))).message).toContain('changed while lint-list was working (it was removed)');
    await writeFile(path, 'new\n');
    expect((await errorOf(writeAtomically(path, 'x', { expected: 'absent' }))).message).toContain('changed while lint-list was working (it was created)');
    expect(await readFile(path, 'utf8')).toBe('new\n');
  });

  it('readWithSnapshot gives the snapshot writeAtomically checks', async () => {
    const path = join(dir, 'README.md');
    await writeFile(path, 'é\n');
    const { bytes, expected } = await atomic.readWithSnapshot(path);
    expect(bytes.toString('utf8')).toBe('é\n');
    expect(expected).toEqual(await captured(path));
    expect(atomic.snapshotOf(bytes, await stat(path))).toEqual(expected);
  });
});

describe('updateAtomically', () => {
  it('loses no update of 20 writers at once', async () => {
    const path = join(dir, 'cache.json');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => atomic.updateAtomically(path, (current) => `${current ?? ''}${i}\n`)),
    );
    const lines = (await readFile(path, 'utf8')).trim().split('\n');
    expect(lines.map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect((await readdir(dir)).sort()).toEqual(['cache.json']);
  });

  it('reads again and merges when a writer that takes no lock changed the file before the rename', async () => {
    const path = join(dir, 'cache.json');
    await writeFile(path, 'a\n');
    let calls = 0;
    await atomic.updateAtomically(path, (current) => {
      calls += 1;
      // The first time, someone else writes meanwhile (after our read, before our rename).
      if (calls === 1) writeFileSync(path, 'a\nb\n');
      return `${current}ours\n`;
    });
    expect(calls).toBe(2);
    expect(await readFile(path, 'utf8')).toBe('a\nb\nours\n');
  });

  it('takes over a stale lock, and says who holds a fresh one', async () => {
    const path = join(dir, 'cache.json');
    await writeFile(`${path}.lock`, 'someone\n');
    const old = new Date(Date.now() - 60_000);
    await utimes(`${path}.lock`, old, old);
    await atomic.updateAtomically(path, () => 'x\n');
    expect(await readFile(path, 'utf8')).toBe('x\n');
    await writeFile(`${path}.lock`, 'someone\n');
    const error = await errorOf(atomic.updateAtomically(path, () => 'y\n', { lockTimeoutMs: 100 }));
    expect(error.message).toBe(`cannot lock ${path}: ${path}.lock is held by another run (delete it if no lint-list is running)`);
    expect(await readFile(path, 'utf8')).toBe('x\n');
  });
});
