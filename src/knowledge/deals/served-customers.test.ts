/**
 * A company that serves (supplies, sells to) customers it names is paid by them: "built to serve AI cloud customers
 * including Microsoft and Meta" → Microsoft → Nebius, Meta → Nebius; "为微软、Meta等客户提供算力" likewise. Customers named
 * by no company, or a list of rivals, give nothing. Every sentence here was written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleDeals as deals } from '../../../test/support/deals.js';

test('customers a company serves, named after "including" / "such as", pay it (English)', () => {
  assert.deepEqual(
    deals(
      'Nebius, which raised about $3 billion of convertible notes last year, has expanded its campuses to serve AI cloud customers including Microsoft and Meta.',
      'en',
    ).sort(),
    ['Meta → Nebius', 'Microsoft → Nebius'],
  );
  assert.deepEqual(deals('CoreWeave supplies hyperscale customers such as Google with Nvidia-based capacity.', 'en'), [
    'Google → CoreWeave',
  ]);
});

test('为A、B等客户提供…: the customers pay the company (Simplified and Traditional Chinese)', () => {
  assert.deepEqual(deals('甲骨文近年来持续为OpenAI、Meta等AI客户提供云服务。').sort(), ['Meta → Oracle', 'OpenAI → Oracle']);
  assert.deepEqual(deals('鴻海主要為輝達、超微等大型客戶供應AI伺服器。').sort(), ['AMD → Foxconn', 'Nvidia → Foxconn']);
});

test('customers not named, or companies that are no customers, give no edge', () => {
  assert.deepEqual(deals('Nvidia’s rivals, including AMD and Intel, serve customers in Europe.', 'en'), []);
  assert.deepEqual(deals('Oracle has built its capacity to serve customers in Texas and New Mexico.', 'en'), []);
  assert.deepEqual(deals('甲骨文为客户提供云服务，客户包括多家初创公司。'), []);
});
