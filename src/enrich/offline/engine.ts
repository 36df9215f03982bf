/** The offline engine: deterministic, extractive for Chinese sources, template-written for English-only ones; no free translation. */
import { extractFigures, findEntities, type Gazetteer, loadGazetteer } from '../../extract/index.js';
import { DEFAULT_OPTIONS, valuesAgree } from '../../knowledge/index.js';
import { defaultOutlets, itemOutlet, itemSources, type OutletTable, UNNAMED_LINK } from '../../select/index.js';
import type { DealEdge, DigestStory, DigestStyle, Figure, GazetteerEntry, ItemRecord, SourceRef, StoryBundle } from '../../types/index.js';
import { append } from '../../util/arrays.js';
import { dropOutletTag, isChinese, selfContained, wholeSentence } from '../assemble/sentence-shape.js';
import { type ImpactRule, loadGazetteerEntries, loadImpactRules } from '../data-files.js';
import { type Engine, emptyUsage } from '../engine.js';
import { type Composed, claimHeadline, composeEnglish, counterpartyStated, quoted, writable } from './compose.js';
import { type StoryFact, sameNumber, storyFacts } from './facts.js';
import { renderFigureZh } from './figure-zh.js';
import { offlineImpacts } from './impacts.js';
import { conflictSentences, offlineInsights } from './insights.js';
import { chineseLead, usable } from './lead.js';
import { type EntityDirectory, entityDirectory, periodZh, zhName } from './names.js';
import { boldFigures, closeSentence, joinSentences, type SourceSentence, sourceSentences } from './sentences.js';
import { defaultStoryTemplates, metricWord, type StoryTemplates } from './story-templates.js';
import { BLOCK_RULES, fill, HEADLINE_METRICS, TEMPLATES } from './templates.js';
import { HEADLINE_MAX, headlineLength, trimTitle } from './titles.js';

export interface OfflineOptions {
  /** Default data/impact-rules.json. */
  impactRules?: ImpactRule[];
  /** For Chinese names and tags of subjects; default data/gazetteer.json. */
  gazetteer?: GazetteerEntry[];
  /** Default data/outlets.json. */
  outlets?: OutletTable;
  /** Default data/story-templates.json. */
  templates?: StoryTemplates;
}

interface Ctx {
  rules: ImpactRule[];
  dir: EntityDirectory;
  outlets: OutletTable;
  gaz: Gazetteer;
  templates: StoryTemplates;
}

/** Source references of a story: every item's sources, named as readers know the outlets (never a file name or a domain). */
export function sourceRefs(bundle: StoryBundle, outlets: OutletTable = defaultOutlets()): SourceRef[] {
  const out: SourceRef[] = [];
  for (const item of bundle.items) {
    for (const ref of itemSources(item, outlets)) if (!out.some((r) => r.url !== null && r.url === ref.url)) out.push(ref);
  }
  return out;
}

const factKey = (itemId: string, f: Pick<Figure, 'start' | 'end'>) => `${itemId}:${f.start}:${f.end}`;

