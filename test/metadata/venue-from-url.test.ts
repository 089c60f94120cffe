import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aclConferences, aclJournals, aclOldStyleLetters, aclWorkshops } from '../../src/metadata/data/acl-anthology-venues.js';
import { jmlrVolumes } from '../../src/metadata/data/jmlr-volumes.js';
import { pmlrVolumes } from '../../src/metadata/data/pmlr-volumes.js';
import { maxUrlLength, offlineVenueHosts, venueFromUrl } from '../../src/metadata/venue-from-url.js';

/** A fixed "today", so that the latest plausible year (2026) does not move under the tests. */
const now = Date.UTC(2025, 5, 1);
const read = (url: string) => venueFromUrl(url, { now });

describe('NeurIPS proceedings', () => {
  it('reads the year from proceedings.neurips.cc paths, old and new', () => {
    expect(read('https://proceedings.neurips.cc/paper/2021/hash/f9a4ccb2cf1b2e3f3d3d2d6c1e1e8a0b-Abstract.html')).toEqual({
      venue: 'NeurIPS',
      year: 2021,
      kind: 'conference',
      host: 'proceedings.neurips.cc',
      evidence: 'The NeurIPS proceedings path names 2021.',
    });
    expect(read('https://proceedings.neurips.cc/paper/2021/file/f9a4ccb2cf1b2e3f3d3d2d6c1e1e8a0b-Paper.pdf')?.year).toBe(2021);
    expect(read('https://proceedings.neurips.cc/paper_files/paper/2022/hash/0a1b2c3d4e5f60718293a4b5c6d7e8f9-Abstract-Conference.html')).toEqual({
      venue: 'NeurIPS',
      year: 2022,
      kind: 'conference',
      host: 'proceedings.neurips.cc',
      evidence: 'The NeurIPS proceedings path names 2022.',
    });
  });

  it('names NeurIPS before 2018 NeurIPS, with NIPS as its historical name', () => {
    expect(read('https://papers.nips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html')).toEqual({
      venue: 'NeurIPS',
      year: 2017,
      kind: 'conference',
      host: 'papers.nips.cc',
      evidence: 'The NeurIPS (then NIPS) proceedings path names 2017.',
      historicalName: 'NIPS',
    });
    expect(read('https://papers.nips.cc/paper_files/paper/2014/file/5ca3e9b122f61f8f06494c97b1afccf3-Paper.pdf')?.historicalName).toBe('NIPS');
    expect(read('https://papers.neurips.cc/paper_files/paper/2020/file/c6a01432c8138d46ba39957a8250e027-Paper.pdf')).toEqual({
      venue: 'NeurIPS',
      year: 2020,
      kind: 'conference',
      host: 'papers.neurips.cc',
      evidence: 'The NeurIPS proceedings path names 2020.',
    });
  });

  it('names the Datasets and Benchmarks track', () => {
    expect(read('https://proceedings.neurips.cc/paper_files/paper/2023/hash/91f18a1287b398d378ef22505bf41832-Abstract-Datasets_and_Benchmarks.html')).toEqual({
      venue: 'NeurIPS',
      year: 2023,
      kind: 'conference',
      host: 'proceedings.neurips.cc',
      evidence: 'The NeurIPS proceedings path names 2023 and the Datasets and Benchmarks track.',
      track: 'Datasets and Benchmarks',
    });
    expect(read('https://papers.nips.cc/paper_files/paper/2024/hash/26889e8359e7ef8a7f5d77457364ca55-Abstract-Datasets_and_Benchmarks_Track.html')?.track).toBe(
      'Datasets and Benchmarks',
    );
    expect(read('https://datasets-benchmarks-proceedings.neurips.cc/paper/2021/hash/0123456789abcdef0123456789abcdef-Abstract-round1.html')).toEqual({
      venue: 'NeurIPS',
      year: 2021,
      kind: 'conference',
      host: 'datasets-benchmarks-proceedings.neurips.cc',
      evidence: 'The NeurIPS proceedings path names 2021 and the Datasets and Benchmarks track.',
      track: 'Datasets and Benchmarks',
    });
  });

  it('gives nothing for old numbered pages, listings and impossible years', () => {
    // The old site's numbers have no published year ranges.
    expect(read('https://papers.nips.cc/paper/5423-generative-adversarial-nets.pdf')).toBeUndefined();
    expect(read('https://papers.nips.cc/paper/5423-generative-adversarial-nets')).toBeUndefined();
    expect(read('http://papers.neurips.cc/paper/9199-spatial-aware-feature-aggregation')).toBeUndefined();
    expect(read('https://papers.nips.cc/book/advances-in-neural-information-processing-systems-30-2017')).toBeUndefined();
    expect(read('https://proceedings.neurips.cc/paper/2021')).toBeUndefined();
    expect(read('https://proceedings.neurips.cc/paper_files/paper/2022')).toBeUndefined();
    expect(read('https://proceedings.neurips.cc/paper/2021/hash')).toBeUndefined();
    expect(read('https://proceedings.neurips.cc/paper/2021/other/abc-Abstract.html')).toBeUndefined();
    expect(read('https://proceedings.neurips.cc/paper/1986/hash/abc-Abstract.html')).toBeUndefined();
    expect(read('https://proceedings.neurips.cc/paper/2027/hash/abc-Abstract.html')).toBeUndefined();
    expect(read('https://proceedings.neurips.cc/paper/20210/hash/abc-Abstract.html')).toBeUndefined();
    expect(read('https://nips.cc/virtual/2023/poster/71234')).toBeUndefined();
  });
});

