import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capexBundle, digestStory } from '../../../test/fixtures/enrich/bundles.js';
import type { DigestStory } from '../../types/index.js';
import { allowedFigures } from './allowed.js';
import { untraceable } from './check.js';
import { findViolations, guardStory } from './guard.js';

function story(p: Partial<DigestStory>): DigestStory {
  return digestStory({ storyId: 'st_capex2026', headline: '四巨头2026年资本开支超过4000亿美元', oneLine: '四巨头资本开支创新高。', ...p });
}

test('guard: figures written another way are traced (rounding, language, bare amounts, years)', () => {
  const allowed = allowedFigures(capexBundle());
  const ok = [
    '四巨头2026年资本开支超过**4000亿美元**。',
    'Capex will top $400 billion in 2026.',
    '券商估计为3,800亿美元。',
    '约3800亿。',
    '微软本财年预计投入约800亿美元。',
    '2025年的支出约为3000亿美元。',
    '增速约33%。', // 33.3% rounded to the written precision
  ];
  for (const s of ok) assert.deepEqual(untraceable(s, allowed), [], s);
  const bad: [string, string][] = [
    ['预计2027年将达到**5000亿美元**。', '5000亿美元'],
    ['四巨头资本开支超过4000亿元人民币。', '4000亿元人民币'],
    ['增速约40%。', '40%'],
  ];
  for (const [s, n] of bad)
    assert.ok(
      untraceable(s, allowed).some((x) => x.includes(n.slice(0, 4))),
      `${s} → ${untraceable(s, allowed)}`,
    );
});

test('guard: an untraceable sentence is dropped, the rest kept, one event each', () => {
  const bundle = capexBundle();
  const s = story({
    paragraphs: ['四巨头2026年资本开支将**超过4000亿美元**。预计2027年将达到**5000亿美元**。'],
    blocks: [{ label: '关键数据', bullets: ['英伟达订单增长**80%**。'] }],
    impacts: ['利好：英伟达，订单有望增加**30%**。', '利好：博通等定制芯片厂商。'],
  });
  const { story: out, events } = guardStory(s, bundle);
  assert.deepEqual(out.paragraphs, ['四巨头2026年资本开支将**超过4000亿美元**。']);
  assert.deepEqual(out.blocks, []);
  assert.deepEqual(out.impacts, ['利好：博通等定制芯片厂商。']);
  assert.equal(events.length, 3);
  assert.ok(events.every((e) => e.action === 'dropped' && e.storyId === 'st_capex2026'));
  assert.deepEqual(
    events.map((e) => e.number),
    ['5000亿美元', '80%', '30%'],
  );
  assert.deepEqual(findViolations(out, allowedFigures(bundle)), []);
});

test('guard: a failing headline is replaced by a source title that passes', () => {
  const bundle = capexBundle();
  const { story: out, events } = guardStory(story({ headline: '四巨头资本开支达到6000亿美元' }), bundle);
  assert.equal(out.headline, '四巨头2026年资本开支将超过4000亿美元');
  assert.equal(events[0]?.number, '6000亿美元');
});
