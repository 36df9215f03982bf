/**
 * The LLM request rate and budget shared by every worker, kept in PostgreSQL (tables `llm_rate` and
 * `llm_reservations`, migration 1 of the PostgreSQL store):
 *
 * - Rate: one token-bucket row per endpoint. A request takes a token with one conditional UPDATE (the row lock makes
 *   workers take turns); the bucket refills at `requestsPerSecond` up to `burst`. Across all workers, any window of
 *   T seconds holds at most burst + rate·T requests.
 * - Budget: before a paid request, under an advisory lock, the ledger's spending of the day (UTC) plus the estimates
 *   of requests in flight must leave room for this request's estimate; the estimate is then reserved until the reply
 *   is accounted in the ledger (a request waits while only requests in flight stand in the way, and is refused once
 *   the ledger alone leaves no room). A reservation left by a killed worker stops counting after `reservationSeconds`.
 *   The estimate (src/enrich/llm/gate.ts) is meant to be above the real cost; a reply costing more than its estimate
 *   is the one way the ledger can pass the budget.
 */
import type pg from 'pg';
import type { LlmGate, LlmPermit } from '../enrich/llm/gate.js';
import { sleep } from '../util/retry.js';

export interface SharedLlmLimits {
  /** Requests a second to one endpoint, all workers together. */
  requestsPerSecond: number;
  /** Requests that may start at once after a quiet spell. */
  burst: number;
  /** The daily budget in USD (`llm.budgetUsd`); none: no budget check. */
  budgetUsd?: number | undefined;
  /** How long a reservation counts when its request never settles (a killed worker). */
  reservationSeconds: number;
}

const TAKE = `UPDATE llm_rate SET
    tokens = LEAST(burst, tokens + EXTRACT(EPOCH FROM clock_timestamp() - updated_at) * rate_per_s) - 1,
    updated_at = clock_timestamp()
  WHERE endpoint = $1 AND LEAST(burst, tokens + EXTRACT(EPOCH FROM clock_timestamp() - updated_at) * rate_per_s) >= 1
  RETURNING tokens`;

export class PgLlmGate implements LlmGate {
  private readonly known = new Set<string>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly limits: SharedLlmLimits,
  ) {}

  async takeRequest(endpoint: string): Promise<void> {
    if (!this.known.has(endpoint)) {
      await this.pool.query(
        `INSERT INTO llm_rate (endpoint, tokens, rate_per_s, burst, updated_at) VALUES ($1, $3, $2, $3, clock_timestamp())
         ON CONFLICT (endpoint) DO UPDATE SET rate_per_s = excluded.rate_per_s, burst = excluded.burst`,
        [endpoint, this.limits.requestsPerSecond, this.limits.burst],
      );
      this.known.add(endpoint);
    }
    for (;;) {
      if ((await this.pool.query(TAKE, [endpoint])).rowCount === 1) return;
      const r = await this.pool.query<{ tokens: number; rate: number }>(
        `SELECT LEAST(burst, tokens + EXTRACT(EPOCH FROM clock_timestamp() - updated_at) * rate_per_s)::float8 AS tokens,
           rate_per_s AS rate FROM llm_rate WHERE endpoint = $1`,
        [endpoint],
      );
      const row = r.rows[0];
      const wait = row ? Math.ceil(((1 - row.tokens) / row.rate) * 1000) : 100;
      await sleep(Math.max(5, Math.min(wait, 5000)));
    }
  }

  /**
   * Reserves the estimate: null when the day's spending leaves no room for it; while only requests in flight stand in
   * the way, waits for them to settle (their real cost may leave room).
   */
  async reserve(estimateUsd: number): Promise<LlmPermit | null> {
    const until = Date.now() + this.limits.reservationSeconds * 1000;
    for (;;) {
      const r = await this.tryReserve(estimateUsd);
      if (r !== 'wait') return r;
      if (Date.now() > until) return null;
      await sleep(200);
    }
  }

  private async tryReserve(estimateUsd: number): Promise<LlmPermit | null | 'wait'> {
    const budget = this.limits.budgetUsd;
    const c = await this.pool.connect();
    let id: string | undefined;
    try {
      await c.query('BEGIN');
      await c.query(`SELECT pg_advisory_xact_lock(hashtext('factbrief:llm-budget:' || current_schema()))`);
      // Reservations of killed workers stop counting after reservationSeconds; they are cleared here, under the lock.
      await c.query('DELETE FROM llm_reservations WHERE at < now() - make_interval(secs => $1)', [this.limits.reservationSeconds]);
      if (budget !== undefined) {
        const dayStart = `${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`;
        const r = await c.query<{ spent: number; held: number }>(
          `SELECT (SELECT COALESCE(SUM(cost), 0) FROM ledger WHERE at >= $1)::float8 AS spent,
             (SELECT COALESCE(SUM(usd), 0) FROM llm_reservations WHERE at > now() - make_interval(secs => $2))::float8 AS held`,
          [dayStart, this.limits.reservationSeconds],
        );
        const { spent = 0, held = 0 } = r.rows[0] ?? {};
        if (spent + held + estimateUsd > budget) {
          await c.query('COMMIT');
          return spent + estimateUsd > budget ? null : 'wait';
        }
      }
      const ins = await c.query<{ id: string }>(
        `INSERT INTO llm_reservations (scope, usd, at) VALUES ('day', $1, now()) RETURNING id::text AS id`,
        [estimateUsd],
      );
      id = ins.rows[0]?.id;
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
    const pool = this.pool;
    return {
      async settle() {
        if (id !== undefined) await pool.query('DELETE FROM llm_reservations WHERE id = $1::bigint', [id]);
        id = undefined;
      },
    };
  }
}
