import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/config.js';
import { lintFiles } from '../../src/engine/index.js';
import { ConfigError } from '../../src/errors.js';
import { type MetadataFake, startOpenReviewFake } from '../servers/metadata-fakes.js';

// A config that names OpenReview's URL (a mirror, a test's fake) must not widen what a run connects
// to: its v1 API is asked only where the config names one too (`metadata.sources.openreview.v1Url`);
// before, a note missing from the configured v2 source was asked of the public api.openreview.net.

const records = [
  { id: 'newNote2024', title: 'A Paper of 2024', venue: 'ICLR 2024 poster', venueid: 'ICLR.cc/2024/Conference', api: 'v2' as const },
  { id: 'oldNote2019', title: 'A Paper of 2019', venue: 'ICLR 2019 Conference Poster', api: 'v1' as const },
];
let v2: MetadataFake;
let v1: MetadataFake;
beforeAll(async () => {
  [v2, v1] = await Promise.all([startOpenReviewFake({ version: 'v2', records }), startOpenReviewFake({ version: 'v1', records })]);
});
afterAll(async () => {
  await Promise.all([v2.close(), v1.close()]);
});

const list = '| Title | Venue |\n|---|---|\n| [A Paper of 2024](https://openreview.net/forum?id=newNote2024) | ICLR 2024 |\n| [A Paper of 2019](https://openreview.net/forum?id=oldNote2019) | ICLR 2019 |\n';
const run = (openreview: Record<string, unknown>) =>
  lintFiles({ files: [{ path: 'README.md', text: list }], config: parseConfig(JSON.stringify({ metadata: { sources: { openreview } } }), '.lint-list.json'), metadata: { allowPrivateHosts: true } });

describe('metadata.sources.openreview', () => {
  it('url alone: the v1 API is not asked; the note the v2 source lacks is unverified, not nonexistent', async () => {
    const v1Before = v1.requests.length;
    const outcome = await run({ url: v2.origin, interval: 0 });
    expect(v1.requests.length).toBe(v1Before);
    expect(outcome.papers).toEqual({ lookedUp: 2, found: 1, nonexistent: 0, unverified: 1 });
    expect(outcome.files[0]?.messages.filter((m) => m.ruleId === 'dead-link')).toEqual([]);
  });

  it('url and v1Url: the note the v2 source lacks is asked of the v1 source named', async () => {
    const outcome = await run({ url: v2.origin, v1Url: v1.origin, interval: 0 });
    expect(v1.requests.map((request) => request.query.get('id'))).toContain('oldNote2019');
    expect(outcome.papers).toEqual({ lookedUp: 2, found: 2, nonexistent: 0, unverified: 0 });
  });

  it('v1Url is an http(s) URL, and only OpenReview takes it', () => {
    expect(() => parseConfig('{"metadata": {"sources": {"openreview": {"v1Url": "ftp://x"}}}}', 'cfg.json')).toThrow(new ConfigError('cfg.json:1:51: metadata.sources.openreview.v1Url must be an http(s) URL'));
    expect(() => parseConfig('{"metadata": {"sources": {"arxiv": {"v1Url": "https://x"}}}}', 'cfg.json')).toThrow(
      new ConfigError('cfg.json:1:37: unknown key "v1Url" in metadata.sources.arxiv; it takes "url", "interval", "concurrency"'),
    );
  });
});
