import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { ItemRecord } from '../../types/index.js';
import { loadGazetteerEntries } from '../data-files.js';
import { amountBasis, changeBasis, changeWord, QUARTER_ON_QUARTER, YEAR_ON_YEAR } from './basis.js';
import { conflictSentences } from './insights.js';
import { entityDirectory } from './names.js';

const dir = entityDirectory(loadGazetteerEntries());

test('basis: one definition of year-on-year and quarter-on-quarter for every writer', () => {
  for (const s of ['同比增长35%', '年增20.5%', 'up 71% year-over-year', 'from a year earlier', 'a year ago', 'YoY'])
    assert.ok(YEAR_ON_YEAR.test(s), s);
  for (const s of ['环比增长5.7%', '季增5.7%', 'sequential growth', 'quarter-on-quarter']) assert.ok(QUARTER_ON_QUARTER.test(s), s);
  assert.ok(!YEAR_ON_YEAR.test('环比增长5.7%'));
  assert.equal(changeBasis({ kind: 'percent', text: '5.7%' }, '营收环比增长5.7%、同比增长20.5%'), 'qoq');
  assert.equal(changeBasis({ kind: 'percent', text: '20.5%' }, '营收环比增长5.7%、同比增长20.5%'), 'yoy');
});

test('basis: what an amount includes or how it was reached, from the words of its sentence', () => {
  const cases: [string, string, string | undefined][] = [
    ['375亿美元', '公司2026财年第二财季资本开支为375亿美元，含融资租赁，管理层未给出全年数字。', '含融资租赁'],
    ['349亿美元', '导火索是当季349亿美元的资本开支。', undefined],
    ['1250亿美元', 'Meta 1250亿美元（1150亿至1350亿美元区间的中值）。', '区间中值'],
    ['约6100亿美元', '若按各公司指引区间下限及微软财年口径折算，四家今年的资本开支合计约6100亿美元。', '按区间下限'],
    ['三千亿美元', 'OpenAI已同意把云服务合同从三千亿美元扩大至约3500亿美元。', 'earlier'],
    ['约3500亿美元', 'OpenAI已同意把云服务合同从三千亿美元扩大至约3500亿美元。', undefined],
    ['$300 billion', 'The contract grows to about $350 billion, up from the $300 billion signed last year.', 'earlier'],
    ['1.4万亿美元', '其未来八年的算力采购承诺总额约为1.4万亿美元。', '多年累计'],
  ];
  for (const [text, sentence, want] of cases) assert.equal(amountBasis({ text }, sentence), want, `${text} in ${sentence}`);
});

function msftBundle() {
  return makeBundle({
    id: 'st_msft',
    items: [
      {
        title: '四大云厂商资本开支合计约6600亿美元',
        url: 'https://wallstreetcn.com/articles/1',
        date: '2026-02-06',
        text: '微软的口径有所不同。公司2026财年第二财季资本开支为375亿美元，含融资租赁，管理层未给出全年数字。',
      },
      {
        title: '美股科技巨头的现金流焦虑',
        url: 'https://www.yicai.com/news/2.html',
        date: '2026-02-08',
        text: '导火索并非业绩本身，而是当季349亿美元的资本开支和略低于预期的Azure增速。',
      },
    ],
    attributions: [
      { value: 3.75e10, subject: 'Microsoft', metric: 'capex', period: 'FY2026Q2' },
      { value: 3.49e10, subject: 'Microsoft', metric: 'capex', period: 'FY2026Q2' },
    ],
    claims: (items, figs) => {
      const [a, b] = items as [ItemRecord, ItemRecord];
      return [
        {
          subject: 'Microsoft',
          metric: 'capex',
          period: 'FY2026Q2',
          statements: [statement(a, figs[a.id] ?? [], 3.75e10), statement(b, figs[b.id] ?? [], 3.49e10)],
          conflict: true,
          latest: 0,
          mostCited: 0,
        },
      ];
    },
  });
}

test('basis: a figure with finance leases against one without is 口径不同 with the basis named, never 说法不一', () => {
  const [s] = conflictSentences(msftBundle(), dir);
  assert.ok(s, 'the difference is still written');
  assert.match(s, /口径不同/);
  assert.match(s, /\*\*375亿美元\*\*（含融资租赁）/);
  assert.doesNotMatch(s, /说法不一/);
});

