import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of parser.ts, as a process that has not loaded remark sees it (setup.ts loaded the shared one). */
async function freshParserModule() {
  vi.resetModules();
  return import('../../src/parse/parser.js');
}

describe('the markdown parser, loaded on demand', () => {
  it('is not there until it is loaded, and says how to load it', async () => {
    const { markdownParser, MarkdownParserNotLoaded } = await freshParserModule();
    expect(() => markdownParser()).toThrow(MarkdownParserNotLoaded);
    expect(() => markdownParser()).toThrow('the markdown parser is not loaded: await loadMarkdownParser() or use withMarkdownParser() first');
  });

  it('withMarkdownParser runs work that needs no parser once, without loading it', async () => {
    const { markdownParser, withMarkdownParser, MarkdownParserNotLoaded } = await freshParserModule();
    let runs = 0;
    expect(await withMarkdownParser(() => ++runs)).toBe(1);
    expect(runs).toBe(1);
    expect(() => markdownParser()).toThrow(MarkdownParserNotLoaded);
  });

  it('withMarkdownParser loads the parser and runs work that needs it a second time', async () => {
    const { markdownParser, withMarkdownParser } = await freshParserModule();
    let runs = 0;
    const depth = await withMarkdownParser(() => {
      runs += 1;
      const heading = markdownParser()('## Papers').children[0];
      return heading?.type === 'heading' ? heading.depth : undefined;
    });
    expect(depth).toBe(2);
    expect(runs).toBe(2);
  });

  it('withMarkdownParser passes on other errors without loading the parser', async () => {
    const { markdownParser, withMarkdownParser, MarkdownParserNotLoaded } = await freshParserModule();
    await expect(
      withMarkdownParser(() => {
        throw new RangeError('not about the parser');
      }),
    ).rejects.toThrow(RangeError);
    expect(() => markdownParser()).toThrow(MarkdownParserNotLoaded);
  });

  it('a model that needs remark builds only after the parser is loaded', async () => {
    const { withMarkdownParser, MarkdownParserNotLoaded } = await freshParserModule();
    const { buildModel } = await import('../../src/parse/markdown.js');
    const { defaultConfig } = await import('../../src/config/config.js');
    // A pipe row inside a list item: the line scan leaves the document to remark.
    const text = '- item\n\n  | [A](https://a.example) | NeurIPS |\n';
    const columns = defaultConfig().columns;
    expect(() => buildModel('list.md', text, columns)).toThrow(MarkdownParserNotLoaded);
    const model = await withMarkdownParser(() => buildModel('list.md', text, columns));
    expect(model.tables).toEqual([]);
    // remark read the row as list-item text: a row outside any table.
    expect(model.orphans.map((block) => block.lines)).toEqual([['  | [A](https://a.example) | NeurIPS |']]);
  });
});
