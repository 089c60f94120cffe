import type { Edit, Finding } from '../rules/types.js';

/**
 * Applies the repairs of `findings` to `text`. A finding's edits go in together or not at all; a
 * repair that overlaps one already taken waits for the next round (the caller lints again), so two
 * repairs never garble each other. Everything outside the edited ranges is kept byte for byte.
 */
export function applyFixes(text: string, findings: Finding[]): { text: string; applied: number } {
  const taken: Edit[] = [];
  let applied = 0;
  const overlaps = (a: Edit, b: Edit) =>
    a.offset < b.offset + b.length && b.offset < a.offset + a.length ||
    // Two insertions at one place, or an insertion at the edge of a replacement, would be ambiguous.
    a.offset === b.offset ||
    (a.length === 0 && a.offset > b.offset && a.offset < b.offset + b.length) ||
    (b.length === 0 && b.offset > a.offset && b.offset < a.offset + a.length);
  for (const finding of findings) {
    const edits = finding.fix;
    if (!edits || edits.length === 0) continue;
    if (edits.some((edit) => edit.offset < 0 || edit.offset + edit.length > text.length)) continue;
    if (edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...edits);
    applied += 1;
  }
  taken.sort((a, b) => b.offset - a.offset);
  let output = text;
  for (const edit of taken) output = output.slice(0, edit.offset) + edit.text + output.slice(edit.offset + edit.length);
  return { text: output, applied };
}