describe('PMLR volumes', () => {
  it('reads proceedings.mlr.press volumes from the table', () => {
    expect(read('https://proceedings.mlr.press/v202/kim23a.html')).toEqual({
      venue: 'ICML',
      year: 2023,
      kind: 'conference',
      host: 'proceedings.mlr.press',
      evidence: 'PMLR volume 202 is ICML 2023.',
    });
    expect(read('http://proceedings.mlr.press/v70/arjovsky17a/arjovsky17a.pdf')).toEqual({
      venue: 'ICML',
      year: 2017,
      kind: 'conference',
      host: 'proceedings.mlr.press',
      evidence: 'PMLR volume 70 is ICML 2017.',
    });
    expect(read('https://proceedings.mlr.press/v206/ruiz23a.html')?.venue).toBe('AISTATS');
    expect(read('https://proceedings.mlr.press/v195/jang23a.html')).toMatchObject({ venue: 'COLT', year: 2023 });
    expect(read('https://proceedings.mlr.press/v244/x24a.html')).toMatchObject({ venue: 'UAI', year: 2024 });
    expect(read('https://proceedings.mlr.press/v229/ren23a.html')).toMatchObject({ venue: 'CoRL', year: 2023 });
  });

  it('gives the year of the meeting, not of publication', () => {
    expect(read('https://proceedings.mlr.press/v260/x24a.html')).toMatchObject({ venue: 'ACML', year: 2024 });
    expect(read('https://proceedings.mlr.press/v155/x21a.html')).toMatchObject({ venue: 'CoRL', year: 2020 });
    expect(read('https://proceedings.mlr.press/v116/x20a.html')).toMatchObject({ venue: 'ML4H', year: 2019, kind: 'workshop' });
  });

  it('names workshop volumes as workshops', () => {
    expect(read('https://proceedings.mlr.press/v243/fumero24a.html')).toEqual({
      venue: 'UniReps',
      year: 2023,
      kind: 'workshop',
      host: 'proceedings.mlr.press',
      evidence: 'PMLR volume 243 is the UniReps 2023 workshop at NeurIPS 2023.',
    });
    expect(read('https://proceedings.mlr.press/v197/x23a.html')).toMatchObject({ venue: 'NeurReps', year: 2022, kind: 'workshop' });
  });

  it('reads the old JMLR W&CP address and PMLR PDFs on GitHub', () => {
    expect(read('http://jmlr.org/proceedings/papers/v37/ioffe15.pdf')).toEqual({
      venue: 'ICML',
      year: 2015,
      kind: 'conference',
      host: 'jmlr.org',
      evidence: 'PMLR volume 37 is ICML 2015.',
    });
    expect(read('https://raw.githubusercontent.com/mlresearch/v291/main/assets/haghtalab25a/haghtalab25a.pdf')).toEqual({
      venue: 'COLT',
      year: 2025,
      kind: 'conference',
      host: 'raw.githubusercontent.com',
      evidence: 'PMLR volume 291 is COLT 2025.',
    });
    expect(read('https://raw.githubusercontent.com/someone/v291/main/x.pdf')).toBeUndefined();
  });

  it('gives nothing for unknown volumes, volume pages and other hosts', () => {
    expect(read('https://proceedings.mlr.press/v219/x23a.html')).toBeUndefined();
    expect(read('https://proceedings.mlr.press/v9999/x.html')).toBeUndefined();
    expect(read('https://proceedings.mlr.press/v0/x.html')).toBeUndefined();
    expect(read('https://proceedings.mlr.press/v0202/x.html')).toBeUndefined();
    expect(read('https://proceedings.mlr.press/v202/')).toBeUndefined();
    expect(read('https://proceedings.mlr.press/v202')).toBeUndefined();
    expect(read('https://proceedings.mlr.press/v202/index.html')).toBeUndefined();
    expect(read('https://proceedings.mlr.press/V202/kim23a.html')).toBeUndefined();
    expect(read('https://proceedings.mlr.press/r5/x05a.html')).toBeUndefined();
    expect(read('https://proceedings.mlr.press/')).toBeUndefined();
    expect(read('https://proceedings.mlr.press.example.com/v202/kim23a.html')).toBeUndefined();
    expect(read('https://github.com/mlresearch/v202')).toBeUndefined();
  });
});

