/** Chooses a figure's metric: the nearest metric keyword in its clause, with growth and change rules for percentages. */
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';
import { sentenceHasWord } from './context-words.js';
import { goodsBoughtMetric } from './goods-bought.js';
import { type CompiledLexicon, findKeywords, type KeywordHit, loadMetricLexicon } from './lexicon.js';
import { paidForCompany } from './paid-for.js';
import { perShareMeasure, sameMeasureAfter } from './per-share-measure.js';
import { inChangeColumn, inChangeRow, tableRow } from './table-column.js';

/** Keywords after the figure count this many characters farther than ones before it ('capex of $80B' beats '$80B, revenue'). */
const AFTER_PENALTY = 3;

/** A unit-price keyword right after a small amount: '$1.25 per million input tokens', '$30,000 each'. */
const UNIT_PRICE = /^(?:per\b|each\b|apiece\b|每)/i;
/** What the amount is of, right after it: '$30 billion of bonds', '$4 billion of new Nvidia chips'. */
const OF_NOUN = /^\s+of\s+(?:[\w'’-]+\s+){0,2}$/i;
/** The same in Chinese: '超过10亿美元的B轮融资', '300亿美元的债券' (a few modifier characters, no clause break, no digit). */
const OF_NOUN_ZH = /^的[^\s，,。；;、：:（）()0-9]{0,4}$/;
const LINK_AFTER = /^(?:worth|价值)$/i;
/** A conjunction or clause word between the figure and a later keyword: the keyword starts another statement ('above $100bn and the cost of …'). */
const NEW_STATEMENT = /\b(?:and|but|while|whereas|against|compared)\b|[，,;；]/i;
/** Extra distance for a keyword after the figure that starts another statement. */
const NEW_STATEMENT_PENALTY = 40;

/** Marks that open and close an aside: brackets, and dashes written in pairs. */
const ASIDES: [string, string][] = [
  ['(', ')'],
  ['（', '）'],
  [' - ', ' - '],
  [' – ', ' – '],
  [' — ', ' — '],
  ['——', '——'],
];
/** A keyword in what an amount leaves out ('revenue excluding traffic acquisition costs was …') names no metric of it. */
const EXCLUDED = /(?:\bexcluding|\bnot including|\bnet of|不含|不包括|不计入|剔除|扣除)[^,，;；.。()（）]*$/i;
/** A keyword in what an amount takes in ('capital expenditures including finance leases were …') names no metric of it either. */
const INCLUDED = /(?:\bincluding|\bincl\.|包括|包含)[^,，;；.。()（）]{0,30}$/i;
/** Extra distance for a keyword inside an aside that closes before the figure. */
const ASIDE_PENALTY = 60;

/**
 * Whether keyword `h`, before `fig`, stands in an aside that closes between them: 'Large deal wins - contracts worth
 * more than $50 million each - totalled $3.1 billion' (the aside explains the term; the figure is the term's).
 */
function inClosedAside(h: Span, fig: Figure, text: string): boolean {
  const between = text.slice(h.end, fig.start);
  const before = text.slice(Math.max(0, h.start - 80), h.start);
  return ASIDES.some(([open, close]) => {
    const at = between.indexOf(close);
    if (at < 0) return false;
    const opened = before.lastIndexOf(open);
    return (
      opened >= 0 &&
      (open === close || opened > before.lastIndexOf(close)) &&
      !between.slice(0, at).includes(open === close ? '\u0000' : open)
    );
  });
}

function distance(h: KeywordHit, fig: Figure, text: string): number {
  if (h.end <= fig.start)
    return (
      fig.start -
      h.end +
      (inClosedAside(h, fig, text) ||
      EXCLUDED.test(text.slice(Math.max(0, h.start - 40), h.start)) ||
      INCLUDED.test(text.slice(Math.max(0, h.start - 40), h.start))
        ? ASIDE_PENALTY
        : 0)
    );
  if (h.start >= fig.end) {
    const gap = text.slice(fig.end, h.start);
    if (OF_NOUN.test(gap) || OF_NOUN_ZH.test(gap)) return 0;
    // '$40 billion worth of GB300 systems': a link word right after the amount says what it buys, not a valuation.
    if (/^\s*$/.test(gap) && LINK_AFTER.test(text.slice(h.start, h.end))) return Number.POSITIVE_INFINITY;
    // '25% market share', 'a 30% gross margin': the noun of a level right after a percent names it, before any verb
    // ahead of it ('holds a 25% market share' is no stake).
    if (fig.kind === 'percent' && /^ ?$/.test(gap) && h.metric && !/growth$/.test(h.metric) && /\s/.test(text.slice(h.start, h.end)))
      if (loadMetricLexicon().byMetric.get(h.metric)?.kinds.includes('percent')) return 0;
    const small = (fig.value ?? fig.high ?? Number.POSITIVE_INFINITY) < 1e6;
    if (h.metric === 'price' && small && /^\s*$/.test(gap) && UNIT_PRICE.test(text.slice(h.start, h.end))) return 0;
    return h.start - fig.end + AFTER_PENALTY + (NEW_STATEMENT.test(gap) ? NEW_STATEMENT_PENALTY : 0);
  }
  return 0;
}

/** True when another figure stands between the keyword and this figure (the keyword probably belongs to that one). */
function blocked(h: Span, fig: Figure, others: Figure[]): boolean {
  const lo = Math.min(h.end, fig.end);
  const hi = Math.max(h.start, fig.start);
  return others.some((o) => o !== fig && o.start >= lo && o.end <= hi);
}

/** The metric a keyword gives a figure, or undefined when its metric takes no figure of that kind or size. */
function metricFor(h: KeywordHit, fig: Figure, c: CompiledLexicon): string | undefined {
  const def = h.metric ? c.byMetric.get(h.metric) : undefined;
  if (!def) return undefined;
  const kind = fig.kind === 'multiple' ? 'percent' : fig.kind;
  if (!def.kinds.includes(kind)) return def.kindsAs?.[kind];
  const size = fig.value ?? fig.high ?? fig.low ?? 0;
  if (fig.kind === 'money' && def.maxValue !== undefined && size > def.maxValue) return undefined;
  return def.metric;
}

/** Whether a metric may take the figure's size ('share-price' never takes $20 billion). */
function fits(metric: string, fig: Figure, c: CompiledLexicon): boolean {
  const max = c.byMetric.get(metric)?.maxValue;
  return fig.kind !== 'money' || max === undefined || (fig.value ?? fig.high ?? fig.low ?? 0) <= max;
}

interface Choice {
  metric: string;
  hit: KeywordHit;
}

/** What may stand between an amount and the instrument that refines it: 'in a', 'of', 'through new', '的'. */
const INSTRUMENT_GAP = /^\s*(?:(?:of|in|through|via)\s+(?:(?:a|an|the|new|its)\s+)?|的)?$/i;

/** Whether a keyword names the figure's metric only through `kindsAs` (a stake keyword read as an investment amount). */
function borrowed(h: KeywordHit, fig: Figure, c: CompiledLexicon): boolean {
  const def = h.metric ? c.byMetric.get(h.metric) : undefined;
  const kind = fig.kind === 'multiple' ? 'percent' : fig.kind;
  return !!def && !def.kinds.includes(kind);
}

/** Whether keyword `h`, after `fig`, follows another figure with only a space between ('at a $12 billion valuation'). */
function nounOfLaterAmount(text: string, h: KeywordHit, fig: Figure, others: Figure[]): boolean {
  if (h.start < fig.end) return false;
  return others.some((o) => o !== fig && o.start >= fig.end && o.end <= h.start && /^ ?$/.test(text.slice(o.end, h.start)));
}

function nearest(
  text: string,
  hits: KeywordHit[],
  fig: Figure,
  others: Figure[],
  give: (h: KeywordHit) => string | undefined,
  c: CompiledLexicon,
): Choice | undefined {
  const usable = hits.filter((h) => give(h) !== undefined);
  const free = usable.filter((h) => !blocked(h, fig, others));
  const pool = free.length ? free : usable;
  let best: KeywordHit | undefined;
  for (const h of pool) if (!best || distance(h, fig, text) < distance(best, fig, text)) best = h;
  // '$1.5 billion at a $12 billion valuation': a noun written right after another amount names that amount; the figure
  // before it takes no metric from it.
  if (best && !free.length && nounOfLaterAmount(text, best, fig, others)) return undefined;
  // 'financed with $7.5 billion of equity', 'raised $500 million in equity': a noun after the amount that names its
  // instrument, whose metric is only borrowed for this kind (equity → stake → investment for money), yields to a keyword
  // of the figure's own kind that governs the amount from before it.
  if (best && best.start >= fig.end && borrowed(best, fig, c)) {
    const governing = pool.filter((h) => h.end <= fig.start && !borrowed(h, fig, c)).pop();
    if (governing) best = governing;
  }
  // 'raised $18bn in a bond sale', '募资50亿元的债券': a raise takes the instrument named right after its amount.
  const refine = best && c.lex.instrumentRefines?.[give(best) ?? ''];
  if (best && refine && best.end <= fig.start) {
    const instrument = pool.find(
      (h) => h.start >= fig.end && refine.includes(give(h) ?? '') && INSTRUMENT_GAP.test(text.slice(fig.end, h.start)),
    );
    if (instrument) best = instrument;
  }
  const metric = best ? give(best) : undefined;
  return best && metric ? { metric, hit: best } : undefined;
}

/** Words opening an English subordinate clause after a figure. */
const SUBORDINATOR = /\s(?:after|as|following|because|since|when|while|despite)\s/i;

/** 'grew 24% to $35.6 billion': a change that reaches an amount is a change of that amount (a later rule). */
const REACHES_AMOUNT = /^\s*(?:to|至|到|达到?)\s*(?:about\s+|约)?[$€£¥￥]?\d/i;

/** Keyword hits of the sentence's clause right before `clause` (no sentence break between; not a relative clause). */
function earlierBases(text: string, hits: KeywordHit[], sentence: Span, clause: Span): KeywordHit[] {
  const before = hits.filter((h) => h.start >= sentence.start && h.end <= clause.start);
  const last = before[before.length - 1];
  if (!last || /[。；;]/.test(text.slice(last.end, clause.start))) return [];
  const cut = Math.max(text.lastIndexOf('，', clause.start - 2), text.lastIndexOf(',', clause.start - 2), sentence.start);
  if (/^[,，]?\s*(?:which|who|that)\b/i.test(text.slice(cut, cut + 12))) return [];
  return before.filter((h) => h.start >= cut);
}

/** Whether the clause before a percent names a change as a noun ('降幅均为50%', '涨幅达'), which the level test must not undo. */
function changeNoun(text: string, fig: Figure, clause: Span, c: CompiledLexicon): boolean {
  const before = text.slice(Math.max(clause.start, fig.start - 8), fig.start);
  return (
    (c.lex.changeNouns ?? []).some((w) => before.includes(w)) ||
    EN_CHANGE_OF.test(text.slice(Math.max(clause.start, fig.start - 24), fig.start))
  );
}

/** A stake noun right after a percent: '约90%股份', '12% stake', '5% of the shares'. */
/** A percent of a whole right after the figure ('of its revenue', 'of Lambda's total sales', 'of the market'). */
const SHARE_OF =
  /^\s*of\s+(?:(?:its|the|their|our|total|overall|all|annual|quarterly|group|company|[A-Z][\w.&-]*['’]s)\s+){0,3}(?:revenues?|sales|turnover|income|profits?|market|shipments|output)\b/;
const STAKE_AFTER = /^\s*(?:的)?(?:股份|股权|持股|stake\b|equity stake\b|of\s+(?:the|its)\s+(?:shares|stock|equity)\b)/i;

/** 'a price increase of about 20 percent', 'a cut of 15%': an English change noun, 'of', then the figure. */
const EN_CHANGE_OF =
  /\b(?:increase|increases|rise|hike|gain|jump|surge|drop|decline|decrease|fall|cut|reduction|markup|mark-up|growth|contraction)\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|up to|more than|over|as much as)\s+)?$/i;

/** 'by' right before a percent, with an optional hedge: 'by about', 'by as much as'. */
const BY_AMOUNT =
  /\bby\s+(?:(?:about|around|roughly|nearly|almost|some|up to|more than|over|as much as|less than|another|a further|an estimated)\s+)?$/i;

/** A passive's agent, not a change: 'owned by 40% of holders', 'backed by 60% of voters'. */
const BY_AGENT = /\b(?:owned|held|controlled|backed|supported|used|approved|opposed|favou?red|preferred|cited)\s+by\s+\S*\s*$/i;

/** Whether a percent / multiple figure states a change ('增长20%', 'rose 20%', '20% year-over-year') rather than a level ('rose to 30%'). */
function isGrowth(text: string, fig: Figure, clause: Span, c: CompiledLexicon): boolean {
  // '持有Arm约90%股份的软银当日上涨4.6%', 'a 12% stake': a percent of shares held is a level, whatever verb follows.
  if (STAKE_AFTER.test(text.slice(fig.end, fig.end + 12))) return false;
  // 'made up 42% of Lambda's revenue', 'about a third of total sales': a share of a whole is a level, not a change.
  if (SHARE_OF.test(text.slice(fig.end, fig.end + 60))) return false;
  if (changeNoun(text, fig, clause, c)) return true;
  // '| Revenue | 452.6 | 3.8% |' under '| Rs bn | 2QFY27 | QoQ |': a cell of a change column is a change.
  // '| YoY | 20.0% | 16.7% |' under '| Revenue | 120 | 140 |': a cell of a change row is a change too.
  if (inChangeColumn(text, fig.start) || inChangeRow(text, fig.start)) return true;
  const before = text.slice(clause.start, fig.start);
  // 'rose to 30%', 'up from 38%', '利润率由18.4%增长至21.1%': the level reached or left, not the change.
  if (/(?:\bto|\bfrom|至|到|达到?|为|是|of|由|从)\s*$/.test(before)) return false;
  if (fig.direction) return true;
  // 'cut the price of its subscription by about 40%', 'raised prices by 10%': a percent after 'by' is the size of a change.
  if (BY_AMOUNT.test(before) && !BY_AGENT.test(before)) return true;
  const window = text.slice(clause.start, Math.min(clause.end, fig.end + 14));
  c.growthRe.lastIndex = 0;
  return c.growthRe.test(window);
}

/** Whether `pos` lies inside a parenthesis opened after `from`: '（含融资租赁）', '(including leases)'. */
function inParentheses(text: string, from: number, pos: number): boolean {
  const before = text.slice(from, pos);
  const open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  const close = Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
  return open > close;
}

/** Whether `f` is an estimate set against `prev`: a comparison word right before it or right after it ('$1.53 expected'). */
function isComparison(text: string, f: Figure, prev: Figure, c: CompiledLexicon, hits: KeywordHit[]): boolean {
  const words = c.lex.comparisonWords ?? [];
  if (words.length === 0) return false;
  // 'revenue of $X and capex guidance of $Y': a keyword of its own between them names what the later amount is.
  if (hits.some((h) => h.metric && h.start >= prev.end && h.end <= f.start)) return false;
  const before = text.slice(prev.end, f.start).toLowerCase();
  const after = text.slice(f.end, f.end + 12).toLowerCase();
  if (/[。；;]/.test(before)) return false;
  return words.some((w) => before.trimEnd().endsWith(w.toLowerCase()) || after.trimStart().startsWith(w.toLowerCase()));
}

/** Words after an amount that pay it out for goods or services ('it will pay Nvidia', 'will go to CoreWeave for', '用于采购'). */
const PAYS_OUT =
  /\b(?:pay|pays|paid|will\s+go\s+to|goes\s+to|to\s+buy|to\s+purchase|for\s+the\s+purchase)\b|支付|付给|用于(?:向[^，,。；;]{1,12})?(?:采购|购买|购置|租用)|采购|购买/i;

/** Whether the clause of a money figure pays it out for goods or services after it (see PAYS_OUT). */
export function paysOut(text: string, fig: Figure, clause: Span): boolean {
  return fig.kind === 'money' && PAYS_OUT.test(text.slice(fig.end, clause.end));
}

/** Ratios a percent level may take from an earlier clause of its sentence (see sentenceMetrics). */
const RATIO_METRICS = new Set(['margin', 'market-share']);

/** A lead of a round with its amount right after: 'lead the round with roughly', 'co-led the financing with'. */
const LEADS_WITH =
  /\b(?:lead|leads|led|leading|co-lead|co-leads|co-led|co-leading|anchor|anchors|anchored|anchoring)\s+(?:the\s+|this\s+|its\s+)?(?:new\s+)?(?:round|raise|financing|funding|deal)\s+with\s+(?:about|roughly|around|some|nearly|almost|up to|as much as|more than)?\s*$/i;

/** Money of a round from the company's existing holders ('from existing investors', '来自老股东'). */
const FROM_EXISTING =
  /\bfrom\s+(?:its\s+|the\s+company's\s+)?existing\s+(?:investors|shareholders|backers)\b|来自(?:现有|原有)?(?:老股东|现有股东|原有股东)/i;

/** Shares or stock right after an amount, not the buyer's own: 'of stock', 'of the company's shares', '的股份'. */
const BUYS_SHARES =
  /^(?:\s+(?:worth\s+)?of\s+(?:(?:the|its|the\s+company's|[A-Z][\w.&-]*(?:'s|’s))\s+)?(?:new\s+|newly\s+issued\s+|common\s+|class\s+[AB]\s+|H\s+|ordinary\s+)?(?:stock|shares|equity)\b|的?(?:股份|股票|股权|新股|H股))/;

/** '$38.5 billion, or $1.57 per share': the per-share amount restates the figure before it and takes its metric. */
const PER_SHARE_AFTER = /^\s*(?:per\s+(?:diluted\s+)?share|a\s+share|每股)/i;
const OR_BETWEEN = /^\s*[,，]?\s*(?:or|或|合)\s*$/i;

/** A keyword that names only a kind of outlay (投入, spend): a stronger keyword of the sentence's other figures overrides it. */
function isWeak(text: string, h: KeywordHit, c: CompiledLexicon): boolean {
  return (c.lex.weakKeywords ?? []).some((w) => w.toLowerCase() === text.slice(h.start, h.end).toLowerCase());
}

/**
 * Whether the amount continues a noun that an earlier clause of its sentence opens with: a metric keyword before `f`
 * (outside asides) that names no amount right before it, and no figure between it and `f`.
 */
function leadingKeyword(text: string, f: Figure, sentence: Span, hits: KeywordHit[], figures: Figure[]): boolean {
  // An aside closed before the amount explains the noun ('Large deal wins - contracts worth more than $50 million each -
  // totalled $3.1 billion'): its keywords and figures stand outside the statement.
  const head = text.slice(sentence.start, f.start).replace(ASIDE_SPANS, (m) => '\u0000'.repeat(m.length));
  const open = (at: number): boolean => head.charAt(at - sentence.start) !== '\u0000';
  const before = hits.filter((h) => h.metric && h.start >= sentence.start && h.end <= f.start && open(h.start));
  const last = before[before.length - 1];
  if (!last) return false;
  // A keyword right after another amount is that amount's ('$6.15 to $6.35 per share …, a midpoint of $6.25').
  if (figures.some((g) => g !== f && g.end <= last.start && OWN_KEYWORD_GAP.test(text.slice(g.end, last.start)))) return false;
  return !figures.some((g) => g !== f && g.start >= last.end && g.end <= f.start && open(g.start));
}

/** What may stand between an amount and a keyword that names it from behind: '$30 billion of bonds', '$2 per share', '80亿元的订单'. */
const OWN_KEYWORD_GAP = /^(?:\s*|\s+(?:of|in|for)\s+(?:(?:new|its|the)\s+)?|的)$/i;

/** Asides inside a stretch of text: brackets, and dashes written in pairs. */
const ASIDE_SPANS = /\([^()]*\)|（[^（）]*）| - [^-]*? - | – [^–]*? – | — [^—]*? — |——[^—]*?——/g;

/** The majority metric of the other same-kind figures of the sentence outside `clause`, from strong keywords only. */
function siblingVote(
  f: Figure,
  figures: Figure[],
  own: Map<Figure, Choice | undefined>,
  clauseOf: (f: Figure) => Span,
  strongOnly: (ch: Choice) => boolean,
  c: CompiledLexicon,
): string | undefined {
  const clause = clauseOf(f);
  const votes = new Map<string, number>();
  let voters = 0;
  for (const g of figures) {
    if (g === f || g.kind !== f.kind || clauseOf(g).start === clause.start) continue;
    const ch = own.get(g);
    if (!ch || !strongOnly(ch) || !fits(ch.metric, f, c)) continue;
    voters++;
    votes.set(ch.metric, (votes.get(ch.metric) ?? 0) + 1);
  }
  const [top] = [...votes].sort((a, b) => b[1] - a[1]);
  return top && top[1] * 2 > voters ? top[0] : undefined;
}

type Lexicon = CompiledLexicon['lex'];
type ContextRule = NonNullable<Lexicon['contextRules']>[number];
/** A lexicon's context rules with their sentence words lower-cased, and its generic keywords: made once per lexicon, not per sentence. */
const loweredOf = new WeakMap<Lexicon, { rules: [ContextRule, string[]][]; generic: Set<string> }>();
function loweredRules(lex: Lexicon): { rules: [ContextRule, string[]][]; generic: Set<string> } {
  let l = loweredOf.get(lex);
  if (!l) {
    l = {
      rules: (lex.contextRules ?? []).map((r) => [r, (r.sentenceWords ?? []).map((w) => w.toLowerCase())]),
      generic: new Set((lex.genericKeywords ?? []).map((w) => w.toLowerCase())),
    };
    loweredOf.set(lex, l);
  }
  return l;
}

/**
 * Metrics of the figures of one sentence. Each figure takes the nearest keyword of its own clause; a figure whose
 * clause has none takes the metric its same-kind siblings in the other clauses agree on (a list: '亚马逊全年资本开支超过
 * 1250亿美元；…；谷歌将全年指引上调至910亿至930亿美元；Meta预计全年资本开支为700亿至720亿美元' → capex for Google), else the
 * nearest keyword of an earlier clause (money only). A weak keyword (投入) yields to what the siblings agree on
 * ('OpenAI获软银300亿美元注资，…，亚马逊则拟投入最多500亿美元' → investment); a percent of a list without a keyword continues
 * the level metric of the percent before it ('火山引擎份额约46%，阿里云约27%' → market-share); context rules of the
 * lexicon refine a metric by what else the sentence says (IPO proceeds, a listed company's market value).
 */
export function sentenceMetrics(
  text: string,
  sentence: Span,
  figures: Figure[],
  hits: KeywordHit[],
  c: CompiledLexicon,
  clauseOf: (f: Figure) => Span,
  generic?: Set<Figure>,
): Map<Figure, string | undefined> {
  const own = new Map<Figure, Choice | undefined>();
  for (const f of figures) own.set(f, chooseMetricHit(text, f, clauseOf(f), hits, figures, c, undefined, sentence));
  const out = new Map<Figure, string | undefined>();
  const strong = (ch: Choice): boolean => !isWeak(text, ch.hit, c);
  for (const f of figures) {
    if (f.metric) {
      out.set(f, f.metric);
      continue;
    }
    const clause = clauseOf(f);
    const mine = own.get(f);
    if (mine) {
      const vote = isWeak(text, mine.hit, c) ? siblingVote(f, figures, own, clauseOf, strong, c) : undefined;
      out.set(f, vote ?? mine.metric);
      continue;
    }
    if (f.kind === 'money') {
      // 'CoreWeave's backlog, or remaining performance obligations, stood at $61.3 billion …; it signed $7.5 billion of
      // new contracts': a clause that only continues the sentence's opening noun ('stood at …') measures that noun,
      // not what other clauses' figures measure — when no figure stands between the noun and the amount.
      const vote = siblingVote(f, figures, own, clauseOf, () => true, c);
      const near = (): string | undefined => chooseMetric(text, f, clause, hits, figures, c, sentence);
      out.set(f, leadingKeyword(text, f, sentence, hits, figures) ? (near() ?? vote) : (vote ?? near()));
      continue;
    }
    let m = chooseMetric(text, f, clause, hits, figures, c, sentence);
    if (!m && f.kind === 'percent' && !isGrowth(text, f, clause, c)) {
      // (or the ratio the percent before it took from an earlier clause: '按份额计，SK海力士约55%，三星约25%')
      const ratio = (g: Figure): string | undefined => (RATIO_METRICS.has(out.get(g) ?? '') ? out.get(g) : undefined);
      const prev = [...figures].reverse().find((g) => g.kind === 'percent' && g.end <= clause.start && (own.get(g) || ratio(g)));
      const pm = prev ? (own.get(prev)?.metric ?? ratio(prev)) : undefined;
      if (pm && pm !== 'growth' && !pm.endsWith('-growth')) m = pm;
      // '毛利率方面，英伟达维持75%左右的指引不变', '按份额计，SK海力士约55%': a percent level named by nothing in its clause
      // takes a ratio named in an earlier clause of its sentence, with no other percent between them.
      if (!m) {
        const hit = hits.filter((h) => h.start >= sentence.start && h.end <= clause.start && h.metric && RATIO_METRICS.has(h.metric)).pop();
        if (hit && !figures.some((g) => g !== f && g.kind === 'percent' && g.start >= hit.end && g.end <= f.start))
          m = hit.metric ?? undefined;
      }
    }
    out.set(f, m);
  }
  // '高于市场预期的656亿美元', 'vs. $1.53 expected': an estimate compared with a figure measures what that figure does.
  // 'guided revenue up 4% to 6% QoQ, below consensus of 8%', '营收同比增长12%，高于市场预期的10%': a percent estimate that
  // nothing names (or only as a plain change) measures what the percent it is set against measures.
  figures.forEach((f, i) => {
    if (f.metric) return;
    if (f.kind === 'percent' && out.get(f) !== undefined && out.get(f) !== 'growth') return;
    const prev = figures
      .slice(0, i)
      .reverse()
      .find((g) => g.kind === f.kind && out.get(g));
    if (prev && isComparison(text, f, prev, c, hits)) out.set(f, out.get(prev));
  });
  // '税后纯益5057亿元，年增35%', 'grew 24% to $35.6 billion': a change with no base in its clause is a change of the
  // amount next to it — the one it reaches ('to $35.6 billion'), else the one stated just before it.
  figures.forEach((f, i) => {
    if (f.metric || (f.kind !== 'percent' && f.kind !== 'multiple') || out.get(f) !== 'growth') return;
    const next = figures.slice(i + 1).find((g) => g.kind === 'money');
    const prev = figures
      .slice(0, i)
      .reverse()
      .find((g) => g.kind === 'money');
    const reached = next && /^\s*(?:to|至|到|达到?)\s*$/i.test(text.slice(f.end, next.start)) ? next : undefined;
    const amount = reached ?? (prev && !/[。；;.!?！？]/.test(text.slice(prev.end, f.start)) ? prev : undefined);
    const base = amount ? out.get(amount) : undefined;
    const label = base ? c.byMetric.get(base)?.growthMetric : undefined;
    if (label) out.set(f, label);
  });
  // 'shares rose 2.8% to HK$160.70 after cloud revenue …', 'cloud revenue rose 34% to Rmb41.2bn and the group raised
  // its capex plan …', '股价涨2.8%至160.7港元': the amount a change reaches is the level of what changed, whatever keyword
  // comes later in the sentence.
  figures.forEach((f, i) => {
    const next = figures[i + 1];
    if (f.kind !== 'percent' || !next || next.kind !== 'money' || next.metric) return;
    const base = baseOfChange(out.get(f), c);
    if (!base || !fits(base, next, c)) return;
    if (/^\s*(?:to|至|到|报)\s*$/i.test(text.slice(f.end, next.start))) out.set(next, base);
  });
  // '甲骨文股价收涨4.2%，英伟达微跌0.8%': a change named by nothing in its clause, in a list of parallel changes, is a change
  // of what the change before it measured.
  figures.forEach((f, i) => {
    if (f.metric || f.kind !== 'percent' || out.get(f) !== 'growth') return;
    const prev = figures
      .slice(0, i)
      .reverse()
      .find((g) => g.kind === 'percent' && clauseOf(g).start !== clauseOf(f).start);
    const pm = prev ? out.get(prev) : undefined;
    if (!prev || !pm || pm === 'growth' || !(pm.endsWith('-growth') || c.lex.metrics.some((d) => d.growthMetric === pm))) return;
    if (!/[。；;]/.test(text.slice(prev.end, f.start))) out.set(f, pm);
  });
  // 'to 3% to 4%, up from its earlier forecast of 2% to 3%', '上调至8%-10%，此前为6%-8%': the value a percent is raised or
  // cut from measures what the new value measures.
  figures.forEach((f, i) => {
    if (f.metric || f.kind !== 'percent' || out.get(f)) return;
    if (!COMPARED_FROM.test(text.slice(Math.max(sentence.start, f.start - 40), f.start))) return;
    const prev = figures
      .slice(0, i)
      .reverse()
      .find((g) => g.kind === 'percent' && out.get(g));
    if (prev && !/[。；;]/.test(text.slice(prev.end, f.start))) out.set(f, out.get(prev));
  });
  // 'lift our target price to HK$210 from HK$185 and raise …', '目标价由450元上调至520元': the amount something is raised or
  // cut from, named by no keyword before it, measures what the new amount measures (a keyword after it opens another
  // statement).
  figures.forEach((f, i) => {
    if (f.metric || f.kind !== 'money') return;
    const mine = own.get(f);
    if (mine && mine.hit.end <= f.start) return;
    if (!/(?:\bfrom|由|从)\s*(?:about|around|roughly|约)?\s*$/i.test(text.slice(Math.max(sentence.start, f.start - 12), f.start))) return;
    const prev = figures[i - 1];
    const pm = prev && prev.kind === 'money' && prev.currency === f.currency ? out.get(prev) : undefined;
    const ratio = prev ? (f.value ?? 0) / (prev.value || 1) : 0;
    if (pm && ratio > 0.1 && ratio < 10 && !/[。；;,，]/.test(text.slice(prev!.end, f.start))) out.set(f, pm);
  });
  // 'Qatar Investment Authority is set to lead the round with roughly $5 billion', 'co-led the raise with $400 million':
  // the amount a lead brings to a round is its investment, not the round.
  for (const f of figures) {
    if (f.metric || f.kind !== 'money' || out.get(f) !== 'funding') continue;
    if (LEADS_WITH.test(text.slice(clauseOf(f).start, f.start))) out.set(f, 'investment');
  }
  // '约3亿元来自老股东追加投资', '$150 million of it came from existing investors': money a round takes from its existing
  // holders is part of the round (funding of the company raising), not an investment figure of someone else.
  for (const f of figures) {
    if (f.metric || f.kind !== 'money') continue;
    const m = out.get(f);
    if ((m === undefined || m === 'investment') && FROM_EXISTING.test(text.slice(clauseOf(f).start, clauseOf(f).end)))
      out.set(f, 'funding');
  }
  // '完成20亿元B轮融资，其中6亿元将用于向英伟达采购算力服务器', 'raised $400 million, including $120 million it will pay
  // Nvidia for servers': an amount its own clause pays out for equipment or services is a purchase, not the round that
  // funds it (the round's keyword stands in another clause).
  for (const f of figures) {
    if (f.metric || f.kind !== 'money' || out.get(f) !== 'funding') continue;
    const clause = clauseOf(f);
    const hit = own.get(f)?.hit;
    if (hit && hit.start >= clause.start && hit.end <= clause.end && out.get(f) === own.get(f)?.metric) continue;
    if (paysOut(text, f, clause)) out.set(f, 'purchase');
  }
  // 'agreed to buy $310 million of stock in the offering', '认购1亿美元的股份': money that buys a company's shares is an
  // investment in it, not a purchase contract (a company buying back its own shares is a buyback, named by its keyword).
  for (const f of figures) {
    const m = out.get(f);
    if (f.metric || f.kind !== 'money' || (m !== 'contract' && m !== 'purchase')) continue;
    if (BUYS_SHARES.test(text.slice(f.end, f.end + 40))) out.set(f, 'investment');
  }
  // '$38.5 billion, or $1.57 per share': the per-share amount takes the metric of the amount it restates.
  figures.forEach((f, i) => {
    const g = figures[i - 1];
    if (!g || f.kind !== 'money' || g.kind !== 'money' || f.metric) return;
    if (PER_SHARE_AFTER.test(text.slice(f.end, f.end + 20)) && OR_BETWEEN.test(text.slice(g.end, f.start))) {
      const gm = out.get(g);
      if (gm) out.set(f, gm);
    }
  });
  // 'it earned $1.42 per share, above the $1.30 analysts had expected', 'raised its dividend to 65 cents a share': a
  // per-share amount whose clause names its measure before it is that measure, not a share price.
  if (c.lex.perShareMeasures) {
    let prev: { f: Figure; metric: string } | undefined;
    for (const f of figures) {
      if (f.metric || f.kind !== 'money') continue;
      const m = out.get(f);
      if (m === 'share-price') {
        const named = perShareMeasure(text, f, clauseOf(f), hits, figures, c);
        const carried = !named && prev && sameMeasureAfter(text, prev.f, f, hits, figures) ? prev.metric : undefined;
        const now = named ?? carried;
        if (now) {
          out.set(f, now);
          prev = { f, metric: now };
          continue;
        }
      } else if (m && c.lex.perShareMeasures.metrics.includes(m)) {
        prev = { f, metric: m };
        continue;
      }
      prev = undefined;
    }
  }
  const lowered = loweredRules(c.lex);
  // The sentence's words are looked at only for a rule that some figure could take (most sentences: none).
  const takes = (rule: ContextRule, f: Figure): boolean => !f.metric && out.get(f) === rule.from && !(rule.kind && rule.kind !== f.kind);
  let sText: string | undefined;
  let sMetrics: Set<string | null> | undefined;
  for (const [rule, words] of lowered.rules) {
    if (!figures.some((f) => takes(rule, f))) continue;
    sText ??= text.slice(sentence.start, sentence.end).toLowerCase();
    const lower = sText;
    sMetrics ??= new Set(hits.filter((h) => h.start >= sentence.start && h.end <= sentence.end).map((h) => h.metric));
    const applies =
      sentenceHasWord(lower, words, rule.notWithin) || (rule.sentenceMetric !== undefined && sMetrics.has(rule.sentenceMetric));
    if (!applies) continue;
    for (const f of figures) {
      if (!takes(rule, f)) continue;
      if (rule.from === undefined && f.kind === 'percent' && isGrowth(text, f, clauseOf(f), c)) continue;
      out.set(f, rule.to);
    }
  }
  // 'We paid $8 billion for Informatica', '斥资15亿美元收购…': a payment for a company is its price, not spending.
  const paid = c.lex.paidFor;
  if (paid)
    for (const f of figures) if (!f.metric && paidForCompany(text, sentence, f, own.get(f)?.hit, out.get(f), paid)) out.set(f, paid.to);
  // 'bought $9 billion of Nvidia hardware', 'supply X with $1.5 billion of servers': an amount that buys goods is a purchase.
  const goods = c.lex.goodsBought;
  if (goods)
    for (const f of figures) {
      const m = f.metric ? undefined : goodsBoughtMetric(text, clauseOf(f), f, out.get(f), goods);
      if (m) out.set(f, m);
    }
  // 'a $100 billion deal': a metric given only by a word naming a transaction may yield to what an earlier statement said.
  const genericWords = lowered.generic;
  for (const f of figures) {
    const ch = own.get(f);
    if (generic && !f.metric && ch && out.get(f) === ch.metric && genericWords.has(text.slice(ch.hit.start, ch.hit.end).toLowerCase()))
      generic.add(f);
  }
  return out;
}

/**
 * The metric of `fig` from keyword hits in its clause. Money / count figures take the nearest keyword of a metric for
 * their kind; percentages and multiples that state a change become `<base>-growth` (营收同比增长20% → revenue-growth),
 * or the base's own `growthMetric` (股价下跌3% → share-price; 降价50% → price).
 */
export function chooseMetric(
  text: string,
  fig: Figure,
  clause: Span,
  hits: KeywordHit[],
  figures: Figure[],
  c: CompiledLexicon,
  sentence: Span = clause,
): string | undefined {
  return chooseMetricHit(text, fig, clause, hits, figures, c, sentence)?.metric;
}

function chooseMetricHit(
  text: string,
  fig: Figure,
  clause: Span,
  hits: KeywordHit[],
  figures: Figure[],
  c: CompiledLexicon,
  sentence: Span = clause,
  /** The whole sentence, for a change named only by a change noun (its base may stand in the clause before). */
  changeSentence: Span = sentence,
): Choice | undefined {
  // 'Shares of Moore Threads closed up 9.4% after Chinese media reported the spending plan': an English subordinate
  // clause after the figure (after, as, following, because, since, when) speaks of something else.
  const sub = SUBORDINATOR.exec(text.slice(fig.end, clause.end));
  const clauseEnd = sub ? fig.end + sub.index : clause.end;
  // A cell of a markdown table is named by its own row ('| Revenue | 452.6 | 8.4% |'), never by the next row's label.
  const row = tableRow(text, fig.start);
  const inClause =
    row && row.end < fig.start
      ? rowKeywords(text, row, c)
      : hits.filter((h) => h.start >= clause.start && h.end <= clauseEnd && (!row || (h.start >= row.start && h.end <= row.end)));
  // 'Snowflake (SNOW US) +7% after hours on a product-revenue beat': a move written right after a stock code is the
  // stock's, whatever the sentence says later.
  const code = inClause.find((h) => h.metric === 'share-price' && h.end <= fig.start && /^\s*$/.test(text.slice(h.end, fig.start)));
  if (code && fig.kind === 'percent' && /[)）]$/.test(text.slice(code.start, code.end))) return { metric: 'share-price', hit: code };
  // A money figure in a clause without a keyword takes the nearest one from earlier clauses ('收入增长93%，达到623亿美元'),
  // never one inside a parenthetical aside ('约1200亿美元（含融资租赁）').
  const earlier = hits.filter((h) => h.start >= sentence.start && h.end <= clause.start && !inParentheses(text, sentence.start, h.start));
  let choice: Choice | undefined;
  if ((fig.kind === 'percent' || fig.kind === 'multiple') && isGrowth(text, fig, clause, c)) {
    const growthOf = (h: KeywordHit): string | undefined => {
      const def = h.metric ? c.byMetric.get(h.metric) : undefined;
      const ok =
        !!def &&
        (def.kinds.includes('money') ||
          def.kinds.includes('count') ||
          def.growthMetric !== undefined ||
          def.metric === 'market-share' ||
          def.metric === 'margin');
      return ok ? (def.growthMetric ?? 'growth') : undefined;
    };
    // '营收623亿美元，同比增长71%': a change with no base in its clause is a change of the nearest base before it.
    // '掌阅科技涨停，涨幅10%', '兆易创新涨停，江波龙上涨8.6%': a change with no base in its clause is a change of the base
    // of the clause right before it in the sentence.
    const base =
      nearest(text, inClause, fig, figures, growthOf, c) ??
      (REACHES_AMOUNT.test(text.slice(fig.end, fig.end + 12))
        ? undefined
        : nearest(text, earlierBases(text, hits, changeSentence, clause), fig, figures, growthOf, c));
    const any = inClause[0] ?? hits.find((h) => h.start >= clause.start);
    // A keyword after a signed move ('SK Hynix -2.4% on reports that contract prices will fall') is another statement's.
    if ((!base || base.hit.start >= fig.end) && stockMove(text, fig, clause))
      return { metric: 'share-price', hit: { start: fig.start, end: fig.start, metric: 'share-price' } };
    choice = base ?? (any ? { metric: 'growth', hit: any } : { metric: 'growth', hit: { start: fig.start, end: fig.start, metric: null } });
  } else {
    const give = (h: KeywordHit): string | undefined => metricFor(h, fig, c);
    // 'raised its revenue growth guidance to 3-4%', '营收增速指引上调至8%-10%': a percent level of a money metric's growth.
    choice = fig.kind === 'percent' || fig.kind === 'multiple' ? growthLevel(text, inClause, fig, c) : undefined;
    choice ??= nearest(text, inClause, fig, figures, give, c);
    if (!choice && fig.kind === 'money') choice = nearest(text, earlier, fig, [], give, c);
    // 'structures worth $100bn are being negotiated, with Apollo and Pimco among the would-be lenders': a trailing
    // with-phrase names the role its parties play in the amount.
    if (!choice && fig.kind === 'money') {
      const tail = text.slice(clause.end, sentence.end);
      const w = /[,，]\s*with\b[^;；。]*/i.exec(tail);
      const from = clause.end + (w?.index ?? 0);
      if (w)
        choice = nearest(
          text,
          hits.filter((h) => h.start >= from && h.end <= from + w[0].length),
          fig,
          [],
          give,
          c,
        );
    }
    // '160 million shares of AMD at $0.01 each': a unit price of shares is a share price.
    if (choice?.metric === 'price' && inClause.some((h) => h.metric === 'share-price' && h.end <= fig.start) && fits('share-price', fig, c))
      choice = { ...choice, metric: 'share-price' };
  }
  // 'lost $600 billion in market value', '市值蒸发': a market-cap keyword plus a motion word make a change, unless the
  // figure is the level reached ('rose to $5 trillion').
  if (fig.kind === 'money' && !isLevel(text, fig, clause)) {
    const rule = changeRule(text, clause, inClause, choice?.metric, c);
    if (rule && choice) choice = { ...choice, metric: rule.metric };
  }
  return choice;
}

/**
 * Keywords of a table row above the figure's own: a change row ('| YoY | 20% |') is named by the row it follows, which
 * may stand in another sentence, so its keywords are found here (rare: only cells of change rows ask).
 */
function rowKeywords(text: string, row: Span, c: CompiledLexicon): KeywordHit[] {
  return findKeywords(text.slice(row.start, row.end), c).map((h) => ({ ...h, start: h.start + row.start, end: h.end + row.start }));
}

/**
 * A clause that is only a name and a price verb before a change ('京鼎大涨9.8%，帆宣涨4.3%', '电子行业今年以来累计涨幅约18%'):
 * 涨 / 跌 with nothing they measure is a stock's or an index's move (a company's own measures rise with 增长 / 下降 and
 * name what rose).
 */
const ZH_STOCK_MOVE =
  /^[\u4e00-\u9fff]{2,12}?(?:盘中|早盘|午盘|尾盘|全天|当日|今日|今年以来|年内|周[一二三四五]|\d{1,2}日)?(?:累计|一度)?(?:大|小|微|收|续|再|急|劲|逆势|同步)?(?:涨|漲|跌)(?:幅)?(?:达|逾|超|约|近|為|为)?$/u;
/** 'Taiex +0.8%', 'Samsung Electronics -1.1%', 'the Nasdaq Composite closed +1.1%': a signed change right after a name. */
const EN_SIGNED_MOVE = /\b[A-Z][\w&.'-]*(?:\s+(?:closed|ended|finished|was|were))?\s*$/;

/** Whether a change nothing in its clause measures is a stock's move by its wording alone (see ZH_STOCK_MOVE, EN_SIGNED_MOVE). */
function stockMove(text: string, fig: Figure, clause: Span): boolean {
  const before = text.slice(clause.start, fig.start).trim();
  if (fig.kind !== 'percent') return false;
  if (/^[+\-−–]/.test(fig.text)) return EN_SIGNED_MOVE.test(before);
  if (ZH_STOCK_MOVE.test(before)) return true;
  // '软银持股的Arm当日上涨4.6%', 'SoftBank, which holds 90% of Arm, rose 4.6% on the day': a move of one trading day that
  // nothing in its clause measures is a stock's.
  return !!fig.direction && DAY_MOVE.test(text.slice(clause.start, clause.end));
}

/** Words of one trading day or session. */
const DAY_MOVE =
  /当日|当天|盘中|盘后|盘前|早盘|午盘|尾盘|全天|收盘|\bon the day\b|\bthat day\b|\bintraday\b|\bin (?:early |late |after-hours |premarket |extended )?trading\b|\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday)\b/i;

/** What stands right before the earlier value of something raised or cut ('up from its earlier forecast of', '此前为'). */
const COMPARED_FROM =
  /(?:\bfrom|\b(?:earlier|previous|prior|old)\s+(?:forecast|guidance|outlook|target|estimate|range)\s+of|此前为?|原为|原先为?|之前为?|前值)\s*(?:about|around|roughly|约)?\s*$/i;

/**
 * What names a rate of growth right after a metric's keyword ('revenue growth', '营收增速'); a money metric's guidance
 * or outlook given as a percent is its growth too ('raising our revenue guidance for the year to 3-4%', '营收指引').
 */
const GROWTH_NOUN = /^\s*(?:growth|growth\s+rate|(?:guidance|outlook)\b|增长率?|增速|增幅|指引)/i;

/**
 * The nearest keyword before a percent in its clause that is a money metric followed by a growth noun: the percent is
 * that metric's growth ('revenue growth guidance to 3-4%' → revenue-growth).
 */
function growthLevel(text: string, inClause: KeywordHit[], fig: Figure, c: CompiledLexicon): Choice | undefined {
  const hit = inClause
    .filter((h) => h.end <= fig.start && h.metric && c.byMetric.get(h.metric)?.kinds.includes('money'))
    .filter((h) => GROWTH_NOUN.test(text.slice(h.end, h.end + 14)))
    .pop();
  if (!hit?.metric) return undefined;
  const def = c.byMetric.get(hit.metric)!;
  return { metric: def.growthMetric ?? `${def.metric}-growth`, hit };
}

/** The metric a change metric is a change of: 'revenue-growth' → revenue, 'share-price' → share-price; else undefined. */
function baseOfChange(change: string | undefined, c: CompiledLexicon): string | undefined {
  if (!change || change === 'growth') return undefined;
  return c.lex.metrics.find((d) => d.kinds.includes('money') && (d.growthMetric ?? `${d.metric}-growth`) === change)?.metric;
}

function isLevel(text: string, fig: Figure, clause: Span): boolean {
  return /(?:\bto|至|到|达到?|为)\s*$/.test(text.slice(clause.start, fig.start));
}

function clauseHas(text: string, clause: Span, words: string[]): boolean {
  const clauseText = text.slice(clause.start, clause.end).toLowerCase();
  return words.some((t) => (/^[a-z]/.test(t) ? new RegExp(`\\b${t}\\b`).test(clauseText) : clauseText.includes(t)));
}

function changeRule(
  text: string,
  clause: Span,
  inClause: KeywordHit[],
  metric: string | undefined,
  c: CompiledLexicon,
): CompiledLexicon['lex']['changeRules'][number] | undefined {
  let found: CompiledLexicon['lex']['changeRules'][number] | undefined;
  for (const rule of c.lex.changeRules) {
    const baseHit = inClause.some((h) => h.metric === rule.base);
    if ((metric === rule.base || baseHit) && clauseHas(text, clause, rule.triggers)) found = rule;
  }
  return found;
}

/**
 * The sign a figure's metric gives it when the figure itself carries none: a market-value change stated with a loss
 * verb ('erasing about $380 billion in market value', '市值蒸发3570亿美元') and a percent after a fall noun ('降幅为50%')
 * are falls. Example: ('降幅均为50%', metric price) → 'down'.
 */
export function impliedDirection(
  text: string,
  fig: Figure,
  clause: Span,
  metric: string | undefined,
  c: CompiledLexicon,
): 'down' | undefined {
  if (fig.direction) return undefined;
  if (fig.kind === 'money') {
    const rule = c.lex.changeRules.find((r) => r.metric === metric);
    if (rule?.downTriggers && !isLevel(text, fig, clause) && clauseHas(text, clause, rule.downTriggers)) return 'down';
    return undefined;
  }
  if (fig.kind !== 'percent') return undefined;
  const before = text.slice(clause.start, fig.start);
  return (c.lex.downWords ?? []).some((w) => before.includes(w)) || EN_FALL_OF.test(before) ? 'down' : undefined;
}

/** 'a drop of 8% sequentially', 'a price cut of about 20%': an English fall noun, 'of', then the figure. */
const EN_FALL_OF =
  /\b(?:drop|decline|decrease|fall|cut|reduction|slump|plunge)\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|up to|more than|over|as much as)\s+)?$/i;

