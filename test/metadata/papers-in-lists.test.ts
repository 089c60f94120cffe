import { afterEach, describe, expect, test } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { lintModel, lintText, modelOptionsOf } from '../../src/engine/lint.js';
import type { Facts, PaperFact } from '../../src/facts.js';
import { gatherPaperFacts, paperKeysOf } from '../../src/metadata/gather.js';
import { emptyPaperCache } from '../../src/metadata/cache.js';
import { buildModel } from '../../src/parse/build.js';
import { startArxivFake, startOpenReviewFake, type MetadataFake } from '../servers/metadata-fakes.js';
import { fakeOptions } from './helpers.js';

/** Paper facts gathered for parsed lists, and what dead-link and title-mismatch make of them. */

const running: MetadataFake[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((fake) => fake.close()));
});
async function started(fake: Promise<MetadataFake>): Promise<MetadataFake> {
  const ready = await fake;
  running.push(ready);
  return ready;
}

const md = (...rows: string[]) => `| Title | Venue |\n|---|---|\n${rows.join('\n')}\n`;
const model = (text: string) => buildModel('README.md', text, modelOptionsOf(defaultConfig()));
const messages = (text: string, facts: Facts, ruleId: string) =>
  lintText('README.md', text, undefined, facts)
    .messages.filter((m) => m.ruleId === ruleId)
    .map((m) => `${m.line}:${m.column} ${m.severity} ${m.message}`);

/** An Atom feed holding the given versions' entries, complete. */
function versionsFeed(entries: Array<{ id: string; title: string }>): string {
  return (
    `<?xml version='1.0' encoding='UTF-8'?>\n<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">\n` +
    `  <id>https://arxiv.org/api/x</id>\n  <title>arXiv Query</title>\n  <updated>2026-01-01T00:00:00Z</updated>\n` +
    `  <opensearch:itemsPerPage>${entries.length}</opensearch:itemsPerPage>\n  <opensearch:totalResults>${entries.length}</opensearch:totalResults>\n  <opensearch:startIndex>0</opensearch:startIndex>\n` +
    entries.map((e) => `  <entry>\n    <id>http://arxiv.org/abs/${e.id}</id>\n    <title>${e.title}</title>\n    <published>2021-11-23T00:00:00Z</published>\n  </entry>\n`).join('') +
    `</feed>\n`
  );
}

describe('paper keys of a list', () => {
  test('each key once, from title and link columns, in document order; by kind and by changed line', async () => {
    const text = `| Title | Paper | Venue |\n|---|---|---|\n| [A](https://arxiv.org/abs/2110.14633) | [pdf](https://arxiv.org/pdf/2110.14633v2) | X |\n| B | [doi](https://doi.org/10.1000/B) | X |\n| [C](https://openreview.net/forum?id=abc) | | X |\n| [D](https://example.org/d) | | X |\n`;
    const list = await model(text);
    expect(paperKeysOf([list])).toStrictEqual(['arxiv:2110.14633', 'doi:10.1000/b', 'openreview:abc']);
    expect(paperKeysOf([list], { kinds: ['arxiv'] })).toStrictEqual(['arxiv:2110.14633']);
    expect(paperKeysOf([list], { select: ({ line }) => line === 5 })).toStrictEqual(['openreview:abc']);
  });
});

describe('renamed papers: the titles of earlier arXiv versions', () => {
  const current = 'Intriguing Findings of Frequency Selection for Image Deblurring';
  const old = 'Deep Residual Fourier Transformation for Single Image Deblurring';

  test('a row titled otherwise than a paper with several versions asks for the earlier titles, once, and is a warning', async () => {
    const arxiv = await started(startArxivFake({ records: [{ id: '2111.11745', title: current, version: 3 }] }));
    // The first answer is the fake's own; the second, the earlier versions' (the fake keeps one title).
    arxiv.failNext({ kind: 'delay', ms: 0 }, { kind: 'status', status: 200, contentType: 'application/atom+xml', body: versionsFeed([{ id: '2111.11745v1', title: old }, { id: '2111.11745v2', title: current }]) });
    const text = md(`| [${old}](https://arxiv.org/abs/2111.11745) | AAAI 2023 |`);
    const cache = emptyPaperCache();
    const facts: Facts = { papers: await gatherPaperFacts([await model(text)], fakeOptions({ arxiv }), cache) };
    expect(facts.papers?.get('arxiv:2111.11745')?.record?.earlierTitles).toStrictEqual([{ version: 1, title: old }]);
    expect(arxiv.requests.map((r) => new URLSearchParams(r.body).get('id_list'))).toStrictEqual(['2111.11745', '2111.11745v1,2111.11745v2']);
    expect(messages(text, facts, 'title-mismatch')).toStrictEqual([
      `3:3 warning arXiv 2111.11745 was renamed: this row has the title of its v1 ('${old}'); it is now '${current}'.`,
    ]);
    // The earlier titles are kept with the paper: the next run asks nothing.
    expect(cache.entries['arxiv:2111.11745']?.record.earlierTitles).toStrictEqual([{ version: 1, title: old }]);
    const asked = arxiv.requests.length;
    await gatherPaperFacts([await model(text)], fakeOptions({ arxiv }), cache);
    expect(arxiv.requests.length).toBe(asked);
  });

  test('rows titled as the paper is now ask nothing more', async () => {
    const arxiv = await started(startArxivFake({ records: [{ id: '2111.11745', title: current, version: 3 }] }));
    await gatherPaperFacts([await model(md(`| [${current}](https://arxiv.org/abs/2111.11745) | AAAI 2023 |`))], fakeOptions({ arxiv }));
    expect(arxiv.requests).toHaveLength(1);
  });
});

