import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { lintText } from '../../src/engine/lint.js';
import { assignColumns, defaultColumnNames, normalizeHeader } from '../../src/parse/columns.js';

const md = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('normalizeHeader', () => {
  it.each([
    ['Title', 'title'],
    ['**Venue**', 'venue'],
    ['Paper', 'paper'],
    ['Paper Title', 'paper title'],
    ['Name', 'name'],
    ['Conference/Journal', 'conference journal'],
    ['Publication', 'publication'],
    ['Pub. & Date', 'pub date'],
    ['**Pub. & Date**', 'pub date'],
    ['Link(s)', 'links'],
    ['PDF', 'pdf'],
    ['Materials', 'materials'],
    ['  Paper   Title ', 'paper title'],
    ['Ｔｉｔｌｅ', 'title'],
  ])('%j → %j', (header, normalized) => {
    expect(normalizeHeader(header)).toBe(normalized);
  });
});

describe('assignColumns', () => {
  const assign = (headers: string[]) => assignColumns(headers, defaultColumnNames);

  it('Title and **Venue**', () => {
    expect(assign(['Title', '**Venue**'])).toEqual({ columns: ['title', 'venue'], titleColumn: 0, venueColumn: 1, linkColumns: [] });
  });

  it('"Paper" is the title when there is no Title column', () => {
    expect(assign(['Paper', 'Conference/Journal', 'Link(s)'])).toEqual({
      columns: ['title', 'venue', 'link'], titleColumn: 0, venueColumn: 1, linkColumns: [2],
    });
  });

  it('"Paper" holds the link when a Title column exists, before or after it', () => {
    expect(assign(['Title', 'Paper', 'Venue'])).toEqual({ columns: ['title', 'link', 'venue'], titleColumn: 0, venueColumn: 2, linkColumns: [1] });
    expect(assign(['Paper', 'Title', 'Venue'])).toEqual({ columns: ['link', 'title', 'venue'], titleColumn: 1, venueColumn: 2, linkColumns: [0] });
  });

  it('Paper Title, Publication, PDF and Materials', () => {
    expect(assign(['Paper Title', 'Publication', 'PDF', 'Materials'])).toEqual({
      columns: ['title', 'venue', 'link', 'link'], titleColumn: 0, venueColumn: 1, linkColumns: [2, 3],
    });
  });

  it('Name and Pub. & Date; an unknown header is "other"', () => {
    expect(assign(['Name', 'Pub. & Date', 'Code'])).toEqual({ columns: ['title', 'venue', 'other'], titleColumn: 0, venueColumn: 1, linkColumns: [] });
  });

  it('a table without a title column has titleColumn -1 and no link columns', () => {
    expect(assign(['Model', 'Venue', 'Link'])).toEqual({ columns: ['other', 'venue', 'other'], titleColumn: -1, venueColumn: 1, linkColumns: [] });
    expect(assign(['Dataset', 'Size', 'PDF'])).toEqual({ columns: ['other', 'other', 'other'], titleColumn: -1, venueColumn: -1, linkColumns: [] });
  });

  it('uses the names it is given', () => {
    const names = { title: ['Model'], venue: ['Where'], link: ['Code'] };
    expect(assignColumns(['Model', 'Where', 'Code', 'Title'], names)).toEqual({
      columns: ['title', 'venue', 'link', 'other'], titleColumn: 0, venueColumn: 1, linkColumns: [2],
    });
  });
});

describe('tables without a title column', () => {
  const text = md(
    '## Models',
    '',
    '| Model | Venue | Link |',
    '|-------|-------|------|',
    '| GPT-2 | N/A | [GPT-2] (https://openai.com/research/better-language-models) |',
    '| BERT | - | arxiv.org/abs/1810.04805',
    '| T5 | JMLR 2020 | [T5](https://arxiv.org/abs/1910.10683) |',
  );

  it('only row-format applies there', () => {
    const messages = lintText('README.md', text).messages.map(({ ruleId, severity, line, column, endLine, endColumn, message }) => ({ ruleId, severity, line, column, endLine, endColumn, message }));
    expect(messages).toEqual([
      {
        ruleId: 'row-format', severity: 'warning', line: 6, column: 38, endLine: 6, endColumn: 38,
        message: "Row has no trailing '|' while the table's other rows have one: add ' |' at the end of the line.",
      },
    ]);
  });

  it('the same table is a paper table once its first column is named a title column', () => {
    const config = parseConfig('{"columns":{"title":["Model"]}}', '.lint-list.json');
    const ruleIds = lintText('README.md', text, config).messages.map((m) => `${m.line}:${m.ruleId}`);
    expect(ruleIds).toEqual(['5:missing-venue', '5:link-syntax', '6:missing-venue', '6:link-syntax', '6:row-format']);
  });
});
