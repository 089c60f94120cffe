import { afterEach, describe, expect, test } from 'vitest';
import type { PaperFact } from '../../src/facts.js';
import { emptyPaperCache, relatedCacheKey } from '../../src/metadata/cache.js';
import { gatherRelatedRecords } from '../../src/metadata/related.js';
import { gatherMetadata } from '../../src/metadata/run.js';
import {
  startArxivFake,
  startCrossrefFake,
  startDblpFake,
  startDoiFake,
  startSemanticScholarFake,
  type MetadataFake,
  type SemanticScholarFakeRecord,
} from '../servers/metadata-fakes.js';
import { allFakeOptions, listModel, table } from './search-helpers.js';

/**
 * Issue 14, related records: Crossref's record of the journal DOI an arXiv entry names, and
 * Semantic Scholar's records (only with an API key), in `Facts.relatedRecords` under the linked
 * paper's key; and the whole gathering (run.ts) on one client.
 */

const running: MetadataFake[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((fake) => fake.close()));
});
async function started(fake: Promise<MetadataFake>): Promise<MetadataFake> {
  const ready = await fake;
  running.push(ready);
  return ready;
}

const day = 24 * 60 * 60 * 1000;
const topology = 'Topology of Deep Neural Networks';
const similarity = 'Similarity and Matching of Neural Network Representations';
const journalDoi = '10.5555/jmlr.2020.20-345';

async function arxivAndCrossref() {
  const arxiv = await started(
    startArxivFake({
      records: [
        { id: '2004.06093', title: topology, doi: journalDoi, journalRef: 'JMLR 21 (2020) 1-40' },
        { id: '2110.14633', title: similarity, doi: '10.48550/arXiv.2110.14633' },
        { id: '2209.04836', title: 'Git Re-Basin: Merging Models modulo Permutation Symmetries' },
      ],
    }),
  );
  const crossref = await started(startCrossrefFake({ records: [{ doi: journalDoi, title: topology, containerTitle: 'Journal of Machine Learning Research', type: 'journal-article', year: 2020 }] }));
  const doi = await started(startDoiFake({ records: [] }));
  return { arxiv, crossref, doi };
}

const list = () =>
  listModel(
    table(
      `| [${topology}](https://arxiv.org/abs/2004.06093) | arXiv | |`,
      `| [${similarity}](https://arxiv.org/abs/2110.14633) | NeurIPS 2021 | |`,
      '| [Git Re-Basin: Merging Models modulo Permutation Symmetries](https://arxiv.org/abs/2209.04836) | ICLR 2023 | |',
    ),
  );

describe("Crossref for an arXiv entry's journal DOI", () => {
  test("the DOI arXiv names is looked up at Crossref and its record lands in relatedRecords under the arXiv key; arXiv's own DOIs are not asked", async () => {
    const { arxiv, crossref, doi } = await arxivAndCrossref();
    const run = gatherMetadata([await list()], allFakeOptions({ arxiv, crossref, doi }));
    const papers = await run.papers;
    const { relatedRecords } = await run.more;
    expect(papers.get('arxiv:2004.06093')?.record?.ids.doi).toBe(journalDoi);
    expect([...relatedRecords.keys()]).toStrictEqual(['arxiv:2004.06093']);
    expect(relatedRecords.get('arxiv:2004.06093')).toStrictEqual([
      { source: 'crossref', id: journalDoi, title: topology, venue: 'Journal of Machine Learning Research', year: 2020, type: 'journal-article', kind: 'journal', ids: { doi: journalDoi }, url: `https://doi.org/${journalDoi}` },
    ]);
    expect(crossref.requests.map((r) => r.path)).toStrictEqual([`/works/${journalDoi}`]);
    expect(doi.requests).toHaveLength(0);
  });

  test('a DOI the list links itself is not asked twice: its record is reused', async () => {
    const { arxiv, crossref, doi } = await arxivAndCrossref();
    const model = await listModel(table(`| [${topology}](https://arxiv.org/abs/2004.06093) | arXiv | [journal](https://doi.org/${journalDoi}) |`));
    const run = gatherMetadata([model], allFakeOptions({ arxiv, crossref, doi }));
    const { relatedRecords } = await run.more;
    expect(relatedRecords.get('arxiv:2004.06093')?.map((record) => record.source)).toStrictEqual(['crossref']);
    expect(crossref.requests).toHaveLength(1);
  });

  test('Crossref down: no related record, nothing cached', async () => {
    const { arxiv, crossref, doi } = await arxivAndCrossref();
    crossref.failAlways({ kind: 'status', status: 503 });
    const cache = emptyPaperCache();
    const run = gatherMetadata([await list()], allFakeOptions({ arxiv, crossref, doi }), cache);
    expect((await run.more).relatedRecords.size).toBe(0);
    expect(Object.keys(cache.related)).toStrictEqual([]);
  });

  test('cached: a journal record 90 days, with no request while fresh', async () => {
    const { crossref } = await arxivAndCrossref();
    let now = Date.UTC(2026, 0, 1);
    const options = allFakeOptions({ crossref }, { now: () => now });
    const papers = new Map<string, PaperFact>([['arxiv:2004.06093', { status: 'found', record: { source: 'arxiv', id: '2004.06093', title: topology, ids: { arxiv: '2004.06093', doi: journalDoi } } }]]);
    const model = await list();
    const cache = emptyPaperCache();
    const first = await gatherRelatedRecords([model], papers, options, cache);
    expect(cache.related[relatedCacheKey('crossref', 'arxiv:2004.06093')]).toMatchObject({ status: 'answered', source: 'crossref', asked: journalDoi, checkedAt: now });
    now += 89 * day;
    expect(await gatherRelatedRecords([model], papers, options, cache)).toStrictEqual(first);
    expect(crossref.requests).toHaveLength(1);
    now += day;
    await gatherRelatedRecords([model], papers, options, cache);
    expect(crossref.requests).toHaveLength(2);
  });
});

