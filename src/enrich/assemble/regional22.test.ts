/**
 * regional22 (issue 11): general Taiwan and Hong Kong market vocabulary a mainland financial editor writes otherwise,
 * foreign amounts restated in the source region's currency, a multiple restated as a percentage, Latin words glued by a
 * replacement, board lots, and headlines said shorter by construction (one path for headline and body: mainlandStyle).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import { checkDigest } from '../../render/check/index.js';
import { bareAmounts, trimTitle } from '../offline/titles.js';
import { mainlandStyle, sharesOfLots } from './mainland.js';
import { dropOutletTag } from './sentence-shape.js';
import { shorterByConstruction, tidyHeadline, withinLength } from './tidy.js';

test('regional22: Hong Kong results words (溢利, 股东应占, 除税前, 蚀, 盈警) become the mainland editor’s', () => {
  const cases: [string, string][] = [
    ['某内险公司股东应占溢利按年升20%', '某内险公司归母净利润同比增长20%'],
    ['除税前溢利约18亿元，经营溢利率改善', '税前利润约18亿元，经营利润率改善'],
    ['某手游公司上半年蚀3.2亿元，去年同期由蚀转赚', '某手游公司上半年亏损3.2亿元，去年同期扭亏为盈'],
    ['某零售商发盈警，预计亏蚀扩大', '某零售商发盈利预警，预计亏损扩大'],
    ['某地产商半新股跌穿招股价，大行唱淡', '某地产商次新股跌破招股价，投行看淡'],
    ['北水连续五日净买入，恒指午市劲升2%，尾市回软', '南向资金连续五日净买入，恒指午盘大涨2%，尾盘回落'],
    ['某车企行政总裁表示，公司将供股集资', '某车企首席执行官表示，公司将配股集资'],
  ];
  for (const [input, want] of cases) assert.equal(mainlandStyle(input), want, input);
});

test('regional22: Taiwan results and market words (每股盈余, 认列, 本益比, 市占率, 稼动率, 年成长) become the mainland editor’s', () => {
  const cases: [string, string][] = [
    ['某封测厂第三季每股盈余3.2元，认列业外收益', '某封测厂第三季度每股收益3.2元，确认营业外收益'],
    ['某代工厂本益比约18倍，市占率逾六成', '某代工厂市盈率约18倍，市场份额逾六成'],
    // 市占 is market share only as a word: 上市占 is a listing's share (第二上市占逾一半), never 上市场份额.
    ['今年新股中，A股公司来港第二上市占逾一半', '今年新股中，A股公司来港第二上市占逾一半'],
    ['某面板厂市占逾两成', '某面板厂市场份额逾两成'],
    ['先进制程稼动率满载，营收年成长35%，季衰退2%', '先进制程产能利用率满载，营收同比增长35%，环比下降2%'],
    ['营收成长动能强劲，获利成长力道优于同业', '营收增长动能强劲，盈利增长力度优于同业'],
    ['某设备商提列存货跌价损失，股东权益报酬率降至8%', '某设备商计提存货跌价损失，净资产收益率降至8%'],
    ['营收将维持双位数成长，但毛利率不如预期', '营收将维持两位数增长，但毛利率不及预期'],
    ['董事会核准配息每股5元，现金股利配发率约七成', '董事会批准派息每股5元，现金分红配发率约七成'],
    ['董事会决议配发现金股利每股6元', '董事会决议派发现金分红每股6元'],
    ['某内存股攻上涨停，终场以1,050元作收，大盘收黑', '某内存股涨停，收于1050元，大盘收跌'],
    ['高阶芯片供不应求，智慧型手机出货回温，网路设备需求增', '高端芯片供不应求，智能手机出货回温，网络设备需求增'],
    ['美系外资看好台系厂商，陆系品牌加速追赶', '美资机构看好台湾厂商，中国大陆品牌加速追赶'],
    ['某厂商今（2026）年资本开支，本（12）月起生效', '某厂商2026年资本开支，12月起生效'],
    ['联准会升息一码，通膨降温，川普施压', '美联储加息25个基点，通胀降温，特朗普施压'],
    ['某晶圆厂在矽谷设研发中心，碳化矽产能倍增', '某晶圆厂在硅谷设研发中心，碳化硅产能倍增'],
    ['某芯片商在大陆市场的营收占比降至两成', '某芯片商在中国大陆市场的营收占比降至两成'],
    ['某车企对日圆计价订单避险，并以美金结算', '某车企对日元计价订单避险，并以美元结算'],
  ];
  for (const [input, want] of cases) assert.equal(mainlandStyle(input), want, input);
});

test('regional22: Taiwan verbs and nouns of a market story (写新高, 砸, 据点, 吃下订单, 职缺, 获利) and Hong Kong 介乎 / 本港', () => {
  const cases: [string, string][] = [
    ['某存储大厂砸千亿扩产，美国据点明年投产', '某存储巨头斥资千亿扩产，美国基地明年投产'],
    ['营收写同期新高，出货能见度延伸至明年', '营收创同期新高，出货可见度延伸至明年'],
    ['某服务器厂吃下北美云端大单，开出300个职缺', '某服务器厂拿下北美云端大单，开出300个职位空缺'],
    ['公司首度获利，投资人从中获利了结', '公司首度盈利，投资者从中获利了结'],
    ['招股价介乎25至28港元，为本港今年最大IPO', '招股价介于25至28港元，为香港今年最大IPO'],
    ['美对陆出口管制升级，陆客户转单', '美对中国大陆出口管制升级，中国大陆客户转单'],
    ['某芯片股（NVDA-US）盘后大喷，另一档惨摔', '某芯片股盘后大涨，另一档大跌'],
    ['营收力拚双位数成长', '营收力争两位数增长'],
    ['据招股文档，公司拟募资62亿港元', '据招股书，公司拟募资62亿港元'],
    ['成交量达3.5万张', '成交量达3500万股'],
    ['新增装机1.5GW，储能2GWh', '新增装机1.5吉瓦，储能2吉瓦时'],
    ['他说：“需求很强。” 公司称订单饱满', '他说：“需求很强。”公司称订单饱满'],
  ];
  for (const [input, want] of cases) assert.equal(mainlandStyle(input), want, input);
  // 陆续, 登陆, 日本港口, 天气能见度 are no regional words.
  for (const s of ['公司陆续推出新品，登陆港股', '日本港口吞吐量回升', '大雾天气能见度低']) assert.equal(mainlandStyle(s), s, s);
});

test('regional22: words that share the characters are left alone', () => {
  const same = [
    '欧洲大陆的需求回升',
    '大陆集团公布季度业绩',
    '方程式赛车赞助商',
    '公司供应材料价格上涨',
    '美超微股价上涨5%',
    '中国大陆企业加速替代',
    '大陆企业加速替代'.replace('大陆', '中国大陆'),
  ];
  for (const s of same) assert.equal(mainlandStyle(s), s, s);
  // 陆企 inside 大陆企业 is no region prefix: 大陆 alone is, and says the region once.
  assert.equal(mainlandStyle('大陆企业加速替代'), '中国大陆企业加速替代');
});

test('regional22: a foreign amount restated in Hong Kong or Taiwan dollars loses the restatement, in any wording', () => {
  const cases: [string, string][] = [
    ['以3000万美元（约合新台币9.6亿元）认购', '以3000万美元认购'],
    ['投资2亿欧元（折合约16.8亿港元）建厂', '投资2亿欧元建厂'],
    ['募资100亿元人民币（约108亿港元）', '募资100亿元人民币'],
    ['收购价50亿美元(约港币390亿元)', '收购价50亿美元'],
    ['获得5亿美元融资，约合新台币160亿元，将用于扩产', '获得5亿美元融资，将用于扩产'],
    // A dollar amount restated in renminbi loses it too (decision 162: a mainland reader reads dollars); an amount that
    // is the original in local dollars keeps the conversion its source gives.
    ['投资10亿美元（约72亿元人民币）', '投资10亿美元'],
    ['以新台币9.6亿元（约3000万美元）认购', '以新台币9.6亿元（约3000万美元）认购'],
    ['港币5亿元', '5亿港元'],
  ];
  for (const [input, want] of cases) assert.equal(mainlandStyle(input), want, input);
});

test('regional22: a multiple is not restated as a percentage in brackets', () => {
  assert.equal(mainlandStyle('数据中心营收同比增长**3.1倍**（增幅**310%**）'), '数据中心营收同比增长**3.1倍**');
  assert.equal(mainlandStyle('净利润增长2倍（+200%）'.replace('+', '')), '净利润增长2倍');
  // A bracket that says something else stays.
  assert.equal(mainlandStyle('订单增长2倍（主要来自北美客户）'), '订单增长2倍（主要来自北美客户）');
});

test('regional22: Latin words are never glued by a replacement, and a bold figure is not spaced off a Latin term', () => {
  assert.equal(mainlandStyle('超微MI450芯片将于明年出货'), 'AMD MI450芯片将于明年出货');
  assert.equal(mainlandStyle('安谋CPU架构授权收入增长'), 'Arm CPU架构授权收入增长');
  assert.equal(mainlandStyle('超微发布新品'), 'AMD发布新品');
  assert.equal(mainlandStyle('公司获得**1200亿美元** GPU订单'), '公司获得**1200亿美元**GPU订单');
  // A Latin word before a bold number keeps its space, as before the plain one.
  assert.equal(mainlandStyle('Meta **1250亿美元**'), 'Meta **1250亿美元**');
});

test('regional22: Taiwan board lots are counted in shares', () => {
  assert.equal(sharesOfLots(3.5, true), '3500万股');
  assert.equal(sharesOfLots(800, false), '80万股');
  assert.equal(sharesOfLots(12, true), '1.2亿股');
  assert.equal(mainlandStyle('外资卖超3.5万张，投信买超800张'), '外资净卖出3500万股，投信净买入80万股');
  // 张 that counts something else stays.
  assert.equal(mainlandStyle('发出3张罚单'), '发出3张罚单');
});

test('regional22: a headline taken from a Traditional or Hong Kong title is worded as the body is', () => {
  assert.equal(tidyHeadline('某代工厂Q3每股盈余创高 市占率逾六成'), '某代工厂Q3每股收益创新高，市场份额逾六成');
  assert.equal(tidyHeadline('某内险股东应占溢利按年升20%'), '某内险归母净利润同比增长20%');
  // A market column tag in title brackets is the page's section, not news; a work's title stays.
  assert.equal(trimTitle('《半导体》某代工厂3月营收同比增长45%'), '某代工厂3月营收同比增长45%');
  assert.equal(trimTitle('〈美股盘后〉费半大涨3%，某芯片股创新高'), '费半大涨3%，某芯片股创新高');
  assert.equal(trimTitle('《黑神话》销量突破2000万份'), '《黑神话》销量突破2000万份');
  // A space after a Latin word before Chinese in a title that runs Latin into Chinese elsewhere separates two clauses.
  assert.equal(trimTitle('某芯片商发布Helios Ultra 推理性能提升2.5倍'), '某芯片商发布Helios Ultra，推理性能提升2.5倍');
  assert.equal(trimTitle('Helios 估值达3000亿美元'), 'Helios 估值达3000亿美元');
});

test('regional22: a headline amount with no currency takes the one its source states it in', () => {
  const stated = extractFigures('公司此次募资约62亿港元，另投资新台币1200亿元扩产，用户2亿人。');
  assert.equal(bareAmounts('某算力公司港股IPO募资62亿', stated), '某算力公司港股IPO募资62亿港元');
  assert.equal(bareAmounts('某厂将投资1200亿扩产', stated), '某厂将投资新台币1200亿元扩产');
  assert.equal(bareAmounts('某平台用户达2亿人', stated), '某平台用户达2亿人');
  assert.equal(bareAmounts('某公司市值约310亿', stated), '某公司市值约310亿');
});

test('regional22: a headline over 30 characters is said shorter by construction until it fits', () => {
  assert.equal(withinLength('Lumora Silicon Technologies 2026财年第三财季营收同比增长35%'), 'Lumora Silicon第三财季营收同比增35%');
  assert.equal(
    withinLength('星河智芯科技2026财年第三财季数据中心业务营收同比增长35%至约12.3亿元'),
    '星河智芯科技第三财季数据中心业务营收增35%至12.3亿元',
  );
  assert.equal(
    withinLength('星河智芯科技股份有限公司2026年前三季度归属于母公司股东的净利润约12.3亿元'),
    '星河智芯科技2026年前三季度归母净利约12.3亿元',
  );
  assert.equal(withinLength('联想集团2025/26财年第三财季基础设施业务营收创新高达51亿美元'), '联想第三财季基础设施业务营收创新高达51亿美元');
  // A trade suffix anywhere in the headline, unless the name left would be a place.
  assert.equal(
    withinLength('英伟达向Lumora Semiconductor追加投资最多20亿美元以扩产先进封装'),
    '英伟达向Lumora追加投资最多20亿美元以扩产先进封装',
  );
  assert.equal(
    shorterByConstruction('Taiwan Semiconductor第三季度营收同比增长40%至新台币9300亿元以上', 30),
    'Taiwan Semiconductor三季度营收同比增40%至新台币9300亿元以上',
  );
  // A qualifier goes only when that makes it fit.
  assert.equal(
    shorterByConstruction('国内某头部数据中心基础设施服务公司旗下算力平台完成约6亿美元D轮融资并启动海外扩张', 30),
    '国内某头部数据中心基础设施服务公司旗下算力平台完成约6亿美元D轮融资并启动海外扩张',
  );
  // The day's title (two headlines joined) keeps the first when the pair is over the limit.
  assert.equal(
    withinLength('某代工厂3月营收同比增长45%创新高；某内存厂第三季度营业利润同比增长逾两倍'),
    '某代工厂3月营收同比增长45%创新高',
  );
});

test('regional22: --check refuses the regional words mainland copy would not print', () => {
  const digest = [
    '---',
    'title: 某代工厂市占率逾六成',
    'date: 2026-05-01',
    '---',
    '',
    '# 某代工厂市占率逾六成',
    '',
    '## 某代工厂市占率逾六成',
    '',
    '某代工厂第三季度每股盈余3.2元，本益比约18倍。',
    '',
  ].join('\n');
  const problems = checkDigest(digest);
  assert.ok(
    problems.some((p) => p.rule === 'regional-wording'),
    JSON.stringify(problems.map((p) => p.rule)),
  );
});

test('regional22: an outlet’s first-person newsgathering opening a lead is said as a report', () => {
  assert.equal(dropOutletTag('36氪独家获悉，某大模型公司已完成新一轮融资。'), '据36氪报道，某大模型公司已完成新一轮融资。');
  // The outlet the insiders spoke to stays cited (regional23).
  assert.equal(
    dropOutletTag('某财经报记者从多位知情人士处了解到，某芯片公司拟赴港上市。'),
    '据某财经报报道，多位知情人士透露，某芯片公司拟赴港上市。',
  );
  assert.equal(dropOutletTag('证券时报·e公司讯，某存储公司晚间公告拟定增募资。'), '某存储公司晚间公告拟定增募资。');
  assert.equal(dropOutletTag('记者注意到，某芯片股午后拉升。'), '某芯片股午后拉升。');
  // A company that noticed something is news, not an outlet's voice.
  assert.equal(dropOutletTag('公司注意到，近期股价异动。'), '公司注意到，近期股价异动。');
});
