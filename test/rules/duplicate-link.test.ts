import { describe, expect, it } from 'vitest';
import { type Config, parseConfig } from '../../src/config/config.js';
import { lintText } from '../../src/engine/lint.js';
import { ruleFindings, ruleFixture } from '../helpers/rule-findings.js';

const ruleId = 'duplicate-link';
const fixture = (name: string) => ruleFixture(ruleId, name);
const md = (...lines: string[]) => `${lines.join('\n')}\n`;

const findings = (text: string, config?: Config) => ruleFindings(ruleId, text, config);

const pointsAt = (label: string, line: number, title: string, section = '') =>
  `This link points at ${label}, which line ${line}${section} already uses for '${title}': either the same paper listed twice under another title (keep one row), or a wrong link (link this row to its own paper).`;

describe('duplicate-link', () => {
  it('bad.md: two different titles linking to arXiv 2110.14633 (title link and PDF column)', () => {
    expect(findings(fixture('bad.md'))).toEqual([
      {
        ruleId, severity: 'error', line: 9, column: 3, endLine: 9, endColumn: 71,
        message: pointsAt('arXiv 2110.14633', 7, 'Similarity and Matching of Neural Network Representations'),
      },
      // Under another section: perhaps on purpose (issue 12), so a warning that names the section.
      {
        ruleId, severity: 'warning', line: 16, column: 53, endLine: 16, endColumn: 94,
        message: pointsAt('arXiv 2110.14633', 7, 'Similarity and Matching of Neural Network Representations', " (under 'Measures')"),
      },
    ]);
  });

  it('good.md: no duplicate-link finding, and no finding at all', () => {
    const text = fixture('good.md');
    expect(findings(text)).toEqual([]);
    expect(lintText('README.md', text).messages).toEqual([]);
  });

  it('knows a DOI behind doi.org and behind a publisher page', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Measuring Statistical Dependence with Hilbert-Schmidt Norms](https://doi.org/10.1007/11564089_7) | ALT 2005 |',
      '| [Kernel Methods for Measuring Independence](https://link.springer.com/chapter/10.1007/11564089_7) | JMLR 2005 |',
    );
    expect(findings(text)).toEqual([
      {
        ruleId, severity: 'error', line: 4, column: 3, endLine: 4, endColumn: 100,
        message: pointsAt('DOI 10.1007/11564089_7', 3, 'Measuring Statistical Dependence with Hilbert-Schmidt Norms'),
      },
    ]);
  });

  it('knows an OpenReview id behind forum and pdf pages', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Grounding High Dimensional Representation Similarity by Comparing Decodability and Network Performance](https://openreview.net/forum?id=xjb563TH-GH) | ICLR 2023 |',
      '| [Representational dissimilarity metric spaces for stochastic neural networks](https://openreview.net/pdf?id=xjb563TH-GH) | ICLR 2023 |',
    );
    expect(findings(text)).toEqual([
      {
        ruleId, severity: 'error', line: 4, column: 3, endLine: 4, endColumn: 123,
        message: pointsAt('OpenReview xjb563TH-GH', 3, 'Grounding High Dimensional Representation Similarity by Com…'),
      },
    ]);
  });

  it('leaves the same title with the same link to duplicate-title', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Stitchable Neural Networks](https://arxiv.org/abs/2302.06586) | CVPR 2023 |',
      '| [Stitchable neural networks](https://arxiv.org/pdf/2302.06586v2) | CVPR 2023 |',
    );
    expect(findings(text)).toEqual([]);
    expect(lintText('README.md', text).messages.map((m) => [m.ruleId, m.line])).toEqual([['duplicate-title', 4]]);
  });

  describe('scope', () => {
    const text = md(
      '## Measures',
      '',
      '| Title | Venue |',
      '|---|---|',
      '| [Similarity and Matching of Neural Network Representations](https://arxiv.org/abs/2110.14633) | NeurIPS 2021 |',
      '',
      '## Topology',
      '',
      '| Title | Venue |',
      '|---|---|',
      '| [Topology of Deep Neural Networks](https://arxiv.org/abs/2110.14633) | JMLR 2020 |',
    );

    it('"file" (the default) compares links across tables: under another section, a warning', () => {
      expect(findings(text)).toEqual([
        {
          ruleId, severity: 'warning', line: 11, column: 3, endLine: 11, endColumn: 71,
          message: pointsAt('arXiv 2110.14633', 5, 'Similarity and Matching of Neural Network Representations', " (under 'Measures')"),
        },
      ]);
    });

    it('"table" compares links within each table only', () => {
      const config = parseConfig('{"rules":{"duplicate-link":{"scope":"table"}}}', '.lint-list.json');
      expect(findings(text, config)).toEqual([]);
    });
  });

  it('disable-line inside the row silences that row', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Similarity and Matching of Neural Network Representations](https://arxiv.org/abs/2110.14633) | NeurIPS 2021 |',
      '| [Topology of Deep Neural Networks](https://arxiv.org/abs/2110.14633) <!-- lint-list-disable-line duplicate-link --> | JMLR 2020 |',
    );
    expect(findings(text)).toEqual([]);
  });
});