/** Per-share wording before an amount: '每股收益1.62美元', 'EPS of $1.62', 'Earnings per share: $1.62'. */
const PER_SHARE_BEFORE =
  /(?:每股(?:收益|盈余|净利|纯益|盈利)?|\bEPS|per[\s-]share(?:\s+earnings)?|earnings\s+per\s+share)[^，。；;\d]{0,10}$/i;

/**
 * Whether a money figure is an amount per share (a share price, earnings per share) rather than a total: claims
 * never compare the two. Example: 'net income of $38.5 billion, or $1.57 per share' → true for $1.57 only.
 */
export function isPerShare(text: string, fig: Figure, clause: Span, siblings: readonly Figure[] = []): boolean {
  if (perShareAlone(text, fig, clause)) return true;
  // '每股收益预测分别为4.35美元和5.20美元', '$1.62 adjusted vs. $1.53 expected': an amount joined to a per-share
  // amount by 'and / vs. / 至' is one too.
  const i = siblings.indexOf(fig);
  if (fig.kind !== 'money' || i < 0) return false;
  for (const step of [-1, 1]) {
    let cur = fig;
    for (let j = i + step; j >= 0 && j < siblings.length; j += step) {
      const next = siblings[j] as Figure;
      if (next.kind !== 'money' || next.currency !== fig.currency) break;
      // 'net income of $38.5 billion and $1.57 per share': a total is never of the same order as a per-share amount.
      const ratio = Math.abs((fig.value ?? 0) / (next.value || 1));
      if (!(ratio > 0.01 && ratio < 100)) break;
      const between = step < 0 ? text.slice(next.end, cur.start) : text.slice(cur.end, next.start);
      if (!PER_SHARE_JOIN.test(between)) break;
      if (perShareAlone(text, next, clause)) return true;
      cur = next;
    }
  }
  return false;
}

/** What may join two amounts of one measure: 'and', 'or', 'vs.', 'to', '和', '至', '、', a dash, one word before it. */
const PER_SHARE_JOIN = /^\s*(?:[A-Za-z-]+\s+)?(?:and|or|vs\.?|versus|to|和|与|及|或|至|到|、|,|，|-|–|~)\s*$/i;

/** A label before the amount, across a colon that may end the clause: 'Earnings per share: $1.62'. */
const PER_SHARE_LABEL = /(?:每股(?:收益|盈余|净利|盈利)|\bEPS|earnings\s+per\s+share)\s*(?:\([^)]{0,12}\))?\s*[:：]\s*$/i;

function perShareAlone(text: string, fig: Figure, clause: Span): boolean {
  if (fig.kind !== 'money') return false;
  if (/\/\s*股|per\s+share/i.test(fig.text)) return true;
  if (PER_SHARE_AFTER.test(text.slice(fig.end, fig.end + 20))) return true;
  if (PER_SHARE_LABEL.test(text.slice(Math.max(0, fig.start - 30), fig.start))) return true;
  return PER_SHARE_BEFORE.test(text.slice(Math.max(clause.start, fig.start - 30), fig.start));
}
