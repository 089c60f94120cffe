import { describe, expect, it } from 'vitest';
import { type Config, parseConfig } from '../../src/config/config.js';
import { lintText } from '../../src/engine/lint.js';
import { ruleFindings, ruleFixture } from '../helpers/rule-findings.js';

const ruleId = 'duplicate-title';
const fixture = (name: string) => ruleFixture(ruleId, name);
const md = (...lines: string[]) => `${lines.join('\n')}\n`;

const findings = (text: string, config?: Config) => ruleFindings(ruleId, text, config);

const listed = (title: string, line: number, venueNote = '') =>
  `'${title}' is already listed at line ${line}: remove this row, or merge the two into one.${venueNote}`;
const samePaper = (label: string, line: number, title: string) =>
  `This is the same paper (${label}) as line ${line}, '${title}': remove this row, or merge the two into one.`;
const error = (line: number, endColumn: number, message: string) =>
  ({ ruleId, severity: 'error', line, column: 3, endLine: line, endColumn, message });

describe('duplicate-title', () => {
  it('bad.md: every way a title or a link names a paper already listed', () => {
    expect(findings(fixture('bad.md'))).toEqual([
      // NFKC: the "ﬁ" ligature is "fi".
      error(22, 169, listed('Model soups: averaging weights of multiple ﬁne-tuned models…', 7)),
      // Case folding.
      error(23, 108, listed('Git Re-Basin: merging models modulo permutation symmetries', 8)),
      // Bold around the link.
      error(24, 89, listed('Editing Models with Task Arithmetic', 9)),
      // A plain title against a linked one.
      error(25, 71, listed('Relative representations enable zero-shot latent space comm…', 10)),
      // A badge image after the link.
      error(26, 170, listed('ASIF: Coupled Data Turns Unimodal Models to Multimodal With…', 11)),
      // <br> inside the title.
      error(27, 137, listed('Model Fusion via Optimal Transport', 12)),
      // Punctuation.
      error(28, 107, listed('Text To Concept and Back via Cross Model Alignment', 13)),
      // Spacing.
      error(29, 138, listed('CLIP Master Prints: Fooling Contrastive Language-Image Pre-…', 14)),
      // The rows disagree on the venue.
      error(30, 112, listed('Similarity of Neural Network Representations Revisited', 15,
        " The rows disagree on the venue ('ICML 2019' there, 'arXiv [stat.ML]' here): keep the right one.")),
      // Qwen2 (line 16) and Qwen3 (line 31) differ by a number: nothing.
      // arXiv abs vs pdf.
      error(44, 101, samePaper('arXiv 2110.14633', 32, 'Similarity and Matching of Neural Network Representations')),
      // arXiv abs v1 vs html v3.
      error(45, 79, samePaper('arXiv 2405.07987', 33, 'The Platonic Representation Hypothesis')),
      // Old-style id, abs vs pdf with a version.
      error(46, 111, samePaper('arXiv hep-th/9711200', 34, 'The Large N Limit of Superconformal Field Theories and Supe…')),
      // doi.org vs dx.doi.org.
      error(47, 134, samePaper('DOI 10.3389/neuro.06.004.2008', 35, 'Representational similarity analysis - connecting the branc…')),
      // doi.org vs a publisher page embedding the DOI.
      error(48, 160, samePaper('DOI 10.1023/A:1022859003006', 36, 'Measures of Diversity in Classifier Ensembles and Their Rel…')),
      // OpenReview forum vs pdf.
      error(49, 151, samePaper('OpenReview QHiuyzE69Bx', 37, 'Grounding High Dimensional Representation Similarity by Com…')),
      {
        ruleId, severity: 'warning', line: 50, column: 3, endLine: 50, endColumn: 140,
        message: "Possible duplicate: 'Convergent Learning: Do different neural networks learn the same representation?' is nearly the same title as line 38, 'Convergent Learning: Do different neural networks learn the same representations?': if it is the same paper, remove one of the rows.",
      },
    ]);
  });

  it('good.md: no duplicate-title finding, and no finding at all', () => {
    const text = fixture('good.md');
    expect(findings(text)).toEqual([]);
    expect(lintText('README.md', text).messages).toEqual([]);
  });

  describe('scope', () => {
    const text = md(
      '## Ensembles',
      '',
      '| Title | Venue |',
      '|---|---|',
      '| [Deep Ensembles: A Loss Landscape Perspective](https://arxiv.org/abs/1912.02757) | arXiv [stat.ML] |',
      '',
      '## Also in ensembles',
      '',
      '| Title | Venue |',
      '|---|---|',
      '| [Deep Ensembles: A Loss Landscape Perspective](https://arxiv.org/abs/1912.02757) | arXiv [stat.ML] |',
      '| Deep Ensembles: a loss-landscape perspective | arXiv [stat.ML] |',
    );

    it('"file" (the default) compares rows across tables: another section is a warning, the same table an error', () => {
      expect(findings(text)).toEqual([
        {
          ...error(11, 83, ''),
          severity: 'warning',
          message: "'Deep Ensembles: A Loss Landscape Perspective' is already listed at line 5 (under 'Ensembles'): if the list means to show it in both sections, nothing to do; otherwise remove one.",
        },
        error(12, 47, listed('Deep Ensembles: a loss-landscape perspective', 11)),
      ]);
    });

    it('"table" compares rows within each table only', () => {
      const config = parseConfig('{"rules":{"duplicate-title":{"scope":"table"}}}', '.lint-list.json');
      expect(findings(text, config)).toEqual([error(12, 47, listed('Deep Ensembles: a loss-landscape perspective', 11))]);
    });
  });

  it('says nothing about the venue when the rows agree on it up to case and punctuation', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Similarity and Matching of Neural Network Representations](https://arxiv.org/abs/2110.14633) | NeurIPS 2021 |',
      '| Similarity and matching of neural network representations | neurips, 2021 |',
    );
    expect(findings(text)).toEqual([error(4, 60, listed('Similarity and matching of neural network representations', 3))]);
  });

  it('knows the paper by a link in a link column too', () => {
    const text = md(
      '| Title | Paper | Venue |',
      '|---|---|---|',
      '| The Platonic Representation Hypothesis | [arXiv](https://arxiv.org/abs/2405.07987) | ICML 2024 |',
      '| The Platonic Representaton Hypothesis | [PDF](https://arxiv.org/pdf/2405.07987v2) | ICML 2024 |',
    );
    expect(findings(text)).toEqual([error(4, 40, samePaper('arXiv 2405.07987', 3, 'The Platonic Representation Hypothesis'))]);
  });

  it('disable … enable silences the rows between', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Stitchable Neural Networks](https://arxiv.org/abs/2302.06586) | CVPR 2023 |',
      '',
      '<!-- lint-list-disable duplicate-title -->',
      '',
      '| Title | Venue |',
      '|---|---|',
      '| Stitchable Neural Networks | CVPR 2023 |',
      '',
      '<!-- lint-list-enable duplicate-title -->',
      '',
      '| Title | Venue |',
      '|---|---|',
      '| stitchable neural networks | CVPR 2023 |',
    );
    expect(findings(text)).toEqual([error(15, 29, listed('stitchable neural networks', 3))]);
  });

  it('folds case fully: GRÖSSE and Größe are the same title', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| ÜBER DIE ANZAHL DER PRIMZAHLEN UNTER EINER GEGEBENEN GRÖSSE | Monatsberichte 1859 |',
      '| Über die Anzahl der Primzahlen unter einer gegebenen Größe | Monatsberichte 1859 |',
    );
    expect(findings(text)).toEqual([
      error(4, 61, listed('Über die Anzahl der Primzahlen unter einer gegebenen Größe', 3)),
    ]);
  });
});
