/**
 * Whether a claim's own source sentence supports printing it as `X的M为N` (issue 11, compose15). The knowledge layer
 * files every figure under some owner; the digest prints that reading only when the sentence can vouch for it. Each
 * check reads general evidence of the figure's sentence, never a name:
 *
 * - a market- or group-level subject (`Southbound Stock Connect net buying was HK$18.6bn`, 南向资金净买入186亿港元,
 *   `combined`, 合计) whose clause never names the claim's subject;
 * - the figure tied to another company right after it (`$350 million in India's Sarvam AI` under the lab named before
 *   it as an investee; `the 95 billion yuan that rival Biren was valued at`; 向乙公司投资3.5亿元 under 甲);
 * - a spending or commitment word under a value label (`Mistral will spend about $1.8 billion` filed as a valuation).
 *
 * A figure that fails is written nowhere by the templates: no sentence and no headline (the source's own Chinese copy
 * still carries it where the story has one).
 */
import { subjectCueTable } from '../../extract/data-tables.js';
import { findEntities, type Gazetteer, lookupEntry } from '../../extract/index.js';
import type { EntityMention, StoryBundle } from '../../types/index.js';
import type { StoryFact } from './facts.js';

type Fact = Pick<StoryFact, 'figure' | 'item' | 'claim' | 'sentence'>;

const HAN = /\p{Script=Han}/u;
const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every name of an entity the gazetteer knows (name, Chinese name, aliases), the raw name first; parts of a joint subject. */
export function namesOf(name: string, gaz: Gazetteer): string[] {
  const out: string[] = [];
  for (const part of name.split(' + ')) {
    const e = lookupEntry(part, gaz);
    out.push(part, ...(e ? [e.name, ...(e.zh ? [e.zh] : []), ...e.aliases] : []));
  }
  return [...new Set(out.filter((n) => n.trim().length >= 2))];
}

/** Whether `text` names one of `names` (Latin names as whole words, case-insensitive; Chinese ones as substrings). */
export function names(text: string, list: readonly string[]): boolean {
  return list.some((n) => (/^[ -~]+$/.test(n) ? new RegExp(`(?<![A-Za-z])${esc(n)}(?![A-Za-z])`, 'i').test(text) : text.includes(n)));
}

/** The text of the figure's clause before it: a Chinese clause starts after ，；。, an English one after ; (or the sentence start). */
function clauseBefore(sentence: string, figureText: string): string | undefined {
  const at = sentence.indexOf(figureText);
  if (at < 0) return undefined;
  const before = sentence.slice(0, at);
  const marks = HAN.test(sentence) ? '，；。：' : ';:';
  return before.slice(Math.max(...[...marks].map((ch) => before.lastIndexOf(ch))) + 1);
}

/**
 * Subjects of a market or a group: a flow of a whole market (southbound / northbound Stock Connect, 南向资金, 外资), the
 * listings of a place (`Hong Kong IPOs`), or an aggregate word (combined, together, altogether, in total, 合计, 累计).
 */
const AGGREGATE_EN =
  /\b(?:south|north)bound\b|\bstock connect\b|\bforeign investors\b|\b(?:IPOs|listings|flotations)\b|\bcombined\b|\btogether\b|\baltogether\b|\bcollectively\b|\bin (?:total|all|aggregate)\b|\ba total of\b|\ball (?:of )?the\b|\bthe (?:market|sector|industry) as a whole\b/i;
const AGGREGATE_ZH =
  /南向资金|北向资金|港股通|沪股通|深股通|外资|合计|合共|共计|总计|累计|全行业|全市场|整个行业|整个市场|各家|多家|\d+家|两家|三家/;
/**
 * Whether the figure's own clause (the words before it since the last clause mark) is about a market or a group (see
 * AGGREGATE_EN/ZH), whoever it names: `the seven cornerstone investors together subscribed …`, `累计投资…`. A group's
 * figure and one member's never measure one quantity.
 */
export function aggregateClause(sentence: string, figureText: string): boolean {
  const at = sentence.indexOf(figureText);
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  // The figure's own clause only, an English one too (`… a combined $60 billion, while Amazon is negotiating as much as
  // $20 billion`: the second amount is no group's).
  const marks = HAN.test(sentence) ? '，；。：' : ',;:';
  const clause = before.slice(Math.max(...[...marks].map((ch) => before.lastIndexOf(ch))) + 1);
  return (HAN.test(sentence) ? AGGREGATE_ZH : AGGREGATE_EN).test(clause);
}

