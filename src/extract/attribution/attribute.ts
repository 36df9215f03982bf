/** Attribution: fills subject, metric and period of figures from the entities, keywords and periods of their sentence. */

import type { EntityMention } from '../../types/entity.js';
import type { ExtractContext, Figure } from '../../types/figure.js';
import { fiscalYearTable } from '../data-tables.js';
import { type Gazetteer, lookupEntry, ownerOf } from '../entities/gazetteer.js';
import { findPeriods, fiscalStatements, type PeriodMention, parseDocDate } from '../periods/index.js';
import { type SentenceSpan, type Span, sentenceSpans } from './clauses.js';
import { contributionOf } from './contribution.js';
import { counterpartyOf } from './counterparty.js';
import { debtBought } from './debt-bought.js';
import { goodsBoughtMetric, supplyBuyer } from './goods-bought.js';
import { grantingGovernment } from './government.js';
import { type CompiledLexicon, findKeywords, type KeywordHit, loadMetricLexicon } from './lexicon.js';
import { mainSubject } from './main-subject.js';
import { impliedDirection, isPerShare, paysOut, sentenceMetrics } from './metric.js';
import { deniedAmount, isNegated } from './negation.js';
import { ownAssetSpending } from './own-assets.js';
import { wholeOfPart } from './parts.js';
import { DocumentPeriods, type FiscalCalendars } from './period.js';
import { CONSTANT_CURRENCY_SCOPE, constantCurrency, ESTIMATE_SCOPE, exclusionScope, isEstimate, segmentAfter, segmentOf } from './scope.js';
import { segmentAsSubject } from './segment-subject.js';
import { spendObjectMetric } from './spend-object.js';
import { isBareStockMove, isStockSentenceMove } from './stock-move.js';
import {
  actingSources,
  chooseSubject,
  describesNextName,
  introducedAsAgent,
  investmentTold,
  jointMembers,
  opensReferringBack,
  opensWithParts,
  receiverMetric,
  sourcesReportedOn,
  subjectCandidates,
  ventureFounders,
} from './subject.js';
import { bondIssuers, namedVehicles } from './vehicles.js';

/** A possessive right after a name ('OpenAI's …', 'OpenAI’s …'). */
const POSSESSIVE_AFTER = /^['’]s\b/;

/** An object marker right before a cloud's name: the cloud receives the money ('向Azure', 'with Oracle Cloud', 'to AWS'). */
const CLOUD_OBJECT = /(?:向|与|跟|和|对|\bto|\bwith|\bon|\bfrom)\s*(?:the\s+)?$/i;

/** What a sentence leaves to the next one of its paragraph: the metrics it speaks of and the one period it names. */
interface SentenceContext {
  para: number;
  /** Money metrics named by keyword or given to its money figures. */
  metrics: Set<string>;
  /** The money metric it names last (its figures' or its keywords'): what a next sentence without a keyword continues. */
  last?: string;
  period?: string;
  /** Per money metric, the period of its first amount dated in the sentence ('今年…6600亿美元，而2024年…2400亿美元' → 2026). */
  byMetric: Map<string, string>;
}

/** Index of the first span of `sorted` (by start) starting at or after `pos`. */
function lowerBound(sorted: Span[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spans of `sorted` (by start) lying inside `s`; binary search keeps long documents linear-ish. */
function within<T extends Span>(sorted: T[], s: Span): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, s.start); i < sorted.length && sorted[i]!.start < s.end; i++)
    if (sorted[i]!.end <= s.end) out.push(sorted[i]!);
  return out;
}

/** Spans sorted by start with the running maximum of their ends, so containment is found without a scan of all spans. */
interface SpanIndex {
  spans: Span[];
  maxEnd: number[];
}

function spanIndex(sorted: Span[]): SpanIndex {
  const maxEnd: number[] = [];
  let m = Number.NEGATIVE_INFINITY;
  for (const s of sorted) maxEnd.push((m = Math.max(m, s.end)));
  return { spans: sorted, maxEnd };
}

