import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { fixText } from '../../src/engine/fix.js';
import type { Facts, PaperFact, PaperRecord, TitleSearchFact } from '../../src/facts.js';
import { readVenue } from '../../src/identity/venue-style.js';
import { buildModel } from '../../src/parse/build.js';
import type { PaperEntry } from '../../src/parse/model.js';
import { historyFile } from '../helpers/paths.js';

// The rules' half of issue 14's UniReps must-show, in process: the list as it was first filled
// (86247a9), with records made from what its maintainers wrote by efefe77 — a DBLP CoRR record for
// each arXiv id they linked, a DBLP conference record for each conference venue they wrote, an arXiv
// record for each arXiv paper the list already linked. `--fix` must change only what those records
// prove, each change equal to what the maintainers wrote, and a second run nothing.

const before = readFileSync(historyFile('86247a9'), 'utf8');
const after = readFileSync(historyFile('efefe77'), 'utf8');

const arxivOf = (entry: PaperEntry | undefined) => entry?.ids.find(({ id }) => id.key.startsWith('arxiv:'))?.id.key.slice('arxiv:'.length);

async function factsFromHistory(): Promise<Facts> {
  const [earlier, later] = [await buildModel('a.md', before), await buildModel('b.md', after)];
  const laterByTitle = new Map(later.papers.map((entry) => [entry.normalizedTitle, entry]));
  const searches = new Map<string, TitleSearchFact>();
  const papers = new Map<string, PaperFact>();
  for (const entry of earlier.papers) {
    const written = laterByTitle.get(entry.normalizedTitle);
    if (!written) continue;
    const id = arxivOf(written);
    const venue = readVenue(written.venueCell?.text ?? '');
    const hits: PaperRecord[] = [];
    if (id) {
      const key = `journals/corr/abs-${id.replace('.', '-')}`;
      hits.push({ source: 'dblp', id: key, title: written.title, venue: 'CoRR', venueId: 'journals/corr', year: 2000 + Number(id.slice(0, 2)), kind: 'preprint', ids: { arxiv: id, dblp: key } });
    }
    if (venue.venue && venue.year !== undefined && !venue.preprint) {
      const key = `conf/${venue.venue.name.toLowerCase()}/Paper${venue.year}`;
      hits.push({ source: 'dblp', id: key, title: written.title, venue: venue.venue.name, venueId: key.split('/').slice(0, 2).join('/'), year: venue.year, kind: 'conference', ids: { dblp: key } });
    }
    searches.set(entry.normalizedTitle, { status: 'answered', source: 'dblp', hits });
    const linked = arxivOf(entry);
    if (linked) {
      const record: PaperRecord = { source: 'arxiv', id: linked, title: written.title, kind: 'preprint', ids: { arxiv: linked }, ...(venue.category && { primaryCategory: venue.category }) };
      papers.set(`arxiv:${linked}`, { status: 'found', record });
    }
  }
  return { papers, titleSearches: searches, relatedRecords: new Map() };
}

describe('UniReps 86247a9 filled from what its maintainers wrote by efefe77', () => {
  it('links 84 titles and writes 7 venues, each as the maintainers did; nothing else but formatting repairs; a second run changes nothing', async () => {
    const facts = await factsFromHistory();
    const fixed = await fixText('README.md', before, defaultConfig(), { facts });
    const [earlier, repaired, later] = [await buildModel('a.md', before), await buildModel('c.md', fixed.text), await buildModel('b.md', after)];
    const earlierByLine = new Map(earlier.papers.map((entry) => [entry.row.line, entry]));
    const laterByTitle = new Map(later.papers.map((entry) => [entry.normalizedTitle, entry]));
    const links: string[] = [];
    const venues: string[] = [];
    const others: string[] = [];
    for (const entry of repaired.papers) {
      const old = earlierByLine.get(entry.row.line) as PaperEntry;
      if (entry.row.raw === old.row.raw) continue;
      const written = laterByTitle.get(entry.normalizedTitle);
      if (entry.titleCell?.raw !== old.titleCell?.raw) {
        links.push(entry.title);
        // The same arXiv paper the maintainers linked (they sometimes added a #:~:text= fragment).
        expect(arxivOf(entry)).toBe(arxivOf(written));
        expect(entry.titleCell?.raw).toBe(`[${old.titleCell?.raw}](https://arxiv.org/abs/${arxivOf(written)})`);
      }
      if (entry.venueCell?.raw !== old.venueCell?.raw) {
        // Up to the list's style: `arXiv [cs. LG]` is venue-format's `arXiv [cs.LG]`.
        expect(entry.venueCell?.text.replace(/\s+/g, '')).toBe(written?.venueCell?.text.replace(/\s+/g, ''));
        if (!/^arXiv \[/.test(entry.venueCell?.text ?? '')) venues.push(`${old.venueCell?.text} → ${entry.venueCell?.text}`);
      }
      if (entry.titleCell?.raw === old.titleCell?.raw && entry.venueCell?.raw === old.venueCell?.raw) others.push(entry.row.raw);
    }
    expect(links).toHaveLength(84);
    expect(venues.sort()).toEqual([
      'N/A → ICML 2022',
      'N/A → NeurIPS 2017',
      'N/A → NeurIPS 2021',
      'arXiv [cs.LG] → ICLR 2023',
      'arXiv [cs.LG] → ICLR 2023',
      'arXiv [cs.LG] → ICLR 2023',
      'arXiv [cs.LG] → NeurIPS 2021',
    ]);
    // The one other row is row-format's: a row without its leading pipe.
    expect(others).toEqual(['| Measures of Diversity in Classifier Ensembles and Their Relationship with the Ensemble Accuracy | Mach. Learn. |']);
    const again = await fixText('README.md', fixed.text, defaultConfig(), { facts });
    expect(again.text).toBe(fixed.text);
  });
});
