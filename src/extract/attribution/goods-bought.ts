/**
 * An amount that buys goods is a purchase (decision 126): 'bought roughly $9 billion of Kestrel hardware', 'agreed to buy
 * about $4bn of accelerators', 'will pay Corvid $3 billion for 40,000 accelerators', 'agreed to supply Brightline with
 * $1.5 billion of servers', '向…供应价值约8万亿韩元的存储芯片'. Named only by a buying, paying or supplying verb, the amount
 * otherwise reads as an acquisition ('bought'), the payer's 支出 ('pay') or nothing at all ('supply', 'ordered'); the
 * ranking and the templates then never see the deal. What the amount buys is read from its object phrase (`of …`, `for …`,
 * `worth of …`, `…的<goods>`): goods words only, so 'bought Tamsin Robotics for $1.2 billion' stays an acquisition. The verbs
 * and goods are data (data/metrics.json `goodsBought`).
 */
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';

export interface GoodsBought {
  /** The metric of a purchase of goods (contract, alias purchase). */
  to: string;
  /** Metrics a verb alone may have given the amount, which goods override ('' for none). */
  from: string[];
  /** Verbs before the amount in its clause that move goods for money (bought, ordered, supply, 供应, 供货). */
  verbs: string[];
  /** Goods (chips, servers, 芯片, 服务器). */
  goods: string[];
  /**
   * Metrics of a budget whose part is set aside to buy goods ('capex'): '其中约850亿元将用于采购AI芯片', 'with about 85
   * billion yuan earmarked for AI chips' — the part is a purchase when an earmark phrase follows the amount.
   */
  earmarkedFrom?: string[];
}

/** Right after an amount: it is set aside to buy what follows ('将用于采购', 'earmarked for', 'set aside to buy'). */
const EARMARK =
  /^\s*(?:[(（][^)）]{0,40}[)）]\s*)?(?:(?:将|拟|计划|主要)?(?:用于|用来|投向)(采购|购买|购置|购入)?\s*|(?:is\s+|are\s+|was\s+|will be\s+)?(?:earmarked|set aside|allocated|budgeted|reserved)\s+(?:for|(to buy|to purchase))\s+)([^，。；,;：:（）()]{1,40})/iu;

/** After an English amount: a bracketed conversion, 'worth', then 'of' / 'for' and the object phrase. */
const OBJECT_EN = /^\s*(?:[(（][^)）]{0,40}[)）]\s*)?(?:worth\s+)?(?:of|for)\s+((?:[^,;:()（）.]|(?<=\d)[,.](?=\d)){1,60})/i;
/** Where an English object phrase ends: a period, a source, a relative clause, another statement. */
const OBJECT_END_EN =
  /\s(?:over|by|during|this|next|last|per|each|until|starting|from|which|that|while|as|after|according|under|and\s+(?:a|an|the)\b)\b/i;
/** After a Chinese amount: 的 and the goods, within a few characters ('约10万亿韩元的HBM4', '30亿美元的服务器'). */
const OBJECT_ZH = /^\s*(?:的)([^，。；,;：:（）()]{1,16})/u;
/** The verb's reach before the amount, in characters of its clause. */
const VERB_REACH = 60;

