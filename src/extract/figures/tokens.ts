import { cjkDigit, cjkMultiplier, digitAt, isDot, isLetter, isMinus, isSpace, mayStartCjkNumber } from './char-classes.js';
import { readEnglishFraction, type WordFraction } from './english-fractions.js';
import { readEnglishNumber, startsEnglishNumber, wordAt } from './english-words.js';
import { DOLLAR_PREFIXES, EN_CURRENCY_WORDS, ISO_CODES, LETTER_PREFIXES } from './lexicon-currency.js';
import {
  ABBREV_SCALES,
  EN_DOZEN,
  EN_FEW,
  EN_MULTIPLE_WORDS,
  EN_SCALES,
  EN_UNITS,
  EN_VAGUE,
  ZH_MULTIPLE_WORDS,
} from './lexicon-numerals.js';
import { EN_UNIT_WORDS } from './lexicon-units.js';
import { readNumeralRun } from './numeral-run.js';
import type { ScaledNumber } from './scaled-number.js';
import { readZhFraction } from './zh-fractions.js';

export type TokenSource = 'arabic' | 'cjk' | 'mixed' | 'word';

export interface NumberToken extends ScaledNumber {
  source: TokenSource;
  negative: boolean;
  /** 百分之 (1) / 千分之 (0.1) / 万分之 (0.01): the token is a percent. */
  percentFactor?: number;
  /** Where the number proper starts when a prefix word is part of the token (百分之五十 → after 百分之). */
  numStart?: number;
  /** A complete figure by itself: 翻倍, doubled, fourfold, 对折. */
  fixedKind?: 'multiple' | 'percent';
  /** A plain integer with `digits` digits (year candidates) and the other shape facts. */
  plainInt: boolean;
  digits: number;
  digitString: boolean;
  fraction: boolean;
  dotted: boolean;
  /** The token is a single small English word (`one`). */
  weakWord: boolean;
  /** Whether lowercase `m` / `b` abbreviations were allowed (after a currency sign). */
  cjk: boolean;
}

/** Characters after 打 that make it a verb (打开, 打折, 打算, 打电话 ...), not the measure word "dozen". */
const DA_VERB_NEXT = '开開折算电電车車工印破击擊败敗通造响響扰擾球架听聽扮捞撈包卡针針字压壓动動断斷量理扫掃劫仗入出下上进進';

/** 百 in 百分点 / 百分比 (with optional spaces) names the percent, it is not the number 100. */
function isPercentPointWord(s: string, i: number): boolean {
  let p = i + 1;
  while (p < i + 4 && isSpace(s, p)) p++;
  if (s[p] !== '分') return false;
  p++;
  while (p < i + 8 && isSpace(s, p)) p++;
  const c = s[p];
  return c === '点' || c === '點' || c === '比';
}

/** A minus is a sign only after a space, an opening bracket or punctuation, not after a number (40万-60万 is a range). */
const SIGN_BEFORE_OK = (s: string, i: number): boolean => {
  if (i < 0) return true;
  const c = s.charCodeAt(i);
  if (isLetter(s, i) || digitAt(s, i) >= 0 || c === 46 || c === 44 || c === 41 || c === 37 || c === 0xff05) return false;
  const ch = s[i];
  return cjkDigit(ch) === undefined && cjkMultiplier(ch) === undefined && !(ch !== undefined && '元美倍%）)'.includes(ch));
};

/** Currency codes written right before digits, as the Financial Times and brokers do ('RMB2,764.5m', 'Rs500m', 'EUR40m'). */
const CODE_BEFORE = /(?:^|[^A-Za-z])(?:RMB|Rmb|CNY|USD|HKD|EUR|GBP|JPY|INR|KRW|TWD|NTD|SGD|AUD|CAD|CHF|Rs)\.? ?$/;

function isCurrencySymbolBefore(s: string, i: number): boolean {
  let p = i - 1;
  if (p >= 0 && s.charCodeAt(p) === 32) p--;
  const ch = s[p];
  if (ch === '$' || ch === '€' || ch === '£' || ch === '¥' || ch === '￥' || ch === '＄') return true;
  if (CODE_BEFORE.test(s.slice(Math.max(0, i - 6), i))) return true;
  // A letter prefix of the currency lexicon ('RM300m', 'Rp 5m'), standing as a word of its own.
  const letters = /(?:^|[^A-Za-z])([A-Za-z.]{1,4}) ?$/.exec(s.slice(Math.max(0, i - 6), i));
  return letters !== null && LETTER_PREFIXES[letters[1] as string] !== undefined;
}

