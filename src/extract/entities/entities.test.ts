/** Table-driven tests of exact alias matching: both languages, case rules, guards and discovery. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findEntities, loadGazetteer } from './index.js';

const gaz = loadGazetteer();

/** text → expected `surface→Canonical` list (exact aliases only, in order). */
const CASES: [string, string[]][] = [
  ['Nvidia agreed to invest $100 billion in OpenAI.', ['Nvidia→Nvidia', 'OpenAI→OpenAI']],
  ['英伟达和台积电、博通都在扩产。', ['英伟达→Nvidia', '台积电→TSMC', '博通→Broadcom']],
  ['Alphabet, the parent of Google, and 谷歌 are one company.', ['Alphabet→Google', 'Google→Google', '谷歌→Google']],
  ['甲骨文与OpenAI签约，黄仁勋出席。', ['甲骨文→Oracle', 'OpenAI→OpenAI', '黄仁勋→Jensen Huang']],
  [
    'Sam Altman met Satya Nadella and Masayoshi Son.',
    ['Sam Altman→Sam Altman', 'Satya Nadella→Satya Nadella', 'Masayoshi Son→Masayoshi Son'],
  ],
  ['四巨头和七巨头的资本开支', ['四巨头→Hyperscalers', '七巨头→Magnificent Seven']],
  ['The Big Four will spend heavily; so will the Magnificent Seven.', ['Big Four→Hyperscalers', 'Magnificent Seven→Magnificent Seven']],
  ['She baked an apple pie. Apple pie is sweet. Apple sold more iPhones.', ['Apple→Apple', 'iPhones→iPhone']],
  ["He kept them at arm's length. Arm's length pricing. Arm designs chips.", ['Arm→Arm']],
  ['A meta-analysis and a Meta-analysis found that Meta spent more.', ['Meta→Meta']],
  ['AMD and amd; the Oracle of Omaha; Oracle signed.', ['AMD→AMD', 'Oracle→Oracle']],
  ['The Amazon rainforest is vast. Amazon invested in Anthropic.', ['Amazon→Amazon', 'Anthropic→Anthropic']],
  ['JD Vance spoke, JD.com reported.', ['JD.com→JD.com']],
  ['It helps us and the US economy.', ['US→United States']],
  ['GPT-5.1 and GPT-5 and GPT-4o.', ['GPT-5→GPT-5', 'GPT-4o→GPT-4o']],
  ['Eight H100s and two TPUs.', ['H100s→H100', 'TPUs→TPU']],
  ['北京东路上的京东门店', ['北京→Beijing', '京东→JD.com']],
  ['1024字节的数据；字节跳动旗下的豆包；字节发布新模型。', ['字节跳动→ByteDance', '豆包→Doubao', '字节→ByteDance']],
  ['海纳百川；百川智能获得融资。', ['百川智能→Baichuan']],
  ['这让人联想到联想集团。', ['联想集团→Lenovo']],
  ['据路透社报道，月之暗面和智谱正在融资。', ['路透社→Reuters', '月之暗面→Moonshot AI', '智谱→Zhipu AI']],
  ['阿里云和阿里巴巴，通义千问和千问。', ['阿里云→Alibaba Cloud', '阿里巴巴→Alibaba', '通义千问→Qwen', '千问→Qwen']],
  ['A lambda function in AWS Lambda; Lambda raised money.', ['AWS→AWS', 'Lambda→Lambda']],
  ['McKinsey and BCG and Bain & Company.', ['McKinsey→McKinsey', 'BCG→BCG', 'Bain & Company→Bain']],
];

for (const [text, expected] of CASES) {
  test(`aliases: ${text}`, () => {
    const got = findEntities(text, gaz).map((m) => `${m.text}→${m.name}`);
    assert.deepEqual(got, expected);
  });
}

test('mentions carry offsets into the text and match kind alias', () => {
  const text = 'OpenAI与微软续约。';
  for (const m of findEntities(text, gaz)) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(m.match, 'alias');
  }
});

/** Discovery: unknown capitalised org names and Chinese XX科技 / XX智能 names. */
const DISCOVERY: [string, string[]][] = [
  ['Quillfeather AI raised $1 billion.', ['Quillfeather AI']],
  ['Lantern Harbor Lab is valued at $12 billion.', ['Lantern Harbor Lab']],
  ['Generative AI is hot. The AI boom continues.', []],
  ['澜舟星图智能宣布完成融资，这家公司估值很高。', ['澜舟星图智能']],
  ['美国科技公司和人工智能企业', []],
  ['腾讯第三季度资本开支为130亿元。', []],
  ['投资了它石智航科技的基金', ['它石智航科技']],
  ['鸿海归属母公司税后纯益为577亿元，子公司营收增长。', []],
  ['Meta预计资本开支为700亿美元，蓝湾资本参与本轮。', ['蓝湾资本']],
  // a role noun introduces a Latin name without an org suffix
  ['美光旗下子公司Lexar本季营收约3亿美元。', ['Lexar']],
  ['Its storage subsidiary Corvane posted revenue of $1.6 billion.', ['Corvane']],
  ['The unit In January posted a loss.', []],
];

for (const [text, expected] of DISCOVERY) {
  test(`discovery: ${text}`, () => {
    const got = findEntities(text, gaz, { discover: true }).filter((m) => m.match === 'discovered');
    assert.deepEqual(
      got.map((m) => m.name),
      expected,
    );
    for (const m of got) assert.equal(m.type, 'org');
  });
}

test('property: mentions are sorted, non-overlapping and match their text', () => {
  const pieces = [
    'Nvidia',
    '英伟达',
    ' invested ',
    '向',
    'OpenAI',
    'apple',
    'Apple',
    ' ',
    '，',
    'Figure AI',
    '科技',
    '宇树',
    'Open AAI',
    'Grock',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      const ms = findEntities(text, gaz, { fuzzy: true, discover: true });
      for (let i = 0; i < ms.length; i++) {
        const m = ms[i]!;
        assert.equal(text.slice(m.start, m.end), m.text);
        if (i > 0) assert.ok(ms[i - 1]!.end <= m.start);
      }
    }),
  );
});