describe('CVF open access', () => {
  it('reads CVPR, ICCV, WACV, ACCV and ECCV in the new layout', () => {
    expect(read('https://openaccess.thecvf.com/content/CVPR2023/html/Xu_Meta_Compositional_Referring_Expression_Segmentation_CVPR_2023_paper.html')).toEqual({
      venue: 'CVPR',
      year: 2023,
      kind: 'conference',
      host: 'openaccess.thecvf.com',
      evidence: 'The CVF open-access path names CVPR 2023.',
    });
    expect(read('https://openaccess.thecvf.com/content/ICCV2021/papers/Shi_AdaSGN_ICCV_2021_paper.pdf')).toMatchObject({ venue: 'ICCV', year: 2021 });
    expect(read('https://openaccess.thecvf.com/content/WACV2023/html/Kundu_FLOAT_WACV_2023_paper.html')).toMatchObject({ venue: 'WACV', year: 2023 });
    expect(read('https://openaccess.thecvf.com/content/ACCV2022/html/X_Y_ACCV_2022_paper.html')).toMatchObject({ venue: 'ACCV', year: 2022 });
  });

  it('reads the old layouts', () => {
    expect(read('https://openaccess.thecvf.com/content_cvpr_2018/html/Das_Embodied_Question_Answering_CVPR_2018_paper.html')).toMatchObject({
      venue: 'CVPR',
      year: 2018,
      kind: 'conference',
    });
    expect(read('http://openaccess.thecvf.com/content_ICCV_2019/html/Rossler_FaceForensics_ICCV_2019_paper.html')).toMatchObject({ venue: 'ICCV', year: 2019 });
    expect(read('https://openaccess.thecvf.com/content_iccv_2015/html/Malinowski_Ask_Your_Neurons_ICCV_2015_paper.html')).toMatchObject({ venue: 'ICCV', year: 2015 });
    expect(read('https://openaccess.thecvf.com/content_WACV_2020/html/Sang_WACV_2020_paper.html')).toMatchObject({ venue: 'WACV', year: 2020 });
    expect(read('https://openaccess.thecvf.com/content_ECCV_2018/html/Sanghyun_Woo_Convolutional_Block_Attention_ECCV_2018_paper.html')).toMatchObject({
      venue: 'ECCV',
      year: 2018,
    });
  });

  it('names workshop papers as workshops, in every layout', () => {
    expect(read('https://openaccess.thecvf.com/content/CVPR2022W/WAD/html/Zheng_Multi-Modal_CVPRW_2022_paper.html')).toEqual({
      venue: 'CVPR Workshops',
      year: 2022,
      kind: 'workshop',
      host: 'openaccess.thecvf.com',
      evidence: 'The CVF open-access path names the CVPR 2022 workshops.',
    });
    const workshops: Array<[string, string, number]> = [
      ['https://openaccess.thecvf.com/content/ICCV2021W/MMVRA/html/Peng_ICCVW_2021_paper.html', 'ICCV Workshops', 2021],
      ['https://openaccess.thecvf.com/content/WACV2022W/VAQ/papers/Mastan_DILIE_WACVW_2022_paper.pdf', 'WACV Workshops', 2022],
      ['https://openaccess.thecvf.com/content_CVPRW_2020/html/w54/He_Image2Audio_CVPRW_2020_paper.html', 'CVPR Workshops', 2020],
      ['https://openaccess.thecvf.com/content_ICCVW_2019/html/VISDrone/Zhang_ICCVW_2019_paper.html', 'ICCV Workshops', 2019],
      ['https://openaccess.thecvf.com/content_cvpr_2018_workshops/w3/html/Naphade_The_2018_NVIDIA_CVPR_2018_paper.html', 'CVPR Workshops', 2018],
      ['https://openaccess.thecvf.com/content_ICCV_2017_workshops/papers/w1/Pape_Solving_Large_Multicut_ICCV_2017_paper.pdf', 'ICCV Workshops', 2017],
      ['https://openaccess.thecvf.com/content_cvpr_workshops_2015/W01/html/Kaur_From_Photography_to_2015_CVPR_paper.html', 'CVPR Workshops', 2015],
      ['https://openaccess.thecvf.com/content_ECCVW_2018/papers/11129/Some_ECCVW_2018_paper.pdf', 'ECCV Workshops', 2018],
    ];
    for (const [url, venue, year] of workshops) expect(read(url), url).toMatchObject({ venue, year, kind: 'workshop' });
  });

  it('gives nothing for listings, unknown conferences and years a conference did not meet', () => {
    expect(read('https://openaccess.thecvf.com/CVPR2023?day=all')).toBeUndefined();
    expect(read('https://openaccess.thecvf.com/content/CVPR2023')).toBeUndefined();
    expect(read('https://openaccess.thecvf.com/content/CVPR2023/html')).toBeUndefined();
    expect(read('https://openaccess.thecvf.com/menu')).toBeUndefined();
    expect(read('https://openaccess.thecvf.com/content/NeurIPS2023/html/X_paper.html')).toBeUndefined();
    expect(read('https://openaccess.thecvf.com/content/ICCV2022/html/X_ICCV_2022_paper.html')).toBeUndefined();
    expect(read('https://openaccess.thecvf.com/content/ECCV2023/html/X_paper.html')).toBeUndefined();
    expect(read('https://openaccess.thecvf.com/content_cvpr_2012/html/X_paper.html')).toBeUndefined();
    expect(read('https://openaccess.thecvf.com/content/CVPR2028/html/X_paper.html')).toBeUndefined();
    expect(read('https://openaccess.thecvf.com/content_cvpr_2018_extra/html/X_paper.html')).toBeUndefined();
  });
});

describe('ECVA (ECCV)', () => {
  it('reads ECCV and its year', () => {
    expect(read('https://www.ecva.net/papers/eccv_2022/papers_ECCV/html/19_ECCV_2022_paper.php')).toEqual({
      venue: 'ECCV',
      year: 2022,
      kind: 'conference',
      host: 'ecva.net',
      evidence: 'The ECVA path names ECCV 2022.',
    });
    expect(read('https://www.ecva.net/papers/eccv_2020/papers_ECCV/papers/123460001.pdf')).toMatchObject({ venue: 'ECCV', year: 2020 });
    expect(read('http://ecva.net/papers/eccv_2018/papers_ECCV/html/Yonggen_Ling_Modeling_ECCV_2018_paper.php')).toMatchObject({ year: 2018 });
    expect(read('https://www.ecva.net/papers/eccv_2024/papers_ECCV/papers/00004.pdf')).toMatchObject({ year: 2024 });
  });

  it('gives nothing for odd years, listings and other folders', () => {
    expect(read('https://www.ecva.net/papers/eccv_2021/papers_ECCV/html/1_ECCV_2021_paper.php')).toBeUndefined();
    expect(read('https://www.ecva.net/papers/eccv_2016/papers_ECCV/html/1_paper.php')).toBeUndefined();
    expect(read('https://www.ecva.net/papers/eccv_2022/papers_ECCV/html')).toBeUndefined();
    expect(read('https://www.ecva.net/papers/eccv_2022/other/html/19_ECCV_2022_paper.php')).toBeUndefined();
    expect(read('https://www.ecva.net/papers.php')).toBeUndefined();
  });
});

