/** What follows a number: currency, percent, multiple, unit, trailing qualifier (`以上`, `左右`, `+`). */
import type { FigureKind, Qualifier } from '../../types/figure.js';
import { cjkDigit, digitAt, isLetter, isSpace } from './char-classes.js';
import { CURRENCY_SYMBOLS, type CurrencyEntry, EN_CURRENCY_WORDS, ISO_CODES, ZH_CURRENCY_SUFFIXES } from './lexicon-currency.js';
import { EN_UNIT_WORDS, QUALIFIER_SUFFIXES, type UnitEntry, ZH_UNIT_SUFFIXES } from './lexicon-units.js';
import { indexPhrases, matchAt, matchWords, wordsFrom } from './suffix-match.js';

const ZH_CURRENCY_IDX = indexPhrases(ZH_CURRENCY_SUFFIXES);
const ZH_UNIT_IDX = indexPhrases(ZH_UNIT_SUFFIXES);
const SUFFIX_QUAL_IDX = indexPhrases(QUALIFIER_SUFFIXES);

/** Characters after 成 / 折 that make a word (成立, 成本, 折扣), not a percent. */
const BAD_AFTER_CHENG = '立为為本功长長果员員交都熟型就绩績品';
const BAD_AFTER_ZHE = '扣旧舊合算叠射腾騰中线線返';
/** After 七成 + digit, characters that make the digit a word or a count of its own (七成一线城市, 三成两家), not 七成六. */
const CHENG_DIGIT_BLOCK = '个個家名位只台款项項条條年月天日次种種批线線些直般样樣定起切致部成倍万萬亿億千百十';

/** Words that may stand between a number and its unit noun: `2 million new users`, `100,000 Nvidia H100 GPUs`. */
const STOP = new Set([
  'of',
  'the',
  'a',
  'an',
  'in',
  'to',
  'for',
  'and',
  'or',
  'its',
  'their',
  'his',
  'her',
  'our',
  'by',
  'at',
  'on',
  'from',
  'with',
  'as',
  'than',
  'that',
  'this',
  'is',
  'are',
  'was',
  'were',
  'be',
  'per',
  'each',
  'more',
  'less',
  'times',
  'over',
]);

export interface RightContext {
  /** End of what the suffix covers (exclusive). */
  end: number;
  kind?: FigureKind;
  currency?: CurrencyEntry;
  unit?: UnitEntry;
  /** percent factor (成 → 10, 千分之 handled on the left) */
  factor?: number;
  /** Added to the scaled value: the 六 of 七成六 (76%). */
  extra?: number;
  qualifier?: Qualifier;
  /** Trailing 多 / 余 read before the unit: the amount is vague [value, value + step). */
  more?: boolean;
  /** A date part (2025年, 3月, 5日) or a non-unit glued word (4th, 3D): not a figure unless bare. */
  datePart?: boolean;
  gluedLetters?: boolean;
}

/** Skips spaces and inline markup (`**`, `__`, `</b>`, `</strong>`) after `i`; at most a few characters. */
export function skipMarkup(s: string, i: number): number {
  let p = i;
  for (let k = 0; k < 4; k++) {
    const q = p;
    while (p < q + 2 && isSpace(s, p)) p++;
    const c = s[p];
    if (c === '*' || c === '_') {
      while (p < q + 6 && (s[p] === '*' || s[p] === '_')) p++;
    } else if (c === '<') {
      const m = /^<\/?(b|strong|em|i|mark|span)>/.exec(s.slice(p, p + 10));
      if (m) p += m[0].length;
    }
    if (p === q) break;
  }
  return p;
}

const COMPARATIVE = /^(more|larger|bigger|higher|greater|faster|as|the|that|over|what|its|their|cheaper|better|smaller|lower|slower)\b/i;

function symbolAt(s: string, i: number): { entry: CurrencyEntry; end: number } | null {
  const two = s.slice(i, i + 2);
  const e2 = two.length === 2 ? CURRENCY_SYMBOLS[two] : undefined;
  if (e2) return { entry: e2, end: i + 2 };
  const e1 = CURRENCY_SYMBOLS[s[i] as string];
  if (e1) return { entry: e1, end: i + 1 };
  return null;
}

/** Currency words that after a hyphen are more often a weight or a verb (`a two-pound bag`). */
const HYPHEN_AMBIGUOUS: ReadonlySet<string> = new Set(['pound', 'pounds', 'won', 'marks', 'sen', 'sens', 'rs.']);

