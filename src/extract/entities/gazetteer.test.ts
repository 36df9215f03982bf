/** Gazetteer loading, user extension files (JSON and YAML), canonical names and groups. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { canonicalSubject, findEntities, groupMembers, loadGazetteer, summarizeEntities } from './index.js';

const gaz = loadGazetteer();

test('the shipped gazetteer has at least 300 entries of every type, with Chinese aliases', () => {
  assert.ok(gaz.entries.length >= 300, `only ${gaz.entries.length} entries`);
  const types = new Set(gaz.entries.map((e) => e.type));
  for (const t of ['org', 'person', 'product', 'media', 'place']) assert.ok(types.has(t as never), t);
  const zh = gaz.entries.filter((e) => e.aliases.some((a) => /[\u4e00-\u9fff]/.test(a)));
  assert.ok(zh.length >= 200, `only ${zh.length} entries with Chinese aliases`);
  const names = new Set(gaz.entries.map((e) => e.name));
  for (const e of gaz.entries) {
    for (const m of e.members ?? []) assert.ok(names.has(m), `${e.name}: unknown member ${m}`);
    if (e.parent) assert.ok(names.has(e.parent), `${e.name}: unknown parent ${e.parent}`);
  }
});

const CANONICAL: [string, string][] = [
  ['Alphabet', 'Google'],
  ['谷歌', 'Google'],
  ['英伟达', 'Nvidia'],
  ['甲骨文', 'Oracle'],
  ['台积电', 'TSMC'],
  ['博通', 'Broadcom'],
  // a company is keyed by its formal English name; its short name and its Chinese names (both scripts) lead there
  ['中际旭创', 'Zhongji Innolight'],
  ['中際旭創', 'Zhongji Innolight'],
  ['Innolight', 'Zhongji Innolight'],
  ['黄仁勋', 'Jensen Huang'],
  ['月之暗面', 'Moonshot AI'],
  ['nvidia', 'Nvidia'],
  ['Unknown Co', 'Unknown Co'],
];
for (const [alias, name] of CANONICAL) test(`canonicalSubject(${alias})`, () => assert.equal(canonicalSubject(alias, gaz), name));

test('groupMembers', () => {
  assert.deepEqual(groupMembers('四巨头', gaz), ['Microsoft', 'Google', 'Amazon', 'Meta']);
  assert.deepEqual(groupMembers('Big Four', gaz), ['Microsoft', 'Google', 'Amazon', 'Meta']);
  assert.equal(groupMembers('Magnificent Seven', gaz)?.length, 7);
  assert.equal(groupMembers('Nvidia', gaz), undefined);
});

test('user files (JSON and YAML) extend the gazetteer, merged by name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factbrief-gaz-'));
  try {
    const json = join(dir, 'mine.json');
    writeFileSync(
      json,
      JSON.stringify([
        { name: 'Quillfeather AI', type: 'org', aliases: ['羽笔机器人'], tags: ['robotics'] },
        { name: 'Nvidia', type: 'org', aliases: ['老黄家'] },
      ]),
    );
    const yaml = join(dir, 'more.yaml');
    writeFileSync(yaml, 'entries:\n  - name: Tinderbox Labs\n    type: org\n    aliases: [Tinderbox.dev]\n');
    const mine = loadGazetteer([json, yaml]);
    assert.equal(mine.entries.length, gaz.entries.length + 2);
    assert.equal(canonicalSubject('羽笔机器人', mine), 'Quillfeather AI');
    assert.equal(canonicalSubject('老黄家', mine), 'Nvidia');
    assert.equal(canonicalSubject('英伟达', mine), 'Nvidia');
    assert.deepEqual(
      findEntities('老黄家和Tinderbox.dev', mine).map((m) => m.name),
      ['Nvidia', 'Tinderbox Labs'],
    );
    // The shipped gazetteer is not changed by loading user files.
    assert.equal(canonicalSubject('老黄家', gaz), '老黄家');
    writeFileSync(join(dir, 'bad.json'), '{"entries": [{"type": "org"}]}');
    assert.throws(() => loadGazetteer([join(dir, 'bad.json')]), /bad\.json: entries\[0\]\.name: has no name/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('summarizeEntities groups mentions by canonical name', () => {
  const text = '英伟达和Nvidia，还有OpenAI。Figure AI raised money.';
  const rows = summarizeEntities(findEntities(text, gaz, { discover: true }), gaz);
  assert.deepEqual(rows[0], { name: 'Nvidia', type: 'org', aliases: gaz.byName.get('nvidia')!.aliases, mentions: 2 });
  assert.ok(rows.some((r) => r.name === 'Figure AI' && r.type === 'org' && r.mentions === 1));
});