const paperId = (i: number) => i.toString(16).padStart(40, '0');
const s2Records: SemanticScholarFakeRecord[] = [
  { paperId: paperId(1), title: topology, venue: 'Journal of Machine Learning Research', year: 2020, externalIds: { ArXiv: '2004.06093', DBLP: 'journals/jmlr/NaitzatZL20' }, publicationTypes: ['JournalArticle'] },
  { paperId: paperId(2), title: similarity, venue: 'Neural Information Processing Systems', year: 2021, externalIds: { ArXiv: '2110.14633' }, publicationTypes: ['JournalArticle', 'Conference'] },
];

describe('Semantic Scholar', () => {
  test('without a key nothing is asked at all', async () => {
    const semanticScholar = await started(startSemanticScholarFake({ records: s2Records }));
    const related = await gatherRelatedRecords([await list()], new Map(), allFakeOptions({ semanticScholar }));
    expect(related.size).toBe(0);
    expect(semanticScholar.requests).toHaveLength(0);
  });

  test('with a key: one POST with x-api-key, ARXIV: and DOI: ids, records under the asked keys, none for an unknown paper', async () => {
    const semanticScholar = await started(startSemanticScholarFake({ records: s2Records, apiKey: 'the-key' }));
    const model = await listModel(table(`| [${topology}](https://arxiv.org/abs/2004.06093) | | |`, `| [${similarity}](https://arxiv.org/abs/2110.14633) | | |`, '| [An Unknown Paper](https://doi.org/10.1000/unknown) | | |'));
    const related = await gatherRelatedRecords([model], new Map(), allFakeOptions({ semanticScholar }, { semanticScholarKey: 'the-key' }));
    expect(semanticScholar.requests.map((r) => [r.method, r.path, r.headers['x-api-key'], r.headers['content-type'], r.query.get('fields'), JSON.parse(r.body)])).toStrictEqual([
      ['POST', '/graph/v1/paper/batch', 'the-key', 'application/json', 'title,venue,year,externalIds,publicationTypes,publicationVenue,journal,url', { ids: ['ARXIV:2004.06093', 'ARXIV:2110.14633', 'DOI:10.1000/unknown'] }],
    ]);
    expect([...related.keys()]).toStrictEqual(['arxiv:2004.06093', 'arxiv:2110.14633']);
    expect(related.get('arxiv:2110.14633')).toStrictEqual([
      {
        source: 'semanticScholar',
        id: paperId(2),
        title: similarity,
        venue: 'Neural Information Processing Systems',
        year: 2021,
        type: 'JournalArticle, Conference',
        kind: 'conference',
        ids: { arxiv: '2110.14633' },
        url: `https://www.semanticscholar.org/paper/${paperId(2)}`,
      },
    ]);
  });

  test('1,001 papers: batches of 500, 500 and 1', async () => {
    const semanticScholar = await started(startSemanticScholarFake({ records: [] }));
    const rows = Array.from({ length: 1001 }, (_, i) => `| [Paper ${i}](https://arxiv.org/abs/2101.${String(i + 1).padStart(5, '0')}) | | |`);
    await gatherRelatedRecords([await listModel(table(...rows))], new Map(), allFakeOptions({ semanticScholar }, { semanticScholarKey: 'k' }));
    expect(semanticScholar.requests.map((r) => (JSON.parse(r.body) as { ids: string[] }).ids.length)).toStrictEqual([500, 500, 1]);
  });

  test('a refused key (403): no records, no crash, nothing cached', async () => {
    const semanticScholar = await started(startSemanticScholarFake({ records: s2Records, apiKey: 'the-key' }));
    const cache = emptyPaperCache();
    const related = await gatherRelatedRecords([await list()], new Map(), allFakeOptions({ semanticScholar }, { semanticScholarKey: 'wrong' }), cache);
    expect(related.size).toBe(0);
    expect(Object.keys(cache.related)).toStrictEqual([]);
  });

  test('cached: a conference record 90 days, "not known" 7 days; the key is never written to the cache', async () => {
    const semanticScholar = await started(startSemanticScholarFake({ records: s2Records, apiKey: 'the-key' }));
    let now = Date.UTC(2026, 0, 1);
    const options = allFakeOptions({ semanticScholar }, { semanticScholarKey: 'the-key', now: () => now });
    const model = await listModel(table(`| [${similarity}](https://arxiv.org/abs/2110.14633) | | |`, '| [An Unknown Paper](https://arxiv.org/abs/2101.00001) | | |'));
    const cache = emptyPaperCache();
    await gatherRelatedRecords([model], new Map(), options, cache);
    expect(JSON.stringify(cache)).not.toContain('the-key');
    now += 6 * day;
    await gatherRelatedRecords([model], new Map(), options, cache);
    expect(semanticScholar.requests).toHaveLength(1);
    now += 2 * day;
    const related = await gatherRelatedRecords([model], new Map(), options, cache);
    expect(semanticScholar.requests.map((r) => (JSON.parse(r.body) as { ids: string[] }).ids)).toStrictEqual([['ARXIV:2110.14633', 'ARXIV:2101.00001'], ['ARXIV:2101.00001']]);
    expect([...related.keys()]).toStrictEqual(['arxiv:2110.14633']);
  });
});

