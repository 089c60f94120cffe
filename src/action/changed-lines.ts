import parseDiff from 'parse-diff';

/**
 * Lines (1-based, in the new version) that a change added or altered, by file path; 'all' when the
 * change is known to touch the file but not where (GitHub leaves out the patch of very large diffs).
 */
export type ChangedLines = Map<string, Set<number> | 'all'>;

/** Reads `git diff --unified=0` output: every added line of every file it names. */
export function changedLinesFromGitDiff(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  for (const file of parseDiff(diff)) {
    if (!file.to || file.to === '/dev/null') continue;
    changed.set(file.to, addedLines(file.chunks));
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

/** Whether a finding spanning `line`..`endLine` touches a changed line. */
export function touchesChange(lines: Set<number> | 'all' | undefined, line: number, endLine: number): boolean {
  if (!lines) return false;
  if (lines === 'all') return true;
  for (let l = line; l <= endLine; l += 1) if (lines.has(l)) return true;
  return false;
}