/** 关键数据 bullets: figures the knowledge layer holds, current ones, key figure first, metric words as the source writes them. */
function keyDataBullets(bundle: StoryBundle, facts: readonly StoryFact[], ctx: Ctx, told: readonly StoryFact[] = []): string[] {
  const out: string[] = [];
  // A claim the body states is done: another value of it (a segment's 623亿 beside the 681亿 the body gives) is not added.
  const seen: StoryFact[] = [...told];
  // Measures a reader weighs (capex, revenue, a round, a contract) before weaker ones (spending, cost, an IPO's size).
  const strong = (f: StoryFact) => HEADLINE_METRICS.has(f.claim.metric);
  for (const f of [...facts.filter(strong), ...facts.filter((x) => !strong(x))]) {
    if (out.length >= 4) break;
    // A figure only unnamed people give is the outlet's report, not the company's figure: the body may say it, 关键数据 does not.
    // A figure inside a quotation is the speaker's, not a disclosed figure.
    if (f.past || f.rumoured || quoted(f) || !writable(f) || !counterpartyStated(f, bundle, ctx.gaz)) continue;
    // The same value hedged elsewhere in its item (a title's 6600亿美元, its text's 或将接近6600亿美元) is hedged.
    if (facts.some((g) => g.claim === f.claim && g.item.id === f.item.id && (g.hedged || g.rumoured) && sameNumber(g.figure, f.figure)))
      continue;
    const metric = metricWord(f.claim.metric, f.sentence, ctx.templates, undefined, f.figure.text);
    // A rate of no named measure (甲骨文第二财季增长：438%) tells a reader nothing.
    if (!metric || metric.replace(/增速$/, '') === '') continue;
    const amount = renderFigureZh(f.figure);
    // One bullet per claim: its best value (约2000亿 and 2000亿 from two outlets are one figure; a second value of the
    // same subject, measure and period is a dispute, written with its sources under 深度解读, or a mislabelled segment).
    if (seen.some((s) => s.claim === f.claim)) continue;
    seen.push(f);
    const source = itemOutlet(f.item, ctx.outlets);
    const growth = f.figure.kind === 'percent' && /growth|增速/.test(`${f.claim.metric}${metric}`);
    out.push(
      fill(TEMPLATES.keyData, {
        subject: pairSubject(f, bundle, ctx, metric),
        period: f.claim.period === 'unknown' ? '' : periodZh(f.claim.period),
        metric: growth ? metric.replace(/增速$/, '') : metric,
        change: growth ? (f.figure.direction === 'down' ? '下降' : '增长') : '',
        amount,
        source: source ?? '',
      }).replace(/（来源：）$/, ''),
    );
  }
  return out;
}

/** The subject of a pair claim with its counterparty: `亚马逊对Anthropic`, `OpenAI与甲骨文`, `甲骨文向英伟达` (a purchase). */
function pairSubject(f: StoryFact, bundle: StoryBundle, ctx: Ctx, metric?: string): string {
  const s = zhName(f.claim.subject, bundle, ctx.dir);
  const cp = f.claim.counterparty ? zhName(f.claim.counterparty, bundle, ctx.dir) : undefined;
  if (!cp) return s;
  if (metric?.startsWith('采购')) return `${s}向${cp}`;
  return f.claim.metric === 'investment' ? `${s}对${cp}` : `${s}与${cp}`;
}

function keywordHit(text: string, kw: string): boolean {
  if (/^[A-Za-z]/.test(kw)) return new RegExp(`\\b${kw.replace(/[-]/g, '\\-')}`, 'i').test(text);
  return text.includes(kw);
}

const DOWN = /下跌|大跌|暴跌|下滑|蒸发|缩水|亏损|跌破|下降|减少|fell|drop|declin|plunge|slump|loss/i;

/** Whether a sentence states one of the story's capital flows or contracts (the knowledge layer read it there). */
function statesDeal(s: SourceSentence, deals: readonly DealEdge[]): boolean {
  const norm = (x: string) => x.replace(/\s+/g, '');
  const text = norm(s.sentence.text);
  return deals.some((d) => {
    if (d.itemId !== s.item.id) return false;
    const ds = norm(d.sentence);
    return ds !== '' && (ds.includes(text) || text.includes(ds));
  });
}

/**
 * Labelled blocks (sections style) from unused whole Chinese sentences that stand alone (a bullet is read without the
 * sentence before it); 核心突破 never on a fall, a loss or a deal; 合作与交易 only for a sentence stating a deal.
 */
function labelledBlocks(
  rest: SourceSentence[],
  bold: (s: SourceSentence) => string,
  deals: readonly DealEdge[],
): { label: string; bullets: string[] }[] {
  const out: { label: string; bullets: string[] }[] = [];
  const used = new Set<SourceSentence>();
  for (const rule of BLOCK_RULES) {
    if (out.length >= 3) break;
    const hits: SourceSentence[] = [];
    const candidates = rest
      .filter((s) => !used.has(s) && selfContained(s.sentence.text) && rule.keywords.some((k) => keywordHit(s.sentence.text, k)))
      .filter((s) => rule.label !== '核心突破' || !DOWN.test(s.sentence.text))
      .filter((s) => rule.needs === undefined || (rule.needs === 'deal') === statesDeal(s, deals))
      .sort((a, b) => b.score - a.score);
    for (const s of candidates) if (hits.length < 2 && !hits.some((h) => h.sentence.text === s.sentence.text)) hits.push(s);
    if (hits.length === 0) continue;
    for (const h of hits) for (const s of rest) if (s.sentence.text === h.sentence.text) used.add(s);
    out.push({ label: rule.label, bullets: hits.map((h) => closeSentence(dropOutletTag(bold(h)))) });
  }
  return out;
}

