/**
 * regional23 (issue 11): Taiwan and Hong Kong public bodies named with their region as mainland media name them, the
 * mainland as Taiwan writes it, more Taiwan / Hong Kong market and tech words, foreign companies' Taiwan names, outlet
 * voice variants (an exclusive keeps its outlet, the outlet naming itself, spoken openings, a document as the speaker)
 * and a half-width bracket spaced off its Chinese neighbours. Inputs are our own sentences, several in Traditional
 * script converted as ingest converts them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toSimplified } from '../../ingest/chinese-script.js';
import { checkDigest } from '../../render/check/index.js';
import type { DigestStory, StoryBundle } from '../../types/index.js';
import { loadGazetteerEntries } from '../data-files.js';
import { entityDirectory, zhName } from '../offline/names.js';
import { mainlandStyle } from './mainland.js';
import { fullWidthPunctuation } from './punctuation.js';
import { tidyStories } from './tidy.js';
import { documentVoice, plainVoice, selfReference, spokenOpenings } from './voice.js';

/** A Traditional sentence as the digest receives it (ingest converts the script), then mainland style. */
const fromTw = (s: string) => mainlandStyle(toSimplified(s));

test('regional23: a Taiwan public body is named by its region and function, with or without 台湾 before it', () => {
  const cases: [string, string][] = [
    ['經濟部統計處公布，10月外銷訂單年增28%', '台湾地区经济主管部门统计处公布，10月外销订单同比增长28%'],
    ['經濟部長表示，AI伺服器出口動能強勁', '台湾地区经济主管部门负责人表示，AI服务器出口动能强劲'],
    ['金管會主委表示，將放寬壽險業海外投資上限', '台湾地区金融监管机构负责人表示，将放宽寿险业海外投资上限'],
    ['金管會核准某銀行赴美設立分行', '台湾地区金融监管机构核准某银行赴美设立分行'],
    ['國科會宣布投入新台幣百億元建置AI算力中心', '台湾地区科技主管部门宣布投入新台币百亿元建置AI算力中心'],
    ['行政院會通過半導體特別預算，立法院下週審查', '台湾地区行政管理机构会议通过半导体特别预算，台湾地区立法机构下周审查'],
    ['台灣經濟部與美國商務部協商關稅', '台湾地区经济主管部门与美国商务部协商关税'],
    ['台灣央行理監事會維持利率不變', '台湾地区货币政策主管部门理监事会维持利率不变'],
    ['主計總處上修全年經濟成長率預測', '台湾地区统计主管部门上调全年经济增长率预测'],
    ['經濟部投審會核准某晶圓廠赴日投資', '台湾地区投资审议部门核准某晶圆厂赴日投资'],
  ];
  for (const [input, want] of cases) assert.equal(fromTw(input), want, input);
});

test('regional23: a body of the same name elsewhere, and words that share its characters, stay', () => {
  const same = [
    '德国经济部下调全年增长预期',
    '美国商务部与财政部联合发布新规',
    '地方经济部门加大招商力度',
    '公司宣布设立委员会，负责审议关联交易',
    '央行宣布下调存款准备金率',
    '澳门特区政府公布博彩收入',
    '中国人民银行维持贷款市场报价利率不变',
  ];
  for (const s of same) assert.equal(mainlandStyle(s), s, s);
});

test('regional23: a Hong Kong public body carries its region', () => {
  const cases: [string, string][] = [
    ['港府宣布推出AI資助計劃', '香港特区政府宣布推出AI资助计划'],
    ['特首表示將吸引更多科企來港上市', '香港特区行政长官表示将吸引更多科技企业来港上市'],
    ['財政司司長稱，穩定幣條例明年生效', '香港特区财政司司长称，稳定币条例明年生效'],
    ['金管局維持基本利率不變，聯交所收到上市申請', '香港金管局维持基本利率不变，香港联交所收到上市申请'],
  ];
  for (const [input, want] of cases) assert.equal(fromTw(input), want, input);
  // Already qualified: said once.
  for (const s of ['香港特区政府宣布新措施', '香港金管局维持利率', '香港特区财政司司长称']) assert.equal(mainlandStyle(s), s, s);
});