test('basis: a value inside the other source’s range and the value before a change are no dispute', () => {
  const range = makeBundle({
    id: 'st_meta',
    items: [
      {
        title: 'Meta资本开支指引',
        url: 'https://www.cls.cn/detail/1',
        date: '2026-02-06',
        text: 'Meta预计2026年资本开支为1150亿至1350亿美元。',
      },
      { title: 'Meta资本开支', url: 'https://www.ithome.com/0/1.htm', date: '2026-02-06', text: 'Meta今年资本开支约1250亿美元。' },
    ],
    attributions: [
      { value: 1.35e11, subject: 'Meta', metric: 'capex', period: '2026' },
      { value: 1.25e11, subject: 'Meta', metric: 'capex', period: '2026' },
    ],
    claims: (items, figs) => {
      const [a, b] = items as [ItemRecord, ItemRecord];
      return [
        {
          subject: 'Meta',
          metric: 'capex',
          period: '2026',
          statements: [statement(a, figs[a.id] ?? [], 1.35e11), statement(b, figs[b.id] ?? [], 1.25e11)],
          conflict: true,
          latest: 0,
          mostCited: 0,
        },
      ];
    },
  });
  assert.deepEqual(conflictSentences(range, dir), []);
  const update = makeBundle({
    id: 'st_oracle',
    items: [
      {
        title: 'OpenAI扩大甲骨文合同',
        url: 'https://36kr.com/p/1',
        date: '2026-01-22',
        text: '知情人士称，OpenAI已同意把与甲骨文的云服务合同从3000亿美元扩大至约3500亿美元。',
      },
      { title: '甲骨文合同', url: 'https://www.cls.cn/detail/2', date: '2026-01-22', text: 'OpenAI与甲骨文的云服务合同约为3500亿美元。' },
    ],
    attributions: [
      { value: 3e11, subject: 'OpenAI', metric: 'contract', period: '2027' },
      { value: 3.5e11, subject: 'OpenAI', metric: 'contract', period: '2027' },
    ],
    claims: (items, figs) => {
      const [a, b] = items as [ItemRecord, ItemRecord];
      return [
        {
          subject: 'OpenAI',
          metric: 'contract',
          period: '2027',
          statements: [
            statement(a, figs[a.id] ?? [], 3e11),
            statement(a, figs[a.id] ?? [], 3.5e11),
            statement(b, figs[b.id] ?? [], 3.5e11),
          ],
          conflict: true,
          latest: 0,
          mostCited: 0,
        },
      ];
    },
  });
  assert.deepEqual(conflictSentences(update, dir), []);
});

test('basis: an earlier report on another basis is 口径不同 too, not an update (与此前报道对比)', () => {
  const both = msftBundle();
  const later = { ...both, items: both.items.slice(1) };
  const [s] = conflictSentences(later, dir);
  assert.ok(s, 'written');
  assert.match(s, /口径不同/);
  assert.doesNotMatch(s, /与此前报道对比/);
});

test('a rate is written with the basis its sentence gives: 同比 / 环比, none when it names none or both away from it', () => {
  const pc = (text: string, direction?: 'up' | 'down') => ({ kind: 'percent' as const, text, ...(direction ? { direction } : {}) });
  assert.equal(changeWord(pc('14%', 'up'), 'Revenue rose 14% from a year earlier to $3.2 billion.'), '同比增长');
  assert.equal(changeWord(pc('14%', 'up'), 'Revenue rose 14% year over year.'), '同比增长');
  assert.equal(changeWord(pc('8%', 'down'), 'Gaming revenue fell 8% sequentially.'), '环比下降');
  assert.equal(changeWord(pc('5.7%'), '季增5.7%、年增20.5%'), '环比增长');
  assert.equal(changeWord(pc('20.5%'), '季增5.7%、年增20.5%'), '同比增长');
  assert.equal(changeWord(pc('30%'), 'Revenue grew 30%.'), '增长');
  assert.equal(
    changeWord(pc('9.4%', 'up'), 'Fourth-quarter revenue was about 1.89 billion yuan, up roughly 9.4% from the third quarter.'),
    '环比增长',
  );
  assert.equal(changeWord(pc('12%', 'up'), '第四季度营收较上季度增长12%。'), '环比增长');
});
