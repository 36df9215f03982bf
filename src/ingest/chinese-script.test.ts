// isTraditional's bound (changedAtMost): a Simplified text is answered without the converter, with the converter's answer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as OpenCC from 'opencc-js';
import { hanChars } from '../util/han.js';
import { changedAtMost, isTraditional } from './chinese-script.js';

/** isTraditional as it was before the bound: the converter on every text. */
const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
function byConverter(s: string): boolean {
  const han = hanChars(s);
  if (han.length === 0) return false;
  const converted = convert(han.join(''));
  let changed = 0;
  for (let i = 0; i < han.length; i++) if (converted[i] !== han[i]) changed++;
  return changed >= 1 && changed / han.length >= 0.08;
}

const SIMPLIFIED = [
  '英伟达第三财季营收达到570亿美元，同比增长62%，数据中心业务贡献了512亿美元。',
  '华为昇腾芯片今年出货量预计超过70万片，著名分析师认为供应仍然紧张。',
  '阿里巴巴表示，未来三年将在云计算和人工智能基础设施上投入超过3800亿元人民币。',
  'OpenAI与甲骨文签署了为期五年、价值3000亿美元的算力合同，后者股价当天大涨36%。',
];
const TRADITIONAL = [
  '輝達第三財季營收達到570億美元，年增62%，資料中心業務貢獻了512億美元。',
  '鴻海10月營收達8,000億元新台幣，創歷年同期新高。',
  '台積電董事會核准約150億美元資本預算，用於擴建先進製程產能。',
];

test('a Simplified text is bounded below the threshold: no conversion, and the same answer (false)', () => {
  for (const s of SIMPLIFIED) {
    const han = hanChars(s);
    const bound = changedAtMost(han);
    assert.notEqual(bound, null, s);
    assert.ok((bound as number) / han.length < 0.08, `${s}: ${bound} of ${han.length}`);
    assert.equal(isTraditional(s), false, s);
    assert.equal(byConverter(s), false, s);
  }
});

test('a Traditional text is not bounded below the threshold and is still recognised', () => {
  for (const s of TRADITIONAL) {
    const han = hanChars(s);
    const bound = changedAtMost(han);
    assert.ok(bound === null || bound / han.length >= 0.08, s);
    assert.equal(isTraditional(s), true, s);
    assert.equal(byConverter(s), true, s);
  }
});

test('the bound never lies: isTraditional equals the converter on mixed texts drawn from its own dictionaries', () => {
  const config = (OpenCC.Locale.configs as unknown as Record<string, { normalizationChain?: unknown[][]; conversionChain: unknown[][] }>)
    .tw2s as { normalizationChain?: unknown[][]; conversionChain: unknown[][] };
  const pool: string[] = [...SIMPLIFIED.join(''), ...TRADITIONAL.join('')];
  for (const d of [...(config.normalizationChain ?? []), ...config.conversionChain].flat()) {
    const entries = typeof d === 'string' ? d.split('|') : (d as [string, string][]).map((e) => e.join(' '));
    for (const e of entries) pool.push(...e.split(' '));
  }
  const simplified = [...SIMPLIFIED.join('')];
  let seed = 7;
  const next = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  for (let t = 0; t < 20000; t++) {
    const bias = next();
    let s = next() < 0.3 ? 'Nvidia ' : '';
    const n = 1 + Math.floor(next() * 50);
    for (let i = 0; i < n; i++)
      s += next() < bias ? simplified[Math.floor(next() * simplified.length)] : pool[Math.floor(next() * pool.length)];
    assert.equal(isTraditional(s), byConverter(s), JSON.stringify(s));
  }
});

test('characters whose entries change the text length leave the bound to the converter', () => {
  // 㗲 (an Extension A character) becomes a character outside the BMP: positions after it would shift.
  assert.equal(changedAtMost(['㗲', '营', '收']), null);
  assert.equal(changedAtMost([]), 0);
});
