import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxCandidates, NearTitleIndex } from '../../src/identity/near-index.js';
import { editDistanceWithin, maxEditsFor, numbersOf } from '../../src/identity/title.js';

/** What the index must find: every pair within the allowed edits, by comparing every pair. */
function nearByEveryPair(titles: string[], query: string): string[] {
  return titles.filter((other) => {
    if (other === query) return false;
    const allowed = maxEditsFor(Math.min(other.length, query.length));
    return allowed > 0 && Math.abs(other.length - query.length) <= allowed && editDistanceWithin(other, query, allowed);
  });
}

/** A title and copies of it one or two random edits away (insert, delete, replace, swap). */
const editedTitles = fc
  .tuple(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 10, maxLength: 40 }), fc.array(fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace', 'swap'), fc.constantFrom('a', 'b', 'e')), { minLength: 1, maxLength: 2 }), { maxLength: 6 }))
  .map(([title, copies]) => [
    title,
    ...copies.map((edits) =>
      edits.reduce((text, [at, kind, char]) => {
        const i = at % (text.length + 1);
        if (kind === 'insert') return text.slice(0, i) + char + text.slice(i);
        if (kind === 'delete') return text.slice(0, i) + text.slice(i + 1);
        if (kind === 'replace') return text.slice(0, i) + char + text.slice(i + 1);
        return i + 1 < text.length ? text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2) : text;
      }, title),
    ),
  ]);

describe('NearTitleIndex', () => {
  it('finds exactly the titles that comparing every pair finds', () => {
    fc.assert(
      fc.property(fc.array(editedTitles, { minLength: 1, maxLength: 4 }), (groups) => {
        const titles = [...new Set(groups.flat())];
        const index = new NearTitleIndex<string>();
        for (const title of titles) index.add(title, title);
        for (const query of titles) {
          expect(index.near(query, (t) => t).sort()).toEqual(nearByEveryPair(titles, query).sort());
        }
      }),
      { seed: 20261127, numRuns: 3000 },
    );
  });

  it('finds titles two edits away where a swap breaks two segments (found by the property above)', () => {
    for (const [first, second] of [
      ['aaaaaacaaaaaaaacaaaaaaaa', 'aaaaaaacaaaaaaaaacaaaaaaa'],
      ['aaaaaacaaaaaaabcaaaaaaaa', 'aaaaaaacaaaaaaacbaaaaaaaa'],
    ] as const) {
      const index = new NearTitleIndex<string>();
      index.add(first, first);
      expect(index.near(second, (t) => t)).toEqual([first]);
    }
  });

  it('finds a title two edits away wherever the edits fall', () => {
    const title = 'representational similarity of neural networks';
    const index = new NearTitleIndex<string>();
    index.add(title, title);
    for (const query of ['xxpresentational similarity of neural networks', 'representational simixxrity of neural networks', 'representational similarity of neural networkxx', 'eprsentational similarity of neural networks', 'representational similarity of neural netwoks!']) {
      expect(index.near(query, (t) => t)).toEqual([title]);
    }
    expect(index.near('rexxexentational similarity of neural networks', (t) => t)).toEqual([]);
  });
});

/** Every pair the index must find among titles: within the allowed edits and holding the same numbers. */
function nearSameNumbers(titles: string[], query: string): string[] {
  return nearByEveryPair(titles, query).filter((other) => numbersOf(other) === numbersOf(query));
}

/** Templated titles, as lists of numbered parts and versions write them, normalized. */
const templates = [
  (n: string) => `astudyofrepresentationnumber${n}acrossmodelfamilies`,
  (n: string) => `largescalebenchmarkforneuralsimilaritypart${n}`,
  (n: string) => `v${n}alignmentoflatentspaces`,
];