test('regional23: the mainland as Taiwan writes it (对岸, 美中, 陆 before a business noun) reads as a mainland editor writes it', () => {
  const cases: [string, string][] = [
    ['對岸廠商以低價搶單，陸經濟放緩', '中国大陆厂商以低价抢单，中国大陆经济放缓'],
    ['美中科技戰延燒，美陸關稅再升級', '中美科技战延烧，中美关税再升级'],
    ['陸方表示將反制，陸客來台人數回升', '中国大陆方面表示将反制，中国大陆游客来台人数回升'],
    ['陸央行宣布降準', '中国人民银行宣布降准'],
  ];
  for (const [input, want] of cases) assert.equal(fromTw(input), want, input);
  // 海峡对岸, 欧陆, 着陆, 陆续 are no regional words; 陆客户 is the mainland's clients, not its tourists.
  for (const s of ['海峡对岸的企业', '欧陆经济复苏', '经济软着陆', '公司陆续推出新品']) assert.equal(mainlandStyle(s), s, s);
  assert.equal(mainlandStyle('陆客户转单'), '中国大陆客户转单');
});

test('regional23: more Taiwan and Hong Kong market and tech words', () => {
  const cases: [string, string][] = [
    ['三大法人賣超，現股當沖比重升至四成', '三大机构投资者净卖出，日内交易比重升至四成'],
    ['公司辦理現增案，並發行無擔保轉換公司債', '公司办理现金增资案，并发行可转债'],
    ['銀行團聯貸金額300億元，實收資本額增至50億元', '银行团银团贷款金额300亿元，实收资本增至50亿元'],
    ['採用3奈米製程，高頻寬記憶體頻寬倍增', '采用3纳米制程，高带宽内存带宽倍增'],
    ['資安需求升溫，行動裝置出貨回溫', '网络安全需求升温，移动设备出货回温'],
    ['大型語言模型推動高效能運算與邊緣運算需求', '大语言模型推动高性能计算与边缘计算需求'],
    ['社群媒體與串流平台廣告回溫', '社交媒体与流媒体平台广告回温'],
    ['大行唱淡，較早前已有利淡消息', '投行看淡，此前已有利空消息'],
    ['據外媒報導，公司將擴產', '据外媒报道，公司将扩产'],
  ];
  for (const [input, want] of cases) assert.equal(fromTw(input), want, input);
  // 实现增长 and 相当冲击 hold the characters of 现增 and 当冲; a mainland government's 行政效能 is no Taiwan word.
  for (const s of ['公司实现增长', '对行业形成相当冲击', '提升行政效能']) assert.equal(mainlandStyle(s), s, s);
});

test('regional23: foreign companies and people by their Taiwan names are written as mainland media write them', () => {
  const cases: [string, string][] = [
    ['美滿電子與格羅方德合作開發矽光子', '迈威尔与格芯合作开发硅光子'],
    ['超微電腦股價大漲，威騰電子下跌', '美超微股价大涨，西部数据下跌'],
    ['益華電腦推出新一代EDA工具', '楷登电子推出新一代EDA工具'],
    ['聯準會主席鮑爾表示，通膨仍高', '美联储主席鲍威尔表示，通胀仍高'],
  ];
  for (const [input, want] of cases) assert.equal(fromTw(input), want, input);
  assert.equal(mainlandStyle('前微软CEO鲍尔默'), '前微软CEO鲍尔默');
});

test('regional23: an exclusive keeps the outlet the insiders spoke to; a bare reporter does not name one', () => {
  assert.equal(plainVoice('36氪独家从多位知情人士处获悉，某模型公司将赴港上市。'), '据36氪报道，多位知情人士透露，某模型公司将赴港上市。');
  assert.equal(plainVoice('记者从接近交易的人士处获悉，交割已完成。'), '据接近交易的人士透露，交割已完成。');
  // Cited once a paragraph.
  assert.equal(
    plainVoice('据36氪报道，某公司拟融资。36氪从知情人士处获悉，本轮由某基金领投。'),
    '据36氪报道，某公司拟融资。据知情人士透露，本轮由某基金领投。',
  );
  // An outlet's app is the outlet.
  assert.equal(plainVoice('某财经APP获悉，某公司拟回购股份。'), '据某财经报道，某公司拟回购股份。');
});

