import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { lintText } from '../../src/engine/lint.js';
import { ruleFindings, ruleFixture } from '../helpers/rule-findings.js';

const ruleId = 'venue-format';
const fixture = (name: string) => ruleFixture(ruleId, name);
const md = (...lines: string[]) => `${lines.join('\n')}\n`;

const findings = (text: string) => ruleFindings(ruleId, text);

const warning = (line: number, column: number, endColumn: number, message: string) =>
  ({ ruleId, severity: 'warning', line, column, endLine: line, endColumn, message });

describe('venue-format', () => {
  it('bad.md: a category with a space, one that does not exist, and a minority spelling', () => {
    expect(findings(fixture('bad.md'))).toEqual([
      warning(7, 137, 145, "The arXiv category 'cs. LG' has a space in it: write [cs.LG]."),
      warning(8, 89, 96, "arXiv has no category 'cs.ML': did you mean [cs.LG] or [stat.ML]?"),
      warning(17, 99, 111, "'Neurips' is usually written 'NeurIPS': write 'NeurIPS'."),
    ]);
  });

  it('good.md: no venue-format finding, and no finding at all', () => {
    const text = fixture('good.md');
    expect(findings(text)).toEqual([]);
    expect(lintText('README.md', text).messages).toEqual([]);
  });

  it('checks categories and spellings across the whole file, leaving placeholders to missing-venue', () => {
    const text = md(
      '## Stitching',
      '',
      '| Title | Venue |',
      '|---|---|',
      '| [Stitchable Neural Networks](https://arxiv.org/abs/2302.06586) | CVPR 2023 |',
      '| [Deep Incubation](https://arxiv.org/abs/2212.04129) | ICCV 2023 |',
      '| [Measuring the Instability of Fine-Tuning](https://arxiv.org/abs/2302.07778) | arXiv [cs. CL] |',
      '| [Policy Stitching](https://arxiv.org/abs/2309.13753) | arXiv [cs.lg] |',
      '| [Model Stability with Continuous Data Updates](https://arxiv.org/abs/2201.05692) | arXiv [cs.NLP] |',
      '',
      '## Vision',
      '',
      '| Paper | Conference |',
      '|---|---|',
      '| [ULIP](https://arxiv.org/abs/2212.05171) | CVPR 2023 |',
      '| [Masked Autoencoders Are Scalable Vision Learners](https://arxiv.org/abs/2111.06377) | cvpr 2022 |',
      '| [Diachronic Word Embeddings Reveal Statistical Laws of Semantic Change](https://arxiv.org/abs/1605.09096) | N/A |',
      '| [Convergent Learning](https://arxiv.org/abs/1511.07543) | n/a |',
    );
    expect(findings(text)).toEqual([
      warning(7, 88, 96, "The arXiv category 'cs. CL' has a space in it: write [cs.CL]."),
      warning(8, 64, 71, "arXiv has no category 'cs.lg': did you mean [cs.LG]?"),
      warning(9, 92, 100, "arXiv has no category 'cs.NLP': did you mean [cs.CL]?"),
      warning(16, 90, 99, "'cvpr' is usually written 'CVPR': write 'CVPR'."),
    ]);
  });

  it('disable-line inside the row silences that row only', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Predictive Multiplicity in Classification](https://arxiv.org/abs/1909.06677) | arXiv [cs.ML] <!-- lint-list-disable-line venue-format --> |',
      '| [Deep Ensembles: A Loss Landscape Perspective](https://arxiv.org/abs/1912.02757) | arXiv [stat.LG] |',
    );
    expect(findings(text)).toEqual([
      warning(4, 92, 101, "arXiv has no category 'stat.LG': did you mean [stat.ML] or [cs.LG]?"),
    ]);
  });
});

describe('venue-format and the configured placeholders (issue 10)', () => {
  it('honours missing-venue\'s configured placeholders: neither is told to become the other', () => {
    const config = parseConfig('{"rules": {"missing-venue": {"placeholders": ["Preprint", "preprint!"]}}}', '.lint-list.json');
    const text = [
      '| Title | Venue |',
      '|---|---|',
      '| [A Paper](https://arxiv.org/abs/2101.00001) | Preprint |',
      '| [B Paper](https://arxiv.org/abs/2101.00002) | preprint! |',
      '| [C Paper](https://arxiv.org/abs/2101.00003) | preprint! |',
      '',
    ].join('\n');
    const messages = lintText('README.md', text, config).messages.map((m) => `${m.line} ${m.ruleId}`);
    expect(messages).toEqual(['3 missing-venue', '4 missing-venue', '5 missing-venue']);
  });
});
