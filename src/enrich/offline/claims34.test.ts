/**
 * Decision 108: a figure keeps its standing. A company's reply settles only the measure its clause names (a denial of
 * the valuation is no answer about the round size or an investor's ticket) and is its speaker's (a start-up's denial is
 * not its investor's). Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictedClaimBundle } from '../../../test/fixtures/enrich/bundles.js';
import { loadGazetteerEntries } from '../data-files.js';
import { conflictSentences } from './insights.js';
import { entityDirectory } from './names.js';
import { companyReply, replyMeasures } from './settled.js';

const dir = entityDirectory(loadGazetteerEntries());

test('a reply answers the measure its clause names: the valuation, the round size, the timing, or the whole report', () => {
  assert.deepEqual(replyMeasures('北风系统回应称此前有关估值的报道不准确'), ['valuation']);
  assert.deepEqual(replyMeasures('a spokesperson said earlier reports of the round size were inaccurate'), ['round size']);
  assert.deepEqual(replyMeasures('北风系统回应称相关报道不实'), []);
  const names = ['北风系统', 'Northwind Systems'];
  // A denial of the valuation settles the valuation, never the round or a ticket.
  assert.equal(companyReply('对此，北风系统回应称此前有关估值的报道不准确。', names, { metric: 'valuation' }), '回应称相关报道不准确');
  assert.equal(companyReply('对此，北风系统回应称此前有关估值的报道不准确。', names, { metric: 'funding' }), undefined);
  assert.equal(companyReply('对此，北风系统回应称此前有关估值的报道不准确。', names, { metric: 'investment' }), undefined);
  assert.equal(companyReply('Northwind Systems said reports of its valuation were inaccurate.', names, { metric: 'funding' }), undefined);
  // The round size's denial settles the round, not the valuation.
  assert.equal(companyReply('北风系统回应称有关融资金额的报道不准确。', names, { metric: 'funding' }), '回应称相关报道不准确');
  assert.equal(companyReply('北风系统回应称有关融资金额的报道不准确。', names, { metric: 'valuation' }), undefined);
  // A reply about the timing settles no amount.
  assert.equal(companyReply('北风系统回应称有关上市时间的传闻不实。', names, { metric: 'ipo' }), undefined);
  // A reply naming no measure answers the whole report.
  assert.equal(companyReply('北风系统回应称相关报道不实。', names, { metric: 'funding' }), '回应称相关报道不实');
});

test('a generic speaker in a clause naming another party is that party’s: a start-up’s reply is not its investor’s', () => {
  const investor = ['港湾资本', 'Harbor Capital'];
  const others = ['北风系统', 'Northwind Systems'];
  assert.equal(companyReply('北风系统公司回应称，相关报道不准确。', investor, { others }), undefined);
  assert.equal(companyReply('A Northwind Systems spokesperson said the reports were inaccurate.', investor, { others }), undefined);
  // The investor's own spokesperson still answers for it; a generic speaker alone stands for the company.
  assert.equal(
    companyReply('A Harbor Capital spokesperson said the reports were inaccurate.', investor, { others }),
    '回应称相关报道不准确',
  );
  assert.equal(companyReply('公司方面表示，上述传闻不实。', investor, { others }), '回应称相关报道不实');
});

test('a denial of the valuation does not settle a dispute over the ticket: the rumour gets no reply, the comparison stays', () => {
  const [line] = conflictSentences(
    conflictedClaimBundle({
      id: 'st_claims34',
      metric: 'investment',
      path: 'tech',
      date: '2026-11-20',
      reports: [
        {
          outlet: 'cls.cn',
          text: '据知情人士透露，北风系统将向启明智能投资约3亿美元，启明智能投前估值约40亿美元。',
          date: '2026-11-18',
        },
        {
          outlet: '36kr.com',
          text: '启明智能完成新一轮融资，北风系统出资2亿美元。对此，公司回应称此前有关估值的报道不准确。',
          date: '2026-11-20',
        },
      ],
      values: [3e8, 2e8],
    }),
    dir,
  );
  assert.ok(line, 'a line');
  assert.doesNotMatch(line, /回应称|否认/u, line);
  // The same reply naming no measure answers the report as a whole: the line carries it.
  const [whole] = conflictSentences(
    conflictedClaimBundle({
      id: 'st_claims34b',
      metric: 'investment',
      path: 'tech',
      date: '2026-11-20',
      reports: [
        {
          outlet: 'cls.cn',
          text: '据知情人士透露，北风系统将向启明智能投资约3亿美元。',
          date: '2026-11-18',
        },
        {
          outlet: '36kr.com',
          text: '启明智能完成新一轮融资，北风系统出资2亿美元。对此，公司回应称此前相关报道不准确。',
          date: '2026-11-20',
        },
      ],
      values: [3e8, 2e8],
    }),
    dir,
  );
  assert.ok(whole, 'a line');
  assert.match(whole, /回应称相关报道不准确。$/u, whole);
});
