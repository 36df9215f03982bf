/**
 * Decision 171: a follow-up's sentence ends on its news — its trailing clauses that only re-tell figures an earlier
 * digest printed go, and only those. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clauses, retoldTailAt, type TailFigure, withoutRetoldTail } from './retold-tail.js';

/** The figures of `text` at the given strings, printed before or not. */
function figs(text: string, marks: ReadonlyArray<[string, boolean]>): TailFigure[] {
  return marks.map(([s, printed]) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`fixture: ${s} not in ${text}`);
    return { start, end: start + s.length, printed };
  });
}

test('a clause re-telling a printed total after the day news goes', () => {
  const text = '据招股书，该公司此次募资上限约41亿港元，六家基石投资者合计认购约2.2亿美元。';
  const out = withoutRetoldTail(
    text,
    figs(text, [
      ['约41亿港元', false],
      ['约2.2亿美元', true],
    ]),
  );
  assert.equal(out, '据招股书，该公司此次募资上限约41亿港元。');
});

test('a run of printed clauses after the news goes whole (the total and its parts)', () => {
  const text = '公司首日孖展认购约88亿港元，基石投资者合计认购约2亿美元，其中一家主权基金认购5000万美元。';
  const out = withoutRetoldTail(
    text,
    figs(text, [
      ['约88亿港元', false],
      ['约2亿美元', true],
      ['5000万美元', true],
    ]),
  );
  assert.equal(out, '公司首日孖展认购约88亿港元。');
});

test('nothing is cut when the sentence holds no figure that was not printed', () => {
  const text = '据招股书，该公司拟募资约30亿港元，基石投资者合计认购约1.5亿美元。';
  assert.equal(
    retoldTailAt(
      text,
      figs(text, [
        ['约30亿港元', true],
        ['约1.5亿美元', true],
      ]),
    ),
    undefined,
  );
});

test('a new figure after the printed one keeps the sentence whole', () => {
  const text = '基石投资者合计认购约1.5亿美元，首日孖展认购约60亿港元。';
  assert.equal(
    retoldTailAt(
      text,
      figs(text, [
        ['约1.5亿美元', true],
        ['约60亿港元', false],
      ]),
    ),
    undefined,
  );
});

test('a clause of no figure after the printed one keeps the sentence whole', () => {
  const text = '公司首日孖展认购约60亿港元，基石投资者合计认购约1.5亿美元，锁定期六个月。';
  assert.equal(
    retoldTailAt(
      text,
      figs(text, [
        ['约60亿港元', false],
        ['约1.5亿美元', true],
      ]),
    ),
    undefined,
  );
});

test('a printed clause carried on by the one before (并, 但) or what was said is left whole', () => {
  const carried = '公司上调全年收入增长预期至12%，但维持利润率目标18%不变。';
  assert.equal(
    retoldTailAt(
      carried,
      figs(carried, [
        ['12%', false],
        ['18%', true],
      ]),
    ),
    undefined,
  );
  const said = '公司首日孖展认购约60亿港元，据其披露，基石投资者合计认购约1.5亿美元。';
  assert.equal(
    retoldTailAt(
      said,
      figs(said, [
        ['约60亿港元', false],
        ['约1.5亿美元', true],
      ]),
    ),
    undefined,
  );
});

test('a stop inside brackets or quotes is no clause stop', () => {
  assert.deepEqual(
    clauses('公司称（含超额配售，按上限计）募资约40亿港元，认购约1亿美元').map(([a, b]) => b - a),
    ['公司称（含超额配售，按上限计）募资约40亿港元'.length, '认购约1亿美元'.length],
  );
});

test('a kept clause that is a premise (若…, 按…计) keeps the sentence whole: no condition left without its main clause', () => {
  const text = '若超额配股权获悉数行使，招股价定于每股26.8港元，募资净额约为39亿港元。';
  const marks: Array<[string, boolean]> = [
    ['26.8港元', false],
    ['约为39亿港元', true],
  ];
  // Cut after the price clause, the condition would still have its main clause: that cut stands.
  assert.equal(withoutRetoldTail(text, figs(text, marks)), '若超额配股权获悉数行使，招股价定于每股26.8港元。');
  const bare = '按每股26.8港元计，募资净额约为39亿港元。';
  assert.equal(
    retoldTailAt(
      bare,
      figs(bare, [
        ['26.8港元', false],
        ['约为39亿港元', true],
      ]),
    ),
    undefined,
  );
});

test('a dropped clause setting the value against an earlier one (此前, 较, 上调自) tells the change: left whole', () => {
  for (const text of [
    '公司将全年营收指引上调至520亿元，此前指引为480亿元。',
    '新一轮融资后估值达到900亿美元，较上月报道的800亿美元有所上调。',
  ]) {
    const [news, old] = text.includes('520亿元') ? ['520亿元', '480亿元'] : ['900亿美元', '800亿美元'];
    assert.equal(
      retoldTailAt(
        text,
        figs(text, [
          [news, false],
          [old, true],
        ]),
      ),
      undefined,
      text,
    );
  }
});
