import { defaultConfig } from '../../src/config/config.js';
import { modelOptionsOf } from '../../src/engine/lint.js';
import { type MetadataOptions, type MetadataOptionsInput, metadataOptions } from '../../src/metadata/options.js';
import { buildModel } from '../../src/parse/build.js';
import type { ListModel } from '../../src/parse/model.js';
import type { MetadataFake } from '../servers/metadata-fakes.js';
import { nowhere } from './helpers.js';

/**
 * Options for the loopback fakes of every source, DBLP and Semantic Scholar included: a source a
 * test does not start points where nothing listens (and must never be asked), never at the real
 * service.
 */
export function allFakeOptions(
  fakes: { arxiv?: MetadataFake; crossref?: MetadataFake; doi?: MetadataFake; dblp?: MetadataFake; semanticScholar?: MetadataFake },
  overrides: MetadataOptionsInput = {},
): MetadataOptions {
  const { sources, ...rest } = overrides;
  return metadataOptions({
    timeoutMs: 2_000,
    retries: 1,
    retryBaseMs: 20,
    maxRetryAfterMs: 2_000,
    allowPrivateHosts: true,
    ...rest,
    sources: {
      arxiv: { url: fakes.arxiv?.url('/api/query') ?? nowhere, intervalMs: 0, ...sources?.arxiv },
      crossref: { url: fakes.crossref?.origin ?? nowhere, intervalMs: 0, ...sources?.crossref },
      doi: { url: fakes.doi?.origin ?? nowhere, intervalMs: 0, agencyHosts: [], ...sources?.doi },
      openreview: { url: nowhere, v1Url: nowhere, intervalMs: 0, ...sources?.openreview },
      dblp: { url: fakes.dblp?.url('/search/publ/api') ?? nowhere, intervalMs: 0, ...sources?.dblp },
      semanticScholar: { url: fakes.semanticScholar?.url('/graph/v1') ?? nowhere, intervalMs: 0, ...sources?.semanticScholar },
    },
  });
}

export const table = (...rows: string[]) => `| Title | Venue | Paper |\n|---|---|---|\n${rows.join('\n')}\n`;

export const listModel = (text: string, path = 'README.md'): Promise<ListModel> => buildModel(path, text, modelOptionsOf(defaultConfig()));

/** The gaps between the arrivals of a fake's requests, in milliseconds. */
export const gaps = (fake: MetadataFake) => fake.requests.slice(1).map((r, i) => r.at - (fake.requests[i] as { at: number }).at);
