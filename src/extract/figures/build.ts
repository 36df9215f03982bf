/** Turns number tokens into figures: attaches left / right context, merges ranges, drops non-figures (years, model names). */
import type { Figure, FigureKind, Qualifier } from '../../types/figure.js';
import { HAN } from '../../util/han.js';
import { cjkDigit, digitAt, isDot, isLetter, isSpace } from './char-classes.js';
import { readCurrencyPrefix, readDirectionPrefix, readQualifierPrefix, skipMarkupLeft } from './context-left.js';
import { readRight, skipMarkup } from './context-right.js';
import { impliedCurrency, impliedCurrencyZh } from './implied-currency.js';
import { ISO_CODES, LETTER_PREFIXES } from './lexicon-currency.js';
import { CJK_AMBIGUOUS_ALONE, CJK_NON_NUMBER_WORDS, EN_UNITS } from './lexicon-numerals.js';
import { trailingUnit } from './numeral-run.js';
import type { NumberToken } from './tokens.js';
import { unitElsewhere } from './unit-elsewhere.js';

export interface Partial {
  tok: NumberToken;
  start: number;
  end: number;
  kind?: FigureKind;
  value: number;
  low?: number;
  high?: number;
  currency?: string;
  unit?: string;
  qualifier: Qualifier;
  direction?: 'up' | 'down';
  /** The span where the number proper starts (after a currency prefix), for range joining. */
  numStart: number;
  /** Range-joining hints. */
  between: boolean;
  /** The currency was guessed from the sentence, not written at the number ('199bn' after 'RMB196bn-'). */
  currencyImplied?: boolean;
  fromWord: boolean;
  /** Where a qualifier phrase written before the number starts (more than / 超过), if any. */
  qualStart?: number;
  drop: boolean;
}

/** True when the token is glued to letters on its left (H100, GPT-4, Qwen2.5, FY2025, Q1) and they are not a currency code. */
function identifierLeft(s: string, t: NumberToken, bare: boolean): boolean {
  let p = t.start;
  if (isLetter(s, p - 1)) {
    let e = p;
    while (e > 0 && p - e < 4 && (isLetter(s, e - 1) || s[e - 1] === '.')) e--;
    const word = s.slice(e, p);
    if (ISO_CODES.has(word) || LETTER_PREFIXES[word] !== undefined) return false;
    // A name glued to an amount in Chinese text ('Meta1150亿至1350亿美元', 'AMD6%'): a Chinese magnitude or a percent
    // sign right after the digits makes them an amount; a model name (H20, A100, GPT4) is not followed by one.
    if (/[万亿兆]/.test(s.slice(t.start, t.end)) || /^\s?[万亿兆%％]/.test(s.slice(t.end, t.end + 2))) return false;
    if (!isLetter(s, e - 1) && /^(US|HK|NT|A|C|S|NZ)$/.test(word)) return false;
    return true;
  }
  // 'US$61.5bn-63bn', '$2m-3m': a hyphen after a scaled amount opens the range's upper end, not a name (GPT-4).
  if (s[p - 1] === '-' && /\d\s?(?:bn|mn|m|k|tn|trn|billion|million|trillion)$/i.test(s.slice(Math.max(0, p - 14), p - 1))) return false;
  if ((s[p - 1] === '-' || s[p - 1] === '.') && isLetter(s, p - 2)) return !bare;
  p = t.start;
  return false;
}

/** True when the Chinese numeral token sits inside a word where it is not a number (一切, 四川, 万一). */
export function inNonNumberWord(s: string, t: NumberToken): boolean {
  // startsWith at each possible start, not indexOf: indexOf would scan the rest of the text (quadratic on long inputs).
  for (const w of CJK_NON_NUMBER_WORDS) {
    for (let idx = Math.max(0, t.start - w.length + 1); idx <= t.start; idx++) if (s.startsWith(w, idx)) return true;
  }
  return false;
}

