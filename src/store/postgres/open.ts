/**
 * Connecting to PostgreSQL: a pool per store, an optional schema (`?schema=name` on the connection string, factbrief's
 * own parameter: tests and trials keep several stores in one database), and the migrations applied under a
 * transaction-scoped advisory lock, so any number of workers may start at once and each step is applied once.
 */
import pg from 'pg';
import { StoreError } from '../errors.js';
import { pgMigrations } from './migrations.js';

export interface PgTarget {
  /** The connection string without factbrief's own parameters. */
  url: string;
  schema: string;
}

/** True when `location` names a PostgreSQL database rather than a file. */
export function isPostgresUrl(location: string | undefined): boolean {
  return location !== undefined && /^postgres(?:ql)?:\/\//i.test(location);
}

/** Splits factbrief's `schema` parameter off a connection string. */
export function parseTarget(location: string): PgTarget {
  const u = new URL(location);
  const schema = u.searchParams.get('schema') ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new StoreError('postgres', `schema must be a lower-case SQL name, got ${schema}`);
  u.searchParams.delete('schema');
  return { url: u.toString(), schema };
}

/** The connection string with any password blanked out, for messages. */
export function redact(location: string): string {
  try {
    const u = new URL(location);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

export function makePool(t: PgTarget, max = 4): pg.Pool {
  const pool = new pg.Pool({ connectionString: t.url, max, options: `-c search_path=${t.schema}` });
  // An idle client losing its connection (the server restarted) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

/** A fixed advisory-lock key per schema: hashtext() of a name, the same in every process. */
const LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtext('factbrief:migrate:' || $1))`;

/** Creates the schema if needed and applies pending migrations; returns the schema version. */
export async function migrate(pool: pg.Pool, schema: string): Promise<number> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    await c.query(LOCK_SQL, [schema]);
    await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await c.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
    );
    const r = await c.query<{ v: number | null }>(`SELECT MAX(version) AS v FROM ${schema}.schema_migrations`);
    let current = r.rows[0]?.v ?? 0;
    for (const m of pgMigrations) {
      if (m.version <= current) continue;
      await c.query(m.sql);
      await c.query(`INSERT INTO ${schema}.schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`, [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
      current = m.version;
    }
    await c.query('COMMIT');
    return current;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}
