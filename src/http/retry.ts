/**
 * How long to wait before asking again: a server's Retry-After, or exponential backoff with jitter;
 * and the run's budget for Retry-After waits, so that a host cannot hold a run for hours by asking
 * for long pauses again and again.
 */

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/^[A-Za-z]{3}/.test(text)) return undefined; // an HTTP date starts with the day's name; Date.parse would take "-5"
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before retry number `retry` (1-based): base·2^(retry-1), jittered to 50–150 % so clients do not retry in step. */
export function backoffMs(baseMs: number, retry: number, random: () => number = Math.random): number {
  return Math.min(30_000, baseMs * 2 ** (retry - 1) * (0.5 + random()));
}

/**
 * What is left of a run's time for Retry-After waits. A wait is granted whole or not at all: a host
 * asking for more than is left gets a final answer instead of a wait.
 */
export class RetryAfterBudget {
  private left: number;

  constructor(totalMs: number) {
    this.left = Number.isNaN(totalMs) ? 0 : Math.max(0, totalMs);
  }

  /** Takes `ms` from the budget when it holds that much; false (and nothing taken) otherwise. */
  take(ms: number): boolean {
    if (ms <= 0) return true;
    if (ms > this.left) return false;
    this.left -= ms;
    return true;
  }

  get remainingMs(): number {
    return this.left;
  }
}
