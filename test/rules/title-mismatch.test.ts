import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { lintModel, lintText, modelOptionsOf } from '../../src/engine/lint.js';
import type { Facts, PaperFact, PaperRecord } from '../../src/facts.js';
import { compareTitles, foldAccents, latexToText, normalizeTitleLoose } from '../../src/identity/title.js';
import { gatherPaperFacts } from '../../src/metadata/gather.js';
import { buildModel } from '../../src/parse/build.js';
import { classify } from '../../src/rules/title-mismatch.js';
import { fakeOptions } from '../metadata/helpers.js';
import { type MetadataFake, startArxivFake } from '../servers/metadata-fakes.js';

const ruleId = 'title-mismatch';
const md = (...rows: string[]) => `| Title | Venue |\n|---|---|\n${rows.join('\n')}\n`;

const arxivRecord = (id: string, title: string, extra: Partial<PaperRecord> = {}): PaperRecord => ({
  source: 'arxiv', id, title, kind: 'preprint', ids: { arxiv: id }, url: `https://arxiv.org/abs/${id}`, version: 1, ...extra,
});
const found = (record: PaperRecord): PaperFact => ({ status: 'found', record });
const factsOf = (entries: Record<string, PaperFact>): Facts => ({ papers: new Map(Object.entries(entries)) });

function findings(text: string, facts: Facts) {
  return lintText('README.md', text, undefined, facts)
    .messages.filter((m) => m.ruleId === ruleId)
    .map(({ severity, line, column, endColumn, message }) => ({ severity, line, column, endColumn, message }));
}

const similarityAndMatching = 'Similarity and Matching of Neural Network Representations';

describe('the UniReps must-show (history README.efefe77.md, lines 70 and 71 share arXiv 2110.14633)', () => {
  let arxiv: MetadataFake;
  beforeAll(async () => {
    arxiv = await startArxivFake({ records: [{ id: '2110.14633', title: similarityAndMatching, published: '2021-10-27T17:46:05Z', categories: ['cs.LG'] }] });
  });
  afterAll(() => arxiv.close());

  it("line 71 ('Topology of Deep Neural Networks') is an error naming the real title; line 70 has none", async () => {
    const path = '../shared/fixtures/unireps/history/README.efefe77.md';
    const text = readFileSync(path, 'utf8');
    const config = defaultConfig();
    const model = await buildModel('README.md', text, modelOptionsOf(config));
    const facts: Facts = { papers: await gatherPaperFacts([model], fakeOptions({ arxiv })) };
    expect(facts.papers?.get('arxiv:2110.14633')).toMatchObject({ status: 'found', record: { title: similarityAndMatching } });

    const fromModel = lintModel(model, config, facts).messages.filter((m) => m.ruleId === ruleId);
    const fromText = lintText('README.md', text, config, facts).messages.filter((m) => m.ruleId === ruleId);
    expect(fromText).toStrictEqual(fromModel);
    expect(fromModel.map(({ severity, line, column, message }) => ({ severity, line, column, message }))).toStrictEqual([
      {
        severity: 'error',
        line: 71,
        column: 3,
        message: `This row links to arXiv 2110.14633, '${similarityAndMatching}', not 'Topology of Deep Neural Networks': link this row's own paper, or write the paper's title if it was renamed.`,
      },
    ]);
    // The fake holds only that paper: the request went to it, and only to it.
    expect(arxiv.requests.length).toBeGreaterThanOrEqual(1);
  });
});

