import { afterEach, describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { lintFiles } from '../../src/engine/index.js';
import { emptyCache } from '../../src/links/cache.js';
import { startArxivFake, startDblpFake, startSemanticScholarFake, type MetadataFake } from '../servers/metadata-fakes.js';
import { nowhere } from './helpers.js';
import { table } from './search-helpers.js';

/**
 * Issue 14 through the engine: `--metadata` searches DBLP as `metadata.sources.dblp` says (its URL,
 * interval and budget) and asks Semantic Scholar only with the key the edge passes in.
 */

const running: MetadataFake[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((fake) => fake.close()));
});
async function started(fake: Promise<MetadataFake>): Promise<MetadataFake> {
  const ready = await fake;
  running.push(ready);
  return ready;
}

const topology = 'Topology of Deep Neural Networks';
const similarity = 'Similarity and Matching of Neural Network Representations';
const text = table(
  `| [${similarity}](https://arxiv.org/abs/2110.14633) | arXiv | |`,
  `| ${topology} | J. Mach. Learn. Res. | |`,
  '| [Model Stitching](https://arxiv.org/abs/2004.06093) | NeurIPS 2021 | |',
);

async function fakes() {
  const arxiv = await started(
    startArxivFake({
      records: [
        { id: '2110.14633', title: similarity },
        { id: '2004.06093', title: 'Model Stitching' },
      ],
    }),
  );
  const dblp = await started(startDblpFake({ records: [{ key: 'journals/jmlr/NaitzatZL20', title: topology, venue: 'J. Mach. Learn. Res.', year: 2020, type: 'Journal Articles' }] }));
  const semanticScholar = await started(startSemanticScholarFake({ records: [], apiKey: 'from-the-environment' }));
  return { arxiv, dblp, semanticScholar };
}

const configFor = (arxiv: MetadataFake, dblp: MetadataFake, semanticScholar: MetadataFake, dblpExtra: Record<string, number> = {}) =>
  parseConfig(
    JSON.stringify({
      metadata: {
        sources: {
          arxiv: { url: arxiv.url('/api/query'), interval: 0 },
          crossref: { url: nowhere },
          doi: { url: nowhere },
          openreview: { url: nowhere },
          dblp: { url: dblp.url('/search/publ/api'), interval: 0, ...dblpExtra },
          semanticScholar: { url: semanticScholar.url('/graph/v1'), interval: 0 },
        },
      },
    }),
    '.lint-list.json',
  );

describe('the engine', () => {
  test("DBLP at the configured URL for the rows that need it; Semantic Scholar with the edge's key, as x-api-key", async () => {
    const { arxiv, dblp, semanticScholar } = await fakes();
    await lintFiles({ files: [{ path: 'README.md', text }], config: configFor(arxiv, dblp, semanticScholar), metadata: { allowPrivateHosts: true, semanticScholarKey: 'from-the-environment' } });
    expect(dblp.requests.map((r) => r.query.get('q'))).toStrictEqual([similarity, topology]);
    expect(semanticScholar.requests.map((r) => [r.headers['x-api-key'], (JSON.parse(r.body) as { ids: string[] }).ids])).toStrictEqual([['from-the-environment', ['ARXIV:2110.14633', 'ARXIV:2004.06093']]]);
  });

  test('no key: Semantic Scholar is not asked; the configured budget holds', async () => {
    const { arxiv, dblp, semanticScholar } = await fakes();
    await lintFiles({ files: [{ path: 'README.md', text }], config: configFor(arxiv, dblp, semanticScholar, { budget: 1 }), metadata: { allowPrivateHosts: true } });
    expect(dblp.requests).toHaveLength(1);
    expect(semanticScholar.requests).toHaveLength(0);
  });

  test('with the cache file, a second run asks no source at all', async () => {
    const { arxiv, dblp, semanticScholar } = await fakes();
    const cache = emptyCache();
    const request = { files: [{ path: 'README.md', text }], config: configFor(arxiv, dblp, semanticScholar), metadata: { allowPrivateHosts: true, semanticScholarKey: 'from-the-environment', cache } };
    await lintFiles(request);
    const counts = () => [arxiv, dblp, semanticScholar].map((fake) => fake.requests.length);
    const first = counts();
    expect(first).toStrictEqual([1, 2, 1]);
    await lintFiles(request);
    expect(counts()).toStrictEqual(first);
  });

  test("a pull request's changed lines: only the rows on them are searched", async () => {
    const { arxiv, dblp, semanticScholar } = await fakes();
    await lintFiles({ files: [{ path: 'README.md', text }], config: configFor(arxiv, dblp, semanticScholar), metadata: { allowPrivateHosts: true, select: ({ line }) => line === 4 } });
    expect(dblp.requests.map((r) => r.query.get('q'))).toStrictEqual([topology]);
  });
});
