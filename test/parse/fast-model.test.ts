import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { lintModel } from '../../src/engine/lint.js';
import { defaultColumnNames } from '../../src/parse/columns.js';
import { defaultModelOptions, tryBuildModel } from '../../src/parse/build.js';
import { fastModel, needsParser } from '../../src/parse/fast-model.js';
import type { ListModel } from '../../src/parse/model.js';
import { loadedMarkdownParser, type MarkdownParser } from '../../src/parse/parser.js';
import { repoRoot, unirepsDir } from '../helpers/paths.js';

const wildDir = `${unirepsDir}../wild/`;

/** Everything of a model the rules read (cells with their neutral inline spans). */
function shape(model: ListModel) {
  return {
    tables: model.tables.map((table) => ({ ...table, start: table.start.line, end: table.end.line })),
    directives: model.directives,
    definitions: [...model.definitions].sort(),
  };
}

const parseMarkdown = loadedMarkdownParser() as MarkdownParser;
/** The line scan's model, or undefined where it leaves the document to remark. */
const fast = (text: string) => {
  const scanned = fastModel(text, defaultColumnNames, parseMarkdown);
  return scanned === undefined || scanned === needsParser ? undefined : tryBuildModel('x.md', text, defaultModelOptions, parseMarkdown);
};
const full = (text: string) => tryBuildModel('x.md', text, { ...defaultModelOptions, parser: 'remark' }, parseMarkdown) as ListModel;

/** The fast model, when it answers, equals remark's, and so do the findings. */
function expectSameAsRemark(text: string): boolean {
  const quick = fast(text);
  if (!quick) return false;
  const reference = full(text);
  expect(shape(quick)).toEqual(shape(reference));
  expect(lintModel(quick, defaultConfig()).messages).toEqual(lintModel(reference, defaultConfig()).messages);
  return true;
}

const fixtures = (): Array<[string, string]> => {
  const history = readdirSync(`${unirepsDir}history`).filter((f) => f.endsWith('.md')).map((f): [string, string] => [`history/${f}`, `${unirepsDir}history/${f}`]);
  const rules = readdirSync(`${repoRoot}test/fixtures/rules`).flatMap((rule) =>
    ['bad.md', 'good.md'].map((f): [string, string] => [`rules/${rule}/${f}`, `${repoRoot}test/fixtures/rules/${rule}/${f}`]),
  );
  const wild = readdirSync(wildDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(`${wildDir}${entry.name}`).filter((f) => /^README\..+\.md$/.test(f)).map((f): [string, string] => [`wild/${entry.name}/${f}`, `${wildDir}${entry.name}/${f}`]));
  return [
    ['unireps/README.md', `${unirepsDir}README.md`],
    ...wild,
    ['examples/README.md', `${repoRoot}examples/README.md`],
    ['lists/messy-real-world.md', `${repoRoot}test/fixtures/lists/messy-real-world.md`],
    ...history,
    ...rules,
  ];
};

