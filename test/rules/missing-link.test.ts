import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { ruleFindings, ruleFixture } from '../helpers/rule-findings.js';

const ruleId = 'missing-link';
const fixture = (name: string) => ruleFixture(ruleId, name);
const md = (...lines: string[]) => `${lines.join('\n')}\n`;

const findings = (text: string) => ruleFindings(ruleId, text);

const warning = (line: number, endColumn: number, message: string) =>
  ({ ruleId, severity: 'warning', line, column: 3, endLine: line, endColumn, message });
const makeLink = 'make the title a link to the paper, e.g. [Title](https://arxiv.org/abs/…).';

describe('missing-link', () => {
  it('bad.md: titles without a link where no link column holds one; malformed links and link columns pass', () => {
    expect(findings(fixture('bad.md'))).toEqual([
      warning(8, 54, `'Generalized Shape Metrics on Neural Representations' has no link: ${makeLink}`),
      warning(9, 67, `'Grounding Representation Similarity with Statistical Testing' has no link: ${makeLink}`),
      // Lines 10 and 11: the title's link is malformed, which link-syntax reports.
      // Line 17: the Paper column holds the link.
      warning(18, 67, "'Variational Autoencoders and Nonlinear ICA: A Unifying Fram…' has no link: add the paper's URL in the 'Paper' column, or make the title a link."),
      // Line 24: the Link column holds a bare URL.
      warning(25, 48, "'Launch and Iterate: Reducing Prediction Churn' has no link: add the paper's URL in the 'Link' column, or make the title a link."),
      // Line 31: the PDF column holds the link.
    ]);
  });

  it('good.md: no missing-link finding, and no finding at all', () => {
    const text = fixture('good.md');
    expect(findings(text)).toEqual([]);
    expect(lintText('README.md', text).messages).toEqual([]);
  });

  it('leaves malformed title links to link-syntax (which does report them)', () => {
    const text = fixture('bad.md');
    const syntax = lintText('README.md', text).messages.filter((m) => m.ruleId === 'link-syntax').map((m) => m.line);
    expect(syntax).toEqual([10, 11]);
  });

  it('counts a reference link with a definition as a link', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Deep Ensembles: A Loss Landscape Perspective][deep-ensembles] | arXiv [stat.ML] |',
      '',
      '[deep-ensembles]: https://arxiv.org/abs/1912.02757',
    );
    expect(findings(text)).toEqual([]);
  });

  it('disable-line inside the row silences that row only', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| Stitchable Neural Networks <!-- lint-list-disable-line missing-link --> | CVPR 2023 |',
      '| Deep Incubation | ICCV 2023 |',
    );
    expect(findings(text)).toEqual([warning(4, 18, `'Deep Incubation' has no link: ${makeLink}`)]);
  });

  it("leaves a title link torn by a '|' to row-format", () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '|[Using distance on the Riemannian manifold to compare representations in brain and in models | Neuroimage](https://www.sciencedirect.com/science/article/pii/S1053811921005474) |',
    );
    expect(findings(text)).toEqual([]);
    expect(lintText('README.md', text).messages.filter((m) => m.ruleId === 'row-format').map((m) => m.line)).toEqual([3]);
  });
});
