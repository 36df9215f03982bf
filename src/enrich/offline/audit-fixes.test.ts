import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, makeItem, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import type { ItemRecord } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';

const engine = createOfflineEngine();

test('an update on an earlier report names who reports the new value (audit 18, 41, 61: 本次报道 named no one)', async () => {
  const earlier = makeItem({
    title: 'OpenAI to expand Oracle cloud contract',
    text: 'OpenAI has agreed to expand its cloud contract with Oracle to about $350 billion, one of the people said.',
    url: 'https://www.theinformation.com/articles/oracle',
    date: '2026-01-21',
  });
  const figs = extractFigures(earlier.text).map((f) => ({ ...f, subject: 'OpenAI', metric: 'contract', period: '2027-2031' }));
  const b = makeBundle({
    id: 'st_oracle_update',
    items: [
      {
        title: '甲骨文股价再跌，OpenAI合同或扩大至近4000亿美元',
        text: '据外媒报道，OpenAI与甲骨文2027年至2031年的云服务合同将扩大至接近4000亿美元。',
        url: 'https://finance.sina.com.cn/tech/2026-01-23/oracle.shtml',
        date: '2026-01-23',
      },
    ],
    attributions: [{ value: 4e11, subject: 'OpenAI', metric: 'contract', period: '2027-2031' }],
    claims: (items, f) => {
      const it = items[0] as ItemRecord;
      return [
        {
          subject: 'OpenAI',
          metric: 'contract',
          period: '2027-2031',
          statements: [statement(it, f[it.id] ?? [], 4e11), statement(earlier, figs, 3.5e11)],
          conflict: true,
          latest: 0,
          mostCited: 0,
        },
      ];
    },
  });
  const s = await engine.doWriteStory(b, 'sections');
  const line = s.insights.find((i) => i.startsWith('与此前报道对比：'));
  assert.ok(line, JSON.stringify(s.insights));
  assert.ok(line.includes('The Information曾称'), line);
  assert.ok(line.includes('新浪财经称**接近4000亿美元**'), line);
  assert.ok(!line.includes('本次报道'), line);
});

test('an amount in Chinese numerals reads in Arabic ones beside them (audit 12: 从三千亿美元扩大至约3500亿美元)', async () => {
  const { mainlandNumbers } = await import('../assemble/mainland.js');
  assert.equal(mainlandNumbers('合同从**三千亿美元**扩大至**约3500亿美元**。'), '合同从**3000亿美元**扩大至**约3500亿美元**。');
  assert.equal(mainlandNumbers('双方签署的合同金额高达三千亿美元'), '双方签署的合同金额高达3000亿美元');
  assert.equal(mainlandNumbers('投入两百亿元'), '投入200亿元');
  // Not a number word inside a longer one, nor a count without a currency.
  assert.equal(mainlandNumbers('一万三千亿美元'), '一万三千亿美元');
  assert.equal(mainlandNumbers('三千亿次调用'), '三千亿次调用');
});

test('关键数据 keeps a forecast or a plan as one (audit 63, 70: 英伟达预计对OpenAI投资, 亚马逊拟对OpenAI投资)', async () => {
  const b = makeBundle({
    id: 'st_keydata_modal',
    items: [
      {
        title: 'OpenAI新一轮融资细节曝光',
        text: [
          'OpenAI新一轮融资的细节逐渐清晰，软银将领投。',
          '软银本轮出资300亿美元。英伟达预计在本轮向OpenAI投资200亿美元。亚马逊拟对OpenAI投资最多500亿美元。',
        ].join('\n\n'),
        url: 'https://wallstreetcn.com/articles/1',
        date: '2026-02-21',
      },
    ],
    attributions: [
      { value: 3e10, subject: 'SoftBank', metric: 'investment', period: 'unknown' },
      { value: 2e10, subject: 'Nvidia', metric: 'investment', period: 'unknown' },
      { value: 5e10, subject: 'Amazon', metric: 'investment', period: 'unknown' },
    ],
    claims: (items, f) => {
      const it = items[0] as ItemRecord;
      const c = (subject: string, value: number) => ({
        subject,
        metric: 'investment',
        period: 'unknown',
        counterparty: 'OpenAI',
        statements: [statement(it, f[it.id] ?? [], value)],
        conflict: false,
        latest: 0,
        mostCited: 0,
      });
      return [c('SoftBank', 3e10), c('Nvidia', 2e10), c('Amazon', 5e10)];
    },
  });
  const s = await engine.doWriteStory(b, 'sections');
  const text = [...s.paragraphs, ...s.blocks.flatMap((x) => x.bullets)].join('\n');
  const bullets = s.blocks.find((x) => x.label === '关键数据')?.bullets ?? [];
  assert.ok(bullets.length > 0, text);
  for (const line of bullets) {
    if (line.includes('200亿')) assert.ok(line.startsWith('英伟达预计对OpenAI投资'), line);
    if (line.includes('500亿')) assert.ok(line.startsWith('亚马逊拟对OpenAI投资'), line);
  }
  assert.ok(
    bullets.some((l) => /200亿|500亿/.test(l)),
    text,
  );
});
