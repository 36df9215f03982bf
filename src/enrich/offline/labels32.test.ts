/**
 * labels32 (decision 095): the measure, basis and period of a figure told as the source tells them — a word of a
 * company's name never words its measure. Articles invented for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneItemStory } from '../../../test/fixtures/enrich/bundles.js';
import { brokerCall } from './compose.js';
import { createOfflineEngine } from './engine.js';
import { defaultStoryTemplates } from './story-templates.js';

const engine = createOfflineEngine();

const write = async (title: string, text: string, claims: Parameters<typeof oneItemStory>[1], date = '2026-11-20') => {
  const s = await engine.doWriteStory(oneItemStory({ title, text, date }, claims), 'stories');
  return `${s.headline}｜${s.paragraphs.join('｜')}`;
};

test('a word of a company’s name never words the measure of its figure (grid → 电网投资, holdings → 投资余额)', async () => {
  const text = [
    'Nov 20 (Reuters) - Marlow Grid Holdings reported third-quarter revenue of $2.4 billion on Thursday.',
    'Marlow Grid Holdings spent $610 million on capital expenditures in the quarter, up from $480 million a year earlier.',
  ].join('\n\n');
  const out = await write('Marlow Grid Holdings third-quarter revenue rises', text, [
    ['Marlow Grid Holdings', 'revenue', '2026Q3', 2.4e9],
    ['Marlow Grid Holdings', 'capex', '2026Q3', 6.1e8],
  ]);
  assert.match(out, /资本开支\**6\.1亿美元/u, out);
  assert.doesNotMatch(out, /电网投资/u, out);
  const out2 = await write(
    'Tarrow Holdings invests in data centres',
    'Nov 20 (Reuters) - Tarrow Holdings invested $300 million in new data centres in the quarter, the company said.',
    [['Tarrow Holdings', 'investment', '2026Q3', 3e8]],
  );
  assert.doesNotMatch(out2, /投资余额/u, out2);
  assert.match(out2, /投资\**3亿美元/u, out2);
  // A measure word of the sentence outside the name still words it.
  const out3 = await write(
    '澜桥电网第三季度电网投资6.1亿元',
    '11月20日，澜桥电网公布第三季度经营数据，公司当季完成电网投资6.1亿元，同比增长12%。',
    [['澜桥电网', 'capex', '2026Q3', 6.1e8]],
  );
  assert.match(out3, /电网投资/u, out3);
});

test('a rating a note reaffirms, keeps, stays at or leaves unchanged is 维持, never newly 给予', () => {
  const t = defaultStoryTemplates();
  const action = (title: string, head: string) => brokerCall(title, head, t)?.action;
  assert.equal(action('Lanxin (688725 CH) | BUY (unchanged) | TP RMB186', 'Third-quarter results beat.'), '维持');
  assert.equal(action('Lanxin: reaffirm Overweight', 'We reaffirm our Overweight rating and lift our price target to RMB186.'), '维持');
  assert.equal(action('Lanxin: 3Q beat', 'We remain Buy-rated on Lanxin with a TP of RMB186.'), '维持');
  assert.equal(action('Lanxin: 3Q beat', 'Stay OVERWEIGHT; TP RMB186.'), '维持');
  assert.equal(action('Lanxin: 3Q beat', 'We kept our Buy rating after the print; TP RMB186.'), '维持');
  // A first rating, an upgrade and a note that says nothing of the rating's history keep their words.
  assert.equal(action('Lanxin: initiate at BUY', 'We initiate coverage with a Buy rating and a TP of RMB186.'), '首次覆盖并给予');
  assert.equal(action('Lanxin: upgrade to BUY', 'We upgrade Lanxin to Buy; the stock remains cheap. TP RMB186.'), '上调至');
  assert.equal(action('Lanxin (688725 CH) | BUY | TP RMB186', 'Third-quarter results beat; margins remain under pressure.'), '给予');
});

test('a figure a company sees, is seen at or targets is its forecast (预计), never told as a reported result', async () => {
  const lead = 'Nov 20 (Reuters) - Corvane Systems reported third-quarter revenue of $2.4 billion on Thursday, up 12% from a year earlier.';
  for (const guide of [
    'The company sees fourth-quarter revenue of $2.6 billion.',
    'Fourth-quarter revenue is seen at $2.6 billion, the company said.',
    'Corvane said it is targeting fourth-quarter revenue of $2.6 billion.',
  ]) {
    const out = await write('Corvane Systems quarterly revenue rises 12%', `${lead}\n\n${guide}`, [
      ['Corvane Systems', 'revenue', '2026Q3', 2.4e9],
      ['Corvane Systems', 'revenue', '2026Q4', 2.6e9],
    ]);
    assert.match(out, /预计2026年第四季度营收为\**26亿美元/u, out);
    assert.doesNotMatch(out, /(?<!预计)2026年第四季度营收为\**26亿美元/u, out);
  }
});
