/**
 * A head's figure told with the standing its sources give it, whatever path built the head (a first day's, a
 * follow-up's 续报, a rebuilt one) (decision 122): a figure every source gives on unnamed people's word heads `传…`; one a
 * party denied in a source (a later sentence, another outlet's report of the same claim) heads `传…，X否认` and the lead
 * says the denial; a figure some source states on its own word (the company's call, its filing) is never a rumour.
 * Pure.
 */
import { extractFigures, type Gazetteer, lookupEntry } from '../../extract/index.js';
import type { Claim, Figure, ItemRecord, Statement, StoryBundle } from '../../types/index.js';
import { type Denial, denialOf, deniedHead, toldDenial, unnamedSentence } from './denial.js';
import { afterDeniedFigure } from './denial-place.js';
import { sameNumber } from './facts.js';
import { type EntityDirectory, zhName } from './names.js';
import { HEDGED_HEAD, UNNAMED_SOURCE } from './rumour-head.js';
import { HEADLINE_MAX } from './titles.js';

/** What the story knows that a head's standing is read from. */
export interface HeadStandingContext {
  /** The claims of the story (earlier days' statements included). */
  claims: readonly Claim[];
  /** Whether two figures state one number. */
  same: (a: Figure, b: Figure) => boolean;
  /** An item's title and text, when the story holds it. */
  itemText: (itemId: string) => string | undefined;
  /** An item's sentences, when the story holds it. */
  itemSentences: (itemId: string) => readonly string[];
  /** Every name an entity goes by (canonical, Chinese, aliases). */
  namesOf: (entity: string) => readonly string[];
  /** The story's parties as its sources name them. */
  parties: readonly string[];
  /** The longest head. */
  max: number;
}

/** A head's money and percent figures: what its standing is read for. */
export function headFigures(headline: string): Figure[] {
  return extractFigures(headline.replace(/（续报）$/u, '')).filter((f) => f.kind === 'money' || f.kind === 'percent');
}

/** Whether a statement stands on its source's own word: no unnamed people in its sentence or anywhere in its item. */
export function firmStatement(st: Pick<Statement, 'sentence' | 'itemId'>, itemText: (id: string) => string | undefined): boolean {
  const text = itemText(st.itemId) ?? '';
  return !unnamedSentence(st.sentence) && !UNNAMED_SOURCE.test(st.sentence) && !unnamedSentence(text) && !UNNAMED_SOURCE.test(text);
}

/** The claims stating a head figure, those naming a party of the head first (a same number of another company aside). */
function claimsOf(h: Figure, headline: string, ctx: HeadStandingContext): Claim[] {
  const stating = ctx.claims.filter((c) => c.statements.some((st) => !st.figure.negated && ctx.same(h, st.figure)));
  const named = stating.filter((c) =>
    [c.subject, ...(c.counterparty ? [c.counterparty] : [])].some((p) =>
      ctx.namesOf(p).some((n) => [...n].length > 1 && headline.toLowerCase().includes(n.toLowerCase())),
    ),
  );
  return named.length > 0 ? named : stating;
}

/** How the sources give one head figure: some on a firm word, every one in a sentence citing unnamed people, or unknown. */
export function figureStanding(h: Figure, headline: string, ctx: HeadStandingContext): 'rumour' | 'firm' | 'unknown' {
  const sts = claimsOf(h, headline, ctx).flatMap((c) => c.statements.filter((st) => !st.figure.negated && ctx.same(h, st.figure)));
  if (sts.some((st) => firmStatement(st, ctx.itemText))) return 'firm';
  // A rumour only when every source attributes it to unnamed people: an outlet stating it plainly (36氪获悉，…已完成) is no rumour.
  return sts.length > 0 && sts.every((st) => unnamedFor(st.sentence, st.figure.text)) ? 'rumour' : 'unknown';
}

/** How the sources give a head's figures: every one on unnamed people's word, every one on a firm word, or unknown. */
export function headStanding(headline: string, ctx: HeadStandingContext): 'rumour' | 'firm' | 'unknown' {
  const figs = headFigures(headline);
  if (figs.length === 0) return 'unknown';
  const per = figs.map((h) => figureStanding(h, headline, ctx));
  if (per.every((x) => x === 'firm')) return 'firm';
  return per.every((x) => x === 'rumour') ? 'rumour' : 'unknown';
}

