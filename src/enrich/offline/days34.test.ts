/**
 * Decision 106: a day-two story leads with what is new since the earlier item (the close after the talks), and an
 * English source's own words of change tell a later figure against one printed before. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle, single, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import type { Figure, StoryBundle } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';
import { changeClause, englishChange } from './reconcile.js';
import { doneHead, itemStage, stageOf, storyStages } from './stage.js';

const fig = (text: string): Figure => {
  const f = extractFigures(text)[0];
  assert.ok(f, text);
  return f;
};

test('the stage a title tells: talks, launched, done; a done word after a word of intent stays a plan', () => {
  assert.equal(stageOf('Lumen Robotics in Talks to Raise $800 Million Led by Harbor Ventures'), 'talks');
  assert.equal(stageOf('Lumen Robotics Is Said to Weigh Hong Kong Listing'), 'talks');
  assert.equal(stageOf('Lumen Robotics Closes $800 Million Round Led by Harbor Ventures'), 'done');
  assert.equal(stageOf('Lumen Robotics Prices Hong Kong IPO at Top of Range'), 'done');
  assert.equal(stageOf('Lumen Robotics Launches Hong Kong IPO'), 'launched');
  assert.equal(stageOf('Lumen Robotics Nears Close of $800 Million Round'), 'talks');
  assert.equal(stageOf('Lumen Robotics Is Expected to Sign Supply Deal'), 'talks');
  assert.equal(stageOf('灵鹿机器人完成8亿美元B轮融资'), 'done');
  assert.equal(stageOf('灵鹿机器人拟签署算力采购协议'), 'talks');
  assert.equal(stageOf('灵鹿机器人接近完成新一轮融资'), 'talks');
  assert.equal(stageOf('灵鹿机器人今起招股'), 'launched');
  assert.equal(stageOf('灵鹿机器人发布新一代机械臂'), undefined);
  // An item with no stage word in its title is read by its opening sentence.
  assert.equal(
    itemStage({
      title: 'Lumen Robotics and Harbor Ventures',
      text: 'Lumen Robotics has signed a $2 billion supply agreement with Harbor Ventures. It said more.',
    }),
    'done',
  );
});

test('a head told at the done stage: the stage word before the event, a talks word before it replaced', () => {
  assert.equal(doneHead('灵鹿机器人融资8亿美元'), '灵鹿机器人完成融资8亿美元');
  assert.equal(doneHead('灵鹿机器人拟融资8亿美元'), '灵鹿机器人完成融资8亿美元');
  assert.equal(doneHead('灵鹿机器人正洽谈收购星川传感'), '灵鹿机器人完成收购星川传感');
  // Told already, left as it is.
  assert.equal(doneHead('灵鹿机器人完成8亿美元融资'), '灵鹿机器人完成8亿美元融资');
  // A word of intent elsewhere, or no event word: not told so.
  assert.equal(doneHead('海川半导体拟15亿美元入股灵鹿机器人'), undefined);
  assert.equal(doneHead('灵鹿机器人发布新一代机械臂'), undefined);
});

test('the stages of a story: its earlier days’ items and today’s', () => {
  const item = (title: string, date: string) => ({ id: title, title, text: `${title}.`, url: null, date, lang: 'en' }) as never;
  const stages = storyStages({
    items: [item('Lumen Robotics Closes $800 Million Round', '2026-11-20')],
    earlier: [{ day: '2026-11-17', items: [item('Lumen Robotics in Talks to Raise $700 Million', '2026-11-17')] }],
  } as Pick<StoryBundle, 'items' | 'earlier'>);
  assert.deepEqual(stages, { earlier: 'talks', today: 'done' });
});

test('an English source’s own words of change: the direction its words give, agreeing with the two values', () => {
  const earlier = fig('about $3 billion');
  const today = fig('$3.5 billion');
  const up = 'Lumen Robotics closed a $3.5 billion round on Thursday, up from the $3 billion it had sought earlier.';
  assert.equal(englishChange([up], earlier, today), 'up');
  assert.equal(englishChange(['The round was enlarged from the $3 billion the company initially targeted.'], earlier, today), 'up');
  // A word naming only an earlier value: the direction from the values.
  assert.equal(englishChange(['The company had sought $3 billion when talks began.'], earlier, today), 'up');
  // A word against the values, no earlier value in the sentence, or no word of change: nothing.
  assert.equal(englishChange(['The round was cut from $3 billion.'], earlier, today), undefined);
  assert.equal(englishChange(['The round was enlarged after strong demand.'], earlier, today), undefined);
  assert.equal(englishChange(['Its rival raised $3 billion last year.'], earlier, today), undefined);
  assert.equal(
    changeClause(
      { new_source: '路透社', subject: '灵鹿机器人', period: '', metric: '融资', old_value: '约30亿美元', new_value: '35亿美元' },
      'up',
    ),
    '路透社称，灵鹿机器人融资由此前的约30亿美元上调至35亿美元。',
  );
});

/** Day one: talks at about $3 billion; day two: an English wire's close at $3.5 billion with the given text. */
function dayTwo(text: string, title = 'Northwind Systems Closes $3.5 Billion Funding Round') {
  const story = conflictedClaimBundle({
    id: 'st_days34',
    metric: 'funding',
    path: 'tech',
    date: '2026-11-20',
    title,
    reports: [
      {
        outlet: 'bloomberg.com',
        title: 'Northwind Systems in Talks to Raise $3 Billion',
        text: 'Northwind Systems is in talks to raise about $3 billion in a new funding round, according to people familiar with the matter.',
        date: '2026-11-17',
      },
      { outlet: 'reuters.com', text, date: '2026-11-20' },
    ],
    values: [3e9, 3.5e9],
  });
  const [earlier] = story.items;
  assert.ok(earlier);
  return {
    ...story,
    earlier: [{ day: '2026-11-17', items: [earlier] }],
    items: story.items.slice(1),
    figures: Object.fromEntries(Object.entries(story.figures).filter(([id]) => id !== earlier.id)),
  };
}

