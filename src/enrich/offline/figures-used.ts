/**
 * A sentence that sums or compares figures reads only beside every figure it uses (decision 136): an outlet's total
 * adding a figure its source gave sentences before (`两份合同合计，订单总额已达约200亿元`: 120亿 + 80亿) and a multiple of a
 * base (`约为其去年营收的9倍`) say nothing the reader can check when the addend was cut (a day-one re-tell) or the
 * base never printed. Such a sentence is printed only with them. Pure.
 */
import { extractFigures } from '../../extract/figures/index.js';
import type { Figure } from '../../types/index.js';
import type { SourceSentence } from './sentences.js';

/** A base measure of a multiple, and the words that give its figure (营收 is 收入 is 销售额). */
const BASES: readonly { word: RegExp; figure: RegExp }[] = [
  {
    word: /营收|收入|销售额|营业额|revenue|sales/iu,
    figure: /(?:营收|收入|销售额|营业额)[^，。；\d]{0,10}\d|(?:revenue|sales)\D{0,30}\d/iu,
  },
  { word: /净利润?|利润|盈利|profit|earnings/iu, figure: /(?:净利润?|利润|盈利)[^，。；\d]{0,10}\d|(?:profit|earnings)\D{0,30}\d/iu },
  { word: /估值|valuation/iu, figure: /估值[^，。；\d]{0,10}\d|valu\w*\D{0,30}\d/iu },
  { word: /市值|market (?:value|cap)/iu, figure: /市值[^，。；\d]{0,10}\d|market (?:value|cap)\w*\D{0,30}\d/iu },
  { word: /资本开支|资本支出|capex/iu, figure: /(?:资本开支|资本支出)[^，。；\d]{0,10}\d|capex\D{0,30}\d/iu },
];

/**
 * A multiple of a base measure the sentence does not give (`约为其去年营收的9倍`, `相当于公司收入的4倍`, `nine times its
 * annual revenue`): the clause, its base word in group 1. A multiple of a period (`约为上一年的两倍`) is a change, no base.
 */
const MULTIPLE_ZH =
  /(?:为|是|相当于|达到?|接近|超过|逾)(?:其|公司|该公司|对方)?([^，。；\d倍]{0,10}?(?:营收|收入|销售额|营业额|净利润?|利润|盈利|估值|市值|资本开支|资本支出)[^，。；\d倍]{0,4}?)的(?:约|近|超过?|逾)?(?:[\d.]+|[一二两三四五六七八九十百]+)(?:多)?倍/u;
const MULTIPLE_EN =
  /\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|several)\s+times\s+(?:its|their|the company's|[A-Z][\w-]*'s)\s+((?:[\w-]+\s+){0,2}(?:revenue|sales|profit|earnings|valuation|market (?:value|cap)\w*|capex))/iu;

/** A total the sentence states (合计, 总计, 共计, 累计, 总额, 加上…, combined, in total, bringing … to). */
const SUM = /合计|总计|共计|累计|总额|总和|加上|连同|算上|加起来|combined|in total|altogether|\btotal\b|bringing\b[^.]{0,60}\bto\b/iu;

/** How far before it (sentences of its source) a total may take an addend from. */
const ADDEND_REACH = 6;
/** A total and its addends' sum agree within this share (the outlet's 约200亿元 for 120亿 + 80亿). */
const TOLERANCE = 0.02;
/** At most this many figures of earlier sentences make a total. */
const MOST_ADDENDS = 3;

const money = (text: string): Figure[] =>
  extractFigures(text).filter((f) => f.kind === 'money' && typeof f.value === 'number' && f.value > 0);

const sameAmount = (a: Figure, b: Figure) => a.value === b.value && a.currency === b.currency;

/** The base word of a multiple the sentence names (`营收` of `约为其去年营收的9倍`), else undefined. */
export function multipleBase(text: string): { clause: string; base: string } | undefined {
  const m = MULTIPLE_ZH.exec(text) ?? MULTIPLE_EN.exec(text);
  return m ? { clause: m[0], base: m[1] as string } : undefined;
}

/**
 * Whether a sentence gives a multiple of a base whose figure neither the rest of it nor a printed text gives.
 * @example baseUnprinted('公司预计算力支出约5亿美元，约为收入的4倍。', []) // → true
 * @example baseUnprinted('公司预计算力支出约5亿美元，约为收入的4倍。', ['公司年化收入已突破1.2亿美元。']) // → false
 */
