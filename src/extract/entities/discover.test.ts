import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../index.js';
import { findEntities, loadGazetteer } from './index.js';

const gaz = loadGazetteer();
const names = (text: string) => findEntities(text, gaz, { discover: true }).map((m) => `${m.name}@${m.text}`);

test('an appositive introduces an unknown organisation; its first word then stands for it', () => {
  const text =
    'Verdant Photonics, a Boston-based startup building optical interconnects, raised $90 million. Verdant said the money will fund a second fab.';
  assert.deepEqual(names(text), ['Verdant Photonics@Verdant Photonics', 'Verdant Photonics@Verdant']);
});

test('a full stop ends a capitalised run: the next sentence opens a name of its own', () => {
  assert.deepEqual(names('Xingyan AI listed in its Hong Kong IPO. Hengchuan Semiconductor, a unit of Lanxin Group, grew.'), [
    'Xingyan AI@Xingyan AI',
    'Hong Kong@Hong Kong',
    'Hengchuan Semiconductor@Hengchuan Semiconductor',
    'Lanxin Group@Lanxin Group',
  ]);
});

test('any role noun in 商 introduces a name (租赁商, 经销商), as 服务商 does', () => {
  assert.deepEqual(names('GPU租赁商星衡智算营收增长。星衡智算表示。'), ['星衡智算@星衡智算', '星衡智算@星衡智算']);
  assert.deepEqual(names('双方协商一致后，电商平台表示。电商平台称。'), []);
});

test('a bold label opens a sentence: an adjective capitalised after it is no name', () => {
  assert.deepEqual(names('Revenue grew.\n**Risks:** Slower AI demand and higher server prices.'), []);
});

test('a one-word name in a title takes the full name the body introduces', () => {
  const text = 'Chip startup Kestrel raises $200M\n\nKestrel Computing, a maker of inference accelerators, closed the round on Monday.';
  assert.deepEqual(names(text), ['Kestrel Computing@Kestrel', 'Kestrel Computing@Kestrel Computing']);
});

test('a shared first word stands for the name introduced first, not its arm named later in full', () => {
  const text = 'Harbor AI Investments will fund the campus. Harbor Compute, its cloud arm, will run it. Harbor took a 5% stake.';
  assert.deepEqual(names(text), [
    'Harbor AI Investments@Harbor AI Investments',
    'Harbor Compute@Harbor Compute',
    'Harbor AI Investments@Harbor',
  ]);
});

test('a head the text also writes in lower case is an ordinary word, not a name', () => {
  const text = 'Summit Robotics, a robot maker, grew fast. The summit of the market is near. Summit shares rose.';
  assert.deepEqual(names(text), ['Summit Robotics@Summit Robotics']);
});

test('a known name with a fund suffix is its own organisation; a known name written in full is followed by its head', () => {
  assert.deepEqual(names('Samsung Catalyst Fund and Lux Capital joined; Lux put in $20 million.'), [
    'Samsung Catalyst Fund@Samsung Catalyst Fund',
    'Lux Capital@Lux Capital',
    'Lux Capital@Lux',
  ]);
  // A legal-form suffix does not make another company.
  assert.deepEqual(names('Samsung Electronics Co. said on Monday'), ['Samsung Electronics@Samsung Electronics']);
});

test('a role noun with a comma introduces a subsidiary name of short words', () => {
  assert.deepEqual(names('Itochu will raise money through its data center subsidiary, IC Data Hubs, the company said.').slice(-1), [
    'IC Data Hubs@IC Data Hubs',
  ]);
});

test('a description by nationality refers to the earlier organisation of that country', () => {
  const text =
    'Shares of SK Hynix rose 3% after U.S. rival Micron posted record sales and the South Korean chipmaker won a price increase of 15% for HBM4.';
  const r = extract(text, { date: '2026-06-10' }, gaz);
  const f = r.figures.find((x) => x.text === '15%');
  assert.equal(f?.subject, 'SK Hynix');
  assert.equal(f?.metric, 'price');
});

test('the market consensus of an amount is an estimate of the metric before it, not a market size', () => {
  const r = extract('Micron guided revenue of $15.2 billion, above the market consensus of $14.1 billion.', { date: '2026-06-10' }, gaz);
  assert.equal(r.figures.find((x) => x.text === '$14.1 billion')?.metric, 'revenue');
});

test('a Chinese name glossed by a Latin name in brackets is that entity wherever the text writes it', () => {
  const text =
    '云栖光电完成融资。光通信芯片企业云栖光电（Cloudhill Technologies）今日宣布，云栖光电估值约80亿元。为其供电的华东电力公司（EastGrid Corp.）表示支持，该公司。';
  const got = names(text);
  assert.deepEqual(
    got.filter((n) => n.startsWith('Cloudhill')),
    [
      'Cloudhill Technologies@云栖光电',
      'Cloudhill Technologies@云栖光电',
      'Cloudhill Technologies@Cloudhill Technologies',
      'Cloudhill Technologies@云栖光电',
    ],
  );
  // A description ending in an ordinary noun (电力公司) glosses nothing: 公司 elsewhere stays a word.
  assert.ok(!got.some((n) => /@.*公司/.test(n)), got.join(', '));
});