/** Reads the right context of a number ending at `end`. */
export function readRight(s: string, end: number, allowOf = false, value = 0): RightContext {
  let p = skipMarkup(s, end);
  if (allowOf && /^of\s/i.test(s.slice(p, p + 3))) p = skipMarkup(s, p + 3);
  const ctx: RightContext = { end };
  const c = s[p] ?? '';
  const code = s.charCodeAt(p);
  // Percent signs.
  if (c === '%' || c === '％' || c === '٪') {
    ctx.kind = 'percent';
    ctx.end = p + 1;
    return withQualifier(s, ctx);
  }
  // 成 / 折: 三成 = 30%, 75折 = 75%.
  if (c === '成' || c === '折') {
    const nx = s[p + 1] ?? '';
    if (nx === '' || !(c === '成' ? BAD_AFTER_CHENG : BAD_AFTER_ZHE).includes(nx)) {
      ctx.kind = 'percent';
      ctx.factor = c === '成' ? 10 : -1;
      ctx.end = p + 1;
      if (c === '成') {
        // 七成六 = 76%, 三成半 = 35%: one more digit (or 半) for the next ten-percent place.
        let q = p + 1;
        if (isSpace(s, q)) q++;
        const ch = s[q] ?? '';
        const d = ch === '半' ? 5 : cjkDigit(ch);
        const after = s[q + 1] ?? '';
        if (d !== undefined && d > 0 && !(after !== '' && CHENG_DIGIT_BLOCK.includes(after))) {
          ctx.extra = d;
          ctx.end = q + 1;
        }
      }
      return ctx;
    }
  }
  // Trailing 多 / 余 before a unit or currency (300多名员工, 3000余万元 is handled inside the numeral).
  let q = p;
  if ((c === '多' || c === '余' || c === '餘') && s[p + 1] !== '倍') {
    q = p + 1;
    ctx.more = true;
  }
  // Multiples: 3.7倍, 3.7×, 3.7x, tenfold handled as words.
  const cq = s[q] ?? '';
  if (cq === '倍') {
    ctx.kind = 'multiple';
    ctx.end = q + 1;
    return ctx;
  }
  if (!ctx.more) {
    if (c === '×' || c === '✕') {
      ctx.kind = 'multiple';
      ctx.end = p + 1;
      return ctx;
    }
    if ((c === 'x' || c === 'X') && !isLetter(s, p + 1) && digitAt(s, p + 1) < 0 && p === end) {
      ctx.kind = 'multiple';
      ctx.end = p + 1;
      return ctx;
    }
    if (c === '-' && /^-?fold\b/i.test(s.slice(p + 1, p + 6))) {
      ctx.kind = 'multiple';
      ctx.end = p + 5;
      return ctx;
    }
  }
  // Chinese currency words (longest match): 美元, 亿元人民币 (亿 is inside the numeral), 港元.
  const zc = matchAt(s, q, ZH_CURRENCY_IDX);
  if (zc) {
    // 块 followed by a chip noun is a count of cards, not yuan.
    const kuai = zc.phrase === '块' || zc.phrase === '塊';
    if (!(kuai && (value >= 1e4 || /^(GPU|显卡|芯片|卡|英伟达|昇腾|[A-Z]{1,3}\d|屏|硬盘|电池)/.test(s.slice(zc.end, zc.end + 4))))) {
      ctx.kind = 'money';
      ctx.currency = zc.entry;
      ctx.end = zc.end;
      return withQualifier(s, ctx);
    }
  }
  // 个 百 分 点 written with spaces between its characters (tokenised text).
  const pp = matchSpacedPercentPoint(s, q);
  if (pp > 0) {
    ctx.kind = 'percent';
    ctx.unit = { kind: 'percent', unit: 'pp' };
    ctx.end = pp;
    return withQualifier(s, ctx);
  }
  // Chinese units (longest match), with a chip model between the measure word and the noun: 1万张H100, 5000块H20芯片.
  const zu = matchAt(s, q, ZH_UNIT_IDX);
  if (zu) {
    let e = zu.end;
    let unit = zu.entry;
    if ('块张颗枚台'.includes(zu.phrase) || zu.phrase === '卡') {
      const m = /^(?:英伟达|英偉達|Nvidia |NVIDIA )?[A-Z]{1,3}\d{2,4}[A-Za-z]?(?:芯片|GPU|显卡|加速卡)?/.exec(s.slice(e, e + 16));
      if (m) {
        e += m[0].length;
        unit = { kind: 'count', unit: /芯片/.test(m[0]) ? 'chips' : 'GPUs' };
      }
    }
    ctx.kind = unit.kind;
    ctx.unit = unit;
    ctx.end = e;
    return withQualifier(s, ctx);
  }
  // Chinese date parts right after the digits (年 is decided by the caller: 5年 is a duration, 2025年 a date).
  if (!ctx.more && (c === '月' || c === '日' || c === '号' || c === '號' || c === '时' || c === '時' || c === '秒')) {
    ctx.datePart = true;
    return ctx;
  }
  if (ctx.more) {
    // 3000多 with nothing after: the caller decides (bare number or nothing).
    ctx.more = false;
    q = p;
  }
  // Currency symbols after the number: 10$, 20€, 100 ₡, 10¢.
  const sym = symbolAt(s, p);
  if (sym && (p === end || s.charCodeAt(end) === 32)) {
    ctx.kind = 'money';
    ctx.currency = sym.entry;
    ctx.end = sym.end;
    return withQualifier(s, ctx);
  }
  // ISO codes after: 3 GBP, 42KWD.
  if (code >= 65 && code <= 90) {
    const iso = s.slice(p, p + 3);
    if (ISO_CODES.has(iso) && !isLetter(s, p + 3)) {
      ctx.kind = 'money';
      ctx.currency = { code: iso === 'RMB' ? 'CNY' : iso };
      ctx.end = p + 3;
      return withQualifier(s, ctx);
    }
  }
  // A currency word joined by a hyphen: `a 12-cent dividend`, `its one-yen bid` (not `two-pound bag`: a weight).
  if (code === 45 && p === end && isLetter(s, p + 1)) {
    const cur = matchWords(s, p + 1, EN_CURRENCY_WORDS);
    if (cur && cur.phrase.length >= 3 && !HYPHEN_AMBIGUOUS.has(cur.phrase)) {
      ctx.kind = 'money';
      ctx.currency = cur.entry;
      ctx.end = cur.end;
      return ctx;
    }
  }
  if (isLetter(s, p)) {
    // English percent words.
    const lw = s.slice(p, p + 11).toLowerCase();
    if (
      /^(percent|per cent|percents|pct)\b/.test(lw) ||
      (/^percentage\b/.test(lw) && !/^percentage points?\b/.test(s.slice(p, p + 20).toLowerCase()))
    ) {
      const m = /^(percents|percentage|percent|per cent|pct)/.exec(lw) as RegExpExecArray;
      ctx.kind = 'percent';
      ctx.end = p + m[0].length;
      return withQualifier(s, ctx);
    }
    if (/^fold\b/.test(lw)) {
      ctx.kind = 'multiple';
      ctx.end = p + 4;
      return ctx;
    }
    if (/^times\b/.test(lw) && COMPARATIVE.test(s.slice(p + 6, p + 16))) {
      ctx.kind = 'multiple';
      ctx.end = p + 5;
      return ctx;
    }
    const cur = matchWords(s, p, EN_CURRENCY_WORDS);
    // `c` (cents) and `p` (pence) only glued to the number or standing alone: 10c, 50p, `10 c`.
    const shortOk =
      !cur ||
      (cur.phrase !== 'c' && cur.phrase !== 'p') ||
      (s[p] === cur.phrase && (p === end || (cur.phrase === 'c' && !isLetter(s, cur.end + 1))));
    if (cur && shortOk) {
      ctx.kind = 'money';
      ctx.currency = cur.entry;
      ctx.end = cur.end;
      return withQualifier(s, ctx);
    }
    // Units, with up to two modifier words in between (2 million new users, 100,000 Nvidia H100 GPUs).
    const ws = wordsFrom(s, p, 3);
    for (let k = 0; k < ws.length && k < 3; k++) {
      const start = k === 0 ? p : skipSpacesTo(s, (ws[k - 1] as { end: number }).end);
      const u = matchWords(s, start, EN_UNIT_WORDS);
      // A time unit must follow the number directly: `300 billion last year` is money and a period, not a duration.
      if (u && (k === 0 || u.entry.kind !== 'duration')) {
        ctx.kind = u.entry.kind;
        ctx.unit = u.entry;
        ctx.end = u.end;
        return withQualifier(s, ctx);
      }
      if (STOP.has((ws[k] as { w: string }).w)) break;
    }
    if (p === end) ctx.gluedLetters = true;
  }
  return withQualifier(s, ctx);
}