describe('title-mismatch', () => {
  const gitReBasin = 'Git Re-Basin: Merging Models modulo Permutation Symmetries';

  it('finds nothing without metadata facts, for unverified and nonexistent papers, or records without a title', () => {
    const text = md('| [Topology of Deep Neural Networks](https://arxiv.org/abs/2110.14633) | JMLR |');
    expect(findings(text, {})).toStrictEqual([]);
    expect(findings(text, factsOf({ 'arxiv:2110.14633': { status: 'unverified', reason: 'arXiv answered HTTP 503' } }))).toStrictEqual([]);
    expect(findings(text, factsOf({ 'arxiv:2110.14633': { status: 'nonexistent', reason: 'arXiv has no paper 2110.14633' } }))).toStrictEqual([]);
    expect(findings(text, factsOf({ 'arxiv:2110.14633': found({ ...arxivRecord('2110.14633', ''), source: 'crossref' }) }))).toStrictEqual([]);
  });

  it('another paper: an error at the link, naming the real title and id', () => {
    const text = md(`| [Topology of Deep Neural Networks](https://arxiv.org/abs/2209.04836) | JMLR 2020 |`);
    expect(findings(text, factsOf({ 'arxiv:2209.04836': found(arxivRecord('2209.04836', gitReBasin)) }))).toStrictEqual([
      {
        severity: 'error', line: 3, column: 3, endColumn: 71,
        message: `This row links to arXiv 2209.04836, '${gitReBasin}', not 'Topology of Deep Neural Networks': link this row's own paper, or write the paper's title if it was renamed.`,
      },
    ]);
  });

  it('the same title up to case, punctuation, markdown, LaTeX, accents, "&", a name before a colon or a final (ABBR): nothing', () => {
    const rows: Array<[string, string]> = [
      ['**git re-basin — merging models MODULO permutation symmetries**', gitReBasin],
      ['Schrödinger Bridges for ℓ1-Regularized Transport', 'Schr\\"odinger Bridges for $\\ell_1$-Regularized Transport'],
      ['Similarity & Matching of Neural Network Representations', similarityAndMatching],
      ['EAT: Efficient Emotional Adaptation for Audio-Driven Talking-Head Generation', 'Efficient Emotional Adaptation for Audio-Driven Talking-Head Generation'],
      ['Audio-driven Facial Reenactment', 'Neural Voice Puppetry: Audio-driven Facial Reenactment'],
      ['Concept Embedding Models (CEMs)', 'Concept Embedding Models: Beyond the Accuracy-Explainability Trade-Off'],
      ['Asymmetric Hierarchical Anchoring for Audio-Visual Joint Representation', 'Asymmetric Hierarchical Anchoring for Audio-Visual Joint Representation: Resolving Information Allocation Ambiguity'],
    ];
    const text = md(...rows.map(([title], i) => `| [${title}](https://arxiv.org/abs/2301.0000${i + 1}) | ICML |`));
    const facts = factsOf(Object.fromEntries(rows.map(([, real], i) => [`arxiv:2301.0000${i + 1}`, found(arxivRecord(`2301.0000${i + 1}`, real))])));
    expect(findings(text, facts)).toStrictEqual([]);
  });

  it('similar but not equal: a warning (renamed, or a different version?)', () => {
    const text = md('| [Similarity of Neural Network Representations Revisited](https://arxiv.org/abs/2110.14633) | ICML 2019 |');
    expect(findings(text, factsOf({ 'arxiv:2110.14633': found(arxivRecord('2110.14633', similarityAndMatching)) }))).toStrictEqual([
      {
        severity: 'warning', line: 3, column: 3, endColumn: 93,
        message: `Titled '${similarityAndMatching}' at arXiv 2110.14633: renamed, or a different version? Write the paper's title as it is, or link the paper this row means.`,
      },
    ]);
  });

  it('a row titled as an earlier arXiv version: the paper was renamed, a warning and never an error', () => {
    const text = md('| [Deep Residual Fourier Transformation for Single Image Deblurring](https://arxiv.org/abs/2111.11745) | AAAI 2023 |');
    const record = arxivRecord('2111.11745', 'Intriguing Findings of Frequency Selection for Image Deblurring', {
      version: 3,
      earlierTitles: [{ version: 1, title: 'Deep Residual Fourier Transformation for Single Image Deblurring' }],
    });
    expect(findings(text, factsOf({ 'arxiv:2111.11745': found(record) }))).toStrictEqual([
      {
        severity: 'warning', line: 3, column: 3, endColumn: 103,
        message: "arXiv 2111.11745 was renamed: this row has the title of its v1 ('Deep Residual Fourier Transformation for Single Image Deblurring'); it is now 'Intriguing Findings of Frequency Selection for Image Deblurring'.",
      },
    ]);
    // Without the earlier titles the same row is an error: title alone cannot tell a full retitle from a wrong link.
    expect(findings(text, factsOf({ 'arxiv:2111.11745': found({ ...record, earlierTitles: [] }) }))[0]?.severity).toBe('error');
  });

  it('titles of fewer than four words must match exactly: contained is a warning, anything else an error', () => {
    const text = md(
      '| [Deep Learning](https://arxiv.org/abs/2301.00001) | arXiv |',
      '| [Deep Learning](https://arxiv.org/abs/2301.00002) | arXiv |',
      '| [Deep Learning](https://arxiv.org/abs/2301.00003) | arXiv |',
    );
    const facts = factsOf({
      'arxiv:2301.00001': found(arxivRecord('2301.00001', 'Deep learning')),
      'arxiv:2301.00002': found(arxivRecord('2301.00002', 'Deep Learning Scaling is Predictable, Empirically')),
      'arxiv:2301.00003': found(arxivRecord('2301.00003', 'Attention Is All You Need')),
    });
    expect(findings(text, facts).map((f) => `${f.line} ${f.severity}`)).toStrictEqual(['4 warning', '5 error']);
  });

  it('one paper under two identities: the published title differing from the preprint it names is no mistake', () => {
    const text = md('| [Deep Residual Fourier Transformation for Single Image Deblurring](https://arxiv.org/abs/2111.11745) [AAAI](https://doi.org/10.1609/aaai.v37i2.25229) | AAAI 2023 |');
    const preprint = arxivRecord('2111.11745', 'Deep Residual Fourier Transformation for Single Image Deblurring');
    const published: PaperRecord = {
      source: 'crossref', id: '10.1609/aaai.v37i2.25229', title: 'Intriguing Findings of Frequency Selection for Image Deblurring',
      kind: 'conference', ids: { doi: '10.1609/aaai.v37i2.25229', arxiv: '2111.11745' },
    };
    expect(findings(text, factsOf({ 'arxiv:2111.11745': found(preprint), 'doi:10.1609/aaai.v37i2.25229': found(published) }))).toStrictEqual([]);
    // An unrelated DOI beside a matching arXiv link is still another paper.
    const unrelated = { ...published, ids: { doi: '10.1609/aaai.v37i2.25229' }, title: gitReBasin };
    expect(findings(text, factsOf({ 'arxiv:2111.11745': found(preprint), 'doi:10.1609/aaai.v37i2.25229': found(unrelated) })).map((f) => f.severity)).toStrictEqual(['error']);
  });

  it('a generic link text is not a title: the title cell (or the title column) is compared', () => {
    const text = `| Title | Paper | Venue |\n|---|---|---|\n| Git Re-Basin: Merging Models modulo Permutation Symmetries [[arXiv](https://arxiv.org/abs/2209.04836)] | | ICLR 2023 |\n| Topology of Deep Neural Networks | [PDF](https://arxiv.org/pdf/2209.04836v2) | JMLR |\n`;
    const result = findings(text, factsOf({ 'arxiv:2209.04836': found(arxivRecord('2209.04836', gitReBasin)) }));
    expect(result.map((f) => `${f.line} ${f.severity}`)).toStrictEqual(['4 error']);
  });

  it('a title cell holding a summary, not a title, is not judged', () => {
    const summary = 'Toolformer - introduces a language model that learns in a self-supervised way how to use different tools such as search engines via simple API calls; it is finetuned on a large number of sampled API calls that are filtered by whether they reduce perplexity on future tokens';
    const text = `| Paper | Links |\n|---|---|\n| ${summary} | [Paper](https://arxiv.org/abs/2302.04761) |\n`;
    expect(findings(text, factsOf({ 'arxiv:2302.04761': found(arxivRecord('2302.04761', 'Toolformer: Language Models Can Teach Themselves to Use Tools')) }))).toStrictEqual([]);
  });

  it('"N) Title - summary" cells are read by their title, or by the summary when that is closer', () => {
    const text = `| Paper | Links |\n|---|---|\n| 4) **MusicGen** - a simple and controllable model for music generation | [Paper](https://arxiv.org/abs/2306.05284) |\n| 5) **MusicGen** - a simple and controllable model for music generation | [Paper](https://arxiv.org/abs/2209.04836) |\n`;
    const facts = factsOf({
      'arxiv:2306.05284': found(arxivRecord('2306.05284', 'Simple and Controllable Music Generation')),
      'arxiv:2209.04836': found(arxivRecord('2209.04836', gitReBasin)),
    });
    // Line 3 names the paper 'MusicGen' and paraphrases its title: a warning naming the real title.
    // Line 4's paper is another one altogether.
    expect(findings(text, facts).map((f) => `${f.line} ${f.severity}`)).toStrictEqual(['3 warning', '4 error']);
  });

  it('an OpenReview or DOI record is judged as an arXiv one', () => {
    const text = md(
      '| [Topology of Deep Neural Networks](https://openreview.net/forum?id=abcDEF123) | ICLR |',
      '| [Topology of Deep Neural Networks](https://doi.org/10.5555/topology) | JMLR |',
    );
    const facts = factsOf({
      'openreview:abcDEF123': found({ source: 'openreview', id: 'abcDEF123', title: gitReBasin, ids: { openreview: 'abcDEF123' } }),
      'doi:10.5555/topology': found({ source: 'crossref', id: '10.5555/topology', title: 'Topology of deep neural networks', ids: { doi: '10.5555/topology' } }),
    });
    expect(findings(text, facts).map((f) => `${f.line} ${f.severity} ${f.message.slice(0, 40)}`)).toStrictEqual(['3 error This row links to OpenReview abcDEF123, ']);
  });
});

