import { describe, expect, it } from 'vitest';
import { defaultModelOptions, tryBuildModel } from '../../src/parse/build.js';
import { defaultColumnNames } from '../../src/parse/columns.js';
import { fastModel, needsParser, type ScannedDocument } from '../../src/parse/fast-model.js';
import type { ListModel } from '../../src/parse/model.js';
import { loadedMarkdownParser, type MarkdownParser } from '../../src/parse/parser.js';

// What a hostile pull request can put in a table (issue 11): cells remark takes minutes on are read
// by the line scan, in time linear in their size by construction (no wall times asserted here: the
// figures are bench/hostile/run.mjs's), and what remark is still given stays small.

const parseMarkdown = loadedMarkdownParser() as MarkdownParser;
const table = (...rows: string[]) => `| Title | Venue |\n|---|---|\n${rows.join('\n')}\n`;
/** A parser that must not be called. */
const noRemark: MarkdownParser = () => {
  throw new Error('remark was asked to read this');
};
const scan = (text: string, parser: MarkdownParser = noRemark) => fastModel(text, defaultColumnNames, parser) as ScannedDocument;
const remarkModel = (text: string) => tryBuildModel('x.md', text, { ...defaultModelOptions, parser: 'remark' }, parseMarkdown) as ListModel;
const cells = (model: Pick<ListModel, 'tables'>) => model.tables.map((t) => [t.header, ...t.rows].map((row) => row.cells));

describe('pathological cells are read by the line scan, never by remark', () => {
  const shapes: Array<[string, (n: number) => string]> = [
    ['`*a_` repeated', (n) => '*a_'.repeat(n)],
    ['`<!--` repeated', (n) => '<!--'.repeat(n)],
    ['`[a` then `](u)` repeated', (n) => `${'[a'.repeat(n)}${'](u)'.repeat(n)}`],
    ['`**a` then `a**` repeated (nested)', (n) => `${'**a '.repeat(n)}x${' a**'.repeat(n)}`],
    ['unmatched backtick runs of every length', (n) => Array.from({ length: n }, (_, i) => `${'`'.repeat(1 + (i % 40))}x`).join('')],
    ['link targets that never close', (n) => '[a](b'.repeat(n)],
    ['trailing punctuation after addresses', (n) => `https://example.org/a${'.,;:!?'.repeat(n)}`],
  ];

  it.each(shapes)('%s: as remark reads it when small', (_name, make) => {
    const text = table(`| ${make(40)} | x |`);
    expect(cells(scan(text))).toEqual(cells(remarkModel(text)));
  });

  it.each(shapes)('%s: read without remark when large (the issue’s 180 KB and more)', (_name, make) => {
    const cell = make(60_000);
    const model = scan(table(`| [Title](https://arxiv.org/abs/2101.00001) | ${cell} |`));
    expect(model.tables).toHaveLength(1);
    expect(model.tables[0]?.rows[0]?.cells[1]?.raw).toBe(cell);
  });

  it('emphasis nested 200 deep: the bounded fallback reads it as text (remark’s tree would overflow the stack)', () => {
    const cell = `${'*a '.repeat(200)}x${' a*'.repeat(200)}`;
    const model = scan(table(`| [Title](https://arxiv.org/abs/2101.00001) | ${cell} |`));
    expect(model.tables[0]?.rows[0]?.cells[1]?.text).toBe(cell.replace(/\s+/g, ' '));
    expect(model.tables[0]?.rows[0]?.cells[0]?.links).toHaveLength(1);
  });

  it('a cell longer than 262,144 characters is read as text, the rest of its row as usual', () => {
    const cell = `${'[x](u) '.repeat(40_000)}end`;
    const model = scan(table(`| [Title](https://arxiv.org/abs/2101.00001) | ${cell} |`));
    const row = model.tables[0]?.rows[0];
    expect(row?.cells[1]?.links).toEqual([]);
    expect(row?.cells[1]?.text).toBe(cell.trim());
    expect(row?.cells[0]?.links.map((link) => link.url)).toEqual(['https://arxiv.org/abs/2101.00001']);
  });
});

describe('remark reads only the rows the scan cannot, and only small ones', () => {
  // The scan leaves a link target with an unknown character reference to remark.
  const needsRemark = (i: number) => `| [Paper ${i}](https://x.org/?a&foo;b) | NeurIPS 2021 |`;
  const plain = (i: number) => `| [Paper ${i}](https://arxiv.org/abs/2101.${String(i).padStart(5, '0')}) | NeurIPS 2021 |`;

  it('gives remark each such row under the table header, a few hundred rows at a time, and builds remark’s model', () => {
    const rows = Array.from({ length: 700 }, (_, i) => (i % 2 === 0 ? needsRemark(i) : plain(i)));
    const text = `# Papers\n\n${table(...rows)}`;
    const calls: string[] = [];
    const model = scan(text, (markdown) => {
      calls.push(markdown);
      return parseMarkdown(markdown);
    });
    expect(calls.length).toBe(2);
    for (const call of calls) {
      const lines = call.split('\n');
      expect(lines.slice(0, 2)).toEqual(['| Title | Venue |', '|---|---|']);
      expect(lines.slice(2).every((line) => line.includes('&foo;'))).toBe(true);
    }
    expect(cells(model)).toEqual(cells(remarkModel(text)));
  });

  it('reads a long row the scan cannot read exactly with the bounded fallback, not remark', () => {
    const long = `| [Paper](https://x.org/?a&foo;b) | ${'*a_'.repeat(4000)} |`;
    const model = scan(table(plain(1), long));
    const row = model.tables[0]?.rows[1];
    expect(row?.cells).toHaveLength(2);
    expect(row?.cells[0]?.links.map((link) => link.url)).toEqual(['https://x.org/?a&foo;b']);
  });

  it('answers needsParser, not a guess, when a short row needs remark and none is loaded', () => {
    expect(fastModel(table(needsRemark(1)), defaultColumnNames, undefined)).toBe(needsParser);
  });
});