/** Whether some span of the index contains `h`: walks back from the last span starting at or before it while any earlier span still reaches its end. */
function coveredBy(ix: SpanIndex, h: Span): boolean {
  for (let k = lowerBound(ix.spans, h.start + 1) - 1; k >= 0 && ix.maxEnd[k]! >= h.end; k--) if (ix.spans[k]!.end >= h.end) return true;
  return false;
}

/** Drops spans of `a` that overlap any span of `b` (both sorted by start). */
function withoutOverlaps<T extends Span>(a: T[], b: Span[]): T[] {
  // Spans of b are short; look back a bounded window of them.
  return a.filter((x) => {
    const i = lowerBound(b, x.end);
    for (let j = i - 1; j >= 0 && j >= i - 8; j--) if (b[j]!.end > x.start) return false;
    return true;
  });
}

/**
 * Fiscal year-end month per company: what the text states of its calendar ('the fourth quarter ended Oct. 31',
 * '财年截至3月31日'), else data/fiscal-years.json; a business unit follows its owner's calendar, and a name the gazetteer
 * does not know (a segment the text names: 'Personal Systems') the calendar of the text's company.
 */
function fiscalCalendars(
  text: string,
  sentences: SentenceSpan[],
  mentions: EntityMention[],
  main: string | undefined,
  gaz: Gazetteer,
): FiscalCalendars {
  const stated = new Map<string, number>();
  let anonymous: number | undefined;
  for (const s of fiscalStatements(text)) {
    const sentence = sentences.find((x) => x.start <= s.start && s.start < x.end);
    // The company named last before the statement in its sentence ('Micron, whose fiscal year ends …'), else the text's.
    const named = mentions.filter((m) => m.type === 'org' && m.end <= s.start && !!sentence && m.start >= sentence.start).pop();
    const who = named?.name ?? main;
    if (who && !stated.has(who)) stated.set(who, s.fyEndMonth);
    // A calendar stated where no company is known (a name the gazetteer lacks: '澄风电子预计截至3月的本财年…') is the
    // text's own: it labels the figures of no known owner.
    else if (!who && anonymous === undefined) anonymous = s.fyEndMonth;
  }
  const table = fiscalYearTable().fiscalYearEnd;
  const of = (name: string): number | undefined => stated.get(name) ?? table[name];
  const unknown = (subject: string): boolean => !stated.has(subject) && !lookupEntry(subject, gaz);
  return {
    yearEnd: (subject) => {
      if (!subject) return anonymous;
      const owner = ownerOf(subject, gaz);
      return of(subject) ?? (owner ? of(owner) : undefined) ?? (main && unknown(subject) ? of(main) : undefined);
    },
    followsText: (subject) => subject === main || unknown(subject),
    // 'Micron said its revenue for the fiscal third quarter …' in a story of Samsung: the company named last before a
    // position in its sentence keeps a calendar of its own
    othersAt: (at) => {
      const sentence = sentences.find((x) => x.start <= at && at < x.end);
      if (!sentence) return false;
      const named = mentions.filter((m) => m.type === 'org' && m.end <= at && m.start >= sentence.start).pop();
      return !!named && named.name !== main && of(named.name) !== undefined;
    },
  };
}

/**
 * The figures 'respectively' closes: the coordinated run right before it ('… rose 2.1% and are up 15% this year, while
 * rivals A and B gained 2.4% and 0.9%, respectively' → 2.4%, 0.9'), not every figure of the sentence.
 */
function listBefore(text: string, figs: Figure[], at: number, c: CompiledLexicon): Figure[] {
  const before = figs.filter((f) => f.end <= at);
  const last = before[before.length - 1];
  if (!last) return figs;
  const run = [last];
  for (let j = before.length - 2; j >= 0; j--) {
    const gap = text.slice(before[j]!.end, run[0]!.start).trim().toLowerCase().replace(/^,\s*/, '');
    if (gap !== '' && gap !== ',' && !c.lex.coordinators.includes(gap)) break;
    run.unshift(before[j]!);
  }
  return run;
}