/**
 * Whether the number at `i` is the upper end of a money range whose lower end carries the currency ('RMB610m-650m',
 * 'RMB610-650m', '$610m to 650m'): its `m` is millions, as the lower end's is, never metres.
 */
const MONEY_RANGE_BEFORE =
  /(?:[$€£¥￥＄]|(?:^|[^A-Za-z])(?:RMB|Rmb|CNY|USD|HKD|EUR|GBP|JPY|INR|TWD|NTD|SGD|Rs)\.? ?)\d[\d.,]*(?:mn|m)? ?(?:-|–|—|to) ?$/;
function moneyRangeUpperEnd(s: string, i: number): boolean {
  return MONEY_RANGE_BEFORE.test(s.slice(Math.max(0, i - 24), i));
}

/** Whether an English currency word (one to three words: `yuan`, `euros`, `us dollars`) follows offset `e` after a space. */
function currencyWordAfter(s: string, e: number): boolean {
  const words = /^ ([a-z.]+)(?: ([a-z.]+))?(?: ([a-z.]+))?/i.exec(s.slice(e, e + 40));
  if (!words) return false;
  const w = words.slice(1).filter((x): x is string => x !== undefined);
  for (let n = w.length; n >= 1; n--) if (EN_CURRENCY_WORDS[w.slice(0, n).join(' ').toLowerCase()] !== undefined) return true;
  return false;
}

/** Whether a count noun follows `e` ('12m users', '2m shares', '300m people'): `m` before one is millions, never metres. */
function countWordAfter(s: string, e: number): boolean {
  const words = /^ ([a-z-]+)(?: ([a-z-]+))?(?: ([a-z-]+))?/i.exec(s.slice(e, e + 48));
  if (!words) return false;
  const w = words.slice(1).filter((x): x is string => x !== undefined);
  for (let n = w.length; n >= 1; n--) if (EN_UNIT_WORDS[w.slice(0, n).join(' ').toLowerCase()]?.kind === 'count') return true;
  return false;
}

/** Whether an amount written with a letter currency prefix starts at `i` (`RMB350mn`, `Rmb 350m`, `HK$350m`, `NT$1.5bn`). */
function currencyPrefixedAmount(s: string, i: number): boolean {
  const m = /^([A-Za-z.]{1,4})(\$?)\s?\d/.exec(s.slice(i, i + 8));
  if (!m) return false;
  const word = m[1] as string;
  return m[2] ? DOLLAR_PREFIXES[word.toLowerCase()] !== undefined : ISO_CODES.has(word) || LETTER_PREFIXES[word] !== undefined;
}

/** Reads an English / abbreviated scale after an Arabic number: `1.5 billion`, `$5B`, `10k`, `3 dozens`. */
function readAsciiScale(s: string, p: number, money: boolean, bare: boolean): { scale: number; end: number } | null {
  let q = p;
  let spaces = 0;
  while (q < s.length && spaces < 2 && isSpace(s, q)) {
    q++;
    spaces++;
  }
  if (!isLetter(s, q)) return null;
  let e = q;
  while (e < s.length && e - q < 12 && isLetter(s, e)) e++;
  if (isLetter(s, e)) return null;
  const raw = s.slice(q, e);
  const lower = raw.toLowerCase();
  let scale = EN_SCALES[lower] ?? EN_DOZEN[lower];
  if (scale === undefined) {
    const ab = ABBREV_SCALES[raw];
    if (ab === undefined) return null;
    // `300m` is metres unless money: a currency before it, or a currency word after it ('300m yuan', '40m euros').
    if (raw === 'm' && !money && !currencyWordAfter(s, e) && !countWordAfter(s, e)) return null;
    if (raw === 'G' && !bare) return null;
    if ((raw === 'T' || raw === 'b') && !money && !bare) return null;
    // `5 K` with a space is rarer; a hyphen-word or an apostrophe after (B-52, M's) is not a scale.
    const after = s.charCodeAt(e);
    // A hyphen before another amount or 'plus' is a range or a floor ('$115bn-$135bn', 'RMB300mn-RMB350mn',
    // '$100bn-plus'), not a word.
    if ((after === 45 && !/^-(?:\$|US\$|\d|plus\b)/.test(s.slice(e, e + 5)) && !currencyPrefixedAmount(s, e + 1)) || after === 39)
      return null;
    scale = ab;
  }
  // Chained scales: three lakh crore, 1 thousand million.
  let end = e;
  for (let k = 0; k < 2; k++) {
    let r = end;
    if (!isSpace(s, r)) break;
    while (r < s.length && r - end < 2 && isSpace(s, r)) r++;
    let t = r;
    while (t < s.length && t - r < 12 && isLetter(s, t)) t++;
    const more = EN_SCALES[s.slice(r, t).toLowerCase()];
    if (more === undefined || more <= 100 || isLetter(s, t)) break;
    scale *= more;
    end = t;
  }
  return { scale, end };
}

