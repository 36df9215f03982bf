/**
 * Twenty-eighth session (lead), on decision 114: a head is told as a rumour (传…) only when its figures stand on unnamed
 * people's word alone; a figure the company stated on its own word (its call the day before) is no rumour, whatever
 * today's lead cites. Items written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeBundle, makeItem, statement } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures } from '../../extract/index.js';
import type { Claim, ItemRecord } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';
import { sameNumber } from './facts.js';
import { statedFirmly } from './rumour-head.js';

const call = makeItem({
  title: 'Halvard Grid Q3 earnings call (transcript)',
  url: 'https://investors.halvardgrid.example/q3-call',
  date: '2026-11-30',
  text: 'Chief Executive Officer: We have agreed to invest 400 million dollars in Veridian Power to secure turbine capacity.',
});

function story(withCall: boolean) {
  return makeBundle({
    id: `st_firm_${withCall}`,
    items: [
      {
        title: '鸿瓦电网向维迪安电力投资4亿美元',
        url: 'https://www.cls.cn/detail/hw-veridian',
        date: '2026-12-01',
        text: '据知情人士透露，鸿瓦电网向维迪安电力投资4亿美元，用于锁定燃气轮机产能。双方预计明年一季度完成交割。',
      },
    ],
    attributions: [{ value: 4e8, subject: '鸿瓦电网', metric: 'investment', period: 'unknown' }],
    claims: (items, figs) => {
      const it = items[0] as ItemRecord;
      const c: Claim = {
        subject: '鸿瓦电网',
        metric: 'investment',
        period: 'unknown',
        statements: [statement(it, figs[it.id] ?? [], 4e8), ...(withCall ? [statement(call, extractFigures(call.text), 4e8)] : [])],
        conflict: false,
        latest: 0,
        mostCited: 0,
      };
      return [c];
    },
  });
}

test('a head on people familiar alone says 传; the same figure stated on the company’s call is no rumour', async () => {
  const engine = createOfflineEngine();
  const rumour = await engine.doWriteStory(story(false), 'stories');
  assert.match(rumour.headline, /^传/u, rumour.headline);
  const firm = await engine.doWriteStory(story(true), 'stories');
  assert.doesNotMatch(firm.headline, /^传/u, firm.headline);
});

test('statedFirmly: every head figure needs a statement on someone’s own word', () => {
  const [four] = extractFigures('4亿美元');
  const [sixty] = extractFigures('60亿美元');
  assert.ok(four && sixty);
  const sts = [
    { figure: four, sentence: 'We have agreed to invest 400 million dollars in Veridian Power.', itemId: 'call' },
    { figure: sixty, sentence: 'The deal values Veridian at $6 billion, people familiar with the matter said.', itemId: 'wire' },
  ];
  assert.equal(statedFirmly([four], sts, sameNumber), true);
  assert.equal(statedFirmly([four, sixty], sts, sameNumber), false);
  assert.equal(statedFirmly([], sts, sameNumber), false);
  // A title or later sentence of an article resting on unnamed people is no firm source (月之暗面完成新一轮融资，投后估值超过40亿美元).
  const wire = (id: string) => (id === 'call' ? '据知情人士透露，鸿瓦电网向维迪安电力投资4亿美元。' : undefined);
  assert.equal(statedFirmly([four], sts, sameNumber, wire), false);
});
