/** Numeral lexicons: Chinese digits and multipliers, English number words and scale words (typed const tables). */

/** Chinese digit characters (simplified, traditional, financial) → value. */
export const CJK_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  弌: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  俩: 2,
  倆: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** Chinese multipliers → value. 兆 is read as 10^12 (Taiwan / Japanese usage, the one in finance news). */
export const CJK_MULTIPLIERS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  什: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  兆: 1e12,
};

/** Financial-form digits that are also common words (陆地, 队伍, 收拾, 放肆): never a number on their own. */
export const CJK_AMBIGUOUS_ALONE = '陆陸肆伍拾什';

/** Words in which a Chinese numeral character is not a number (checked in bare-number mode). */
export const CJK_NON_NUMBER_WORDS: readonly string[] = [
  '一切',
  '一看',
  '四川',
  '万一',
  '一些',
  '一起',
  '一直',
  '一样',
  '一般',
  '一定',
  '一旦',
  '一致',
  '统一',
  '唯一',
  '之一',
  '一方面',
  '一边',
  '第一',
  '同一',
  '一同',
  '万万',
  '两两',
  '千万别',
  '一贯',
  '一向',
  '一度',
  '一再',
  '一律',
  '专一',
  '一带一路',
  '三星',
  '五角大楼',
  '十足',
  '九九',
];

/** English cardinal words → value. */
export const EN_UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  nought: 0,
  naught: 0,
  nil: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** English scale words (also after digits: `2 million`, `1.5bn`) → multiplier. */
export const EN_SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  hundreds: 100,
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  crore: 1e7,
  crores: 1e7,
};

/** Abbreviated scales directly after digits (`$1.5B`, `10k`, `2mil`, `3 bn`) → multiplier. Case-sensitive keys. */
export const ABBREV_SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  K: 1e3,
  M: 1e6,
  MM: 1e6,
  mm: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  B: 1e9,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  Bn: 1e9,
  BN: 1e9,
  T: 1e12,
  tn: 1e12,
  tln: 1e12,
  Tn: 1e12,
  trn: 1e12,
  G: 1e9,
  m: 1e6,
};

/** Words that multiply a count: `a dozen`, `3 dozens`. */
export const EN_DOZEN: Readonly<Record<string, number>> = { dozen: 12, dozens: 12, dz: 12, dzs: 12, doz: 12, dozs: 12 };

/** Vague English amounts: `tens of billions` → low/high factor on the scale that follows. */
export const EN_VAGUE: Readonly<Record<string, { low: number; high: number; unit: number }>> = {
  tens: { low: 2, high: 9, unit: 10 },
  hundreds: { low: 2, high: 9, unit: 100 },
  thousands: { low: 2, high: 9, unit: 1e3 },
  millions: { low: 2, high: 9, unit: 1e6 },
  billions: { low: 2, high: 9, unit: 1e9 },
  trillions: { low: 2, high: 9, unit: 1e12 },
  dozens: { low: 2, high: 9, unit: 12 },
};

/** Words for "a few / several" before a scale: `several billion` → 2..9 × billion. */
export const EN_FEW = new Set(['several', 'few', 'multiple']);

/** Multiple words → factor (`doubled` → 2, `fourfold` → 4). */
export const EN_MULTIPLE_WORDS: Readonly<Record<string, number>> = {
  double: 2,
  doubled: 2,
  doubles: 2,
  doubling: 2,
  triple: 3,
  tripled: 3,
  triples: 3,
  tripling: 3,
  quadruple: 4,
  quadrupled: 4,
  quadruples: 4,
  quadrupling: 4,
  quintupled: 5,
  twofold: 2,
  threefold: 3,
  fourfold: 4,
  fivefold: 5,
  sixfold: 6,
  sevenfold: 7,
  eightfold: 8,
  ninefold: 9,
  tenfold: 10,
  hundredfold: 100,
};

/** Chinese multiple words with no digits: 翻倍 / 翻番 = 2, 翻两番 = 4. Longest first. */
export const ZH_MULTIPLE_WORDS: readonly (readonly [string, number])[] = [
  ['翻了两番', 4],
  ['翻了三番', 8],
  ['翻了一番', 2],
  ['翻两番', 4],
  ['翻三番', 8],
  ['翻一番', 2],
  ['翻了一倍', 2],
  ['翻了倍', 2],
  ['翻倍', 2],
  ['翻番', 2],
];
