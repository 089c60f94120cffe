import type { Edit, Finding } from '../rules/types.js';

/**
 * Applies the repairs of `findings` to `text`. A finding's edits go in together or not at all; a
 * repair that overlaps one already taken waits for the next round (the caller lints again), so two
 * repairs never garble each other. Everything outside the edited ranges is kept byte for byte.
 *
 * Two edits conflict when they start at the same offset (two insertions at one place, or an
 * insertion at the start of a replacement, would be ambiguous) or when their ranges overlap; an
 * insertion strictly inside a replacement overlaps it. Findings are taken first come, first served.
 * The edits of one finding are not checked against each other: they are applied as given, from the
 * last offset to the first (ties in the order given), each on the text the later ones left.
 *
 * O((n + m) log m) for m edits on a text of n characters: each edit is checked against the taken
 * ones through two Fenwick trees over the edits' offsets (how many taken edits start in a range,
 * and how far the taken edits that start before an offset reach), and the output is built in one
 * pass from the end instead of slicing the whole text per edit.
 */
export function applyFixes(text: string, findings: Finding[]): { text: string; applied: number } {
  const candidates: Edit[][] = [];
  const offsets: number[] = [];
  for (const finding of findings) {
    const edits = finding.fix;
    if (!edits || edits.length === 0) continue;
    if (edits.some((edit) => !(edit.offset >= 0) || !(edit.offset + edit.length <= text.length) || !Number.isInteger(edit.offset) || !Number.isInteger(edit.length) || edit.length < 0)) continue;
    candidates.push(edits);
    for (const edit of edits) offsets.push(edit.offset);
  }
  const taken = takeEdits(candidates, offsets);
  return { text: build(text, taken.edits), applied: taken.applied };
}

/** The edits of the candidates that conflict with none taken before them, in the order taken. */
function takeEdits(candidates: Edit[][], offsets: number[]): { edits: Edit[]; applied: number } {
  const points = [...new Set(offsets)].sort((a, b) => a - b);
  const starts = new CountTree(points.length);
  const reach = new MaxTree(points.length);
  /** The index of the first point >= offset (points.length when none). */
  const lowerBound = (offset: number) => {
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((points[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const conflicts = (edit: Edit) => {
    const at = lowerBound(edit.offset); // points[at] === edit.offset: every candidate's offset is a point
    // A taken edit at the same offset, or one starting inside (offset, offset + length).
    const inside = Math.max(at + 1, lowerBound(edit.offset + edit.length));
    if (starts.count(at, inside) > 0) return true;
    // A taken edit starting before this one and reaching past its offset.
    return reach.maxBefore(at) > edit.offset;
  };
  const edits: Edit[] = [];
  let applied = 0;
  for (const candidate of candidates) {
    if (candidate.some(conflicts)) continue;
    for (const edit of candidate) {
      const at = lowerBound(edit.offset);
      starts.add(at);
      reach.raise(at, edit.offset + edit.length);
      edits.push(edit);
    }
    applied += 1;
  }
  return { edits, applied };
}

/**
 * The text with `edits` applied as the one-by-one way does: sorted by offset, last first (a stable
 * sort keeps ties in the order taken), each replacing its range of the text the later ones left.
 * The suffix from the last edit's offset is kept as a stack of pieces (its first piece on top), so
 * an edit that reaches into text a later edit wrote (only possible within one finding) drops the
 * front of that suffix instead of rebuilding the string.
 */
function build(text: string, taken: Edit[]): string {
  if (taken.length === 0) return text;
  const edits = [...taken].sort((a, b) => b.offset - a.offset);
  const pieces: string[] = [];
  /** Where the suffix held in `pieces` starts, in the original text's offsets. */
  let from = text.length;
  for (const edit of edits) {
    const end = edit.offset + edit.length;
    if (end <= from) {
      if (end < from) pieces.push(text.slice(end, from));
    } else {
      dropFront(pieces, end - from);
    }
    if (edit.text.length > 0) pieces.push(edit.text);
    from = edit.offset;
  }
  pieces.push(text.slice(0, from));
  return pieces.reverse().join('');
}

/** Drops `count` characters from the front of the suffix held in `pieces` (its front is the top). */
function dropFront(pieces: string[], count: number): void {
  let left = count;
  while (left > 0 && pieces.length > 0) {
    const top = pieces.pop() as string;
    if (top.length > left) {
      pieces.push(top.slice(left));
      return;
    }
    left -= top.length;
  }
}

/** Counts of marked points, by prefix. */
class CountTree {
  private readonly tree: Int32Array;
  constructor(size: number) {
    this.tree = new Int32Array(size + 1);
  }
  add(index: number): void {
    for (let i = index + 1; i < this.tree.length; i += i & -i) this.tree[i] = (this.tree[i] as number) + 1;
  }
  /** Marked points with index in [from, to). */
  count(from: number, to: number): number {
    return this.prefix(to) - this.prefix(from);
  }
  private prefix(end: number): number {
    let sum = 0;
    for (let i = end; i > 0; i -= i & -i) sum += this.tree[i] as number;
    return sum;
  }
}

/** The largest value raised at any index before a given one (values only ever grow). */
class MaxTree {
  private readonly tree: Float64Array;
  constructor(size: number) {
    this.tree = new Float64Array(size + 1).fill(Number.NEGATIVE_INFINITY);
  }
  raise(index: number, value: number): void {
    for (let i = index + 1; i < this.tree.length; i += i & -i) if ((this.tree[i] as number) < value) this.tree[i] = value;
  }
  /** The largest value at indexes [0, end). */
  maxBefore(end: number): number {
    let max = Number.NEGATIVE_INFINITY;
    for (let i = end; i > 0; i -= i & -i) if ((this.tree[i] as number) > max) max = this.tree[i] as number;
    return max;
  }
}