describe('the fast model equals the remark model', () => {
  it.each(fixtures())('%s (and in CRLF)', (_name, path) => {
    const text = readFileSync(path, 'utf8');
    expectSameAsRemark(text);
    expectSameAsRemark(text.replaceAll('\n', '\r\n'));
  });

  it('reads at least 95% of the tables of the wild lists without remark', () => {
    let tables = 0;
    let read = 0;
    for (const [, path] of fixtures().filter(([name]) => name.startsWith('wild/'))) {
      const text = readFileSync(path, 'utf8');
      let whole = false;
      const counted: string[] = [];
      fastModel(text, defaultColumnNames, parseMarkdown, {
        document: () => (whole = true),
        table: (_start, _end, reader) => counted.push(reader),
      });
      const all = whole ? full(text).tables.map(() => 'remark') : counted;
      tables += all.length;
      read += all.filter((reader) => reader !== 'remark').length;
    }
    expect(tables).toBeGreaterThan(700);
    expect(read / tables).toBeGreaterThanOrEqual(0.95);
  });

  it('answers for the UniReps list and its history (no fallback to a full parse)', () => {
    expect(fast(readFileSync(`${unirepsDir}README.md`, 'utf8'))).toBeDefined();
    for (const name of readdirSync(`${unirepsDir}history`).filter((f) => f.endsWith('.md'))) {
      const text = readFileSync(`${unirepsDir}history/${name}`, 'utf8');
      const answered = fast(text) !== undefined;
      // Only versions with a line that looks like a row outside a table need the full parse.
      expect(answered || text.split('\n').some((line) => /^\s*[^|\s].*\|/.test(line) || /^\s*\|/.test(line))).toBe(true);
    }
  });

  const cell = fc.constantFrom(
    'Plain title', 'NeurIPS 2023', 'N/A', 'arXiv [cs.LG]', 'arXiv [cs. LG]', '[Title](https://arxiv.org/abs/2101.00001)',
    '**[Bold Title](https://arxiv.org/abs/2101.00002)**', '**Bold** text', 'a **b** c', '[![Stars](https://img.shields.io/x.svg)](https://github.com/a/b)',
    '![badge](https://img.shields.io/badge/CoRL-2023-blue)', 'Title <br> Authors', 'x<br/>y', 'Theory & Practice', '[Title] (https://arxiv.org/abs/1)',
    '[Title(https://arxiv.org/abs/1)]', '[x]()', '`code | span`', 'snake_case', '~~gone~~', 'https://bare.example.org/x', 'www.example.org', 'me@example.org',
    '[ref]', '[Ref][ref]', '[other]', '[Other Title]', 'Title<br>*C. Okafor et al.*', 'a *b* c', '**a** *b*', '*a**b*', 'x*y*z', '* lone', '*[T](u)*', '***x***', '&amp; entity', 'a \\| escaped', '<!-- lint-list-disable-line missing-venue -->', '<span>html</span>', '**unclosed', '*em*', '_em_',
    '[**Bold link**](https://x.org)', '[a](https://x.org/a_b~c@d)', '[Title](https://x.org "title")', '[Title]( https://x.org )', '[[nested](a)](b)', '(parens) [x]', '',
    '１２３ ｜ fullwidth', 'ÜBER Größe', '[cs.ML]', '[1]', '[^1]', 'Proc. ACL!', '![alt](u) tail', '**[![b](i)](u)**',
  );
  const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => `| ${cells.join(' | ')} |`);
  const block = fc.oneof(
    fc.tuple(fc.constantFrom('| Title | Venue |', '| Paper | Link | Conference |', '| Name | Description |', '  | Title | Venue |'), fc.array(row, { maxLength: 5 })).map(
      ([header, rows]) => `${header}\n${header.replace(/[^|]+/g, (m) => (m.trim() ? '---' : m)).replace(/\| \|/g, '|---|')}\n${rows.join('\n')}`,
    ),
    fc.constantFrom(
      '# Heading', '## Section [![badge](i)](u)', '### Sub **bold**', 'Setext\n===', 'Paragraph text.', 'Paragraph with | pipe.', '- item', '- item\n  continued',
      '> quote', '> | a | b |', '```\n| a | b |\n```', '<!--\n| a | b |\n-->', '<!-- lint-list-disable missing-venue -->', '<!-- lint-list-enable -->', '<div>\n\n</div>',
      '<details>', '    | indented | code |', '[ref]: https://example.org', '[other]: https://example.org/2\n[ref]: https://example.org', '***', '| orphan | row |', '1. ordered', 'text\n| a | b |\n|---|---|\n| c | d |',
    ),
  );
  const document = fc.array(block, { minLength: 1, maxLength: 8 }).chain((blocks) =>
    fc.array(fc.constantFrom('\n', '\n\n'), { minLength: blocks.length, maxLength: blocks.length }).map((gaps) => blocks.map((b, i) => b + gaps[i]).join('')),
  );

  it('on thousands of generated documents, whenever the fast model answers', () => {
    let answered = 0;
    fc.assert(
      fc.property(document, (text) => {
        if (expectSameAsRemark(text)) answered += 1;
      }),
      { numRuns: 4000, seed: 20261127 },
    );
    // The fast model must answer for a good share of them, or it would test nothing.
    expect(answered).toBeGreaterThan(300);
  }, 120_000);

  it('on random edits of the real lists, whenever the fast model answers', () => {
    const texts = readdirSync(`${unirepsDir}history`)
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(`${unirepsDir}history/${f}`, 'utf8'))
      .filter((t) => t.length > 1000);
    const snippet = fc.constantFrom(
      '|', '| ', '[', ']', '](', '**', '<br>', '<!--', '-->', '\n', '\n\n', '# ', '- ', '> ', '    ', '`', '\\', '_', '[x]: http://a\n',
      '｜', '---', '\n|---|---|\n', ' ', '&amp;', 'https://x.org', '!', '(', ')', '\t', '\r', '\n| a | b |\n', '<span>', '\n\n| x |\n',
    );
    const edits = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), snippet), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.nat(texts.length - 1), edits, (which, changes) => {
        let text = texts[which] as string;
        for (const [where, insert] of changes) {
          const at = Math.floor(where * text.length);
          text = text.slice(0, at) + insert + text.slice(at);
        }
        expectSameAsRemark(text);
      }),
      { numRuns: 400, seed: 424242 },
    );
  }, 120_000);
});