/** Words that refer back to the company a text is about: 公司, 该公司, 其, 集团; it, its, the company. */
const BACK_ZH = /该公司|本公司|该集团|该行|^\s*(?:公司|集团)|其(?!中|他|它|余|实)/;
const BACK_EN = /\b(?:it|its|the (?:[\w-]+ ){0,2}(?:company|firm|group|startup|lab|bank))\b/i;

/**
 * Whether the figure's clause gives it to a market or a group (see AGGREGATE_EN/ZH) and never names the claim's subject
 * nor refers back to it: `Southbound Stock Connect net buying was HK$18.6bn` is no company's buying.
 */
export function aggregateSubject(fact: Fact, gaz: Gazetteer): boolean {
  const clause = clauseBefore(fact.sentence, fact.figure.text);
  if (clause === undefined) return false;
  const zh = HAN.test(fact.sentence);
  if (!(zh ? AGGREGATE_ZH : AGGREGATE_EN).test(clause)) return false;
  if ((zh ? BACK_ZH : BACK_EN).test(clause)) return false;
  const own = namesOf(fact.claim.subject, gaz);
  if (!names(clause, own)) return true;
  // Named as one of several the clause joins (`Microsoft, Alphabet and Meta together plan to spend`): the group's total.
  return JOINT.test(clause) && findEntities(clause, gaz).some((m) => m.type === 'org' && !own.includes(m.name) && !names(m.name, own));
}

/** Pronouns for several companies. */
const THEY = /\b(?:they|their|them)\b|它们|他们|各家|各自/i;

/**
 * Whether a group (四大巨头, the Big Four: a gazetteer entry with members) owns a figure whose own sentence never speaks of
 * the group — neither by a name of it, nor by a word for several companies (四家, 这些公司, the four companies), nor by a
 * word adding amounts up (合计, combined): the collective noun came from elsewhere in the text, and the figure is one
 * company's or one government's (`Microsoft's capital spending fell to $35 billion` is no 四大巨头's).
 */
export function collectiveElsewhere(fact: Fact, gaz: Gazetteer): boolean {
  const members = lookupEntry(fact.claim.subject, gaz)?.members ?? [];
  if (members.length === 0) return false;
  const s = fact.sentence;
  if (names(s, namesOf(fact.claim.subject, gaz)) || JOINT.test(s) || aggregateClause(s, fact.figure.text)) return false;
  if (THEY.test(s) || Object.keys(subjectCueTable().groupAnaphors).some((w) => names(s, [w]))) return false;
  const group = lookupEntry(fact.claim.subject, gaz)?.name;
  return !findEntities(s, gaz).some((m) => m.name === group);
}

/** Words that add up several named parties' amounts: combined, together, 合计. */
const JOINT = /\b(?:combined|together|altogether|collectively)\b|合计|合共|共计|总计/i;

