import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/config.js';

/** Issue 14: `metadata.sources.dblp` (with its `budget`) and `metadata.sources.semanticScholar` in .lint-list.json. */

const configWith = (sources: string) => `{\n  "metadata": {\n    "sources": ${sources}\n  }\n}`;

describe('the new sources in the metadata section', () => {
  test('DBLP and Semantic Scholar take url, interval and concurrency; DBLP a budget too', () => {
    const config = parseConfig(
      configWith('{\n      "dblp": { "url": "https://dblp.uni-trier.de/search/publ/api", "interval": 2500, "concurrency": 1, "budget": 120 },\n      "semanticScholar": { "url": "https://s2.example.org/graph/v1", "interval": 1000 }\n    }'),
      '.lint-list.json',
    );
    expect(config.metadata.sources).toStrictEqual({
      dblp: { url: 'https://dblp.uni-trier.de/search/publ/api', interval: 2500, concurrency: 1, budget: 120 },
      semanticScholar: { url: 'https://s2.example.org/graph/v1', interval: 1000 },
    });
  });

  test.each([0, 10_000])('a budget of %i is taken', (budget) => {
    expect(parseConfig(`{"metadata": {"sources": {"dblp": {"budget": ${budget}}}}}`, 'c.json').metadata.sources.dblp).toStrictEqual({ budget });
  });

  test.each([
    ['a budget above 10,000', '{ "dblp": { "budget": 10001 } }', 'c.json:3:38: metadata.sources.dblp.budget must be at most 10000 (searches), not 10001'],
    ['a negative budget', '{ "dblp": { "budget": -1 } }', 'c.json:3:38: metadata.sources.dblp.budget must be a whole number of at least 0, not -1'],
    ['a fractional budget', '{ "dblp": { "budget": 2.5 } }', 'c.json:3:38: metadata.sources.dblp.budget must be a whole number of at least 0, not 2.5'],
    ['a budget as a string', '{ "dblp": { "budget": "60" } }', 'c.json:3:38: metadata.sources.dblp.budget must be a whole number of at least 0, not "60"'],
    ['a budget on another source', '{ "crossref": { "budget": 5 } }', 'c.json:3:32: unknown key "budget" in metadata.sources.crossref; it takes "url", "interval", "concurrency"'],
    ['an unknown key of DBLP', '{ "dblp": { "hits": 5 } }', 'c.json:3:28: unknown key "hits" in metadata.sources.dblp; it takes "url", "interval", "concurrency", "budget"'],
    ['a DBLP url that is no http(s) URL', '{ "dblp": { "url": "dblp.org" } }', 'c.json:3:35: metadata.sources.dblp.url must be an http(s) URL'],
    ['a Semantic Scholar interval that is negative', '{ "semanticScholar": { "interval": -5 } }', 'c.json:3:51: metadata.sources.semanticScholar.interval must be a whole number of at least 0, not -5'],
    ['a Semantic Scholar concurrency of 0', '{ "semanticScholar": { "concurrency": 0 } }', 'c.json:3:54: metadata.sources.semanticScholar.concurrency must be a whole number of at least 1, not 0'],
    [
      'an API key in the config',
      '{ "semanticScholar": { "key": "abc" } }',
      'c.json:3:39: metadata.sources.semanticScholar.key is not read from the config: an API key does not belong in a committed file; set the S2_API_KEY environment variable (a secret in GitHub Actions)',
    ],
    ['a source that is no object', '{ "dblp": 60 }', 'c.json:3:26: metadata.sources.dblp must be an object with "url", "interval", "concurrency" or "budget"'],
    ['an unknown source', '{ "scholar": {} }', 'c.json:3:18: unknown source "scholar"; sources are "arxiv", "crossref", "doi", "openreview", "dblp", "semanticScholar"'],
    ['a source written twice', '{ "dblp": {}, "dblp": {} }', 'c.json:3:30: "dblp" is written twice here: keep one'],
  ])('%s is an error naming its place', (_name, sources, message) => {
    expect(() => parseConfig(configWith(sources), 'c.json')).toThrow(message);
  });
});