/** 'A 和 B 的资本开支分别为 X 和 Y' / 'A and B … X and Y respectively': the i-th figure belongs to the i-th entity. */
function respectively(
  text: string,
  sentence: SentenceSpan,
  figs: Figure[],
  cands: EntityMention[],
  c: CompiledLexicon,
): Map<Figure, string> {
  const out = new Map<Figure, string>();
  const s = text.slice(sentence.start, sentence.end);
  const cue = /分别|respectively/i.exec(s);
  if (!cue) return out;
  // 'respectively' closes the list of figures it follows; '分别' opens the list that follows it.
  const at = sentence.start + cue.index;
  const listed = cue[0] === '分别' ? figs.filter((f) => f.start >= at) : listBefore(text, figs, at, c);
  if (listed.length < 2) return out;
  const first = listed[0]!;
  // The longest coordinated list of candidates before the first figure: 'A 和 B', 'A, B and C'.
  let chain: EntityMention[] = [];
  let run: EntityMention[] = [];
  for (const m of cands.filter((x) => x.end <= first.start)) {
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end, m.start).trim().toLowerCase() : '';
    if (prev && (gap === '' || !c.lex.coordinators.includes(gap))) run = [];
    run.push(m);
    if (run.length > chain.length) chain = [...run];
  }
  const sameKind = listed.filter((f) => f.kind === first.kind);
  if (chain.length < 2 || chain.length !== sameKind.length) return out;
  sameKind.forEach((f, i) => out.set(f, chain[i]!.name));
  return out;
}

/**
 * Copies of `figures` with subject / metric / period filled where the text tells them (existing values are kept).
 * Example: '微软今年资本开支约800亿美元' (2026-03-02) → subject Microsoft, metric capex, period 2026.
 * A money figure whose sentence names no metric or no period takes them from the previous sentence of its paragraph
 * when that sentence speaks of one metric ('… raised their spending plans this year. Alphabet now guides to $91 billion
 * to $93 billion' → capex, 2026); 'the company' with no one named in the sentence is the text's main organisation.
 */
