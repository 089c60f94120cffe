import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/atomic-write.ts
import { randomBytes } from "node:crypto";
import { chmod, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeAtomically(path, content) {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const mode = await stat(path).then(
      (info) => info.mode & 4095,
      () => void 0
    );
    await writeFile(temporary, content, { flag: "wx" });
    if (mode !== void 0) await chmod(temporary, mode);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new Error(`cannot write ${path}: ${error.message}`);
  }
}

export {
  writeAtomically
};