/** Builds one partial figure from a token (kind may stay undefined for a bare number). */
export function buildPartial(s: string, t: NumberToken, bare: boolean): Partial {
  const pf: Partial = {
    tok: t,
    start: t.start,
    end: t.end,
    value: t.value,
    qualifier: 'exact',
    numStart: t.start,
    between: false,
    fromWord: false,
    drop: false,
  };
  let right: ReturnType<typeof readRight> | undefined;
  if (t.vague && t.high !== undefined) {
    pf.low = t.value;
    pf.high = t.high;
    pf.qualifier = 'vague';
  }
  if (t.fixedKind) {
    pf.kind = t.fixedKind;
  } else if (t.percentFactor !== undefined) {
    pf.kind = 'percent';
    pf.value = t.value * t.percentFactor;
    // 百分之 + 个百分点 never stack; nothing more on the right.
  } else {
    const r = readRight(s, t.end, t.vague && t.source === 'word', t.value);
    right = r;
    if (r.datePart) {
      pf.drop = !bare;
    } else if (r.kind) {
      pf.kind = r.kind;
      pf.end = r.end;
      if (r.currency) {
        pf.currency = r.currency.code;
        const f = r.currency.factor ?? 1;
        pf.value *= f;
        if (pf.low !== undefined) pf.low *= f;
        if (pf.high !== undefined) pf.high *= f;
      }
      if (r.unit) {
        pf.unit = r.unit.unit;
        if (r.unit.factor) pf.value *= r.unit.factor;
        // 2025年 is a date, 5年 a duration.
        if (r.unit.unit === 'year' && (t.digits === 4 || (t.digitString && t.digits >= 2)) && t.value >= 1900 && t.value <= 2100) {
          pf.kind = undefined;
          pf.unit = undefined;
          pf.end = t.end;
          pf.drop = !bare;
        }
      }
      if (r.factor === 10) {
        // 三成 → 30%, 七成六 → 76%
        pf.value = t.value * 10 + (r.extra ?? 0);
      } else if (r.factor === -1) {
        // 75折 → 75%, 9.9折 → 99%, 三八折 → 38%
        if (t.value === 10) pf.drop = true;
        pf.value = t.value < 10 ? t.value * 10 : t.value;
        // `7 2 折` (digits spaced out, as in 七二折) → 72%.
        const a = t.start - 2;
        if (t.digits === 1 && t.plainInt && s[a + 1] === ' ' && digitAt(s, a) >= 0 && digitAt(s, a - 1) < 0 && !isDot(s, a - 1)) {
          pf.value = digitAt(s, a) * 10 + t.value;
          pf.start = a;
          pf.numStart = a;
        }
      }
      if (r.more && pf.low === undefined) {
        pf.low = t.value * (r.currency?.factor ?? 1);
        pf.high = (t.value + trailingUnit(t.value)) * (r.currency?.factor ?? 1);
        pf.qualifier = 'vague';
      }
      if (r.qualifier) pf.qualifier = pf.qualifier === 'vague' ? 'vague' : r.qualifier;
    } else if (r.gluedLetters && bare) {
      pf.drop = true;
    }
  }
  // Left: currency prefix.
  const left = skipMarkupLeft(s, t.start);
  let leftEdge = t.start;
  if (
    !t.fixedKind &&
    t.percentFactor === undefined &&
    (pf.kind === undefined || pf.kind === 'money' || pf.kind === 'count' || pf.kind === 'duration')
  ) {
    const cp = readCurrencyPrefix(s, t.negative ? t.start : left);
    if (cp) {
      if (pf.kind === 'count' || pf.kind === 'duration') {
        // $17.4 billion GPU deal, $300 billion over five years: the currency wins; the noun after is not part of the amount.
        pf.end = t.end;
        pf.qualifier = t.vague ? 'vague' : 'exact';
      }
      // 新台币4013亿元: the prefix names the currency, 元 only says "money".
      if (pf.currency === undefined || pf.kind !== 'money' || (pf.currency === 'CNY' && cp.entry.code !== 'CNY')) {
        pf.kind = 'money';
        pf.currency = cp.entry.code;
        pf.unit = undefined;
        const f = cp.entry.factor;
        if (f !== undefined) {
          // sen 100,000 = 1,000 ringgit
          pf.value *= f;
          if (pf.low !== undefined) pf.low *= f;
          if (pf.high !== undefined) pf.high *= f;
        }
        leftEdge = cp.start;
        pf.start = cp.start;
        // `$100 billion-plus`, `$10 billion or more`: a qualifier after a scale word with no unit is the amount's.
        if (right?.kind === undefined && right?.qualifier && pf.qualifier === 'exact') {
          pf.qualifier = right.qualifier;
          pf.end = right.end;
        }
      } else if (pf.currency === cp.entry.code) {
        leftEdge = cp.start;
        pf.start = cp.start;
      }
    }
  }
  if (pf.kind === undefined && !bare && !t.fixedKind && t.tailScale >= 1e9 && isAsciiLetter(s, t.end - 1)) {
    // `north of a hundred and twenty five billion.` after `four hundred billion dollars`: money, said without the currency.
    const code = impliedCurrency(s, t.start, t.end, t.tailScale);
    if (code !== undefined) {
      pf.kind = 'money';
      pf.currency = code;
      pf.currencyImplied = true;
    }
  }
  if (pf.kind === undefined && !bare && !t.fixedKind && !t.fraction && t.value >= 100) {
    // 月活跃用户已突破1.5亿, bought more than 250,000 of them, downloaded 600 million times: the unit is named elsewhere.
    const chinese = HAN.test(s.slice(Math.max(0, t.start - 2), t.end));
    const u = unitElsewhere(s, t.start, t.end, chinese);
    if (u) {
      pf.kind = u.unit.kind;
      pf.unit = u.unit.unit;
      pf.end = u.end;
    }
  }
  if (pf.kind === undefined && !bare && !t.fixedKind && t.tailScale >= 1e8 && s.charAt(t.end - 1) === '亿') {
    // '亚马逊2000亿领跑' after '…6600亿美元': an amount in 亿 said without its currency, in a money sentence.
    const code = impliedCurrencyZh(s, t.start, t.end);
    if (code !== undefined) {
      pf.kind = 'money';
      pf.currency = code;
    }
  }
  if (pf.kind === 'money' && pf.low === undefined) addMinorUnits(s, pf);
  if (identifierLeft(s, t, bare) && pf.start === t.start) pf.drop = true;
  // Qualifier and direction before.
  const before = skipMarkupLeft(s, leftEdge);
  const q = readQualifierPrefix(s, before);
  let dirFrom = before;
  if (q) {
    if (pf.qualifier !== 'vague') pf.qualifier = q.entry;
    dirFrom = q.start;
    if (q.entry !== 'exact' && (pf.kind !== undefined || bare)) {
      pf.start = Math.min(pf.start, q.start);
      pf.qualStart = q.start;
    }
  }
  const d = readDirectionPrefix(s, dirFrom);
  if (d) pf.direction = d.entry;
  else if (pf.kind === 'percent') {
    // `40 percent fewer errors`, `30% cheaper`: a comparative after the percent says which way.
    const m = COMPARATIVE_AFTER.exec(s.slice(pf.end, pf.end + 12));
    if (m) pf.direction = DOWN_WORDS.has((m[1] as string).toLowerCase()) ? 'down' : 'up';
  }
  if (t.negative) {
    pf.direction = 'down';
    if (pf.kind === undefined || bare) pf.direction = 'down';
  } else if (s[t.start - 1] === '+' && pf.kind === 'percent') {
    pf.direction = 'up';
    pf.start = t.start - 1;
  }
  // between X and Y
  pf.between = /\bbetween\s+$/i.test(s.slice(Math.max(0, pf.start - 9), pf.start));
  pf.fromWord =
    /(?:^|[^a-z])from\s+$/i.test(s.slice(Math.max(0, pf.start - 6), pf.start)) ||
    /从\s*$/.test(s.slice(Math.max(0, pf.start - 2), pf.start));
  if (pf.fromWord) pf.between = true;
  // Ordinals: 第3, 第三.
  if (s[t.start - 1] === '第' && !bare) pf.drop = true;
  return pf;
}

