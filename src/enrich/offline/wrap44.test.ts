/**
 * Decision 184: an English market wrap told as one line (wrap-line.ts). Texts written for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { causeOf, indexMoves, leadMove, moverAfter, wrapLine } from './wrap-line.js';

const zh: Record<string, string> = { Alpha: '阿尔法电子', Beta: '贝塔半导体' };
const mentionsOf = (text: string) =>
  Object.keys(zh).flatMap((n) =>
    [...text.matchAll(new RegExp(n, 'g'))].map((m) => ({ name: n, start: m.index ?? 0, end: (m.index ?? 0) + n.length })),
  );

test("a wrap's lead move names its market (region and sector) and its way", () => {
  assert.deepEqual(leadMove('Asian chip stocks tumbled on Monday as funds sold.'), { market: '亚洲芯片股', way: 'down' });
  assert.deepEqual(leadMove('U.S. stocks rose on Friday ahead of the holiday.'), { market: '美股', way: 'up' });
  assert.deepEqual(leadMove('Shares of Asian chipmakers tumbled on Monday.'), { market: '亚洲芯片股', way: 'down' });
  // No market named: no move.
  assert.equal(leadMove('Stocks rose on Friday.'), undefined);
  assert.equal(leadMove('The company said its shares would be listed in March.'), undefined);
});

test("an index move is the index's, a futures quote is none, and the longer index name wins", () => {
  assert.deepEqual(indexMoves('The Hang Seng Tech index rose 1.9% and the benchmark Hang Seng gained 0.4%.'), [
    { zh: '恒生科技指数', way: 'up', pct: '1.9%' },
    { zh: '恒生指数', way: 'up', pct: '0.4%' },
  ]);
  assert.deepEqual(indexMoves('Nasdaq futures were down 0.6% and S&P 500 futures were off 0.4%.'), []);
  assert.deepEqual(indexMoves('The Dow Jones Industrial Average gained 120 points, or 0.3%.'), [
    { zh: '道琼斯工业平均指数', way: 'up', pct: '0.3%' },
  ]);
});

test('a trade rule the lead names is its cause, with the government before it and the goods', () => {
  assert.equal(causeOf('Chip stocks sank after Washington imposed tariffs on imported semiconductors.'), '美国芯片关税');
  assert.equal(causeOf('Memory makers slid on talk of new export curbs on chipmaking tools by Tokyo.'), '芯片出口管制');
  assert.equal(causeOf('Stocks rose as inflation cooled.'), undefined);
});

test("a mover's own percentage is read right after its name, never a later one's", () => {
  assert.deepEqual(moverAfter(', which lost 6.1%, and'), { way: 'down', pct: '6.1%' });
  assert.deepEqual(moverAfter(', down 2.2%.'), { way: 'down', pct: '2.2%' });
  assert.deepEqual(moverAfter(', which makes test equipment, fell 3.3%'), { way: 'down', pct: '3.3%' });
  assert.deepEqual(moverAfter("'s 3.2% advance"), { way: 'up', pct: '3.2%' });
  assert.equal(moverAfter(' said on Monday that revenue fell 3%'), undefined);
});

test('the wrap line: cause, move, indexes its way, movers its way in Chinese only', () => {
  const text =
    "Asian chip stocks fell on Wednesday after Washington announced tariffs on imported chips.\n\nJapan's Nikkei share average fell 1.8%, dragged by Alpha, which lost 5.1%. The KOSPI dropped 1.2%, while the Hang Seng rose 0.2%. Beta slid 3.9%. Gamma Corp fell 2.5%.";
  const w = wrapLine({ title: 'Asian chip stocks fall on US tariffs', text, mentions: mentionsOf(text) }, (n) => zh[n]);
  assert.deepEqual(w, {
    headline: '亚洲芯片股下跌，日经225指数跌1.8%',
    line: '受美国芯片关税消息影响，亚洲芯片股下跌：日经225指数跌1.8%，韩国综合指数跌1.2%；阿尔法电子跌5.1%、贝塔半导体跌3.9%。',
  });
});

test("a sector the wrap's title names puts its index first", () => {
  const text =
    'U.S. stocks rose on Monday as chip names rallied. The S&P 500 added 0.4%, the Nasdaq Composite climbed 0.9% and the Dow gained 0.1%. The PHLX Semiconductor Index jumped 2.2%.';
  const w = wrapLine({ title: 'Stocks rise as chip names rally', text, mentions: [] }, () => undefined);
  assert.equal(w?.line, '美股上涨：费城半导体指数涨2.2%，标普500指数涨0.4%，纳斯达克综合指数涨0.9%。');
});

test('silent when the lead states no market move, or no index moves its way', () => {
  const noMove = 'Alpha said on Monday it would build a plant. The Nikkei share average fell 1.8%.';
  assert.equal(
    wrapLine({ title: 'Alpha to build plant', text: noMove, mentions: [] }, (n) => zh[n]),
    undefined,
  );
  const otherWay = 'Asian chip stocks fell on Monday. The Hang Seng rose 0.6%.';
  assert.equal(
    wrapLine({ title: 'Asian chip stocks fall', text: otherWay, mentions: [] }, (n) => zh[n]),
    undefined,
  );
});
