import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { ruleFindings, ruleFixture } from '../helpers/rule-findings.js';

const ruleId = 'row-format';
const fixture = (name: string) => ruleFixture(ruleId, name);
const md = (...lines: string[]) => `${lines.join('\n')}\n`;

const findings = (text: string) => ruleFindings(ruleId, text);

// A missing outer pipe renders the same on GitHub: a warning where the table's rows mostly have it (issue 12).
const noLeadingPipe = "Row has no leading '|' while the table's other rows have one: add '| ' at the start of the line.";
const noTrailingPipe = "Row has no trailing '|' while the table's other rows have one: add ' |' at the end of the line.";
const noTable = "This line looks like a table row but belongs to no table, so GitHub shows plain text: it has no header and delimiter row ('| Title | Venue |' then '|---|---|') above it: add them, or join it to the table it belongs to.";

describe('row-format', () => {
  it('bad.md: reports every broken row exactly once', () => {
    expect(findings(fixture('bad.md'))).toEqual([
      { ruleId, severity: 'warning', line: 10, column: 1, endLine: 10, endColumn: 2, message: noLeadingPipe },
      { ruleId, severity: 'warning', line: 11, column: 143, endLine: 11, endColumn: 143, message: noTrailingPipe },
      {
        ruleId, severity: 'error', line: 12, column: 117, endLine: 12, endColumn: 130,
        message: "Row has 4 cells but the header has 3: GitHub drops 'arXiv [cs.LG]'. Merge it into a column, or remove the extra '|'.",
      },
      {
        ruleId, severity: 'warning', line: 13, column: 1, endLine: 13, endColumn: 116,
        message: "Row has 2 cells but the header has 3: the 'Code' cell is missing. Add it at the end of the row, each after a '|'.",
      },
      {
        ruleId, severity: 'error', line: 14, column: 1, endLine: 14, endColumn: 73,
        message: "Row has 1 cell but the header has 3: the 'Venue', 'Code' cells are missing. Add them at the end of the row, each after a '|'.",
      },
      {
        ruleId, severity: 'error', line: 15, column: 96, endLine: 15, endColumn: 97,
        message: "'｜' (fullwidth vertical line U+FF5C) is used as a cell delimiter, but only '|' separates cells: replace it with '|'.",
      },
      {
        ruleId, severity: 'error', line: 16, column: 2, endLine: 16, endColumn: 177,
        message: "A '|' inside the link text splits the link over two cells: remove the '|' from the link text or write it as '\\|'.",
      },
      {
        ruleId, severity: 'error', line: 18, column: 1, endLine: 18, endColumn: 139,
        message: 'This line looks like a table row but a blank line cuts it off from the table above, so GitHub shows plain text: delete the blank line 17.',
      },
      { ruleId, severity: 'error', line: 22, column: 1, endLine: 22, endColumn: 79, message: noTable },
    ]);
  });

  it('good.md: no row-format finding, and no finding at all', () => {
    const text = fixture('good.md');
    expect(findings(text)).toEqual([]);
    expect(lintText('README.md', text).messages).toEqual([]);
  });

  it('a row that loses the title cell is an error', () => {
    const text = md('| Venue | Title |', '|-------|-------|', '| ICLR 2023 |');
    expect(findings(text)).toEqual([
      {
        ruleId, severity: 'error', line: 3, column: 1, endLine: 3, endColumn: 14,
        message: "Row has 1 cell but the header has 2: the 'Title' cell is missing. Add it at the end of the row, each after a '|'.",
      },
    ]);
  });

  it('names every blank line that cuts a row off from its table', () => {
    const text = md(
      '| Title | Venue |',
      '|-------|-------|',
      '| [Stitchable Neural Networks](https://arxiv.org/abs/2302.06586) | CVPR 2023 |',
      '',
      '',
      '| [Deep Incubation](https://arxiv.org/abs/2212.04129) | ICCV 2023 |',
    );
    expect(findings(text)).toEqual([
      {
        ruleId, severity: 'error', line: 6, column: 1, endLine: 6, endColumn: 68,
        message: 'This line looks like a table row but a blank line cuts it off from the table above, so GitHub shows plain text: delete the blank lines 4–5.',
      },
    ]);
  });

  it('several orphan lines get one finding, worded for several', () => {
    const text = md(
      '# Papers',
      '',
      '| [Stitchable Neural Networks](https://arxiv.org/abs/2302.06586) | CVPR 2023 |',
      '| [Deep Incubation](https://arxiv.org/abs/2212.04129) | ICLR 2024 |',
    );
    expect(findings(text)).toEqual([
      {
        ruleId, severity: 'error', line: 3, column: 1, endLine: 4, endColumn: 68,
        message: "These 2 lines look like table rows but belong to no table, so GitHub shows plain text: they have no header and delimiter row ('| Title | Venue |' then '|---|---|') above them: add them, or join them to the table they belong to.",
      },
    ]);
  });

  it('a delimiter row with the wrong number of cells makes no table', () => {
    const text = md('| Title | Venue |', '|---|---|---|', '| [Deep Incubation](https://arxiv.org/abs/2212.04129) | ICLR 2024 |');
    expect(findings(text)).toEqual([
      {
        ruleId, severity: 'error', line: 1, column: 1, endLine: 3, endColumn: 68,
        message: "These 3 lines look like table rows but belong to no table, so GitHub shows plain text: the delimiter row does not have one '---' per header cell: give the header and the delimiter row the same number of cells.",
      },
    ]);
  });

  it('a link torn over three cells is one torn-link finding, not a cell count', () => {
    const row = '| [Policy Stitching | Learning Transferable | Robot Policies](https://arxiv.org/abs/2309.13753) | CoRL 2023 |';
    expect(findings(md('| Title | Venue |', '|---|---|', row))).toEqual([
      {
        ruleId, severity: 'error', line: 3, column: 3, endLine: 3, endColumn: 96,
        message: "two '|' inside the link text split the link over three cells: remove the '|' from the link text or write it as '\\|'.",
      },
    ]);
  });

  it('accepts tables indented by up to 3 spaces and rows in comments, code spans and code blocks', () => {
    const text = md(
      '<!-- | [Old](https://arxiv.org/abs/1706.05806) | N/A | -->',
      '',
      '    | an indented code block | 4 spaces |',
      '',
      '  | Title | Venue |',
      '  |---|---|',
      '  | [SVCCA](https://arxiv.org/abs/1706.05806) | NeurIPS 2017 |',
    );
    expect(findings(text)).toEqual([]);
  });

  describe('inline comments', () => {
    const orphan = '| [Deep Incubation](https://arxiv.org/abs/2212.04129) | ICCV 2023 |';

    it('disable-next-line silences the line after the comment', () => {
      const text = md('Intro.', '', '<!-- lint-list-disable-next-line row-format -->', orphan);
      expect(findings(text)).toEqual([]);
    });

    it('disable-next-line naming another rule does not', () => {
      const text = md('Intro.', '', '<!-- lint-list-disable-next-line missing-venue -->', orphan);
      expect(findings(text)).toEqual([{ ruleId, severity: 'error', line: 4, column: 1, endLine: 4, endColumn: 68, message: noTable }]);
    });

    it('disable-line inside the row silences that row only', () => {
      const text = md(
        '| Title | Venue |',
        '|-------|-------|',
        '| [SVCCA](https://arxiv.org/abs/1706.05806) | NeurIPS 2017 <!-- lint-list-disable-line row-format -->',
        '| [Deep Incubation](https://arxiv.org/abs/2212.04129) | ICCV 2023',
        // The table's habit: its other rows end with a pipe.
        '| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 |',
        '| [B Paper](https://arxiv.org/abs/2101.00002) | ICML 2021 |',
        '| [C Paper](https://arxiv.org/abs/2101.00003) | ICML 2021 |',
      );
      expect(findings(text)).toEqual([
        { ruleId, severity: 'warning', line: 4, column: 66, endLine: 4, endColumn: 66, message: noTrailingPipe },
      ]);
    });

    it('disable … enable silences the lines between', () => {
      const text = md(
        '<!-- lint-list-disable row-format -->',
        '',
        '| Title | Venue |',
        '|-------|-------|',
        '[SVCCA](https://arxiv.org/abs/1706.05806) | NeurIPS 2017 |',
        '',
        '<!-- lint-list-enable row-format -->',
        '',
        '| Title | Venue |',
        '|-------|-------|',
        '[Deep Incubation](https://arxiv.org/abs/2212.04129) | ICCV 2023 |',
        '| [A Paper](https://arxiv.org/abs/2101.00001) | ICML 2021 |',
        '| [B Paper](https://arxiv.org/abs/2101.00002) | ICML 2021 |',
      );
      expect(findings(text)).toEqual([
        { ruleId, severity: 'warning', line: 11, column: 1, endLine: 11, endColumn: 2, message: noLeadingPipe },
      ]);
    });
  });
});