test('a suffix word that opens a common noun, or a verb before it, makes no discovered name', () => {
  // '智能算力' is compute, not a company ending in 智能; '租用' is a verb.
  assert.deepEqual(names('杭州市对本地企业租用智能算力给予最高20%的补贴。'), ['Hangzhou@杭州']);
  assert.deepEqual(names('园区鼓励中小企业使用智能体，并对采用智能驾驶方案的车企给予奖励。'), []);
  // '资本预算', '资本开支' are budgets, not a name ending in 资本.
  assert.deepEqual(names('董事会核准资本预算约300亿元，并批准资本开支计划。'), []);
  // A real name before the same suffix is still found.
  assert.deepEqual(names('星尘智能完成新一轮融资，云岫科技跟投。'), ['星尘智能@星尘智能', '云岫科技@云岫科技']);
});

test('conduct only a company shows makes an unknown capitalised name an organisation, every mention of it', () => {
  // an action on something of its own, a possessive with a word of its accounts, its shares moving
  const text =
    'MUMBAI (Reuters) - Persistar raised its annual revenue forecast on Wednesday. Persistar shares closed up 2.1%. Chief executive Anil Rao said the deal pipeline was strong.';
  assert.deepEqual(names(text), ['Reuters@Reuters', 'Persistar@Persistar', 'Persistar@Persistar']);
  assert.deepEqual(names("Wavecrest's quarterly revenue rose 9%. Wavecrest also bought back shares."), [
    'Wavecrest@Wavecrest',
    'Wavecrest@Wavecrest',
  ]);
  // a person says, a company acts: a verb of saying makes no discovery
  assert.deepEqual(names('Anil Rao said its clients were spending again.'), []);
  // a word the text also writes in lower case is an ordinary word
  assert.deepEqual(names('Summit raised its bid. The summit ended.'), []);
});

test('a title opening with a name then results words, or a Latin name before a stock code, names a company', () => {
  assert.deepEqual(names('Persistar Q3 FY27 earnings call (transcript)\nThank you. Revenue grew 4%.'), ['Persistar@Persistar']);
  assert.deepEqual(names('Persistar (PSTR IN) | BUY | TP Rs2,100\nPersistar beat on margins.'), [
    'Persistar@Persistar',
    'Persistar@Persistar',
  ]);
});

test('a descriptor noun before a Chinese name is not part of it', () => {
  assert.deepEqual(names('大模型公司星澜智能今日起在港招股。'), ['星澜智能@星澜智能']);
});

test('a title after a blanked front matter (offsets kept) is still the first line with text', () => {
  const text = `${' '.repeat(3)}\n       Persistar Q3 FY27 earnings call\n${' '.repeat(16)}\n   \nThank you. Revenue was five billion dollars.`;
  assert.deepEqual(names(text), ['Persistar@Persistar']);
});

test('a capitalised ordinary word opening a sentence before a suffix is no name without other evidence', () => {
  assert.deepEqual(names('Yeah, thanks. Actually AI gross margin has improved.'), []);
  assert.deepEqual(names('Analysts agree. Slower AI adoption would hurt margins.'), []);
  // Evidence: the text writes it again, it acts as a company, an apposition, or a legal form.
  assert.deepEqual(names('Vexa AI raised $50 million.'), ['Vexa AI@Vexa AI']);
  assert.deepEqual(names('Nimbus AI grew fast. Investors like Nimbus AI.'), ['Nimbus AI@Nimbus AI', 'Nimbus AI@Nimbus AI']);
  assert.deepEqual(names('Harbor Compute, its cloud arm, will run it.'), ['Harbor Compute@Harbor Compute']);
  assert.deepEqual(names('Orbit Data Ltd priced the notes.'), ['Orbit Data@Orbit Data']);
  assert.deepEqual(names('Asia morning:\n- Lanxin Technology: subscriptions reached HK$182bn.'), ['Lanxin Technology@Lanxin Technology']);
  // Inside a sentence the capital is the writer's: no more evidence needed.
  assert.deepEqual(names('Investors said Nimbus AI grew.'), ['Nimbus AI@Nimbus AI']);
});

test('a Chinese name of any form after a role noun is the longest run the text writes again; its first two characters stand for it', () => {
  const text = '国产推理云服务商岚叶算力今日起在香港招股，拟募资最多40亿港元。岚叶算力上半年收入9.2亿元。岚叶今年向供应商采购约6亿元。';
  assert.deepEqual(
    names(text).filter((n) => !n.startsWith('Hong Kong')),
    ['岚叶算力@岚叶算力', '岚叶算力@岚叶算力', '岚叶算力@岚叶'],
  );
});

test('a role noun before a metric word introduces no name', () => {
  const text = '多家云厂商资本开支继续攀升，云厂商资本开支合计约2000亿美元。';
  assert.deepEqual(names(text), []);
});