const PERCENT_PREFIX: readonly (readonly [string, number])[] = [
  ['百分之', 1],
  ['千分之', 0.1],
  ['万分之', 0.01],
  ['萬分之', 0.01],
  ['佰分之', 1],
  ['仟分之', 0.1],
];

/** Matches 百分之 with optional spaces between its characters (`百 分 之`); returns the end or -1. */
function matchPercentPrefix(s: string, i: number): { end: number; factor: number } | null {
  for (const [word, factor] of PERCENT_PREFIX) {
    if (s[i] !== word[0]) continue;
    let p = i + 1;
    let ok = true;
    for (let k = 1; k < word.length; k++) {
      while (p < i + 8 && isSpace(s, p)) p++;
      if (s[p] !== word[k]) {
        ok = false;
        break;
      }
      p++;
    }
    if (ok) return { end: p, factor };
  }
  return null;
}

/** After `a`: a currency word that makes it one unit of money. */
const ONE_MONEY = /^\s(?:dollar|euro|buck)\b(?!-)/i;

/** (first letter, length) pairs of every word that can start an English number or multiple: a cheap pre-filter. */
const WORD_SHAPES = new Uint8Array(26 * 32);
for (const w of [
  ...Object.keys(EN_MULTIPLE_WORDS),
  ...Object.keys(EN_UNITS),
  ...Object.keys(EN_SCALES),
  ...Object.keys(EN_DOZEN),
  ...Object.keys(EN_VAGUE),
  ...EN_FEW,
  'a',
  'an',
  'half',
  'minus',
  'negative',
  'percent',
  'percents',
  'per',
]) {
  if (w.length < 32) WORD_SHAPES[(w.charCodeAt(0) - 97) * 32 + w.length] = 1;
}

function mayBeNumberWord(s: string, i: number, len: number): boolean {
  if (len >= 32) return false;
  const c = (s.charCodeAt(i) | 32) - 97;
  return WORD_SHAPES[c * 32 + len] === 1;
}

/**
 * `percent of twenty`, `per cent of 210` at the start of a sentence: the number after `of` is the percent. Only where no
 * word or number comes before `percent` in the sentence, so `30 percent of 10 firms` and `a large percent of 500` are left alone.
 */
function percentOf(s: string, i: number, end: number, w: string, bare: boolean): NumberToken | null {
  let b = i - 1;
  while (b >= 0 && isSpace(s, b)) b--;
  if (b >= 0 && (isLetter(s, b) || digitAt(s, b) >= 0 || cjkDigit(s[b]) !== undefined || s[b] === ',' || s[b] === '-')) return null;
  const m = (w === 'per' ? /^per\s+cent\s+of\s+/i : /^percents?\s+of\s+/i).exec(s.slice(i, end + 12));
  if (!m) return null;
  const q = i + m[0].length;
  const first = scanTokens(s.slice(q, q + 48), bare)[0];
  if (first?.start !== 0 || first.fixedKind || first.vague || first.negative || !Number.isFinite(first.value)) return null;
  if (isLetter(s, q + first.end)) return null;
  const t = baseToken(i, q + first.end, first.value, first.source);
  t.fixedKind = 'percent';
  return t;
}

