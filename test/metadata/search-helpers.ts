import { defaultConfig } from '../../src/config/config.js';
import { modelOptionsOf } from '../../src/engine/lint.js';
import type { MetadataOptions, MetadataOptionsInput } from '../../src/metadata/options.js';
import { buildModel } from '../../src/parse/build.js';
import type { ListModel } from '../../src/parse/model.js';
import type { MetadataFake } from '../servers/metadata-fakes.js';
import { fakeOptions } from './helpers.js';

/**
 * Options for the loopback fakes of every source, DBLP and Semantic Scholar included (fakeOptions,
 * with arXiv asked without an interval): a source a test does not start points where nothing
 * listens (and must never be asked), never at the real service.
 */
export function allFakeOptions(
  fakes: { arxiv?: MetadataFake; crossref?: MetadataFake; doi?: MetadataFake; dblp?: MetadataFake; semanticScholar?: MetadataFake },
  overrides: MetadataOptionsInput = {},
): MetadataOptions {
  return fakeOptions(fakes, { ...overrides, sources: { ...overrides.sources, arxiv: { intervalMs: 0, ...overrides.sources?.arxiv } } });
}

export const table = (...rows: string[]) => `| Title | Venue | Paper |\n|---|---|---|\n${rows.join('\n')}\n`;

export const listModel = (text: string, path = 'README.md'): Promise<ListModel> => buildModel(path, text, modelOptionsOf(defaultConfig()));

/** The gaps between the arrivals of a fake's requests, in milliseconds. */
export const gaps = (fake: MetadataFake) => fake.requests.slice(1).map((r, i) => r.at - (fake.requests[i] as { at: number }).at);