describe('ACL Anthology, new-style ids', () => {
  it('reads conferences, in every link form', () => {
    const expected = {
      venue: 'ACL',
      year: 2023,
      kind: 'conference',
      host: 'aclanthology.org',
      evidence: 'ACL Anthology id 2023.acl-long.12 is in the ACL 2023 proceedings.',
    };
    expect(read('https://aclanthology.org/2023.acl-long.12/')).toEqual(expected);
    expect(read('https://aclanthology.org/2023.acl-long.12')).toEqual(expected);
    expect(read('https://aclanthology.org/2023.acl-long.12.pdf')).toEqual(expected);
    expect(read('https://aclanthology.org/2023.acl-long.12v2.pdf')).toEqual(expected);
    expect(read('https://aclanthology.org/2023.acl-long.12.bib')).toEqual(expected);
    expect(read('https://aclanthology.org/2022.emnlp-main.5/')).toMatchObject({ venue: 'EMNLP', year: 2022, kind: 'conference' });
    expect(read('https://aclanthology.org/2020.coling-main.1/')).toMatchObject({ venue: 'COLING', year: 2020 });
    expect(read('https://aclanthology.org/2022.coling-1.316')).toMatchObject({ venue: 'COLING', year: 2022 });
    expect(read('https://aclanthology.org/2024.naacl-long.1/')).toMatchObject({ venue: 'NAACL', year: 2024 });
    expect(read('https://aclanthology.org/2023.ijcnlp-demo.3.pdf')).toMatchObject({ venue: 'IJCNLP', year: 2023, kind: 'conference' });
    expect(read('https://aclanthology.org/2024.lrec-main.1/')).toMatchObject({ venue: 'LREC-COLING', year: 2024 });
    expect(read('https://aclanthology.org/2022.lrec-1.1/')).toMatchObject({ venue: 'LREC', year: 2022 });
    expect(read('https://www.aclweb.org/anthology/2020.acl-main.1.pdf')).toEqual({
      venue: 'ACL',
      year: 2020,
      kind: 'conference',
      host: 'aclweb.org',
      evidence: 'ACL Anthology id 2020.acl-main.1 is in the ACL 2020 proceedings.',
    });
  });

  it('reads Findings, journals and workshops', () => {
    expect(read('https://aclanthology.org/2021.findings-acl.3/')).toEqual({
      venue: 'Findings of ACL',
      year: 2021,
      kind: 'conference',
      host: 'aclanthology.org',
      evidence: 'ACL Anthology id 2021.findings-acl.3 is in the Findings of ACL 2021 volume.',
    });
    expect(read('https://aclanthology.org/2020.findings-emnlp.233.pdf')).toMatchObject({ venue: 'Findings of EMNLP', year: 2020 });
    expect(read('https://aclanthology.org/2023.tacl-1.2/')).toEqual({
      venue: 'TACL',
      year: 2023,
      kind: 'journal',
      host: 'aclanthology.org',
      evidence: 'ACL Anthology id 2023.tacl-1.2 is in TACL 2023.',
    });
    expect(read('https://aclanthology.org/2022.cl-4.1/')).toMatchObject({ venue: 'CL', year: 2022, kind: 'journal' });
    expect(read('https://aclanthology.org/2020.repl4nlp-1.1/')).toEqual({
      venue: 'RepL4NLP',
      year: 2020,
      kind: 'workshop',
      host: 'aclanthology.org',
      evidence: 'ACL Anthology id 2020.repl4nlp-1.1 is in the RepL4NLP 2020 workshop proceedings.',
    });
    expect(read('https://aclanthology.org/2021.blackboxnlp-1.3/')).toMatchObject({ venue: 'BlackboxNLP', kind: 'workshop' });
    expect(read('https://aclanthology.org/2023.semeval-1.1/')).toMatchObject({ venue: 'SemEval', year: 2023, kind: 'workshop' });
    expect(read('https://aclanthology.org/2023.acl-srw.5/')).toEqual({
      venue: 'ACL SRW',
      year: 2023,
      kind: 'workshop',
      host: 'aclanthology.org',
      evidence: 'ACL Anthology id 2023.acl-srw.5 is in the ACL 2023 Student Research Workshop.',
    });
  });

  it('gives nothing for unknown venues, front matter, volumes and events', () => {
    expect(read('https://aclanthology.org/2023.acl-long.0/')).toBeUndefined();
    expect(read('https://aclanthology.org/2023.someworkshop-1.4/')).toBeUndefined();
    expect(read('https://aclanthology.org/2023.findings-coling.1/')).toBeUndefined();
    expect(read('https://aclanthology.org/2023.findings-repl4nlp.1/')).toBeUndefined();
    expect(read('https://aclanthology.org/2030.acl-long.1/')).toBeUndefined();
    expect(read('https://aclanthology.org/volumes/2023.acl-long/')).toBeUndefined();
    expect(read('https://aclanthology.org/events/acl-2023/')).toBeUndefined();
    expect(read('https://aclanthology.org/2023.acl-long/')).toBeUndefined();
    expect(read('https://aclanthology.org/2023.acl-long.12/extra')).toBeUndefined();
    expect(read('https://aclanthology.org/2023.constructor-1.1/')).toBeUndefined();
    expect(read('https://aclanthology.org/2023.__proto__-1.1/')).toBeUndefined();
    expect(read('https://aclanthology.org/2023.findings-__proto__.1/')).toBeUndefined();
  });
});

