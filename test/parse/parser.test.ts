import { describe, expect, it, vi } from 'vitest';

/** Fresh copies of the parse modules, as a process that has not loaded remark sees them (setup.ts loaded the shared ones). */
async function freshModules() {
  vi.resetModules();
  const parser = await import('../../src/parse/parser.js');
  const build = await import('../../src/parse/build.js');
  return { ...parser, ...build };
}

describe('the markdown parser, loaded on demand', () => {
  it('is not there until it is loaded', async () => {
    const { loadedMarkdownParser, loadMarkdownParser } = await freshModules();
    expect(loadedMarkdownParser()).toBeUndefined();
    const parser = await loadMarkdownParser();
    expect(loadedMarkdownParser()).toBe(parser);
  });

  it('a list the line scan reads is built without loading it', async () => {
    const { buildModel, loadedMarkdownParser } = await freshModules();
    const model = await buildModel('list.md', '| Title | Venue |\n|---|---|\n| [A](https://a.example) | NeurIPS |\n');
    expect(model.tables).toHaveLength(1);
    expect(loadedMarkdownParser()).toBeUndefined();
  });

  it('loads the parser when the list needs it, and parses with it', async () => {
    const { loadedMarkdownParser, loadMarkdownParser } = await freshModules();
    const heading = (await loadMarkdownParser())('## Papers').children[0];
    expect(heading?.type === 'heading' ? heading.depth : undefined).toBe(2);
    expect(loadedMarkdownParser()).toBeDefined();
  });

  it('a model that needs remark builds only after the parser is loaded', async () => {
    const { buildModel, tryBuildModel, defaultModelOptions, loadedMarkdownParser } = await freshModules();
    // A pipe row inside a list item: the line scan leaves the document to remark.
    const text = '- item\n\n  | [A](https://a.example) | NeurIPS |\n';
    expect(tryBuildModel('list.md', text, defaultModelOptions, undefined)).toBeUndefined();
    expect(loadedMarkdownParser()).toBeUndefined();
    const model = await buildModel('list.md', text, defaultModelOptions);
    expect(loadedMarkdownParser()).toBeDefined();
    expect(model.tables).toEqual([]);
    // remark read the row as list-item text: a row outside any table.
    expect(model.orphans.map((block) => block.lines)).toEqual([['  | [A](https://a.example) | NeurIPS |']]);
  });
});