/** The Chinese item whose title makes the best headline: a figure the knowledge layer holds, ≤ 30 characters, the key fact's item. */
function bestChineseItem(
  items: ItemRecord[],
  facts: readonly StoryFact[],
  ctx: Ctx,
  follow: FollowUp = NO_FOLLOW_UP,
): { item: ItemRecord; title: string } {
  let best: { item: ItemRecord; title: string; score: number } | undefined;
  const top = facts.find((f) => !f.past && f.item.lang !== 'en');
  const orgsIn = (s: string) => findEntities(s, ctx.gaz).flatMap((m) => (m.type === 'org' ? [m.name] : []));
  items.forEach((item, i) => {
    let title = trimTitle(item.title, ctx.outlets, orgsIn);
    // A bare name as a title (an imported digest's 更多动态 line: **Meta**：首席财务官称…) is completed by its text.
    const first = item.sentences.find((s) => wholeSentence(s.text))?.text.replace(/[。！]$/, '');
    if (headlineLength(title) <= 6 && first && !first.startsWith(title)) title = trimTitle(`${title}${first}`, ctx.outlets, orgsIn);
    const figs = extractFigures(title);
    let score = -i * 0.01;
    // A follow-up leads with what is new: a figure that ran on an earlier day does not lift a title; a title an earlier
    // day printed is a last resort.
    const held = facts.filter((f) => !f.past && figs.some((t) => sameNumber(t, f.figure)));
    if (held.some((f) => !follow.ran(f))) score += 3;
    else if (held.length > 0) score -= 1;
    if (follow.printed(title)) score -= 10;
    if (headlineLength(title) <= HEADLINE_MAX) score += 2;
    if (top?.item.id === item.id) score += 1;
    if (!best || score > best.score) best = { item, title, score };
  });
  const b = best as { item: ItemRecord; title: string };
  return { item: b.item, title: b.title };
}

/** The English lead of an English-only story for the fold: its first whole sentences, at most 480 characters. */
function englishOriginal(item: ItemRecord): string {
  const out: string[] = [];
  let chars = 0;
  for (const s of item.sentences) {
    if (s.para > 2 || out.length >= 3) break;
    if (!wholeSentence(s.text) || s.text.length > 400) continue;
    if (chars + s.text.length > 480 && out.length > 0) break;
    out.push(s.text);
    chars += s.text.length;
  }
  return out.join(' ');
}

/** The figure a headline leads with: a held figure whose number the headline states, else the lead item's best. */
function headlineFigure(headline: string, facts: readonly StoryFact[], leadItem: ItemRecord | undefined): StoryFact | undefined {
  const current = facts.filter((f) => !f.past);
  const inHead = extractFigures(headline);
  return (
    current.find((f) => f.item.id === leadItem?.id && inHead.some((h) => sameNumber(h, f.figure))) ??
    current.find((f) => inHead.some((h) => sameNumber(h, f.figure))) ??
    (inHead.length === 0 ? current.find((f) => f.item.id === leadItem?.id) : undefined)
  );
}

/** Chosen source sentences as one paragraph; a clause closed by ； ends on 。 unless its own next clause follows it. */
function joinChosen(chosen: readonly SourceSentence[], write: (s: SourceSentence) => string, opening: boolean): string {
  const parts = chosen.map((s, i) => {
    const t = i === 0 && opening ? dropOutletTag(write(s)) : write(s);
    const next = chosen[i + 1];
    return next && next.item.id === s.item.id && next.sentence.index === s.sentence.index + 1 ? t : t.replace(/；$/, '。');
  });
  return joinSentences(parts);
}