describe('ACL Anthology, old-style ids', () => {
  it('reads the letter and year', () => {
    expect(read('https://aclanthology.org/P19-1001/')).toEqual({
      venue: 'ACL',
      year: 2019,
      kind: 'conference',
      host: 'aclanthology.org',
      evidence: 'ACL Anthology id P19-1001 is in the main volume of ACL 2019 (letter P).',
    });
    const cases: Array<[string, string, number, string]> = [
      ['https://aclanthology.org/D18-1001.pdf', 'EMNLP', 2018, 'conference'],
      ['https://aclanthology.org/N19-1423/', 'NAACL', 2019, 'conference'],
      ['https://aclanthology.org/C18-1001', 'COLING', 2018, 'conference'],
      ['https://aclanthology.org/E17-1001', 'EACL', 2017, 'conference'],
      ['https://aclanthology.org/K19-1001', 'CoNLL', 2019, 'conference'],
      ['https://aclanthology.org/P98-1001', 'ACL', 1998, 'conference'],
      ['https://aclanthology.org/Q19-1001/', 'TACL', 2019, 'journal'],
      ['https://aclanthology.org/J93-2004', 'CL', 1993, 'journal'],
      ['https://aclanthology.org/W19-5301', 'ACL Anthology workshop', 2019, 'workshop'],
    ];
    for (const [url, venue, year, kind] of cases) expect(read(url), url).toMatchObject({ venue, year, kind });
    expect(read('https://aclanthology.org/W19-5301')?.evidence).toBe('ACL Anthology id W19-5301 is in a 2019 workshop volume (letter W).');
    expect(read('https://aclanthology.org/Q19-1001')?.evidence).toBe('ACL Anthology id Q19-1001 is in TACL 2019 (letter Q).');
  });

  it('reads aclweb.org addresses, old layouts and lower-case ids', () => {
    const expected = {
      venue: 'ACL',
      year: 2019,
      kind: 'conference',
      host: 'aclweb.org',
      evidence: 'ACL Anthology id P19-1001 is in the main volume of ACL 2019 (letter P).',
    };
    expect(read('https://www.aclweb.org/anthology/P19-1001.pdf')).toEqual(expected);
    expect(read('http://aclweb.org/anthology/P19-1001')).toEqual(expected);
    expect(read('https://www.aclweb.org/anthology/P/P19/P19-1001.pdf')).toEqual(expected);
    expect(read('https://www.aclweb.org/anthology/p19-1001.pdf')).toEqual(expected);
    expect(read('https://aclanthology.org/papers/P19-1001/p19-1001')?.venue).toBe('ACL');
    expect(read('https://www.aclweb.org/portal/P19-1001')).toBeUndefined();
  });

  it('gives nothing for volumes other than the main one, unknown letters and impossible years', () => {
    expect(read('https://aclanthology.org/P19-2001/')).toBeUndefined();
    expect(read('https://aclanthology.org/D19-5001/')).toBeUndefined();
    expect(read('https://aclanthology.org/X19-1001/')).toBeUndefined();
    expect(read('https://aclanthology.org/S19-1001/')).toBeUndefined();
    expect(read('https://aclanthology.org/P25-1001/')).toBeUndefined();
    expect(read('https://aclanthology.org/P19-10011/')).toBeUndefined();
    expect(read('https://aclanthology.org/P19-001/')).toBeUndefined();
  });
});

describe('JMLR', () => {
  it('reads single-year volumes', () => {
    expect(read('https://jmlr.org/papers/v23/21-0001.html')).toEqual({
      venue: 'JMLR',
      year: 2022,
      kind: 'journal',
      host: 'jmlr.org',
      evidence: 'JMLR volume 23 appeared in 2022.',
    });
    expect(read('https://www.jmlr.org/papers/volume23/21-0001/21-0001.pdf')).toMatchObject({ year: 2022, host: 'jmlr.org' });
    expect(read('http://jmlr.org/papers/v15/srivastava14a.html')).toMatchObject({ venue: 'JMLR', year: 2014 });
    expect(read('http://jmlr.csail.mit.edu/papers/v9/vandermaaten08a.html')).toMatchObject({ year: 2008, host: 'jmlr.csail.mit.edu' });
    expect(read('https://jmlr.org/papers/v21/20-074.html')).toMatchObject({ year: 2020 });
    expect(read('https://www.jmlr.org/papers/v26/24-1574.html')).toMatchObject({ year: 2025 });
  });

  it('reads a two-year volume only when the paper key names the year', () => {
    expect(read('https://www.jmlr.org/papers/v5/lanckriet04a.html')).toEqual({
      venue: 'JMLR',
      year: 2004,
      kind: 'journal',
      host: 'jmlr.org',
      evidence: 'JMLR volume 5 spans December 2003 - December 2004; the paper key lanckriet04a names 2004.',
    });
    expect(read('https://jmlr.org/papers/v3/blei03a.html')).toMatchObject({ year: 2003 });
    expect(read('https://jmlr.org/papers/volume1/tipping01a/tipping01a.pdf')).toMatchObject({ year: 2001 });
    // Submission numbers say nothing about publication; volume 18 ran from 2017 to 2018.
    expect(read('https://jmlr.org/papers/v18/16-558.html')).toBeUndefined();
    expect(read('https://jmlr.org/papers/v17/15-239.html')).toBeUndefined();
    // A key year outside the volume's span is not believed.
    expect(read('https://jmlr.org/papers/v3/blei99a.html')).toBeUndefined();
  });

  it('gives nothing for unknown volumes, listings and other pages', () => {
    expect(read('https://jmlr.org/papers/v27/25-0001.html')).toBeUndefined();
    expect(read('https://jmlr.org/papers/v0/x.html')).toBeUndefined();
    expect(read('https://jmlr.org/papers/v23/')).toBeUndefined();
    expect(read('https://jmlr.org/papers/')).toBeUndefined();
    expect(read('https://jmlr.org/tmlr/papers/')).toBeUndefined();
    expect(read('https://jmlr.org/papers/v23/21 0001.html')).toBeUndefined();
  });
});