test('an unknown name with an org suffix before a verb of reporting owns the figures it reports', () => {
  const owner = (text: string, fig: string) => extract(text, { date: '2026-11-20' }, gaz).figures.find((x) => x.text === fig)?.subject;
  assert.equal(
    owner('Brightwater Semiconductor said revenue rose 28% to $640 million in the quarter.', '$640 million'),
    'Brightwater Semiconductor',
  );
  assert.equal(owner('Larkspur Cloud told analysts that sales grew 41% to $2.3 billion.', '$2.3 billion'), 'Larkspur Cloud');
  assert.equal(owner('Oakmere Robotics expects revenue of $90 million next year.', '$90 million'), 'Oakmere Robotics');
  // An ordinary word before the suffix is still no name ('Slower AI adoption', 'Cheaper AI said nothing').
  assert.deepEqual(names('Slower AI adoption weighed on sales.'), []);
});

test('a compound adjective before a capitalised run is not part of the name; a Chinese gloss then names it', () => {
  assert.deepEqual(names('Hangzhou-based Qiming Robotics (启明智控) filed for a Hong Kong listing. 启明智控的估值约为50亿元。'), [
    'Hangzhou@Hangzhou',
    'Qiming Robotics@Qiming Robotics',
    'Qiming Robotics@启明智控',
    'Hong Kong@Hong Kong',
    'Qiming Robotics@启明智控',
  ]);
  assert.deepEqual(names('Nasdaq-listed Corvid Networks, known in Chinese as 鸦讯网络, grew.').slice(-2), [
    'Corvid Networks@Corvid Networks',
    'Corvid Networks@鸦讯网络',
  ]);
});

test('a company-name word (Software, Services, Payments) closes a name as an org suffix does; its first word then stands for it', () => {
  const text =
    'Brenmoor Software agreed to buy a data-labelling start-up. Brenmoor’s shares rose 3%. Oakhurst Payments, a rival, posted higher revenue.';
  assert.deepEqual(names(text), [
    'Brenmoor Software@Brenmoor Software',
    'Brenmoor Software@Brenmoor',
    'Oakhurst Payments@Oakhurst Payments',
  ]);
  // Two company-name words and nothing else are no name: 'Financial Services revenue grew'.
  assert.deepEqual(names('Financial Services revenue grew 8%. Media Services margins fell.'), []);
});

test('a legal form (Inc, Corp, Ltd, plc, AG, SA) stands outside the name: one company, one name in the text', () => {
  const text = 'Calderon Devices Inc reported record revenue. Calderon Devices said demand held up. Ostrava Logistics AG grew.';
  assert.deepEqual(names(text), [
    'Calderon Devices@Calderon Devices',
    'Calderon Devices@Calderon Devices',
    'Ostrava Logistics@Ostrava Logistics',
  ]);
});

test('in Chinese text a Latin name keeps its company-name word and drops its legal form', () => {
  assert.deepEqual(names('Oakhurst Payments Inc.宣布裁员。Oakhurst Payments表示，收入增长12%。'), [
    'Oakhurst Payments@Oakhurst Payments',
    'Oakhurst Payments@Oakhurst Payments',
  ]);
});

test('a short name found by its conduct stands for the fuller name the text introduces it with', () => {
  const text = 'Harrowgate Aviation agreed to buy two regional carriers; Harrowgate’s shares rose 4% after the deal.';
  assert.deepEqual(names(text), ['Harrowgate Aviation@Harrowgate Aviation', 'Harrowgate Aviation@Harrowgate']);
  // A title word after the name is no part of it ('Infosys Chief Executive …').
  assert.deepEqual(names('Wistron Chief Executive Simon Lin said demand held. Wistron’s revenue rose.'), [
    'Wistron@Wistron',
    'Wistron@Wistron',
  ]);
});

test('a one-word name keeps its legal form (the word alone names a group); a division is no company', () => {
  assert.deepEqual(names('Kanemori Corp. said it would issue bonds. Kanemori Corp. owns 40% of the venture.'), [
    'Kanemori Corp.@Kanemori Corp.',
    'Kanemori Corp.@Kanemori Corp.',
  ]);
  assert.deepEqual(names('Hanjin posted higher profit; its chip division, Device Solutions (DS), grew fastest.'), []);
});

test('a short name the text speaks of on its own first stays the parent: its fuller name is another company', () => {
  // The parent is spoken of by its short name before its listed unit appears: two companies.
  const parent = 'Kestrel to spin off its airline\nKestrel’s shares rose 3% on Monday. Kestrel Aviation said its revenue would double.';
  assert.ok(!names(parent).includes('Kestrel Aviation@Kestrel'), names(parent).join(' | '));
  // A title that uses the short name before the body introduces the full one is still an introduction.
  const titled = 'Harrowgate buys two carriers\nHarrowgate Aviation agreed to buy two regional carriers; Harrowgate’s shares rose 4%.';
  assert.ok(names(titled).includes('Harrowgate Aviation@Harrowgate'), names(titled).join(' | '));
});
