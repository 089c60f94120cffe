/**
 * Times as Node's timers take them. setTimeout with 2^31 ms or more fires after 1 ms instead (with a
 * TimeoutOverflowWarning), so every time a client is given is clamped to maxTimerMs; config and flag
 * reading should reject larger values with a clear message.
 */
export const maxTimerMs = 2 ** 31 - 1;

/** A time for Node's timers: at least `min`, at most maxTimerMs, `fallback` when not a number. */
export function timerMs(value: number | undefined, fallback: number, min = 0): number {
  if (value === undefined || Number.isNaN(value)) return fallback;
  return Math.min(maxTimerMs, Math.max(min, value));
}

/** Waits `ms`, or less when `signal` aborts first; never rejects. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, timerMs(ms, 0));
    signal?.addEventListener('abort', done, { once: true });
  });
}