test('regional23: the outlet naming itself, a writer’s view and spoken openings go', () => {
  assert.equal(selfReference('据本台记者了解，首批设备已完成交付。'), '首批设备已完成交付。');
  assert.equal(selfReference('据本报记者不完全统计，年内已有12家公司披露回购。'), '据不完全统计，年内已有12家公司披露回购。');
  assert.equal(selfReference('营收增长。笔者认为，估值已反映预期。'), '营收增长。有分析认为，估值已反映预期。');
  assert.equal(spokenOpenings('要知道，去年同期公司仍在亏损。说白了，需求来自云厂商。'), '去年同期公司仍在亏损。需求来自云厂商。');
  assert.equal(spokenOpenings('那么，增量需求从何而来？'), '增量需求从何而来？');
  // Mid-sentence words stay: 其实 with no comma, 那么 inside a clause.
  for (const s of ['公司其实早已布局。', '如果需求回落，那么毛利率承压。']) assert.equal(plainVoice(s), s, s);
});

test('regional23: a document is not the speaker: the broker or the company is', () => {
  assert.equal(documentVoice('据高盛研报，某代工厂明年毛利率将回升。'), '高盛在研报中指出，某代工厂明年毛利率将回升。');
  assert.equal(
    documentVoice('据Northwind Securities的研报，某公司利润率为21.1%。'),
    'Northwind Securities在研报中指出，某公司利润率为21.1%。',
  );
  assert.equal(
    documentVoice('据某软件公司第二财季业绩电话会实录，管理层上调全年指引。'),
    '某软件公司在业绩电话会上表示，管理层上调全年指引。',
  );
  assert.equal(documentVoice('据业绩电话会实录，公司预计全年营收增长3%至4%。'), '在业绩电话会上，公司预计全年营收增长3%至4%。');
  // A prospectus or a filing is cited as mainland media cite it.
  for (const s of ['据招股书，公司拟募资62亿港元。', '据公告，公司拟回购股份。']) assert.equal(plainVoice(s), s, s);
});

test('regional23: a half-width bracket spaced off its Chinese neighbours is written full-width, no spaces', () => {
  assert.equal(fullWidthPunctuation('某代工厂 (TSMC) 宣布扩产'), '某代工厂（TSMC）宣布扩产');
  assert.equal(fullWidthPunctuation('营收 (年增35%) 创高'), '营收（年增35%）创高');
  assert.equal(fullWidthPunctuation('营收 (同比增长5%'), '营收（同比增长5%');
  // English text keeps its brackets and spaces.
  assert.equal(fullWidthPunctuation('Nvidia (NVDA) rose 3%'), 'Nvidia (NVDA) rose 3%');
  const md = '# 日报\n\n## 某代工厂扩产\n\n某代工厂 (TSMC)宣布扩产。\n';
  assert.ok(checkDigest(md).some((p) => p.rule === 'half-width-punctuation'));
});

test('regional23: tidy writes a Taiwan-sourced story in mainland style; --check refuses a bare Taiwan body', () => {
  const story: DigestStory = {
    storyId: 's1',
    headline: toSimplified('國科會宣布AI算力補助 陸廠搶單'),
    section: 'ai',
    paragraphs: [toSimplified('國科會14日宣布，將補助企業採購AI伺服器，金管會同日表示支持。')],
    blocks: [],
    insights: [],
    impacts: [],
    oneLine: '',
    sources: [],
    keyFigure: null,
    minor: false,
  };
  const [out] = tidyStories([story]);
  assert.equal(out?.headline, '台湾地区科技主管部门宣布AI算力补助，中国大陆厂商抢单');
  assert.equal(out?.paragraphs[0], '台湾地区科技主管部门14日宣布，将补助企业采购AI服务器，台湾地区金融监管机构同日表示支持。');
  const md = '# 日报\n\n## 某晶圆厂获补助\n\n国科会宣布补助某晶圆厂。\n';
  assert.ok(checkDigest(md).some((p) => p.rule === 'regional-wording'));
  assert.ok(!checkDigest(md.replace('国科会', '台湾地区科技主管部门')).some((p) => p.rule === 'regional-wording'));
});

test('regional23: a company an English source names is written by the Chinese name mainland media use, when it has one', () => {
  const dir = entityDirectory(loadGazetteerEntries());
  const bundle = { items: [], entities: {} } as unknown as StoryBundle;
  assert.equal(zhName('Phison Electronics', bundle, dir), '群联');
  assert.equal(zhName('Largan Precision', bundle, dir), '大立光');
  assert.equal(zhName('Panasonic', bundle, dir), '松下');
  assert.equal(zhName('GIC', bundle, dir), '新加坡政府投资公司');
  // The gazetteer's Chinese alias comes first; a company with no Chinese name media use keeps its Latin letters.
  assert.equal(zhName('Micron', bundle, dir), '美光');
  assert.equal(zhName('CoreWeave', bundle, dir), 'CoreWeave');
});

