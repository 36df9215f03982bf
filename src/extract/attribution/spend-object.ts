/**
 * What an amount a company spends goes to, read from the object of its spending verb: 'spend about $18 billion on Nvidia
 * systems' buys goods from a supplier (a purchase), 'spend $1 billion on computing this year' is spending on compute
 * (no asset of its own), while 'spend $30 billion on data centers' stays capital expenditure. The table is metrics.json
 * spendObjects: an amount of metric `from` (capex) named only by a spending verb, whose object phrase ('on …', 'for …',
 * 'earmarked for …') holds a word of one of `objects`, takes that object's metric. A clause that says capital spending
 * outright ('capital expenditure', 'capex') or names an asset of the company's own (lexicon ownAssets) keeps `from`.
 */
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';

export interface SpendObjects {
  from: string;
  /** Words that say the amount is capital spending whatever it buys. */
  capitalWords: string[];
  /** supplier: only when the figure names the one paid (a counterparty: 'on Nvidia chips'). */
  objects: { metric: string; supplier?: boolean; words: string[] }[];
}

/** After the amount: a bracketed conversion, a participle ('earmarked', 'spent'), a year ('last year'), then the object's preposition. */
const OBJECT_AFTER =
  /^\s*(?:[(（][^)）]{0,40}[)）]\s*)?(?:(?:earmarked|allocated|set aside|budgeted|spent|to be spent|going)\s+)?(?:(?:last|this|next)\s+(?:year|quarter)\s+|in\s+\d{4}\s+)?(?:on|for|towards?|to buy|to purchase)\s+([^,;:()（）]{1,80})/i;
/** Where an object phrase ends: a period or rate phrase, a relative clause, another statement. */
const OBJECT_END =
  /\s(?:in|through|over|by|during|this|next|last|per|a year|each|until|starting|from|which|that|while|as|after|according)\b/i;
/**
 * Before a Chinese amount: the spending told as '在<object>上的支出' ('其在英伟达服务器上的支出将达到约120亿美元', '在云服务上的
 * 花费约为8亿美元'), the object between 在 and 上, the amount right after the noun and a linking verb.
 */
const OBJECT_BEFORE_ZH =
  /在([^，。；,;：:（）()在上]{1,30})上的?(?:支出|开支|花费|花销|投入)(?:将|预计将?|或将|有望)?(?:达到|达|约为|约达|为|超过|逾|约)?\s*$/u;

const wordTests = new WeakMap<readonly string[], RegExp>();
function anyWord(words: readonly string[], t: string): boolean {
  let re = wordTests.get(words);
  if (!re) {
    const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // English words whole; Chinese ones as substrings ('英伟达Blackwell服务器').
    const en = words.filter((w) => /^[\x20-\x7e]+$/.test(w)).map(esc);
    const zh = words.filter((w) => !/^[\x20-\x7e]+$/.test(w)).map(esc);
    const parts = [...(en.length ? [`(?<![A-Za-z0-9])(?:${en.join('|')})(?![A-Za-z0-9])`] : []), ...(zh.length ? [zh.join('|')] : [])];
    re = new RegExp(parts.join('|') || '(?!)', 'i');
    wordTests.set(words, re);
  }
  return re.test(t);
}

/** The object phrase of the spending `fig` stands for ('Nvidia chips and networking gear'), undefined when none. */
export function spendObject(text: string, fig: Figure, clause: Span): string | undefined {
  return spendObjectSpan(text, fig, clause)?.phrase;
}

/** The object phrase and where it stands (`start`, `end` in `text`), read after the amount or, in Chinese, before it. */
export function spendObjectSpan(text: string, fig: Figure, clause: Span): { phrase: string; start: number; end: number } | undefined {
  const m = OBJECT_AFTER.exec(text.slice(fig.end, clause.end));
  if (m) {
    const phrase = m[1]!;
    const end = OBJECT_END.exec(phrase);
    const cut = (end ? phrase.slice(0, end.index) : phrase).trim();
    if (!cut) return undefined;
    const start = fig.end + m.index + m[0].length - phrase.length + (phrase.length - phrase.trimStart().length);
    return { phrase: cut, start, end: start + cut.length };
  }
  const before = text.slice(clause.start, fig.start);
  const zh = OBJECT_BEFORE_ZH.exec(before);
  if (!zh) return undefined;
  const phrase = zh[1]!.trim();
  if (!phrase) return undefined;
  const start = clause.start + zh.index + zh[0].indexOf(zh[1]!);
  return { phrase, start, end: start + zh[1]!.length };
}

/**
 * The metric `fig` (metric `table.from`) takes from what it is spent on, undefined when it stays: `assetRe` matches the
 * company's own assets (global, as compiled with the lexicon). `orgs` (optional): where organisations are named; one
 * inside the object phrase ('在英伟达服务器上的支出') names the supplier as a counterparty does.
 */
export function spendObjectMetric(
  text: string,
  fig: Figure,
  clause: Span,
  table: SpendObjects,
  assetRe: RegExp | undefined,
  orgs: readonly { start: number; end: number }[] = [],
): string | undefined {
  if (fig.kind !== 'money' || fig.metric !== table.from) return undefined;
  if (anyWord(table.capitalWords, text.slice(clause.start, clause.end))) return undefined;
  const object = spendObjectSpan(text, fig, clause);
  if (!object) return undefined;
  if (assetRe) {
    assetRe.lastIndex = 0;
    if (assetRe.test(object.phrase)) return undefined;
  }
  const supplier = !!fig.counterparty || orgs.some((m) => m.start >= object.start && m.end <= object.end);
  return table.objects.find((o) => (!o.supplier || supplier) && anyWord(o.words, object.phrase))?.metric;
}
