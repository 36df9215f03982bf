/**
 * Decision 140: a day-two head telling the stage the story reached today (a listing priced after its launch) is the
 * day's news, never a 续报 of the launch, and a priced listing says its price against the range the launch told.
 * Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import { createOfflineEngine } from './engine.js';
import { earlierRange, offerPrice } from './offer-price.js';
import { stageHead, stageNewsHead } from './stage.js';

const LAUNCH = '北风系统今起在香港招股，招股价区间为每股18.0港元至21.0港元，按上限计募资最多42亿港元，预计12月4日挂牌。';

/** Day one: a Chinese launch at a range; day two: an English wire's pricing with the given text. */
function priced(text: string, title = 'Northwind Systems Prices Hong Kong IPO at Top of Range to Raise HK$4.2 Billion') {
  const story = conflictedClaimBundle({
    id: 'st_stage_news',
    metric: 'ipo',
    path: 'markets',
    date: '2026-12-02',
    title,
    reports: [
      { outlet: 'cls.cn', title: '北风系统今起招股 拟募资最多42亿港元', text: LAUNCH, date: '2026-11-28' },
      { outlet: 'bloomberg.com', text, date: '2026-12-02' },
    ],
    values: [4.2e9],
  });
  const [earlier] = story.items;
  assert.ok(earlier);
  return {
    ...story,
    earlier: [{ day: '2026-11-28', items: [earlier] }],
    items: story.items.slice(1),
    figures: Object.fromEntries(Object.entries(story.figures).filter(([id]) => id !== earlier.id)),
  };
}

const PRICED =
  'Northwind Systems priced its Hong Kong initial public offering at the top of the marketed range, raising HK$4.2 billion, according to people familiar with the matter. The company sold 200 million shares at HK$21 apiece, the people said.';

test('a head telling the stage reached today: a later stage than the earlier days told, said by the head', () => {
  assert.equal(stageHead({ earlier: 'launched', today: 'done' }, '北风系统港股IPO定价于区间上限，募资42亿港元'), true);
  assert.equal(stageHead({ earlier: 'talks', today: 'done' }, '北风系统完成12亿美元融资'), true);
  // The same stage as before, or a head not saying the new stage: no.
  assert.equal(stageHead({ earlier: 'done', today: 'done' }, '北风系统港股IPO定价于区间上限，募资42亿港元'), false);
  assert.equal(stageHead({ earlier: 'launched', today: 'done' }, '北风系统招股获超额认购逾40倍'), false);
  assert.equal(stageHead({ earlier: undefined, today: 'done' }, '北风系统完成12亿美元融资'), false);
});

test('a stage head stays as it is only as a one-part news head within the limit', () => {
  assert.equal(stageNewsHead('Northwind Systems港股IPO定价于区间上限，募资42亿港元', 30), true);
  assert.equal(stageNewsHead('北风系统港股IPO定价于区间上限：一家算力新贵的十年与它的下一个十年', 30), false);
  assert.equal(stageNewsHead('深度｜北风系统港股IPO定价于区间上限', 30), false);
  assert.equal(stageNewsHead('北风系统港股IPO定价于区间上限，募资42亿港元，公开发售部分获超额认购逾三百倍', 30), false);
});

test('a price per share and the earlier range holding it', () => {
  const price = offerPrice('The company sold 200 million shares at HK$21 apiece, the people said.');
  assert.equal(price?.value, 21);
  assert.equal(price?.currency, 'HKD');
  assert.equal(offerPrice('本次发行每股定价21港元。')?.value, 21);
  // A raise or a market value is no price per share.
  assert.equal(offerPrice('The offering raised HK$4.2 billion.'), undefined);
  assert.ok(price);
  assert.equal(earlierRange([LAUNCH], price)?.high, 21);
  // A range in another currency, or one not holding the price: none.
  assert.equal(earlierRange(['招股价区间为每股18.0美元至21.0美元。'], price), undefined);
  const above = extractFigures('HK$23')[0];
  assert.ok(above);
  assert.equal(earlierRange([LAUNCH], above), undefined);
});

test('a listing priced after its launch is a full story saying its price against the launch’s range, no 续报', async () => {
  const written = await createOfflineEngine().doWriteStory(priced(PRICED), 'stories');
  const text = written.paragraphs.join('\n');
  assert.notEqual(written.toldBefore, true);
  assert.doesNotMatch(written.headline, /续报/u, written.headline);
  assert.match(written.headline, /定价/u, written.headline);
  assert.match(text, /每股定价\*\*21港元\*\*，此前公布的招股价区间为\*\*18至21港元\*\*/u, text);
});

test('a pricing with no price per share keeps its clause; a first day tells no earlier range', async () => {
  const bare = await createOfflineEngine().doWriteStory(
    priced('Northwind Systems priced its Hong Kong initial public offering at the top of the marketed range, raising HK$4.2 billion.'),
    'stories',
  );
  assert.doesNotMatch(bare.paragraphs.join('\n'), /每股定价/u);
  const alone = priced(PRICED);
  const first = await createOfflineEngine().doWriteStory({ ...alone, earlier: [] }, 'stories');
  assert.doesNotMatch(first.paragraphs.join('\n'), /此前公布/u);
});
