/**
 * Deals told from the side of the one paid, or through the payer's own vehicle: "was awarded a contract by", "awarded X a
 * contract", "placed an order with", "will provide X with capacity", "sold a stake / shares to", "will receive $X from";
 * 向…定向增发股份, 中标…项目, 成为…的加速卡供应商, …旗下基金出资 / 通过旗下基金投资.
 * Every sentence here was written for these tests (English, Simplified and Traditional Chinese).
 */
import { test } from 'node:test';
import { articleDeals as deals, hasEdge as has, lacksEdge as lacks } from '../../../test/support/deals.js';

test('an award: the company awarding the contract pays the one awarded it (passive and active)', () => {
  has(
    deals('CoreWeave was awarded a $4 billion contract by Microsoft to run training clusters in Texas.', 'en'),
    'Microsoft → CoreWeave 4000000000',
  );
  has(deals('Microsoft awarded CoreWeave a $4 billion contract for training capacity.', 'en'), 'Microsoft → CoreWeave 4000000000');
  lacks(deals('CoreWeave was awarded a $4 billion contract by Microsoft.', 'en'), 'CoreWeave → Microsoft');
});

test('"placed an order with" and "will provide X with": the buyer pays the seller', () => {
  has(deals('Tesla placed a $16.5 billion order with Samsung for its AI6 chips.', 'en'), 'Tesla → Samsung Electronics 16500000000');
  const cap = deals('Nebius will provide Microsoft with $17.4 billion of GPU capacity over five years.', 'en');
  has(cap, 'Microsoft → Nebius');
  lacks(cap, 'Nebius → Microsoft');
  // Money provided is funding, not goods: no purchase from the funder.
  lacks(deals('Nvidia will provide OpenAI with $100 billion of funding over several years.', 'en'), 'OpenAI → Nvidia');
});

test('shares or a stake sold to a named buyer, money received from a named payer: the buyer pays', () => {
  has(deals('Mistral AI sold a 10% stake to Nvidia for $1 billion.', 'en'), 'Nvidia → Mistral AI 1000000000');
  has(deals('Intel issued $2 billion of new shares to SoftBank in a private placement.', 'en'), 'SoftBank → Intel 2000000000');
  has(deals('Nebius will receive $17.4 billion from Microsoft over five years.', 'en'), 'Microsoft → Nebius 17400000000');
  lacks(deals('Intel issued $2 billion of new shares to SoftBank in a private placement.', 'en'), 'Intel → SoftBank');
});

test('向…定向增发股份 / 中标…项目 / 成为…的加速卡供应商: the subscriber or the buyer pays', () => {
  has(deals('摩尔线程拟向腾讯定向增发股份，募资不超过10亿元。'), 'Tencent → Moore Threads');
  has(deals('寒武纪中标中国移动10亿元的AI服务器采购项目。'), 'China Mobile → Cambricon 1000000000');
  has(deals('寒武纪已成为字节跳动的加速卡供应商，订单金额约50亿元。'), 'ByteDance → Cambricon');
  // Traditional Chinese, folded by ingest.
  has(deals('寒武紀中標中國移動10億元的AI伺服器採購項目。'), 'China Mobile → Cambricon');
  // Warrants issued to a customer are an option, not a placement: the shares it may buy later pay nobody today.
  lacks(deals('超微向Anthropic发行认股权证，Anthropic最多可认购2000万股超微股票，约占其总股本的5%。'), 'Anthropic → Supermicro');
  lacks(deals('摩尔线程向腾讯发行认股权证，腾讯最多可认购5000万股摩尔线程股票。'), 'Tencent → Moore Threads');
});

test('…旗下基金出资 / 通过旗下基金投资: the company whose fund invests pays', () => {
  has(deals('摩尔线程完成10亿元新一轮融资，其中腾讯旗下基金出资3亿元。'), 'Tencent → Moore Threads 300000000');
  has(deals('腾讯通过旗下产业基金投资摩尔线程10亿元。'), 'Tencent → Moore Threads');
});
