/**
 * Owners of shares and of figures after another company's sentence (decision 152): a name right before its group of
 * counterparties ('前五大供应商', 'top five customers') owns the whole the share is of. Sentences written for these
 * tests (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

function percents(text: string): { text: string; subject?: string }[] {
  const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  return extract(text, { date: '2026-10-20', lang }, gaz)
    .figures.filter((f) => f.kind === 'percent')
    .map((f) => ({ text: f.text, ...(f.subject ? { subject: f.subject } : {}) }));
}

test('a share of a company’s group of suppliers or customers is that company’s, not the text’s main one', () => {
  const zh =
    '岚峰芯片科技10月19日晚间公告，公司拟以自有资金5000万美元认购星禾智能股份。招股书显示，2025年星禾智能前五大供应商采购额占比为62.4%，其中向岚峰芯片科技采购约5.1亿元。';
  const share = percents(zh).find((f) => f.text.includes('62.4'));
  assert.ok(share?.subject, 'the share has an owner');
  assert.match(share.subject, /星禾/u);
  const en =
    'Corvid Systems will buy $50 million of shares in Tamsin Robotics. Tamsin Robotics’ top five customers accounted for 58% of revenue last year, the prospectus shows.';
  const enShare = percents(en).find((f) => f.text.includes('58'));
  assert.equal(enShare?.subject, 'Tamsin Robotics');
});

test('a bond’s coupon or yield is its issuer’s, not the buyer’s or the sponsor’s', () => {
  const sold =
    'Halvorsen Energy will raise 90 billion yen through a bond issued by its power subsidiary, Tamsin Grid. The three-year and seven-year notes carry coupons of 1.15% and 1.80%, respectively, and are guaranteed by the parent.';
  const rates = percents(sold).filter((f) => /1\.15|1\.80/.test(f.text));
  assert.deepEqual(
    rates.map((f) => f.subject),
    ['Tamsin Grid', 'Tamsin Grid'],
  );
  const bought =
    'The bonds were issued by Pellwright Funding LLC, a vehicle owned by Corvid Systems. Meridian Capital bought about $4 billion of the securities, which priced to yield about 5.9%.';
  assert.equal(percents(bought).find((f) => f.text.includes('5.9'))?.subject, 'Pellwright Funding');
  // A company's own rate of growth is no bond's.
  const growth =
    'The bonds were issued by Pellwright Funding LLC, a vehicle owned by Corvid Systems. Corvid Systems revenue rose 12% in the quarter.';
  assert.equal(percents(growth).find((f) => f.text.includes('12'))?.subject, 'Corvid Systems');
});