describe('IJCAI', () => {
  it('reads four-digit and two-digit proceedings folders', () => {
    expect(read('https://www.ijcai.org/proceedings/2023/0123.pdf')).toEqual({
      venue: 'IJCAI',
      year: 2023,
      kind: 'conference',
      host: 'ijcai.org',
      evidence: 'The IJCAI proceedings path names 2023.',
    });
    expect(read('https://www.ijcai.org/Proceedings/2019/0001.pdf')).toMatchObject({ year: 2019 });
    expect(read('https://www.ijcai.org/proceedings/2020/123')).toMatchObject({ year: 2020 });
    expect(read('https://www.ijcai.org/Proceedings/16/Papers/425.pdf')).toMatchObject({ venue: 'IJCAI', year: 2016 });
    expect(read('http://ijcai.org/Proceedings/09/Papers/288.pdf')).toMatchObject({ year: 2009 });
  });

  it('gives nothing for listings, years without IJCAI and other pages', () => {
    expect(read('https://www.ijcai.org/proceedings/2023/')).toBeUndefined();
    expect(read('https://www.ijcai.org/proceedings/2016/0001.pdf')).toBeUndefined();
    expect(read('https://www.ijcai.org/Proceedings/10/Papers/001.pdf')).toBeUndefined();
    expect(read('https://www.ijcai.org/Proceedings/16/Other/425.pdf')).toBeUndefined();
    expect(read('https://www.ijcai.org/proceedings/2023/0123/extra')).toBeUndefined();
    expect(read('https://www.ijcai.org/proceedings/2023/abc.pdf')).toBeUndefined();
    expect(read('https://www.ijcai.org/proceedings/2030/0001.pdf')).toBeUndefined();
  });
});

describe('AAAI', () => {
  it('reads proceedings paths and the conference system of AAAI 2011-2018', () => {
    expect(read('https://aaai.org/Papers/AAAI/2020GB/AAAI-LiuY.1833.pdf')).toEqual({
      venue: 'AAAI',
      year: 2020,
      kind: 'conference',
      host: 'aaai.org',
      evidence: 'The AAAI proceedings path names 2020.',
    });
    expect(read('https://www.aaai.org/Papers/AAAI/2008/AAAI08-001.pdf')).toMatchObject({ venue: 'AAAI', year: 2008 });
    expect(read('https://www.aaai.org/ocs/index.php/AAAI/AAAI18/paper/viewFile/16126/16099')).toEqual({
      venue: 'AAAI',
      year: 2018,
      kind: 'conference',
      host: 'aaai.org',
      evidence: 'The AAAI conference-system path names AAAI 2018 (AAAI18).',
    });
    expect(read('http://www.aaai.org/ocs/index.php/AAAI/AAAI15/paper/view/9745')).toMatchObject({ year: 2015 });
    expect(read('https://www.aaai.org/ocs/index.php/IJCAI/IJCAI-09/paper/viewPaper/470')).toMatchObject({ venue: 'IJCAI', year: 2009 });
    expect(read('https://ocs.aaai.org/ocs/index.php/IJCAI/IJCAI15/paper/download/11455/10885')).toMatchObject({ venue: 'IJCAI', year: 2015, host: 'ocs.aaai.org' });
  });

  it('names AAAI workshop papers as workshops', () => {
    expect(read('https://aaai.org/ocs/index.php/WS/AAAIW15/paper/viewFile/10179/10251')).toEqual({
      venue: 'AAAI Workshops',
      year: 2015,
      kind: 'workshop',
      host: 'aaai.org',
      evidence: 'The AAAI conference-system path names AAAI Workshops 2015 (AAAIW15).',
    });
  });

  it('gives nothing for article ids, listings and mismatched paths', () => {
    expect(read('https://ojs.aaai.org/index.php/AAAI/article/view/16826')).toBeUndefined();
    expect(read('https://ojs.aaai.org/index.php/AAAI/article/download/16826/16633')).toBeUndefined();
    expect(read('https://www.aaai.org/ocs/index.php/AAAI/AAAI18')).toBeUndefined();
    expect(read('https://www.aaai.org/ocs/index.php/AAAI/AAAI18/paper/view')).toBeUndefined();
    expect(read('https://www.aaai.org/ocs/index.php/AAAI/IJCAI15/paper/view/1')).toBeUndefined();
    expect(read('https://www.aaai.org/ocs/index.php/AAAI/AAAI18/paper/edit/1')).toBeUndefined();
    expect(read('https://www.aaai.org/Papers/AAAI/2020GB/')).toBeUndefined();
    expect(read('https://www.aaai.org/Papers/ICML/2003/ICML03-001.pdf')).toBeUndefined();
    expect(read('https://aaai.org/papers/00001-some-paper/')).toBeUndefined();
  });
});

describe('hosts that never give a venue offline', () => {
  it('gives nothing for preprints and review forums', () => {
    expect(read('https://arxiv.org/abs/2110.14739')).toBeUndefined();
    expect(read('https://arxiv.org/pdf/2110.14739v2.pdf')).toBeUndefined();
    expect(read('https://openreview.net/forum?id=rJl0r3R9KX')).toBeUndefined();
    expect(read('https://openreview.net/pdf?id=rJl0r3R9KX')).toBeUndefined();
    expect(read('https://doi.org/10.1109/CVPR.2016.90')).toBeUndefined();
    expect(read('https://github.com/goodfeli/adversarial')).toBeUndefined();
  });
});