describe('dead-link with paper facts', () => {
  const rows = md(
    '| [A Paper](https://arxiv.org/abs/2110.99999) | ICML |',
    '| [A Note](https://openreview.net/forum?id=gone) | ICLR |',
    '| [Withdrawn Work](https://arxiv.org/pdf/1905.00414v1) | arXiv |',
    '| [Unverified](https://doi.org/10.1000/x) | J |',
  );
  const papers = new Map<string, PaperFact>([
    ['arxiv:2110.99999', { status: 'nonexistent', reason: 'arXiv has no paper 2110.99999' }],
    ['openreview:gone', { status: 'nonexistent', reason: 'OpenReview has no note gone' }],
    ['arxiv:1905.00414', { status: 'found', record: { source: 'arxiv', id: '1905.00414', title: 'Withdrawn Work', ids: { arxiv: '1905.00414' }, withdrawn: true, comment: 'This paper has been withdrawn by the author' } }],
    ['doi:10.1000/x', { status: 'unverified', reason: 'Crossref answered HTTP 503' }],
  ]);

  test('without link verdicts: nonexistent papers are errors, a withdrawn arXiv paper a warning, an unverified one nothing', () => {
    expect(messages(rows, { papers }, 'dead-link')).toStrictEqual([
      "3:3 error Link is dead (arXiv has no paper 2110.99999): https://arxiv.org/abs/2110.99999 — check the id, find the paper's current address (its arXiv, DOI or publisher page) and link that, or remove the row.",
      "4:3 error Link is dead (OpenReview has no note gone): https://openreview.net/forum?id=gone — check the id, find the paper's current address (its arXiv, DOI or publisher page) and link that, or remove the row.",
      "5:3 warning arXiv 1905.00414 was withdrawn by its authors ('This paper has been withdrawn by the author'): link a version that was not withdrawn or the published paper, or remove the row.",
    ]);
  });

  test('with link verdicts: a page that answered 200 for a nonexistent paper is dead still; a dead page is reported once', () => {
    const verdict = (url: string, v: 'alive' | 'dead') => [url, { url, verdict: v, status: v === 'dead' ? 404 : 200 }] as const;
    const links = {
      scope: 'tables' as const,
      verdicts: new Map([
        verdict('https://arxiv.org/abs/2110.99999', 'dead'),
        verdict('https://openreview.net/forum?id=gone', 'alive'),
        verdict('https://arxiv.org/pdf/1905.00414v1', 'alive'),
        verdict('https://doi.org/10.1000/x', 'alive'),
      ]),
    };
    expect(messages(rows, { links, papers }, 'dead-link').map((m) => m.split(/ — |: link a/)[0])).toStrictEqual([
      '3:3 error Link is dead (HTTP 404): https://arxiv.org/abs/2110.99999',
      '4:3 error Link is dead (OpenReview has no note gone): https://openreview.net/forum?id=gone',
      "5:3 warning arXiv 1905.00414 was withdrawn by its authors ('This paper has been withdrawn by the author')",
    ]);
  });

  test('end to end: an OpenReview id neither API holds is a dead link; the row of a real one is fine', async () => {
    const openreview = await started(startOpenReviewFake({ version: 'v2', records: [{ id: 'real', title: 'A Real Note' }] }));
    const openreviewV1 = await started(startOpenReviewFake({ version: 'v1', records: [] }));
    const text = md('| [A Real Note](https://openreview.net/forum?id=real) | ICLR |', '| [Gone](https://openreview.net/pdf?id=gone) | ICLR |');
    const list = await model(text);
    const facts: Facts = { papers: await gatherPaperFacts([list], fakeOptions({ openreview, openreviewV1 })) };
    const found = lintModel(list, defaultConfig(), facts).messages.map((m) => `${m.line} ${m.ruleId} ${m.severity}`);
    expect(found).toStrictEqual(['4 dead-link error']);
  });
});

describe('arxivVerifier: the link checker\'s arXiv option on the metadata gathering', () => {
  test('keys already gathered are not asked again; the others are', async () => {
    const { arxivVerifier } = await import('../../src/metadata/gather.js');
    const arxiv = await started(startArxivFake({ records: [{ id: '2110.14633', title: 'A' }, { id: '2209.04836', title: 'B' }] }));
    const options = fakeOptions({ arxiv });
    const known = gatherPaperFacts(['arxiv:2110.14633'], options);
    const facts = await arxivVerifier(options, undefined, known)(['arxiv:2110.14633', 'arxiv:2209.04836']);
    expect([...facts].map(([key, fact]) => `${key} ${fact.record?.title}`)).toStrictEqual(['arxiv:2110.14633 A', 'arxiv:2209.04836 B']);
    expect(arxiv.requests.map((r) => new URLSearchParams(r.body).get('id_list'))).toStrictEqual(['2110.14633', '2209.04836']);
  });
});
