import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/facts.js';
import { buildModel } from '../../src/parse/build.js';
import type { PaperEntry } from '../../src/parse/model.js';
import { arxivYear, decide, type Evidence, evidenceOf, journalRefClaim } from '../../src/rules/evidence.js';
import { answered, arxivRecord, corrHit, dblpHit, factsOf, found, openReviewRecord, unverifiedSearch } from './records.js';

// The evidence policy (src/rules/evidence.ts), case by case: which records tie a venue to a row's own
// paper, and which are only "possibly".

async function entryOf(row: string): Promise<PaperEntry> {
  const model = await buildModel('README.md', `| Title | Venue |\n|---|---|\n${row}\n`);
  return model.papers[0] as PaperEntry;
}

/** The claims, reduced to what the policy decides. */
const claims = (evidence: Evidence) =>
  evidence.claims.map(({ name, variant, year, source, tie, strong, why, known }) => ({ name, variant, year, source, tie, strong, known, ...(why && { why }) }));

const rebasin = 'Git Re-Basin: Merging Models modulo Permutation Symmetries';
const rebasinRow = `| [${rebasin}](https://arxiv.org/abs/2209.04836) | arXiv |`;
const iclrHit = (ids = {}) => dblpHit('conf/iclr/AinsworthHS23', rebasin, 'ICLR', 2023, 'conference', ids, 'https://openreview.net/forum?id=CQsmMYmlP5T');