/** Links after an amount that tie it to the company they name next: `$350 million in India's Sarvam`, `the 95 billion yuan that rival Biren`. */
const LINK_AFTER = /^\s*(?:(in|into)|(that|which))\s+((?:[\w'’.-]+\s+){0,4})$/i;
/** Words between the link and the company that make it no plain tie (`in a round led by`, `in talks with`). */
const LINK_BREAK = /\b(?:by|of|from|with|to|at|led|round|deal|talks|and|or|who|whose)\b/i;
/** An amount a Chinese clause gives to a company before it: 向乙公司投资, 对乙公司增资, 投资乙公司. */
const INVEST_TO_ZH = /(?:向|对|给)([^，。；、]{2,20}?)(?:追加)?(?:投资|注资|增资|出资)(?:约|超过|逾|近|达)?$/;

/**
 * Whether the figure is tied to another company than the claim's subject and counterparty: the company named right
 * after it by `in`/`into` (an investment the sentence gives in a list of investees, when the claim's subject is itself
 * one of them or the claim names another counterparty), or by `that`/`which` (`the 95 billion yuan that rival Biren
 * Technology was valued at`); in Chinese the company before it as 向/对…投资.
 */
export function figureOfOther(fact: Fact, bundle: Pick<StoryBundle, 'entities'>, gaz: Gazetteer): boolean {
  const c = fact.claim;
  const own = namesOf(c.subject, gaz);
  const cp = c.counterparty ? namesOf(c.counterparty, gaz) : [];
  const ours = (name: string) => names(name, own) || names(name, cp) || own.some((n) => names(n, [name]));
  const s = fact.sentence;
  const at = s.indexOf(fact.figure.text);
  if (at < 0) return false;
  if (HAN.test(s)) {
    const m = INVEST_TO_ZH.exec(s.slice(0, at));
    if (!m) return false;
    const target = (m[1] as string).trim();
    if (ours(target) || cp.some((n) => target.includes(n)) || own.some((n) => target.includes(n))) return false;
    // A subject named as an investee elsewhere in the sentence (向甲投资…，向乙投资…), or a counterparty of another name.
    return c.counterparty !== undefined || new RegExp(`(?:向|对|给)(?:${own.map(esc).join('|')})`).test(s);
  }
  const start = fact.figure.start - at;
  const figEnd = fact.figure.end;
  const mentions = (bundle.entities[fact.item.id] ?? []).filter(
    (m: EntityMention) => m.type === 'org' && m.start >= figEnd && m.end <= start + s.length,
  );
  const next = mentions.sort((a, b) => a.start - b.start)[0];
  if (!next) return false;
  const between = s.slice(figEnd - start, next.start - start);
  if (/[,;.，；。]/.test(between)) return false;
  const link = LINK_AFTER.exec(between);
  if (!link || LINK_BREAK.test(link[3] ?? '')) return false;
  if (ours(next.name)) return false;
  // `that` / `which`: the amount is the other company's.
  if (link[2]) return true;
  // `in` / `into`: an investee. The claim's own counterparty, when it has one, is another company; without one, the
  // subject is an investee itself when the sentence puts `in` / `into` before one of its names.
  if (c.counterparty) return true;
  return new RegExp(`\\b(?:in|into)\\s+(?:[\\w'’.-]+\\s+){0,4}(?:${own.map(esc).join('|')})(?![A-Za-z])`, 'i').test(s);
}

/** Measures of what a company is worth: a spending or commitment word labels no such figure. */
const VALUE_METRICS: ReadonlySet<string> = new Set(['valuation', 'market-cap']);
const SPEND_EN =
  /\b(?:spend\w*|commit\w*|pledg\w*|buy\w*|purchas\w*|orders?|ordered|rent\w*|leas\w*|contracts?|deals?|capacity|capex|invest\w*|lend\w*|loans?|borrow\w*)\b/i;
const SPEND_ZH = /采购|承诺|支出|开支|订单|合同|租用|租赁|购买|投资|贷款|借款|合约/;
/** Words of value (`worth` is not one: `a deal worth up to $500 million` is a contract's size). */
const VALUE_EN = /\bvalu\w*|\bmarket (?:cap\w*|value)\b|\b(?:pre|post)-money\b/i;
const VALUE_ZH = /估值|市值|投前|投后/;

/**
 * Whether a value label (valuation, market value) sits on a figure its clause gives as spending, a commitment, an order
 * or a contract, with no word of value (`Mistral will spend about $1.8 billion from 2027 through 2031` is no valuation;
 * `a smaller deal worth up to $500 million` neither).
 */
export function spendAsValue(fact: Fact): boolean {
  if (!VALUE_METRICS.has(fact.claim.metric)) return false;
  const clause = clauseBefore(fact.sentence, fact.figure.text);
  if (clause === undefined) return false;
  const zh = HAN.test(fact.sentence);
  return (zh ? SPEND_ZH : SPEND_EN).test(clause) && !(zh ? VALUE_ZH : VALUE_EN).test(clause);
}

/** A deal noun whose value a value word then gives (`a contract valued at at least …`, `the deal, valuing …`, 合同价值 / 交易对价). */
const DEAL_VALUE_EN =
  /\b(?:contracts?|deals?|agreements?|transactions?|acquisitions?|takeovers?|mergers?|purchases?|orders?|buyouts?|bids?|offers?)\b,?(?:\s+[\w'’.-]+){0,4}?,?\s+(?:valu(?:ed|ing|es?)|worth|priced)\b/i;
/** Words of a funding round or a share sale. */
const ROUND = /\b(?:rounds?|funding|financing|rais\w*|tender|share sales?|secondary)\b|融资|[A-E]\+?轮|轮融资|增资|老股|股权转让/iu;
const DEAL_VALUE_ZH = /(?:合同|合约|订单|交易|收购|并购|要约)[^，。；]{0,12}?(?:价值|估值|总价|对价|金额)/u;

/**
 * Whether a value label (valuation, market value) sits on a deal's value: the figure's clause gives a contract, an order or
 * an acquisition a value (`signed a contract valued at at least $2 billion`, `agreed to buy Beta in a deal valued at $5
 * billion`), and names no claim subject after the value word (`a deal valuing Beta at $5 billion` is Beta's valuation,
 * never the buyer's).
 */
export function dealValueAsValue(fact: Fact, gaz: Gazetteer): boolean {
  if (!VALUE_METRICS.has(fact.claim.metric)) return false;
  const clause = clauseBefore(fact.sentence, fact.figure.text);
  if (clause === undefined) return false;
  const m = (HAN.test(fact.sentence) ? DEAL_VALUE_ZH : DEAL_VALUE_EN).exec(clause);
  // A funding round or a share sale values the company itself (`a funding deal that values the company at …`).
  if (!m || ROUND.test(clause)) return false;
  const after = clause.slice(m.index + m[0].length);
  return !names(after, namesOf(fact.claim.subject, gaz)) && !(HAN.test(after) ? BACK_ZH : BACK_EN).test(after);
}

/** A portfolio of holdings (`its non-marketable equity investments`, 对外投资, 投资组合): no one investee's amount. */
const PORTFOLIO_EN = /\b(?:investments|stakes|holdings|portfolio|positions)\b/i;
const PORTFOLIO_ZH = /投资组合|对外投资|股权投资账面|持仓|所持股权/;

/**
 * Whether a pair claim (an investment of A in B) sits on a figure its clause gives as a whole portfolio and names no
 * counterparty there: `The value of its non-marketable equity investments stood at $22.6 billion` is no investment in
 * the startup the title names.
 */
export function portfolioPair(fact: Fact, gaz: Gazetteer): boolean {
  const cp = fact.claim.counterparty;
  if (!cp) return false;
  const clause = clauseBefore(fact.sentence, fact.figure.text);
  if (clause === undefined) return false;
  return (HAN.test(fact.sentence) ? PORTFOLIO_ZH : PORTFOLIO_EN).test(clause) && !names(clause, namesOf(cp, gaz));
}

/** A role word that names a parent company before a figure: `the parent company priced $2 billion`, 母公司. */
const PARENT_EN = /\b(?:the|its|their) parent(?: company| group)?\b/i;
const PARENT_ZH = /母公司|母集团/;
/** A sentence about a unit or vehicle of a company: its parent's figure in it is not the unit's. */
const UNIT_WORDS = /\b(?:subsidiary|unit|vehicle|SPV|special[- ]purpose)\b|子公司|特殊目的|项目公司/i;

/**
 * Whether a sentence about a unit or vehicle gives the figure to its parent (`A CoreWeave subsidiary has closed a $7.2
 * billion loan …, days after the parent company priced $2 billion of senior notes`): the parent is named by its role in
 * the figure's own clause (up to the comma before it), and the claim's subject is not named there. Whom the knowledge
 * layer files it under, unit or parent, the sentence leaves unsaid; the templates print nothing of it.
 */
export function parentElsewhere(fact: Fact, gaz: Gazetteer): boolean {
  const s = fact.sentence;
  const at = s.indexOf(fact.figure.text);
  if (at < 0 || !UNIT_WORDS.test(s)) return false;
  const before = s.slice(0, at);
  const clause = before.slice(Math.max(...[...',，;；。'].map((ch) => before.lastIndexOf(ch))) + 1);
  if (!(HAN.test(s) ? PARENT_ZH : PARENT_EN).test(clause)) return false;
  return !names(clause, namesOf(fact.claim.subject, gaz));
}

/** Whether the figure's own sentence fails to vouch for its owner or label (any check above): the templates print nothing of it. */
export function ownerUnsupported(fact: Fact, bundle: Pick<StoryBundle, 'entities'>, gaz: Gazetteer): boolean {
  return (
    aggregateSubject(fact, gaz) ||
    collectiveElsewhere(fact, gaz) ||
    figureOfOther(fact, bundle, gaz) ||
    spendAsValue(fact) ||
    dealValueAsValue(fact, gaz) ||
    portfolioPair(fact, gaz) ||
    parentElsewhere(fact, gaz)
  );
}