function isAsciiLetter(s: string, i: number): boolean {
  const c = s.charCodeAt(i) | 32;
  return c >= 97 && c <= 122;
}

const COMPARATIVE_AFTER = /^\s{1,2}(fewer|less|lower|smaller|cheaper|slower|more|higher|larger|bigger|faster)\b/i;
const DOWN_WORDS: ReadonlySet<string> = new Set(['fewer', 'less', 'lower', 'smaller', 'cheaper', 'slower']);

const MAJOR_WORD = /(dollars?|bucks?|ringgits?|euros?|pounds?|rupees?|gbp|usd|cad|chf|eur|uah|myr|\$)$/i;
const MINOR_WORD = /^(?:cents?|c|sen|sens|pence|p|kopiykas)$/;
const EN_MINOR = /^(\s*(?:and\s+)?)(\d{1,2}|[a-z]+(?:[\s-]+[a-z]+)?)(\s*(?:cents?|c|sen|sens|pence|p|kopiykas)\b)?/i;
const ZH_MINOR =
  /^(?:([零〇一二两三四五六七八九\d])(?:[角毛毫])(?:([零〇一二三四五六七八九\d])分?)?|零?([一二三四五六七八九\d])分|([一二三四五六七八九\d])(?![\d万亿千百十角毛分]))/;

