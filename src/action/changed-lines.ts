import parseDiff from 'parse-diff';

/**
 * Lines (1-based, in the new version) that a change added or altered, by file path; 'all' when the
 * change is known to touch the file but not where (GitHub leaves out the patch of very large diffs).
 */
export type ChangedLines = Map<string, Set<number> | 'all'>;

/**
 * Reads `git diff --unified=0` output: every added line of every file it names. File names are
 * read from the `+++ b/…` lines, unquoted the way git quotes them ("b/q\"uote.md", octal escapes
 * for bytes when core.quotePath is on, a tab after a name with a space), since parse-diff keeps the
 * backslashes and escapes of a quoted name.
 */
export function changedLinesFromGitDiff(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  for (const section of diff.split(/^(?=diff --git )/m)) {
    const target = /^\+\+\+ (.*)$/m.exec(section)?.[1];
    if (target === undefined) continue; // a binary file, a mode change or a pure rename: no lines
    const name = gitPathOf(target);
    if (name === undefined || name === '/dev/null') continue;
    const firstHunk = section.search(/^@@/m);
    if (firstHunk === -1) continue;
    const hunks = section.slice(firstHunk);
    changed.set(name.startsWith('b/') ? name.slice(2) : name, addedLines(parseDiff(hunks).flatMap((file) => file.chunks)));
  }
  return changed;
}

/** Reads one file's `patch` from the pull request files API (hunks without file headers). */
export function changedLinesFromPatch(patch: string): Set<number> {
  return addedLines(parseDiff(patch).flatMap((file) => file.chunks));
}

function addedLines(chunks: parseDiff.Chunk[]): Set<number> {
  const lines = new Set<number>();
  for (const chunk of chunks) {
    for (const change of chunk.changes) if (change.type === 'add') lines.add(change.ln);
  }
  return lines;
}

/**
 * A name as git prints it in a `---`/`+++` line: C-quoted when it holds a quote, a backslash, a
 * control character (or, with core.quotePath on, a byte above 0x7f); else as is, with a tab after
 * it when it holds a space. Undefined when a quoted name is malformed.
 */
export function gitPathOf(text: string): string | undefined {
  if (!text.startsWith('"')) return text.replace(/\t$/, '');
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 1; i < text.length; i += 1) {
    const char = text[i] as string;
    if (char === '"') return i === text.length - 1 || text[i + 1] === '\t' ? new TextDecoder().decode(Uint8Array.from(bytes)) : undefined;
    if (char !== '\\') {
      bytes.push(...new TextEncoder().encode(char));
      continue;
    }
    const next = text[i + 1] ?? '';
    const octal = /^[0-3][0-7]{2}/.exec(text.slice(i + 1, i + 4));
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8));
      i += 3;
    } else if (next in simple) {
      bytes.push(simple[next] as number);
      i += 1;
    } else return undefined;
  }
  return undefined;
}

/** Whether a finding spanning `line`..`endLine` touches a changed line. */
export function touchesChange(lines: Set<number> | 'all' | undefined, line: number, endLine: number): boolean {
  if (!lines) return false;
  if (lines === 'all') return true;
  for (let l = line; l <= endLine; l += 1) if (lines.has(l)) return true;
  return false;
}

/** One hunk of a pull request's patch, on the new side: the lines GitHub lets a review comment on. */
export interface Hunk {
  /** First and last line of the new version the hunk shows (context and added lines). */
  start: number;
  end: number;
  /** The text of each line it shows, without the diff prefix or a carriage return. */
  lines: Map<number, string>;
}

/**
 * The hunks of a file's `patch` from the pull request files API. A review comment (and so a
 * suggestion) is accepted by GitHub only on lines inside one of them.
 */
export function hunksOfPatch(patch: string): Hunk[] {
  const hunks: Hunk[] = [];
  let hunk: Hunk | undefined;
  let line = 0;
  let oldLeft = 0;
  let newLeft = 0;
  for (const text of patch.split('\n')) {
    const header = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(text);
    if (header) {
      line = Number(header[2]);
      oldLeft = Number(header[1] ?? 1);
      newLeft = Number(header[3] ?? 1);
      hunk = { start: line, end: line - 1, lines: new Map() };
      if (newLeft > 0) hunks.push(hunk);
      continue;
    }
    if (!hunk || (oldLeft <= 0 && newLeft <= 0) || text.startsWith('\\')) continue;
    if (text.startsWith('-')) {
      oldLeft -= 1;
      continue;
    }
    // A context line (' ', or empty where a tool trimmed the space) or an added one ('+').
    if (!text.startsWith('+')) oldLeft -= 1;
    newLeft -= 1;
    hunk.lines.set(line, text.slice(1).replace(/\r$/, ''));
    hunk.end = line;
    line += 1;
  }
  return hunks;
}
