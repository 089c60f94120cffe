import type { TitleSearchFact } from '../facts.js';
import { type Attempt, header } from '../http/attempt.js';
import { fetchAnswer, type SourceContext } from './client.js';
import { dblpMaxBodyChars, dblpSearchQuery, parseDblpSearch } from './dblp.js';
import type { TitleSearchWanted } from './search-rows.js';

/**
 * DBLP's publication search, one title a request (`GET {url}?q=…&format=json&h=30`), at the
 * configured interval (2 s at least and one at a time for DBLP's own hosts), Retry-After honoured by
 * the polite client. A run sends at most `budget` searches; the titles past it are unverified with
 * that reason, as are those of a DBLP that failed three times in a row (it is not asked further).
 * Every failure — down, rate limited past its retries, an HTML page, malformed or truncated JSON, an
 * answer over 4 MB — leaves its title unverified, never answered.
 */

const sourceName = 'DBLP';
/** Hits asked for, and kept, per search. */
export const dblpHitsPerSearch = 30;
/** Failures in a row after which the rest of the run's titles are not sent. */
const failuresBeforeGivingUp = 3;

/** DBLP's ways of saying "slow down": 429, and a 503 with Retry-After. */
export function dblpRateLimited(attempt: Attempt): boolean {
  if (attempt.kind !== 'response') return false;
  return attempt.status === 429 || (attempt.status === 503 && header(attempt, 'retry-after') !== undefined);
}

export const unverifiedSearch = (reason: string): TitleSearchFact => ({ status: 'unverified', source: 'dblp', hits: [], reason });

/** The reason a title past the budget is given. */
export function budgetSpentReason(budget: number): string {
  return `the run's ${budget} DBLP ${budget === 1 ? 'lookup is' : 'lookups are'} spent`;
}

/**
 * Searches the titles, at most `budget` of them (in the order given), telling each outcome to
 * `decided` (keyed by normalized title).
 */
export async function searchDblp(
  titles: readonly TitleSearchWanted[],
  context: SourceContext,
  budget: number,
  decided: (normalizedTitle: string, fact: TitleSearchFact) => void,
): Promise<void> {
  const settings = context.options.sources.dblp;
  let base: URL;
  try {
    base = new URL(settings.url);
  } catch {
    for (const { normalizedTitle } of titles) decided(normalizedTitle, unverifiedSearch(`the DBLP source '${settings.url.slice(0, 80)}' is not a URL`));
    return;
  }
  const allowed = Math.max(0, Math.floor(budget));
  for (const { normalizedTitle } of titles.slice(allowed)) decided(normalizedTitle, unverifiedSearch(budgetSpentReason(allowed)));
  const queue = titles.slice(0, allowed);
  let failuresInARow = 0;
  let lastFailure = '';
  // As many workers as the source may have requests in flight; the polite client spaces them.
  const workers = Math.max(1, Math.min(queue.length, Math.floor(settings.concurrency) || 1));
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
        if (failuresInARow >= failuresBeforeGivingUp) {
          decided(item.normalizedTitle, unverifiedSearch(`DBLP was not asked: its last ${failuresBeforeGivingUp} answers failed (${lastFailure})`));
          continue;
        }
        const fact = await searchOne(base, item.title, context);
        if (fact.status === 'answered') failuresInARow = 0;
        else {
          failuresInARow += 1;
          lastFailure = fact.reason ?? '';
        }
        decided(item.normalizedTitle, fact);
      }
    }),
  );
}

async function searchOne(base: URL, title: string, context: SourceContext): Promise<TitleSearchFact> {
  const url = new URL(base);
  for (const [name, value] of new URLSearchParams(dblpSearchQuery(title, dblpHitsPerSearch))) url.searchParams.set(name, value);
  const fetched = await fetchAnswer(context, sourceName, url, {
    headers: { accept: 'application/json' },
    maxBytes: dblpMaxBodyChars,
    rateLimited: dblpRateLimited,
    backoffBaseMs: Math.max(context.options.retryBaseMs ?? 0, context.options.sources.dblp.intervalMs),
  });
  if (!fetched.ok) return unverifiedSearch(fetched.failure.reason);
  const result = parseDblpSearch(fetched.answer, { now: context.options.now?.() ?? Date.now() });
  if (result.outcome !== 'answered') return unverifiedSearch(result.reason);
  return { status: 'answered', source: 'dblp', hits: result.records.slice(0, dblpHitsPerSearch) };
}
