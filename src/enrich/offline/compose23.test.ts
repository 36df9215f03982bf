/**
 * compose23 (issue 11): a broker note's line says who did what (乙维持甲买入评级), not its headline's passive form again,
 * and a comparison with an earlier report never names one outlet on both sides. Fixtures are hand-written.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, makeItem, oneItemStory, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures, loadGazetteer } from '../../extract/index.js';
import type { ItemRecord } from '../../types/index.js';
import { beyondHeadline } from '../assemble/tidy.js';
import { loadGazetteerEntries } from '../data-files.js';
import { composeEnglish } from './compose.js';
import { createOfflineEngine } from './engine.js';
import { storyFacts } from './facts.js';
import { entityDirectory } from './names.js';
import { defaultStoryTemplates } from './story-templates.js';

const engine = createOfflineEngine();
const ctx = { dir: entityDirectory(loadGazetteerEntries()), gaz: loadGazetteer(), templates: defaultStoryTemplates() };

test('a broker note says 乙…甲…评级 (an upgrade, a first coverage, a maintained call); its 更多动态 line only the target price', () => {
  const note = (title: string, head: string) =>
    oneItemStory({ title, text: `${head}\n\nWe raise our FY27E revenue forecast by 6% on stronger accelerator demand.` }, [
      ['Nvidia', 'price', 'unknown', 260],
    ]);
  const up = note(
    'Nvidia (NVDA US): Upgrade to BUY as Blackwell ramps; TP US$260',
    'Rating: BUY (upgraded from HOLD) | Target price: US$260.00 (from US$210.00) | Close: US$221.40',
  );
  const c = composeEnglish(up, storyFacts(up), { ...ctx, broker: '华泰证券' });
  assert.equal(c.headline, '华泰证券将英伟达评级上调至买入');
  assert.equal(c.event, '华泰证券将英伟达评级上调至买入，目标价由210美元上调至260美元');
  // The line under 更多动态 says what the headline leaves out, never the headline again in the other voice.
  assert.equal(beyondHeadline(`${c.event}。`, c.headline), '目标价由210美元上调至260美元。');
  const first = note(
    'Nvidia (NVDA US): Initiate coverage with BUY; TP US$260',
    'Rating: BUY (initiation) | Target price: US$260.00 | Close: US$221.40',
  );
  const f = composeEnglish(first, storyFacts(first), { ...ctx, broker: '' });
  assert.equal(f.event, '券商首次覆盖英伟达并给予买入评级，目标价260美元');
  const kept = note(
    'Nvidia (NVDA US): Maintain BUY; TP US$260',
    'Rating: BUY (maintained) | Target price: US$260.00 (from US$240.00) | Close: US$221.40',
  );
  // A kept rating with a moved target is news of the target (decision 151): both open on the move.
  assert.equal(
    composeEnglish(kept, storyFacts(kept), { ...ctx, broker: '中金公司' }).event,
    '中金公司将英伟达目标价由240美元上调至260美元，维持买入评级',
  );
});

test('a comparison with an earlier report names the outlet of the earlier value once (甲曾称…，乙称… / 其最新报道称…)', async () => {
  const earlier = makeItem({
    title: '某模型公司融资进展',
    text: '据36氪报道，某模型公司新一轮融资估值约为180亿美元。',
    url: 'https://36kr.com/p/100',
    date: '2026-03-02',
  });
  const figs = extractFigures(earlier.text).map((f) => ({ ...f, subject: 'Moonshot AI', metric: 'valuation', period: 'unknown' }));
  const build = (urls: string[]) =>
    makeBundle({
      id: 'st_same_outlet',
      items: urls.map((url, i) => ({
        title: '月之暗面新一轮融资完成，估值升至200亿美元',
        text: `月之暗面新一轮融资已完成交割，投后估值为200亿美元，阿里巴巴领投。${i > 0 ? '多家机构跟投。' : ''}`,
        url,
        date: '2026-03-04',
      })),
      attributions: [{ value: 2e10, subject: 'Moonshot AI', metric: 'valuation', period: 'unknown' }],
      claims: (items, f) => [
        {
          subject: 'Moonshot AI',
          metric: 'valuation',
          period: 'unknown',
          statements: [...items.map((it: ItemRecord) => statement(it, f[it.id] ?? [], 2e10)), statement(earlier, figs, 1.8e10)],
          conflict: true,
          latest: 0,
          mostCited: 0,
        },
      ],
    });
  const line = async (urls: string[], also: ItemRecord[] = []) => {
    // The earlier days' items given here ran in that day's digest (another story's, told before).
    const b = { ...build(urls), ...(also.length > 0 ? { toldBefore: Object.fromEntries(also.map((it) => [it.id, '2026-03-03'])) } : {}) };
    const claim = b.claims[0];
    if (claim)
      for (const it of also)
        claim.statements.push(
          statement(
            it,
            extractFigures(it.text).map((f) => ({ ...f, subject: 'Moonshot AI', metric: 'valuation', period: 'unknown' })),
            2e10,
          ),
        );
    return (await engine.doWriteStory(b, 'stories')).insights.find((i) => i.startsWith('与此前报道对比：')) ?? '';
  };
  const self = await line(['https://36kr.com/p/200']);
  assert.match(self, /^与此前报道对比：36氪曾称.*，其最新报道称\*\*200亿美元\*\*。$/u, self);
  const both = await line(['https://36kr.com/p/200', 'https://www.cls.cn/detail/300']);
  assert.match(both, /^与此前报道对比：36氪曾称.*，财联社称\*\*200亿美元\*\*。$/u, both);
  // Yesterday another outlet already set 200亿美元 against the earlier 180亿美元 (that day's line): today's report of the
  // same value draws no line again.
  const yesterday = makeItem({
    title: '月之暗面估值升至200亿美元',
    text: '据The Information报道，月之暗面本轮投后估值为200亿美元。',
    url: 'https://www.theinformation.com/articles/moonshot',
    date: '2026-03-03',
  });
  assert.equal(await line(['https://www.cls.cn/detail/300'], [yesterday]), '');
});

test('an analyst upgrading a stock "to buy" is no purchase; a company agreeing to buy another is', () => {
  const upgrade = oneItemStory(
    {
      title: 'Morgan Stanley upgrades Nvidia to buy as Blackwell ramps',
      text: 'Morgan Stanley upgraded Nvidia to buy from hold on Tuesday and raised its price target to $260, citing stronger data-centre demand.',
    },
    [['Nvidia', 'price', 'unknown', 260]],
  );
  const u = composeEnglish(upgrade, storyFacts(upgrade), ctx);
  assert.doesNotMatch(`${u.headline}${u.event}`, /收购/u, u.headline);
  const buy = oneItemStory(
    {
      title: 'Nvidia agrees to buy networking startup for $1.2 billion',
      text: 'Nvidia agreed to buy a networking startup for $1.2 billion in cash, the company said on Tuesday.',
    },
    [['Nvidia', 'acquisition', 'unknown', 1.2e9]],
  );
  const b = composeEnglish(buy, storyFacts(buy), ctx);
  assert.match(`${b.headline}${b.event}`, /收购/u, b.headline);
});

test('an English-only story whose body only says its headline again is thin: a 更多动态 line while a fuller story remains', async () => {
  const b = oneItemStory(
    {
      title: 'US tightens export curbs on AI chips to China',
      text: 'The US Commerce Department on Monday issued a rule requiring a license for exports to China of high-bandwidth memory and AI accelerators above a new performance threshold, officials said.',
    },
    [],
  );
  const s = await engine.doWriteStory(b, 'stories');
  assert.equal(s.paragraphs.join(''), `据路透社报道，${s.headline}。`);
  assert.equal(s.thin, true);
});
