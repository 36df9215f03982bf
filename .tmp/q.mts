import Database from 'better-sqlite3';
import { parseQuery } from '../src/store/search-terms.js';
import { ftsMatch } from '../src/store/sqlite/driver.js';
const db = new Database(process.argv[2]!, { readonly: true });
const st = db.prepare(`SELECT rowid, score FROM (SELECT rowid, bm25(items_terms, 2.0, 1.0) AS score FROM items_terms WHERE items_terms MATCH ? ORDER BY rowid DESC LIMIT 2000) ORDER BY score LIMIT 20`);
const segs = db.prepare("SELECT count(*) n FROM items_terms_idx").get();
console.log('idx rows', segs);
for (const q of ['谷歌', '资本开支', 'nvidia', 'data center']) {
  const m = ftsMatch(parseQuery(q));
  for (let i = 0; i < 3; i++) st.all(m);
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < 20; i++) st.all(m);
  const c = process.cpuUsage(c0);
  console.log(q, 'wall', ((performance.now() - t0) / 20).toFixed(2), 'cpu', ((c.user + c.system) / 1000 / 20).toFixed(2));
}
