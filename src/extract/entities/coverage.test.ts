/**
 * Table-driven tests, from sentences written for them: names glued to numbers, discovery that rejects verbs and
 * function words, coverage of the companies, investors, banks, utilities and groups AI and finance news names, and
 * the gazetteer's integrity (one owner per alias).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities, groupMembers, loadGazetteer } from './index.js';

const gaz = loadGazetteer();
const known = (text: string) =>
  findEntities(text, gaz)
    .filter((m) => m.match === 'alias')
    .map((m) => `${m.text}→${m.name}`);
const discovered = (text: string) =>
  findEntities(text, gaz, { discover: true })
    .filter((m) => m.match === 'discovered')
    .map((m) => m.name);

/** A Latin name glued to an amount, percent or date in Chinese text is still the name; inside a word it is not. */
const GLUED: [string, string[]][] = [
  ['分析师预计Meta900亿至1000亿美元的开支还会上调。', ['Meta→Meta']],
  ['今年AMD7%的涨幅落后于同行。', ['AMD→AMD']],
  ['Oracle2027财年的指引更高，Meta2026年也将扩产。', ['Oracle→Oracle', 'Meta→Meta']],
  ['微软与OpenAI3000亿美元的合同', ['微软→Microsoft', 'OpenAI→OpenAI']],
  ['（Nvidia12%）', ['Nvidia→Nvidia']],
  ['谷歌1200亿、亚马逊950亿、百度80亿元。', ['谷歌→Google', '亚马逊→Amazon', '百度→Baidu']],
  ['新固件支持ARM64架构，GPT4模型也已上线。', ['GPT4→GPT-4']],
  ['x86 and AMD64 builds; Meta 2026 plans.', ['Meta→Meta']],
  ['AMD64位系统', []],
];

for (const [text, want] of GLUED) test(`glued to a number: ${text}`, () => assert.deepEqual(known(text), want));

/** Discovery: a verb, adverb, measure or generic word in front of 公司 / 资本 / 智能 is never a name. */
const DISCOVERY: [string, string[]][] = [
  ['多位接近公司的人士称，交易尚未完成。', []],
  ['三项指标均超出公司此前的预期。', []],
  ['报告显示公司现金流正在恶化。', []],
  ['投资人以较低估值换取股份。', []],
  ['两家公司都没有回应，该集团也拒绝置评。', []],
  ['数据中心资本开支与资本支出是一回事。', []],
  ['国产芯片和存储芯片的需求都在增长。', []],
  ['一位美元基金合伙人说，估值太高。', []],
  ['这款双臂协作机器人已进入工厂。', []],
  ['北京某某科技股份有限公司发布公告。', []],
  ['据悉星尘智能已完成新一轮融资。', ['星尘智能']],
  ['本轮由澜湾资本领投，投资方包括苍岭创投。', ['澜湾资本', '苍岭创投']],
  ['液冷供应商霁川科技的订单翻倍。', ['霁川科技']],
  ['Harbor Pine Capital led the round.', ['Harbor Pine Capital']],
  ['Hyperscale Cloud providers keep spending.', []],
];

for (const [text, want] of DISCOVERY) test(`discovery: ${text}`, () => assert.deepEqual(discovered(text), want));