/** `3 dollars 50 cents` → 3.5, `thirteen dollars and forty-five cents` → 13.45, `50元6角三分` → 50.63, `一块二` → 1.2. */
function addMinorUnits(s: string, pf: Partial): void {
  const head = s.slice(pf.tok.start, pf.end);
  if (pf.tok.tailScale > 1 || !Number.isInteger(pf.tok.value)) return;
  const rest = s.slice(pf.end, pf.end + 40);
  if (/[元块塊圆蚊]$/.test(head)) {
    const m = ZH_MINOR.exec(rest);
    if (!m) return;
    const d = (x: string | undefined): number => (x === undefined ? 0 : /\d/.test(x) ? Number(x) : (cjkDigit(x) ?? 0));
    let add = 0;
    if (m[1] !== undefined) add = d(m[1]) / 10 + d(m[2]) / 100;
    else if (m[3] !== undefined) add = d(m[3]) / 100;
    else add = d(m[4]) / 10;
    if (add <= 0) return;
    pf.value += add;
    pf.end += m[0].length;
    return;
  }
  // A major unit before the cents: `3 dollars 50`, `c $ 100 and fifty`.
  if (!MAJOR_WORD.test(head) && !/[$€£]\s?$/.test(s.slice(Math.max(0, pf.tok.start - 2), pf.tok.start))) return;
  const m = EN_MINOR.exec(rest);
  if (!m) return;
  const words = (m[2] ?? '').toLowerCase();
  let cents: number | undefined;
  if (/^\d{1,2}$/.test(words)) cents = Number(words);
  else {
    const w = words.split(/[\s-]+/);
    // Cent words: tens (twenty … ninety) and ones (one … nineteen) from the shared English number table.
    const tens = (x: string): number | undefined => {
      const v = EN_UNITS[x];
      return v !== undefined && v >= 20 && v % 10 === 0 ? v : undefined;
    };
    const ones = (x: string): number | undefined => {
      const v = EN_UNITS[x];
      return v !== undefined && v >= 1 && v <= 19 ? v : undefined;
    };
    const a = w[0] ?? '';
    const t1 = tens(a);
    const o2 = ones(w[1] ?? '');
    if (t1 !== undefined) cents = t1 + (o2 !== undefined && o2 < 10 ? o2 : 0);
    else if (ones(a) !== undefined && w.length === 1) cents = ones(a);
    if (w.length === 2 && !(t1 !== undefined && o2 !== undefined)) {
      // Two words, the second not a number: `fifty cents`, or `one and one point` where only the first word counts.
      // Anything else (`and two people`) is a count of its own.
      const c1 = t1 ?? ones(a);
      const second = w[1] ?? '';
      if (c1 === undefined || m[3] !== undefined) return;
      if (MINOR_WORD.test(second)) {
        pf.value += c1 / 100;
        pf.end += m[0].length;
      } else if ((second === 'and' || second === 'or') && (m[1] ?? '') !== '') {
        pf.value += c1 / 100;
        pf.end += (m[1] ?? '').length + a.length;
      }
      return;
    }
  }
  if (cents === undefined || cents >= 100) return;
  // a bare number after the amount only counts when it ends the phrase (`$20 43`, `thirteen dollars forty five`)
  const after = s.slice(pf.end + m[0].length, pf.end + m[0].length + 2);
  if (
    m[3] === undefined &&
    /^\s*[a-z0-9]/i.test(after) &&
    !/^\s*(and|of|point)\b/i.test(s.slice(pf.end + m[0].length, pf.end + m[0].length + 8))
  )
    return;
  if (m[3] === undefined && (m[1] ?? '') === '') return;
  pf.value += cents / 100;
  pf.end += m[0].length;
}

