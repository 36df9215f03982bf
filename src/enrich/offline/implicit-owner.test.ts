/**
 * Decision 152: a bare subject (公司 / 其) printed after a sentence about another company is written as its owner's
 * name; after its own company's sentence, or its own source predecessor, it stays. Sentences written for these tests
 * (invented companies).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityMention } from '../../types/entity.js';
import type { Figure } from '../../types/figure.js';
import type { ItemRecord } from '../../types/item.js';
import { namedSubject } from './implicit-owner.js';
import type { SourceSentence } from './sentences.js';

const text = [
  '岚峰半导体公告拟认购星禾智能股份。',
  '2025年星禾智能前五大供应商采购额占比为62.4%。',
  '岚峰半导体业绩保持增长。',
  '截至6月末，公司合同负债为9.4亿元。',
].join('');

/** The test's one item (only the fields the rule reads). */
const item = { id: 'i1', text } as unknown as ItemRecord;

function mention(name: string, at: number): EntityMention {
  return { name, text: name, type: 'org', start: at, end: at + name.length, match: 'discovered' };
}
const mentions: EntityMention[] = [];
for (const name of ['岚峰半导体', '星禾智能'])
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push(mention(name, at));

function sentence(index: number, para: number, owner?: string, value?: string): SourceSentence {
  const parts = text.split(/(?<=。)/u);
  const start = parts.slice(0, index).join('').length;
  const own = parts[index] as string;
  const figures = value
    ? [
        {
          text: value,
          start: text.indexOf(value),
          end: text.indexOf(value) + value.length,
          kind: 'money',
          subject: owner,
        } as unknown as Figure,
      ]
    : [];
  return { item, sentence: { para, index, start, end: start + own.length, text: own }, figures, lang: 'zh', score: 1 };
}

const same = (a: string, b: string) => a === b;
const of = () => mentions;

test('a bare 公司 after another company’s sentence is named', () => {
  const shares = sentence(1, 1, '星禾智能', '62.4%');
  const liabilities = sentence(3, 2, '岚峰半导体', '9.4亿元');
  assert.equal(
    namedSubject('截至6月末，公司合同负债为**9.4亿元**。', liabilities, shares, of, same),
    '截至6月末，岚峰半导体合同负债为**9.4亿元**。',
  );
});

test('a bare 公司 after its own company’s sentence, or its source predecessor, stays', () => {
  const own = sentence(0, 0, '岚峰半导体');
  const liabilities = sentence(3, 2, '岚峰半导体', '9.4亿元');
  assert.equal(namedSubject('截至6月末，公司合同负债为**9.4亿元**。', liabilities, own, of, same), undefined);
  const predecessor = sentence(2, 2);
  assert.equal(namedSubject('截至6月末，公司合同负债为**9.4亿元**。', liabilities, predecessor, of, same), undefined);
  // No bare subject: nothing to name.
  assert.equal(namedSubject('截至6月末，合同负债为**9.4亿元**。', liabilities, sentence(1, 1, '星禾智能', '62.4%'), of, same), undefined);
});
