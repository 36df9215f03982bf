/**
 * An upgrade re-extracts the archive (pipeline.ts `itemsToExtract`, util/code-fingerprint.ts): when the extraction
 * code or its data (here: the user's own gazetteer file) changed since the store's last run, every stored item is
 * extracted again once — a stop half-way leaves the rest for the next run, and an unchanged setup extracts nothing.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseConfig } from '../../src/config/index.js';
import { loadGazetteer } from '../../src/extract/index.js';
import { extractItems, itemsToExtract, processSources } from '../../src/pipeline.js';
import { type Reporter, silentReporter } from '../../src/report.js';
import { openStore } from '../../src/store/index.js';
import { extractorFingerprint } from '../../src/util/code-fingerprint.js';

const ARTICLES: [string, string][] = [
  ['a.md', '---\ntitle: "青禾智造三季度营收增长"\ndate: 2026-11-20\n---\n\n青禾智造第三季度营收达到12亿元，同比增长31%。\n'],
  [
    'b.md',
    '---\ntitle: "Qinghe Robotics lifts revenue"\ndate: 2026-11-20\n---\n\nQinghe Robotics said third-quarter revenue rose 31% to $170 million.\n',
  ],
];

function recorder(lines: string[]): Reporter {
  return { ...silentReporter, info: (m: string) => lines.push(m) };
}

test('a changed gazetteer file re-extracts the stored items once, and the new names reach their figures', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-upgrade-'));
  try {
    const input = join(dir, 'in');
    mkdirSync(input);
    for (const [name, body] of ARTICLES) writeFileSync(join(input, name), body);
    const mine = join(dir, 'mine.json');
    writeFileSync(mine, JSON.stringify([{ name: 'Harbor Lake Semiconductor', type: 'org', aliases: ['港湖半导体'] }]));
    const config = parseConfig({ extract: { gazetteer: [mine] } });
    const store = await openStore({ path: join(dir, 'f.db') });
    const first: string[] = [];
    await processSources(store, [input], config, recorder(first));
    assert.ok(!first.some((l) => l.includes('extracting')), first.join('\n'));
    const subjects = async () => (await store.getExtractions()).flatMap((x) => x.figures.map((f) => f.subject ?? '-')).sort();
    const named = async () => (await subjects()).filter((s) => s === 'Qinghe Robotics').length;
    // The English article names the company; the Chinese one's figures have no owner yet.
    assert.equal(await named(), 2, (await subjects()).join(','));

    // Nothing changed: nothing is extracted again.
    assert.deepEqual(await itemsToExtract(store, silentReporter, config.extract.gazetteer), []);

    // The user teaches the gazetteer the company's Chinese name (a new file: a process reads each file once, as a new
    // run would read the edited one): the fingerprint moves and both items are owed again.
    const before = extractorFingerprint(config.extract.gazetteer);
    const mine2 = join(dir, 'mine-v2.json');
    writeFileSync(
      mine2,
      JSON.stringify([
        { name: 'Harbor Lake Semiconductor', type: 'org', aliases: ['港湖半导体'] },
        { name: 'Qinghe Robotics', type: 'org', aliases: ['青禾智造'] },
      ]),
    );
    writeFileSync(mine, readFileSync(mine2));
    assert.notEqual(extractorFingerprint(config.extract.gazetteer), before, 'the same file, edited');
    const next = parseConfig({ extract: { gazetteer: [mine2] } });
    const said: string[] = [];
    const owed = await itemsToExtract(store, recorder(said), next.extract.gazetteer);
    assert.equal(owed.length, 2);
    assert.match(said.join('\n'), /extracting 2 stored items again/);

    // A run that stops after one item leaves exactly the other for the next run.
    const gaz = loadGazetteer(next.extract.gazetteer);
    await extractItems(store, [owed[0] as string], gaz, silentReporter, next.limits);
    assert.deepEqual(await itemsToExtract(store, silentReporter, next.extract.gazetteer), [owed[1]]);

    const second: string[] = [];
    const r = await processSources(store, [input], next, recorder(second));
    assert.equal(r.extract.extracted, 1);
    assert.deepEqual(await itemsToExtract(store, silentReporter, next.extract.gazetteer), []);
    // The Chinese article's figures now have their owner too, in the extraction and in the knowledge built from it; no item twice.
    assert.equal(await named(), 4, (await subjects()).join(','));
    assert.equal((await store.getExtractions()).length, 2);
    assert.equal((await store.listItems()).length, 2);
    const claims = (await store.getKnowledge()).claims.filter((c) => c.subject === 'Qinghe Robotics');
    assert.ok(claims.length > 0, 'knowledge rebuilt from the new extraction');
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the fingerprint covers the extraction code and its tables, and is stable between calls', () => {
  assert.equal(extractorFingerprint(), extractorFingerprint());
  assert.match(extractorFingerprint(), /^[0-9a-f]{64}$/);
});
