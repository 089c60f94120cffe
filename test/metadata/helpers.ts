import type { PaperFact, PaperFacts } from '../../src/facts.js';
import { type MetadataOptions, type MetadataOptionsInput, metadataOptions } from '../../src/metadata/options.js';
import type { MetadataFake } from '../servers/metadata-fakes.js';

/** Where nothing listens: a source a test does not use points here, and must never be asked. */
export const nowhere = 'http://127.0.0.1:9';

/** Options for the loopback fakes: short intervals, one retry, fast backoff, private hosts allowed. */
export function fakeOptions(
  fakes: { arxiv?: MetadataFake; crossref?: MetadataFake; doi?: MetadataFake; openreview?: MetadataFake; openreviewV1?: MetadataFake; dblp?: MetadataFake; semanticScholar?: MetadataFake },
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
      arxiv: { url: fakes.arxiv?.url('/api/query') ?? nowhere, intervalMs: 20, ...sources?.arxiv },
      crossref: { url: fakes.crossref?.origin ?? nowhere, intervalMs: 0, ...sources?.crossref },
      doi: { url: fakes.doi?.origin ?? nowhere, intervalMs: 0, agencyHosts: [], ...sources?.doi },
      openreview: { url: fakes.openreview?.origin ?? nowhere, v1Url: fakes.openreviewV1?.origin ?? nowhere, intervalMs: 0, ...sources?.openreview },
      dblp: { url: fakes.dblp?.url('/search/publ/api') ?? nowhere, intervalMs: 0, ...sources?.dblp },
      semanticScholar: { url: fakes.semanticScholar?.url('/graph/v1') ?? nowhere, intervalMs: 0, ...sources?.semanticScholar },
    },
  });
}

/** A fact reduced to what a person reads: status, and the title or the reason. */
export function summary(facts: PaperFacts): Record<string, string> {
  return Object.fromEntries([...facts].map(([key, fact]: [string, PaperFact]) => [key, `${fact.status}: ${fact.record?.title ?? fact.reason ?? ''}`]));
}
