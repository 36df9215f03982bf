/** Today's news: a story whose figures an earlier day already told (another story, another outlet) is not headlined as new. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, makeItem, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import type { Figure, ItemRecord, StoryBundle } from '../../types/index.js';
import { writeDigest } from '../digest.js';
import { createOfflineEngine } from './engine.js';

const engine = createOfflineEngine();

/** Yesterday's CNBC report (another story) and today's Chinese report of the same quarter. */
function toldYesterday(todayTitle: string, todayText: string): StoryBundle {
  const yesterday = makeItem({
    title: 'Nvidia fourth-quarter revenue tops estimates',
    url: 'https://www.cnbc.com/2026/02/25/nvidia.html',
    date: '2026-02-25',
    text: 'Nvidia reported fourth-quarter revenue of $68.1 billion.',
  });
  const yFigs: Figure[] = extractFigures(yesterday.text).map((f) => ({ ...f, subject: 'Nvidia', metric: 'revenue', period: 'FY2026Q4' }));
  const bundle = makeBundle({
    id: 'st_today',
    items: [{ title: todayTitle, url: 'https://www.cls.cn/detail/2', date: '2026-02-26', text: todayText }],
    attributions: [
      { value: 6.81e10, subject: 'Nvidia', metric: 'revenue', period: 'FY2026Q4' },
      { value: 4.12e10, subject: 'Nvidia', metric: 'net-income', period: 'FY2026Q4' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      const has = (v: number) => f.some((x) => x.value === v);
      return [
        single('Nvidia', 'revenue', 'FY2026Q4', [statement(yesterday, yFigs, 6.81e10), statement(it, f, 6.81e10)]),
        ...(has(4.12e10) ? [single('Nvidia', 'net-income', 'FY2026Q4', [statement(it, f, 4.12e10)])] : []),
      ];
    },
  });
  return { ...bundle, toldBefore: { [yesterday.id]: '2026-02-25' } };
}

test("today's news: a figure another story told yesterday does not headline today; the new figure does", async () => {
  const b = toldYesterday('英伟达第四财季营收681亿美元', '英伟达第四财季营收681亿美元，净利润达到412亿美元。');
  const s = await engine.doWriteStory(b, 'stories');
  assert.match(s.headline, /412亿美元/, s.headline);
  assert.ok(!s.toldBefore);
  // Without yesterday's report the title stands.
  const { toldBefore: _, ...fresh } = b;
  assert.equal((await engine.doWriteStory(fresh, 'stories')).headline, '英伟达第四财季营收681亿美元');
});

test("today's news: a title's clause of told figures is dropped, its subject kept", async () => {
  const b = toldYesterday(
    '英伟达第四财季营收681亿美元超预期 数据中心业务占比逾九成',
    '英伟达第四财季营收681亿美元，数据中心业务占比逾九成。',
  );
  const s = await engine.doWriteStory(b, 'stories');
  assert.equal(s.headline, '英伟达数据中心业务占比逾九成');
});

test("today's news: nothing new is a follow-up (续报), and no item of the day (not even under 更多动态) while another story remains", async () => {
  const stale = toldYesterday('英伟达第四财季营收681亿美元', '英伟达第四财季营收681亿美元，超出市场预期。');
  const s = await engine.doWriteStory(stale, 'stories');
  assert.match(s.headline, /续报/);
  assert.equal(s.toldBefore, true);
  const other = makeBundle({
    id: 'st_other',
    items: [{ title: '月之暗面完成7亿美元融资', url: 'https://36kr.com/p/1', date: '2026-02-26', text: '月之暗面完成新一轮7亿美元融资。' }],
  });
  const d = await writeDigest([stale, other], engine, { date: '2026-02-26', style: 'stories' });
  assert.deepEqual(
    d.stories.map((x) => x.storyId),
    ['st_other'],
  );
  // compose24: a line retelling yesterday's figures is the repetition an editor refuses (R1): it is left out.
  assert.deepEqual(
    d.more.map((x) => x.storyId),
    [],
  );
});

test('the headline has its news in the body: a title figure the lead leaves out brings its sentence along', async () => {
  const b = makeBundle({
    id: 'st_tsmc',
    items: [
      {
        title: '台积电上季度盈利创新高，今年资本开支有望达到560亿美元',
        url: 'https://www.yicai.com/news/3.html',
        date: '2026-01-16',
        text: [
          '台积电第四季度税后净利润创历史新高，高性能计算业务贡献过半营收。',
          '公司表示，先进制程需求依旧强劲，海外工厂进度符合预期。',
          '台积电预计2026年资本开支为520亿至560亿美元，较去年大幅增加。',
        ].join('\n\n'),
      },
    ],
  });
  for (const style of ['stories', 'sections'] as const) {
    const s = await engine.doWriteStory(b, style);
    assert.match(s.paragraphs[0] ?? '', /560亿美元/, `${style}: ${s.paragraphs[0]}`);
    assert.match(s.paragraphs[0] ?? '', /^台积电第四季度/, 'the news sentence still opens');
  }
});
