import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { dropSchemas, freshSchemaUrl, skipWithoutPostgres } from '../../test/support/postgres.js';
import { PostgresStore } from '../store/postgres/driver.js';
import { PgLlmGate } from './llm-gate.js';

describe('the LLM gate shared through PostgreSQL', { skip: skipWithoutPostgres }, () => {
  test('two workers cannot both take the last of the budget; the second waits for the first, then is refused', async () => {
    const url = freshSchemaUrl('fbg').url;
    const [a, b] = [await PostgresStore.open(url, { poolSize: 2 }), await PostgresStore.open(url, { poolSize: 2 })];
    const limits = { requestsPerSecond: 100, burst: 10, budgetUsd: 0.01, reservationSeconds: 60 };
    const ga = new PgLlmGate(a.pool, limits);
    const gb = new PgLlmGate(b.pool, limits);
    const at = new Date().toISOString();
    await a.ledger.add({ at, model: 'm', promptTokens: 1, completionTokens: 1, cost: 0.004, cached: false, purpose: 'story:st_a' });
    const first = await ga.reserve(0.005);
    assert.ok(first, 'room for one more request');
    const second = gb.reserve(0.005); // 0.004 spent + 0.005 in flight + 0.005 > 0.01: waits for the first to settle
    await new Promise((r) => setTimeout(r, 300));
    await a.ledger.add({ at, model: 'm', promptTokens: 1, completionTokens: 1, cost: 0.0045, cached: false, purpose: 'story:st_b' });
    await first.settle();
    assert.equal(await second, null, 'the ledger alone now leaves no room: refused');
    const cheap = await gb.reserve(0.001);
    assert.ok(cheap, 'a request that still fits is let through');
    await cheap.settle();
    await a.close();
    await b.close();
  });

  test('the token bucket spaces requests of two workers at the shared rate', async () => {
    const url = freshSchemaUrl('fbg').url;
    const [a, b] = [await PostgresStore.open(url, { poolSize: 2 }), await PostgresStore.open(url, { poolSize: 2 })];
    const limits = { requestsPerSecond: 20, burst: 1, reservationSeconds: 60 };
    const gates = [new PgLlmGate(a.pool, limits), new PgLlmGate(b.pool, limits)];
    const t0 = Date.now();
    await Promise.all(
      gates.map(async (g) => {
        for (let i = 0; i < 5; i++) await g.takeRequest('http://127.0.0.1:1/v1');
      }),
    );
    // Ten tokens at 20 a second with a burst of one: at least 9 refills of 50 ms.
    assert.ok(Date.now() - t0 >= 9 * 50 - 20, `took ${Date.now() - t0} ms`);
    const [row] = (await a.pool.query('SELECT rate_per_s, burst FROM llm_rate')).rows;
    assert.deepEqual(row, { rate_per_s: 20, burst: 1 });
    await a.close();
    await b.close();
  });
});

after(() => dropSchemas());
