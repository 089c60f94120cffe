import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/http/timers.ts
var maxTimerMs = 2 ** 31 - 1;
function timerMs(value, fallback, min = 0) {
  if (value === void 0 || Number.isNaN(value)) return fallback;
  return Math.min(maxTimerMs, Math.max(min, value));
}
function sleep(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, timerMs(ms, 0));
    signal?.addEventListener("abort", done, { once: true });
  });
}

export {
  maxTimerMs,
  timerMs,
  sleep
};
