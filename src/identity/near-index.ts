import { editDistanceWithin, maxEditsFor } from './title.js';

/**
 * Finds near-identical titles without comparing every pair (a 20,000-row list would need 200 million
 * comparisons). Pigeonhole, as in Pass-Join: cut each indexed title into three segments; a title
 * within two edits of it leaves at least one segment intact, at most two places off. So a query looks
 * up, for each length within two of its own, each segment's text at those few places, and only the
 * titles found that way are compared in full.
 */
export class NearTitleIndex<T> {
  /** length → segment number → segment text → items */
  private readonly byLength = new Map<number, Array<Map<string, T[]>>>();

  add(title: string, item: T): void {
    if (title.length < minIndexed) return;
    let segments = this.byLength.get(title.length);
    if (!segments) {
      segments = [new Map(), new Map(), new Map()];
      this.byLength.set(title.length, segments);
    }
    segmentsOf(title.length).forEach(([start, length], i) => {
      const text = title.slice(start, start + length);
      const bucket = segments[i] as Map<string, T[]>;
      const items = bucket.get(text);
      if (items) items.push(item);
      else bucket.set(text, [item]);
    });
  }

  /**
   * Indexed items whose title is within the allowed edits of `title` (never the same title); `accept`
   * rules candidates out cheaply before the edit distance is computed.
   */
  near(title: string, titleOf: (item: T) => string, accept: (item: T) => boolean = () => true): T[] {
    if (title.length < minIndexed) return [];
    const found = new Set<T>();
    for (let length = title.length - maxShift; length <= title.length + maxShift; length += 1) {
      const segments = this.byLength.get(length);
      if (!segments) continue;
      segmentsOf(length).forEach(([start, size], i) => {
        const bucket = segments[i] as Map<string, T[]>;
        for (let shift = -maxShift; shift <= maxShift; shift += 1) {
          const from = start + shift;
          if (from < 0 || from + size > title.length) continue;
          for (const item of bucket.get(title.slice(from, from + size)) ?? []) found.add(item);
        }
      });
    }
    return [...found].filter((item) => {
      const other = titleOf(item);
      if (other === title || !accept(item)) return false;
      const allowed = maxEditsFor(Math.min(other.length, title.length));
      return allowed > 0 && Math.abs(other.length - title.length) <= allowed && editDistanceWithin(other, title, allowed);
    });
  }
}

/** Titles shorter than this are never near-identical to another (see maxEditsFor). */
const minIndexed = 12;
const maxShift = 2;

function segmentsOf(length: number): Array<[number, number]> {
  const base = Math.floor(length / 3);
  const first = base;
  const second = base;
  const third = length - 2 * base;
  return [
    [0, first],
    [first, second],
    [first + second, third],
  ];
}