const RANGE_SEP = /^\s*(?:-|–|—|~|～|〜|to|至|到|and|through|-to-)\s*$/i;

/** Joins `a` and `b` into a range when they are written as one (`50 to $60 billion`, `40万至60万美元`, `5-8%`). */
function joinRange(s: string, a: Partial, b: Partial): boolean {
  // '$50-60 billion', 'between $300 million and 350 million': the upper end is money in the lower end's currency.
  // '人民币6.1亿至6.5亿': the upper end's Chinese magnitude with no currency of its own is the lower end's money.
  const upper = a.between ? /^\s*(?:-|–|to|and|至|到)\s*$/i : /^\s*(?:-|–|to|至|到)\s*$/;
  if (b.kind === undefined && a.kind === 'money' && b.tok.tailScale > 1 && !b.drop && upper.test(s.slice(a.end, b.start))) {
    b.kind = 'money';
    b.currency = a.currency;
  }
  // 'RMB196bn-199bn': the upper end's guessed currency yields to the one written at the lower end.
  if (b.currencyImplied && a.kind === 'money' && a.currency !== undefined && /^\s*(?:-|–|to)\s*$/.test(s.slice(a.end, b.start)))
    b.currency = a.currency;
  if (b.kind === undefined || a.drop || b.drop) return false;
  if (a.low !== undefined || b.low !== undefined) return false;
  // '6.1亿元~6.5亿元', '610～650百万元': a tilde right after the lower end separates the range; it is not the upper end's
  // 'about'.
  const tildeSep = b.qualStart !== undefined && /^\s*[~～〜]\s*$/.test(s.slice(a.end, b.tok.start));
  const gap = s.slice(a.end, tildeSep ? b.tok.start : b.start);
  if (gap.length > 8 || !RANGE_SEP.test(gap)) return false;
  if (/^\s*and\s*$/i.test(gap) && !a.between) return false;
  if (/^\s*(?:-|–)\s*$/.test(gap) && a.tok.negative) return false;
  // `from about $1 billion to more than $5 billion`: two stated values, not a range.
  if (b.qualStart !== undefined && !tildeSep) return false;
  if (a.fromWord && a.currency !== undefined && b.currency !== undefined && a.tok.tailScale > 1 && b.tok.tailScale > 1) return false;
  if (a.kind !== undefined && a.kind !== b.kind) return false;
  if (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency) return false;
  if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) return false;
  const bt = b.tok;
  // 'the year ending March 2027 to $5 billion': a bare number larger than the upper end's own number (a year) is no
  // lower end of a scaled amount ('20 to $30 billion' is).
  if (a.kind === undefined && a.tok.tailScale === 1 && bt.tailScale > 1 && a.tok.value > bt.headValue) return false;
  let low = a.value;
  if (a.tok.tailScale === 1 && bt.tailScale > 1 && a.tok.value <= bt.headValue * 1.0001 + 1e-9 && a.kind !== 'money') {
    low = a.tok.value * bt.tailScale;
  } else if (a.tok.tailScale === 1 && bt.tailScale > 1 && a.kind === 'money' && a.tok.value <= bt.headValue) {
    low = a.tok.value * bt.tailScale; // $50-60 billion
  }
  if (a.currency === undefined && b.currency !== undefined && a.kind === undefined) {
    // 5.6到5.78元: same factor as b (cents)
    const f = bt.value !== 0 ? b.value / bt.value : 1;
    low *= f;
  }
  const high = b.value;
  if (!(low <= high) || low === high) return false;
  a.kind = b.kind;
  a.currency = a.currency ?? b.currency;
  a.unit = a.unit ?? b.unit;
  a.low = low;
  a.high = high;
  a.end = b.end;
  if (a.qualifier === 'exact' && !tildeSep) a.qualifier = b.qualifier === 'vague' ? 'exact' : b.qualifier;
  a.direction = a.direction ?? b.direction;
  return true;
}

