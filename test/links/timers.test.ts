import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/check.js';
import { Scheduler } from '../../src/http/schedule.js';
import { maxTimerMs } from '../../src/links/types.js';
import { delay, send, startServer, type TestServer } from '../servers/http.js';
import { routes, target, testOptions } from './options.js';

/**
 * Issue 11: times of 2^31 ms or more overflow Node's timers (they fire after 1 ms, with a
 * TimeoutOverflowWarning each time). The checker clamps every time to maxTimerMs.
 */

let server: TestServer;
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(warning.name);

beforeAll(async () => {
  process.on('warning', onWarning);
  server = await startServer(
    '127.0.0.9',
    routes({
      '/slow': (_req, res) => void delay(100).then(() => send(res, 200)),
      '/ok': (_req, res) => send(res, 200),
      '/busy': (_req, res) => send(res, 429, { 'retry-after': '999999999' }),
    }),
  );
});

afterAll(async () => {
  process.off('warning', onWarning);
  await server.close();
});

const overflowWarnings = () => warnings.filter((name) => name === 'TimeoutOverflowWarning').length;

describe('times of 2^31 ms or more', () => {
  it('maxTimerMs is the largest delay Node keeps', () => {
    expect(maxTimerMs).toBe(2_147_483_647);
  });

  it('a request timeout of 2^31 ms does not time every request out at once', async () => {
    const before = overflowWarnings();
    const [result] = await checkLinks([target(server.url('/slow'))], testOptions({ timeoutMs: 2 ** 31 }));
    expect(result).toMatchObject({ verdict: 'alive', status: 200 });
    expect(overflowWarnings()).toBe(before);
  });

  it('a total timeout of 2^31 ms does not end the run at once', async () => {
    const before = overflowWarnings();
    const [result] = await checkLinks([target(server.url('/slow?total'))], testOptions({ totalTimeoutMs: 2 ** 31 + 5 }));
    expect(result).toMatchObject({ verdict: 'alive', status: 200 });
    expect(overflowWarnings()).toBe(before);
  });

  it('a host interval of 2^31 ms waits (until the total limit) instead of spinning', async () => {
    const before = overflowWarnings();
    const results = await checkLinks(
      [target(server.url('/ok?interval=1')), target(server.url('/ok?interval=2'))],
      testOptions({ hosts: { '127.0.0.9': { intervalMs: 2 ** 31 } }, totalTimeoutMs: 300 }),
    );
    expect(results.map((r) => r.verdict)).toEqual(['alive', 'unverified']);
    expect(results[1]?.reason).toBe('not finished within the total time limit (0.3 s)');
    expect(overflowWarnings()).toBe(before);
  });

  it('a Retry-After cap of 2^31 ms pauses the host (until the total limit) instead of spinning', async () => {
    const before = overflowWarnings();
    const [result] = await checkLinks([target(server.url('/busy'))], testOptions({ maxRetryAfterMs: 2 ** 32, maxTotalRetryAfterMs: 2 ** 33, totalTimeoutMs: 300 }));
    expect(result).toMatchObject({ verdict: 'unverified', reason: 'not finished within the total time limit (0.3 s)' });
    expect(server.requestsTo('/busy').map((r) => r.method)).toEqual(['HEAD']);
    expect(overflowWarnings()).toBe(before);
  });

  it('the scheduler clamps a far pause to one timer, not one per millisecond', async () => {
    const before = overflowWarnings();
    let now = 0;
    const scheduler = new Scheduler(1, () => ({ concurrency: 1, intervalMs: 0 }), () => now);
    scheduler.pause('a', 2 ** 40);
    const started = scheduler.acquire('a').then(() => 'started');
    await delay(30);
    expect(overflowWarnings()).toBe(before);
    now = 2 ** 40;
    scheduler.pause('b', 0); // any call pumps; the paused host may start now
    expect(await started).toBe('started');
    scheduler.close(new Error('done'));
  });
});
