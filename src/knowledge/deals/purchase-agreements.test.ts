import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleItem } from '../../../test/support/deals.js';
import { findEntities } from '../../extract/entities/index.js';
import { extract, loadGazetteer } from '../../extract/index.js';
import { buildKnowledge } from '../build.js';

const gaz = loadGazetteer();
/** Distinct edges of one article, the whole path (extract then buildKnowledge), each "payer → payee kind". */
function deals(text: string, lang: 'en' | 'zh' = 'zh'): string[] {
  const item = articleItem('it_1', lang, text, '2026-11-03');
  const snap = buildKnowledge({ items: [item], extractions: [{ itemId: item.id, ...extract(text, { date: item.date, lang }, gaz) }] });
  return [...new Set(snap.deals.map((d) => `${d.from} → ${d.to} ${d.kind}`))];
}

test('a purchase agreement signed "at the same time" (同时 / 并) is a purchase by the subject', () => {
  const zh = deals(
    '36氪获悉，Halvard Cloud已完成6亿美元融资，由Arista领投。Halvard Cloud同时与Arista签署采购协议，未来三年将采购最多4亿美元的交换机。',
  );
  assert.ok(zh.includes('Halvard Cloud → Arista purchase'), zh.join(' | '));
  const also = deals('36氪获悉，Halvard Cloud已完成6亿美元融资。Halvard Cloud并与Arista签订设备采购合同。');
  assert.ok(also.includes('Halvard Cloud → Arista purchase'), also.join(' | '));
});

test('"agreed to buy … of X switches" is a purchase of goods; "… of X capacity" stays a cloud contract', () => {
  const gear = deals(
    'As part of the round, Halvard Cloud has agreed to buy up to $400 million of Arista switches and optical gear over three years.',
    'en',
  );
  assert.deepEqual(gear, ['Halvard Cloud → Arista purchase']);
  const capacity = deals('Halvard Cloud has agreed to buy $400 million of Arista cloud capacity over three years.', 'en');
  assert.deepEqual(capacity, ['Halvard Cloud → Arista cloud-contract']);
});

test('a description ending in a role noun right before a Latin name is not a name (美国AI推理云公司Halvard Cloud)', () => {
  const names = findEntities('美国AI推理云公司Halvard Cloud已完成6亿美元融资。推理云公司Halvard Cloud成立于2022年。', gaz, {
    discover: true,
  }).map((m) => m.name);
  assert.ok(!names.some((n) => n.endsWith('公司')), names.join(' | '));
  assert.ok(names.includes('Halvard Cloud'), names.join(' | '));
});