describe('strong evidence: tied to the row by its link or an identifier', () => {
  it('a proceedings URL proves the venue offline, without any facts', async () => {
    const entry = await entryOf('| [Generalized Shape Metrics on Neural Representations](https://proceedings.neurips.cc/paper/2021/hash/252a3dbaeb32e7690242ad3b556e626b-Abstract.html) | |');
    const evidence = evidenceOf(entry, {});
    expect(claims(evidence)).toEqual([{ name: 'NeurIPS', variant: 'main', year: 2021, source: 'link', tie: 'link', strong: true, known: true }]);
    expect(decide(evidence).strong?.name).toBe('NeurIPS');
  });

  it('a DBLP record that carries the row’s arXiv id', async () => {
    const evidence = evidenceOf(await entryOf(rebasinRow), factsOf({ searches: { [rebasin]: answered(iclrHit({ arxiv: '2209.04836' })) } }));
    expect(claims(evidence)).toEqual([{ name: 'ICLR', variant: 'main', year: 2023, source: 'dblp', tie: 'id', strong: true, known: true }]);
  });

  it('a record that carries the row’s DOI, and the DOI arXiv gives for the row’s arXiv id', async () => {
    const doiRow = await entryOf('| [Deep Learning for Protein Folding](https://doi.org/10.1038/s42256-021-00001-x) | |');
    const crossref = { source: 'crossref' as const, id: '10.1038/s42256-021-00001-x', title: 'Deep Learning for Protein Folding', venue: 'Nature Machine Intelligence', year: 2021, kind: 'journal' as const, ids: { doi: '10.1038/s42256-021-00001-x' } };
    expect(claims(evidenceOf(doiRow, factsOf({ papers: { 'doi:10.1038/s42256-021-00001-x': found(crossref) } })))).toEqual([
      { name: 'Nature Machine Intelligence', variant: 'main', year: 2021, source: 'crossref', tie: 'id', strong: true, known: false },
    ]);
    const arxivRow = await entryOf('| [Deep Learning for Protein Folding](https://arxiv.org/abs/2101.00001) | |');
    const facts = factsOf({
      papers: { 'arxiv:2101.00001': found(arxivRecord('2101.00001', 'Deep Learning for Protein Folding', { ids: { arxiv: '2101.00001', doi: '10.1038/s42256-021-00001-x' } })) },
      related: { 'arxiv:2101.00001': [crossref] },
    });
    expect(decide(evidenceOf(arxivRow, facts)).strong).toMatchObject({ name: 'Nature Machine Intelligence', known: false, source: 'crossref', strong: true });
  });

  it('an accepted OpenReview venueid of the row’s forum id; a rejected one says nothing', async () => {
    const row = await entryOf('| [Editing Models with Task Arithmetic](https://openreview.net/forum?id=6t0Kwf8-jrj) | |');
    const accepted = openReviewRecord('6t0Kwf8-jrj', 'Editing Models with Task Arithmetic', 'ICLR.cc/2023/Conference', 'ICLR 2023 poster', true, 'conference', 2023);
    expect(claims(evidenceOf(row, factsOf({ papers: { 'openreview:6t0Kwf8-jrj': found(accepted) } })))).toEqual([
      { name: 'ICLR', variant: 'main', year: 2023, source: 'openreview', tie: 'id', strong: true, known: true },
    ]);
    const rejected = openReviewRecord('6t0Kwf8-jrj', 'Editing Models with Task Arithmetic', 'ICLR.cc/2023/Conference/Rejected_Submission', 'Submitted to ICLR 2023', false, 'preprint', 2023);
    expect(evidenceOf(row, factsOf({ papers: { 'openreview:6t0Kwf8-jrj': found(rejected) } })).claims).toEqual([]);
    const workshop = openReviewRecord('6t0Kwf8-jrj', 'Editing Models with Task Arithmetic', 'NeurIPS.cc/2023/Workshop/UniReps', 'UniReps 2023', true, 'workshop', 2023);
    expect(claims(evidenceOf(row, factsOf({ papers: { 'openreview:6t0Kwf8-jrj': found(workshop) } })))).toEqual([
      { name: 'NeurIPS', variant: 'workshop', year: 2023, source: 'openreview', tie: 'id', strong: true, known: true },
    ]);
  });

  it("arXiv's journal reference, only when it reads exactly as a known venue and a year", async () => {
    expect(journalRefClaim('ICLR 2023')).toEqual({ name: 'ICLR', variant: 'main', year: 2023 });
    expect(journalRefClaim('Accepted at NeurIPS 2021')).toEqual({ name: 'NeurIPS', variant: 'main', year: 2021 });
    expect(journalRefClaim('Published in Transactions on Machine Learning Research (2023)')).toEqual({ name: 'TMLR', variant: 'main', year: 2023 });
    expect(journalRefClaim('Nature 600, 70-74 (2021)')).toBeUndefined();
    expect(journalRefClaim('Submitted to a journal')).toBeUndefined();
    const row = await entryOf('| [REPAIR: REnormalizing Permuted Activations for Interpolation Repair](https://arxiv.org/abs/2211.08403) | |');
    const record = arxivRecord('2211.08403', 'REPAIR: REnormalizing Permuted Activations for Interpolation Repair', { journalRef: 'ICLR 2023', primaryCategory: 'cs.LG' });
    const evidence = evidenceOf(row, factsOf({ papers: { 'arxiv:2211.08403': found(record) } }));
    expect(claims(evidence)).toEqual([{ name: 'ICLR', variant: 'main', year: 2023, source: 'arxiv', tie: 'id', strong: true, known: true }]);
    expect(evidence.preprint).toEqual({ id: '2211.08403', year: 2022, category: 'cs.LG', source: 'arxiv', url: 'https://arxiv.org/abs/2211.08403' });
  });

  it('a CoRR record carrying the arXiv id never counts as published: it says the paper is a preprint', async () => {
    const evidence = evidenceOf(await entryOf(rebasinRow), factsOf({ searches: { [rebasin]: answered(corrHit('2209.04836', rebasin)) } }));
    expect(evidence.claims).toEqual([]);
    expect(evidence.preprint).toEqual({ id: '2209.04836', year: 2022, source: 'dblp', url: 'https://dblp.org/rec/journals/corr/abs-2209-04836' });
    expect(decide(evidence)).toEqual({ possible: [] });
  });

  it('a workshop record tied by an identifier is strong, and named as a workshop', async () => {
    const hit = dblpHit('conf/nips/X23w', rebasin, 'NeurIPS Workshops', 2023, 'workshop', { arxiv: '2209.04836' });
    expect(claims(evidenceOf(await entryOf(rebasinRow), factsOf({ searches: { [rebasin]: answered(hit) } })))).toEqual([
      { name: 'NeurIPS', variant: 'workshop', year: 2023, source: 'dblp', tie: 'id', strong: true, known: true },
    ]);
  });
});

