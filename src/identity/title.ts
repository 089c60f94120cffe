/**
 * A title as compared for duplicates: Unicode NFKC, case folded, without punctuation, symbols or
 * spacing. Markdown, badges and `<br>` are already gone from the cell's visible text.
 */
export function normalizeTitle(visible: string): string {
  return visible
    .normalize('NFKC')
    .toLowerCase()
    // The full case foldings toLowerCase leaves out that occur in titles: ß/ẞ → ss, final sigma.
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ')
    .replace(/[\p{P}\p{S}\s]/gu, '');
}

const digitRuns = /\p{Nd}+/gu;

/**
 * Whether two normalized titles are near-identical: a typo or two apart, never a differing number
 * ("GPT-3" and "GPT-4" are different papers). Short titles must match exactly.
 */
export function nearIdentical(a: string, b: string): boolean {
  if (a === b) return false;
  const allowed = maxEditsFor(Math.min(a.length, b.length));
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return false;
  if (numbersOf(a) !== numbersOf(b)) return false;
  return editDistanceWithin(a, b, allowed);
}

/** Edits that still make two titles "a typo or two" apart, by the shorter one's length. */
export const maxEditsFor = (length: number) => (length >= 24 ? 2 : length >= 12 ? 1 : 0);

/** The numbers in a title, in order: titles that differ in them are different papers. */
export const numbersOf = (title: string) => (title.match(digitRuns) ?? []).join(',');

/** Optimal string alignment distance (transpositions count once), cut off as soon as it exceeds `max`. */
export function editDistanceWithin(a: string, b: string, max: number): boolean {
  const n = a.length;
  const m = b.length;
  let previous2 = new Array<number>(m + 1).fill(0);
  let previous = Array.from({ length: m + 1 }, (_, j) => j);
  let current = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i += 1) {
    current[0] = i;
    let rowMin = i;
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    if (from > 1) current[from - 1] = max + 1;
    for (let j = from; j <= to; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? max + 1) + 1, (current[j - 1] ?? max + 1) + 1, (previous[j - 1] ?? max + 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (previous2[j - 2] ?? max + 1) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (to < m) current[to + 1] = max + 1;
    if (rowMin > max) return false;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return (previous[m] ?? max + 1) <= max;
}
