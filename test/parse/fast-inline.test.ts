import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultModelOptions, tryBuildModel } from '../../src/parse/build.js';
import type { ListModel } from '../../src/parse/model.js';
import { loadedMarkdownParser, type MarkdownParser } from '../../src/parse/parser.js';

// The line scan's inline parser (src/parse/fast-inline.ts) against remark + remark-gfm, on cells,
// headings and block structure built from the characters markdown reads: whenever the scan answers
// without remark, its model is remark's.

const parseMarkdown = loadedMarkdownParser() as MarkdownParser;
/** The model the line scan builds alone (no parser given), or undefined where it needs remark. */
const scanned = (text: string) => tryBuildModel('x.md', text, defaultModelOptions, undefined);
const remark = (text: string) => tryBuildModel('x.md', text, { ...defaultModelOptions, parser: 'remark' }, parseMarkdown) as ListModel;
const shape = (model: ListModel) => ({
  tables: model.tables.map((table) => ({ ...table, start: table.start.line, end: table.end.line })),
  orphans: model.orphans,
  directives: model.directives,
  definitions: [...model.definitions].sort(),
});

/** Compares when the scan answers; tells whether it did. */
function sameAsRemark(text: string): boolean {
  const quick = scanned(text);
  if (!quick) return false;
  expect(shape(quick)).toEqual(shape(remark(text)));
  return true;
}

const pieces = (tokens: string[], maxLength: number) => fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength }).map((parts) => parts.join(''));

const inlineTokens = [
  '*', '**', '***', '_', '__', '~', '~~', '~~~', '[', ']', '(', ')', '![', '](', '](u)', '](<a b>)', '](u "t")', '](a(b)c)', 'a', 'b c', ' ', 'x',
  '`', '``', '<', '>', '<br>', '<br/>', '<!--', '-->', '<!-->', '&amp;', '&#65;', '&#x1F600;', '&nbsp;', '&lt;', '\\', '\\*', '\\`', '\\[', '\\|', '|',
  '<https://u.v>', '<a@b.cd>', '<a href="x">', '<a href=/x>', '</a>', '<mark>', '<img src="https://i.org/x.png">', '<?x?>', '<!X y>', '"', "'", '.',
  ',', '!', '?', '#', ':', ';', 'é', '✨', '🔥', '\t', '^', '[ref]', '[ref][]', '[Ref][ref]', '[t][ref]', '[^1]', '-', '+', '$', '{', '}',
  '[[PDF](https://x.org/a.pdf)]', '**[T](u)**', '[![b](i)](u)', ':sparkles:', '[cs.LG]',
  'RULER@128K. ', 'x@y.', '@a.b', 'a@b.co',
];
const urlTokens = [
  'https://', 'http://', 'HTTPS://', 'www.', 'WWW.', 'a', 'b', '.', '_', '-', '(', ')', '!', '?', '*', '~', '&amp;', '&x;', ']', '[', '<', '>', '/',
  ' ', ',', ':', ';', '"', "'", 'é', 'x.y', '](u)', '`', 'a.b', '1', '&',
];

