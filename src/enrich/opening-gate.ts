/**
 * What the opening order of the digest reads of a story beside its kind (decision 096), pure functions of a story's
 * bundle and its written text:
 *
 * - **retold** (a repeat for `openingRank`): the story's own event ran in an earlier day's digest, its headline brings
 *   no figure of today, and it names the old event again or its leads date the news before today (a day-three market
 *   piece on a round is a retelling, whatever new figure it leads with);
 *
 * and the gate a story passes before `newsFirst` promotes it above a story selection put before it (the reorder demotes
 * lesser news; the story it promotes must pass the same test the demoted one failed):
 *
 * - **head untold**: a money or percent figure of the headline that no paragraph of the story gives (the check's rule);
 * - **head owner**: the headline's key figure belongs (by the knowledge layer) to a company the headline never names,
 *   nor the other party of its deal (a listed subsidiary headed with its parent's guidance);
 * - **unit / magnitude** and **one period per figure** (figure-sanity.ts, decision 103): a profit range in 亿 printed
 *   as a bare figure in 元, last year's loss printed under this year beside this year's profit;
 * - **single figure** (`figureCount`, read by `newsFirst` against the story it would pass): a story whose paragraphs
 *   give fewer than two figures (a thin results line) never passes a story that gives more.
 */
import { governmentPlaces } from '../extract/attribution/government.js';
import { extractFigures, loadGazetteer, ownerOf } from '../extract/index.js';
import { toldStatement } from '../select/index.js';
import { releaseDays } from '../select/news-weight.js';
import type { DigestStory, Figure, StoryBundle } from '../types/index.js';
import { headlineEventUntold, headlineUntold } from './assemble/headline-told.js';
import { implausibleUnit, periodClash } from './figure-sanity.js';
import { sameNumber } from './offline/facts.js';
import { withoutLegalTail } from './offline/names.js';
import { names, namesOf } from './offline/owner-evidence.js';

/** Why a story may not be promoted above one selection put before it; undefined when it may. */
export type GateFailure = 'head-untold' | 'head-owner' | 'unit-magnitude' | 'period-clash';

type Written = Pick<DigestStory, 'headline' | 'paragraphs' | 'keyFigure'>;

/** The figures a text prints, by what they say (money and percents: the facts a head can carry). */
function factFigures(text: string): Figure[] {
  return extractFigures(text.replace(/\*\*/g, '')).filter((f) => f.kind === 'money' || f.kind === 'percent');
}

const sameFigure = (a: Figure, b: Figure): boolean => a.kind === b.kind && sameNumber(a, b) && (a.currency ?? '') === (b.currency ?? '');

/** The UTC midnight of an item's own day, or undefined. */
function ownDay(date: string | null | undefined): number | undefined {
  const at = /^(\d{4})-(\d{2})-(\d{2})/.exec(date ?? '');
  return at ? Date.UTC(Number(at[1]), Number(at[2]) - 1, Number(at[3])) : undefined;
}

/**
 * Whether a story retells an event an earlier digest printed (a day-three market piece on a round): it ran before (its
 * own items of an earlier day were printed, or another story's item of an earlier day printed a figure its claims hold),
 * its headline brings no figure of its own (every money / percent / multiple figure of the headline was told before,
 * or it has none), and its headline names the old event again (融资, 募资: the event an earlier printed item's title
 * named) or every item's lead dates the news a day or more before the item. A follow-up whose headline carries today's
 * figure (oversubscribed 40 times, priced at the top) tells news; so does the first full telling of results an earlier
 * day gave one line to (its body's figures are not read: an earlier item's statements count as told whether or not
 * that line printed them).
 */
export function retold(bundle: StoryBundle, story: Pick<DigestStory, 'headline'>): boolean {
  const own = new Set((bundle.earlier ?? []).flatMap((d) => d.items.map((i) => i.id)));
  const toldFigures = bundle.claims.flatMap((c) =>
    c.statements.filter((st) => own.has(st.itemId) || toldStatement(bundle, st)).map((st) => st.figure),
  );
  if (own.size === 0 && toldFigures.length === 0) return false;
  const told = (f: Figure) => toldFigures.some((t) => sameFigure(f, t));
  // A figure sources dispute of a fact told before (yesterday's 95亿美元 valuation, 100亿美元 today in another outlet's
  // words): the same fact again, not today's news (decision 116).
  const restated = (f: Figure) =>
    bundle.claims.some(
      (c) =>
        c.conflict &&
        c.statements.some((st) => sameFigure(st.figure, f)) &&
        c.statements.some((st) => own.has(st.itemId) || toldStatement(bundle, st)),
    );
  const head = extractFigures(story.headline).filter((f) => f.kind === 'money' || f.kind === 'percent' || f.kind === 'multiple');
  if (!head.every((f) => told(f) || restated(f))) return false;
  if (head.some((f) => !told(f))) return true;
  // The headline's event words that an earlier printed item's title names too.
  const events = headlineEventUntold(story.headline, '');
  const earlierTitles = (bundle.earlier ?? []).flatMap((d) => d.items.map((i) => i.title)).join('\n');
  if (events.length > 0 && headlineEventUntold(story.headline, earlierTitles).length < events.length) return true;
  return bundle.items.every((i) => {
    const today = ownDay(i.date);
    const days = releaseDays(i);
    return today !== undefined && days.length > 0 && Math.max(...days) < today;
  });
}

