/**
 * Whether two values of one claim are two sources' versions of one number (a dispute a reader should see), read from
 * each figure's own clause or sentence only: a segment's, a region's or a subsidiary's figure is no version of the
 * company's; a total of many deals none of one deal's; a broker's model or a consensus none of the company's own; and a
 * value the newer article reports as revised or denied is history, not a dispute. (A blind editor's count of fake
 * comparison lines, thirteenth and fourteenth sessions.) Pure functions of a sentence and a figure's text.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { targetPriceSource } from '../../util/target-price.js';

/** The words of a figure's clause before it: back to the previous break or number (at most 60 characters). */
function clauseBefore(sentence: string, text: string): string | undefined {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return undefined;
  const prev = sentence.slice(Math.max(0, at - 60), at);
  let from = prev.length;
  while (from > 0 && !/[,;:.!?()，。；：！？（）、\d]/u.test(prev[from - 1] as string)) from--;
  return prev.slice(from);
}

/** The words right after a figure to the end of its clause (at most 40 characters). */
function clauseAfter(sentence: string, text: string): string {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return '';
  return sentence.slice(at + text.length, at + text.length + 40).split(/[,;:.!?，。；：！？]/u)[0] ?? '';
}

/** The words of a figure's own clause, before and after it (`before|after`); undefined when the figure is not found. */
function ownClauseWords(sentence: string, text: string): string | undefined {
  const before = clauseBefore(sentence, text);
  return before === undefined ? undefined : `${before}|${clauseAfter(sentence, text)}`;
}

/**
 * A part of a company its clause names: a segment, division, unit, business or arm, a subsidiary, a region's market.
 * `云业务`, `the data-centre segment`, `its China business`, `子公司`, `中国区`. One key per kind of part: a clause naming
 * a part is never the company's whole figure.
 */