/** The first plain occurrence of each amount in bold: `…投资最多250亿美元。` → `…投资**最多250亿美元**。` */
export function boldAmounts(text: string, amounts: readonly string[]): string {
  let out = text;
  for (const a of [...new Set(amounts)].sort((x, y) => y.length - x.length)) {
    if (!a) continue;
    const parts = out.split(/(\*\*[^*]+\*\*)/);
    // `约2300亿美元` written `估值约为2300亿美元` (smoothCopula): the number is bolded without its qualifier.
    const shown = [a, a.replace(/^(?:约|超过|最多|至少|不到|逾|近|接近|高达)/, '')].find((x) =>
      parts.some((p, n) => n % 2 === 0 && x !== '' && p.includes(x)),
    );
    if (!shown) continue;
    const i = parts.findIndex((p, n) => n % 2 === 0 && p.includes(shown));
    parts[i] = (parts[i] as string).replace(shown, `**${shown}**`);
    out = parts.join('');
  }
  return out;
}

/** What a story that already ran on earlier days has printed and stated (nothing for a story new today). */
interface FollowUp {
  /** Whether a fact already ran: an item of an earlier day states the same value of its claim. */
  ran(f: StoryFact): boolean;
  /** Whether a headline is one an earlier day printed (same words, or the same figures). */
  printed(headline: string): boolean;
  /** Whether there is an earlier day. */
  any: boolean;
}

const NO_FOLLOW_UP: FollowUp = { ran: () => false, printed: () => false, any: false };

/**
 * Whether two headlines say the same: the same words (punctuation and spacing aside), or the same amounts and rates
 * (`英伟达第四财季营收681亿美元` and `英伟达第四财季营收681亿美元，超预期`).
 */