/** End of `个百分点` / `百分点` (simplified or traditional) at `i` with spaces between the characters, or -1. */
function matchSpacedPercentPoint(s: string, i: number): number {
  let p = i;
  if (s[p] === '个' || s[p] === '個') {
    p++;
    while (p < i + 4 && isSpace(s, p)) p++;
  }
  for (const want of ['百', '分', '点']) {
    const ch = s[p];
    if (!(ch === want || (want === '点' && ch === '點'))) return -1;
    p++;
    if (want !== '点') {
      const q = p;
      while (p < q + 3 && isSpace(s, p)) p++;
    }
  }
  return p;
}

function skipSpacesTo(s: string, i: number): number {
  let p = i;
  while (p < i + 2 && (isSpace(s, p) || s.charCodeAt(p) === 45)) p++;
  return p;
}

/** Adds a trailing qualifier (以上 / 左右 / 以下 / + / or more) after what was matched. */
function withQualifier(s: string, ctx: RightContext): RightContext {
  const m = matchAt(s, ctx.end, SUFFIX_QUAL_IDX);
  if (m && !(m.phrase === '余' && ctx.kind !== undefined)) {
    if (m.phrase === '+' && (digitAt(s, m.end) >= 0 || isLetter(s, m.end))) return ctx;
    ctx.qualifier = m.entry;
    ctx.end = m.end;
  }
  return ctx;
}
