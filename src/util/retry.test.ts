import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type RetryPolicy, retryAfterMs, withRetries } from './retry.js';

class Fail extends Error {
  constructor(
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(retryable ? 'busy' : 'refused');
  }
}

/** A policy whose waits are recorded instead of slept. */
function policy(waits: number[], over: Partial<RetryPolicy<Fail>> = {}): RetryPolicy<Fail> {
  return {
    retries: 3,
    classify: (e) => ({ retryable: e.retryable, retryAfterMs: e.retryAfterMs }),
    backoffMs: (n) => 100 * 2 ** n,
    maxRetryAfterMs: 5_000,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...over,
  };
}

test('withRetries: retries a retryable failure with the backoff, or the wait the server asked for', async () => {
  const waits: number[] = [];
  const failures = [new Fail(true), new Fail(true, 2_000), new Fail(true)];
  const got = await withRetries(async (n) => {
    const f = failures[n];
    if (f) throw f;
    return `ok after ${n}`;
  }, policy(waits));
  assert.equal(got, 'ok after 3');
  assert.deepEqual(waits, [100, 2_000, 400]);
});

test('withRetries: a failure that is not retryable is thrown at once', async () => {
  const waits: number[] = [];
  let calls = 0;
  await assert.rejects(
    withRetries(async () => {
      calls++;
      throw new Fail(false);
    }, policy(waits)),
    /refused/,
  );
  assert.equal(calls, 1);
  assert.deepEqual(waits, []);
});

test('withRetries: bounded by retries, then the last failure is thrown', async () => {
  const waits: number[] = [];
  let calls = 0;
  await assert.rejects(
    withRetries(
      async () => {
        calls++;
        throw new Fail(true);
      },
      policy(waits, { retries: 2 }),
    ),
    /busy/,
  );
  assert.equal(calls, 3);
  assert.deepEqual(waits, [100, 200]);
});

test('withRetries: a Retry-After above the cap is not waited for; beforeWait may shorten a wait', async () => {
  const waits: number[] = [];
  const told: number[] = [];
  let calls = 0;
  await assert.rejects(
    withRetries(
      async () => {
        calls++;
        throw new Fail(true, 60_000);
      },
      policy(waits, { onRetryAfterTooLong: (_e, ms) => told.push(ms) }),
    ),
  );
  assert.equal(calls, 1);
  assert.deepEqual(told, [60_000]);
  assert.deepEqual(waits, []);

  const clipped: number[] = [];
  await withRetries(
    async (n) => {
      if (n === 0) throw new Fail(true, 3_000);
    },
    policy(clipped, { beforeWait: (_e, _n, ms) => Math.min(ms, 250) }),
  );
  assert.deepEqual(clipped, [250]);
});

test('retryAfterMs reads seconds, milliseconds and HTTP dates', () => {
  const h = (o: Record<string, string>) => ({ get: (k: string) => o[k] ?? null });
  assert.equal(retryAfterMs(h({ 'retry-after': '3' })), 3_000);
  assert.equal(retryAfterMs(h({ 'retry-after-ms': '250', 'retry-after': '3' })), 250);
  const now = Date.parse('2026-11-22T08:00:00Z');
  assert.equal(retryAfterMs(h({ 'retry-after': 'Sun, 22 Nov 2026 08:00:30 GMT' }), now), 30_000);
  assert.equal(retryAfterMs(h({ 'retry-after': 'soon' })), undefined);
  assert.equal(retryAfterMs(h({})), undefined);
});
