import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { ruleFindings, ruleFixture } from '../helpers/rule-findings.js';

const ruleId = 'link-syntax';
const fixture = (name: string) => ruleFixture(ruleId, name);
const md = (...lines: string[]) => `${lines.join('\n')}\n`;

const findings = (text: string) => ruleFindings(ruleId, text);

const error = (line: number, column: number, endColumn: number, message: string) =>
  ({ ruleId, severity: 'error', line, column, endLine: line, endColumn, message });
const spaceBeforeParen = "A space between ']' and '(' breaks the link: write [Title](url) with nothing between ']' and '('.";

describe('link-syntax', () => {
  it('bad.md: every way of breaking a link once; arXiv [cs.LG], [1], reference and relative links pass', () => {
    expect(findings(fixture('bad.md'))).toEqual([
      error(7, 3, 122, spaceBeforeParen),
      error(8, 3, 106, "The URL is inside the square brackets: write [Title](url), the text in '[ ]' and the URL right after it in '( )'."),
      error(9, 3, 80, "The link has no target: put the paper's URL between the parentheses, e.g. [Title](https://arxiv.org/abs/…)."),
      error(10, 3, 129, "The link target 'Loss Surfaces, Mode Connectivity, and F…' is not a URL: put the paper's address between the parentheses, e.g. (https://arxiv.org/abs/…)."),
      error(11, 75, 111, "The link target starts with '[': delete it so that the parentheses hold the URL alone."),
      error(12, 3, 127, "A link sits inside another link's text; GitHub keeps only one: make it a single [Title](url)."),
      error(13, 3, 45, "'[Measuring the Instability of Fine-Tuning]' is in link brackets but has no URL: write [Title](https://…) with the paper's address, or remove the brackets."),
      error(14, 3, 120, "The link target 'arxiv.org/abs/2305.06329' has no 'https://', so GitHub treats it as a file in this repository: write https://arxiv.org/abs/2305.06329."),
      // Lines 15 (reference link with a definition) and 16 (relative link) pass.
      error(22, 71, 80, "A backslash before 'http' keeps the address from being a link: delete the '\\'."),
      error(23, 62, 86, "'arxiv.org/abs/2102.03349' has no 'https://', so it is not a link: write https://arxiv.org/abs/2102.03349, or [Title](https://…)."),
    ]);
  });

  it('good.md: no link-syntax finding, and no finding at all', () => {
    const text = fixture('good.md');
    expect(findings(text)).toEqual([]);
    expect(lintText('README.md', text).messages).toEqual([]);
  });

  it('accepts a shortcut reference link that has a definition', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Deep Ensembles: A Loss Landscape Perspective] | arXiv [stat.ML] |',
      '',
      '[Deep Ensembles: A Loss Landscape Perspective]: https://arxiv.org/abs/1912.02757',
    );
    expect(findings(text)).toEqual([]);
  });

  it('accepts a linked badge, which is no nested link', () => {
    const text = md(
      '| Title | Paper | Venue |',
      '|---|---|---|',
      '| Revisiting Model Stitching to Compare Neural Representations | [![arXiv](https://img.shields.io/badge/arXiv-2106.07682-b31b1b.svg)](https://arxiv.org/abs/2106.07682) | NeurIPS 2021 |',
    );
    expect(findings(text)).toEqual([]);
  });

  it('accepts a URL target padded with spaces, as CommonMark and GitHub do', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Stitchable Neural Networks](https://arxiv.org/abs/2302.06586 ) | CVPR 2023 |',
      '| [Deep Incubation]( https://arxiv.org/abs/2212.04129) | ICLR 2024 |',
    );
    expect(findings(text)).toEqual([]);
  });

  it('a scheme without its colon or with one slash', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Stitchable Neural Networks](https//arxiv.org/abs/2302.06586) | CVPR 2023 |',
      '| [Deep Incubation](https:/arxiv.org/abs/2212.04129) | ICLR 2024 |',
    );
    expect(findings(text)).toEqual([
      error(3, 3, 64, "The link target 'https//arxiv.org/abs/2302.06586' is not a well-formed URL: write 'https://arxiv.org/abs/2302.06586'."),
      error(4, 3, 53, "The link target 'https:/arxiv.org/abs/2212.04129' is not a well-formed URL: write 'https://arxiv.org/abs/2212.04129'."),
    ]);
  });

  it('disable-line inside the row silences that row only', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Measuring the Instability of Fine-Tuning] <!-- lint-list-disable-line link-syntax --> | ACL 2023 |',
      '| [Stitchable Neural Networks] (https://arxiv.org/abs/2302.06586) | CVPR 2023 |',
    );
    expect(findings(text)).toEqual([error(4, 3, 66, spaceBeforeParen)]);
  });
});
