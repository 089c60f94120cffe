import { editDistanceWithin, maxEditsFor, numbersOf } from './title.js';

/**
 * Finds near-identical titles without comparing every pair (a 20,000-row list would need 200 million
 * comparisons). Titles that differ in a number are different papers ("GPT-3", "GPT-4"), so titles are
 * grouped by the numbers they hold, computed once per title, and only titles of one group are
 * compared: 5,000 titles "A study of representation number N across model families" are 5,000
 * groups of one. Within a group, pigeonhole, as in Pass-Join (Li et al., VLDB 2011): an indexed
 * title is cut into τ + 1 segments, τ being the edits its length allows (maxEditsFor); a title within
 * τ edits of it leaves at least one segment intact, and (position-aware selection) segment i
 * (0-based) then stands at most i places off, and where the lengths differ by give or take the τ − i
 * edits that may follow it. So a query looks up a few substrings per length near its own, and only
 * the titles found that way are compared in full. Our distance counts swapping two neighbours as one
 * edit; one character is left out between segments so that a swap, too, touches at most one segment.
 *
 * The work per query is bounded whatever the titles: a query reads at most `maxCandidates` titles
 * from each segment's list (the earliest indexed) and compares at most `maxCandidates` in full. No
 * real list comes near it (the largest lists of the wild corpus find a handful per title); a list of
 * thousands of titles that share their segments and numbers gets the earliest of them compared.
 */
export class NearTitleIndex<T> {
  /** numbers → length → segment number → segment text → items */
  private readonly groups = new Map<string, Map<number, Array<Map<string, T[]>>>>();
  /** With every title known up front: the numbers no other title holds. */
  private readonly lone: ReadonlySet<string> | undefined;

  /**
   * `allTitles`, when given, are every title that will be added: a title whose numbers no other
   * title holds can have no near-identical partner, so it is neither indexed nor searched. A list
   * whose titles each carry their own number ("… number 17 …", "… 2021 …") then costs nothing here;
   * indexing them all cost a 20 MB list hundreds of MB.
   */
  constructor(allTitles?: Iterable<string>) {
    if (allTitles === undefined) return;
    const seen = new Map<string, boolean>();
    for (const title of allTitles) {
      if (title.length < minIndexed) continue;
      const numbers = numbersOf(title);
      seen.set(numbers, seen.has(numbers));
    }
    this.lone = new Set([...seen].filter(([, again]) => !again).map(([numbers]) => numbers));
  }

  add(title: string, item: T): void {
    if (title.length < minIndexed) return;
    const numbers = numbersOf(title);
    if (this.lone?.has(numbers)) return;
    let byLength = this.groups.get(numbers);
    if (!byLength) {
      byLength = new Map();
      this.groups.set(numbers, byLength);
    }
    let segments = byLength.get(title.length);
    if (!segments) {
      segments = segmentsOf(title.length).map(() => new Map<string, T[]>());
      byLength.set(title.length, segments);
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
   * Indexed items whose title holds the same numbers and is within the allowed edits of `title`
   * (never the same title); `accept` rules candidates out cheaply before the edit distance is computed.
   */
  near(title: string, titleOf: (item: T) => string, accept: (item: T) => boolean = () => true): T[] {
    if (title.length < minIndexed) return [];
    const numbers = numbersOf(title);
    if (this.lone?.has(numbers)) return [];
    const byLength = this.groups.get(numbers);
    if (!byLength) return [];
    const found = new Set<T>();
    // Edits change the length by no more than the edits allowed (a transposition keeps it), and those
    // follow the shorter title, so never more than this one allows.
    const reach = maxEditsFor(title.length);
    probing: for (let length = title.length - reach; length <= title.length + reach; length += 1) {
      const segments = byLength.get(length);
      if (!segments) continue;
      const lengthDifference = title.length - length;
      const parts = segmentsOf(length);
      const tolerance = parts.length - 1;
      for (let i = 0; i < parts.length; i += 1) {
        const [start, size] = parts[i] as [number, number];
        const bucket = segments[i] as Map<string, T[]>;
        const lowest = Math.max(-i, lengthDifference - (tolerance - i));
        const highest = Math.min(i, lengthDifference + (tolerance - i));
        for (let shift = lowest; shift <= highest; shift += 1) {
          const from = start + shift;
          if (from < 0 || from + size > title.length) continue;
          const items = bucket.get(title.slice(from, from + size));
          if (!items) continue;
          const scanned = Math.min(items.length, maxCandidates);
          for (let k = 0; k < scanned; k += 1) {
            found.add(items[k] as T);
            if (found.size >= maxCandidates) break probing;
          }
        }
      }
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
/** Titles a query reads from one segment's list, and compares in full, at most. */
export const maxCandidates = 64;
const segmentCache = new Map<number, Array<[number, number]>>();

/**
 * [start, length] of the segments of a title of this length: maxEditsFor(length) + 1 of them, as
 * even as they go, one character apart. The edits allowed for a pair follow the shorter title, so
 * never more than this.
 */
function segmentsOf(length: number): Array<[number, number]> {
  let segments = segmentCache.get(length);
  if (!segments) {
    const count = maxEditsFor(length) + 1;
    const covered = length - (count - 1);
    segments = Array.from({ length: count }, (_, i) => {
      const from = Math.floor((i * covered) / count);
      return [from + i, Math.floor(((i + 1) * covered) / count) - from] as [number, number];
    });
    segmentCache.set(length, segments);
  }
  return segments;
}
