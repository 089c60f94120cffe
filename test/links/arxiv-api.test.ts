import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/check.js';
import { gatherPaperFacts } from '../../src/metadata/gather.js';
import { fakeOptions } from '../metadata/helpers.js';
import { type MetadataFake, startArxivFake } from '../servers/metadata-fakes.js';
import { send, startServer, type TestServer } from '../servers/http.js';
import { target, testOptions } from './options.js';

/**
 * With `arxivApi`, arXiv abstract, PDF and HTML links take their verdicts from the arXiv API's batch
 * answers and no page of theirs is fetched; every other link is checked page by page as before.
 */

let arxiv: MetadataFake;
let pages: TestServer;

beforeAll(async () => {
  arxiv = await startArxivFake({
    records: [
      { id: '2110.14633', title: 'Similarity and Matching of Neural Network Representations', version: 2 },
      { id: 'hep-th/9901001', title: 'An Old-Style Paper' },
    ],
  });
  pages = await startServer('127.0.0.2', (_req, res) => send(res, 200));
});

afterAll(async () => {
  await Promise.all([arxiv.close(), pages.close()]);
});

describe('arXiv links through the arXiv API', () => {
  it('abs, pdf and html links of any version are answered from one batch; other hosts are fetched', async () => {
    const asked: string[][] = [];
    const arxivApi = (keys: string[]) => {
      asked.push(keys);
      return gatherPaperFacts(keys, fakeOptions({ arxiv }));
    };
    const urls = [
      'https://arxiv.org/abs/2110.14633',
      'https://arxiv.org/pdf/2110.14633v1.pdf',
      'https://www.arxiv.org/html/2110.14633v2#S3',
      'http://export.arxiv.org/abs/hep-th/9901001',
      'https://arxiv.org/abs/2110.99999',
      pages.url('/paper'),
    ];
    const results = await checkLinks(urls.map(target), testOptions({ arxivApi }));
    expect(results.map((r) => [r.url, r.verdict, r.reason ?? null])).toStrictEqual([
      [urls[0], 'alive', 'checked through the arXiv API'],
      [urls[1], 'alive', 'checked through the arXiv API'],
      [urls[2], 'alive', 'checked through the arXiv API'],
      [urls[3], 'alive', 'checked through the arXiv API'],
      [urls[4], 'dead', 'arXiv has no paper 2110.99999'],
      [urls[5], 'alive', null],
    ]);
    expect(asked).toStrictEqual([['arxiv:2110.14633', 'arxiv:hep-th/9901001', 'arxiv:2110.99999']]);
    // One batch, and the absent id asked once more.
    expect(arxiv.requests.map((r) => new URLSearchParams(r.body).get('id_list'))).toStrictEqual(['2110.14633,hep-th/9901001,2110.99999', '2110.99999']);
    expect(pages.stats.requests.map((r) => r.path)).toStrictEqual(['/paper']);
  });

  it('the API down: arXiv links are unverified (warnings), never dead, and not written to the link cache', async () => {
    arxiv.requests.length = 0;
    arxiv.failAlways({ kind: 'html-error', status: 503 });
    try {
      const { emptyCache } = await import('../../src/links/cache.js');
      const cache = emptyCache();
      const results = await checkLinks([target('https://arxiv.org/abs/2110.14633')], testOptions({ cache, arxivApi: (keys) => gatherPaperFacts(keys, fakeOptions({ arxiv })) }));
      expect(results.map((r) => [r.verdict, r.reason])).toStrictEqual([['unverified', "arXiv answered HTTP 503 with an HTML page ('503 Service Unavailable')"]]);
      expect(Object.keys(cache.entries)).toStrictEqual([]);
    } finally {
      arxiv.failAlways(undefined);
    }
  });

  it('excluded arXiv links are skipped and not asked; listings and mirrors are pages like any other', async () => {
    const asked: string[][] = [];
    const results = await checkLinks(
      [target('https://arxiv.org/abs/2110.14633'), target('https://arxiv.org/list/cs.LG/recent'), target('https://ar5iv.org/abs/2110.14633')],
      testOptions({
        // The listing and the mirror would be fetched: excluded here, so that the test stays on loopback.
        exclude: [/^https:\/\/arxiv\.org\/abs\//, /\/list\//, /ar5iv/],
        arxivApi: async (keys) => {
          asked.push(keys);
          return new Map();
        },
      }),
    );
    expect(results.map((r) => r.verdict)).toStrictEqual(['skipped', 'skipped', 'skipped']);
    expect(asked).toStrictEqual([]);
  });

  it('a key the facts leave out is fetched as a page; a gatherer that throws leaves every link to the page checker', async () => {
    const page = pages.url('/x');
    // Loopback stands in for arxiv.org: a link the API's facts do not hold is a page like any other.
    const results = await checkLinks(
      [target('http://arxiv.org:1/abs/2110.14633'), target(page)],
      testOptions({
        lookup: async () => [{ address: '127.0.0.1', family: 4 }],
        arxivApi: async () => {
          throw new Error('a bug');
        },
      }),
    );
    expect(results.map((r) => r.verdict)).toStrictEqual(['dead', 'alive']);
    expect(results[0]?.reason).toBe('connection refused');
  });
});
