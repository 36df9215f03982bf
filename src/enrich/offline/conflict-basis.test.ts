/**
 * The digest's conflict and comparison lines pair only values of one measure (docs/decisions/042): a ceiling never
 * against an amount paid, constant currency never against reported, and a claim's basis stays in its words. Items
 * written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, statement } from '../../../test/fixtures/enrich/bundles.js';
import type { Claim, ItemRecord } from '../../types/index.js';
import { loadGazetteerEntries } from '../data-files.js';
import { conflictSentences, offlineInsights, withBasis } from './insights.js';
import { entityDirectory } from './names.js';

const dir = entityDirectory(loadGazetteerEntries());

/** A cloud group's up-to ceiling in one outlet, amounts in others (as their outlets word them): the claim's values differ. */
function capBundle(others: string[]) {
  const urls = ['https://www.reuters.com/technology/2', 'https://www.bloomberg.com/news/3'];
  return makeBundle({
    id: 'st_cap',
    items: [
      {
        title: '云厂商将向AI实验室追加投资',
        url: 'https://www.cls.cn/detail/1',
        date: '2026-10-20',
        text: '据知情人士透露，该云厂商同意向星图智能追加投资最多250亿美元，具体金额取决于里程碑完成情况。',
      },
      ...others.map((text, i) => ({ title: 'Cloud group deepens lab ties', url: urls[i] as string, date: '2026-10-20', text })),
    ],
    attributions: [2.5e10, 3e10, 8e9, 1.1e10].map((value) => ({ value, subject: 'Amazon', metric: 'investment' })),
    claims: (items, figs) => [
      {
        subject: 'Amazon',
        metric: 'investment',
        period: 'unknown',
        statements: items.flatMap((it) =>
          (figs[it.id] ?? []).filter((f) => f.subject === 'Amazon').map((f) => statement(it, figs[it.id] ?? [], f.value as number)),
        ),
        conflict: true,
        latest: 0,
        mostCited: 0,
      },
    ],
  });
}

test('comparison line: a ceiling is never one of two amounts’ dispute; an amount breaking the ceiling disputes it', () => {
  const within = capBundle(['The cloud group has invested $8 billion in the lab so far, people familiar said.']);
  assert.deepEqual(conflictSentences(within, dir), []);
  assert.ok(!offlineInsights(within, dir).some((s) => /说法不一|与此前报道对比/.test(s)));
  const [paid] = conflictSentences(
    capBundle([
      'The cloud group has invested $8 billion in the lab so far, people familiar said.',
      'The cloud group has put $11 billion into the lab so far, a person said.',
    ]),
    dir,
  );
  assert.ok(paid, 'the amounts still disagree');
  assert.match(paid, /80亿美元/);
  assert.match(paid, /110亿美元/);
  assert.doesNotMatch(paid, /250亿美元/);
  const [broken] = conflictSentences(
    capBundle(['The cloud group has agreed to invest $30 billion in the lab, people familiar said.']),
    dir,
  );
  assert.ok(broken, 'an amount above the ceiling contradicts it');
  assert.match(broken, /最多250亿美元/);
  assert.match(broken, /300亿美元/);
});

/** Two outlets' quarterly growth rates of one company: one in constant currency, one as reported. */
function ccBundle(bothConstant: boolean) {
  const second = bothConstant
    ? 'Infosys said revenue grew 3.4% in constant currency in the September quarter.'
    : 'Infosys said revenue grew 3.4% in the September quarter.';
  return makeBundle({
    id: 'st_cc',
    items: [
      {
        title: '印孚瑟斯二季度营收增长',
        url: 'https://www.yicai.com/news/1.html',
        date: '2026-10-20',
        text: '按固定汇率计算，印孚瑟斯第二财季营收同比增长2.2%，好于市场预期。',
      },
      { title: 'Infosys beats estimates', url: 'https://www.reuters.com/technology/3', date: '2026-10-20', text: second },
    ],
    attributions: [
      { value: 2.2, subject: 'Infosys', metric: 'revenue', period: 'FY2027Q2' },
      { value: 3.4, subject: 'Infosys', metric: 'revenue', period: 'FY2027Q2' },
    ],
    claims: (items, figs) => {
      const [a, b] = items as [ItemRecord, ItemRecord];
      const claim: Claim = {
        subject: 'Infosys',
        metric: 'revenue',
        period: 'FY2027Q2',
        statements: [statement(a, figs[a.id] ?? [], 2.2), statement(b, figs[b.id] ?? [], 3.4)],
        conflict: true,
        latest: 0,
        mostCited: 0,
      };
      return [bothConstant ? { ...claim, basis: 'constant-currency' } : claim];
    },
  });
}

test('comparison line: a constant-currency rate against a reported one is no dispute; two constant-currency rates say their basis', () => {
  assert.deepEqual(conflictSentences(ccBundle(false), dir), []);
  const [line] = conflictSentences(ccBundle(true), dir);
  assert.ok(line, 'a dispute of one measure is still written');
  assert.match(line, /按固定汇率计/);
  assert.match(line, /2\.2%/);
  assert.match(line, /3\.4%/);
});

test('withBasis: the basis is said once, as a prefix or a note', () => {
  assert.equal(withBasis('净利润', 'adjusted'), '经调整净利润');
  assert.equal(withBasis('经调整净利润', 'adjusted'), '经调整净利润');
  assert.equal(withBasis('营收', 'run-rate'), '年化营收');
  assert.equal(withBasis('营收', 'constant-currency'), '营收（按固定汇率计）');
  assert.equal(withBasis('营收', 'share'), '营收占比');
  assert.equal(withBasis('利润', 'operating'), '营业利润');
  assert.equal(withBasis('利润', 'adjusted+ebitda'), '经调整息税前利润');
  assert.equal(withBasis('净利润', 'adjusted+constant-currency'), '经调整净利润（按固定汇率计）');
  assert.equal(withBasis('营收', 'sequential'), '营收');
  assert.equal(withBasis('营收', undefined), '营收');
});
