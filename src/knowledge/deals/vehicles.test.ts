/**
 * Financing vehicles (joint ventures, SPVs), bond sales and bank loans: who pays whom when the text names a structure
 * by its role. Every sentence here was written for these tests (English and Chinese).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleItem } from '../../../test/support/deals.js';
import { extract, findEntities, loadGazetteer, lookupEntry } from '../../extract/index.js';
import { buildKnowledge } from '../build.js';
import { sentenceVehicle } from './vehicles.js';

const gaz = loadGazetteer();
const ownerOf = (name: string) => lookupEntry(name, gaz)?.parent;

/** [sentence, expected `party (conduit|counterparty)` or null when the vehicle's role is not told]. */
const INTRO_CASES: [string, string | null][] = [
  // The sponsor raises money through the vehicle: the vehicle stands for the sponsor.
  ['Meta raised $27 billion for its Hyperion data centre through a joint venture with Blue Owl.', 'Meta (conduit)'],
  ['Last year, it raised $27 billion through a joint venture with Blue Owl.', null],
  ['Oracle has set up a special purpose vehicle to finance its Texas data centres.', 'Oracle (conduit)'],
  ['CoreWeave is funding the Lancaster site via an off-balance-sheet vehicle.', 'CoreWeave (conduit)'],
  ['Meta通过与Blue Owl成立的合资公司为Hyperion数据中心筹集了270亿美元。', 'Meta (conduit)'],
  ['甲骨文设立了一家特殊目的实体，为其数据中心项目融资。', 'Oracle (conduit)'],
  // The sponsor leases or buys from an SPV: the SPV is a party of its own, named after sponsor and project.
  ['xAI is leasing the chips for Colossus 2 from a special purpose vehicle.', 'xAI Colossus 2 SPV (counterparty)'],
  ['CoreWeave rents its newest GPUs from an SPV backed by Blackstone.', 'CoreWeave SPV (counterparty)'],
  ['xAI从一家特殊目的实体（SPV）租用Colossus 2所需的芯片。', 'xAI Colossus 2 SPV (counterparty)'],
  // …or the SPV leases to the sponsor named after it.
  ['Valor has set up an SPV that will lease the Colossus 2 chips to xAI.', 'xAI Colossus 2 SPV (counterparty)'],
  ['一家特殊目的实体将Colossus 2所需的芯片租给xAI。', 'xAI Colossus 2 SPV (counterparty)'],
  ["Meta's Hyperion financing, structured as a joint venture with Blue Owl, totals $27 billion.", 'Meta (conduit)'],
  // Role not told, or another party is whom the money is for: no vehicle, so no direction is invented.
  ['Microsoft and OpenAI formed a joint venture in Japan.', null],
  ["Apollo is financing xAI's chips through an SPV.", null],
  ['Apollo通过一家SPV为xAI融资120亿美元。', null],
  ['Meta is leasing office space from a joint venture.', null],
  ['Tesla sold 400,000 electric vehicles last quarter, Nvidia said.', null],
  ['腾讯与阿里巴巴成立了一家合资公司。', null],
];

for (const [sentence, want] of INTRO_CASES) {
  test(`vehicle introduced: ${sentence}`, () => {
    const v = sentenceVehicle(sentence, findEntities(sentence, gaz), ownerOf);
    assert.equal(v ? `${v.party} (${v.conduit ? 'conduit' : 'counterparty'})` : null, want);
  });
}

/** Knowledge of one short article, as the pipeline builds it (products and units stand for their owners). */
function knowledgeOf(lang: 'en' | 'zh', text: string) {
  const it = articleItem(`it_${lang}`, lang, text);
  const k = buildKnowledge({ items: [it], extractions: [{ itemId: it.id, ...extract(text, { date: it.date, lang }, gaz) }] }, { ownerOf });
  return {
    edges: k.deals.map((d) => `${d.from} → ${d.to}${d.amount ? ` ${d.amount.value ?? d.amount.high}` : ''}`).sort(),
    cycles: k.cycles,
  };
}

test('a joint venture the sponsor raises money through: its bond buyers and equity investors pay the sponsor (en)', () => {
  const { edges } = knowledgeOf(
    'en',
    'Meta raised $27 billion for its Hyperion data centre through a joint venture with Blue Owl. Pimco bought $18 billion of the vehicle’s bonds, and Blue Owl put up about $2.5 billion of equity. Meta keeps a 20% stake in the venture.',
  );
  assert.deepEqual(edges, ['Blue Owl → Meta 2500000000', 'Pimco → Meta 18000000000']);
});