/** Words of a reply naming the report it answers as a whole. */
const REPORT_NAMED = /报道|消息|传闻|传言|\breports?\b|\bstory\b|\barticle\b/iu;

/** A clause of a sentence: up to a comma, a semicolon or a sentence's end. */
const CLAUSES = /[^，,；;。！？]+[，,；;。！？]?/gu;

/**
 * Whether a sentence gives one of its figures on unnamed people's word: the citing words stand in a clause with no
 * figure of its own (据知情人士透露，…) or in the figure's own clause; a clause telling another figure as a rumour (低于此前
 * 市场传闻的1800亿卢比) is about that figure, not this one.
 * @example unnamedFor('回购规模为1650亿卢比，低于此前市场传闻的1800亿卢比。', '1650亿卢比') // → false
 */
export function unnamedFor(sentence: string, figureText: string): boolean {
  const clauses = sentence.match(CLAUSES) ?? [sentence];
  const own = clauses.filter((c) => c.includes(figureText) || extractFigures(c).length === 0);
  return own.some((c) => unnamedSentence(c) || UNNAMED_SOURCE.test(c));
}

/** A party's denial of the report a head figure stands on, and the party's name as the head writes it. */
export interface HeadDenial extends Denial {
  /** The denying party (canonical name). */
  party: string;
  /** Its names as the head writes them, fullest first (none when the head does not name it). */
  inHead: readonly string[];
  /** The head figure the report states and the party denies (decision 138: the lead's denial stands after it). */
  figure?: Figure;
}

/**
 * A denial of a head figure no source states firmly: in any item holding a statement of the figure's claim, a sentence
 * by the claim's subject (or its counterparty) denying the report.
 */
export function headDenial(headline: string, ctx: HeadStandingContext): HeadDenial | undefined {
  for (const h of headFigures(headline)) {
    const claims = claimsOf(h, headline, ctx);
    const sts = claims.flatMap((c) => c.statements.filter((st) => !st.figure.negated && ctx.same(h, st.figure)));
    if (sts.length === 0) continue;
    // The items whose report a party of the claim denies: their own statements are the report denied, never firm.
    const deniedIn = new Map<string, HeadDenial>();
    for (const c of claims)
      for (const id of new Set(c.statements.map((st) => st.itemId))) {
        if (deniedIn.has(id)) continue;
        const d = itemDenial(id, c, headline, ctx);
        if (d) deniedIn.set(id, d);
      }
    const first = [...deniedIn.values()][0];
    if (first && !sts.some((st) => !deniedIn.has(st.itemId) && firmStatement(st, ctx.itemText))) return { ...first, figure: h };
  }
  return undefined;
}

/**
 * A denial by the claim's subject (or its counterparty) of the report an item tells. A denial about another matter is
 * none of the claim's: one naming a party outside the claim (a share sale of another company), or stating amounts none
 * of which is a value of the claim (`denying a report that it sought $5 billion from such a sale`).
 */
function itemDenial(id: string, c: Claim, headline: string, ctx: HeadStandingContext): HeadDenial | undefined {
  const own = [c.subject, ...(c.counterparty ? [c.counterparty] : [])].flatMap((p) => ctx.namesOf(p));
  const foreign = ctx.parties.filter((p) => [...p].length > 1 && !own.some((n) => n.includes(p) || p.includes(n)));
  const ofClaim = (sentence: string) => {
    if (foreign.some((p) => sentence.includes(p))) return false;
    const amounts = extractFigures(sentence).filter((f) => f.kind === 'money');
    return amounts.length === 0 || amounts.some((a) => c.statements.some((st) => ctx.same(a, st.figure)));
  };
  for (const party of [c.subject, ...(c.counterparty ? [c.counterparty] : [])]) {
    const names = ctx.namesOf(party);
    const others = ctx.parties.filter((p) => !names.includes(p));
    const sentences = ctx.itemSentences(id);
    for (const [i, sentence] of sentences.entries()) {
      const d = denialOf(sentence, { names, others, metric: c.metric });
      if (!d || !ofClaim(sentence)) continue;
      // A reply naming neither an amount nor the report (对此，…回应称“暂无相关计划”) answers the sentence before it: that
      // one must be of the claim. One naming the report (上述报道不实) answers the whole report.
      const before = sentences[i - 1];
      const answersBefore = !REPORT_NAMED.test(sentence) && extractFigures(sentence).every((f) => f.kind !== 'money');
      if (answersBefore && before !== undefined && !ofClaim(before)) continue;
      // The party as the head writes it, its fullest name first (北辰云计算 before 北辰云).
      const inHead = names.filter((n) => [...n].length > 1 && headline.includes(n)).sort((a, b) => [...b].length - [...a].length);
      return { ...d, party, inHead };
    }
  }
  return undefined;
}

