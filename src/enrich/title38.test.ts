/**
 * Decision 135: titles and heads. A head or the day's title never ships what `digest --check` flags as English or
 * over-long (one predicate, head-rules.ts): an untranslated long name is said short (the sources' own form, the name's
 * head words with its kind, a bracketed short name). A Chinese common noun (股票 of 发行A股股票) is never a discovered
 * name, so no head is built on it, and the check never reads one as a head's owner. Articles written for this test
 * (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../test/fixtures/enrich/bundles.js';
import { discoverNames } from '../extract/entities/discover.js';
import { loadEntityRules } from '../extract/entities/rules.js';
import { findEntities, loadGazetteer } from '../extract/index.js';
import { checkDigest } from '../render/check/index.js';
import { renderDigest } from '../render/digest.js';
import type { StoryBundle } from '../types/index.js';
import { namedShort, shortForms } from './assemble/head-names.js';
import { headProblems } from './assemble/head-rules.js';
import { clauseTold } from './assemble/headline-told.js';
import { writeDigest } from './digest.js';
import { createOfflineEngine } from './offline/engine.js';

const DAY = '2026-11-26';
const TRUST = 'Meridian Harbour Digital Infrastructure Trust';

test('head rules: an English or over-long head is flagged; its name said short passes', () => {
  const head = `${TRUST}交易金额6.1亿新加坡元`;
  assert.deepEqual(headProblems(head, true), ['english-title', 'headline-length']);
  assert.deepEqual(headProblems(head, false), ['english-title']);
  // The name's head words and its kind (a trust is no company of that name).
  assert.equal(namedShort(head, [], true), 'Meridian Harbour信托交易金额6.1亿新加坡元');
  // The sources' own short form first: a source that writes `Keyline said` names Keyline Data Centre Trust by it.
  assert.deepEqual(shortForms('Keyline Asia Data Centre Trust', ['Keyline Asia said on Friday it would buy the site.']), [
    'Keyline Asia信托',
  ]);
  // A bracketed short name when the head words cannot be cut (the name opens on its generic words).
  assert.ok(shortForms('Digital Core Infrastructure Trust', ['Digital Core Infrastructure Trust (DCIT) said…']).includes('DCIT'));
  // A head that passes is never touched.
  assert.equal(namedShort('Nimbus Labs融资12亿美元', [], true), 'Nimbus Labs融资12亿美元');
});

/** One wire's report of a trust's upsized placement: the name is nowhere in the gazetteer or a Chinese source. */
function trustPlacement(): StoryBundle {
  return makeBundle({
    id: 'st_trust',
    items: [
      {
        title: `${TRUST} upsizes placement to S$420 million`,
        text: `SINGAPORE, Nov 26 (Reuters) - ${TRUST} said on Thursday it had upsized its private placement to S$420 million from S$300 million after strong demand from institutional investors. Proceeds will partly fund the S$610 million acquisition of two data centres in Johor.`,
        url: 'https://www.reuters.com/markets/asia/meridian-harbour-placement-2026-11-26/',
        date: DAY,
      },
    ],
    claims: (items, figures) => {
      const it = items[0] as StoryBundle['items'][number];
      const fs = figures[it.id] ?? [];
      return [
        single(TRUST, 'funding', 'unknown', [statement(it, fs, 4.2e8)]),
        single(TRUST, 'acquisition', 'unknown', [statement(it, fs, 6.1e8)]),
      ];
    },
  });
}

test('writeDigest: a story headed by an untranslated long name ships a head and a title the check passes', async () => {
  const b = trustPlacement();
  const d = await writeDigest([b], createOfflineEngine(), { date: DAY, style: 'stories' });
  const heads = [d.title, ...d.stories.map((s) => s.headline), ...d.more.map((s) => s.headline)];
  assert.ok(
    heads.some((h) => h.includes('Meridian Harbour')),
    heads.join(' | '),
  );
  for (const h of heads) assert.deepEqual(headProblems(h, h !== d.title), [], h);
  const md = renderDigest(d);
  const flagged = checkDigest(md, { claims: b.claims }).filter((p) => /english-title|headline-length|headline-owner/.test(p.rule));
  assert.deepEqual(
    flagged.map((p) => `${p.rule}: ${p.text}`),
    [],
    md,
  );
});

test('discovery: a common noun before a stock code or a company suffix is no name', () => {
  const rules = loadEntityRules();
  const text =
    '曜石科技（688321.SH）晚间公告，公司拟向特定对象发行A股股票（688321）募集资金不超过48亿元。该业务收入约1080亿元，约占集团营收的23%。';
  const taken = findEntities(text, loadGazetteer());
  const found = discoverNames(text, rules, taken).map((m) => m.name);
  assert.ok(found.includes('曜石科技'), found.join(','));
  for (const noun of ['股票', '股股票', '约占集团']) assert.ok(!found.includes(noun), found.join(','));
});

test('check: a head built on a common noun filed as the owner is not passed as naming its owner', () => {
  const b = makeBundle({
    id: 'st_plan',
    items: [
      {
        title: '曜石科技拟定增募资不超过48亿元',
        text: '曜石科技晚间公告，公司拟向特定对象发行A股股票，融资总额不超过48亿元，用于智算中心建设。',
        url: 'https://www.stcn.com/article/detail/3300122.html',
        date: DAY,
      },
    ],
  });
  const it = b.items[0] as StoryBundle['items'][number];
  const fs = b.figures[it.id] ?? [];
  const claims = [single('股票', 'funding', 'unknown', [statement(it, fs, 4.8e9)])];
  const md = `---\ntitle: 股票融资不超过48亿元\ndate: ${DAY}\ncategory: AI 日报\n---\n\n# 股票融资不超过48亿元\n\n## 股票融资不超过48亿元\n\n曜石科技晚间公告，公司拟向特定对象发行A股股票，融资总额**不超过48亿元**，用于智算中心建设。\n\n来源：[证券时报](https://www.stcn.com/article/detail/3300122.html)\n`;
  const owner = checkDigest(md, { claims }).filter((p) => p.rule === 'headline-owner');
  assert.ok(owner.length > 0, JSON.stringify(checkDigest(md, { claims }).map((p) => p.rule)));
});

test('a verdict clause (长期看好) is told only by a sentence giving an outlook on what it is on', () => {
  const clause = '光模块板块短期承压、长期看好';
  const moveOnly = '美国公布新版出口管制规则，A股早盘一度承压，光模块板块跌2.1%。星河光电表示影响有限。';
  assert.equal(clauseTold(clause, moveOnly), false);
  assert.equal(clauseTold(clause, `${moveOnly}机构预期，光模块板块明年整体营收仍有望增长三成以上。`), true);
  // An outlook on something else tells nothing of the board.
  assert.equal(clauseTold(clause, `${moveOnly}机构预期，明年数据中心投资仍有望增长。`), false);
});