test('a joint venture the sponsor raises money through: 该合资公司 is the sponsor (zh)', () => {
  const { edges } = knowledgeOf(
    'zh',
    'Meta通过与Blue Owl成立的合资公司为Hyperion数据中心筹集了270亿美元。其中Pimco认购了该合资公司180亿美元债券，Blue Owl出资约25亿美元。',
  );
  assert.deepEqual(edges, ['Blue Owl → Meta 2500000000', 'Pimco → Meta 18000000000']);
});

test('an SPV the sponsor leases chips from is a party of its own: "that vehicle" buys from Nvidia, closing a loop (en)', () => {
  const { edges, cycles } = knowledgeOf(
    'en',
    'Nvidia is investing $2 billion in xAI. xAI is leasing the chips for Colossus 2 from a special purpose vehicle that was financed with $12.5 billion of debt. That vehicle buys the processors from Nvidia.',
  );
  assert.deepEqual(edges, ['Nvidia → xAI 2000000000', 'xAI Colossus 2 SPV → Nvidia', 'xAI → xAI Colossus 2 SPV']);
  assert.deepEqual(cycles, [['Nvidia', 'xAI', 'xAI Colossus 2 SPV']]);
});

test('an SPV the sponsor leases chips from: 该SPV resolves to it (zh)', () => {
  const { edges, cycles } = knowledgeOf(
    'zh',
    '英伟达向xAI投资20亿美元。xAI从一家特殊目的实体（SPV）租用Colossus 2所需的芯片。该SPV再向英伟达采购处理器。',
  );
  assert.deepEqual(edges, ['Nvidia → xAI 2000000000', 'xAI Colossus 2 SPV → Nvidia', 'xAI → xAI Colossus 2 SPV']);
  assert.equal(cycles.length, 1);
});

test('a vehicle whose role is not told stands for no one: no edge to or from it', () => {
  assert.deepEqual(
    knowledgeOf('en', 'Microsoft and OpenAI formed a joint venture in Japan. SoftBank will put $3 billion into the venture.').edges,
    [],
  );
  assert.deepEqual(knowledgeOf('zh', '腾讯与阿里巴巴成立了一家合资公司。红杉中国向该合资公司投资了5亿美元。').edges, []);
  assert.deepEqual(knowledgeOf('en', 'Pimco bought $18 billion of the vehicle’s bonds.').edges, []);
});

test('bonds sold to investors: the buyers (generic "bond investors") pay the company that raised the money', () => {
  assert.deepEqual(
    knowledgeOf(
      'en',
      'Oracle raised $18 billion in a bond sale last year. It is also lining up $38 billion of loans from a group of banks led by JPMorgan.',
    ).edges,
    ['JPMorgan → Oracle 38000000000', 'bond investors → Oracle 18000000000'],
  );
  assert.deepEqual(knowledgeOf('en', 'Alphabet sold $17.5 billion of bonds to investors in the US and Europe.').edges, [
    'bond investors → Google 17500000000',
  ]);
  assert.deepEqual(knowledgeOf('en', "Meta's $30 billion bond sale drew more than $125 billion of orders.").edges, [
    'bond investors → Meta 30000000000',
  ]);
  assert.deepEqual(knowledgeOf('zh', '甲骨文去年通过发行债券募资180亿美元，并从摩根大通等银行获得380亿美元贷款。').edges, [
    'JPMorgan → Oracle 38000000000',
    'bond investors → Oracle 18000000000',
  ]);
  assert.deepEqual(knowledgeOf('zh', 'Meta向投资者出售了300亿美元债券。').edges, ['bond investors → Meta 30000000000']);
});

test('no flow from a bond issue stated as debt, a bond sale under consideration, someone else’s bonds or unnamed banks', () => {
  for (const [lang, text] of [
    ['zh', 'Meta去年10月发行了300亿美元债券，是当年规模最大的公司债之一。'],
    ['zh', '亚马逊正考虑发债募资最多150亿美元。'],
    ['en', 'Amazon is considering a bond sale of as much as $15 billion.'],
    ['en', 'Blackstone sold $2 billion of CoreWeave bonds last week.'],
    ['zh', '甲骨文正与多家银行洽谈一笔约380亿美元的项目贷款。'],
    ['zh', '甲骨文向多家银行贷款380亿美元。'],
  ] as const)
    assert.deepEqual(knowledgeOf(lang, text).edges, [], text);
});