test('a round closed after the talks heads on the close and tells the change in the wire’s words, no template line', async () => {
  const written = await createOfflineEngine().doWriteStory(
    dayTwo(
      'Northwind Systems has closed a $3.5 billion funding round led by Summit Capital, the company said on Thursday. The round was enlarged from the $3 billion it had sought earlier after existing investors asked for larger allocations.',
    ),
    'stories',
  );
  const text = written.paragraphs.join('\n');
  assert.match(written.headline, /完成融资35亿美元/, written.headline);
  assert.match(text, /^[^。]*完成融资\*\*35亿美元\*\*。/u, text);
  assert.match(text, /路透社称，Northwind Systems融资由此前的\*\*约30亿美元\*\*上调至\*\*35亿美元\*\*。/u, text);
  assert.doesNotMatch(text, /与此前报道对比/, text);
});

test('a value that replaces the one printed before with no comparison line still says what changed', async () => {
  // `up from` makes the $3 billion the earlier value of the change: history, no comparison line, yet the reader saw it.
  const written = await createOfflineEngine().doWriteStory(
    dayTwo(
      'Northwind Systems has closed a $3.5 billion funding round led by Summit Capital, up from the $3 billion it had sought earlier.',
    ),
    'stories',
  );
  const text = written.paragraphs.join('\n');
  assert.match(text, /由此前的\*\*约30亿美元\*\*上调至\*\*35亿美元\*\*/u, text);
});

test('a story with no earlier day keeps its head’s words; a day two at the same stage too', async () => {
  const alone = dayTwo('Northwind Systems has closed a $3.5 billion funding round led by Summit Capital, the company said on Thursday.');
  const first = await createOfflineEngine().doWriteStory({ ...alone, earlier: [] }, 'stories');
  assert.doesNotMatch(first.headline, /完成/, first.headline);
  const still = await createOfflineEngine().doWriteStory(
    dayTwo(
      'Northwind Systems is in talks to raise $3.5 billion in a new funding round, according to people familiar with the matter.',
      'Northwind Systems in Talks to Raise $3.5 Billion',
    ),
    'stories',
  );
  assert.doesNotMatch(still.headline, /完成/, still.headline);
});

test('a day two at the same stage opening on nothing new is the day’s follow-up note, its line saying what differs', async () => {
  const written = await createOfflineEngine().doWriteStory(
    dayTwo(
      'Northwind Systems is in talks to raise $3.5 billion in a new funding round, according to people familiar with the matter.',
      'Northwind Systems in Talks to Raise $3.5 Billion',
    ),
    'stories',
  );
  assert.equal(written.toldBefore, true);
  assert.match(written.headline, /（续报）$/u, written.headline);
  // The line tells the other value of the figure that ran (the comparison line, its lead-in dropped).
  assert.match(
    written.oneLine,
    /^[^。]*融资\*\*35亿美元\*\*。彭博曾称Northwind Systems融资约为\*\*30亿美元\*\*，路透社称\*\*35亿美元\*\*。$/u,
    written.oneLine,
  );
});

test('a day two whose opening holds a figure that did not run, or that reaches a later stage, keeps its slot', async () => {
  const story = dayTwo(
    'Northwind Systems is in talks to raise $3.5 billion in a new funding round, according to people familiar with the matter. The company booked revenue of $420 million in the third quarter.',
    'Northwind Systems in Talks to Raise $3.5 Billion',
  );
  const item = story.items[0];
  assert.ok(item);
  const revenue = statement(item, story.figures[item.id] ?? [], 4.2e8);
  story.claims.push(single('Northwind Systems', 'revenue', '2026-Q3', [revenue]));
  const fresh = await createOfflineEngine().doWriteStory(story, 'stories');
  assert.notEqual(fresh.toldBefore, true);
  // An amount of the opening no claim holds (orders of $9 billion) and no earlier item stated is news too.
  const orders = await createOfflineEngine().doWriteStory(
    dayTwo(
      'Northwind Systems is in talks to raise $3.5 billion in a new funding round, according to people familiar with the matter. Investors have put in orders of about $9 billion for the shares.',
      'Northwind Systems in Talks to Raise $3.5 Billion',
    ),
    'stories',
  );
  assert.notEqual(orders.toldBefore, true);
  const closed = await createOfflineEngine().doWriteStory(
    dayTwo('Northwind Systems has closed a $3.5 billion funding round led by Summit Capital, the company said on Thursday.'),
    'stories',
  );
  assert.notEqual(closed.toldBefore, true);
});

test('words of change elsewhere in the sentence, or a correction of another outlet, tell no change', () => {
  const earlier = fig('more than $5 billion');
  const today = fig('$4.5 billion');
  // A rival's talks at a like valuation: the value is not the story's earlier one.
  assert.equal(
    englishChange(['Rival Orbis is reportedly in talks to raise money at a valuation near $5.5 billion.'], earlier, today),
    undefined,
  );
  // An outlet setting its value against another's (`not the … reported by`) corrects a report; it tells no change.
  assert.equal(
    englishChange(['The round values the startup at $4.5 billion, not the more than $5 billion reported by some outlets.'], earlier, today),
    undefined,
  );
});
