/**
 * Decision 170: sentence order and introductions. A filler opener goes before a bare pointer the paragraph already
 * opened a clause on; a forward date (N日，…将在港交所敲钟) closes the lead; a lead opening on market moves tells its
 * dateline sentence first. Articles written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceSentenceAt } from '../../../test/fixtures/enrich/bundles.js';
import { withoutFillerOpener } from '../assemble/filler-opener.js';
import { oneCitation } from '../assemble/voice.js';
import { datelineFirst, datelineSentence, marketMove } from './dateline-first.js';
import { forwardDate, forwardDateLast } from './forward-date.js';

test('order42: a filler opener before 公司 goes when the paragraph already opened a clause on 公司', () => {
  assert.equal(
    withoutFillerOpener('招股书显示，公司引入5家基石投资者，其中云岫半导体认购4000万美元。值得注意的是，公司已与云岫半导体签订供货协议。'),
    '招股书显示，公司引入5家基石投资者，其中云岫半导体认购4000万美元。公司已与云岫半导体签订供货协议。',
  );
  assert.equal(
    withoutFillerOpener('青川智能今日公告，公司拟回购股份。值得一提的是，公司去年亏损收窄。'),
    '青川智能今日公告，公司拟回购股份。公司去年亏损收窄。',
  );
  // No clause opened on 公司 before: the opener stays (decision 154), and 其 always keeps it.
  assert.equal(
    withoutFillerOpener('其中云岫半导体认购4000万美元。值得注意的是，公司已签约。'),
    '其中云岫半导体认购4000万美元。值得注意的是，公司已签约。',
  );
  assert.equal(
    withoutFillerOpener('公司引入5家基石投资者。值得注意的是，其最大客户也在其中。'),
    '公司引入5家基石投资者。值得注意的是，其最大客户也在其中。',
  );
  // 公司法 is no pointer.
  assert.equal(
    withoutFillerOpener('按公司法规定需股东大会批准。值得注意的是，公司已签约。'),
    '按公司法规定需股东大会批准。值得注意的是，公司已签约。',
  );
});

test('order42: a forward date is a sentence telling only a coming listing day', () => {
  assert.equal(forwardDate('12月3日，云岫算力将在港交所敲钟。'), true);
  assert.equal(forwardDate('云岫算力将于12月3日在科创板挂牌上市。'), true);
  assert.equal(forwardDate('12月3日，云岫算力将在港交所敲钟，募资约45亿港元。'), false);
  assert.equal(forwardDate('云岫算力12月3日在港交所挂牌。'), false);
  assert.equal(forwardDate('12月3日，云岫算力将召开股东大会。'), false);
});

test('order42: a forward date between two facts closes the lead; beside its listing sentence it stays', () => {
  const round = sourceSentenceAt('it_o42', 0, '2025年3月，青川智能领投云岫算力C轮融资。');
  const date = sourceSentenceAt('it_o42', 1, '12月3日，云岫算力将在港交所敲钟。');
  const supply = sourceSentenceAt('it_o42', 2, '今年前三季度，云岫算力向青川智能采购加速卡约18亿元。');
  const plant = sourceSentenceAt('it_o42', 3, '云岫算力计划在内蒙古投入约60亿元建设智算中心。');
  assert.deepEqual(forwardDateLast([round, date, supply, plant]), [round, supply, plant, date]);
  const ipo = sourceSentenceAt('it_o42', 4, '云岫算力港股IPO定价每股18港元，募资约45亿港元。');
  assert.deepEqual(forwardDateLast([round, ipo, date, supply]), [round, ipo, date, supply]);
  // First or last, it does not move.
  assert.deepEqual(forwardDateLast([date, supply, plant]), [date, supply, plant]);
});

test('order42: a lead opening on a market move tells its dateline sentence first', () => {
  assert.equal(marketMove('纳斯达克指数收涨1.3%，续创新高。'), true);
  assert.equal(marketMove('该股盘中一度大涨7.2%。'), true);
  assert.equal(marketMove('青川智能9日晚间公告，股价盘后上涨6%。'), false);
  assert.equal(datelineSentence('青川智能9日晚间公告，拟募资不超过40亿元。'), true);
  assert.equal(datelineSentence('公司拟募资不超过40亿元。'), false);
  const index = sourceSentenceAt('it_o42b', 0, '创业板指收涨2.1%，算力板块领涨。');
  const news = sourceSentenceAt('it_o42b', 1, '青川智能9日晚间公告，拟募资不超过40亿元投建先进封装产线。');
  const use = sourceSentenceAt('it_o42b', 2, '其中约28亿元用于产线建设。');
  assert.deepEqual(datelineFirst([index, news, use]), [news, use, index]);
  // No dateline sentence after the move: a market story opens on its market.
  const sector = sourceSentenceAt('it_o42b', 3, '算力板块成交额超过900亿元。');
  assert.deepEqual(datelineFirst([index, sector, use]), [index, sector, use]);
});

test('order42: a relay’s citation before a citation naming its own source goes; one 据 a sentence', () => {
  assert.equal(oneCitation('据36氪报道，据彭博援引知情人士报道，云岫算力拟融资。'), '据彭博援引知情人士报道，云岫算力拟融资。');
  assert.equal(oneCitation('据36氪报道，据彭博报道，云岫算力拟融资。'), '据36氪援引彭博报道，云岫算力拟融资。');
  assert.equal(oneCitation('据彭博援引知情人士报道，云岫算力拟融资。'), '据彭博援引知情人士报道，云岫算力拟融资。');
});