export function attributeFigures(
  text: string,
  figures: Figure[],
  mentions: EntityMention[],
  ctx: ExtractContext,
  gaz: Gazetteer,
): Figure[] {
  const c = loadMetricLexicon();
  const sentences = sentenceSpans(text);
  const figs = figures.map((f) => ({ ...f })).sort((a, b) => a.start - b.start);
  const sortedMentions = [...mentions].sort((a, b) => a.start - b.start);
  const discovered = spanIndex(sortedMentions.filter((m) => m.match === 'discovered'));
  // A duration inside a period phrase ('一年' in '一年前') does not hide it.
  const periods = withoutOverlaps(
    findPeriods(text, ctx.date ?? null),
    figs.filter((f) => f.kind !== 'duration'),
  );
  // A discovered name that only clips a keyword ('数据中心资本开支' read as '中心资本') does not hide it.
  const hits = withoutOverlaps(
    findKeywords(text, c),
    sortedMentions.filter((m) => m.match !== 'discovered'),
  ).filter((h) => !coveredBy(discovered, h));
  const companies = sourcesReportedOn(sentences[0], sortedMentions, hits, gaz, c);
  const main = mainSubject(sentences, sortedMentions, gaz, c, companies, text);
  const calendars = fiscalCalendars(text, sentences, sortedMentions, main, gaz);
  // A venture the text names by no name of its own is its partners' together ('The venture … could borrow …').
  const namedVehicleList = namedVehicles(text, sortedMentions);
  const founders = namedVehicleList.length ? undefined : ventureFounders(text, sentences, sortedMentions, c, gaz);
  const vehicles = founders ? [founders] : namedVehicleList;
  const issuers = bondIssuers(text, sortedMentions, namedVehicleList);
  const docPeriods = new DocumentPeriods(text, periods, figs, sentences, parseDocDate(ctx.date), calendars, main);
  let carried: { para: number; subject: string } | undefined;
  // A paragraph whose last subject was two companies joined ('Microsoft and Oracle keep adding capacity.'): a 'the
  // company' / 公司 after it names neither for sure, and never the text's main organisation when that is not one of
  // them — the figure keeps no owner rather than the head's (decision 120).
  let unclear: { para: number; names: string[] } | undefined;
  let lastGroup: string | undefined;
  /** The government whose subsidy the paragraph last stated. */
  let granting: { para: number; name: string } | undefined;
  let lastReceiver: string | undefined;
  // Whom the text's last investment went to ('will invest 1.5 trillion won in Haneul AI'): 'valuing it at …' next.
  let lastInvestee: string | undefined;
  /** Who made that investment. */
  let lastInvestor: string | undefined;
  let context: SentenceContext | undefined;
  /** Figures dated by a starting point or an event ('从2027年开始'): their period is not carried to the next sentence. */
  const startDated = new Set<Figure>();
  /** Figures whose metric only a word naming a transaction gave ('a $100 billion deal'). */
  const generic = new Set<Figure>();
  for (const sentence of sentences) {
    const sFigs: Figure[] = [];
    for (let i = lowerBound(figs, sentence.start); i < figs.length && figs[i]!.start < sentence.end; i++) sFigs.push(figs[i]!);
    const sMentions = within(sortedMentions, sentence);
    const sHits = within(hits, sentence);
    const sPeriods = within(periods, sentence);
    // A sentence naming the parts of the total just stated continues it even after a paragraph break.
    const prev = context?.para === sentence.para || opensWithParts(text.slice(sentence.start, sentence.end)) ? context : undefined;
    const moneyMetric = (m: string | null): m is string => !!m && (c.byMetric.get(m)?.kinds.includes('money') ?? false);
    const namesMetric = sHits.some((h) => moneyMetric(h.metric));
    let firstSubject: string | undefined;
    const clauseOf = (f: Figure): Span => sentence.clauses.find((cl) => f.start >= cl.start && f.start < cl.end) ?? sentence;
    // The sentence's named candidates (metric-free): its list for 'respectively' and what the next sentence continues.
    // A bank or research house acting as a party to the money in this sentence ('…, which is providing $4 billion').
    const acting = sFigs.length > 0 ? actingSources(text, sentence, sMentions, gaz, c) : undefined;
    const owners = acting?.size ? new Set([...companies, ...acting]) : companies;
    const named = subjectCandidates(sMentions, undefined, gaz, c, owners);
    // What only its figures use is made only for a sentence with figures (most have none).
    const metrics =
      sFigs.length > 0 ? sentenceMetrics(text, sentence, sFigs, sHits, c, clauseOf, generic) : new Map<Figure, string | undefined>();
    const mentionEnds = sFigs.length > 0 ? sMentions.map((m) => m.end) : [];
    const mentionStarts = sFigs.length > 0 ? sMentions.map((m) => m.start) : [];
    const markets =
      sFigs.length > 0
        ? sMentions.filter((m) => m.type === 'place' && (gaz.byName.get(m.name.toLowerCase())?.tags ?? []).includes('market'))
        : [];
    // 'respectively' pairs a list of at least two figures with a list of names.
    const byOrder = sFigs.length >= 2 ? respectively(text, sentence, sFigs, named, c) : new Map<Figure, string>();
    for (const fig of sFigs) {
      const clause = clauseOf(fig);
      fig.metric ??= metrics.get(fig);
      // A part measures what its whole measures ('投入约1600亿元，其中约850亿元用于采购AI芯片': the use named after it is
      // not its metric), unless a keyword of its own stands before it ('营收100亿元，其中云业务收入40亿元').
      const whole = fig.kind === 'money' ? wholeOfPart(text, fig, clauseOf(fig), sFigs) : undefined;
      // A part of a round paid out for equipment or services ('完成20亿元B轮融资，其中6亿元将用于向英伟达采购服务器') is a
      // purchase, not the round.
      if (whole?.metric === 'funding' && paysOut(text, fig, clause)) fig.metric = 'purchase';
      else if (whole?.metric && !sHits.some((h) => h.metric && h.start >= clauseOf(fig).start && h.end <= fig.start))
        fig.metric = whole.metric;
      if (!fig.metric && fig.kind === 'money' && !namesMetric && prev?.last)
        fig.metric = prev.last === 'funding' && paysOut(text, fig, clause) ? 'purchase' : prev.last;
      // 'Blackstone gained 1.2%', '恒生指数 +1.2%': a change nothing names, right after a listed company or an index, is its price move.
      if (
        fig.metric === 'growth' &&
        (isBareStockMove(text, fig, clause, sMentions, gaz) || isStockSentenceMove(text, fig, sentence.start, sMentions, gaz))
      )
        fig.metric = 'share-price';
      const down = impliedDirection(text, fig, clause, fig.metric, c);
      if (down) fig.direction = down;
      if (isNegated(text, fig, clause) || deniedAmount(text, fig, clause, sentence)) fig.negated = true;
      if (!fig.unit && (fig.metric === 'share-price' || isPerShare(text, fig, clause, sFigs))) fig.unit = 'per share';
      const scope =
        fig.scope ??
        (isEstimate(text, fig, clause, sentence, c) ? ESTIMATE_SCOPE : undefined) ??
        segmentOf(text, fig, clause, sHits, mentionEnds, c) ??
        segmentAfter(text, fig, sHits, mentionStarts, c) ??
        segmentAsSubject(text, fig, clause, sHits, mentionEnds, c) ??
        exclusionScope(text, fig, clause) ??
        (constantCurrency(text, fig, clause) ? CONSTANT_CURRENCY_SCOPE : undefined);
      if (scope) fig.scope = scope;
      const def = fig.metric ? c.byMetric.get(fig.metric.replace(/-growth$/, '')) : undefined;
      const candidates = subjectCandidates(sMentions, def, gaz, c, owners, fig.metric === 'growth');
      const samePara = carried?.para === sentence.para ? carried.subject : undefined;
      const base = changeBase(text, fig, sFigs, sMentions, sHits);
      // The change of a segment's amount measures that segment ('$12.2 billion, up 48%').
      if (base?.scope && !fig.scope) fig.scope = base.scope;
      // '…58% of first-quarter revenue, down from 72% a year earlier': the level compared with is the same thing's.
      const compared = fig.kind === 'percent' ? comparedLevel(text, fig, sFigs) : undefined;
      const subject = base
        ? base.subject
        : compared
          ? compared.subject
          : (byOrder.get(fig) ??
            sharesOf(text, fig, candidates) ??
            chooseSubject({
              text,
              fig,
              sentence,
              clause,
              candidates,
              def,
              gaz,
              c,
              main: unclear?.para === sentence.para && main !== undefined && !unclear.names.includes(main) ? undefined : main,
              previous: samePara,
              earlier: carried && carried.para !== sentence.para ? carried.subject : undefined,
              lastGroup,
              lastReceiver,
              lastInvestee,
              lastInvestor,
              markets,
              vehicles,
              issuers,
            }));
      // A subsidy no one named receives is the granting government's ('深圳市工信局…单个企业每年最高可获2000万元').
      // The next sentence of its paragraph that names none goes on with it ('细则同时明确，…按15%给予补助').
      if (!subject && !fig.subject && fig.metric === 'subsidy') {
        const government =
          grantingGovernment(text, fig.start, sentence, sentence.clauses) ?? (granting?.para === sentence.para ? granting.name : undefined);
        if (government) {
          fig.subject = government;
          granting = { para: sentence.para, name: government };
        }
      }
      // 'Corvid agreed to supply Brightline with $1.5 billion of servers', '…向AMD供应价值约10万亿韩元的HBM4': the buyer pays.
      const sale = subject && !fig.subject && fig.metric === c.lex.goodsBought?.to ? supplyBuyer(text, clause, sMentions) : undefined;
      if (sale && sale.seller === subject) {
        fig.subject = sale.buyer;
        fig.counterparty ??= sale.seller;
      }
      // 'Pimco bought $18bn of the vehicle's bonds': debt its holder buys is the holder's investment, not its borrowing.
      if (c.lex.debtBought && debtBought(text, fig, sentence, sMentions, fig.subject ?? subject, c.lex.debtBought))
        fig.metric = c.lex.debtBought.to;
      // "Nvidia's contribution of up to $2 billion is small relative to what xAI plans to spend": the contributor's investment.
      if (c.lex.contributionOf && contributionOf(text, fig, clause, sMentions, fig.subject ?? subject, c.lex.contributionOf))
        fig.metric = c.lex.contributionOf.to;
      if (subject) {
        fig.subject ??= subject;
        firstSubject ??= subject;
        if (jointMembers(subject, gaz)) lastGroup = subject;
        if (def && receiverMetric(def.metric)) lastReceiver = subject;
      }
      if (def?.payer && fig.kind === 'money' && !fig.counterparty) {
        const other = counterpartyOf(
          text,
          fig,
          clause,
          sentence,
          candidates,
          c,
          (n) => ownerOf(n, gaz),
          (n) => {
            const e = gaz.byName.get(n.toLowerCase());
            return e ? [e.name, ...e.aliases] : [n];
          },
        );
        if (other) fig.counterparty = other;
        if (other && (def.metric === 'investment' || def.metric === 'stake')) {
          lastInvestee = other;
          lastInvestor = fig.subject;
        }
        // 'committed $250 billion to Azure': money committed to a cloud is a cloud contract, not an investment. The cloud
        // receives it: it stands after the amount or right after an object marker ('向Azure承诺'), never as the one
        // paying ('中国电信旗下天翼云认购5000万美元' is the cloud's own investment).
        const cloud = sMentions.some(
          (m) =>
            m.start >= clause.start &&
            m.end <= clause.end &&
            (m.start >= fig.end || CLOUD_OBJECT.test(text.slice(clause.start, m.start))) &&
            (m.name === other || ownerOf(m.name, gaz) === other) &&
            (gaz.byName.get(m.name.toLowerCase())?.tags ?? []).includes('cloud'),
        );
        if (other && cloud && fig.metric === 'investment') fig.metric = 'contract';
      }
      // '台电今年电网投资冲破1,200亿元': an investment in a grid, data centres or plants, with no company receiving it, is capex.
      const own = c.lex.ownAssets;
      if (
        own &&
        fig.kind === 'money' &&
        fig.metric === own.from &&
        !fig.counterparty &&
        c.ownAssetRe &&
        ownAssetSpending(text, fig, clause, c.ownAssetRe, (fig.subject && gaz.byName.get(fig.subject.toLowerCase())?.tags) || [])
      )
        fig.metric = own.to;
      // 'expects to spend about $18 billion on Nvidia systems', 'spend $1 billion on computing': what the spending buys.
      // The period is read as the capex's ('…, with about $12 billion earmarked for AI chips' shares its whole's year).
      // A part of a capital budget set aside to buy goods ('其中约850亿元将用于采购AI芯片', 'with $12 billion earmarked for AI
      // chips') is a purchase (decision 126), its period the budget's.
      const spent =
        (c.lex.spendObjects &&
          spendObjectMetric(
            text,
            fig,
            clause,
            c.lex.spendObjects,
            c.ownAssetRe,
            sMentions.filter((m) => m.type === 'org'),
          )) ||
        (c.lex.goodsBought && goodsBoughtMetric(text, clause, fig, fig.metric, c.lex.goodsBought, 'earmark', c.ownAssetRe));
      if (fig.period) {
        if (spent) fig.metric = spent;
        continue;
      }
      const carry =
        fig.kind === 'money' && fig.metric && prev?.metrics.has(fig.metric) ? (prev.byMetric.get(fig.metric) ?? prev.period) : undefined;
      const choice = docPeriods.choose(fig, sentence, clause, sFigs, def, carry);
      if (choice.period) fig.period = docPeriods.asOfQuarterEnd(fig, clause, choice.period);
      if (spent) fig.metric = spent;
      if (!choice.own) startDated.add(fig);
    }
    // What the next sentence of the paragraph continues: the owner of this sentence's first figure, else the first one
    // it names ('… net sales rose 14% to $213.4 billion, while AWS grew 24%. The quarter included …' → the company).
    // The one it names before its first figure is its grammatical subject ('Oracle, which builds … OpenAI's $300bn
    // contract, looks stretched. Its net debt …' → Oracle).
    // A parent named only to describe its unit ('百度旗下昆仑芯方面，…') is not what the sentence speaks of: the unit is.
    const [firstNamed, secondNamed] = describesNextName(text, named[0]!, named[1]) ? named.slice(1) : named;
    // '本轮由阿里巴巴领投约8亿美元': a sentence opening on the agent of a passive speaks of something else; what it goes on
    // speaking of is what the paragraph spoke of before.
    const passiveAgent = !!firstNamed && (!sFigs[0] || firstNamed.end <= sFigs[0].start) && introducedAsAgent(text, sentence, firstNamed);
    const first = firstNamed && (!sFigs[0] || firstNamed.end <= sFigs[0].start) ? firstNamed.name : (firstSubject ?? firstNamed?.name);
    // 'Microsoft and Nvidia, which …, also took part. The company's revenue …': a sentence opening with two names joined
    // has a plural subject, which a singular 'the company' in the next one does not refer to.
    // 'Oracle, OpenAI's largest supplier, …': a name made possessive after a comma opens an apposition, not a list.
    const plural =
      !!firstNamed &&
      !!secondNamed &&
      first === firstNamed.name &&
      secondNamed.name !== firstNamed.name &&
      c.lex.coordinators.includes(text.slice(firstNamed.end, secondNamed.start).trim().toLowerCase()) &&
      !POSSESSIVE_AFTER.test(text.slice(secondNamed.end, secondNamed.end + 3));
    // 'SoftBank shares fell 4.3%. Its stake in Arm, worth …, remains … the company will need …': a sentence whose subject
    // refers back goes on speaking of the same company; the names in it do not take over what 'the company' refers to.
    // At a paragraph's opening it refers to the text's main organisation.
    const referredTo = opensReferringBack(text, sentence, named[0], c)
      ? carried?.para === sentence.para
        ? carried.subject
        : unclear?.para === sentence.para
          ? undefined
          : main
      : undefined;
    if (referredTo) carried = { para: sentence.para, subject: referredTo };
    else if (passiveAgent) {
      // keeps what the paragraph spoke of
    } else if (plural) {
      // A singular 'the company' after it refers to the paragraph's singular subject before it, if it had one.
      if (carried?.para !== sentence.para) {
        carried = undefined;
        unclear = { para: sentence.para, names: [firstNamed.name, secondNamed.name] };
      }
    } else if (first) carried = { para: sentence.para, subject: first };
    if (carried !== undefined) unclear = undefined;
    // '2025年6月，腾讯领投智谱B轮融资。该轮融资总额20亿元，…投后估值160亿元': a sentence telling an investment without an
    // amount still says whom the next round or valuation is of.
    if (!sFigs.length) {
      const told = investmentTold(text, sentence, named);
      if (told) ({ investee: lastInvestee, investor: lastInvestor } = told);
    }
    docPeriods.noteSubject(sentence, first);
    context = sentenceContext(
      sentence.para,
      sFigs,
      startDated,
      sHits.map((h) => h.metric).filter(moneyMetric),
      sPeriods.filter((p) => !docPeriods.datesOther(p)),
    );
  }
  restatedMetrics(figs, generic);
  return figs;
}

