/** SQLite SQL of the day-bounded pipeline (issue 14): cluster features by day, windowed story replacement. */
import type Database from 'better-sqlite3';
import type { Story } from '../../types/index.js';
import type { ClusterFeatureFilter, ClusterFeatureRow, ClusteringCommit } from '../types.js';

type Stmt = (sql: string) => Database.Statement;

/** IN lists are cut to this many parameters (SQLite's limit is 32,766; short lists keep statements cached). */
const CHUNK = 500;

function chunks<T>(xs: readonly T[], n = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');

function u32ToBlob(a: Uint32Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function blobToU32(b: Buffer): Uint32Array {
  const copy = new Uint8Array(b.byteLength);
  copy.set(b);
  return new Uint32Array(copy.buffer, 0, copy.byteLength >>> 2);
}

interface FeatureDbRow {
  item_id: string;
  day: number;
  signature: Buffer;
  bands: Buffer;
  blocks: string;
  body: string;
}

function fromDb(r: FeatureDbRow): ClusterFeatureRow {
  return {
    itemId: r.item_id,
    day: r.day,
    signature: blobToU32(r.signature),
    bands: blobToU32(r.bands),
    blocks: JSON.parse(r.blocks) as string[],
    body: r.body,
  };
}

export function itemsWithoutClusterFeatures(stmt: Stmt): string[] {
  const sql = `SELECT id FROM items WHERE id NOT IN (SELECT item_id FROM cluster_features)
    AND id NOT IN (SELECT item_id FROM quarantine) ORDER BY id`;
  return (stmt(sql).all() as { id: string }[]).map((r) => r.id);
}

/** Rows stream from the cursor (`iterate`): the caller holds only what it keeps. */
export function* clusterFeatures(stmt: Stmt, f: ClusterFeatureFilter): Generator<ClusterFeatureRow> {
  const where: string[] = ['cf.item_id NOT IN (SELECT item_id FROM quarantine)'];
  const params: unknown[] = [];
  if (f.sinceDay !== undefined) {
    where.push('cf.day >= ?');
    params.push(f.sinceDay);
  }
  if (f.untilDay !== undefined) {
    where.push('cf.day <= ?');
    params.push(f.untilDay);
  }
  const base = `SELECT cf.* FROM cluster_features cf WHERE ${where.join(' AND ')}`;
  if (f.ids === undefined) {
    for (const r of stmt(`${base} ORDER BY cf.day, cf.item_id`).iterate(...params)) yield fromDb(r as FeatureDbRow);
    return;
  }
  const rows: ClusterFeatureRow[] = [];
  for (const ids of chunks([...new Set(f.ids)].sort())) {
    for (const r of stmt(`${base} AND cf.item_id IN (${marks(ids.length)})`).iterate(...params, ...ids)) rows.push(fromDb(r as FeatureDbRow));
  }
  rows.sort((a, b) => a.day - b.day || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
  yield* rows;
}

export function getClusterState(stmt: Stmt, name: string): Uint8Array | undefined {
  const r = stmt('SELECT value FROM cluster_state WHERE name = ?').get(name) as { value: Buffer } | undefined;
  return r ? new Uint8Array(r.value) : undefined;
}

export function commitClustering(db: Database.Database, stmt: Stmt, c: ClusteringCommit, at: string): void {
  const feature = stmt(
    `INSERT OR REPLACE INTO cluster_features (item_id, day, signature, bands, blocks, body) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insert = stmt('INSERT INTO stories (id, title, date) VALUES (?, ?, ?)');
  const assign = stmt('UPDATE items SET story = ? WHERE id = ?');
  db.transaction(() => {
    for (const r of c.features) feature.run(r.itemId, r.day, u32ToBlob(r.signature), u32ToBlob(r.bands), JSON.stringify(r.blocks), r.body);
    if (c.state)
      stmt('INSERT OR REPLACE INTO cluster_state (name, value, at) VALUES (?, ?, ?)').run(c.state.name, Buffer.from(c.state.value), at);
    const old = new Set<string>();
    for (const ids of chunks(c.scope)) {
      for (const r of stmt(`SELECT DISTINCT story FROM items WHERE id IN (${marks(ids.length)}) AND story IS NOT NULL`).all(...ids) as {
        story: string;
      }[])
        old.add(r.story);
    }
    for (const ids of chunks([...old])) {
      stmt(`UPDATE items SET story = NULL WHERE story IN (${marks(ids.length)})`).run(...ids);
      stmt(`DELETE FROM stories WHERE id IN (${marks(ids.length)})`).run(...ids);
    }
    for (const s of c.stories) {
      insert.run(s.id, s.title, s.date);
      for (const id of s.items) assign.run(s.id, id);
    }
  })();
}

export function listStoriesOfItems(stmt: Stmt, itemIds: string[]): Story[] {
  const ids = new Set<string>();
  for (const chunk of chunks([...new Set(itemIds)])) {
    for (const r of stmt(`SELECT DISTINCT story FROM items WHERE id IN (${marks(chunk.length)}) AND story IS NOT NULL`).all(...chunk) as {
      story: string;
    }[])
      ids.add(r.story);
  }
  const members = stmt('SELECT id FROM items WHERE story = ? ORDER BY date, id');
  const one = stmt('SELECT * FROM stories WHERE id = ?');
  const out: Story[] = [];
  for (const id of [...ids].sort()) {
    const r = one.get(id) as { id: string; title: string; date: string | null } | undefined;
    if (r) out.push({ ...r, items: (members.all(id) as { id: string }[]).map((m) => m.id) });
  }
  return out.sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || (a.id < b.id ? -1 : 1));
}

export function countStories(stmt: Stmt): number {
  return (stmt('SELECT COUNT(*) AS n FROM stories').get() as { n: number }).n;
}