/** A token for a word fraction; a mixed number followed by a scale is a plain amount (`one and a half billion` → 1.5e9). */
function wordFraction(s: string, start: number, fr: WordFraction): NumberToken {
  const t = baseToken(start, fr.end, fr.value, 'word');
  t.fraction = true;
  if (fr.mixed) {
    let q = fr.end;
    while (q < fr.end + 2 && isSpace(s, q)) q++;
    const { w, end } = wordAt(s, q);
    const sc = EN_SCALES[w];
    if (q > fr.end && sc !== undefined && sc >= 1e3 && !w.endsWith('s') && !isLetter(s, end)) {
      t.value = fr.value * sc;
      t.headValue = fr.value;
      t.tailScale = sc;
      t.end = end;
      t.fraction = false;
    }
  }
  return t;
}

function baseToken(start: number, end: number, value: number, source: TokenSource): NumberToken {
  return {
    start,
    end,
    value,
    vague: false,
    tailScale: 1,
    headValue: value,
    source,
    negative: false,
    plainInt: false,
    digits: 0,
    digitString: false,
    fraction: false,
    dotted: false,
    weakWord: false,
    cjk: source !== 'arabic' && source !== 'word',
  };
}

/**
 * Finds every numeric token in `s`, left to right, non-overlapping. Linear in the text length.
 * `bare`: the number-model mode (accepts `10G`, `5T`, single digits in words).
 */