/**
 * An amount repeated later without a keyword ('“1,200億元只是起點。”', '亚马逊2000亿这个数…'), or with only a word naming a
 * transaction ('widely described as a $100 billion deal'), restates the amount of the same value, currency and owner
 * stated with a keyword earlier in the text, and measures the same thing. Only money, only when the earlier amounts of
 * that value agree on one metric.
 */
function restatedMetrics(figs: Figure[], generic: Set<Figure>): void {
  const labelled = new Map<string, Set<string>>();
  const key = (f: Figure): string | undefined =>
    f.kind === 'money' && f.value !== undefined ? `${f.currency ?? ''}|${f.value}|${f.subject ?? ''}` : undefined;
  for (const f of figs) {
    const k = key(f);
    if (!k) continue;
    if (f.metric && !generic.has(f)) {
      const set = labelled.get(k) ?? new Set<string>();
      set.add(f.metric);
      labelled.set(k, set);
      continue;
    }
    const earlier = labelled.get(k);
    if (earlier?.size === 1) f.metric = [...earlier][0]!;
  }
}

/**
 * The amount a change stated right after it measures ('营收250亿元，同比增长约六成', '…市场规模约58亿元，同比增长超过200%'):
 * the last amount before it in the sentence with no sentence break and no name in between. The change is that
 * amount's owner's — a market's change is no company's, not the text's main organisation by default.
 */
