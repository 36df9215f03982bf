/** wording17 (issue 11): Taiwan and Hong Kong market words a mainland financial editor writes otherwise, refused by --check too. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkDigest } from '../../render/check/index.js';
import { mainlandStyle } from './mainland.js';

test('wording: Taiwan monthly-revenue and results words become the mainland editor’s', () => {
  assert.equal(mainlandStyle('某代工厂3月营收月减**12.5%**，年增**8.1%**'), '某代工厂3月营收环比下降**12.5%**，同比增长**8.1%**');
  assert.equal(mainlandStyle('某存储厂第一季度营业利益创新高，营业利益率达41%'), '某存储厂第一季度营业利润创新高，营业利润率达41%');
  assert.equal(mainlandStyle('客制化芯片需求强劲，供应链可望同步受惠'), '定制化芯片需求强劲，供应链有望同步受益');
  assert.equal(mainlandStyle('某设计服务厂开低后翻红，加权指数终场仍收涨0.6%'), '某设计服务厂低开后翻红，加权指数仍收涨0.6%');
  assert.equal(mainlandStyle('某面板股开高走低，收跌2%'), '某面板股高开低走，收跌2%');
  assert.equal(
    mainlandStyle('美国10年期公债殖利率下跌4个基点，某电信股现金殖利率约5%'),
    '美国10年期国债收益率下跌4个基点，某电信股股息率约5%',
  );
  assert.equal(
    mainlandStyle('某芯片公司公布2026会计年度第三季度财报，并预估第四季度营收约152亿美元'),
    '某芯片公司公布2026财年第三季度财报，并预计第四季度营收约152亿美元',
  );
  assert.equal(mainlandStyle('法人则更为乐观'), '机构则更为乐观');
  assert.equal(mainlandStyle('某软件公司因云端合约疑虑下跌3.1%'), '某软件公司因云合约疑虑下跌3.1%');
  assert.equal(mainlandStyle('某芯片设计商世芯-KY（3661）收涨1.8%'), '某芯片设计商世芯-KY收涨1.8%');
});

test('wording: Hong Kong results phrasing (截至…止, 首季, 录得) becomes the mainland editor’s', () => {
  assert.equal(
    mainlandStyle('某云服务商公布截至3月31日止第一季度业绩，首季利息开支同比增加约九成'),
    '某云服务商公布截至3月31日的第一季度业绩，一季度利息开支同比增加约九成',
  );
  assert.equal(mainlandStyle('截至2026年6月30日止，公司现金约20亿港元'), '截至2026年6月30日，公司现金约20亿港元');
  assert.equal(mainlandStyle('南向资金录得净流入，某公司上半年录得亏损'), '南向资金实现净流入，某公司上半年出现亏损');
});

test('wording: a Taiwan date, account and basis of calculation, a stock code after 代号, as a mainland editor writes them', () => {
  assert.equal(
    mainlandStyle('某代工厂昨（15）日董事会决议回购，金额不到公司帐上现金的1%'),
    '某代工厂15日董事会决议回购，金额不到公司账上现金的1%',
  );
  assert.equal(mainlandStyle('某芯片设计商今(13)日起招股'), '某芯片设计商13日起招股');
  assert.equal(mainlandStyle('依价格上限计算，回购金额最高约76亿元'), '按价格上限计算，回购金额最高约76亿元');
  assert.equal(mainlandStyle('股价下跌2.5%，收在**新台币252元**'), '股价下跌2.5%，收于**新台币252元**');
  assert.equal(mainlandStyle('某软件公司（美股代号：MSFT）公布截至6月底止第四财季业绩'), '某软件公司公布截至6月底的第四财季业绩');
  // 依法 is the mainland's own.
  assert.equal(mainlandStyle('依法依规计算税款'), '依法依规计算税款');
});

test('wording: Hong Kong IPO words, Taiwan margins, parts and region prefixes, a dollar amount restated in local dollars', () => {
  assert.equal(
    mainlandStyle('某算力公司孖展超购逾40倍，首日已录得约186亿港元孖展认购，首九个月收入增长'),
    '某算力公司保证金融资超额认购逾40倍，首日已获得约186亿港元保证金融资认购，前九个月收入增长',
  );
  assert.equal(
    mainlandStyle('某服务器厂营益率提升，订单能见度延伸至明年，零组件供应吃紧'),
    '某服务器厂营业利润率提升，订单已排至明年，零部件供应吃紧',
  );
  assert.equal(
    mainlandStyle('外资买超逾1万张，台厂供应链受惠，陆企加速替代'),
    '外资净买入逾1000万股，台湾厂商供应链受益，中国大陆企业加速替代',
  );
  assert.equal(mainlandStyle('某芯片股涨停亮灯，第三季获利**120亿元**'), '某芯片股涨停，第三季度盈利**120亿元**');
  assert.equal(mainlandStyle('某公司募资约58亿港币，台币升值'), '某公司募资约58亿港元，新台币升值');
  // A dollar amount restated in Hong Kong or Taiwan dollars loses the restatement; a renminbi one stays.
  assert.equal(
    mainlandStyle('收入884亿美元（**约6900亿港元**），认购3000万美元（约新台币9.6亿元），投资10亿美元（约72亿元）'),
    '收入884亿美元，认购3000万美元，投资10亿美元', // renminbi too (decision 162)
  );
  // 获利了结 (profit-taking) is the mainland's own.
  assert.equal(mainlandStyle('获利了结压力显现'), '获利了结压力显现');
});

test('wording: mainland words that share the characters are left alone', () => {
  // 公开 / 召开 / 展开 before 高 or 低 are no opening price; 可望而不可即 is an idiom; 法人代表 is a legal person.
  assert.equal(mainlandStyle('公司召开高层会议，公开低价策略'), '公司召开高层会议，公开低价策略');
  assert.equal(mainlandStyle('这一目标可望而不可即'), '这一目标可望而不可即');
  assert.equal(mainlandStyle('公司法人代表变更为张某'), '公司法人代表变更为张某');
  assert.equal(mainlandStyle('国债收益率走低'), '国债收益率走低');
  assert.equal(mainlandStyle('截至3月31日，公司在手现金约14亿美元'), '截至3月31日，公司在手现金约14亿美元');
});

test('wording: digest --check refuses the new regional words and passes the mainland wording', () => {
  const digest = (body: string) =>
    `---\ntitle: 某日AI动态\ndate: 2026-07-17\n---\n\n# 某日AI动态\n\n## 某代工厂3月营收同比增长8%\n\n${body}\n\n来源：[财联社](https://www.cls.cn/detail/1)\n`;
  const rules = (md: string) => checkDigest(md).map((p) => p.rule);
  assert.ok(rules(digest('某代工厂3月营收月减12.5%，营业利益创新高。')).includes('regional-wording'));
  assert.ok(rules(digest('美国10年期公债殖利率下跌4个基点。')).includes('regional-wording'));
  assert.ok(!rules(digest('某代工厂3月营收环比下降12.5%，营业利润创新高。')).includes('regional-wording'));
});