const PART_EN =
  /\b(?:[Ss]ales|[Rr]evenue|[Ss]hipments) (?:of|from) (?:[\w'’.-]+ ){0,5}products?\b|\bproducts? (?:line|lines|revenue|sales)\b|\b(?:segment|division|unit|arm|subsidiary|subsidiaries|business(?:es)? (?:unit|line|group)|(?:[A-Z][\w-]*|cloud|gaming|advertising|automotive|consumer|enterprise|hardware|software|services|devices|mobile|retail|international|overseas|domestic) business)\b|\bin (?:China|the U\.?S\.?|the United States|Europe|Japan|India|Asia|the Americas|North America|Greater China|EMEA|APAC)\b|\b(?:China|U\.?S\.?|European|Asian|Japanese|Indian|Americas|EMEA|APAC|international|overseas|domestic|regional) (?:revenue|sales|income|profit|market|shipments)\b/;
const PART_ZH =
  /产品线|產品線|(?:产品|產品|系列|机型|機型)(?:的)?(?:收入|营收|營收|销售额|銷售額|销量|銷量|出货量|出貨量)|分部|部门|部門|事业部|事業部|事业群|事業群|业务(?:收入|营收|板块|线)?|業務|板块|子公司|旗下|中国区|中國區|大中华区|大中華區|海外(?:市场|收入|营收|业务)?|国内(?:市场|收入|营收|业务)|北美(?:市场|地区|收入|营收)|欧洲(?:市场|地区|收入|营收)|亚太(?:市场|地区|收入|营收)|中国市场|中國市場/u;

/** A wholly owned subsidiary: the parent's own vehicle for a deal, not a part of the company with figures of its own. */
const WHOLLY_OWNED = /全资子公司|全資子公司|wholly[- ]owned (?:subsidiary|unit)/giu;

/**
 * Whose company the subject is (`马斯克旗下人工智能公司xAI`, `软银旗下的初创企业`): a descriptor of the company the figure
 * is about, not a part of it (decision 078). A subsidiary (`旗下子公司`) or a business (`旗下云业务`) stays a part.
 */
const OWNED_BY = /旗下(?:的)?[^，,。；;|]{0,12}?(?<!子)(?:公司|企业|企業|初创|初創)/gu;

/** Whether a figure's own clause names a part of a company (see PART_EN / PART_ZH). */
export function partClause(sentence: string, text: string): boolean {
  // A wholly owned subsidiary acting for its parent (公司全资子公司拟以自有资金6000万美元认购) is the parent's vehicle.
  const words = ownClauseWords(sentence, text)?.replace(WHOLLY_OWNED, '').replace(OWNED_BY, '');
  return words !== undefined && (PART_EN.test(words) || PART_ZH.test(words));
}

/** A sentence opening on a part of what was said before it: 其中, 当中, of which, of that / this. */
const OF_WHICH = /^(?:其中|當中|当中|of (?:which|that|this|those|these)\b)/iu;

/**
 * Whether a rate's or a count's sentence opens on 'of which' (其中，AI服务器收入同比增长85%; Of that, …): the figure is a
 * part of what the sentence before told (a product line's growth after the company's), never the whole's. (For money,
 * 其中 opens one participant's cheque: `participantClause`.)
 */
export function ofWhichSentence(sentence: string): boolean {
  return OF_WHICH.test(sentence.trim());
}

/**
 * A total over many deals, contracts or commitments (`compute deals totalling $1.4 trillion`, `一系列算力协议总额`,
 * `多笔订单合计`): never one deal's amount. Not 总额 / totalling alone: a round's total (融资总额1100亿美元) is one deal's.
 */
const MANY_DEALS_EN =
  /\b(?:deals|agreements|contracts|commitments|orders|partnerships|transactions|investments)\b(?![\w\s]{0,12}\bwith\b)|\b(?:a series of|several|multiple|combined)\b/i;
const MANY_DEALS_ZH = /一系列|系列协议|多笔|多筆|多项|多項|多份|数笔|數筆|各项|总承诺|總承諾|累计|累計|合计|合計/u;

/** Whether a figure's own clause makes it a total of many deals (see MANY_DEALS_EN / MANY_DEALS_ZH). */
export function manyDealsClause(sentence: string, text: string): boolean {
  const words = ownClauseWords(sentence, text);
  return words !== undefined && (MANY_DEALS_EN.test(words) || MANY_DEALS_ZH.test(words));
}

/**
 * A broker's, a bank's or a research house's model (摩根士丹利预计, according to Bernstein, a price target, the Street's
 * consensus): someone else's reckoning of a company's figure, never the company's own guidance or result. Well-known
 * banks and research firms by name (general knowledge), and the words for them.
 */
const MODEL_EN =
  /\b(?:brokerage|broker|research (?:firm|house|note|report)|sell[- ]side|Wall Street|the Street|consensus|(?:in|by) (?:its|their|our) models?|LSEG|FactSet|Visible Alpha|Refinitiv|Morgan Stanley|Goldman Sachs|JPMorgan|J\.P\. Morgan|Citi(?:group)?|UBS|Barclays|Bernstein|Jefferies|Nomura|Macquarie|Bank of America|BofA|Deutsche Bank|HSBC|Mizuho|Evercore|Wedbush|TrendForce|Counterpoint|IDC|Gartner|Canalys)\b/i;
const MODEL_ZH =
  /研报|研究报告|研究机构|券商|投行|机构(?:预计|预测|预期|估计)|一致预期|市场预期|估值模型|财务模型|摩根士丹利|大摩|摩根大通|小摩|高盛|花旗|瑞银|巴克莱|伯恩斯坦|杰富瑞|野村|麦格理|美银|美国银行|德意志银行|汇丰|瑞穗|中金|中信证券|华泰证券|国泰君安|海通|招商证券|集邦|TrendForce|Counterpoint|IDC|Gartner|Canalys/u;

/** A broker's target price (data/target-price.json): a model's figure like the words above. */
const TARGET_PRICE = new RegExp(targetPriceSource(), 'i');

/** Whether a figure's sentence gives it as a broker's or a research house's model (see MODEL_EN / MODEL_ZH / TARGET_PRICE). */
export function modelFigure(sentence: string, text: string): boolean {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return false;
  // The figure's own clause before it and after it, and the sentence's opening attribution (`据摩根士丹利测算，…`).
  const before = sentence.slice(0, at);
  const cut = Math.max(...[...'，,；;。'].map((ch) => before.lastIndexOf(ch)));
  const opening = /^[^，,；;。]{0,40}[，,]/u.exec(before)?.[0] ?? '';
  const words = `${opening}|${before.slice(cut + 1)}|${clauseAfter(sentence, text)}`;
  if (RESEARCH.test(words) && MEASURED.test(words)) return true;
  // A research house cited at the sentence's close (`…held 17% of the market, according to research firm X`).
  const closing = CLOSING_SOURCE.exec(sentence.slice(at + text.length))?.[0] ?? '';
  if (RESEARCH.test(closing)) return true;
  return (MODEL_EN.test(words) || MODEL_ZH.test(words) || TARGET_PRICE.test(words)) && RECKONED.test(words);
}

/**
 * Market research houses, whose figures (a market share, shipments, a market's size) are their own measurement,
 * never a company's: cited (据IDC数据, according to Counterpoint, Canalys estimates) they are a third party's figure.
 * A house named by what it is (据市场研究机构星图咨询统计, according to research firm …) is one too, whatever its name:
 * the estimator is part of the measure, and two houses' shares are two measures (decision 071).
 */
const RESEARCH =
  /\b(?:TrendForce|Counterpoint|IDC|Gartner|Canalys|Omdia|Sensor Tower|Dell'Oro|Synergy Research|Yole|Jon Peddie|Mercury Research|Sigmaintell)\b|集邦|群智咨询|洛图科技|奥维云网|赛迪|艾瑞|弗若斯特沙利文|沙利文|灼识咨询|头豹|\b(?:(?:market )?research (?:firm|company|group|house)|market researcher|(?:market|industry) (?:tracker|intelligence firm)|analyst firm|consultancy)\b|(?:市场|行业|第三方)?(?:调研|研究|研调|咨询|数据)机构|(?:市场)?(?:调研|研究|咨询)公司/iu;
/** A clause closing a sentence on its source: `, according to research firm X`, `，据X统计`. */
const CLOSING_SOURCE =
  /[,，]\s*(?:according to|citing|data from|figures from)\b[^,;.，。；]{0,60}|[，,]\s*据[^，。；]{0,30}(?:数据|统计|統計|报告|報告|显示|顯示|测算)/iu;
/** Words citing a research house's figures: 据…数据, 数据显示, according to, data from, estimates. */
const MEASURED =
  /\b(?:according to|data|figures|estimat\w*|research|report\w*|survey|tracker|says?|said|shows?)\b|据|數據|数据|统计|統計|报告|報告|显示|顯示|测算|估算|调研|調研|称|稱/iu;

/**
 * One participant's part of a deal in its own clause: a co-investor's cheque, a lead investor's stake of a round, a
 * cornerstone investor's subscription (`其中A出资5亿美元`, `跟投`, `participated with $500 million`). A participant's
 * cheque is no version of the round, whatever metric it was filed under.
 */
const PARTICIPANT_EN =
  /\b(?:participat\w*|chipp\w* in|put in|contribut\w*|its (?:own )?(?:share|portion|part|cheque|check|stake)|cheques?|checks? of|of which|each|respectively|cornerstone|anchor investors?|joined the round)\b/i;
const PARTICIPANT_ZH =
  /其中|出资|出資|跟投|参投|參投|参与(?:本轮|此轮|本次|该轮)?(?:投资|融资|认购)|各(?:自)?(?:认购|出资|投资)|分别(?:认购|出资|投资)|基石/u;

/** Whether a money figure's own clause makes it one participant's part of a deal (see PARTICIPANT_EN / PARTICIPANT_ZH). */
export function participantClause(sentence: string, text: string): boolean {
  const at = text ? sentence.indexOf(text) : -1;
  // A size floor (not the figure itself) is blanked out, offsets kept.
  const plain = sentence.replace(SIZE_FLOOR, (m: string, i: number) => (at >= i && at < i + m.length ? m : ' '.repeat(m.length)));
  const words = ownClauseWords(plain, text);
  return words !== undefined && (PARTICIPANT_EN.test(words) || PARTICIPANT_ZH.test(words));
}

/**
 * The size floor that defines which deals a total counts (`contracts worth more than $50 million each`, `each worth at
 * least $100 million`, `单笔超过5000万美元`): a definition of the deals summed, never one participant's part of a deal
 * (decision 157: a wire's "large deal wins … totalled $3.1 billion" and a note's "large-deal TCV of US$2.8bn" are one
 * measure).
 */
const SIZE_FLOOR =
  /\b(?:(?:worth|valued at|of|with a value of)\s+)?(?:more than|over|above|at least|in excess of|exceeding)\s+(?:US)?[$€£¥]?\s?[\d.,]+\s*(?:million|billion|mn|bn|m|b)?\s+each\b|\beach\s+(?:worth|valued at)\s+(?:more than|over|above|at least|in excess of)\b/giu;

/**
 * An option to enlarge a deal: an upsize option, a greenshoe or over-allotment, a 发售量调整权, an amount that holds only
 * if an option is exercised (`若超额配股权获悉数行使`, `可增至`). No version of the deal's base size.
 */
const OPTION =
  /\bupsiz\w*|\bgreen[- ]?shoe\b|\bover-?allotment\b|\bif (?:the |an? )?(?:\w+ )?options?\b|\boptions? (?:to|is|are) (?:increase|raise|upsize|expand|exercised)|超额配售|超額配售|超额配股|超額配股|超额配发|超額配發|发售量调整|發售量調整|悉数行使|悉數行使|全数行使|全數行使|获行使|獲行使|可增至|可扩大至|可擴大至/iu;

/** Whether a money figure's sentence, up to the end of its own clause, makes it an option's amount (see OPTION). */
export function optionClause(sentence: string, text: string): boolean {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return false;
  const own = clauseBefore(sentence, text) ?? '';
  if (OPTION.test(`${own}|${clauseAfter(sentence, text)}`) || OPTION.test(ownSentenceHead(sentence, at))) return true;
  // An option named earlier in the sentence, and the figure's own clause raising the deal to it
  // (`可能行使发售量调整权，将募资规模提高至约67亿港元`): the enlarged amount.
  return OPTION.test(sentence.slice(0, at)) && RAISED_TO.test(own);
}

/** Words raising a deal to an amount: 提高至, 增至, 扩大至, increase to, raise to. */
const RAISED_TO = /(?:提高|增加|增|扩大|擴大|上调|上調|提升)至|\bincreas\w* (?:it |the \w+ )?to\b|\brais\w* (?:it |the \w+ )?to\b/iu;

/** The words of the sentence's clause holding offset `at`, up to it (an option named at its head: `若…行使，集资额将增至…`). */
function ownSentenceHead(sentence: string, at: number): string {
  const head = sentence.slice(0, at);
  const opening = /^[^，,；;。]{0,40}[，,]/u.exec(head)?.[0] ?? '';
  return /^(?:若|如|倘|if\b)/iu.test(opening) ? opening : '';
}

/** Words of a reckoning (a bank named for its results is no model of anyone's): expects, forecast, target, 预计, 测算. */
const RECKONED =
  /\b(?:expect\w*|forecast\w*|project\w*|estimat\w*|predict\w*|sees?|(?:its|their|our) models?|targets?|consensus|calculat\w*)\b|预计|預計|预测|預測|预期|預期|测算|測算|估算|估计|估計|推算|目标价|目標價|一致预期|研报|估值模型|财务模型/iu;

export { deniedSentence, revisedClause } from '../../knowledge/index.js';

/** Words of borrowing: a loan, a bond, debt secured against assets, a special-purpose vehicle's financing. */
const DEBT =
  /\b(?:debt|loans?|credit (?:facility|line)|bonds?|notes offering|secured (?:against|by)|collateral(?:ised|ized)?|SPV|special[- ]purpose vehicle)\b|债务|債務|债券|債券|贷款|貸款|借款|抵押|质押|質押|授信|银团|銀團|特殊目的/iu;

/**
 * Whether a money figure's sentence, up to the end of its own clause, tells of borrowing (see DEBT): a loan or an
 * SPV's debt is no version of an equity round, whatever metric the figure was filed under.
 */
export function debtFigure(sentence: string, text: string): boolean {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return false;
  return DEBT.test(`${sentence.slice(0, at)}|${clauseAfter(sentence, text)}`);
}

/** The deal measure a money figure's own clause names: a valuation (估值, valued at) or a raise (融资, raised). */
const DEAL_MEASURES: readonly (readonly [RegExp, 'valuation' | 'raise'])[] = [
  [/估值|市值|valuation|valued|worth/iu, 'valuation'],
  [/融资|融資|募资|募資|集资|集資|筹资|籌資|\braised?\b|\braising\b|\bround of\b|\bfunding\b/iu, 'raise'],
];

/**
 * What deal measure a money figure's own clause (back to the previous break or number) names, the word nearest it:
 * `完成新一轮融资6亿美元` → raise, `投后估值来到55亿美元` → valuation. A raise filed under a valuation claim (or the
 * reverse) is no version of the valuation.
 */
export function dealMeasure(sentence: string, text: string): 'valuation' | 'raise' | undefined {
  // A measure word right after the figure names it first (`raised funds at a $10 billion valuation`, `a $2 billion
  // Series C round`, `以100亿美元估值融资`): English puts the noun after its amount, and a Chinese 估值 there is the figure's.
  const next = measureAfter(sentence, text);
  if (next) return next;
  const before = clauseBefore(sentence, text) ?? '';
  // A figure whose own clause names nothing, in a sentence that goes on to give a valuation to another amount
  // (`6亿美元，A和B领投，投后估值来到55亿美元`), is not the valuation: the round's amount.
  if (!DEAL_MEASURES.some(([re]) => re.test(before))) {
    const at = sentence.indexOf(text);
    const rest = at < 0 ? '' : sentence.slice(at + text.length);
    return /(?:估值|valuation|valued)[^，。；,;\d]{0,8}\d/iu.test(rest) ? 'raise' : undefined;
  }
  // The word nearest the figure names it (本轮融资后公司估值超过50亿美元: a valuation).
  let best: { at: number; m: 'valuation' | 'raise' } | undefined;
  for (const [re, m] of DEAL_MEASURES) {
    for (const hit of before.matchAll(new RegExp(re.source, 'giu'))) {
      if (!best || (hit.index ?? 0) > best.at) best = { at: hit.index ?? 0, m };
    }
  }
  return best?.m;
}

/** The deal measure a noun right after a figure names (its modifiers — pre-money, Series C, equity — between them; no preposition). */
const MEASURE_AFTER: readonly (readonly [RegExp, 'valuation' | 'raise'])[] = [
  [
    /^\s*(?:(?:pre|post)-money\s+|series\s+[a-z]\+?\s+|equity\s+|seed\s+|venture\s+|funding\s+)*valuation\b|^(?:的)?(?:投前|投后|投前的|投后的)?估值/iu,
    'valuation',
  ],
  [
    /^\s*(?:(?:pre|post)-money\s+|series\s+[a-z]\+?\s+|equity\s+|seed\s+|venture\s+|funding\s+)*(?:funding|financing|raise|round)\b|^(?:的)?(?:[A-Z]\+?轮|新一?轮|股权)?(?:融资|融資|募资|募資)/iu,
    'raise',
  ],
];
function measureAfter(sentence: string, text: string): 'valuation' | 'raise' | undefined {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return undefined;
  const after = sentence.slice(at + text.length, at + text.length + 32).split(/[,;:.!?()，。；：！？（）、\d]/u)[0] ?? '';
  return MEASURE_AFTER.find(([re]) => re.test(after))?.[1];
}

/** data/deal-events.json: words of a deal still sought (prospective), of payments due later (contingent), of cash now. */
const wordsSchema = z.object({ en: z.string().min(1), zh: z.string().min(1) });
const relayedSchema = wordsSchema.extend({ report_en: z.string().min(1), report_zh: z.string().min(1) }).passthrough();
const eventsSchema = z
  .object({
    relayed: relayedSchema,
    prospective: wordsSchema,
    contingent: wordsSchema,
    addition: wordsSchema.passthrough(),
    cash: wordsSchema,
    response: wordsSchema.passthrough(),
  })
  .passthrough();
interface EventWords {
  /** Report words, then plan words (both must be in a sentence). */
  relayed: [RegExp[], RegExp[]];
  prospective: RegExp[];
  contingent: RegExp[];
  addition: RegExp[];
  cash: RegExp[];
  response: RegExp[];
}
let eventWords: EventWords | undefined;
function dealEvents(): EventWords {
  if (!eventWords) {
    const t = loadDataTable('deal-events.json', eventsSchema);
    const both = (w: z.infer<typeof wordsSchema>) => [new RegExp(w.en, 'i'), new RegExp(w.zh, 'u')];
    eventWords = {
      relayed: [[new RegExp(t.relayed.report_en), new RegExp(t.relayed.report_zh, 'u')], both(t.relayed)],
      prospective: both(t.prospective),
      contingent: both(t.contingent),
      addition: both(t.addition),
      cash: both(t.cash),
      response: both(t.response),
    };
  }
  return eventWords;
}

/** The last `n` clauses of a sentence before a figure (back to the sentence's start at most). */
function clausesBefore(sentence: string, at: number, n: number): string {
  return sentence
    .slice(0, at)
    .split(/[，,；;。]/u)
    .slice(-n)
    .join('，');
}

/**
 * Whether a money figure is a deal still sought, planned or in talks (`正洽谈新一轮融资，规模约10亿美元`, `is in talks
 * to raise $10 billion`), read from its own clause and the one before it: a rumoured later raise is a new event, never
 * a version of the round that closed (`完成6亿美元融资`).
 * @example prospectiveClause('知情人士称，北风正洽谈新一轮融资，规模约10亿美元。', '10亿美元') // → true
 */
export function prospectiveClause(sentence: string, text: string): boolean {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return false;
  const words = `${clausesBefore(sentence, at, 2)}|${clauseAfter(sentence, text)}`;
  return dealEvents().prospective.some((re) => re.test(words));
}

/**
 * Whether a money figure includes payments due only if conditions are met later (an earn-out, 对赌, milestone
 * payments), read from its own clause and what follows it in the sentence; an amount the words right next to it tie to
 * cash paid now (`30亿元现金`, `$3 billion in cash`) is the cash part, not the contingent total. A price with contingent
 * payments is another basis than the cash price: no version of it.
 * @example contingentClause('交易总价45亿元，包括15亿元业绩对赌款。', '45亿元') // → true
 * @example contingentClause('以30亿元现金收购，另有15亿元业绩对赌款。', '30亿元') // → false
 * @example contingentClause('交易对价为32亿美元，另设最高8亿美元的业绩奖励。', '32亿美元') // → false
 */
export function contingentClause(sentence: string, text: string): boolean {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return false;
  const ev = dealEvents();
  const before = sentence.slice(Math.max(0, at - 12), at);
  const after = sentence.slice(at + text.length, at + text.length + 12);
  if (ev.cash.some((re) => re.test(before) || re.test(after))) return false;
  if (ev.contingent.some((re) => re.test(clausesBefore(sentence, at, 1)))) return true;
  // Contingent payments named after the amount include it in them unless they are added on top of it (`交易对价为32亿美元，
  // 另设最高8亿美元的业绩奖励`, `$3.2 billion, plus up to $800 million in earn-outs`): then the amount is the base price.
  const rest = sentence.slice(at + text.length, at + text.length + 64);
  const first = (res: RegExp[]) => Math.min(...res.map((re) => rest.search(re)).map((i) => (i < 0 ? Number.POSITIVE_INFINITY : i)));
  const contingent = first(ev.contingent);
  return Number.isFinite(contingent) && !(first(ev.addition) < contingent);
}

/**
 * Whether a sentence gives a company's or an official answer to a report: a denial, a response, no comment, its own
 * guidance (data/deal-events.json `response`).
 * @example responseSentence('对此，北风系统回应称，公司目前没有新的融资计划。') // → true
 */
export function responseSentence(sentence: string): boolean {
  return dealEvents().response.some((re) => re.test(sentence));
}

/**
 * Whether a sentence tells a plan on another outlet's report (`据彭博社报道，北风系统计划投资150亿元…`, `Northwind plans to
 * invest $2 billion, Bloomberg News reported`): like a rumour, a reader needs the company's answer beside it
 * (data/deal-events.json `relayed`).
 * @example relayedPlan('据彭博社报道，北风系统计划投资150亿元建设新工厂。') // → true
 */
export function relayedPlan(sentence: string): boolean {
  const [report, plan] = dealEvents().relayed;
  return report.some((re) => re.test(sentence)) && plan.some((re) => re.test(sentence));
}
