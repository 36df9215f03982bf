/**
 * english31 (decision 085): one-outlet English results and money stories told as a wire item — the results against the
 * estimates first, the guidance as 预计 / 下调…指引 with its period, the share move last; a round or a loan never told
 * as the investor's or the lender's own. Articles invented for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { money, oneItemStory, single } from '../../../test/fixtures/enrich/bundles.js';
import { extractFigures, loadGazetteer } from '../../extract/index.js';
import type { Claim, Figure } from '../../types/index.js';
import { createOfflineEngine } from './engine.js';
import { ownerDoubt } from './english-owner.js';
import { versusEstimates } from './estimates.js';
import { moveCause } from './move-cause.js';
import { defaultStoryTemplates } from './story-templates.js';

const engine = createOfflineEngine();
const t = defaultStoryTemplates();
const gaz = loadGazetteer();

const write = async (title: string, text: string, claims: Parameters<typeof oneItemStory>[1]) => {
  const s = await engine.doWriteStory(oneItemStory({ title, text, date: '2026-11-20' }, claims), 'stories');
  return `${s.headline}｜${s.paragraphs.join('｜')}`;
};

test('moveCause: a share move after results or an outlook names its cause, the first named first', () => {
  assert.deepEqual(moveCause('Vantor shares jump 11% after fourth-quarter results beat, fiscal 2028 outlook tops estimates'), {
    first: 'results',
    results: true,
    outlook: true,
  });
  assert.deepEqual(moveCause('Pellion stock sinks 9% on weak annual forecast'), { first: 'outlook', results: false, outlook: true });
  assert.equal(moveCause('Pellion shares jump 9% after Nvidia partnership'), undefined);
  // A concession is no cause, nor a results word far past the link.
  assert.equal(moveCause('Pellion slides as investors question its AI financing despite record quarter'), undefined);
  assert.equal(moveCause('Pellion shares jump as chipmaker signs deal with cloud provider ahead of results'), undefined);
  assert.equal(moveCause('Pellion shares jump 9%'), undefined);
});

test('a share move after results beat and an outlook: the results and the guidance against estimates lead, the move last', async () => {
  const text = [
    'Nov 20 (Reuters) - Vantor Software shares jumped 11% in extended trading on Thursday after the data analytics company reported fourth-quarter results above Wall Street estimates and forecast fiscal 2028 revenue ahead of expectations.',
    "The company expects fiscal 2028 revenue of about $4.2 billion, compared with analysts' average estimate of $3.9 billion, according to data compiled by LSEG.",
    'Revenue for the fourth quarter ended Oct. 31 rose 24% to $968 million, beating estimates of $941 million.',
  ].join('\n\n');
  const out = await write('Vantor Software shares jump 11% after fourth-quarter results beat, fiscal 2028 outlook tops estimates', text, [
    ['Vantor Software', 'share-price', 'FY2026Q4', 11],
    ['Vantor Software', 'revenue', 'FY2028', 4.2e9],
    ['Vantor Software', 'revenue', 'FY2026Q4', 9.68e8],
    ['Vantor Software', 'revenue-growth', 'FY2026Q4', 24],
  ]);
  const body = out.split('｜')[1] ?? '';
  assert.match(body, /公布2026财年第四财季业绩，营收增长\**24%\**至\**9\.68亿美元\**，高于市场预期的9\.41亿美元/u, out);
  assert.match(body, /预计2028财年营收约为\**42亿美元\**，高于市场预期的39亿美元/u, out);
  assert.match(body, /受此影响，公司股价盘后上涨\**11%\**。$/u, out);
  // The results come before the guidance, the guidance before the move.
  assert.ok(body.indexOf('业绩') < body.indexOf('预计') && body.indexOf('预计') < body.indexOf('股价'), out);
});

test('a guidance cut whose title names no measure is the revenue forecast, with the value before it, never the estimate', async () => {
  const text = [
    'Nov 20 (Reuters) - Kelda Networks cut its annual revenue forecast on Thursday, as telecom customers held back spending on network gear, sending its shares down 14% after the bell.',
    'Analysts on average had expected $2.52 billion, according to LSEG data. The company now expects 2026 revenue of $2.3 billion, down from its previous forecast of $2.5 billion.',
  ].join('\n\n');
  const out = await write('Kelda Networks cuts annual forecast as telecom customers delay spending; shares slump', text, [
    ['Kelda Networks', 'revenue', '2026', 2.52e9],
    ['Kelda Networks', 'revenue', '2026', 2.3e9],
    ['Kelda Networks', 'revenue', '2026', 2.5e9],
    ['Kelda Networks', 'share-price', 'unknown', 14],
  ]);
  assert.match(out, /下调全年营收指引至\**23亿美元\**（此前为\**25亿美元\**）/u, out);
  assert.doesNotMatch(out, /指引指引|预计2026年营收为\**25\.2亿/u, out);
});

test('versusEstimates: a guidance range stands against an estimate wholly above or below it, not one inside it', () => {
  const at = (s: string) => versusEstimates(s, extractFigures(s)[0] as Figure, t);
  assert.equal(at('It expects revenue of $4.1 billion to $4.2 billion, compared with estimates of $3.9 billion.')?.side, 'above');
  assert.equal(at('It expects revenue of $3.1 billion to $3.2 billion, compared with estimates of $3.9 billion.')?.side, 'below');
  assert.equal(at('It expects revenue of $3.8 billion to $4.0 billion, compared with estimates of $3.9 billion.'), undefined);
});

const claim = (subject: string, metric: string): Claim => single(subject, metric, '2026', []);
const doubt = (subject: string, metric: string, sentence: string, figure: string, value: number) =>
  ownerDoubt({ sentence, figure: money(figure, value), claim: claim(subject, metric) }, { deals: [] }, gaz, t, []);

test('a round, a loan or a valuation filed under who pays, lends or is named in no possessive is doubted', () => {
  const round = 'Orrin said on Thursday it raised $400 million in a funding round led by Northgate Capital.';
  assert.equal(doubt('Northgate Capital', 'funding', round, '$400 million', 4e8), 'payer');
  const loan = 'Halden Data Centers said it has secured a $1.5 billion loan from Marrow Bank to fund its Ohio campus.';
  assert.equal(doubt('Marrow Bank', 'debt', loan, '$1.5 billion', 1.5e9), 'payer');
  assert.equal(doubt('Marrow Bank', 'debt', 'Marrow Bank has lent $8 billion to data center developers.', '$8 billion', 8e9), 'payer');
  const value = "The round more than doubles Orrin's valuation from $2.2 billion in March.";
  assert.equal(doubt('Northgate Capital', 'valuation', value, '$2.2 billion', 2.2e9), 'possessor');
  // The receiver's own round, loan and valuation keep their owner.
  assert.equal(doubt('Orrin', 'funding', round, '$400 million', 4e8), undefined);
  assert.equal(doubt('Marrow Bank', 'debt', 'Marrow Bank borrowed $8 billion from a group of lenders.', '$8 billion', 8e9), undefined);
  assert.equal(doubt('Orrin', 'valuation', value, '$2.2 billion', 2.2e9), undefined);
});

test('a round led by an investor is never told as the investor’s own 融资', async () => {
  const text =
    'Orrin, a startup that builds AI coding agents, said on Thursday it raised $400 million in a funding round led by Northgate Capital.';
  const out = await write('AI coding startup Orrin raises $400 million led by Northgate Capital', text, [
    ['Northgate Capital', 'funding', 'unknown', 4e8],
  ]);
  assert.doesNotMatch(out, /Northgate Capital[^｜，。]*融资/u, out);
});

test('a quarter’s results figure with no period of its own is not told under the year, a comparison’s period not its own', async () => {
  const text = [
    'Nov 20 (Reuters) - Kelda Networks reported third-quarter revenue below Wall Street estimates on Thursday.',
    'Third-quarter revenue fell 6% to $561 million, missing estimates of $598 million. Net income was $41 million, compared with $77 million a year earlier.',
  ].join('\n\n');
  const out = await write('Kelda Networks quarterly results miss estimates', text, [
    ['Kelda Networks', 'revenue', '2026Q3', 5.61e8],
    ['Kelda Networks', 'profit', '2026', 4.1e7],
  ]);
  assert.match(out, /第三季度[^｜]*5\.61亿美元/u, out);
  assert.doesNotMatch(out, /2026年净利润/u, out);
});
