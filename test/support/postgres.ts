/**
 * PostgreSQL for tests: FACTBRIEF_TEST_DATABASE_URL names a database the tests may create schemas in (CI sets it, see
 * .ci/run). Each store gets a schema of its own (`?schema=…`), dropped at the end. Without the variable the tests
 * that need PostgreSQL are skipped with the reason.
 */
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.FACTBRIEF_TEST_DATABASE_URL;

/** Passed as `{ skip }` to node:test: false, or why the test cannot run here. */
export const skipWithoutPostgres: string | false = TEST_DATABASE_URL
  ? false
  : 'needs PostgreSQL: set FACTBRIEF_TEST_DATABASE_URL (CI does; see .ci/run)';

let n = 0;
const made: string[] = [];

/** A fresh, unused schema name and the connection string that selects it. */
export function freshSchemaUrl(prefix = 'fbt'): { url: string; schema: string } {
  const schema = `${prefix}_${process.pid}_${Date.now().toString(36)}_${n++}`;
  made.push(schema);
  const u = new URL(TEST_DATABASE_URL as string);
  u.searchParams.set('schema', schema);
  return { url: u.toString(), schema };
}

/** Drops the schemas made by freshSchemaUrl (and, for the queue, the pg-boss schemas named alike). */
export async function dropSchemas(extra: string[] = []): Promise<void> {
  if (!TEST_DATABASE_URL) return;
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    for (const s of [...made, ...extra]) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  } finally {
    await client.end();
  }
  made.length = 0;
}
