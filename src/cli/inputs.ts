import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FileSnapshot } from '../atomic-write.js';
import { isUserError } from '../errors.js';
import { listFromBytes, readList, readListWithSnapshot } from '../read-input.js';

/**
 * What the command line names, read: files, globs and "-" (standard input). A file that cannot be
 * read is a problem (one line for stderr), and the others are still linted, as ESLint does.
 */

/** One list to lint: `absolute` is undefined for standard input. */
export interface Input {
  shown: string;
  absolute?: string;
}

export interface ReadList {
  path: string;
  text: string;
  /** What --fix must find unchanged before it writes (only when read for --fix). */
  expected?: FileSnapshot;
}

/** The name standard input is reported under without --stdin-filename. */
export const stdinName = '<stdin>';

/** Turns the arguments into lists to read, in order, each once; a glob that matches nothing is a problem. */
export async function findInputs(args: string[], cwd: string, stdinFilename: string | undefined): Promise<{ inputs: Input[]; problems: string[] }> {
  const inputs: Input[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (input: Input) => {
    const key = input.absolute ?? '-';
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(input);
  };
  for (const arg of args.length > 0 ? args : ['README.md']) {
    if (arg === '-') {
      add({ shown: stdinFilename ?? stdinName });
      continue;
    }
    // A name that exists is a file, even with glob characters in it ("paper (draft).md").
    if (/[*?[\]{}()!+@]/.test(arg) && !(await exists(resolve(cwd, arg)))) {
      // Loaded only for a glob: a plain lint never loads the glob library.
      const { expandGlob, isGlob } = await import('./globs.js');
      if (isGlob(arg)) {
        const { files, ignored } = await expandGlob(arg, cwd);
        if (files.length === 0) problems.push(`no file matches ${arg}${ignored > 0 ? ` (.gitignore ignores the ${ignored === 1 ? 'one' : ignored} that ${ignored === 1 ? 'does' : 'do'})` : ''}`);
        for (const file of files) add({ shown: file, absolute: resolve(cwd, file) });
        continue;
      }
    }
    add({ shown: arg, absolute: resolve(cwd, arg) });
  }
  return { inputs, problems };
}

/**
 * Reads every input; with `forFix`, each file with the snapshot --fix checks before writing.
 * Problems come back in the order of the inputs.
 */
export async function readInputs(
  inputs: Input[],
  options: { forFix: boolean; readStdin: () => Promise<Buffer> },
): Promise<{ lists: ReadList[]; problems: string[] }> {
  const outcomes = await Promise.all(
    inputs.map(async (input): Promise<ReadList | { problem: string }> => {
      try {
        if (input.absolute === undefined) return { path: input.shown, text: listFromBytes(await options.readStdin(), input.shown) };
        if (options.forFix) return { path: input.shown, ...(await readListWithSnapshot(input.absolute, input.shown)) };
        return { path: input.shown, text: await readList(input.absolute, input.shown) };
      } catch (error) {
        if (isUserError(error)) return { problem: error.message };
        throw error;
      }
    }),
  );
  const lists: ReadList[] = [];
  const problems: string[] = [];
  for (const outcome of outcomes) {
    if ('problem' in outcome) problems.push(outcome.problem);
    else lists.push(outcome);
  }
  return { lists, problems };
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/** All of standard input, stopping just past the 20 MB a list may have (the reader then refuses it). */
export async function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(bytes);
    size += bytes.length;
    if (size > limit) break;
  }
  return Buffer.concat(chunks);
}