export function baseUnprinted(text: string, printed: readonly string[]): boolean {
  const m = multipleBase(text);
  if (!m) return false;
  const base = BASES.find((b) => b.word.test(m.base));
  if (!base) return false;
  return ![text.replace(m.clause, ''), ...printed].some((t) => base.figure.test(t));
}

/**
 * The figures of the sentences before it (its source's, nearest first) that a total adds to the sentence's own: the
 * fewest (at most three) whose sum with the sentence's other amounts of the total's currency is the total. Empty when the
 * sentence states no total, its own amounts make it, or no such figures are found (a total the outlet reports).
 * @param before the sentences of its source before it, in order
 */
export function addendsBefore(text: string, before: readonly string[]): Figure[] {
  const sum = SUM.exec(text);
  if (!sum) return [];
  const own = money(text);
  // The total: the first amount after the sum word, else the largest.
  const after = own.filter((f) => f.start >= sum.index);
  const total = after[0] ?? [...own].sort((a, b) => (b.value as number) - (a.value as number))[0];
  if (total === undefined) return [];
  const T = total.value as number;
  const close = (x: number) => Math.abs(x - T) <= T * TOLERANCE;
  const parts = own.filter((f) => f !== total && f.currency === total.currency && (f.value as number) < T);
  const ownSum = parts.reduce((n, f) => n + (f.value as number), 0);
  if (parts.length > 0 && close(ownSum)) return [];
  const candidates = before
    .slice(-ADDEND_REACH)
    .reverse()
    .flatMap((s) => money(s))
    .filter((f) => f.currency === total.currency && (f.value as number) < T && !parts.some((p) => sameAmount(p, f)));
  // The fewest earlier figures making the total, the nearest first.
  const pick = (from: number, left: number, need: number): Figure[] | undefined => {
    if (need === 0) return close(ownSum) ? [] : undefined;
    for (let i = from; i < candidates.length; i++) {
      const f = candidates[i] as Figure;
      const v = f.value as number;
      if (need === 1 ? close(ownSum + left + v) : ownSum + left + v < T) {
        const rest = need === 1 ? [] : pick(i + 1, left + v, need - 1);
        if (rest !== undefined) return [f, ...rest];
      }
    }
    return undefined;
  };
  for (let n = 1; n <= MOST_ADDENDS; n++) {
    const found = pick(0, 0, n);
    if (found) return found;
  }
  return [];
}

/**
 * Whether a sentence sums or compares figures one of which the printed texts do not give: a total adding an earlier
 * sentence's figure no printed text states, or a multiple of a base whose figure none gives.
 * @param before the sentences of its source before it; `printed` the story's other printed texts
 */
export function usesUnprinted(text: string, before: readonly string[], printed: readonly string[]): boolean {
  if (baseUnprinted(text, printed)) return true;
  const addends = addendsBefore(text, before);
  if (addends.length === 0) return false;
  const shown = printed.flatMap((t) => money(t));
  return addends.some((a) => !shown.some((f) => sameAmount(f, a)));
}

/** The sentences of a chosen sentence's own item before it (its `before` for `usesUnprinted`). */
const earlierOf = (s: SourceSentence): string[] =>
  s.item.sentences.slice(Math.max(0, s.sentence.index - ADDEND_REACH), s.sentence.index).map((x) => x.text);

/**
 * The chosen sentences without those summing or comparing a figure the printed texts (the chosen ones, `elsewhere`) do
 * not give; the first sentence (the lead's news) always stays.
 * @example withFiguresItUses([contract, total], []) // total adding an unprinted 80亿 → [contract]
 */
export function withFiguresItUses(chosen: readonly SourceSentence[], elsewhere: readonly string[] = []): SourceSentence[] {
  return chosen.filter(
    (s, i) => i === 0 || !usesUnprintedIn(s, [...elsewhere, ...chosen.filter((x) => x !== s).map((x) => x.sentence.text)]),
  );
}

/** Whether a chosen sentence sums or compares a figure the printed texts do not give (`usesUnprinted` on its source). */
export function usesUnprintedIn(s: SourceSentence, printed: readonly string[]): boolean {
  return usesUnprinted(s.sentence.text, earlierOf(s), printed);
}