describe('titles as the sources write them (src/identity/title.ts)', () => {
  it('reads LaTeX: math, braces, accents, Greek letters, formatting commands', () => {
    expect(latexToText('$\\ell_1$-Regularized {BERT} for Schr\\"odinger and Erd\\H{o}s--R\\\'{e}nyi Graphs')).toBe('ℓ_1-Regularized BERT for Schrödinger and Erdős--Rényi Graphs');
    expect(latexToText('\\emph{Deep} \\textbf{Nets} with $\\alpha$-Divergence \\& $O(n^2)$ Cost')).toBe('Deep Nets with α-Divergence & O(n^2) Cost');
    expect(latexToText('Na\\"{\\i}ve Bayes, \\c{C}ar and \\v{S}koda at 100\\%')).toBe('Naïve Bayes, Çar and Škoda at 100%');
    expect(latexToText('Plain title: nothing to read')).toBe('Plain title: nothing to read');
  });

  it('folds accents and the letters Unicode keeps whole', () => {
    expect(foldAccents('Schrödinger, Łukasz, Søren, Æsir, Straße')).toBe('Schrodinger, Lukasz, Soren, AEsir, Strasse');
    expect(normalizeTitleLoose('Schr\\"odinger {Bridges}')).toBe(normalizeTitleLoose('SCHRÖDINGER BRIDGES'));
  });

  it('compares by topic words: hyphenated words meet both spellings, plurals their singular', () => {
    const c = compareTitles('Git ReBasin: Merging Models', 'Git Re-Basin: Merging Models');
    expect(c.equal).toBe(true);
    expect(compareTitles('Merging Models with Re-Basin', 'ReBasin merges a model').similarity).toBeGreaterThan(0);
  });

  /**
   * The evidence behind the thresholds: pairs of titles written for one arXiv id in the wild lists
   * (../shared/fixtures/wild/) and the UniReps history, each marked as its list's history shows it.
   */
  it.each([
    // Renamed between versions, partially: similar (warnings).
    ['LatentSync: Audio Conditioned Latent Diffusion Models for Lip Sync', 'LatentSnc: Taming Audio-Conditioned Latent Diffusion Models for Lip Sync with SyncNet Supervision', 'similar'],
    ['LetsTalk: Latent Diffusion Transformer for Talking Video Synthesis', 'Efficient Long-duration Talking Video Synthesis with Linear Diffusion Transformer under Multimodal Guidance', 'similar'],
    ['3DFacePolicy: Speech-Driven 3D Facial Animation with Diffusion Policy', '3DFacePolicy: Audio-Driven 3D Facial Animation Based on Action Control', 'similar'],
    ['PASE: Phoneme-Aware Speech Encoder to Improve Lip Sync Accuracy for Talking Head Synthesis', 'SE4Lip: Speech-Lip Encoder for Talking Head Synthesis to Solve Phoneme-Viseme Alignment Ambiguity', 'similar'],
    ['OmniTalker: Real-Time Text-Driven Talking Head Generation with In-Context Audio-Visual Style Replication', 'OmniTalker: One-shot Real-time Text-Driven Talking Audio-Video Generation With Multimodal Style Mimicking', 'similar'],
    ['HHAvatar: Gaussian Head Avatar with Dynamic Hairs', 'Gaussian Head Avatar: Ultra High-fidelity Head Avatar via Dynamic Gaussians', 'similar'],
    ['Think2Sing: Orchestrating Structured Motion Subtitles for Singing-Driven 3D Head Animation', 'Think2Sing: Orchestrating Structured Motion Subtitles 025for Singing-Driven   3D Head Animation', 'similar'],
    // Renamed whole: title alone cannot tell these from a wrong link (the earlier version's title can).
    ['Deep residual fourier transformation for single image deblurring', 'Intriguing Findings of Frequency Selection for Image Deblurring', 'different'],
    ['Tables as Texts or Images: Evaluating the Table Reasoning Ability of LLMs and MLLMs', 'Tables as Images? Exploring the Strengths and Limitations of LLMs on Multimodal Representations of Tabular Data', 'different'],
    // Wrong links, later corrected in their lists.
    ['Topology of Deep Neural Networks', 'Similarity and Matching of Neural Network Representations', 'different'],
    ['Deepfake Generation and Detection: A Benchmark and Survey', 'Listen, Disentangle, and Control: Controllable Speech-Driven Talking Head Generation', 'different'],
    ['Implicit Identity Representation Conditioned Memory Compensation Network for Talking Head Video Generation', 'MODA: Mapping-Once Audio-driven Portrait Animation with Dual Attentions', 'different'],
    ['AdaCBM: an Adaptive Concept Bottleneck Model for Explainable and Accurate Diagnosis', 'Partially Interpretable Estimators (PIE): Black-Box-Refined Interpretable Machine Learning', 'different'],
    // A name before a colon, added or left out by the list: the same title.
    ['ACTalker: Audio-visual Controlled Video Diffusion with Masked Selective State Spaces Modeling for Natural Talking Head Generation', 'Audio-visual Controlled Video Diffusion with Masked Selective State Spaces Modeling for Natural Talking Head Generation', 'match'],
    ['MGGTalk：Monocular and Generalizable Gaussian Talking Head Animation', 'Monocular and Generalizable Gaussian Talking Head Animation', 'match'],
    ['Energy-based Concept Bottleneck Models (ECBMs)', 'Energy-Based Concept Bottleneck Models: Unifying Prediction, Concept Intervention, and Probabilistic Interpretations', 'match'],
  ])('%s ~ %s: %s', (row, real, expected) => {
    expect(classify(row, real)).toBe(expected);
  });
});
