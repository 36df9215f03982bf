/**
 * Text nobody here wrote (batch k, batch j's development half) showed these: Chinese short names after the first
 * mention, first-person statements in calls, a growth 'of' a percent, percent guidance of a money metric, broker
 * notation (RMB2,764.5m, 3Q26, FY27E), a fiscal year named by the month it ended, a valuation told after a
 * talks-to-invest clause, a gloss naming every mention. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldTraditional } from '../../ingest/chinese-script.js';
import { extract, loadGazetteer } from '../index.js';

const gaz = loadGazetteer();

type Row = { surface: string; subject?: string; metric?: string; period?: string; value?: number; counterparty?: string };

function rows(text: string, date = '2026-11-18'): Row[] {
  const folded = foldTraditional(text);
  const r = extract(folded, { date, traditional: folded !== text }, gaz);
  return r.figures.map((f) => ({
    surface: folded.slice(f.start, f.end),
    subject: f.subject,
    metric: f.metric,
    period: f.period,
    value: f.value,
    counterparty: f.counterparty,
  }));
}

const row = (list: Row[], surface: string): Row => {
  const r = list.find((x) => x.surface === surface);
  assert.ok(r, `no figure ${surface} in ${list.map((x) => x.surface).join(', ')}`);
  return r;
};

test('a Chinese name found with its suffix stands for its stem alone later in the text (星衍 → 星衍智能)', () => {
  const got = rows(
    '晶耀科技拟赴港上市。中國AI業者晶耀科技今日招股，募資上限約40億港元。據招股文件，晶耀去年營收8.2億元人民幣，年增120%。法人指出，晶耀向緯創採購伺服器約新台幣50億元。',
  );
  assert.equal(row(got, '约40亿港元').subject, '晶耀科技');
  assert.equal(row(got, '8.2亿元人民币').subject, '晶耀科技');
  assert.equal(row(got, '120%').subject, '晶耀科技');
  assert.equal(row(got, '约新台币50亿元').subject, '晶耀科技');
});

test('a headline verb glued to a name found cleanly elsewhere is not part of the name (当晶耀科技 → 晶耀科技)', () => {
  const got = rows('纬创砸2000万美元 当晶耀科技基石投资人\n纬创20日公告，将以2000万美元认购晶耀科技H股，成为基石投资人之一。');
  for (const r of got.filter((x) => x.counterparty)) assert.equal(r.counterparty, '晶耀科技');
  assert.ok(got.some((x) => x.counterparty === '晶耀科技'));
});

test('a stem shared by two discovered names stands for neither; an amount before 公司债 names no company', () => {
  const text = '晶耀科技与晶耀资本同日公告。晶耀资本出资5亿元，晶耀本年营收增长30%。台达电拟发行150亿元公司债，其中50亿元为绿色债券。';
  const r = extract(text, { date: '2026-11-18' }, gaz);
  assert.ok(!r.entities.some((m) => text.slice(m.start, m.end) === '晶耀'), 'the shared stem is tagged');
  assert.ok(!r.entities.some((m) => /亿元/.test(m.name)), r.entities.map((m) => m.name).join(', '));
  assert.doesNotMatch(String(row(rows(text), '50亿元').subject), /亿元/);
});

test('in a call, our / we refer to the company whose call it is', () => {
  const got = rows(
    'Wipro Q2 FY27 earnings call\n[00:01:12] ceo: thank you. revenues for the quarter were two point six billion dollars. growth was broad based. our large deal value was one point two billion dollars.',
  );
  assert.equal(row(got, 'one point two billion dollars').subject, 'Wipro');
});

test("'a growth of 3.1% quarter on quarter' is a change of the revenue before it; percent revenue guidance is revenue growth", () => {
  const got = rows(
    'Wipro said revenue for the quarter was $2.6 billion, a growth of 2.1% quarter on quarter and 3.9% year on year. We are raising our revenue guidance for the year to 2% to 3% from 1% to 2% earlier.',
  );
  assert.equal(row(got, '2.1%').metric, 'revenue-growth');
  assert.equal(row(got, '3.9%').metric, 'revenue-growth');
  assert.equal(row(got, '2% to 3%').metric, 'revenue-growth');
  assert.equal(row(rows('威普罗将全年营收指引上调至2%-3%。'), '2%-3%').metric, 'revenue-growth');
});

test('broker notation: a currency code before digits scales m / bn; 3Q26 and FY27E name periods', () => {
  const got = rows(
    'Meituan reported 3Q26 results on 18 November. Revenue of RMB1,764.5m rose 21%.\n\nOur estimate was RMB1,700m.\n\nWe raise our FY27E revenue forecast by 5% to RMB8.9bn.\n\nWe see a FY26E net loss of RMB85m. Fees of Rs500m and EUR 40m.',
  );
  assert.equal(row(got, 'RMB1,764.5m').value, 1_764_500_000);
  assert.equal(row(got, 'RMB1,764.5m').period, '2026Q3');
  assert.equal(row(got, 'RMB1,700m').value, 1_700_000_000);
  assert.equal(row(got, 'RMB8.9bn').period, 'FY2027');
  assert.equal(row(got, 'RMB85m').value, 85_000_000);
  assert.equal(row(got, 'RMB85m').period, 'FY2026');
  assert.equal(row(got, 'Rs500m').value, 500_000_000);
  assert.equal(row(got, 'EUR 40m').value, 40_000_000);
});

test('the fiscal year that ended in September is the fiscal year of the last September before the text', () => {
  const got = rows(
    "Qualcomm's data-center unit generated less than $200 million of revenue in the fiscal year that ended in September.",
    '2026-11-16',
  );
  assert.equal(row(got, 'less than $200 million').period, 'FY2026');
});

test("a valuation after 'is in advanced talks to invest … in X' is X's, not the investor's", () => {
  const got = rows(
    'Qualcomm Nears $1.2 Billion Bet on Lattice Compute\n\nQualcomm Inc. is in advanced talks to invest about $1.2 billion in Lattice Compute, the London-based GPU cloud, in a deal that would value the startup at $7.5 billion including the new money, people familiar said.\n\nThe terms imply a pre-money valuation of $6.3 billion. Qualcomm shares rose 2% this year.',
  );
  assert.equal(row(got, 'about $1.2 billion').subject, 'Qualcomm');
  assert.equal(row(got, '$7.5 billion').subject, 'Lattice Compute');
  assert.equal(row(got, '$6.3 billion').subject, 'Lattice Compute');
});

test('a Chinese name glossed by a Latin one takes the Latin name at every mention, its short form included', () => {
  const got = rows(
    '光芯科技（Guangxin Technologies）完成新一轮融资，高瓴资本领投2亿美元。光芯科技今年营收预计增长80%，光芯此前估值约10亿美元。',
  );
  assert.equal(row(got, '80%').subject, 'Guangxin Technologies');
  assert.equal(row(got, '约10亿美元').subject, 'Guangxin Technologies');
});

test('the company inside 在…中的占比 owns the share; EBITDA率 is a margin', () => {
  const got = rows(
    '以采购总额计，国产芯片在字节跳动明年芯片采购中的占比或由今年的不足三成升至约四成。金山云第三季度经调整EBITDA率为17.1%。',
  );
  assert.equal(row(got, '不足三成').subject, 'ByteDance');
  assert.equal(row(got, '约四成').subject, 'ByteDance');
  assert.equal(row(got, '17.1%').metric, 'margin');
});
