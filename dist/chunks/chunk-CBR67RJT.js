import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/atomic-write.ts
import { createHash, randomBytes } from "node:crypto";
import { lstat, open, readFile, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
var FileChangedError = class extends Error {
  name = "FileChangedError";
  code = "ELINTLISTCHANGED";
};
function snapshotOf(bytes, info) {
  return { size: info.size, mtimeMs: info.mtimeMs, sha256: createHash("sha256").update(bytes).digest("hex") };
}
async function readWithSnapshot(path) {
  for (let attempt = 0; ; attempt += 1) {
    const handle = await open(path, "r");
    try {
      const before = await handle.stat();
      const bytes = await handle.readFile();
      const after = await handle.stat();
      if (before.size === after.size && before.mtimeMs === after.mtimeMs && bytes.length === after.size || attempt >= 4) {
        return { bytes, expected: snapshotOf(bytes, after) };
      }
    } finally {
      await handle.close();
    }
  }
}
async function writeAtomically(path, content, options = {}) {
  let temporary;
  try {
    const target = await writablePath(path);
    if (options.within !== void 0) await refuseOutside(path, target, options.within);
    const info = await statOrUndefined(target);
    if (info) refuseUnsafe(path, info);
    await checkUnchanged(path, target, options.expected, info);
    temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
    const handle = await open(temporary, "wx", info ? info.mode & 511 : 438);
    try {
      await handle.writeFile(content);
      if (info) {
        await handle.chown(info.uid, info.gid).catch(() => handle.chown(-1, info.gid).catch(() => void 0));
        await handle.chmod(info.mode & 4095);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await checkUnchanged(path, target, options.expected, await statOrUndefined(target));
    await rename(temporary, target);
    temporary = void 0;
  } catch (error) {
    if (temporary !== void 0) await rm(temporary, { force: true });
    if (error instanceof FileChangedError || error instanceof RefusedError) throw error;
    throw new Error(`cannot write ${path}: ${oneLine(error)}`);
  }
}
async function updateAtomically(path, update, options = {}) {
  const target = await writablePath(path).catch((error) => {
    throw error instanceof RefusedError ? error : new Error(`cannot write ${path}: ${oneLine(error)}`);
  });
  if (options.within !== void 0) await refuseOutside(path, target, options.within);
  const release = await lock(path, `${target}.lock`, options.lockTimeoutMs ?? 1e4, options.staleLockMs ?? 3e4);
  try {
    const attempts = options.attempts ?? 5;
    for (let attempt = 1; ; attempt += 1) {
      let current;
      let expected;
      try {
        const read = await readWithSnapshot(target);
        current = read.bytes.toString("utf8");
        expected = read.expected;
      } catch (error) {
        if (error.code !== "ENOENT") throw new Error(`cannot read ${path}: ${oneLine(error)}`);
        expected = "absent";
      }
      try {
        await writeAtomically(target, update(current), { expected, ...options.within !== void 0 && { within: options.within } });
        return;
      } catch (error) {
        if (!(error instanceof FileChangedError) || attempt >= attempts) throw error;
      }
    }
  } finally {
    await release();
  }
}
var RefusedError = class extends Error {
};
async function writablePath(path) {
  try {
    return await realpath(path);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  const link = await lstat(path).catch(() => void 0);
  if (link?.isSymbolicLink()) throw new RefusedError(`cannot write ${path}: it is a symbolic link to a file that does not exist`);
  return join(await realpath(dirname(path)), basename(path));
}
async function refuseOutside(path, target, within) {
  const folder = await realpath(within).catch(() => resolve(within));
  const inside = relative(folder, target);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) {
    throw new RefusedError(`cannot write ${path}: it leads outside ${within} (to ${target})`);
  }
}
function refuseUnsafe(path, info) {
  if (!info.isFile()) throw new RefusedError(`cannot write ${path}: it is not a regular file`);
  if ((info.mode & 128) === 0) {
    throw new RefusedError(`cannot write ${path}: it is read-only (mode ${(info.mode & 511).toString(8).padStart(4, "0")}); make it writable (chmod u+w) to let lint-list change it`);
  }
  if (info.nlink > 1) {
    throw new RefusedError(`cannot write ${path}: it has ${info.nlink} hard links, and replacing it would split them; give it a single link (copy it) to let lint-list change it`);
  }
}
async function checkUnchanged(path, target, expected, info) {
  if (expected === void 0) return;
  const changed = (how) => new FileChangedError(`${path} changed while lint-list was working (${how}); nothing was written: run again`);
  if (expected === "absent") {
    if (info) throw changed("it was created");
    return;
  }
  if (!info) throw changed("it was removed");
  if (info.size !== expected.size) throw changed("its size changed");
  if (info.mtimeMs !== expected.mtimeMs) throw changed("it was modified");
  const sha256 = createHash("sha256").update(await readFile(target)).digest("hex");
  if (sha256 !== expected.sha256) throw changed("its content changed");
}
async function lock(path, lockPath, timeoutMs, staleMs) {
  const token = `${process.pid} ${randomBytes(8).toString("hex")}
`;
  const deadline = Date.now() + timeoutMs;
  for (; ; ) {
    try {
      const handle = await open(lockPath, "wx", 420);
      try {
        await handle.writeFile(token);
      } finally {
        await handle.close();
      }
      return async () => {
        const held2 = await readFile(lockPath, "utf8").catch(() => void 0);
        if (held2 === token) await rm(lockPath, { force: true });
      };
    } catch (error) {
      if (error.code !== "EEXIST") throw new Error(`cannot lock ${path}: ${oneLine(error)}`);
    }
    const held = await stat(lockPath).catch(() => void 0);
    if (held && Date.now() - held.mtimeMs > staleMs) {
      await rm(lockPath, { force: true });
      continue;
    }
    if (Date.now() >= deadline) throw new Error(`cannot lock ${path}: ${lockPath} is held by another run (delete it if no lint-list is running)`);
    await new Promise((resolve2) => setTimeout(resolve2, 20 + Math.random() * 30));
  }
}
async function statOrUndefined(path) {
  try {
    return await stat(path);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
var oneLine = (error) => (error instanceof Error ? error.message : String(error)).split("\n")[0];

export {
  FileChangedError,
  snapshotOf,
  readWithSnapshot,
  writeAtomically,
  updateAtomically
};