function escapeRe(w: string): string {
  return w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const compiled = new Map<string, WeakMap<readonly string[], RegExp>>();
/**
 * Whole English words, Chinese words as substrings; `flags` '' matches English goods as written (lower-case nouns and
 * acronyms), so a capitalised name ('Meridian Systems') is never read as goods.
 */
function wordsRe(words: readonly string[], flags: string): RegExp {
  let byWords = compiled.get(flags);
  if (!byWords) compiled.set(flags, (byWords = new WeakMap()));
  let re = byWords.get(words);
  if (!re) {
    const en = words.filter((w) => /^[\x20-\x7e]+$/.test(w)).map(escapeRe);
    const zh = words.filter((w) => !/^[\x20-\x7e]+$/.test(w)).map(escapeRe);
    const parts = [...(en.length ? [`(?<![A-Za-z0-9])(?:${en.join('|')})(?![A-Za-z0-9])`] : []), ...(zh.length ? [zh.join('|')] : [])];
    re = new RegExp(parts.join('|') || '(?!)', flags);
    byWords.set(words, re);
  }
  return re;
}

/** The object phrase of the amount `fig` ('Kestrel hardware', 'HBM4'), undefined when none follows it. */
export function boughtObject(text: string, fig: Figure, clause: Span): string | undefined {
  const after = text.slice(fig.end, clause.end);
  const zh = OBJECT_ZH.exec(after);
  if (zh) return zh[1]!.trim() || undefined;
  const en = OBJECT_EN.exec(after);
  if (!en) return undefined;
  const phrase = en[1]!;
  const end = OBJECT_END_EN.exec(phrase);
  return (end ? phrase.slice(0, end.index) : phrase).trim() || undefined;
}

/**
 * The purchase metric when `fig` (given `metric` by its keyword, or none) buys goods: a buying / paying / supplying verb
 * stands before it in its clause and its object phrase names goods; undefined otherwise. `mode` 'earmark': `fig` is a part
 * of a budget (metric in `earmarkedFrom`) set aside for goods right after its amount (read once its period is chosen, so
 * the part keeps its budget's period); `assetRe` (ownAssets, global): goods forming the company's own assets with no buying
 * verb ('用于AI硬件基础设施') keep the budget's metric.
 * @example goodsBoughtMetric('X bought $9 billion of Kestrel hardware.', clause, fig, 'acquisition', table) // → 'contract'
 */
export function goodsBoughtMetric(
  text: string,
  clause: Span,
  fig: Figure,
  metric: string | undefined,
  table: GoodsBought,
  mode: 'verb' | 'earmark' = 'verb',
  assetRe?: RegExp,
): string | undefined {
  if (fig.kind !== 'money') return undefined;
  if (mode === 'earmark') {
    if (!metric || !table.earmarkedFrom?.includes(metric)) return undefined;
    const part = EARMARK.exec(text.slice(fig.end, clause.end));
    if (!part || !wordsRe(table.goods, '').test(part[3]!)) return undefined;
    // '投入超过3800亿元用于云和AI硬件基础设施': goods that make up an asset of the company's own (ownAssets) with no buying
    // verb are built, not bought: the amount stays the budget's.
    if (!part[1] && !part[2] && !/采购|购买|购置|购入|\b(?:buy|purchase)/i.test(part[3]!) && assetRe) {
      assetRe.lastIndex = 0;
      if (assetRe.test(part[3]!)) return undefined;
    }
    return table.to;
  }
  if (!table.from.includes(metric ?? '')) return undefined;
  const before = text.slice(Math.max(clause.start, fig.start - VERB_REACH), fig.start);
  if (!wordsRe(table.verbs, 'i').test(before)) return undefined;
  const object = boughtObject(text, fig, clause);
  if (!object || !wordsRe(table.goods, '').test(object)) return undefined;
  return table.to;
}

/** A verb by which the one named before it sells to the one named after it (the buyer pays). */
const SELLS_EN = /\b(?:supply|supplies|supplied|supplying|sell|sells|sold|selling|deliver|delivers|delivered|delivering)\b/gi;
/** What may stand between the verb and the buyer: nothing ('supply Brightline with'), or goods then 'to' ('sell chips to'). */
const BUYER_AFTER_EN = /^\s+(?:(?:[a-z][\w-]*\s+){0,3}to\s+)?(?:the\s+)?$/;
/** '向Y供应', '为Y供货', '给Y交付': the buyer between its marker and the verb. */
const SELLS_ZH = /(?:供应|供货|出售|交付|销售)/gu;
const BUYER_MARK_ZH = /(?:向|为|給|给)\s*$/u;

/**
 * The buyer of a supply deal told with the seller as the grammatical subject ('Corvid agreed to supply Brightline with $1.5
 * billion of servers', 'Corvid signed a $2 billion deal to sell chips to Brightline', '科维德将向海森供应价值…的存储芯片'):
 * the organisation right after the selling verb (or after its goods and 'to'), or after 向 / 为 / 给 right before it;
 * the seller is an organisation named before the verb. The buyer pays: the amount is its purchase.
 */
export function supplyBuyer(
  text: string,
  clause: Span,
  mentions: readonly { name: string; type: string; start: number; end: number }[],
): { buyer: string; seller: string } | undefined {
  const orgs = mentions.filter((m) => m.type === 'org' && m.start >= clause.start && m.end <= clause.end);
  if (orgs.length < 2) return undefined;
  const body = text.slice(clause.start, clause.end);
  for (const re of [SELLS_EN, SELLS_ZH]) {
    re.lastIndex = 0;
    for (let v = re.exec(body); v; v = re.exec(body)) {
      const at = clause.start + v.index;
      const end = at + v[0].length;
      if (re === SELLS_EN) {
        const seller = orgs.filter((m) => m.end <= at).pop();
        const buyer = orgs.find((m) => m.start >= end && m.start - end <= 40 && BUYER_AFTER_EN.test(text.slice(end, m.start)));
        if (seller && buyer && buyer.name !== seller.name) return { buyer: buyer.name, seller: seller.name };
        continue;
      }
      const before = orgs.filter((m) => m.end <= at);
      const buyer = before.pop();
      const seller = before.pop();
      if (!buyer || !seller || buyer.name === seller.name) continue;
      if (BUYER_MARK_ZH.test(text.slice(seller.end, buyer.start)) && !/[，,。；;]/.test(text.slice(buyer.end, at)))
        return { buyer: buyer.name, seller: seller.name };
    }
  }
  return undefined;
}
