import { normalizeHost } from './host.js';
import { maxTimerMs } from './timers.js';

/**
 * Politeness: who may start a request now. A request needs a free global slot and a free slot of
 * its host, and its host must be past its minimum interval since the last start and past any pause
 * a 429 asked for. Waiting requests of one host never hold a global slot, so a slow host cannot
 * starve the others.
 */

export interface HostLimits {
  concurrency: number;
  intervalMs: number;
  /**
   * Count the interval from the end of the host's last request as well as from its start, so that
   * the server sees at least `intervalMs` between one answer and the next request (arXiv's "one
   * request every three seconds" on one connection), however long each request takes.
   */
  intervalFromEnd?: boolean;
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
}

interface HostState extends HostLimits {
  active: number;
  /** When the host's last request started (or, with intervalFromEnd, ended, if that was later). */
  lastStart: number;
  pausedUntil: number;
  queue: Waiter[];
}

export class Scheduler {
  private readonly hosts = new Map<string, HostState>();
  private active = 0;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  private closedWith: unknown;

  constructor(
    private readonly concurrency: number,
    private readonly limitsOf: (host: string) => HostLimits,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Resolves when a request to `host` may start; the caller must `release(host)` once it is over. */
  acquire(host: string): Promise<void> {
    if (this.closedWith !== undefined) return Promise.reject(this.closedWith);
    host = normalizeHost(host);
    const state = this.stateOf(host);
    return new Promise((resolve, reject) => {
      state.queue.push({ resolve, reject });
      this.pump();
    });
  }

  release(host: string): void {
    host = normalizeHost(host);
    const state = this.stateOf(host);
    state.active -= 1;
    this.active -= 1;
    if (state.intervalFromEnd) state.lastStart = Math.max(state.lastStart, this.clock());
    this.pump();
  }

  /** Holds every request of a host that has not started yet until `until` (a 429's Retry-After). */
  pause(host: string, until: number): void {
    const state = this.stateOf(normalizeHost(host));
    state.pausedUntil = Math.max(state.pausedUntil, until);
    this.pump();
  }

  /** Until when a host is paused by a 429 (0 when it never was). */
  pausedUntil(host: string): number {
    return this.hosts.get(normalizeHost(host))?.pausedUntil ?? 0;
  }

  /** Rejects every waiting request and any later one; running ones are the caller's to abort. */
  close(reason: unknown): void {
    this.closedWith = reason;
    clearTimeout(this.timer);
    for (const state of this.hosts.values()) {
      for (const waiter of state.queue.splice(0)) waiter.reject(reason);
    }
  }

  private stateOf(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      const limits = this.limitsOf(host);
      state = {
        concurrency: Math.max(1, limits.concurrency),
        intervalMs: Math.min(maxTimerMs, Math.max(0, limits.intervalMs || 0)),
        intervalFromEnd: limits.intervalFromEnd === true,
        active: 0,
        lastStart: Number.NEGATIVE_INFINITY,
        pausedUntil: 0,
        queue: [],
      };
      this.hosts.set(host, state);
    }
    return state;
  }

  private pump(): void {
    if (this.closedWith !== undefined) return;
    let wakeAt = Number.POSITIVE_INFINITY;
    while (this.active < this.concurrency) {
      const now = this.clock();
      // The host with the most waiting goes first: the run ends when its busiest host is done,
      // so a free global slot is best spent there, and no host is left with a long tail alone.
      let best: HostState | undefined;
      for (const state of this.hosts.values()) {
        if (state.queue.length === 0 || state.active >= state.concurrency) continue;
        const readyAt = Math.max(state.pausedUntil, state.lastStart + state.intervalMs);
        if (readyAt > now) wakeAt = Math.min(wakeAt, readyAt);
        else if (!best || state.queue.length > best.queue.length) best = state;
      }
      if (!best) break;
      const waiter = best.queue.shift() as Waiter;
      best.active += 1;
      this.active += 1;
      best.lastStart = now;
      waiter.resolve();
    }
    if (wakeAt < this.timerAt || this.timer === undefined) this.wakeAt(wakeAt);
  }

  private wakeAt(at: number): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
    if (at === Number.POSITIVE_INFINITY) return;
    this.timerAt = at;
    // A wake-up further than Node's timers reach (2^31 ms) is taken in steps: after the longest
    // delay, pump() finds nothing ready and sets the next one. More would fire after 1 ms, again and again.
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Number.POSITIVE_INFINITY;
      this.pump();
    }, Math.min(maxTimerMs, Math.max(0, at - this.clock())));
  }
}
