/**
 * Decision 153: an English-only story's composed lead tells its source's answer to its claim — the parties'
 * no-comment after a lead on unnamed people's word, the company's appeal after a fine — and only parties the lead
 * names. Fixtures written for this test: test/fixtures/reply40.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureDays } from '../fixtures/offline-day.js';

const day = fixtureDays('reply40');

const storyOf = (md: string) => md.slice(md.indexOf('## '), md.indexOf('来源：'));

test("a rumoured venture's lead says both parties declined to comment, after the claim", async () => {
  const story = storyOf(await day('rumour-en', '2026-12-06'));
  assert.match(story, /据彭博援引知情人士报道，[^。]*正洽谈[^。]*。Digital Realty和SK电讯均拒绝置评。/u, story);
});

test("a fine's lead says the company will appeal", async () => {
  const story = storyOf(await day('fine-en', '2026-12-06'));
  assert.match(story, /被欧盟罚款\*\*2\.9亿欧元\*\*。优步表示将提起上诉。/u, story);
});

test('a no-comment by a party the lead never names is not printed', async () => {
  const story = storyOf(await day('no-party-en', '2026-12-06'));
  assert.doesNotMatch(story, /置评/u, story);
});