describe('the whole gathering', () => {
  test('papers, title searches and related records in one run; a second run with the cache asks nothing', async () => {
    const { arxiv, crossref, doi } = await arxivAndCrossref();
    const dblp = await started(
      startDblpFake({ records: [{ key: 'journals/jmlr/NaitzatZL20', title: topology, venue: 'J. Mach. Learn. Res.', year: 2020, type: 'Journal Articles', ee: 'https://jmlr.org/papers/v21/20-345.html' }] }),
    );
    const semanticScholar = await started(startSemanticScholarFake({ records: s2Records }));
    const options = allFakeOptions({ arxiv, crossref, doi, dblp, semanticScholar }, { semanticScholarKey: 'k' });
    const cache = emptyPaperCache();
    const model = await list();
    const first = gatherMetadata([model], options, cache);
    expect([...(await first.papers).values()].map((fact) => fact.status)).toStrictEqual(['found', 'found', 'found']);
    const more = await first.more;
    expect([...more.titleSearches.keys()]).toStrictEqual([model.papers[0]?.normalizedTitle]);
    expect(more.titleSearches.get(model.papers[0]?.normalizedTitle as string)?.hits.map((hit) => hit.id)).toStrictEqual(['journals/jmlr/NaitzatZL20']);
    expect(more.relatedRecords.get('arxiv:2004.06093')?.map((record) => record.source)).toStrictEqual(['crossref', 'semanticScholar']);
    const counts = () => [arxiv, crossref, doi, dblp, semanticScholar].map((fake) => fake.requests.length);
    const before = counts();
    expect(before).toStrictEqual([1, 1, 0, 1, 1]);

    const second = gatherMetadata([model], options, cache);
    await second.papers;
    expect(await second.more).toStrictEqual(more);
    expect(counts()).toStrictEqual(before);
  });
});
