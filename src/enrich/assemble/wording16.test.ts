/** wording16 (issue 11): script, Hong Kong / Taiwan wording, broker names and headline length in mainland copy. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { simplifyLeftovers, traditionalLeft } from '../../ingest/index.js';
import { checkDigest } from '../../render/check/index.js';
import { defaultOutlets, itemOutlet } from '../../select/index.js';
import { localCurrencyText } from '../offline/figure-zh.js';
import { companyNameZh } from '../offline/names.js';
import { trimTitle } from '../offline/titles.js';
import { mainlandStyle } from './mainland.js';
import { tidyHeadline } from './tidy.js';

test('script: Traditional-only characters left in Simplified copy are written in Simplified; shared characters stay', () => {
  // A Hong Kong paper's name and a Taiwanese company's name inside mainland copy.
  assert.equal(simplifyLeftovers('据信報报道，台積电2月营收同比增长'), '据信报报道，台积电2月营收同比增长');
  assert.equal(mainlandStyle('鴻海公布2月營收，AI服务器出货强劲'), '鸿海公布2月营收，AI服务器出货强劲');
  // Characters both scripts write, and mainland brands' 昇, are left alone: 显著 is not 显着, 昇腾 is not 升腾.
  assert.equal(simplifyLeftovers('华为昇腾芯片出货显著增长，乾坤未定'), '华为昇腾芯片出货显著增长，乾坤未定');
  assert.deepEqual(traditionalLeft('华为昇腾芯片出货显著增长'), []);
  assert.deepEqual(traditionalLeft('来源：香港《信報》，據悉'), ['報', '據']);
});

test('script: digest --check refuses a Traditional character in mainland copy, and passes the same digest in Simplified', () => {
  const digest = (body: string, outlet: string) =>
    `---\ntitle: 某日AI动态\ndate: 2026-07-17\n---\n\n# 某日AI动态\n\n## 微软第四财季营收884亿美元\n\n${body}\n\n来源：[${outlet}](https://www1.hkej.com/dailynews/finnews/article/1)\n`;
  const rules = (md: string) => checkDigest(md).map((p) => p.rule);
  assert.ok(rules(digest('微软公布第四財季业绩，营收同比增长16%。', '香港《信报》')).includes('traditional-script'));
  assert.ok(rules(digest('微软公布第四财季业绩，营收同比增长16%。', '信報')).includes('traditional-script'));
  assert.ok(!rules(digest('微软公布第四财季业绩，营收同比增长16%。', '香港《信报》')).includes('traditional-script'));
});

test('wording: Hong Kong and Taiwan market words become the mainland editor’s', () => {
  assert.equal(mainlandStyle('某机器人公司集资净额约54亿港元，开市报62港元'), '某机器人公司募资净额约54亿港元，开盘报62港元');
  assert.equal(mainlandStyle('9名基石投资者合共认购约23.5亿港元'), '9名基石投资者合计认购约23.5亿港元');
  assert.equal(mainlandStyle('某云厂商季绩收入倍增，港股AI算力股受压'), '某云厂商季度业绩收入倍增，港股AI算力股承压');
  assert.equal(mainlandStyle('内存族群齐扬，那指收涨1.1%'), '内存板块齐涨，纳指收涨1.1%');
  assert.equal(mainlandStyle('某代工厂拟买回4万张库藏股'), '某代工厂拟回购4万张库存股');
  assert.equal(mainlandStyle('某AI芯片出口管制扩大，ASIC族群短空长多'), '某AI芯片出口管制扩大，ASIC板块短期承压、长期看好');
  assert.equal(
    mainlandStyle('台股内存族群同步走扬，某存储厂终场收涨**7.8%**，股价收在**162.35美元**'),
    '台股内存板块同步走高，某存储厂收涨**7.8%**，股价收于**162.35美元**',
  );
  assert.equal(mainlandStyle('某代工厂在集中市场买回库藏股4万张'), '某代工厂在集中市场回购库存股4万张');
  assert.equal(
    mainlandStyle('阿布达比投资局认购7000万美元，辉达AI晶片与伺服器出货强劲'),
    '阿布扎比投资局认购7000万美元，英伟达AI芯片与服务器出货强劲',
  );
  // Taiwan's 当…投资人 (serve as) and 云端 (cloud) as a mainland editor writes them.
  assert.equal(mainlandStyle('某代工厂当某算力公司基石投资人'), '某代工厂成为某算力公司基石投资者');
  assert.equal(mainlandStyle('某软件公司季绩超预期，云端增长39%'), '某软件公司季度业绩超预期，云业务增长39%');
  // Words a mainland writer uses too are left: 少数族群 in a social story has no market sense; 营运资金 is mainland's own.
  assert.equal(mainlandStyle('公司营运资金充裕'), '公司营运资金充裕');
});

test('headlines: a section tag before a slash goes; an over-long headline loses a bracketed aside before it is refused', () => {
  assert.equal(
    trimTitle('美股／某存储厂商财报亮眼带动芯片股，纳指收涨1.1%', defaultOutlets()),
    '某存储厂商财报亮眼带动芯片股，纳指收涨1.1%',
  );
  assert.equal(trimTitle('港股/某云厂商一季度营收同比增长三成', defaultOutlets()), '某云厂商一季度营收同比增长三成');
  assert.equal(trimTitle('据悉，某大模型公司完成约10亿元新一轮融资', defaultOutlets()), '某大模型公司完成约10亿元新一轮融资');
  const long = '某数据中心运营商（原名某某云计算基础设施服务公司）完成约30亿美元债券发行';
  assert.ok([...long].length > 30);
  assert.equal(tidyHeadline(long), '某数据中心运营商完成约30亿美元债券发行');
  // A descriptor before a named company goes; one before a word that names nobody stays.
  assert.equal(tidyHeadline('美国数据中心基础设施初创公司Northwind Compute完成6亿美元D轮融资'), 'Northwind Compute完成6亿美元D轮融资');
  const unnamed = '国内某头部数据中心基础设施服务公司旗下算力平台完成约6亿美元D轮融资并启动海外扩张';
  assert.equal(tidyHeadline(unnamed), unnamed);
  // A kicker before a colon goes when what follows names its companies; one naming the subject stays (then refused).
  const kicked = '算力军备竞赛再升级：英伟达与微软签下为期五年总额约200亿美元的算力采购大单';
  assert.equal(tidyHeadline(kicked), '英伟达与微软签下为期五年总额约200亿美元的算力采购大单');
  const subject = '英伟达：与某云厂商签下为期五年总额约200亿美元的算力采购及配套服务大单';
  assert.equal(tidyHeadline(subject), subject);
});

test('names: a broker’s research note is cited by the Chinese name media use, an unknown broker by its name and 的研报', () => {
  const outlets = defaultOutlets();
  assert.equal(outlets.byKind('Goldman Sachs equity research'), '高盛研报');
  assert.equal(outlets.byKind('Morgan Stanley research note'), '摩根士丹利研报');
  assert.equal(outlets.byKind('Northwind Securities equity research'), 'Northwind Securities的研报');
  assert.equal(outlets.byKind('华泰证券研究所'), '华泰证券研报');
  assert.equal(outlets.byKind('Daiwa Capital Markets research note'), '大和资本市场研报');
  // A Traditional outlet name the table does not know is printed in Simplified.
  assert.equal(itemOutlet({ meta: { outlet: '新報財經' }, url: null, title: '某標題' }, outlets), '新报财经');
});

test('currency: a Hong Kong or Taiwanese source’s bare 元 names its currency in mainland copy; renminbi stays 元', () => {
  const hkd = { kind: 'money' as const, currency: 'HKD', text: '63.5元' };
  assert.equal(localCurrencyText('某机器人公司首日收市报**63.5元**。', [hkd]), '某机器人公司首日收市报**63.5港元**。');
  const twd = { kind: 'money' as const, currency: 'TWD', text: '约76亿元' };
  assert.equal(localCurrencyText('依上限价格计算，动用金额最高**约76亿元**。', [twd]), '依上限价格计算，动用金额最高**约新台币76亿元**。');
  const range = { kind: 'money' as const, currency: 'HKD', text: '250元至380元' };
  assert.equal(localCurrencyText('回购价格区间每股250元至380元。', [range]), '回购价格区间每股250港元至380港元。');
  // Already named, or renminbi: as written.
  const named = { kind: 'money' as const, currency: 'TWD', text: '76亿元' };
  assert.equal(localCurrencyText('动用金额新台币76亿元。', [named]), '动用金额新台币76亿元。');
  // Never inside a longer number, never twice: `50亿元` is not the tail of `150亿元`.
  const fifty = { kind: 'money' as const, currency: 'TWD', text: '50亿元' };
  assert.equal(
    localCurrencyText('额度上限新台币150亿元，其中50亿元为绿色债券。', [fifty]),
    '额度上限新台币150亿元，其中新台币50亿元为绿色债券。',
  );
  assert.equal(
    localCurrencyText('额度上限新台币150亿元，其中**新台币50亿元**为绿色债券。', [fifty]),
    '额度上限新台币150亿元，其中**新台币50亿元**为绿色债券。',
  );
  const rmb = { kind: 'money' as const, currency: 'HKD', text: '6.5元' };
  assert.equal(localCurrencyText('租用价由每卡每小时9.8元人民币降至6.5元。', [rmb]), '租用价由每卡每小时9.8元人民币降至6.5元。');
  const cny = { kind: 'money' as const, currency: 'CNY', text: '约1280亿元' };
  assert.equal(localCurrencyText('资本开支约1280亿元。', [cny]), '资本开支约1280亿元。');
  assert.equal(localCurrencyText('股价报52.35港元。', [{ kind: 'money', currency: 'HKD', text: '52.35港元' }]), '股价报52.35港元。');
});

test('names: a reported segment is written with its parent, never as a company; an unknown one stays as written', () => {
  assert.equal(companyNameZh('Personal Systems'), '惠普个人系统业务');
  assert.equal(companyNameZh('Intelligent Cloud'), '微软智能云业务');
  assert.equal(companyNameZh('Infrastructure Solutions Group'), undefined);
  assert.equal(companyNameZh('Goldman Sachs'), '高盛');
});
