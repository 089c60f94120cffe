import type { PaperFact } from '../facts.js';
import type { Attempt } from '../http/attempt.js';
import { header } from '../http/attempt.js';
import { arxivFormContentType, arxivMaxBatch, arxivMaxBodyChars, type ArxivBatch, parseArxivAnswer, planArxivBatches } from './arxiv.js';
import { endpoint, fetchAnswer, type SourceContext, unverified } from './client.js';

/**
 * The arXiv API client: ids validated locally (a malformed id is never sent: it would fail the
 * whole batch), asked in POST batches of at most 400 with `max_results`, one request at a time with
 * the configured interval between them (3 s at least for arXiv's own hosts), answers matched back
 * by base id in any order. An id absent from a complete answer is asked once more, alone with the
 * other absent ones, before it counts as nonexistent. 429, a 200 whose body is `Rate exceeded.`, or
 * a 503 with Retry-After pause the source and are asked again; what stays throttled, and HTTP 400,
 * truncated or malformed feeds, HTML pages and other failures make the batch's ids unverified.
 */

const sourceName = 'arXiv';

/** arXiv's ways of saying "slow down". */
export function arxivRateLimited(attempt: Attempt): boolean {
  if (attempt.kind !== 'response') return false;
  if (attempt.status === 429) return true;
  if (attempt.status === 503 && header(attempt, 'retry-after') !== undefined) return true;
  return attempt.status === 200 && attempt.body !== undefined && attempt.body.length < 64 && attempt.body.trim() === 'Rate exceeded.';
}

/** Facts for base arXiv ids (`2110.14633`, `hep-th/9901001`), keyed `arxiv:<id>`. */
export async function askArxiv(ids: readonly string[], context: SourceContext, decided: (key: string, fact: PaperFact) => void): Promise<void> {
  const settings = context.options.sources.arxiv;
  const now = context.options.now?.() ?? Date.now();
  const plan = planArxivBatches(ids, { now });
  for (const rejected of plan.rejected) decided(`arxiv:${rejected.input}`, { status: 'nonexistent', reason: rejected.reason });
  const url = endpoint(settings.url, '');
  if (typeof url === 'string') {
    for (const batch of plan.batches) for (const id of batch.ids) decided(`arxiv:${id}`, unverified(`the arXiv source ${url}`));
    return;
  }
  const ask = (batch: ArxivBatch) => askBatch(url, batch, context);

  // First round: every batch; the scheduler sends them one at a time.
  const absent: string[] = [];
  await Promise.all(
    plan.batches.map(async (batch) => {
      const result = await ask(batch);
      if (result.outcome !== 'answered') {
        for (const id of batch.ids) decided(`arxiv:${id}`, unverified(result.reason));
        return;
      }
      for (const [id, record] of result.records) decided(`arxiv:${id}`, { status: 'found', record });
      absent.push(...result.missing, ...result.unanswered);
    }),
  );

  // Second round: the absent ids once more. Absent again from a complete answer: nonexistent.
  const again = planArxivBatches(absent, { now, batchSize: arxivMaxBatch });
  await Promise.all(
    again.batches.map(async (batch) => {
      const result = await ask(batch);
      if (result.outcome !== 'answered') {
        for (const id of batch.ids) decided(`arxiv:${id}`, unverified(result.reason));
        return;
      }
      for (const [id, record] of result.records) decided(`arxiv:${id}`, { status: 'found', record });
      for (const id of result.missing) decided(`arxiv:${id}`, { status: 'nonexistent', reason: `arXiv has no paper ${id}` });
      for (const id of result.unanswered) decided(`arxiv:${id}`, unverified(`arXiv's answer left out ${id} twice`));
    }),
  );
}

/** Earlier versions asked per paper at most: the first and the latest ones before the current. */
const maxVersionsPerPaper = 10;

/**
 * The titles of earlier versions of papers (`{ id: '2111.11745', latest: 3 }` asks v1 and v2), in
 * batches of at most 400 versioned ids. A paper whose versions could not be asked is left out.
 */
export async function askArxivVersions(papers: ReadonlyArray<{ id: string; latest: number }>, context: SourceContext): Promise<Map<string, Array<{ version: number; title: string }>>> {
  const titles = new Map<string, Array<{ version: number; title: string }>>();
  const url = endpoint(context.options.sources.arxiv.url, '');
  if (typeof url === 'string') return titles;
  const asked: Array<{ id: string; versioned: string; version: number }> = [];
  for (const { id, latest } of papers) {
    const earlier = Array.from({ length: Math.max(0, latest - 1) }, (_, i) => i + 1);
    const chosen = earlier.length <= maxVersionsPerPaper ? earlier : [1, ...earlier.slice(-(maxVersionsPerPaper - 1))];
    for (const version of chosen) asked.push({ id, versioned: `${id}v${version}`, version });
  }
  const batches: Array<typeof asked> = [];
  for (let i = 0; i < asked.length; i += arxivMaxBatch) batches.push(asked.slice(i, i + arxivMaxBatch));
  const failed = new Set<string>();
  const found = new Map<string, string>();
  await Promise.all(
    batches.map(async (batch) => {
      const ids = batch.map((item) => item.versioned);
      const body = new URLSearchParams({ id_list: ids.join(','), max_results: String(ids.length), start: '0' }).toString();
      const result = await askBatch(url, { ids, maxResults: ids.length, body }, context);
      if (result.outcome !== 'answered') {
        for (const item of batch) failed.add(item.id);
        return;
      }
      for (const [versioned, record] of result.records) if (record.version !== undefined && versioned.endsWith(`v${record.version}`)) found.set(versioned, record.title);
    }),
  );
  for (const { id } of papers) {
    if (failed.has(id)) continue;
    titles.set(
      id,
      asked.filter((item) => item.id === id && found.has(item.versioned)).map((item) => ({ version: item.version, title: found.get(item.versioned) as string })),
    );
  }
  return titles;
}

async function askBatch(url: URL, batch: ArxivBatch, context: SourceContext) {
  const settings = context.options.sources.arxiv;
  const fetched = await fetchAnswer(context, sourceName, url, {
    method: 'POST',
    headers: { 'content-type': arxivFormContentType, accept: 'application/atom+xml' },
    body: batch.body,
    maxBytes: arxivMaxBodyChars,
    rateLimited: arxivRateLimited,
    // "Rate exceeded." names no Retry-After: back off by at least twice the interval.
    backoffBaseMs: Math.max(context.options.retryBaseMs ?? 0, 2 * settings.intervalMs),
  });
  if (!fetched.ok) return fetched.failure;
  return parseArxivAnswer(fetched.answer, batch.ids, { now: context.options.now?.() ?? Date.now() });
}
