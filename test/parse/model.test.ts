import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { defaultModelOptions, tryBuildModel } from '../../src/parse/build.js';
import type { ListModel } from '../../src/parse/model.js';
import { loadedMarkdownParser } from '../../src/parse/parser.js';

const modelOf = (path: string, text: string) => tryBuildModel(path, text, defaultModelOptions, loadedMarkdownParser()) as ListModel;

const messy = readFileSync(new URL('../fixtures/lists/messy-real-world.md', import.meta.url), 'utf8');

describe('the table model', () => {
  const model = modelOf('messy.md', messy);

  it('finds every table with its section path and column roles', () => {
    expect(
      model.tables.map((t) => ({ section: t.section, header: t.header.cells.map((c) => c.text), columns: t.columns, rows: t.rows.length })),
    ).toEqual([
      { section: ['Awesome Model Merging', 'Surveys'], header: ['Paper', 'Publication', 'Code'], columns: ['title', 'venue', 'other'], rows: 2 },
      { section: ['Awesome Model Merging', 'Methods', 'Weight averaging'], header: ['Title', 'Paper', 'Pub. & Date'], columns: ['title', 'link', 'venue'], rows: 3 },
      { section: ['Awesome Model Merging', 'Methods', 'Alignment-based'], header: ['Name', 'Conference/Journal', 'Link(s)'], columns: ['title', 'venue', 'link'], rows: 3 },
      { section: ['Awesome Model Merging', 'Tools'], header: ['Tool', 'Description', 'Stars'], columns: ['other', 'other', 'other'], rows: 2 },
      { section: ['Awesome Model Merging', 'Tools'], header: ['Quoted', 'Table'], columns: ['other', 'other'], rows: 1 },
    ]);
  });

  it('reads cells: visible text without badges or <br>, the raw source, positions and links', () => {
    const survey = model.tables[0]?.rows[0];
    const title = survey?.cells[0];
    expect(survey?.line).toBe(16);
    expect(title?.text).toBe('Model Merging in LLMs, MLLMs, and Beyond: Methods, Theories, Applications and Opportunities Enneng Yang, Li Shen, et al.');
    expect(title?.start).toEqual({ line: 16, column: 3, offset: messy.split('\n').slice(0, 15).join('\n').length + 3 });
    expect(title?.raw.startsWith('**[Model Merging in LLMs')).toBe(true);
    expect(title?.raw.endsWith('Li Shen, et al.')).toBe(true);
    expect(title?.links).toEqual([
      {
        url: 'https://arxiv.org/abs/2408.07666',
        text: 'Model Merging in LLMs, MLLMs, and Beyond: Methods, Theories, Applications and Opportunities',
        start: expect.objectContaining({ line: 16, column: 5 }),
        end: expect.objectContaining({ line: 16, column: 132 }),
      },
    ]);
    const badgeCell = model.tables[0]?.rows[1]?.cells[0];
    expect(badgeCell?.text).toBe("Arcee's MergeKit: A Toolkit for Merging Large Language Models");
  });

  it('reads indented tables (up to 3 spaces) with the right columns', () => {
    const row = model.tables[1]?.rows[0];
    expect(row?.line).toBe(25);
    expect(row?.cells[0]?.start.column).toBe(5);
    expect(row?.cells[1]?.links.map((l) => l.url)).toEqual(['https://arxiv.org/abs/2203.05482']);
  });

  it('a messy but correct real-world list has no errors and no warnings', () => {
    expect(lintText('messy.md', messy).messages).toEqual([]);
  });
});

describe('what is never a row', () => {
  it('rows inside HTML comments, code spans and code blocks', () => {
    const text = [
      '| Title | Venue |',
      '|---|---|',
      '| [A](https://arxiv.org/abs/2101.00001) | ICML 2021 |',
      '',
      '<!--',
      '| [B] (https://arxiv.org/abs/2101.00002) | N/A |',
      '| Title | Venue |',
      '-->',
      '',
      '```',
      '| [A](https://arxiv.org/abs/2101.00001) | N/A |',
      '```',
      '',
      '    | indented code | N/A |',
      '',
      'Inline: `| x | y |` is code.',
      '`| a | b |`',
      '',
    ].join('\n');
    expect(lintText('x.md', text).messages).toEqual([]);
  });

  it('lists without a venue column get no missing-venue, titles with a link column no missing-link', () => {
    const text = '| Title | Link |\n|---|---|\n| Deep Learning | [PDF](https://www.nature.com/articles/nature14539) |\n| Adam | [arXiv](https://arxiv.org/abs/1412.6980) |\n';
    expect(lintText('x.md', text).messages).toEqual([]);
  });
});
