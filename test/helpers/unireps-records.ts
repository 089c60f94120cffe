import { readFileSync } from 'node:fs';
import { buildModel } from '../../src/parse/build.js';
import type { PaperEntry } from '../../src/parse/model.js';
import type { ArxivFakeRecord, DblpFakeRecord } from '../servers/metadata-fakes.js';
import { historyFile } from './paths.js';

/**
 * What the UniReps maintainers wrote by efefe77, as the records DBLP and arXiv would hold (issue 14's
 * must-show): for every paper of the list as first filled (86247a9) that the later list links to an
 * arXiv id, arXiv's record of that id and DBLP's CoRR copy of it; for every conference venue the
 * maintainers wrote ("NeurIPS 2021"), DBLP's conference record. The first row naming an arXiv id
 * gives its title (the later list links one id under two titles: the second is the wrong link).
 */
export interface UnirepsRecords {
  before: string;
  after: string;
  arxiv: ArxivFakeRecord[];
  dblp: DblpFakeRecord[];
}

const arxivOf = (entry: PaperEntry | undefined) => entry?.ids.find(({ id }) => id.key.startsWith('arxiv:'))?.id.key.slice('arxiv:'.length);

/** "NeurIPS 2021", "ICLR 2023": a conference and its year (not arXiv, not a journal without a year). */
const conferenceVenue = /^([A-Za-z][A-Za-z-]*) (\d{4})$/;
/** "arXiv [cs.LG]": the primary category the maintainers wrote. */
const arxivCategory = /^arXiv \[([a-z-]+\.[A-Za-z-]+)\]$/;

export async function unirepsRecords(
  before = readFileSync(historyFile('86247a9'), 'utf8'),
  after = readFileSync(historyFile('efefe77'), 'utf8'),
): Promise<UnirepsRecords> {
  const [earlier, later] = [await buildModel('before.md', before), await buildModel('after.md', after)];
  const laterByTitle = new Map<string, PaperEntry>();
  for (const entry of later.papers) if (!laterByTitle.has(entry.normalizedTitle)) laterByTitle.set(entry.normalizedTitle, entry);

  const arxiv = new Map<string, ArxivFakeRecord>();
  const dblp = new Map<string, DblpFakeRecord>();
  for (const entry of earlier.papers) {
    const written = laterByTitle.get(entry.normalizedTitle);
    if (!written) {
      // A paper the maintainers later removed or retitled: arXiv still holds what the list links.
      const linked = arxivOf(entry);
      if (linked && !arxiv.has(linked)) arxiv.set(linked, { id: linked, title: entry.title });
      continue;
    }
    const venue = (written.venueCell?.text ?? '').replace(/\s+/g, ' ').trim();
    const id = arxivOf(written) ?? arxivOf(entry);
    if (id && !arxiv.has(id)) {
      const category = arxivCategory.exec(venue.replace(/\[\s*([a-z-]+)\.\s*/, '[$1.'))?.[1];
      arxiv.set(id, { id, title: written.title, ...(category && { categories: [category] }) });
      const key = `journals/corr/abs-${id.replace('.', '-')}`;
      dblp.set(key, { key, title: written.title, venue: 'CoRR', year: 2000 + Number(id.slice(0, 2)), type: 'Informal and Other Publications', ee: `https://arxiv.org/abs/${id}`, volume: `abs/${id}` });
    }
    const conference = conferenceVenue.exec(venue);
    if (conference && !/^arxiv$/i.test(conference[1] as string)) {
      const [, name, year] = conference as unknown as [string, string, string];
      const key = `conf/${name.toLowerCase()}/Paper${year}-${dblp.size}`;
      dblp.set(key, { key, title: written.title, venue: name, year: Number(year), type: 'Conference and Workshop Papers' });
    }
  }
  return { before, after, arxiv: [...arxiv.values()], dblp: [...dblp.values()] };
}