function changeBase(
  text: string,
  fig: Figure,
  sFigs: Figure[],
  sMentions: EntityMention[],
  sHits: readonly KeywordHit[],
): Figure | undefined {
  if ((fig.kind !== 'percent' && fig.kind !== 'multiple') || !fig.metric || !(fig.metric === 'growth' || fig.metric.endsWith('-growth')))
    return undefined;
  let base: Figure | undefined;
  for (const g of sFigs) if (g.kind === 'money' && g.end <= fig.start) base = g;
  if (!base || /[。；;.!?！？]/.test(text.slice(base.end, fig.start).replace(/\d\.\d/g, ''))) return undefined;
  if (sMentions.some((m) => m.start >= base.end && m.end <= fig.start)) return undefined;
  // 'Cloud revenue grew 39% to $30 billion, while total revenue rose 18%', '云业务营收300亿元，公司总营收增长18%': a new
  // clause naming its own metric word before the change measures that, not the amount before it.
  const b = base;
  const renamed = sHits.some((h) => h.metric && h.start >= b.end && h.end <= fig.start && NEW_CLAUSE.test(text.slice(b.end, h.start)));
  return renamed ? undefined : base;
}

/** A clause break or a coordinator opening a new statement ('…, while', 'and', '，'). */
const NEW_CLAUSE = /[,，;；]|\b(?:while|whereas|but|and)\b/i;