describe('URL forms', () => {
  const icml = {
    venue: 'ICML',
    year: 2023,
    kind: 'conference',
    host: 'proceedings.mlr.press',
    evidence: 'PMLR volume 202 is ICML 2023.',
  };

  it('treats http and https, upper-case hosts, www., trailing dots and slashes, queries and fragments alike', () => {
    for (const url of [
      'https://proceedings.mlr.press/v202/kim23a.html',
      'http://proceedings.mlr.press/v202/kim23a.html',
      'HTTPS://PROCEEDINGS.MLR.PRESS/v202/kim23a.html',
      'https://www.proceedings.mlr.press/v202/kim23a.html',
      'https://proceedings.mlr.press./v202/kim23a.html',
      'https://proceedings.mlr.press/v202/kim23a.html/',
      'https://proceedings.mlr.press//v202//kim23a.html',
      `https://proceedings.mlr.press/v202/kim23a.html${'/'.repeat(50)}`,
      'https://proceedings.mlr.press/v202/kim23a.html?utm_source=x&v=999',
      'https://proceedings.mlr.press/v202/kim23a.html#abstract',
      'https://proceedings.mlr.press:443/v202/kim23a.html',
      '  https://proceedings.mlr.press/v202/kim23a.html\n',
    ]) {
      expect(read(url), url).toEqual(icml);
    }
    expect(read('https://WWW.IJCAI.ORG/proceedings/2023/0123.pdf')?.host).toBe('ijcai.org');
    expect(read('https://WWW.ECVA.NET/papers/eccv_2022/papers_ECCV/html/19_ECCV_2022_paper.php')?.host).toBe('ecva.net');
    expect(read('https://OpenAccess.TheCVF.com/content/CVPR2023/html/X_CVPR_2023_paper.html')?.venue).toBe('CVPR');
  });

  it('refuses other schemes, relative references and look-alike hosts', () => {
    expect(read('ftp://proceedings.mlr.press/v202/kim23a.html')).toBeUndefined();
    expect(read('javascript:alert(1)//proceedings.mlr.press/v202/kim23a.html')).toBeUndefined();
    expect(read('proceedings.mlr.press/v202/kim23a.html')).toBeUndefined();
    expect(read('/v202/kim23a.html')).toBeUndefined();
    expect(read('https://proceedings-mlr.press/v202/kim23a.html')).toBeUndefined();
    expect(read('https://mlr.press/v202/kim23a.html')).toBeUndefined();
    expect(read('https://evil.example/proceedings.mlr.press/v202/kim23a.html')).toBeUndefined();
    expect(read('https://proceedings.mlr.press@evil.example/v202/kim23a.html')).toBeUndefined();
  });

  it('does not decode escapes into path structure', () => {
    expect(read('https://proceedings.mlr.press/%76202/kim23a.html')).toBeUndefined();
    expect(read('https://aclanthology.org/2023.acl-long.12%2F')).toBeUndefined();
    expect(read('https://proceedings.mlr.press/v202%2Fkim23a.html')).toBeUndefined();
  });

  it('uses "now" only for the latest plausible year', () => {
    const url = 'https://proceedings.neurips.cc/paper_files/paper/2027/hash/abc-Abstract-Conference.html';
    expect(venueFromUrl(url, { now: Date.UTC(2025, 0, 1) })).toBeUndefined();
    expect(venueFromUrl(url, { now: new Date(Date.UTC(2026, 0, 1)) })?.year).toBe(2027);
    expect(venueFromUrl('https://proceedings.mlr.press/v202/kim23a.html', { now: Number.NaN })?.year).toBe(2023);
    expect(venueFromUrl('https://proceedings.mlr.press/v202/kim23a.html')?.year).toBe(2023);
  });
});

