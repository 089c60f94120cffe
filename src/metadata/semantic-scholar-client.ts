import type { PaperRecord } from '../facts.js';
import { type Attempt, header } from '../http/attempt.js';
import { endpoint, fetchAnswer, type SourceContext } from './client.js';
import { parseSemanticScholarBatch, planSemanticScholarBatches, semanticScholarMaxBodyChars } from './semantic-scholar.js';

/**
 * Semantic Scholar's batch endpoint (`POST {url}/paper/batch?fields=…` with `{"ids": […]}`), asked
 * only with an API key (sent as `x-api-key`), at most 500 ids a request. arXiv papers are asked as
 * `ARXIV:<id>`, DOIs as `DOI:<doi>`; OpenReview notes have no Semantic Scholar id and are not asked.
 */

const sourceName = 'Semantic Scholar';

/** The Semantic Scholar id of a paper key, or undefined when it has none. */
export function semanticScholarIdOf(paperKey: string): string | undefined {
  if (paperKey.startsWith('arxiv:')) return `ARXIV:${paperKey.slice('arxiv:'.length)}`;
  if (paperKey.startsWith('doi:')) return `DOI:${paperKey.slice('doi:'.length)}`;
  return undefined;
}

export type SemanticScholarOutcome = { status: 'answered'; record: PaperRecord | null } | { status: 'unverified'; reason: string };

const rateLimited = (attempt: Attempt) => attempt.kind === 'response' && (attempt.status === 429 || (attempt.status === 503 && header(attempt, 'retry-after') !== undefined));

/**
 * Asks for the paper keys (`arxiv:…`, `doi:…`), telling each outcome to `decided`. Without a key,
 * nothing is asked and nothing decided.
 */
export async function askSemanticScholar(paperKeys: readonly string[], context: SourceContext, decided: (paperKey: string, outcome: SemanticScholarOutcome) => void): Promise<void> {
  const key = context.options.semanticScholarKey;
  if (key === undefined || key === '') return;
  const keyOf = new Map<string, string>();
  for (const paperKey of paperKeys) {
    const id = semanticScholarIdOf(paperKey);
    if (id !== undefined && !keyOf.has(id)) keyOf.set(id, paperKey);
  }
  const plan = planSemanticScholarBatches(keyOf.keys());
  for (const { input, reason } of plan.rejected) decided(keyOf.get(input) ?? input, { status: 'unverified', reason });
  // A key with a line break would end the header: refused rather than sent.
  if (/[\r\n\0]/.test(key)) {
    for (const batch of plan.batches) for (const id of batch.ids) decided(keyOf.get(id) as string, { status: 'unverified', reason: 'the Semantic Scholar API key holds a line break' });
    return;
  }
  await Promise.all(
    plan.batches.map(async (batch) => {
      const url = endpoint(context.options.sources.semanticScholar.url, '/paper/batch');
      const fail = (reason: string) => {
        for (const id of batch.ids) decided(keyOf.get(id) as string, { status: 'unverified', reason });
      };
      if (typeof url === 'string') return fail(`the Semantic Scholar source ${url}`);
      url.search = batch.query;
      const fetched = await fetchAnswer(context, sourceName, url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-api-key': key },
        body: batch.body,
        maxBytes: semanticScholarMaxBodyChars,
        rateLimited,
      });
      if (!fetched.ok) return fail(fetched.failure.reason);
      const result = parseSemanticScholarBatch(fetched.answer, batch.ids, { now: context.options.now?.() ?? Date.now() });
      if (result.outcome !== 'answered') return fail(result.reason);
      batch.ids.forEach((id, index) => decided(keyOf.get(id) as string, { status: 'answered', record: result.records[index] ?? null }));
      return undefined;
    }),
  );
}
