import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArguments } from '../../src/cli/args.js';
import { type Io, metadataGathering, progressLine } from '../../src/cli/output.js';
import { parseConfig } from '../../src/config/config.js';
import { lintFiles } from '../../src/engine/index.js';
import { type MetadataFake, startArxivFake } from '../servers/metadata-fakes.js';

// Issue 13: on a terminal, one line tells how far the papers are looked up (beside the links'
// progress, on the same line), and is cleared at the end; never when piped or with --format json.

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

function terminal(stderrIsTTY: boolean): { io: Io; written: string[] } {
  const written: string[] = [];
  const io: Io = {
    stdout: () => {},
    stderr: (text) => written.push(text),
    readStdin: async () => Buffer.alloc(0),
    isTTY: stderrIsTTY,
    stderrIsTTY,
    env: {},
    cwd: '/',
  };
  return { io, written };
}

const list = [
  '| Title | Venue |',
  '|---|---|',
  '| [Similarity and Matching of Neural Network Representations](https://arxiv.org/abs/2110.14633) | NeurIPS 2021 |',
  '| [Topology of Deep Neural Networks](https://arxiv.org/abs/2004.06093) | JMLR 2020 |',
  '',
].join('\n');

describe('the progress line', () => {
  it('counts the papers looked up on a terminal, then clears itself', async () => {
    const args = parseCliArguments(['--metadata', '--allow-private-hosts', 'README.md']);
    const { io, written } = terminal(true);
    const config = parseConfig(JSON.stringify({ metadata: { sources: { arxiv: { url: arxiv.url('/api/query'), interval: 0 } } } }), '.lint-list.json');
    const outcome = await lintFiles({ files: [{ path: 'README.md', text: list }], config, metadata: metadataGathering(args, undefined, progressLine(args, io)) });
    expect(outcome.papers).toEqual({ lookedUp: 2, found: 2, nonexistent: 0, unverified: 0 });
    expect(written).toEqual(['\r\u001b[2Klooking up papers: 1/2', '\r\u001b[2K']);
  });

  it('shares one line with the links while both are under way', () => {
    const { io, written } = terminal(true);
    const progress = progressLine(parseCliArguments(['--links', '--metadata']), io);
    progress?.('links', 'checking links: 1/3', false);
    progress?.('papers', 'looking up papers: 1/2', false);
    progress?.('links', 'checking links: 3/3', true);
    progress?.('papers', 'looking up papers: 2/2', true);
    expect(written).toEqual([
      '\r\u001b[2Kchecking links: 1/3',
      '\r\u001b[2Kchecking links: 1/3 · looking up papers: 1/2',
      '\r\u001b[2Klooking up papers: 1/2',
      '\r\u001b[2K',
    ]);
  });

  it('is never shown when stderr is no terminal, or the report is not stylish', () => {
    expect(progressLine(parseCliArguments(['--metadata']), terminal(false).io)).toBeUndefined();
    expect(progressLine(parseCliArguments(['--metadata', '--format', 'json']), terminal(true).io)).toBeUndefined();
    expect(metadataGathering(parseCliArguments(['--metadata']), undefined, undefined).onProgress).toBeUndefined();
  });
});