describe('a title alone: strong only when exact, unique, at least four words, in a plausible year', () => {
  it('exact, unique, conference, 4+ words, a year after the preprint: strong', async () => {
    const evidence = evidenceOf(await entryOf(rebasinRow), factsOf({ searches: { [rebasin]: answered(iclrHit(), corrHit('2209.04836', rebasin)) } }));
    expect(claims(evidence)).toEqual([{ name: 'ICLR', variant: 'main', year: 2023, source: 'dblp', tie: 'title', strong: true, known: true }]);
  });

  it('the years allowed: one before to four after the arXiv id’s year', async () => {
    const at = (year: number) => dblpHit(`conf/icml/X${year}`, rebasin, 'ICML', year, 'conference');
    const strength = async (year: number) => evidenceOf(await entryOf(rebasinRow), factsOf({ searches: { [rebasin]: answered(at(year)) } })).claims[0]?.strong;
    expect([await strength(2020), await strength(2021), await strength(2026), await strength(2027)]).toEqual([false, true, true, false]);
    expect(arxivYear('2209.04836')).toBe(2022);
    expect(arxivYear('hep-th/9901001')).toBe(1999);
  });

  it('the same title on a different paper years apart: weak, with the reason', async () => {
    const old = dblpHit('conf/icml/Someone15', rebasin, 'ICML', 2015, 'conference');
    expect(claims(evidenceOf(await entryOf(rebasinRow), factsOf({ searches: { [rebasin]: answered(old) } })))).toEqual([
      { name: 'ICML', variant: 'main', year: 2015, source: 'dblp', tie: 'title', strong: false, known: true, why: 'the same title, 7 years before the preprint' },
    ]);
  });

  it('two exact hits with different venues: both weak', async () => {
    const a = dblpHit('conf/icml/A23', rebasin, 'ICML', 2023, 'conference');
    const b = dblpHit('conf/nips/B22', rebasin, 'NeurIPS', 2022, 'conference');
    const evidence = evidenceOf(await entryOf(rebasinRow), factsOf({ searches: { [rebasin]: answered(a, b) } }));
    expect(evidence.claims.map((claim) => [claim.name, claim.strong, claim.why])).toEqual([
      ['ICML', false, 'several papers with this title appeared at different venues'],
      ['NeurIPS', false, 'several papers with this title appeared at different venues'],
    ]);
    expect(decide(evidence).strong).toBeUndefined();
  });

  it('a title one word away: weak', async () => {
    const near = dblpHit('conf/iclr/AinsworthHS23', 'Git Re-Basin: Merging Neural Models modulo Permutation Symmetries', 'ICLR', 2023, 'conference');
    expect(claims(evidenceOf(await entryOf(rebasinRow), factsOf({ searches: { [rebasin]: answered(near) } })))).toEqual([
      { name: 'ICLR', variant: 'main', year: 2023, source: 'dblp', tie: 'title', strong: false, known: true, why: 'a similar title' },
    ]);
  });

  it('a three-word title: weak, whatever else matches', async () => {
    const row = await entryOf('| [Deep Residual Learning](https://arxiv.org/abs/1512.03385) | arXiv |');
    const hit = dblpHit('conf/cvpr/HeZRS16', 'Deep Residual Learning', 'CVPR', 2016, 'conference');
    expect(claims(evidenceOf(row, factsOf({ searches: { 'Deep Residual Learning': answered(hit) } })))).toEqual([
      { name: 'CVPR', variant: 'main', year: 2016, source: 'dblp', tie: 'title', strong: false, known: true, why: 'a title of 3 words' },
    ]);
  });

  it('a workshop paper found by its title alone: weak', async () => {
    const hit = dblpHit('conf/iclr/W23', rebasin, 'ICLR Workshop', 2023, 'workshop');
    expect(evidenceOf(await entryOf(rebasinRow), factsOf({ searches: { [rebasin]: answered(hit) } })).claims[0]).toMatchObject({ variant: 'workshop', strong: false, why: 'a workshop paper with this title' });
  });

  it('a row without an arXiv id: a title alone dates nothing, unless the title also finds its arXiv paper', async () => {
    const row = await entryOf(`| ${rebasin} | |`);
    expect(evidenceOf(row, factsOf({ searches: { [rebasin]: answered(iclrHit()) } })).claims[0]).toMatchObject({
      strong: false, why: 'the same title, but the row names no arXiv paper to date it',
    });
    const both = evidenceOf(row, factsOf({ searches: { [rebasin]: answered(iclrHit(), corrHit('2209.04836', rebasin)) } }));
    expect(both.arxiv).toEqual([{ id: '2209.04836', year: 2022, strong: true, source: 'dblp', url: 'https://dblp.org/rec/journals/corr/abs-2209-04836' }]);
    expect(both.claims[0]).toMatchObject({ name: 'ICLR', year: 2023, strong: true, tie: 'title' });
  });

  it('a title search that did not answer gives nothing, and says so', async () => {
    const evidence = evidenceOf(await entryOf(rebasinRow), factsOf({ searches: { [rebasin]: unverifiedSearch } }));
    expect(evidence).toEqual({ claims: [], arxiv: [], search: 'unverified' });
  });
});