describe('the inline parser reads cells as remark does', () => {
  it('on cells of markup characters (with and without a reference definition)', () => {
    let answered = 0;
    fc.assert(
      fc.property(pieces(inlineTokens, 24), fc.boolean(), (cell, withDefinition) => {
        const text = `| Title | Venue |\n|---|---|\n| ${cell} | x |\n${withDefinition ? '\n[ref]: https://r.example\n' : ''}`;
        if (sameAsRemark(text)) answered += 1;
      }),
      { numRuns: 4000, seed: 20261201 },
    );
    expect(answered).toBeGreaterThan(1600);
  }, 120_000);

  it('on cells around GFM literal autolinks', () => {
    let answered = 0;
    fc.assert(
      fc.property(pieces(urlTokens, 16), (cell) => {
        if (sameAsRemark(`| Title | Venue |\n|---|---|\n| ${cell} | x |\n`)) answered += 1;
      }),
      { numRuns: 2000, seed: 424242 },
    );
    expect(answered).toBeGreaterThan(600);
  }, 120_000);

  it('on setext headings over several lines', () => {
    const tokens = ['*', '**', '_', '~~', '[', ']', '](u)', '](\nu)', 'a', 'b c', ' ', '`', '``', '<br>', '<a\nhref="x">', '&amp;', '\\', '\\*', '[ref]', '[x][\nref]', '\n', '  \n', '\\\n', '\n  ', '.', 'https://x.org', 'é'];
    let answered = 0;
    fc.assert(
      fc.property(pieces(tokens, 12), fc.boolean(), (content, withDefinition) => {
        const text = `H${content}Z\n---\n\n| Title | Venue |\n|---|---|\n| x | y |\n${withDefinition ? '\n[ref]: https://r.example\n' : ''}`;
        if (sameAsRemark(text)) answered += 1;
      }),
      { numRuns: 2000, seed: 7 },
    );
    expect(answered).toBeGreaterThan(1000);
  }, 120_000);

  it('on lines of lists, quotes, fences, HTML, definitions and tables in any order', () => {
    const lines = [
      '', '', 'text', 'more *em*', '  indented', '    code', '---', '***', '- - -', '===', '-', '>', '> q', '>>> x', '- item', '- item | a', '* star', '1. one',
      '2) two', '10. ten', '  - sub', '  > inner', '> - qi', '- > iq', '| Title | Venue |', '|---|---|', '| [A](u) | B |', 'x | y', '# H', '## H2 [l](u)',
      '<div>', '</div>', '<details>', '<img src=x>', '<!-- c -->', '```', '~~~', '```js', '  ```', '``` a`b', '- ```', '> ```', '[r]: https://x "t"',
      "[s]: https://x 'u'", '[t]: https://x "open', '- [a](#a) | [b](#b)', '  ---', ' ---', 'Title\\', '<br>',
    ];
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { minLength: 2, maxLength: 12 }), (chosen) => {
        const text = `${chosen.join('\n')}\n\n| Title | Venue |\n|---|---|\n| x | y |\n`;
        if (sameAsRemark(text)) answered += 1;
      }),
      { numRuns: 4000, seed: 99 },
    );
    expect(answered).toBeGreaterThan(1500);
  }, 120_000);
});

describe('the shapes paper lists write are read without remark, as remark reads them', () => {
  it.each([
    ['brackets around links', '| [Title](https://arxiv.org/abs/2101.00001) | [[PDF](https://x.org/a.pdf)] [[CODE](https://github.com/a/b)] |'],
    ['links inside emphasis', '| **[Title](https://arxiv.org/abs/2101.00001)** | _[Paper](https://x.org)_ |'],
    ['badges inside links', '| [![Star](https://img.shields.io/github/stars/a/b.svg?style=social&label=Star)](https://github.com/a/b) | x |'],
    ['<br> and HTML', '| Title<br>*A. Author* | <img width="300" alt="image" src="https://user-images.example.com/x.png"> <mark>new</mark> |'],
    ['HTML entities', '| Theory &amp; Practice &#8211; &lt;1MB | x |'],
    ['emoji', '| 🔥**[Title](https://arxiv.org/abs/2101.00001)** ✨ | :sparkles: ```LLM``` :sparkles: |'],
    ['inline code', '| `CVPR` | [Title with `code`](https://arxiv.org/abs/2101.00001) |'],
    ['underscore emphasis and snake_case', '| _NeurIPS_ | seg_every_thing __bold__ |'],
    ['tildes', '| ~80K clips | ~~gone~~ |'],
    ['empty link targets', '| [Paper]() | [[code]]() |'],
    ['a space between ] and (', '| [Title] (https://arxiv.org/abs/2101.00001) | NeurIPS 2021 |'],
    ['parentheses in a target', '| [Paper](https://www.cell.com/fulltext/S2666-6758(25)00044-X) | x |'],
    ['an inline directive', '| Title | TBA <!-- lint-list-disable-line missing-venue --> |'],
    ['an escaped pipe', '| a \\| b | x |'],
    ['rows of pipes alone', '|\n ||\n| |\n|  |\n| a | b |'],
  ])('%s', (_name, row) => {
    const text = `| Title | Venue |\n|---|---|\n${row}\n`;
    expect(sameAsRemark(text)).toBe(true);
    expect(sameAsRemark(text.replaceAll('\n', '\r\n'))).toBe(true);
  });
});
