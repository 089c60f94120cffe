import { describe, expect, it } from 'vitest';
import { type Config, parseConfig } from '../../src/config/config.js';
import { lintText } from '../../src/engine/lint.js';
import { ruleFindings, ruleFixture } from '../helpers/rule-findings.js';

const ruleId = 'missing-venue';
const fixture = (name: string) => ruleFixture(ruleId, name);
const md = (...lines: string[]) => `${lines.join('\n')}\n`;

const findings = (text: string, config?: Config) => ruleFindings(ruleId, text, config);

const advice = "write where the paper appeared, e.g. 'NeurIPS 2023' or 'arXiv [cs.LG]'.";
const empty = `Venue is empty: ${advice}`;
const placeholder = (text: string) => `Venue is '${text}': ${advice}`;
const error = (line: number, column: number, endColumn: number, message: string) =>
  ({ ruleId, severity: 'error', line, column, endLine: line, endColumn, message });

describe('missing-venue', () => {
  it('bad.md: an empty cell, each placeholder and an absent cell; nothing in the table without a venue column', () => {
    expect(findings(fixture('bad.md'))).toEqual([
      error(8, 94, 94, empty),
      error(9, 102, 105, placeholder('N/A')),
      error(10, 117, 120, placeholder('n/a')),
      error(11, 102, 104, placeholder('NA')),
      error(12, 127, 128, placeholder('-')),
      error(13, 86, 87, placeholder('–')),
      error(14, 103, 104, placeholder('—')),
      error(15, 94, 95, placeholder('?')),
      error(16, 86, 89, placeholder('TBD')),
      error(17, 152, 155, placeholder('TBA')),
      error(18, 68, 75, placeholder('unknown')),
      error(19, 96, 100, placeholder('None')),
      error(20, 104, 104, `This row has no venue cell: add '| venue |' with where the paper appeared, e.g. 'NeurIPS 2023' or 'arXiv [cs.LG]'.`),
    ]);
  });

  it('good.md: no missing-venue finding, and no finding at all', () => {
    const text = fixture('good.md');
    expect(findings(text)).toEqual([]);
    expect(lintText('README.md', text).messages).toEqual([]);
  });

  it('takes its placeholders from the config', () => {
    const config = parseConfig('{"rules":{"missing-venue":{"placeholders":["WIP","coming soon"]}}}', '.lint-list.json');
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Stitchable Neural Networks](https://arxiv.org/abs/2302.06586) | WIP |',
      '| [Deep Incubation](https://arxiv.org/abs/2212.04129) | Coming Soon |',
      '| [SVCCA](https://arxiv.org/abs/1706.05806) |  |',
    );
    expect(findings(text, config)).toEqual([
      error(3, 68, 71, placeholder('WIP')),
      error(4, 57, 68, placeholder('Coming Soon')),
      error(5, 48, 48, empty),
    ]);
  });

  it('finds the venue column by other header names too', () => {
    const text = md(
      '| Paper | PDF | Conference/Journal |',
      '|---|---|---|',
      '| Measuring Statistical Dependence with Hilbert-Schmidt Norms | [pdf](https://doi.org/10.1007/11564089_7) | - |',
    );
    expect(findings(text)).toEqual([error(3, 109, 110, placeholder('-'))]);
  });

  it('honours disable-line in the row and disable … enable around a table', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Stitchable Neural Networks](https://arxiv.org/abs/2302.06586) | N/A <!-- lint-list-disable-line missing-venue --> |',
      '| [Deep Incubation](https://arxiv.org/abs/2212.04129) | N/A <!-- lint-list-disable-line venue-format --> |',
      '',
      '<!-- lint-list-disable missing-venue -->',
      '',
      '| Title | Venue |',
      '|---|---|',
      '| [SVCCA](https://arxiv.org/abs/1706.05806) | TBD |',
      '',
      '<!-- lint-list-enable missing-venue -->',
      '',
      '| Title | Venue |',
      '|---|---|',
      '| [Deep Ensembles](https://arxiv.org/abs/1912.02757) | TBD |',
    );
    expect(findings(text)).toEqual([
      error(4, 57, 105, placeholder('N/A')),
      error(16, 56, 59, placeholder('TBD')),
    ]);
  });

  it('disable-line without rule ids or with a list, and disable-next-line from the row above', () => {
    const text = md(
      '| Title | Venue |',
      '|---|---|',
      '| [Stitchable Neural Networks](https://arxiv.org/abs/2302.06586) | N/A <!-- lint-list-disable-line --> |',
      '| [Deep Incubation](https://arxiv.org/abs/2212.04129) | TBD <!-- lint-list-disable-line venue-format, missing-venue --> |',
      '| [SVCCA](https://arxiv.org/abs/1706.05806) | ? <!-- lint-list-disable-next-line missing-venue --> |',
      '| [Deep Ensembles](https://arxiv.org/abs/1912.02757) | TBA |',
      '| [Policy Stitching](https://arxiv.org/abs/2309.13753) | unknown |',
    );
    expect(findings(text)).toEqual([
      error(5, 47, 99, placeholder('?')),
      error(7, 58, 65, placeholder('unknown')),
    ]);
  });
});
