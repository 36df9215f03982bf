import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retryDeadlock } from './queue.js';

/** An error as node-postgres raises it for a deadlock victim. */
const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });

test('a deadlock victim is retried until the call goes through; its result is returned', async () => {
  let calls = 0;
  const out = await retryDeadlock(
    async () => {
      calls++;
      if (calls < 3) throw deadlock();
      return 'created';
    },
    6,
    1,
  );
  assert.equal(out, 'created');
  assert.equal(calls, 3);
});

test('any other error is thrown at once, and a deadlock that persists is thrown after the last attempt', async () => {
  let calls = 0;
  await assert.rejects(
    retryDeadlock(
      async () => {
        calls++;
        throw Object.assign(new Error('relation does not exist'), { code: '42P01' });
      },
      6,
      1,
    ),
    /relation does not exist/,
  );
  assert.equal(calls, 1);
  calls = 0;
  await assert.rejects(
    retryDeadlock(
      async () => {
        calls++;
        throw deadlock();
      },
      4,
      1,
    ),
    /deadlock detected/,
  );
  assert.equal(calls, 4);
});