describe('NearTitleIndex on templated titles', () => {
  it('finds exactly the same-number pairs within the allowed edits, reading a bounded number of candidates', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        fc.uniqueArray(fc.nat(999_999), { minLength: 50, maxLength: 400 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('x', 'q')), { maxLength: 20 }),
        (template, numbers, padded, typos) => {
          const titles = numbers.map((n) => template(padded ? String(n).padStart(6, '0') : String(n)));
          // Copies with a typo outside the number: the same paper, written again.
          for (const [which, at, char] of typos) {
            const title = titles[which % titles.length] as string;
            const i = at % title.length;
            if (!/\d/.test(title[i] as string)) titles.push(title.slice(0, i) + char + title.slice(i + 1));
          }
          const unique = [...new Set(titles)];
          const index = new NearTitleIndex<string>();
          for (const title of unique) index.add(title, title);
          for (const query of unique) {
            let compared = 0;
            const found = index.near(query, (t) => {
              compared += 1;
              return t;
            });
            expect(compared).toBeLessThanOrEqual(maxCandidates);
            expect(found.sort()).toEqual(nearSameNumbers(unique, query).sort());
          }
        },
      ),
      { seed: 20261201, numRuns: 60 },
    );
  });

  it('never pairs titles that differ only in their numbers', () => {
    const index = new NearTitleIndex<string>();
    const titles = Array.from({ length: 2000 }, (_, i) => `largescalebenchmarkforneuralsimilaritypart${String(i).padStart(6, '0')}`);
    for (const title of titles) index.add(title, title);
    for (const title of titles) expect(index.near(title, (t) => t)).toEqual([]);
  });

  it('compares at most a bounded number of titles per query, whatever the titles share', () => {
    // Thousands of titles without numbers that share every segment but one character.
    const index = new NearTitleIndex<string>();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const titles = Array.from({ length: 26 * 26 }, (_, i) => `representationalsimilarity${letters[i % 26]}${letters[Math.floor(i / 26)]}ofneuralnetworks`);
    for (const title of titles) index.add(title, title);
    for (const title of titles.slice(0, 50)) {
      let compared = 0;
      index.near(title, (t) => {
        compared += 1;
        return t;
      });
      expect(compared).toBeLessThanOrEqual(maxCandidates);
    }
  });
});

describe('NearTitleIndex told every title up front', () => {
  /** Titles of letters and digits, and copies one or two edits away that may change a digit. */
  const numberedTitles = fc
    .tuple(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '1', '2'), minLength: 12, maxLength: 30 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom('a', '1', '3')), { maxLength: 5 }))
    .map(([title, edits]) => [title, ...edits.map(([at, char]) => title.slice(0, at % title.length) + char + title.slice((at % title.length) + 1))]);

  it('finds what the index without them finds, for every title', () => {
    fc.assert(
      fc.property(fc.array(numberedTitles, { minLength: 1, maxLength: 4 }), (groups) => {
        const titles = [...new Set(groups.flat())];
        const told = new NearTitleIndex<string>(titles);
        const plain = new NearTitleIndex<string>();
        for (const title of titles) {
          expect(told.near(title, (t) => t).sort()).toEqual(plain.near(title, (t) => t).sort());
          told.add(title, title);
          plain.add(title, title);
        }
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });

  it('indexes nothing for titles that each hold their own number', () => {
    const titles = Array.from({ length: 1000 }, (_, i) => `a study of representation number ${i + 1} across model families`);
    const index = new NearTitleIndex<string>(titles);
    for (const title of titles) index.add(title, title);
    expect((index as unknown as { groups: Map<string, unknown> }).groups.size).toBe(0);
    // Two titles sharing their number are still compared.
    const pair = ['a study of representation number 7 across model families', 'a study of representation number 7 acros model families'];
    const both = new NearTitleIndex<string>([...titles, pair[1] as string]);
    both.add(pair[0] as string, pair[0] as string);
    expect(both.near(pair[1] as string, (t) => t)).toEqual([pair[0]]);
  });
});