export function scanTokens(s: string, bare: boolean): NumberToken[] {
  const out: NumberToken[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    // Fast skip of characters that can start nothing.
    const ch = s[i] as string;
    const isDigit = digitAt(s, i) >= 0;
    let negative = false;
    let start = i;
    if (!isDigit) {
      if (isMinus(s, i) && SIGN_BEFORE_OK(s, i - 1)) {
        // -8% / -1e1 / - 10 k / -.5
        let q = i + 1;
        while (q < i + 2 && isSpace(s, q)) q++;
        if (digitAt(s, q) >= 0 || (isDot(s, q) && digitAt(s, q + 1) >= 0)) {
          negative = true;
          start = i;
          i = q;
        } else {
          i++;
          continue;
        }
      } else if (
        (ch === '负' || ch === '負') &&
        (cjkDigit(s[i + 1]) !== undefined || digitAt(s, i + 1) >= 0 || cjkMultiplier(s[i + 1]) === 10)
      ) {
        negative = true;
        start = i;
        i++;
      } else if (isDot(s, i) && digitAt(s, i + 1) >= 0 && digitAt(s, i - 1) < 0 && !isLetter(s, i - 1) && !isDot(s, i - 1)) {
        // .5 / .23456
      } else if (c < 128) {
        if (isLetter(s, i) && !isLetter(s, i - 1)) {
          let we = i + 1;
          while (we < n && isLetter(s, we)) we++;
          if (!mayBeNumberWord(s, i, we - i)) {
            i = we;
            continue;
          }
          const { w, end } = wordAt(s, i);
          if (w === 'percent' || w === 'percents' || w === 'per') {
            const pt = percentOf(s, i, end, w, bare);
            if (pt) {
              out.push(pt);
              i = pt.end;
            } else i = end;
            continue;
          }
          const mult = EN_MULTIPLE_WORDS[w];
          if (mult !== undefined && !isLetter(s, end)) {
            const t = baseToken(i, end, mult, 'word');
            t.fixedKind = 'multiple';
            out.push(t);
            i = end;
            continue;
          }
          // `plus or minus 2%` is a tolerance, not a negative number.
          const signWord = (w === 'minus' && !/plus\s+or\s+$/i.test(s.slice(Math.max(0, i - 9), i))) || w === 'negative';
          let signedDigit = -1;
          if (signWord) {
            signedDigit = end;
            while (signedDigit < end + 2 && isSpace(s, signedDigit)) signedDigit++;
            if (digitAt(s, signedDigit) < 0 || signedDigit === end) signedDigit = -1;
          }
          if (signedDigit >= 0) {
            // minus 5 / negative 3.2%: the sign word is part of the number.
            negative = true;
            start = i;
            i = signedDigit;
          } else if (startsEnglishNumber(w) || signWord) {
            let q = i;
            let neg = false;
            if (signWord) {
              q = end;
              while (q < end + 2 && isSpace(s, q)) q++;
              neg = true;
            }
            const fr = readEnglishFraction(s, q, bare);
            if (fr) {
              const t = wordFraction(s, i, fr);
              t.negative = neg;
              out.push(t);
              i = t.end;
              continue;
            }
            const wn = readEnglishNumber(s, q);
            if (!wn && bare && wordAt(s, q).w === 'half') {
              // `more than half`: a number of its own in the number model.
              const t = baseToken(i, wordAt(s, q).end, 0.5, 'word');
              t.fraction = true;
              t.negative = neg;
              out.push(t);
              i = t.end;
              continue;
            }
            if (!wn && !neg && (w === 'a' || w === 'an') && ONE_MONEY.test(s.slice(end, end + 10))) {
              // `under a dollar`, `a euro a litre`: one unit of money (not `a yen for`, `a pound of`).
              const t = baseToken(i, end, 1, 'word');
              t.weakWord = true;
              out.push(t);
              i = end;
              continue;
            }
            if (wn) {
              const t = baseToken(i, wn.end, wn.value, 'word');
              t.negative = neg;
              t.vague = wn.vague;
              if (wn.high !== undefined) t.high = wn.high;
              t.tailScale = wn.tailScale;
              t.headValue = wn.headValue;
              t.weakWord = wn.single;
              out.push(t);
              i = wn.end;
              continue;
            }
            i = end;
            continue;
          } else {
            i = end;
            continue;
          }
        } else {
          i++;
          continue;
        }
      } else if (!mayStartCjkNumber(s, i)) {
        i++;
        continue;
      } else {
        // Non-ASCII: Chinese numerals, 百分之, 翻倍, 数百亿, 对折.
        const pp = matchPercentPrefix(s, i);
        if (pp && cjkDigit(s[i - 1]) === undefined) {
          let q = pp.end;
          while (q < pp.end + 3 && isSpace(s, q)) q++;
          const run = readNumeralRun(s, q);
          if (run) {
            const t = runToken(s, i, run, bare);
            t.percentFactor = pp.factor;
            t.numStart = q;
            // 百分之15K: a thousand-scale letter after the number.
            let k = run.end;
            if (isSpace(s, k)) k++;
            if ((s[k] === 'k' || s[k] === 'K' || s[k] === 'Ｋ') && !isLetter(s, k + 1)) {
              t.value *= 1000;
              t.end = k + 1;
            }
            out.push(t);
            i = t.end;
            continue;
          }
        }
        if ((ch === '百' || ch === '佰') && isPercentPointWord(s, i)) {
          i++;
          continue;
        }
        if (ch === '半' && (s[i + 1] === '成' || s[i + 1] === '折') && !(i + 2 < s.length && '品功本熟'.includes(s[i + 2] as string))) {
          // 半成 = 5%, 半折 = 50%.
          const t = baseToken(i, i + 2, s[i + 1] === '成' ? 5 : 50, 'cjk');
          t.fixedKind = 'percent';
          out.push(t);
          i += 2;
          continue;
        }
        if (ch === '半' && bare && (cjkMultiplier(s[i + 1]) ?? 0) >= 100 && cjkDigit(s[i - 1]) === undefined) {
          // 半百 = 50 (number model only; in news 半 before a unit is rare and vague).
          const m = cjkMultiplier(s[i + 1]) as number;
          out.push(baseToken(i, i + 2, m / 2, 'cjk'));
          i += 2;
          continue;
        }
        if (ch === '翻') {
          let hit = false;
          for (const [word, v] of ZH_MULTIPLE_WORDS) {
            if (s.startsWith(word, i)) {
              const t = baseToken(i, i + word.length, v, 'cjk');
              t.fixedKind = 'multiple';
              out.push(t);
              i += word.length;
              hit = true;
              break;
            }
          }
          if (hit) continue;
          i++;
          continue;
        }
        if ((ch === '对' || ch === '對') && s[i + 1] === '折' && s[i - 1] === '打') {
          const t = baseToken(i, i + 2, 50, 'cjk');
          t.fixedKind = 'percent';
          out.push(t);
          i += 2;
          continue;
        }
        if (
          (ch === '数' || ch === '數' || ch === '几' || ch === '幾' || ch === '上') &&
          (cjkMultiplier(s[i + 1]) ?? 0) >= (ch === '上' ? 100 : 10)
        ) {
          // 数百亿 → [2e10, 9e10]; 上千 → [1000, 9000]; 几十万 → [2e5, 9e5].
          const run = readNumeralRun(s, i + 1, false);
          if (run?.cjk && !run.arabic && cjkDigit(s[i + 1]) === undefined) {
            const lowF = ch === '上' ? 1 : 2;
            const t = baseToken(i, run.end, run.value * lowF, 'cjk');
            t.high = run.value * 9;
            t.vague = true;
            t.tailScale = run.tailScale;
            t.headValue = (run.value * lowF) / run.tailScale;
            out.push(t);
            i = run.end;
            continue;
          }
        }
        if (cjkDigit(ch) === undefined && cjkMultiplier(ch) === undefined) {
          i++;
          continue;
        }
      }
    }
    const run = readNumeralRun(s, i);
    if (!run) {
      // Skip a whole digit run that did not parse (e.g. 100,000 digits overflow) to stay linear.
      let q = i + 1;
      while (
        q < n &&
        (digitAt(s, q) >= 0 ||
          isDot(s, q) ||
          s.charCodeAt(q) === 44 ||
          s.charCodeAt(q) === 0xff0c ||
          (isSpace(s, q) && digitAt(s, q + 1) >= 0))
      )
        q++;
      i = q;
      continue;
    }
    const t = runToken(s, start, run, bare);
    t.negative = t.negative || negative;
    if (
      bare &&
      run.cjk &&
      !run.vague &&
      s[run.end] === '打' &&
      !(run.end + 1 < s.length && DA_VERB_NEXT.includes(s[run.end + 1] as string)) &&
      run.tailScale < 1e4
    ) {
      // 一打 / 五十打苹果: 打 is a dozen after a numeral (number model only; 打 is mostly a verb).
      t.value = run.value * 12;
      t.headValue = run.value;
      t.tailScale = 12;
      t.end = run.end + 1;
      t.digitString = false;
      out.push(t);
      i = t.end;
      continue;
    }
    if (!run.vague && !run.dotted && !run.fraction) {
      const zf = readZhFraction(s, run.end, run.value, t.negative);
      if (zf) {
        t.value = zf.value;
        t.headValue = zf.value;
        t.tailScale = 1;
        t.negative = zf.negative;
        t.end = zf.end;
        t.fraction = true;
        t.plainInt = false;
        t.digitString = false;
        t.digits = 0;
        out.push(t);
        i = t.end;
        continue;
      }
    }
    // Arabic literal followed by an English / abbreviated scale.
    if (!run.cjk && run.arabic && !run.dotted && !run.fraction) {
      const sc = readAsciiScale(s, run.end, isCurrencySymbolBefore(s, run.start) || moneyRangeUpperEnd(s, run.start), bare);
      if (sc) {
        t.headValue = run.value;
        t.tailScale = sc.scale;
        t.value = run.value * sc.scale;
        t.end = sc.end;
        t.plainInt = false;
      }
    }
    out.push(t);
    i = t.end > i ? t.end : i + 1;
  }
  return out;
}

function runToken(s: string, start: number, run: NonNullable<ReturnType<typeof readNumeralRun>>, _bare: boolean): NumberToken {
  const source: TokenSource = run.cjk && run.arabic ? 'mixed' : run.cjk ? 'cjk' : 'arabic';
  const t = baseToken(start, run.end, run.value, source);
  t.vague = run.vague;
  if (run.high !== undefined) t.high = run.high;
  t.tailScale = run.tailScale;
  t.headValue = run.headValue;
  t.plainInt = run.plainInt;
  t.digits = run.digitString ? run.digitCount : run.plainInt ? run.digitCount : 0;
  t.digitString = run.digitString;
  t.fraction = run.fraction;
  t.dotted = run.dotted;
  t.cjk = run.cjk;
  if (s[start] === '负' || s[start] === '負') t.negative = true;
  return t;
}
