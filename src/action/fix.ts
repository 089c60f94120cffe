import { realpath } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { type FileSnapshot, writeAtomically } from '../atomic-write.js';
import type { FileOutcome } from '../engine/index.js';
import { isUserError } from '../errors.js';
import type { Finding, Suggestion } from '../rules/types.js';
import { pathInside } from './workspace.js';

/**
 * `fix: true` (sweep mode): the repaired lists are written back into the workspace for a following
 * step (a maintenance pull request), with the CLI's `--fix` safety and the Action's workspace rule:
 * - only inside the workspace: the list's path is checked again just before the write (a symlink
 *   that leads out is refused, its target never written), and writeAtomically refuses a real target
 *   outside the workspace at the last moment;
 * - only if the file is still what was read (the snapshot taken when it was read);
 * - through a temporary file and a rename that keeps the file's mode (a symlink inside the
 *   workspace stays a link: its target is written);
 * - read-only and hard-linked files are refused, as `--fix` refuses them.
 * A refusal is one line naming the file; the other files are still written.
 */

/** A list read for `fix`: its path as named (relative to the workspace) and what it was when read. */
export interface ListForFix {
  path: string;
  expected?: FileSnapshot;
}

export interface RepairsWritten {
  /** The files written, relative to the workspace (the real file, for a symlink), `/`-separated, in the order of the lists. */
  written: string[];
  /** One line per list that changed but could not be written. */
  refused: string[];
}

export async function writeRepairedLists(workspace: string, lists: readonly ListForFix[], files: readonly FileOutcome[]): Promise<RepairsWritten> {
  const root = await realpath(workspace);
  const written: string[] = [];
  const refused: string[] = [];
  const done = new Set<string>();
  for (const [i, file] of files.entries()) {
    const list = lists[i];
    if (!list || file.fixed === file.text) continue;
    let real: string | undefined;
    try {
      real = await pathInside(workspace, list.path, 'files');
      // A list named twice ("README.md" and "./README.md") is written once.
      if (done.has(real)) continue;
      await writeAtomically(real, file.fixed, { ...(list.expected && { expected: list.expected }), within: workspace });
      done.add(real);
      written.push(relative(root, real).split(sep).join('/'));
    } catch (error) {
      // pathInside's refusal names its input already; a write's refusal names the file.
      if (isUserError(error)) refused.push(error.message);
      else refused.push(`input 'fix': ${oneLine(error).replaceAll(real ?? list.path, list.path)}`);
    }
  }
  return { written, refused };
}

const oneLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** A venue or link that `fix` wrote into a list: the finding that carried it, and where. */
export interface WrittenSuggestion {
  path: string;
  /** The row's line, as the finding had it (the lines of the repaired file, unless a repair added or removed lines). */
  line: number;
  ruleId: string;
  message: string;
  suggestion: Suggestion;
}

/**
 * Learns which findings with a `suggestion` (a venue or link the metadata sources found) `fix`
 * repaired: the engine asks `select` about every repairable finding it is about to apply (and says
 * yes to all, as `--fix` without `--quiet`); `written` then keeps those whose row changed to hold
 * the suggestion and that the repaired text no longer has. The engine does not say which file a
 * finding is of, so a file is the one whose line changed to hold the suggested text.
 */
export function suggestionRecorder(): { select: (finding: Finding) => boolean; written: (files: readonly FileOutcome[]) => WrittenSuggestion[] } {
  const selected = new Map<string, Finding & { suggestion: Suggestion }>();
  const keyOf = (finding: Finding) => `${finding.ruleId}\u0000${finding.line}\u0000${finding.suggestion?.text ?? ''}`;
  return {
    select(finding) {
      if (finding.suggestion && finding.fix) selected.set(keyOf(finding), finding as Finding & { suggestion: Suggestion });
      return true;
    },
    written(files) {
      const found: WrittenSuggestion[] = [];
      for (const file of files) {
        if (file.fixed === file.text || selected.size === 0) continue;
        const before = file.text.split(/\r\n|\r|\n/);
        const after = file.fixed.split(/\r\n|\r|\n/);
        const left = new Set(file.messages.map(keyOf));
        for (const [key, finding] of selected) {
          const line = after[finding.line - 1];
          if (left.has(key) || line === undefined || line === before[finding.line - 1] || !line.includes(finding.suggestion.text)) continue;
          found.push({ path: file.path, line: finding.line, ruleId: finding.ruleId, message: finding.message, suggestion: finding.suggestion });
        }
      }
      return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line);
    },
  };
}