/** Names news uses for the companies, funds and agencies of AI capex, chips, funding rounds and power. */
const COVERAGE: [string, string[]][] = [
  ['台电将加码电网投资，鸿海与广达的AI服务器营收创新高。', ['台电→Taipower', '鸿海→Foxconn', '广达→Quanta Computer']],
  ['纬颖、英业达和技嘉都在扩产，台达电供应电源。', ['纬颖→Wiwynn', '英业达→Inventec', '技嘉→Gigabyte', '台达电→Delta Electronics']],
  ['日月光和联电的先进封装与成熟制程报价上调。', ['日月光→ASE Technology', '联电→UMC']],
  ['北方华创、中微公司与拓荆科技的订单饱满。', ['北方华创→Naura', '中微公司→AMEC', '拓荆科技→Piotech']],
  ['万国数据和世纪互联为字节跳动建设算力中心。', ['万国数据→GDS Holdings', '世纪互联→VNET', '字节跳动→ByteDance']],
  ['Blue Owl Capital and Pimco financed the campus.', ['Blue Owl Capital→Blue Owl', 'Pimco→Pimco']],
  [
    'Constellation Energy and Vistra signed power deals with Talen Energy.',
    ['Constellation Energy→Constellation Energy', 'Vistra→Vistra', 'Talen Energy→Talen Energy'],
  ],
  [
    'Mizuho, MUFG and SMBC arranged the loan for Vantage Data Centers.',
    ['Mizuho→Mizuho', 'MUFG→MUFG', 'SMBC→SMBC', 'Vantage Data Centers→Vantage Data Centers'],
  ],
  ['国家电网与南方电网今年的电网投资再创新高。', ['国家电网→State Grid', '南方电网→China Southern Power Grid']],
  [
    '北京市人工智能产业投资基金与泰康人寿参与认购。',
    ['北京市人工智能产业投资基金→Beijing AI Industry Investment Fund', '泰康人寿→Taikang Life'],
  ],
  [
    '红杉中国与IDG资本跟投，卡塔尔投资局领投。',
    ['红杉中国→Sequoia China', 'IDG资本→IDG Capital', '卡塔尔投资局→Qatar Investment Authority'],
  ],
  [
    'Valor Equity Partners and Kingdom Holding joined the round.',
    ['Valor Equity Partners→Valor Equity Partners', 'Kingdom Holding→Kingdom Holding'],
  ],
  ['科大讯飞和云天励飞的股价大涨。', ['科大讯飞→iFlytek', '云天励飞→Intellifusion']],
  [
    'GE Vernova sold turbines to Oklo and Bloom Energy sold fuel cells.',
    ['GE Vernova→GE Vernova', 'Oklo→Oklo', 'Bloom Energy→Bloom Energy'],
  ],
  ['中信证券和汇丰都上调了目标价。', ['中信证券→CITIC Securities', '汇丰→HSBC']],
  [
    'Meta在路易斯安那州的Hyperion园区，xAI在孟菲斯的Colossus。',
    ['Meta→Meta', '路易斯安那州→Louisiana', 'Hyperion园区→Hyperion', 'xAI→xAI', '孟菲斯→Memphis', 'Colossus→Colossus'],
  ],
  ['智谱在港交所上市，寒武纪登陆科创板已五年。', ['智谱→Zhipu AI', '港交所→HKEX', '寒武纪→Cambricon', '科创板→STAR Market']],
  [
    '超微执行长苏姿丰说，美超微与超微电脑是同一家，祖克柏也来了。',
    ['超微→AMD', '苏姿丰→Lisa Su', '美超微→Supermicro', '超微电脑→Supermicro', '祖克柏→Mark Zuckerberg'],
  ],
  // Look-alikes inside ordinary words stay ordinary words.
  ['他买了一台电脑，平台电商的流量下滑。', []],
  ['各国巨头都在布局，中国银行业的利润下降。', ['中国→China']],
  ['这一技术达到世界先进水平，新浪潮已来。', []],
  ['博士和硕士都来了，新规8月1日立即生效，报道指出相应材料已备齐。', []],
  [
    '美超微与益华电脑合作，应材和科林研发供应设备。',
    ['美超微→Supermicro', '益华电脑→Cadence', '应材→Applied Materials', '科林研发→Lam Research'],
  ],
  ['东南亚科技公司的融资额增加。', ['东南亚→Southeast Asia']],
  ['The Apollo program cost billions; Apollo lent $5 billion.', ['Apollo→Apollo Global Management']],
];

for (const [text, want] of COVERAGE) test(`coverage: ${text}`, () => assert.deepEqual(known(text), want));

/** Descriptive group names in both languages map to the group entries. */
const GROUPS: [string, string][] = [
  ['美国四大云厂商今年的资本开支', 'Hyperscalers'],
  ['美股七巨头的市值合计', 'Magnificent Seven'],
  ['七大科技公司的盈利', 'Magnificent Seven'],
  ['Big Tech capital spending keeps rising.', 'Hyperscalers'],
  ['The four largest US hyperscalers will spend more.', 'Hyperscalers'],
  ['the top four cloud providers', 'Hyperscalers'],
  ['The three largest memory makers raised prices.', 'Big Three Memory Makers'],
  ['存储三巨头同时提价', 'Big Three Memory Makers'],
  ['国产GPU四小龙陆续上市', 'China GPU Four Little Dragons'],
  ['三大运营商的算力投资', 'China Big Three Carriers'],
];

for (const [text, group] of GROUPS) {
  test(`group: ${text}`, () => {
    const hit = findEntities(text, gaz).filter((m) => m.name === group);
    assert.equal(hit.length, 1, `${group} not found in ${text}`);
    assert.ok(groupMembers(group, gaz)?.length, `${group} has no members`);
  });
}

test('a group description of another country is not the US group', () => {
  for (const text of ['中国四大云厂商的资本开支', "China's four largest cloud companies", '美国三大运营商']) {
    const groups = findEntities(text, gaz).filter((m) => gaz.byName.get(m.name.toLowerCase())?.members);
    assert.deepEqual(groups, [], text);
  }
});

test('every alias and name belongs to one entry; units that report their own revenue have no parent', () => {
  const owner = new Map<string, string>();
  for (const e of gaz.entries) {
    for (const a of [e.name, ...e.aliases]) {
      const k = a.toLowerCase();
      const o = owner.get(k);
      assert.ok(!o || o === e.name, `${a}: owned by ${o} and ${e.name}`);
      owner.set(k, e.name);
    }
  }
  for (const unit of ['AWS', 'Google Cloud', 'Alibaba Cloud', 'Reality Labs', 'Intel Foundry']) {
    assert.equal(gaz.byName.get(unit.toLowerCase())?.parent, undefined, unit);
  }
  for (const [unit, parent] of [
    ['Hyperion', 'Meta'],
    ['Cisco Investments', 'Cisco'],
    ['T-Head', 'Alibaba'],
  ]) {
    assert.equal(gaz.byName.get(unit!.toLowerCase())?.parent, parent, unit);
  }
});

test('transcripts: ordinary words and first names near a short company name are not fuzzy-matched to it', () => {
  const text = "Helen told me We've got a Liquid market. Talent is scarce, Sunny said. And Open AAI raised again.";
  const fuzzy = findEntities(text, gaz, { fuzzy: true }).filter((m) => m.match === 'fuzzy');
  assert.deepEqual(
    fuzzy.map((m) => `${m.text}→${m.name}`),
    ['Open AAI→OpenAI'],
  );
});