export function sameHeadline(a: string, b: string): boolean {
  const norm = (x: string) => x.replace(/[\s，。、；：！？,.;:!?“”"'‘’（）()【】《》「」—-]/gu, '').toLowerCase();
  if (norm(a) === norm(b)) return true;
  const key = (x: string) => extractFigures(x).filter((f) => f.kind === 'money' || f.kind === 'percent');
  const fa = key(a);
  const fb = key(b);
  return (
    fa.length > 0 &&
    fa.length === fb.length &&
    fa.every((x) => fb.some((y) => sameNumber(x, y))) &&
    norm(a).slice(0, 2) === norm(b).slice(0, 2)
  );
}

function followUp(bundle: StoryBundle, style: DigestStyle, ctx: Ctx): FollowUp {
  const days = bundle.earlier ?? [];
  if (days.length === 0) return NO_FOLLOW_UP;
  const ids = new Set(days.flatMap((d) => d.items.map((i) => i.id)));
  // Each earlier day's headline as that day's digest wrote it: the story from that day's items alone.
  const headlines = days.map((d, n) => writeStoryOffline({ ...bundle, items: d.items, earlier: days.slice(0, n) }, style, ctx).headline);
  return {
    any: true,
    ran: (f) => f.claim.statements.some((st) => ids.has(st.itemId) && valuesAgree(st.figure, f.figure, DEFAULT_OPTIONS.tolerance)),
    printed: (h) => headlines.some((p) => sameHeadline(h, p)),
  };
}

/**
 * The headline of a follow-up when the one chosen repeats an earlier day's: the best fact that did not run before, as
 * a headline; else the same headline marked as a follow-up report (续报).
 */
function followUpHeadline(headline: string, bundle: StoryBundle, facts: readonly StoryFact[], follow: FollowUp, ctx: Ctx): string {
  if (!follow.printed(headline)) return headline;
  for (const f of facts) {
    if (f.past || follow.ran(f) || !writable(f) || quoted(f) || !HEADLINE_METRICS.has(f.claim.metric)) continue;
    const h = claimHeadline(f, bundle, { dir: ctx.dir, gaz: ctx.gaz, templates: ctx.templates });
    if (h && !follow.printed(h)) return h;
  }
  return fill(TEMPLATES.followUp, { headline });
}

/** The lead-in of the `earlier` template (an update against an earlier report). */
const EARLIER_LEAD = TEMPLATES.earlier.slice(0, TEMPLATES.earlier.indexOf('：') + 1);

/** Conflict sentences as one paragraph; two comparisons with earlier reports in a row share one lead-in (与此前报道对比：…；…。). */
export function joinConflicts(conflicts: readonly string[]): string {
  let out = '';
  conflicts.forEach((c, i) => {
    const prev = conflicts[i - 1];
    if (prev?.startsWith(EARLIER_LEAD) && c.startsWith(EARLIER_LEAD)) out = `${out.replace(/。$/, '；')}${c.slice(EARLIER_LEAD.length)}`;
    else out += c;
  });
  return out;
}

/** Writes one story offline (pure given its context). */
export function writeStoryOffline(bundle: StoryBundle, style: DigestStyle, ctx: Ctx): DigestStory {
  const facts = storyFacts(bundle);
  const follow = followUp(bundle, style, ctx);
  const keyFacts = new Set(facts.filter((f) => !f.past).map((f) => factKey(f.item.id, f.figure)));
  const isKey = (f: Figure, item: ItemRecord) => keyFacts.has(factKey(item.id, f));
  const bold = (s: SourceSentence) => boldFigures(s, (f) => isKey(f, s.item));
  const all = sourceSentences(bundle, null);
  const zhItems = bundle.items.filter((i) => i.lang !== 'en' && isChinese(`${i.title}${i.text.slice(0, 300)}`));
  const sources = sourceRefs(bundle, ctx.outlets);
  const paragraphs: string[] = [];
  let headline: string;
  let oneLine: string;
  let keyFact: StoryFact | undefined;
  let keyFigure: Figure | null = null;
  let original: string | undefined;
  let composed: Composed | undefined;
  const used = new Set<SourceSentence>();
  if (zhItems.length > 0) {
    const pick = bestChineseItem(zhItems, facts, ctx, follow);
    headline = followUpHeadline(pick.title, bundle, facts, follow, ctx);
    // The headline links to the source whose title it is.
    sources.sort((a, b) => Number(b.itemId === pick.item.id) - Number(a.itemId === pick.item.id));
    const lead = chineseLead(all, pick.item, {
      maxSentences: style === 'stories' ? 3 : 2,
      maxChars: style === 'stories' ? 260 : 200,
      isKey,
      ...(follow.any
        ? {
            fresh: (s: SourceSentence) =>
              facts.some((f) => f.item.id === s.item.id && !follow.ran(f) && s.figures.some((x) => sameNumber(x, f.figure))),
          }
        : {}),
    });
    for (const s of lead) used.add(s);
    if (lead.length > 0) paragraphs.push(joinChosen(lead, bold, true));
    keyFact = headlineFigure(headline, facts, pick.item);
    keyFigure = keyFact?.figure ?? null;
    oneLine = lead[0] ? closeSentence(dropOutletTag(bold(lead[0]))) : headline;
  } else {
    composed = composeEnglish(bundle, facts, { dir: ctx.dir, gaz: ctx.gaz, templates: ctx.templates });
    headline = followUpHeadline(composed.headline, bundle, facts, follow, ctx);
    const named = sources.find((s) => s.outlet !== UNNAMED_LINK)?.outlet;
    const event = composed.event
      ? named
        ? fill(ctx.templates.sentences.reported as string, { source: named, event: composed.event })
        : `${composed.event}。`
      : '';
    const body = [event, ...composed.sentences].filter((s) => s !== '');
    const amounts = [...(composed.keyFigure ? [composed.keyFigure] : []), ...composed.used.map((u) => u.figure)].map((f) =>
      renderFigureZh(f),
    );
    if (body.length > 0) paragraphs.push(boldAmounts(body.join(''), amounts));
    oneLine = [event, composed.sentences[0] ?? ''].join('') || headline;
    keyFigure = composed.keyFigure;
    keyFact = composed.used[0];
    const first = bundle.items[0];
    original = first ? englishOriginal(first) : undefined;
  }
  const pool = all.filter((s) => usable(s));
  // A figure the sources disagree on is written with both values and both sources (stories style: its own paragraph).
  const conflicts = style === 'stories' ? conflictSentences(bundle, ctx.dir) : [];
  if (style === 'stories' && conflicts.length === 0 && zhItems.length > 0) {
    const covered = [...used].flatMap((s) => s.figures);
    const extra = pool
      .filter((s) => !used.has(s) && s.figures.some((f) => isKey(f, s.item) && !covered.some((c) => sameNumber(c, f))))
      // Read without the sentence before it, a paragraph's sentence must stand alone.
      .filter((s) => selfContained(s.sentence.text))
      .sort((a, b) => b.score - a.score)
      .slice(0, 2)
      .sort((a, b) => (a.item.id === b.item.id ? a.sentence.index - b.sentence.index : 0));
    for (const s of extra) used.add(s);
    if (extra.length > 0) paragraphs.push(joinChosen(extra, (s) => dropOutletTag(bold(s)), false));
  }
  if (conflicts.length > 0) paragraphs.push(joinConflicts(conflicts));
  const blocks: { label: string; bullets: string[] }[] = [];
  const ordered = keyFact ? [keyFact, ...facts.filter((f) => f !== keyFact)] : facts;
  // An English-only story's body already states its facts in Chinese: 关键数据 lists only the others.
  const told = new Set(composed?.used ?? []);
  const keyData = keyDataBullets(
    bundle,
    ordered.filter((f) => !told.has(f)),
    ctx,
    [...told],
  );
  if (keyData.length > 0) blocks.push({ label: '关键数据', bullets: keyData });
  append(
    blocks,
    labelledBlocks(
      pool.filter((s) => !used.has(s)),
      bold,
      bundle.deals,
    ),
  );
  // Flows the body already states (the English event, an amount written in the body) are not repeated as 资金流向.
  const written = composed ? [...(composed.keyFigure ? [composed.keyFigure] : []), ...composed.used.map((u) => u.figure)] : [];
  const stated = bundle.deals.filter(
    (d) =>
      (composed?.deal && d.from === composed.deal.from && d.to === composed.deal.to) ||
      (d.amount !== undefined && written.some((f) => sameNumber(f, d.amount as Figure))),
  );
  const story: DigestStory = {
    storyId: bundle.story.id,
    headline,
    section: bundle.section,
    sources,
    paragraphs,
    blocks,
    insights: offlineInsights(bundle, ctx.dir, { ...(keyFact ? { keyClaim: keyFact.claim, keyFigure: keyFact.figure } : {}), stated }),
    // A follow-up whose key fact an earlier day's digest carried has no new impact to state.
    impacts: keyFact && follow.ran(keyFact) ? [] : offlineImpacts(bundle, ordered, ctx.rules, ctx.dir),
    oneLine,
    keyFigure,
    minor: bundle.minor,
  };
  if (original) story.original = original;
  return story;
}

/** The digest title offline: the top story's headline, then the second when the two fit in 40 characters. */
export function offlineTitle(stories: DigestStory[]): string {
  const top = stories.filter((s) => !s.minor);
  const [a, b] = top.length > 0 ? top : stories;
  if (!a) return TEMPLATES.titleEmpty;
  if (b && headlineLength(a.headline) + headlineLength(b.headline) <= 40)
    return fill(TEMPLATES.title, { first: a.headline, second: b.headline });
  return a.headline;
}

/**
 * The offline engine (default): Chinese stories from their best source (its title, its news sentence, the figures the
 * knowledge layer holds), English-only stories written in Chinese from templates (the English original in a fold),
 * knowledge-based insights, rule-based impacts.
 */
export function createOfflineEngine(opts: OfflineOptions = {}): Engine {
  const ctx: Ctx = {
    rules: opts.impactRules ?? loadImpactRules(),
    dir: entityDirectory(opts.gazetteer ?? loadGazetteerEntries()),
    outlets: opts.outlets ?? defaultOutlets(),
    gaz: loadGazetteer(),
    templates: opts.templates ?? defaultStoryTemplates(),
  };
  return {
    specificationVersion: 'v1',
    name: 'offline',
    doWriteStory: async (bundle, style) => writeStoryOffline(bundle, style, ctx),
    doWriteTitle: async (stories) => offlineTitle(stories),
    usage: emptyUsage,
  };
}