test('regional23: ratings, rate moves in 码, results and market words as Taiwan and Hong Kong write them', () => {
  const cases: [string, string][] = [
    ['外資調升目標價並給予買進評等', '外资上调目标价并给予买入评级'],
    ['某券商給予優於大盤評等', '某券商给予跑赢大盘评级'],
    ['聯準會降息一碼，市場預期年底前再降兩碼', '美联储降息25个基点，市场预期年底前再降两码'],
    ['歸屬母公司稅後純益577億元，每股盈餘4.1元', '归母净利润577亿元，每股收益4.1元'],
    ['歸屬於母公司業主之淨利為120億元', '归母净利润为120亿元'],
    ['每股盈利1.2港元，派末期息0.3港元', '每股收益1.2港元，派末期股息0.3港元'],
    ['道瓊工業指數下跌，布蘭特原油上漲', '道琼斯工业指数下跌，布伦特原油上涨'],
    ['公司透過子公司投資，藉此擴大布局，惟短期毛利率承壓', '公司通过子公司投资，借此扩大布局，但短期毛利率承压'],
  ];
  for (const [input, want] of cases) assert.equal(fromTw(input), want, input);
  // 惟有 and a mainland 学科指标 keep their characters.
  for (const s of ['惟有加大投入才能追赶', '高校学科指标排名']) assert.equal(mainlandStyle(s), s, s);
});

test('regional23: a signed bold figure is not spaced off the Chinese before it; terawatt-hours in Chinese units', () => {
  assert.equal(mainlandStyle('营收下降 **-5%**，毛利率增长 **+1.2个百分点**'), '营收下降**-5%**，毛利率增长**+1.2个百分点**');
  assert.equal(mainlandStyle('全年用电量达 1.2TWh'), '全年用电量达1.2太瓦时');
});

test('regional23: Taiwan headline verbs, procurement, statements, chip terms and Hong Kong measure words and spellings', () => {
  const cases: [string, string][] = [
    ['陸祭出稀土管制 台廠拚營收倍增', '中国大陆祭出稀土管制 台湾厂商力争营收倍增'],
    ['供應鏈透露，系統廠已追單，IC設計廠跟進', '业内人士透露，系统厂商已追单，IC设计公司跟进'],
    ['某廠得標政府標案，新廠明年動土，創造500個工作機會', '某厂中标政府招标项目，新厂明年开工，创造500个就业岗位'],
    ['稅前淨利年增二成，營業毛利率升至45%，負債比降至30%', '税前利润同比增长二成，毛利率升至45%，资产负债率降至30%'],
    ['光收發模組與交換器出貨暢旺', '光模块与交换机出货畅旺'],
    ['台積電今 (15) 日公布營收', '台积电15日公布营收'],
    ['以20億港元（約合新台幣80億元）收購', '以20亿港元收购'],
    ['當季營收10461億新台幣', '当季营收10461亿元新台币'],
    ['三間銀行與多間科企合作，推動數碼化轉型', '三家银行与多家科技企业合作，推动数字化转型'],
    ['台達電與中華電同步上漲，富邦金獲利創高', '台达电子与中华电信同步上涨，富邦金控盈利创新高'],
  ];
  for (const [input, want] of cases) assert.equal(fromTw(input), want, input);
  // 陆续 opening a clause, 数码港 (a place), 中华电力 and 现金流量表 keep their characters.
  for (const s of ['陆续有公司跟进', '数码港初创企业', '中华电力公布业绩', '现金流量表显示', '南亚科与华邦电同步上涨'])
    assert.equal(mainlandStyle(s), s, s);
});

test('regional23: a mainland legal term that holds a Taiwan word is left as written (no doubled characters)', () => {
  const mainland = [
    '公司拟向不特定对象发行可转换公司债券，募集资金总额不超过**20亿元**。',
    '截至三季度末，公司资产负债比率为**48%**，较年初下降**3个百分点**。',
    '本次发行的可转换公司债券期限为六年。',
  ];
  for (const s of mainland) assert.equal(mainlandStyle(s), s);
  // The Taiwan forms still become the mainland ones.
  assert.equal(fromTw('該公司發行無擔保轉換公司債'), '该公司发行可转债');
  assert.equal(fromTw('負債比降至四成'), '资产负债率降至四成');
});