describe('hostile input', () => {
  it('never throws on odd values', () => {
    const odd: unknown[] = [undefined, null, 42, {}, [], Symbol.iterator, '', ' ', 'not a url', 'https://', 'https://[::1', 'http://%', 'https://a b.com/'];
    for (const value of odd) expect(() => venueFromUrl(value as string)).not.toThrow();
    for (const value of odd) expect(venueFromUrl(value as string)).toBeUndefined();
  });

  it('refuses long strings before parsing them, quickly', () => {
    const huge = `https://proceedings.mlr.press/v202/${'a'.repeat(5_000_000)}.html`;
    const slashes = `https://aclanthology.org/${'/'.repeat(maxUrlLength - 40)}P19-1001`;
    // More than 64 path pieces: not a paper's address, refused whole.
    const segments = `https://proceedings.mlr.press/v202/${'x/'.repeat(1_000)}`;
    const digits = `https://aclanthology.org/2023.acl-long.${'1'.repeat(1_500)}`;
    const letters = `https://jmlr.org/papers/v5/${'a'.repeat(240)}04a.html`;
    const start = performance.now();
    expect(venueFromUrl(huge)).toBeUndefined();
    expect(venueFromUrl(slashes)).toBeUndefined();
    expect(venueFromUrl(segments)).toBeUndefined();
    expect(venueFromUrl(digits)).toBeUndefined();
    expect(venueFromUrl(letters)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('reads odd encodings without throwing', () => {
    for (const url of [
      'https://aclanthology.org/%E0%A4%A',
      'https://aclanthology.org/%ff%fe',
      'https://aclanthology.org/\u0000P19-1001',
      'https://aclanthology.org/P19\u20111001',
      'https://openaccess.thecvf.com/content/CVPR2023/html/\ud800.html',
      'https://xn--proceedings-mlr-press.example/v202/x',
      'https://proceedings.mlr.press/v202/😀.html',
    ]) {
      expect(() => venueFromUrl(url), url).not.toThrow();
    }
    expect(venueFromUrl('https://proceedings.mlr.press/v202/😀.html')?.venue).toBe('ICML');
  });

  it('never throws and stays fast on arbitrary strings and URLs on the hosts it reads', () => {
    const onKnownHost = fc
      .tuple(
        fc.constantFrom(...offlineVenueHosts),
        fc.array(fc.stringMatching(/^[A-Za-z0-9._%\-~]{0,30}$/), { maxLength: 12 }),
      )
      .map(([host, parts]) => `https://${host}/${parts.join('/')}`);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.webUrl(), onKnownHost), (url) => {
        const start = performance.now();
        const venue = venueFromUrl(url, { now });
        expect(performance.now() - start).toBeLessThan(50);
        if (venue) {
          expect(['conference', 'journal', 'workshop']).toContain(venue.kind);
          expect(venue.year).toBeGreaterThanOrEqual(1950);
          expect(venue.year).toBeLessThanOrEqual(2026);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('data tables', () => {
  it('PMLR: volumes are unique, well-formed and read back through their own URL', () => {
    const volumes = pmlrVolumes.map((entry) => entry.volume);
    expect(new Set(volumes).size).toBe(volumes.length);
    const meetings = pmlrVolumes.map((entry) => `${entry.venue} ${entry.year}`);
    expect(new Set(meetings).size).toBe(meetings.length);
    for (const entry of pmlrVolumes) {
      expect(Number.isInteger(entry.volume) && entry.volume > 0 && entry.volume < 10_000, `v${entry.volume}`).toBe(true);
      expect(entry.year, `v${entry.volume}`).toBeGreaterThanOrEqual(2007);
      expect(entry.year, `v${entry.volume}`).toBeLessThanOrEqual(2026);
      expect(entry.venue, `v${entry.volume}`).toMatch(/^[A-Za-z0-9*]{2,12}$/);
      expect(entry.name.length, `v${entry.volume}`).toBeGreaterThan(0);
      expect(['config', 'citations', 'site', 'index']).toContain(entry.source);
      // Workshops are named as workshops, and nothing else is.
      expect(entry.kind === 'workshop', `v${entry.volume}`).toBe(/workshop/i.test(entry.name));
      if (entry.colocatedWith) expect(entry.kind).toBe('workshop');
      expect(read(`https://proceedings.mlr.press/v${entry.volume}/paper01a.html`)).toMatchObject({
        venue: entry.venue,
        year: entry.year,
        kind: entry.kind,
      });
    }
  });

  it('PMLR: ICML, AISTATS and COLT 2013-2025, UAI 2019-2025 and CoRL 2017-2025 are all there', () => {
    const has = (venue: string, from: number, to: number) => {
      for (let year = from; year <= to; year += 1) {
        expect(
          pmlrVolumes.some((entry) => entry.venue === venue && entry.year === year),
          `${venue} ${year}`,
        ).toBe(true);
      }
    };
    has('ICML', 2013, 2025);
    has('AISTATS', 2013, 2025);
    has('COLT', 2013, 2025);
    has('UAI', 2019, 2025);
    has('CoRL', 2017, 2025);
    expect(pmlrVolumes.length).toBeGreaterThanOrEqual(125);
  });

  it('JMLR: volumes 1-26 in order, each spanning at most two consecutive years', () => {
    expect(jmlrVolumes.map((entry) => entry.volume)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    let previous = 2000;
    for (const entry of jmlrVolumes) {
      expect(entry.from).toBeGreaterThanOrEqual(previous);
      expect(entry.to - entry.from).toBeGreaterThanOrEqual(0);
      expect(entry.to - entry.from).toBeLessThanOrEqual(1);
      expect(entry.span).toContain(String(entry.to));
      previous = entry.from;
    }
    expect(jmlrVolumes.at(-1)?.to).toBe(2025);
  });

  it('ACL Anthology: slugs are lower case, acronyms present, no slug in two tables', () => {
    const tables = [Object.keys(aclConferences), Object.keys(aclJournals), Object.keys(aclWorkshops)];
    const all = tables.flat();
    expect(new Set(all).size).toBe(all.length);
    for (const slug of all) expect(slug).toMatch(/^[a-z0-9]{2,40}$/);
    for (const conference of Object.values(aclConferences)) expect(conference.acronym.length).toBeGreaterThan(0);
    for (const acronym of [...Object.values(aclJournals), ...Object.values(aclWorkshops)]) expect(acronym.length).toBeGreaterThan(0);
    for (const [letter, info] of Object.entries(aclOldStyleLetters)) {
      expect(letter).toMatch(/^[A-Z]$/);
      expect(info.mainVolumeOnly).toBe(info.kind === 'conference');
    }
  });

  it('lists the hosts it reads', () => {
    expect([...offlineVenueHosts].sort()).toEqual(
      [
        'aaai.org',
        'aclanthology.org',
        'aclweb.org',
        'datasets-benchmarks-proceedings.neurips.cc',
        'ecva.net',
        'ijcai.org',
        'jmlr.csail.mit.edu',
        'jmlr.org',
        'ocs.aaai.org',
        'openaccess.thecvf.com',
        'papers.neurips.cc',
        'papers.nips.cc',
        'proceedings.mlr.press',
        'proceedings.neurips.cc',
        'raw.githubusercontent.com',
      ].sort(),
    );
  });
});