/** Days before today from which an earlier report of a story's figures makes it an old release (decision 090's stale). */
const OLD_DAYS = 2;
const DAY_MS = 86_400_000;

/**
 * Whether the story's headline news was out days before today (decision 103): every money / percent figure of its
 * headline is printed by an item of the same story dated two or more days before today's items that no digest printed
 * (the store's `unprinted`: the supplier's monthly sales of the 10th, reported again on the 14th). A headline with a
 * figure of today (the first day's pop, a new amount) tells today's news; so does a story the store holds no old item of.
 */
export function releasedBefore(bundle: StoryBundle, story: Pick<DigestStory, 'headline'>): boolean {
  const days = bundle.items.map((i) => ownDay(i.date)).filter((d): d is number => d !== undefined);
  if (days.length === 0) return false;
  const today = Math.min(...days);
  const old = (bundle.unprinted ?? []).filter((i) => {
    const d = ownDay(i.date);
    return d !== undefined && d <= today - OLD_DAYS * DAY_MS;
  });
  if (old.length === 0) return false;
  const head = factFigures(story.headline);
  if (head.length === 0) return false;
  const oldFigures = old.flatMap((i) => factFigures(`${i.title}\n${i.text}`));
  return head.every((h) => oldFigures.some((f) => sameFigure(f, h)));
}

/**
 * Whether the story leaves its headline untold, by the check's own rule (assemble/headline-told.ts): a money or percent
 * figure of the headline that no paragraph gives. (An event word the lead words otherwise — 预估 for 指引 — is no
 * untold head here.)
 */
export function headUntold(story: Pick<DigestStory, 'headline' | 'paragraphs'>): boolean {
  return headlineUntold(story.headline, story.paragraphs.join('\n')).length > 0;
}

/**
 * Whether the headline prints its key figure without naming the company the figure belongs to, nor the other party of
 * its deal (a contract's counterparty). `aliases` gives the names the day's reports write a company with (澜芯科技 for
 * an entity the gazetteer does not know).
 */
export function headOwnerUnnamed(story: Written, aliases: (name: string) => readonly string[] = () => []): boolean {
  const key = story.keyFigure;
  if (!key?.subject || (key.kind !== 'money' && key.kind !== 'percent')) return false;
  if (!factFigures(story.headline).some((h) => sameFigure(h, key))) return false;
  // A city's government is named by its city (上海 for Shanghai government), as the check's headline-owner rule reads.
  const gaz = loadGazetteer();
  const partyNames = (name: string): string[] => [
    ...namesOf(name, gaz),
    withoutLegalTail(name),
    ...governmentPlaces(name),
    ...aliases(name),
  ];
  // A unit's figure is its owner's too (移动云's contract headed under 中国移动), as the check's headline-owner reads.
  const parties = [key.subject, ...(key.counterparty ? [key.counterparty] : [])];
  const owners = parties.map((p) => ownerOf(p, gaz)).filter((o): o is string => o !== undefined);
  const list = [...parties, ...owners].flatMap(partyNames).filter((n) => [...n].length >= 2);
  if (names(story.headline, list)) return false;
  // A vehicle named as its parent's subsidiary (CoreWeave子公司 for CoreWeave Compute Acquisition): the parent's name
  // opens the subject's.
  const parent = /^[A-Za-z][\w-]{2,}/.exec(key.subject)?.[0];
  return !(parent && new RegExp(`(?<![A-Za-z])${parent}(?:的)?(?:子公司|旗下)`, 'iu').test(story.headline));
}

/** Distinct money / percent figures the story's paragraphs print (a multiple with them: 超额认购40倍). */
export function figureCount(story: Pick<DigestStory, 'paragraphs'>): number {
  const seen: Figure[] = [];
  const all = extractFigures(story.paragraphs.join('\n').replace(/\*\*/g, '')).filter(
    (f) => f.kind === 'money' || f.kind === 'percent' || f.kind === 'multiple',
  );
  for (const f of all) if (!seen.some((s) => sameFigure(s, f))) seen.push(f);
  return seen.length;
}

/** Why a story may not open the day above a story selection put before it, if so (checked in this order). */
export function gateFailure(story: Written, aliases?: (name: string) => readonly string[]): GateFailure | undefined {
  if (headUntold(story)) return 'head-untold';
  if (headOwnerUnnamed(story, aliases)) return 'head-owner';
  // What its figures say (decision 103): a whole measure printed as a bare few 元, two net results of one period.
  const text = [story.headline, ...story.paragraphs].join('\n');
  if (implausibleUnit(text)) return 'unit-magnitude';
  if (periodClash(text)) return 'period-clash';
  return undefined;
}
