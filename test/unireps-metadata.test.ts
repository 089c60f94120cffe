import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModel } from '../src/parse/build.js';
import type { PaperEntry } from '../src/parse/model.js';
import { folderWith, runCliAsync } from './helpers/cli.js';
import { type UnirepsRecords, unirepsRecords } from './helpers/unireps-records.js';
import { type MetadataFake, startArxivFake, startCrossrefFake, startDblpFake, startDoiFake, startOpenReviewFake } from './servers/metadata-fakes.js';

// Issue 14's must-show, end to end: the UniReps list as first filled (86247a9) through the bundled
// CLI, `--metadata --fix`, against loopback fakes of arXiv and DBLP holding what the list's
// maintainers wrote by efefe77 (test/helpers/unireps-records.ts): every venue and link it writes is
// what they wrote, up to the list's own style; no other line changes; a second run changes nothing.

let records: UnirepsRecords;
let fakes: { arxiv: MetadataFake; dblp: MetadataFake; crossref: MetadataFake; doi: MetadataFake; openreview: MetadataFake; openreviewV1: MetadataFake };
beforeAll(async () => {
  records = await unirepsRecords();
  const [arxiv, dblp, crossref, doi, openreview, openreviewV1] = await Promise.all([
    startArxivFake({ records: records.arxiv }),
    startDblpFake({ records: records.dblp }),
    startCrossrefFake({ records: [] }),
    startDoiFake({ records: [] }),
    startOpenReviewFake({ version: 'v2', records: [] }),
    startOpenReviewFake({ version: 'v1', records: [] }),
  ]);
  fakes = { arxiv, dblp, crossref, doi, openreview, openreviewV1 };
});
afterAll(async () => {
  await Promise.all(Object.values(fakes ?? {}).map((fake) => fake.close()));
});

const config = () =>
  JSON.stringify({
    metadata: {
      sources: {
        arxiv: { url: fakes.arxiv.url('/api/query'), interval: 0 },
        dblp: { url: fakes.dblp.url('/search/publ/api'), interval: 0, budget: 500 },
        crossref: { url: fakes.crossref.origin, interval: 0 },
        doi: { url: fakes.doi.origin, interval: 0 },
        openreview: { url: fakes.openreview.origin, v1Url: fakes.openreviewV1.origin, interval: 0 },
      },
    },
  });

const arxivOf = (entry: PaperEntry | undefined) => entry?.ids.find(({ id }) => id.key.startsWith('arxiv:'))?.id.key.slice('arxiv:'.length);
const lines = (text: string) => text.split('\n');

describe('UniReps 86247a9 --metadata --fix against fakes built from efefe77', () => {
  it('fills venues and links as the maintainers later did, changes nothing else, and a second run changes nothing', async () => {
    // The formatting repairs --fix makes without --metadata are the baseline: what --metadata adds is compared to it.
    const plain = folderWith({ 'README.md': records.before, '.lint-list.json': config() });
    await runCliAsync(['--fix', '--format', 'json', 'README.md'], { cwd: plain });
    const baseline = readFileSync(join(plain, 'README.md'), 'utf8');

    const dir = folderWith({ 'README.md': records.before, '.lint-list.json': config() });
    const first = await runCliAsync(['--metadata', '--fix', '--allow-private-hosts', '--format', 'json', 'README.md'], { cwd: dir });
    expect(first.stderr).toBe('');
    const fixed = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(lines(fixed)).toHaveLength(lines(baseline).length);

    const [repaired, later] = [await buildModel('fixed.md', fixed), await buildModel('after.md', records.after)];
    const laterByTitle = new Map<string, PaperEntry>();
    for (const entry of later.papers) if (!laterByTitle.has(entry.normalizedTitle)) laterByTitle.set(entry.normalizedTitle, entry);
    const baselineLines = lines(baseline);
    let links = 0;
    let venues = 0;
    for (const [index, line] of lines(fixed).entries()) {
      if (line === baselineLines[index]) continue;
      const entry = repaired.papers.find((paper) => paper.row.line === index + 1);
      // Only paper rows change, and each only as the maintainers wrote it.
      expect(entry, `line ${index + 1}: ${line}`).toBeDefined();
      const written = laterByTitle.get((entry as PaperEntry).normalizedTitle);
      expect(written, `line ${index + 1}: the maintainers kept this paper`).toBeDefined();
      const before = baselineLines[index] as string;
      const titleBefore = before.split('|')[1]?.trim() ?? '';
      if (entry?.titleCell?.raw !== titleBefore) {
        links += 1;
        expect(arxivOf(entry), `line ${index + 1}`).toBe(arxivOf(written));
      }
      const venueBefore = before.split('|')[2]?.trim() ?? '';
      if (entry?.venueCell?.raw !== venueBefore) {
        venues += 1;
        expect(entry?.venueCell?.text.replace(/\s+/g, ''), `line ${index + 1}`).toBe(written?.venueCell?.text.replace(/\s+/g, ''));
      }
    }
    expect({ links, venues }).toEqual({ links: 83, venues: 7 });
    expect(fakes.dblp.requests.length).toBeGreaterThan(0);
    expect(fakes.arxiv.requests.length).toBeGreaterThan(0);

    const second = await runCliAsync(['--metadata', '--fix', '--allow-private-hosts', '--format', 'json', 'README.md'], { cwd: dir });
    expect(second.stderr).toBe('');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(fixed);
  });
});