/** The percent level that 'down from 72%' / 'up from 38%' is compared with: the percent just before it in its sentence. */
function comparedLevel(text: string, fig: Figure, sFigs: Figure[]): Figure | undefined {
  if (!/\b(?:down|up)\s+from\s+(?:about\s+|roughly\s+|around\s+|nearly\s+)?$/i.test(text.slice(Math.max(0, fig.start - 30), fig.start)))
    return undefined;
  const prev = sFigs.filter((g) => g.kind === 'percent' && g.end <= fig.start).pop();
  return prev?.subject ? prev : undefined;
}

/**
 * '160 million AMD shares', '1.6亿股AMD股票': a share count belongs to the company named with it; so does a price right
 * after the shares it prices ('warrants for shares of AMD at $0.01 each', 'bought Intel shares at $20.47').
 */
function sharesOf(text: string, fig: Figure, candidates: EntityMention[]): string | undefined {
  if (fig.kind === 'count' && fig.unit === 'shares')
    return candidates.find((m) => m.start >= fig.start && m.start <= fig.end + 1 && m.type === 'org')?.name;
  if (fig.kind !== 'money' || fig.unit !== 'per share') return undefined;
  const named = candidates.filter((m) => m.end <= fig.start && m.type === 'org').pop();
  if (!named) return undefined;
  const between = text.slice(named.end, fig.start);
  const lead = text.slice(Math.max(0, named.start - 12), named.start);
  const priced =
    (/shares?\s+of\s+$/i.test(lead) && /^\s*(?:at|for)\s+$/i.test(between)) || /^['’]?s?\s+(?:shares?|stock)\s+at\s+$/i.test(between);
  return priced ? named.name : undefined;
}

/** The context a sentence leaves: its money metrics, and its period when its money figures (or, without any, its mentions) agree on one. */
function sentenceContext(
  para: number,
  figs: Figure[],
  startDated: Set<Figure>,
  keywordMetrics: string[],
  periods: PeriodMention[],
): SentenceContext {
  const money = figs.filter((f) => f.kind === 'money');
  const figMetrics = money.flatMap((f) => (f.metric ? [f.metric] : []));
  const metrics = new Set([...keywordMetrics, ...figMetrics]);
  const last = figMetrics[figMetrics.length - 1] ?? keywordMetrics[keywordMetrics.length - 1];
  const figPeriods = new Set(money.flatMap((f) => (f.period && !startDated.has(f) ? [f.period] : [])));
  // A sentence with amounts dates the next one only through them, never through a starting point or an event date
  // ('…3000亿美元的云合同，从2027年开始执行。…约400亿美元' dates the second amount with nothing).
  const named = money.length ? figPeriods : new Set(periods.map((p) => p.period));
  const byMetric = new Map<string, string>();
  for (const f of money) if (f.metric && f.period && !startDated.has(f) && !byMetric.has(f.metric)) byMetric.set(f.metric, f.period);
  return { para, metrics, byMetric, ...(last ? { last } : {}), ...(named.size === 1 ? { period: [...named][0]! } : {}) };
}
