import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderWith, runCliAsync } from './helpers/cli.js';
import { historyFile } from './helpers/paths.js';
import { type MetadataFake, startArxivFake } from './servers/metadata-fakes.js';

// Issue 13 through the CLI: `--metadata` with a loopback arXiv named in .lint-list.json.
let arxiv: MetadataFake;
beforeAll(async () => {
  arxiv = await startArxivFake({
    records: [
      { id: '2110.14633', title: 'Similarity and Matching of Neural Network Representations' },
      { id: '2004.06093', title: 'Topology of Deep Neural Networks' },
    ],
  });
});
afterAll(async () => {
  await arxiv.close();
});

// DBLP is not asked here (budget 0): these tests are about the papers the links name.
const config = () => JSON.stringify({ metadata: { sources: { arxiv: { url: arxiv.url('/api/query'), interval: 0 }, dblp: { budget: 0 } } } });

interface Report {
  files: Array<{ messages: Array<{ ruleId: string; severity: string; line: number; message: string }> }>;
}

describe('lint-list --metadata', () => {
  it('UniReps efefe77: line 71 links the paper of line 70 under another title: a title-mismatch error naming the real title', async () => {
    // Lines 70 and 71 of the newest UniReps version, where they share arXiv 2110.14633.
    const lines = readFileSync(historyFile('efefe77'), 'utf8').split('\n');
    const list = ['| Title | Venue |', '|---|---|', lines[69], lines[70], ''].join('\n');
    const dir = folderWith({ 'README.md': list, '.lint-list.json': config() });
    const before = arxiv.requests.length;
    const run = await runCliAsync(['--metadata', '--allow-private-hosts', '--format', 'json', 'README.md'], { cwd: dir });
    const mismatches = (JSON.parse(run.stdout) as Report).files[0]?.messages.filter((m) => m.ruleId === 'title-mismatch') ?? [];
    expect(mismatches.map((m) => [m.line, m.severity])).toEqual([[4, 'error']]);
    expect(mismatches[0]?.message).toContain("'Similarity and Matching of Neural Network Representations'");
    expect(mismatches[0]?.message).toContain('2110.14633');
    // One batch for both rows, POSTed to the configured source and nowhere else.
    expect(arxiv.requests.length - before).toBe(1);
    expect(arxiv.requests.at(-1)?.method).toBe('POST');
  });

  it('without --metadata nothing is asked', async () => {
    const dir = folderWith({ 'README.md': '| Title | Venue |\n|---|---|\n| [Topology of Deep Neural Networks](https://arxiv.org/abs/2110.14633) | JMLR 2020 |\n', '.lint-list.json': config() });
    const before = arxiv.requests.length;
    const run = await runCliAsync(['--format', 'json', 'README.md'], { cwd: dir });
    expect((JSON.parse(run.stdout) as Report).files[0]?.messages.filter((m) => m.ruleId === 'title-mismatch')).toEqual([]);
    expect(arxiv.requests.length).toBe(before);
  });

  it('a metadata source that is not a URL is a config error naming its place', async () => {
    const dir = folderWith({ 'README.md': '# x\n', '.lint-list.json': '{"metadata": {"sources": {"arxiv": {"url": "ftp://x"}}}}' });
    const run = await runCliAsync(['--metadata', 'README.md'], { cwd: dir });
    expect(run.stderr).toBe('lint-list: .lint-list.json:1:44: metadata.sources.arxiv.url must be an http(s) URL\n');
    expect(run.code).toBe(2);
  });
});
