/** Side figures: background of an earlier period, of a company the story is not about, of another measure than a stock move. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';
import { periodRank } from './side.js';

const engine = createOfflineEngine();
const text = (s: { paragraphs: string[]; blocks: { label: string; bullets: string[] }[] }) =>
  [...s.paragraphs, ...s.blocks.flatMap((b) => b.bullets)].join('\n');

test('side figures: a stock-move story does not write an investment balance, nor an earlier year of it', async () => {
  const bundle = makeBundle({
    id: 'st_move',
    items: [
      {
        title: 'Nvidia shares slide as investors question circular AI financing',
        url: 'https://www.bloomberg.com/news/articles/2026-02-26/nvidia-slides',
        date: '2026-02-26',
        text: [
          'Nvidia shares fell as much as 5.1% on Thursday.',
          'Nvidia held non-marketable investments of $26.4 billion in fiscal 2026, up from about $3.4 billion in fiscal 2025.',
        ].join('\n\n'),
      },
    ],
    attributions: [
      { value: 5.1, subject: 'Nvidia', metric: 'share-price-change', period: '2026-02', direction: 'down' },
      { value: 2.64e10, subject: 'Nvidia', metric: 'investment', period: 'FY2026' },
      { value: 3.4e9, subject: 'Nvidia', metric: 'investment', period: 'FY2025' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('Nvidia', 'share-price-change', '2026-02', [statement(it, f, 5.1)]),
        single('Nvidia', 'investment', 'FY2026', [statement(it, f, 2.64e10)]),
        single('Nvidia', 'investment', 'FY2025', [statement(it, f, 3.4e9)]),
      ];
    },
  });
  for (const style of ['stories', 'sections'] as const) {
    const s = await engine.doWriteStory(bundle, style);
    assert.match(s.headline, /5\.1%/);
    assert.doesNotMatch(text(s), /264亿|34亿/, text(s));
  }
});

test('side figures: 关键数据 leaves out a company the story is not about and the base year of a comparison', async () => {
  const bundle = makeBundle({
    id: 'st_round',
    items: [
      {
        title: '月之暗面完成7亿美元新融资',
        url: 'https://36kr.com/p/1',
        date: '2026-01-28',
        text: [
          '月之暗面近日完成新一轮7亿美元融资，投后估值约48亿美元。',
          '月之暗面2025年营收约1亿美元，2026年营收预计约3亿美元。',
          '行业方面，同行的竞争仍在加剧，各家都在寻找新的收入来源，市场格局尚未定型。',
          '另一家大模型公司MiniMax今年1月IPO募资约42亿港元。',
        ].join('\n\n'),
      },
    ],
    attributions: [
      { value: 7e8, subject: 'Moonshot AI', metric: 'funding', period: '2026' },
      { value: 4.8e9, subject: 'Moonshot AI', metric: 'valuation', period: '2026' },
      { value: 1e8, subject: 'Moonshot AI', metric: 'revenue', period: '2025' },
      { value: 3e8, subject: 'Moonshot AI', metric: 'revenue', period: '2026' },
      { value: 4.2e9, subject: 'MiniMax', metric: 'funding', period: '2026-01' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('Moonshot AI', 'funding', '2026', [statement(it, f, 7e8)]),
        single('Moonshot AI', 'valuation', '2026', [statement(it, f, 4.8e9)]),
        single('Moonshot AI', 'revenue', '2025', [statement(it, f, 1e8)]),
        single('Moonshot AI', 'revenue', '2026', [statement(it, f, 3e8)]),
        single('MiniMax', 'funding', '2026-01', [statement(it, f, 4.2e9)]),
      ];
    },
  });
  const s = await engine.doWriteStory(bundle, 'sections');
  const keyData = s.blocks.find((b) => b.label === '关键数据')?.bullets.join('\n') ?? '';
  assert.match(`${s.paragraphs.join('')}${keyData}`, /7亿美元/);
  assert.doesNotMatch(keyData, /MiniMax|42亿港元/, keyData);
  assert.doesNotMatch(keyData, /2025年营收/, keyData);
});

test('side figures: periods order quarters, halves, months and years (fiscal apart)', () => {
  assert.ok((periodRank('FY2026Q4') as number) > (periodRank('FY2026Q3') as number));
  assert.ok((periodRank('2026') as number) > (periodRank('2025') as number));
  assert.ok((periodRank('2026-03') as number) > (periodRank('2026-01') as number));
  assert.equal(periodRank('unknown'), undefined);
});

test('关键数据 labels: a balance at a month end reads 截至; a flow of a month keeps its month', async () => {
  const { keyDataPeriod } = await import('./engine.js');
  assert.equal(keyDataPeriod('2025-12', '在手订单'), '截至2025年12月');
  assert.equal(keyDataPeriod('2025-12', '剩余履约义务'), '截至2025年12月');
  assert.equal(keyDataPeriod('2026-01', 'IPO募资'), '2026年1月');
  assert.equal(keyDataPeriod('FY2026Q4', '营收'), '2026财年第四财季');
  assert.equal(keyDataPeriod('unknown', '营收'), '');
});

test('side figures: the quarter just reported is no background to the next quarter’s forecast', async () => {
  const bundle = makeBundle({
    id: 'st_guide',
    items: [
      {
        title: 'Nvidia forecasts $86 billion in fourth-quarter revenue',
        url: 'https://www.reuters.com/markets/nvidia-guide',
        date: '2026-11-22',
        text: 'Nvidia expects fourth-quarter revenue of $86 billion. Third-quarter revenue was $78.4 billion.',
      },
    ],
    attributions: [
      { value: 8.6e10, subject: 'Nvidia', metric: 'revenue', period: 'FY2027Q4' },
      { value: 7.84e10, subject: 'Nvidia', metric: 'revenue', period: 'FY2027Q3' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('Nvidia', 'revenue', 'FY2027Q4', [statement(it, f, 8.6e10)]),
        single('Nvidia', 'revenue', 'FY2027Q3', [statement(it, f, 7.84e10)]),
      ];
    },
  });
  const s = await engine.doWriteStory(bundle, 'stories');
  assert.match(s.paragraphs.join(''), /784亿美元/, s.paragraphs.join(''));
});

test('a forecast is said once: 资本开支指引预计 → 资本开支预计, 预计…资本开支指引 → 预计…资本开支', async () => {
  const { smoothCopula } = await import('./compose.js');
  assert.equal(smoothCopula('亚马逊2026年资本开支指引预计约2000亿美元'), '亚马逊2026年资本开支预计约2000亿美元');
  assert.equal(smoothCopula('Meta预计2026年资本开支指引为1150亿至1350亿美元'), 'Meta预计2026年资本开支为1150亿至1350亿美元');
  assert.equal(smoothCopula('营收指引为780亿美元'), '营收指引为780亿美元');
});

test('市值蒸发 only for the amount its own clause says was wiped, not the market value it was reckoned on', async () => {
  const { metricWord, defaultStoryTemplates } = await import('./story-templates.js');
  const t = defaultStoryTemplates();
  const s = '按约4.7万亿美元的收盘市值计算，盘后跌幅相当于蒸发约1400亿美元市值。';
  assert.equal(metricWord('market-cap-change', s, t, undefined, '约4.7万亿美元'), '市值');
  assert.equal(metricWord('market-cap-change', s, t, undefined, '约1400亿美元'), '市值蒸发');
  assert.equal(metricWord('market-cap', s, t, undefined, '约4.7万亿美元'), '市值');
});

test('side figures: a market value is no move; a story that states one keeps its quarter', async () => {
  const bundle = makeBundle({
    id: 'st_cap',
    items: [
      {
        title: 'Cambricon swings to first annual profit',
        url: 'https://www.bloomberg.com/news/articles/cambricon',
        date: '2026-02-26',
        text: 'Cambricon has a market value of about 542 billion yuan. Fourth-quarter revenue was about 1.89 billion yuan.',
      },
    ],
    attributions: [
      { value: 5.42e11, subject: 'Cambricon', metric: 'market-cap', period: 'unknown' },
      { value: 1.89e9, subject: 'Cambricon', metric: 'revenue', period: '2025Q4' },
    ],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const f = figs[it.id] ?? [];
      return [
        single('Cambricon', 'market-cap', 'unknown', [statement(it, f, 5.42e11)]),
        single('Cambricon', 'revenue', '2025Q4', [statement(it, f, 1.89e9)]),
      ];
    },
  });
  const s = await engine.doWriteStory(bundle, 'stories');
  assert.match(s.paragraphs.join(''), /18\.9亿元/, s.paragraphs.join(''));
});
