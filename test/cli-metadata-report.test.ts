import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderWith, runCliAsync } from './helpers/cli.js';
import { type MetadataFake, startArxivFake } from './servers/metadata-fakes.js';

// Issue 13 through the bundled CLI: `--metadata` counts the papers in the stylish report's footer
// (found, not found, unverified), leaves the JSON report's shape alone, and a source that is down
// makes its papers unverified without an error.

let arxiv: MetadataFake;
/** Where nothing listens any more: Crossref and doi.org are down. */
let down: string;
beforeAll(async () => {
  arxiv = await startArxivFake({ records: [{ id: '2110.14633', title: 'Similarity and Matching of Neural Network Representations' }] });
  const gone = await startArxivFake({ records: [] });
  down = gone.origin;
  await gone.close();
});
afterAll(async () => {
  await arxiv.close();
});

const config = () =>
  JSON.stringify({
    metadata: {
      timeout: 2000,
      sources: { arxiv: { url: arxiv.url('/api/query'), interval: 0 }, crossref: { url: down, interval: 0 }, doi: { url: down, interval: 0 } },
    },
  });

const list = [
  '| Title | Venue |',
  '|---|---|',
  '| [Similarity and Matching of Neural Network Representations](https://arxiv.org/abs/2110.14633) | NeurIPS 2021 |',
  '| [A Paper That Was Never Posted](https://arxiv.org/abs/2301.99999) | ICML 2023 |',
  '| [A Paper Behind A DOI](https://doi.org/10.1000/xyz123) | ICML 2023 |',
  '',
].join('\n');

describe('lint-list --metadata reports', () => {
  it('stylish: one line counts the papers looked up, after the findings', async () => {
    const dir = folderWith({ 'README.md': list, '.lint-list.json': config() });
    const run = await runCliAsync(['--metadata', '--allow-private-hosts', 'README.md'], { cwd: dir });
    expect(run.stdout).toBe(
      [
        'README.md',
        "  4:3  error    Link is dead (arXiv has no paper 2301.99999): https://arxiv.org/abs/2301.99999 — check the id, find the paper's current address (its arXiv, DOI or publisher page) and link that, or remove the row.  dead-link",
        '',
        '3 papers looked up: 1 found, 1 not found, 1 unverified',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
    // The unverified paper is no error, and piped stderr shows no progress line.
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('json: the report has the same shape as without --metadata, no counts in it', async () => {
    const dir = folderWith({ 'README.md': list, '.lint-list.json': config() });
    const run = await runCliAsync(['--metadata', '--allow-private-hosts', '--format', 'json', 'README.md'], { cwd: dir });
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['files', 'summary']);
    expect(report.summary).toEqual({ errors: 1, warnings: 0 });
  });
});
