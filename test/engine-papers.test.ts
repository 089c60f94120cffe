import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config/config.js';
import { lintFiles } from '../src/engine/index.js';
import { formatJson } from '../src/report/json.js';
import { type MetadataFake, startArxivFake } from './servers/metadata-fakes.js';

// Issue 13: the engine's summary of a metadata run (LintOutcome.papers and .paperProblems), read
// from the facts and the findings as reported, against a loopback arXiv.

let arxiv: MetadataFake;
beforeAll(async () => {
  arxiv = await startArxivFake({
    records: [
      { id: '2110.14633', title: 'Similarity and Matching of Neural Network Representations' },
      { id: '2301.00005', title: 'Similarity and Matching of Neural Network Representations' },
      { id: '2004.06093', title: 'Topology of Deep Neural Networks' },
    ],
  });
});
afterAll(async () => {
  await arxiv.close();
});

const configFor = (url: string) => parseConfig(JSON.stringify({ metadata: { sources: { arxiv: { url, interval: 0 } } } }), '.lint-list.json');
const md = (...rows: string[]) => `| Title | Venue |\n|---|---|\n${rows.join('\n')}\n`;

const list = md(
  '| [Similarity and Matching of Neural Network Representations](https://arxiv.org/abs/2110.14633) | NeurIPS 2021 |',
  '| [Topology of Deep Neural Networks](https://arxiv.org/pdf/2110.14633) | JMLR 2020 |',
  '| [A Paper That Was Never Posted](https://arxiv.org/abs/2301.99999) | ICML 2023 |',
  '| [Similarity of Neural Network Representations Revisited](https://arxiv.org/abs/2301.00005) | ICML 2019 |',
  '| [Disabled Mismatch Row](https://arxiv.org/abs/2004.06093) | JMLR 2020 <!-- lint-list-disable-line title-mismatch --> |',
);

describe('LintOutcome.papers and .paperProblems', () => {
  it('count the papers looked up, and list the title mismatches and nonexistent ids the findings report', async () => {
    const progress: Array<[number, number]> = [];
    const outcome = await lintFiles({
      files: [{ path: 'docs/papers.md', text: list }],
      config: configFor(arxiv.url('/api/query')),
      metadata: { allowPrivateHosts: true, onProgress: (done, total) => progress.push([done, total]) },
    });
    expect(outcome.papers).toEqual({ lookedUp: 4, found: 3, nonexistent: 1, unverified: 0 });
    expect(outcome.paperProblems).toEqual({
      titleMismatches: [
        {
          path: 'docs/papers.md',
          line: 4,
          severity: 'error',
          rowTitle: 'Topology of Deep Neural Networks',
          linked: { label: 'arXiv 2110.14633', title: 'Similarity and Matching of Neural Network Representations' },
        },
        {
          path: 'docs/papers.md',
          line: 6,
          severity: 'warning',
          rowTitle: 'Similarity of Neural Network Representations Revisited',
          linked: { label: 'arXiv 2301.00005', title: 'Similarity and Matching of Neural Network Representations' },
        },
      ],
      // Line 7's mismatch is switched off by its comment: in no list.
      nonexistent: [{ label: 'arXiv 2301.99999', reason: 'arXiv has no paper 2301.99999', places: [{ path: 'docs/papers.md', line: 5 }] }],
    });
    // The gatherer tells its progress paper by paper, up to the total.
    expect(progress.map(([, total]) => total)).toEqual([4, 4, 4, 4]);
    expect(progress.map(([done]) => done)).toEqual([1, 2, 3, 4]);
    // The JSON report is what it was: the counts are not in it.
    expect(Object.keys(JSON.parse(formatJson(outcome.files, outcome.links)))).toEqual(['files', 'summary']);
  });

  it('with --links, an arXiv id that does not exist is a dead link (checked through the API), not listed again', async () => {
    const before = arxiv.requests.length;
    const outcome = await lintFiles({
      files: [{ path: 'README.md', text: list }],
      config: configFor(arxiv.url('/api/query')),
      links: { flags: {} },
      metadata: { allowPrivateHosts: true },
    });
    expect(outcome.links?.filter((link) => link.verdict === 'dead').map((link) => [link.url, link.reason])).toEqual([
      ['https://arxiv.org/abs/2301.99999', 'arXiv has no paper 2301.99999'],
    ]);
    expect(outcome.paperProblems?.nonexistent).toEqual([]);
    expect(outcome.paperProblems?.titleMismatches.map((mismatch) => mismatch.line)).toEqual([4, 6]);
    // Every arXiv link was answered by the fake API: one batch, then the absent id once more.
    expect(arxiv.requests.length - before).toBe(2);
  });

  it('a run without --metadata has neither', async () => {
    const outcome = await lintFiles({ files: [{ path: 'README.md', text: list }], config: configFor(arxiv.url('/api/query')) });
    expect(outcome.papers).toBeUndefined();
    expect(outcome.paperProblems).toBeUndefined();
  });

  it('arXiv down: every paper unverified and counted, no title-mismatch or dead-link finding, no error for it', async () => {
    const down = await startArxivFake({ records: [] });
    const url = down.url('/api/query');
    await down.close();
    const outcome = await lintFiles({ files: [{ path: 'README.md', text: list }], config: configFor(url), metadata: { allowPrivateHosts: true } });
    expect(outcome.papers).toEqual({ lookedUp: 4, found: 0, nonexistent: 0, unverified: 4 });
    expect(outcome.paperProblems).toEqual({ titleMismatches: [], nonexistent: [] });
    expect(outcome.files[0]?.messages.filter((m) => m.ruleId === 'title-mismatch' || m.ruleId === 'dead-link')).toEqual([]);
    expect(outcome.notices).toEqual([]);
  });
});
