/**
 * Decision 154: a 公司 away from the sentence naming it, printed after a sentence on another company, takes its
 * antecedent's name; next to its source's previous sentence, or with no antecedent found, it is left alone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../extract/index.js';
import type { ItemRecord } from '../../types/index.js';
import { namedPointers } from './pointer-name.js';
import { boldFigures, type SourceSentence } from './sentences.js';

const item = { id: 'it_glue40', title: '', lang: 'zh' } as unknown as ItemRecord;
const texts = [
  '星河芯片10月19日公告，子公司拟以6000万美元认购澄川智能港股。',
  '招股书显示，2025年澄川智能向星河芯片采购约7.9亿元。',
  '星河芯片自身业绩延续高增长。',
  '公司上半年营业收入64.3亿元。',
  '截至6月末，公司合同负债为12.1亿元，较年初增长58%。',
];
let at = 0;
const sentences: SourceSentence[] = texts.map((text, index) => {
  const start = at;
  at += text.length;
  return {
    item,
    sentence: { text, index, start, end: at } as SourceSentence['sentence'],
    figures: extractFigures(text).map((f) => ({ ...f, start: f.start + start, end: f.end + start })),
    lang: 'zh',
    score: 0,
  };
});
const ORGS = ['星河芯片', '澄川智能'];
const orgsOf = (s: SourceSentence) => ORGS.filter((o) => s.sentence.text.includes(o));
const before = (s: SourceSentence, n: number) => sentences[s.sentence.index - n];
const [s0, s1, s2, s3, s4] = sentences as [SourceSentence, SourceSentence, SourceSentence, SourceSentence, SourceSentence];

test('glue40: a 公司 after another company’s sentence takes the name its source gave it', () => {
  const got = namedPointers([s0, s1, s4], before, orgsOf);
  assert.equal(got[2]?.sentence.text, '截至6月末，星河芯片合同负债为12.1亿元，较年初增长58%。');
  // Its figures still bold where they stand.
  assert.match(
    boldFigures(got[2] as SourceSentence, () => true),
    /\*\*12\.1亿元\*\*/,
  );
  assert.equal(got[0], s0);
  assert.equal(got[1], s1);
});

test('glue40: a 公司 right after its source’s previous sentence, or after a sentence on that company, stays', () => {
  assert.equal(namedPointers([s0, s3, s4], before, orgsOf)[2], s4);
  assert.equal(namedPointers([s2, s4], before, orgsOf)[1], s4);
  // No earlier sentence names a company: as it is.
  const lone = { ...s4, sentence: { ...s4.sentence, index: 0 } };
  assert.equal(namedPointers([s1, lone], () => undefined, orgsOf)[1], lone);
});
