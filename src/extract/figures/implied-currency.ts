/**
 * Spoken amounts without a currency word: `Amazon alone is north of a hundred and twenty five billion.` right after
 * `four hundred billion dollars`, or `they raised fifty to sixty billion in debt`. English only, billions and up.
 */

/** Words that may follow such an amount: the end of a clause, a period, a preposition — never a noun (`users`). */
const FREE_AFTER =
  /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:in|this|last|next|a|per|each|every|if|over|for|from|to|and|or|of|on|by|at|with|since|through|until|annually|apiece|alone|already|so|but|when|which|that|between|just|now|then|total|combined)\b)/i;

/** A currency stated in words or symbols, the last one in a window decides. */
const CURRENCY_EVIDENCE =
  /(?:US\$|\$\s?\d|\bdollars?\b)|(€|\beuros?\b)|(£|\bpounds? sterling\b)|(\byuan\b|\brenminbi\b|\bRMB\b)|(\byen\b)/gi;
const CODES = ['USD', 'EUR', 'GBP', 'CNY', 'JPY'] as const;

/** Money verbs and nouns in the same sentence make a bare billion an amount of money (in dollars, for English text). */
const MONEY_WORDS =
  /\b(?:raised?|raising|spen[dt]|spending|invest(?:s|ed|ing|ment)?|capex|capital|paid|pay(?:s|ing)?|revenues?|sales|valuation|valued|worth|debt|funding|budget|borrow(?:ed|ing)?|commitments?)\b/i;

/** Start of the `sentences`-th sentence before the one holding `i` (0: its own; at most 400 characters back). */
function windowStart(s: string, i: number, sentences: number): number {
  let seen = 0;
  const floor = Math.max(0, i - 400);
  for (let p = i - 1; p > floor; p--) {
    const c = s[p];
    const terminal = c === '.' || c === '!' || c === '?' || c === '。' || c === '！' || c === '？';
    // a decimal point or an abbreviation (`U.S.`) is not the end of a sentence
    if (terminal && !(c === '.' && /[0-9A-Z]/.test(s[p + 1] ?? ''))) {
      seen++;
      if (seen > sentences) return p + 1;
    }
  }
  return floor;
}

/** End of the sentence holding `i` (at most 200 characters on). */
function sentenceEnd(s: string, i: number): number {
  const m = /[.!?。！？](?![0-9])/.exec(s.slice(i, i + 200));
  return m ? i + m.index : Math.min(s.length, i + 200);
}

/**
 * The currency of an amount written with a scale and no currency (`a hundred and twenty five billion`), or undefined.
 * Evidence: a currency in the same or one of the two previous sentences (its own), else a money word in the same sentence (USD).
 * `start`/`end` span the number; `scale` is its last scale word's value (1e9 for billion).
 */
export function impliedCurrency(s: string, start: number, end: number, scale: number): string | undefined {
  if (scale < 1e9 || !FREE_AFTER.test(s.slice(end, end + 16))) return undefined;
  const from = windowStart(s, start, 2);
  let code: string | undefined;
  CURRENCY_EVIDENCE.lastIndex = 0;
  const before = s.slice(from, start);
  for (let m = CURRENCY_EVIDENCE.exec(before); m !== null; m = CURRENCY_EVIDENCE.exec(before)) {
    const k = m.slice(1).findIndex((g) => g !== undefined);
    code = k < 0 ? 'USD' : CODES[k + 1];
  }
  if (code) return code;
  const sentence = s.slice(windowStart(s, start, 0), sentenceEnd(s, end));
  return MONEY_WORDS.test(sentence) ? 'USD' : undefined;
}

/**
 * Chinese currency words right after an amount in 亿 / 万亿 / 兆 ('6600亿美元'): the unit the writer then leaves out
 * ('亚马逊2000亿领跑'). The last one before the amount in its window decides; a small amount ('15元') is no evidence.
 */
const ZH_CURRENCY_EVIDENCE = /[亿兆]\s*(?:(美元|美金)|(欧元)|(英镑)|(港元|港币)|(新台币|新台幣)|(日元)|(人民币|元))/g;
const ZH_CODES = ['USD', 'EUR', 'GBP', 'HKD', 'TWD', 'JPY', 'CNY'] as const;

/**
 * What may follow an amount in 亿 said without its currency: punctuation, the end, or a verb or pronoun that cannot be
 * a counted noun ('2000亿领跑', '2000亿这个数', '2000亿，'); never a unit or noun ('2000亿次', '1.5亿用户', '3亿颗').
 */
const ZH_FREE_AFTER =
  /^(?:\s*(?:[，。；：、！？”」）,.;:!?)]|$)|这|那|的(?:投入|开支|规模|指引|预算|资本)|一骑|领跑|领先|居首|位居|排名|左右|上下|以上|以内|之多|出头)/;

/**
 * The currency of an amount in 亿 written with no currency (`亚马逊2000亿领跑`), or undefined: the last currency word of
 * its sentence before it, else of the previous sentence, written after another amount in 亿.
 */
export function impliedCurrencyZh(s: string, start: number, end: number): string | undefined {
  if (!ZH_FREE_AFTER.test(s.slice(end, end + 6))) return undefined;
  const before = s.slice(windowStart(s, start, 1), start);
  let code: string | undefined;
  ZH_CURRENCY_EVIDENCE.lastIndex = 0;
  for (let m = ZH_CURRENCY_EVIDENCE.exec(before); m !== null; m = ZH_CURRENCY_EVIDENCE.exec(before)) {
    const k = m.slice(1).findIndex((g) => g !== undefined);
    code = ZH_CODES[k];
  }
  return code;
}