/** Removes binary floating noise: 9.96 × 1e8 → 996000000, not 996000000.0000001. */
function tidy(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(12)) : 0;
}

/** Builds the figures of `s` from its tokens. */
export function buildFigures(s: string, tokens: NumberToken[], bare: boolean): Figure[] {
  const parts: Partial[] = [];
  for (const t of tokens) parts.push(buildPartial(s, t, bare));
  const out: Figure[] = [];
  let lastEnd = 0;
  for (let i = 0; i < parts.length; i++) {
    const a = parts[i] as Partial;
    const b = parts[i + 1];
    if (b && joinRange(s, a, b)) i++;
    if (a.drop) continue;
    if (a.kind === undefined) {
      if (!bare || a.tok.vague) {
        if (!(bare && a.tok.vague)) continue;
      }
      if (a.tok.source === 'cjk' && a.tok.end - a.tok.start <= 2) {
        const txt = s.slice(a.tok.start, a.tok.end);
        if (txt.length === 1 && CJK_AMBIGUOUS_ALONE.includes(txt)) continue;
        if (inNonNumberWord(s, a.tok)) continue;
      }
      a.kind = 'count';
      if (a.currency === undefined && a.start < a.tok.start && a.qualifier === 'exact') a.start = a.tok.start;
    } else if (!bare) {
      // A lone 一 with a measure word (一家, 一名) is grammar, not a figure.
      const txt = s.slice(a.tok.start, a.tok.end);
      if (a.kind === 'count' && (txt === '一' || txt === '壹') && a.unit !== 'GPUs' && a.unit !== 'chips') continue;
      if (a.tok.weakWord && a.kind === 'count' && a.unit === 'people') continue;
      if (a.tok.fraction && a.kind !== 'percent') continue;
      if (a.tok.dotted) continue;
    }
    if (a.start < lastEnd) continue;
    // Trim spaces / markup the span may have picked up at its edges.
    let st = a.start;
    let en = a.end;
    while (st < en && (isSpace(s, st) || s[st] === '*' || s[st] === '_')) st++;
    while (en > st && (isSpace(s, en - 1) || s[en - 1] === '*' || s[en - 1] === '_')) en--;
    const f: Figure = { text: s.slice(st, en), start: st, end: en, kind: a.kind, qualifier: a.qualifier };
    if (a.low !== undefined && a.high !== undefined) {
      f.low = tidy(a.low);
      f.high = tidy(a.high);
    } else {
      f.value = tidy(a.value);
    }
    if (a.currency) f.currency = a.currency;
    if (a.unit && a.kind !== 'money') f.unit = a.unit;
    if (a.direction) f.direction = a.direction;
    if (bare && a.tok.negative && f.kind === 'count') f.direction = 'down';
    out.push(f);
    lastEnd = en;
  }
  return out;
}

export { cjkDigit, skipMarkup };