/**
 * The head and lead told with their figure's standing: a rumour's head `传…` (unless hedged: 拟, 正洽谈 …), a denied
 * figure's head `传…，X否认` and its lead closing on the denial when no sentence of it tells one.
 * @param fullName the denying party's name as the lead writes it
 */
export function withStanding(
  headline: string,
  lead: string | undefined,
  ctx: HeadStandingContext,
  fullName: (party: string) => string,
): { headline: string; lead: string | undefined } {
  // A denied report first: its own statements are no firm word, whatever its sentences cite.
  const denial = headDenial(headline, ctx);
  if (denial) {
    const head = deniedHead(headline, denial.inHead, denial, ctx.max);
    const told = lead !== undefined && toldDenial(lead);
    const said = /\p{Script=Han}/u.test(denial.sentence) ? closed(denial.sentence) : `${fullName(denial.party)}${denial.lead}。`;
    return { headline: head, lead: lead === undefined || told ? lead : afterDeniedFigure(lead, said, denial.figure) };
  }
  if (headStanding(headline, ctx) === 'rumour' && !HEDGED_HEAD.test(headline) && !TOLD_AS_REPORT.test(headline))
    return { headline: `传${headline}`, lead };
  return { headline, lead };
}

/** A head that says itself it tells a report (细节曝光, 据报道): no 传 before it. */
export const TOLD_AS_REPORT = /曝光|曝出|爆料|传出|据报道|报道称|消息称/u;

/** A source's sentence as a lead closes on it: trimmed, its closing mark kept or added. */
function closed(sentence: string): string {
  const s = sentence.trim();
  return /[。！？]$/u.test(s) ? s : `${s}。`;
}

/** A story's standing context: its claims, its items and its earlier days' items, its parties' names. */
export function standingContext(
  bundle: StoryBundle,
  ctx: { gaz: Gazetteer; dir: EntityDirectory },
  parties: readonly string[],
): HeadStandingContext {
  const items = [...bundle.items, ...(bundle.earlier ?? []).flatMap((d) => d.items)];
  const byId = new Map(items.map((i) => [i.id, i]));
  // What the sources had said by the story's day: a later day's report (a store read after the fact) is no source.
  const day = bundle.items.reduce((d, i) => ((i.date ?? '').slice(0, 10) > d ? (i.date ?? '').slice(0, 10) : d), '');
  const claims =
    day === ''
      ? bundle.claims
      : bundle.claims.map((c) => ({ ...c, statements: c.statements.filter((st) => !st.date || st.date.slice(0, 10) <= day) }));
  return {
    claims,
    same: sameNumber,
    itemText: itemTextOf(byId),
    itemSentences: (id) => (byId.get(id)?.text ?? '').split(/(?<=[。！？；!?])|(?<=\.)\s+/u).filter((x) => x.trim().length > 0),
    namesOf: (e) => [...new Set([e, zhName(e, bundle, ctx.dir), ...(lookupEntry(e, ctx.gaz)?.aliases ?? [])])],
    parties,
    max: HEADLINE_MAX,
  };
}

/** An item's title and text, as the standing reads a source whole (its title may cite unnamed people too). */
export function itemTextOf(byId: ReadonlyMap<string, Pick<ItemRecord, 'title' | 'text'>>): (id: string) => string | undefined {
  return (id) => {
    const it = byId.get(id);
    return it ? `${it.title}\n${it.text}` : undefined;
  };
}
