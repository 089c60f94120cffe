import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';

/**
 * Expands the globs of the command line (loaded only when one is given). Matching is tinyglobby's
 * (picomatch syntax: `*`, `**`, `?`, `[…]`, `{a,b}`); entries starting with a dot match only when the
 * pattern names the dot, and `node_modules` and `.git` folders are never searched. What the
 * `.gitignore` files ignore is left out, as git and markdownlint-cli2 (`"gitignore": true`) read them:
 * every `.gitignore` from the repository root (the nearest folder up with a `.git`; the working
 * directory when there is none) down to each matched file's folder, deeper files taking precedence,
 * negations (`!keep.md`) included, and nothing inside an ignored folder re-included.
 */

/** Whether an argument is a glob to expand rather than a file name. */
export const isGlob = (pattern: string): boolean => isDynamicPattern(pattern);

/** The files a glob matches, as paths to show (relative to `cwd` unless the pattern is absolute), sorted; and how many .gitignore left out. */
export async function expandGlob(pattern: string, cwd: string): Promise<{ files: string[]; ignored: number }> {
  const absolute = isAbsolute(pattern);
  const found = await glob([pattern.split(sep).join('/')], {
    cwd,
    absolute,
    dot: false,
    onlyFiles: true,
    expandDirectories: false,
    ignore: ['**/node_modules/**', '**/.git/**'],
  });
  const isIgnored = await gitignored(cwd, found.map((file) => resolve(cwd, file)));
  const files = found.filter((file) => !isIgnored(resolve(cwd, file))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, ignored: found.length - files.length };
}

/** A predicate telling which of `files` (absolute) the .gitignore files ignore. */
async function gitignored(cwd: string, files: string[]): Promise<(file: string) => boolean> {
  if (files.length === 0) return () => false;
  const root = (await repositoryRoot(cwd)) ?? cwd;
  const inside = (file: string) => {
    const path = relative(root, file);
    return path !== '' && !path.startsWith('..') && !isAbsolute(path) ? path.split(sep).join('/') : undefined;
  };
  // Every folder from the root down to a matched file's folder may hold a .gitignore.
  const folders = new Set<string>(['']);
  for (const file of files) {
    const path = inside(file);
    if (path === undefined) continue;
    const parts = path.split('/').slice(0, -1);
    for (let depth = 1; depth <= parts.length; depth += 1) folders.add(parts.slice(0, depth).join('/'));
  }
  const ordered = [...folders].sort((a, b) => depthOf(a) - depthOf(b) || (a < b ? -1 : 1));
  const rules: Ignore = ignore();
  let any = false;
  for (const folder of ordered) {
    const text = await readFile(join(root, folder, '.gitignore'), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const patterns = text.split(/\r?\n/).flatMap((line) => rebase(line, folder) ?? []);
    if (patterns.length > 0) any = true;
    rules.add(patterns);
  }
  if (!any) return () => false;
  return (file) => {
    const path = inside(file);
    return path !== undefined && rules.ignores(path);
  };
}

const depthOf = (folder: string) => (folder === '' ? 0 : folder.split('/').length);

/**
 * A pattern of `folder/.gitignore` written for the root, as git reads it: one with a slash before its
 * end is anchored to the folder, one without matches at any depth below it.
 */
export function rebase(line: string, folder: string): string | undefined {
  if (line.trim() === '' || line.startsWith('#')) return undefined;
  if (folder === '') return line;
  const negate = line.startsWith('!') ? '!' : '';
  const pattern = line.slice(negate.length);
  if (pattern.startsWith('/')) return `${negate}${folder}${pattern}`;
  if (pattern.replace(/\/+\s*$/, '').includes('/')) return `${negate}${folder}/${pattern}`;
  return `${negate}${folder}/**/${pattern}`;
}

/** The nearest folder at or above `from` that holds `.git` (a folder, or a file in a worktree). */
async function repositoryRoot(from: string): Promise<string | undefined> {
  for (let folder = resolve(from); ; folder = dirname(folder)) {
    if (await stat(join(folder, '.git')).then(() => true, () => false)) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}