describe('arXiv papers found by title, for a row that links none', () => {
  const row = () => entryOf(`| ${rebasin} | |`);

  it('several arXiv ids, or another paper of a far-off year with the title: weak', async () => {
    const two = evidenceOf(await row(), factsOf({ searches: { [rebasin]: answered(corrHit('2209.04836', rebasin), corrHit('2301.00002', rebasin)) } }));
    expect(two.arxiv.map(({ id, strong, why }) => [id, strong, why])).toEqual([
      ['2209.04836', false, 'several arXiv papers have this title'],
      ['2301.00002', false, 'several arXiv papers have this title'],
    ]);
    const old = dblpHit('journals/ml/Old09', rebasin, 'Mach. Learn.', 2009, 'journal');
    const far = evidenceOf(await row(), factsOf({ searches: { [rebasin]: answered(corrHit('2209.04836', rebasin), old) } }));
    expect(far.arxiv.map(({ id, strong, why }) => [id, strong, why])).toEqual([['2209.04836', false, 'another paper of 2009 has this title too']]);
  });

  it('an id that is not an arXiv id is never a candidate', async () => {
    const hostile = { ...corrHit('2209.04836', rebasin), ids: { arxiv: '2209.04836)](javascript:alert(1))' } };
    expect(evidenceOf(await row(), factsOf({ searches: { [rebasin]: answered(hostile) } })).arxiv).toEqual([]);
  });
});

describe('decide: what the evidence comes to', () => {
  it('tied records that agree decide; tied records that disagree decide nothing and are only possible', async () => {
    const row = await entryOf(`| [${rebasin}](https://proceedings.neurips.cc/paper/2022/hash/252a3dbaeb32e7690242ad3b556e626b-Abstract.html) | |`);
    const agree = decide(evidenceOf(row, factsOf({ searches: { [rebasin]: answered(dblpHit('conf/nips/X22', rebasin, 'NeurIPS', 2022, 'conference', {}, 'https://proceedings.neurips.cc/paper/2022/hash/252a3dbaeb32e7690242ad3b556e626b-Abstract.html')) } })));
    expect(agree.strong).toMatchObject({ name: 'NeurIPS', year: 2022, source: 'link' });
    const disagree = decide(evidenceOf(row, factsOf({ searches: { [rebasin]: answered(dblpHit('conf/icml/X22', rebasin, 'ICML', 2022, 'conference', {}, 'https://proceedings.neurips.cc/paper/2022/hash/252a3dbaeb32e7690242ad3b556e626b-Abstract.html')) } })));
    expect(disagree.strong).toBeUndefined();
    expect(disagree.possible.map((claim) => claim.name)).toEqual(['NeurIPS', 'ICML']);
  });

  it('a record tied to the row outweighs an exact title of another venue', async () => {
    const facts: Facts = factsOf({ searches: { [rebasin]: answered(iclrHit({ arxiv: '2209.04836' }), dblpHit('conf/icml/Other23', rebasin, 'ICML', 2023, 'conference')) } });
    expect(decide(evidenceOf(await entryOf(rebasinRow), facts)).strong).toMatchObject({ name: 'ICLR', tie: 'id' });
  });

  it("Semantic Scholar's year (often the preprint's) does not outvote another source's", async () => {
    const s2 = { source: 'semanticScholar' as const, id: 'a'.repeat(40), title: rebasin, venue: 'International Conference on Learning Representations', year: 2022, kind: 'conference' as const, ids: { arxiv: '2209.04836' } };
    const facts = factsOf({ related: { 'arxiv:2209.04836': [s2] }, searches: { [rebasin]: answered(iclrHit({ arxiv: '2209.04836' })) } });
    expect(decide(evidenceOf(await entryOf(rebasinRow), facts)).strong).toMatchObject({ name: 'ICLR', year: 2023, source: 'dblp' });
  });
});