test('a generic payer is never the topic of a later payer-less contract sentence', () => {
  const { edges } = knowledgeOf('en', 'Oracle raised $18 billion in a bond sale. The CoreWeave contract, $5 billion, runs to 2030.');
  assert.deepEqual(edges, ['bond investors → Oracle 18000000000']);
});

test('the vehicle named again by its bare noun in a later sentence, bonds issued by it, bonds sold to a named buyer', () => {
  assert.deepEqual(
    knowledgeOf(
      'zh',
      'Meta通过一家合资公司为其路易斯安那州数据中心融资。Pimco认购了合资公司发行的180亿美元债券，Blue Owl以股权形式出资25亿美元。',
    ).edges,
    ['Blue Owl → Meta 2500000000', 'Pimco → Meta 18000000000'],
  );
  assert.deepEqual(
    knowledgeOf(
      'en',
      'Meta is funding its Louisiana campus through a joint venture with Blue Owl. Pimco bought $18 billion of bonds issued by the joint venture, and Blue Owl provided $2.5 billion of equity.',
    ).edges,
    ['Blue Owl → Meta 2500000000', 'Pimco → Meta 18000000000'],
  );
  assert.deepEqual(
    knowledgeOf(
      'en',
      'Meta raised $27 billion through a joint venture with Blue Owl. The joint venture sold $18 billion of bonds to Pimco.',
    ).edges,
    ['Pimco → Meta 18000000000'],
    'a named buyer, not generic bond investors',
  );
});

test('lenders and bond markets named in other words', () => {
  assert.deepEqual(knowledgeOf('en', 'JPMorgan and Morgan Stanley lent $10 billion to Oracle for its Texas campus.').edges, [
    'JPMorgan → Oracle 10000000000',
    'Morgan Stanley → Oracle 10000000000',
  ]);
  assert.deepEqual(knowledgeOf('en', 'Oracle tapped the US bond market for $18 billion in September.').edges, [
    'bond investors → Oracle 18000000000',
  ]);
  assert.deepEqual(knowledgeOf('zh', '甲骨文9月在美国债券市场融资180亿美元。').edges, ['bond investors → Oracle 18000000000']);
});

test('a bond total of several companies is not one company’s bond sale', () => {
  assert.deepEqual(
    knowledgeOf('en', 'Meta, Alphabet and Amazon have together sold more than $90 billion of bonds since September.').edges,
    [],
  );
  assert.deepEqual(knowledgeOf('zh', 'Meta、Alphabet和亚马逊今年合计发债募资超过900亿美元。').edges, []);
});

// Parties named in other words: an amount with its conversion, an affiliate with its own legal name, 'the startup'.

test('an amount followed by its conversion in brackets is one payment', () => {
  assert.deepEqual(
    knowledgeOf(
      'en',
      'LG Electronics Inc. will invest 800 billion won ($576 million) in Bora Robotics, a Daejeon-based maker of warehouse robots.',
    ).edges,
    ['LG Electronics → Bora Robotics 800000000000'],
  );
  assert.deepEqual(knowledgeOf('zh', '腾讯将向智谱投资人民币30亿元（约合4.2亿美元）。').edges.length, 1);
});

test('an affiliate named with its own legal form is a party of its own, not its group', () => {
  const { edges } = knowledgeOf(
    'en',
    'Bora Robotics agreed to spend 300 billion won on cloud capacity from Samsung SDS Co., the group’s IT services arm. Samsung SDS will buy 90 billion won of Nvidia Corp. servers to serve it.',
  );
  assert.ok(
    edges.some((e) => e.startsWith('Samsung SDS → Nvidia')),
    edges.join('; '),
  );
  assert.ok(!edges.some((e) => e.startsWith('Samsung Electronics')), edges.join('; '));
});

test('“The startup” far from the round is the company that raised it', () => {
  const { edges } = knowledgeOf(
    'en',
    'Kestrel Optics, a Lyon-based maker of lidar chips, raised $120 million in a round led by Northzone Ventures. The company plans a second fab. Its chips ship next year. Revenue tripled. Margins improved. Hiring doubled. Customers include carmakers. The startup previously raised $40 million from investors including Bpifrance and Balderton Capital.',
  );
  assert.ok(edges.includes('Bpifrance → Kestrel Optics 40000000'), edges.join('; '));
  assert.ok(edges.includes('Balderton Capital → Kestrel Optics 40000000'), edges.join('; '));
});
