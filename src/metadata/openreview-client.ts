import type { PaperFact } from '../facts.js';
import { endpoint, fetchAnswer, type SourceContext, unverified } from './client.js';
import { openReviewMaxBodyChars, parseOpenReviewNotes } from './openreview.js';

/**
 * OpenReview notes: the v2 API first (`notes?ids=A,B,…`, venues from 2023/2024 on), then the v1 API
 * (`notes?id=A`) for the ids v2 does not hold. A note neither holds does not exist. A v2 failure
 * leaves its ids unverified (v1 is not asked in its place: it would only double the load).
 */

const noteId = /^[A-Za-z0-9_-]{1,64}$/;
/** Ids a v2 request asks at once: 50 ids keep the URL near 1 KB. */
const batchSize = 50;

/** Facts for OpenReview note (forum) ids, keyed `openreview:<id>`. */
export async function askOpenReview(ids: readonly string[], context: SourceContext, decided: (key: string, fact: PaperFact) => void): Promise<void> {
  const settings = context.options.sources.openreview;
  const valid: string[] = [];
  for (const id of new Set(ids)) {
    if (noteId.test(id)) valid.push(id);
    else decided(`openreview:${id}`, { status: 'nonexistent', reason: `'${id.slice(0, 60)}' is not an OpenReview id` });
  }
  const batches: string[][] = [];
  for (let i = 0; i < valid.length; i += batchSize) batches.push(valid.slice(i, i + batchSize));
  await Promise.all(
    batches.map(async (batch) => {
      const url = endpoint(settings.url, '/notes', { ids: batch.join(',') });
      if (typeof url === 'string') {
        for (const id of batch) decided(`openreview:${id}`, unverified(`the OpenReview source ${url}`));
        return;
      }
      const fetched = await fetchAnswer(context, 'OpenReview', url, { headers: { accept: 'application/json' }, maxBytes: openReviewMaxBodyChars });
      const result = fetched.ok ? parseOpenReviewNotes(fetched.answer, batch) : fetched.failure;
      if (result.outcome !== 'answered') {
        for (const id of batch) decided(`openreview:${id}`, unverified(result.reason));
        return;
      }
      for (const [id, record] of result.records) decided(`openreview:${id}`, { status: 'found', record });
      await Promise.all(result.missing.map(async (id) => decided(`openreview:${id}`, await askV1(id, context))));
    }),
  );
}

async function askV1(id: string, context: SourceContext): Promise<PaperFact> {
  // A config naming OpenReview's v2 URL alone (a mirror, a fake) has no v1 source: never the public one.
  if (context.options.sources.openreview.v1Url === '') return unverified(`OpenReview's v2 API has no note ${id}, and no v1 API is configured to ask`);
  const url = endpoint(context.options.sources.openreview.v1Url, '/notes', { id });
  if (typeof url === 'string') return unverified(`the OpenReview v1 source ${url}`);
  const fetched = await fetchAnswer(context, 'OpenReview (v1)', url, { headers: { accept: 'application/json' }, maxBytes: openReviewMaxBodyChars });
  if (!fetched.ok) return unverified(fetched.failure.reason);
  const result = parseOpenReviewNotes(fetched.answer, [id]);
  if (result.outcome !== 'answered') return unverified(result.reason);
  const record = result.records.get(id);
  if (record) return { status: 'found', record };
  return { status: 'nonexistent', reason: `OpenReview has no note ${id}` };
}
