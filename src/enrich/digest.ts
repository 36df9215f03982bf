/** writeDigest: runs an engine over the day's bundles, guards every story and the title, and assembles the Digest. */
import pLimit from 'p-limit';
import { outletOf } from '../normalize/index.js';
import { toldStatement } from '../select/index.js';
import { hasTechAngle, type LesserNews, lesserNews, marketReaction } from '../select/news-weight.js';
import { keepsFullWhenThin, lesserKind, storyKind, storyWeight } from '../select/story-weight.js';
import type { Digest, DigestStory, DigestStyle, GuardEvent, Statement, StoryBundle } from '../types/index.js';
import { append } from '../util/arrays.js';
import { targetPriceSource } from '../util/target-price.js';
import { fullNamed } from './assemble/full-name.js';
import { namedShort } from './assemble/head-names.js';
import { headProblems } from './assemble/head-rules.js';
import { untagged } from './assemble/head-shape.js';
import { anchorStoryDays } from './assemble/relative-days.js';
import { isChinese } from './assemble/sentence-shape.js';
import { sourceFullNamed } from './assemble/source-name.js';
import { tidyStories, tidyTitle, withinLength } from './assemble/tidy.js';
import type { Engine, RunReport } from './engine.js';
import { followsForeign, followUpsYield, isDomestic, isFollowUp, isForeign } from './follow-up-rank.js';
import { type AllowedFigure, allowedFigures, checkText, findViolations, guardStory } from './numeric-guard/index.js';
import { tieToldIn } from './offline/deal-tie.js';
import { createOfflineEngine, offlineTitle, sentenceCount } from './offline/engine.js';
import { sameNumber } from './offline/facts.js';
import { figureCount, type GateFailure, gateFailure, releasedBefore, retold } from './opening-gate.js';
import { reactionsUnderEvents } from './reaction-order.js';
import { headReportsResult } from './reported-head.js';
import { mergeSameEvent } from './same-event.js';
import { weightiestOpener } from './weight-order.js';
import { eventsOverWraps } from './wrap-yields.js';

/** Stories written at the same time (the LLM engine bounds its own requests further). */
const STORY_CONCURRENCY = 4;

export interface WriteDigestOptions {
  date: string;
  style: DigestStyle;
  category?: string;
  tags?: string[];
  footer?: string | null;
  coverImage?: string;
  /** A story keeping fewer characters of paragraphs than this after the guard is written by the offline engine (default 10). */
  minStoryChars?: number;
  /** The zone an item's date-time is read in to find its day (a source's 今日 is its own day): default Asia/Shanghai. */
  timeZone?: string;
  /** The heads the recent digests printed (follow-up-rank.ts `recentHeads`): a story of the same party and kind is a follow-up. */
  earlierHeads?: readonly string[];
  /** The Markdown of the recent digests (follow-up-rank.ts `recentDigests`): a tie one of them said is not said again. */
  earlierDigests?: readonly string[];
}

function event(storyId: string, sentence: string, numbers: string[], action: GuardEvent['action']): GuardEvent {
  return { storyId, sentence, number: numbers.join('、'), action };
}

/**
 * One story through the guard: written, checked; if a sentence fails and the engine can rewrite, it is asked once
 * more with the offending numbers named (a `regenerated` event per sentence); whatever still fails is dropped.
 */
export async function writeGuardedStory(
  bundle: StoryBundle,
  engine: Engine,
  style: DigestStyle,
  minStoryChars = 10,
): Promise<{ story: DigestStory; events: GuardEvent[] }> {
  const allowed = allowedFigures(bundle);
  let story = await engine.doWriteStory(bundle, style);
  const events: GuardEvent[] = [];
  const first = findViolations(story, allowed);
  if (first.length > 0 && engine.doRewriteStory) {
    for (const v of first) events.push(event(story.storyId, v.sentence, v.numbers, 'regenerated'));
    story = await engine.doRewriteStory(bundle, style, story, first);
  }
  const guarded = guardStory(story, bundle, allowed);
  append(events, guarded.events);
  const kept = guarded.story.paragraphs.join('').trim().length;
  if (engine.name !== 'offline' && kept < minStoryChars && guarded.events.some((e) => e.action === 'dropped')) {
    // The guard left (almost) nothing: the offline engine writes the story from the sources instead.
    const offline = guardStory(await createOfflineEngine().doWriteStory(bundle, style), bundle, allowed);
    events.push(event(story.storyId, `${kept} characters left after the guard`, [], 'offline'));
    append(events, offline.events);
    return { story: offline.story, events };
  }
  return { story: guarded.story, events };
}

function topEntities(bundles: StoryBundle[], n: number): string[] {
  const counts = new Map<string, number>();
  for (const b of bundles) {
    // Outlets are sources, not what the digest is about.
    for (const ms of Object.values(b.entities))
      for (const m of ms) if (m.type !== 'media') counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([name]) => name);
}

/** A broker's view of a company (a rating, a target price, a research note): an opinion, not an event of the day. */
const BROKER_VIEW = new RegExp(`${targetPriceSource()}|评级|研报|\\b(?:upgrade|downgrade)s?\\b`, 'iu');

/** The surface forms of a story's parties (no outlet, place or person) that its headline writes (`云岭芯片`, `Skyvault`). */
function headNames(bundle: StoryBundle, headline: string): string[] {
  const forms = Object.values(bundle.entities).flatMap((ms) =>
    ms.filter((m) => m.type !== 'media' && m.type !== 'place' && m.type !== 'person').map((m) => m.text),
  );
  const day = Object.values(bundle.dayNames ?? {});
  return [...new Set([...forms, ...day])].filter((n) => [...n].length >= 2 && headline.includes(n));
}

/** A story's standing from its bundle and what the engine wrote of it (its headline and key figure). */
export function storyStanding(
  bundle: StoryBundle,
  story: Pick<DigestStory, 'keyFigure'> & Partial<Pick<DigestStory, 'headline' | 'paragraphs'>>,
  earlierHeads: readonly string[] = [],
): StoryStanding {
  const englishOnly = bundle.items.every((i) => i.lang === 'en' || !isChinese(`${i.title}${i.text.slice(0, 300)}`));
  const outlets = new Set(bundle.items.map((i) => outletOf(i.url) ?? i.source)).size;
  // What ran before: the story's own items of earlier days that a digest printed, other stories' items of earlier days
  // stating its claims.
  const own = new Set((bundle.earlier ?? []).flatMap((d) => d.items.map((i) => i.id)));
  const told = (st: Statement) => own.has(st.itemId) || toldStatement(bundle, st);
  const key = story.keyFigure;
  // The figure it leads with ran before: the same event told again. A story of an earlier day's event that leads with no
  // figure told before (the market's move after yesterday's results, the subscription after yesterday's launch) tells
  // today's news.
  const written =
    story.headline !== undefined && story.paragraphs !== undefined
      ? { ...story, headline: story.headline, paragraphs: story.paragraphs }
      : undefined;
  const repeat =
    (key !== null &&
      bundle.claims.some((c) =>
        c.statements.some((st) => told(st) && sameNumber(st.figure, key) && (st.figure.currency ?? '') === (key.currency ?? '')),
      )) ||
    // A retelling whose headline brings nothing of today (a day-three market piece on a round) is a repeat too.
    (written !== undefined && retold(bundle, written));
  // The names the day's reports write a company with (their surface forms, the day's Chinese name).
  const aliases = (name: string): string[] => [
    ...new Set([
      ...Object.values(bundle.entities).flatMap((ms) => ms.filter((m) => m.name === name).map((m) => m.text)),
      ...(bundle.dayNames?.[name] ? [bundle.dayNames[name] as string] : []),
    ]),
  ];
  const gate = written ? gateFailure(written, aliases) : undefined;
  // How much news it is (decision 109): its kind × its headline's scale × novelty × AI relevance.
  const kind =
    story.headline !== undefined
      ? storyKind(
          story.headline,
          bundle.items.map((i) => i.title),
        ).kind
      : undefined;
  // An old release is lesser news too: the headline's figures out days before in the store (decision 103); so is a
  // supplier's monthly sales (a lesser kind, decision 116).
  const lesser =
    lesserNews(bundle.items, bundle.entities, story.headline) ??
    (written !== undefined && releasedBefore(bundle, written) ? 'stale' : undefined) ??
    (kind !== undefined && lesserKind(kind) ? 'monthly' : undefined);
  const weight =
    story.headline !== undefined
      ? storyWeight({
          headline: story.headline,
          titles: bundle.items.map((i) => i.title),
          stale: repeat || lesser !== undefined,
          tech: hasTechAngle(bundle.items, bundle.entities),
          outlets,
        })
      : undefined;
  // A follow-up of news printed before, and whether it is domestic news (decision 134, follow-up-rank.ts).
  const names = story.headline !== undefined ? headNames(bundle, story.headline) : [];
  const followUp = !repeat && isFollowUp(bundle, kind, names, earlierHeads, story.headline);
  const domestic = written !== undefined && isDomestic(bundle, { ...written, keyFigure: key }, names);
  const foreign = written !== undefined && !domestic && isForeign({ ...written, keyFigure: key }, names);
  // …and whose news it follows: a foreign company's, though domestic parties react in it (decision 141).
  const ofForeign = followUp && story.headline !== undefined && followsForeign(story.headline, names);
  return {
    englishOnly,
    outlets,
    repeat,
    view: story.headline !== undefined && BROKER_VIEW.test(story.headline),
    ...(lesser ? { lesser } : {}),
    ...(story.headline !== undefined && marketReaction(bundle.items, story.headline) ? { reaction: true } : {}),
    ...(story.headline !== undefined ? { headNames: names } : {}),
    ...(followUp ? { followUp } : {}),
    ...(domestic ? { domestic } : {}),
    ...(foreign ? { foreign } : {}),
    ...(ofForeign ? { followsForeign: true } : {}),
    ...(gate ? { gate } : {}),
    ...(written ? { figures: figureCount(written) } : {}),
    ...(weight !== undefined ? { weight } : {}),
    ...(kind !== undefined ? { kind } : {}),
    ...(story.headline !== undefined ? { reported: headReportsResult(bundle, story.headline) } : {}),
  };
}

/** What the digest knows of a story beside its text, from its bundle (any engine): how the day may be opened by it. */
export interface StoryStanding {
  /** Every item is English (the story is told from templates, or translated): no Chinese report of it. */
  englishOnly: boolean;
  /** Distinct outlets reporting it today. */
  outlets: number;
  /**
   * Its event ran in an earlier day's digest: its own items of an earlier day were printed, or the figure it leads with
   * was printed by another story's item of an earlier day (a third source's repeat of yesterday's round), or it retells
   * an event printed before with no figure of today in its headline (opening-gate.ts `retold`).
   */
  repeat: boolean;
  /** Its headline is a broker's view (a target price, a rating): opens the day only when no event is told in full. */
  view?: boolean;
  /**
   * Lesser news than a same-day event (select/news-weight.ts): a market wrap, a release dated days before, an event still
   * in talks, no AI / tech angle. Opens the day only when no event of today is told in full.
   */
  lesser?: LesserNews;
  /**
   * Its headline or most titles tell a market's reaction (a sector or concept stocks moving on news: select/news-weight.ts
   * `marketReaction`): lesser news beside the same-day story of its event (reaction-order.ts, decision 121).
   */
  reaction?: boolean;
  /** The names its headline writes its parties with (the day's surface forms of its companies, products, labs). */
  headNames?: string[];
  /**
   * Why the story may not open the day above a story selection put before it (opening-gate.ts): its headline's figure
   * or event is untold, or its figure given to a company the headline never names.
   */
  gate?: GateFailure;
  /** Distinct money / percent / multiple figures its paragraphs print: one never passes a story that prints more. */
  figures?: number;
  /**
   * How much news it is (select/story-weight.ts, decision 109): its kind (results, a deal, a policy, a price war, monthly
   * sales…) × its headline's scale × novelty × AI relevance. The day's weightiest story keeps a full story (`newsFirst`).
   */
  weight?: number;
  /** Its kind of news (select/story-weight.ts: results, deal, policy, price, monthly, other). */
  kind?: string;
  /**
   * Its headline states a reported result (reported-head.ts): every money figure a result of a period ended by its
   * report's day, none a forecast or estimate. A thin story keeps a full story only on such a head (`biggestThin`).
   */
  reported?: boolean;
  /**
   * Its news ran before (decision 134, follow-up-rank.ts): its own reports of an earlier day were printed, or the previous
   * digest's head named its party for news of the same kind. Not set on a repeat (which ranks lower already).
   */
  followUp?: boolean;
  /** Domestic news for a Chinese digest (follow-up-rank.ts): a CN / HK / TW company, market or state investor, or currency. */
  domestic?: boolean;
  /** Foreign news (follow-up-rank.ts `isForeign`): a foreign-tagged party, a foreign currency, a Latin-named head party. */
  foreign?: boolean;
  /** A follow-up of a foreign company's news (follow-up-rank.ts `followsForeign`), domestic parties reacting in it or not. */
  followsForeign?: boolean;
}

/** The day's biggest item outweighs every full top story by this factor before a thin telling of it stays a story. */
const BIGGEST_MARGIN = 1.5;

/**
 * The story that keeps a full story though it is thin (decision 109): the weightiest thin top story, when it outweighs
 * every top story that stays full by half as much again (the day's biggest item: a megacap's results day against a
 * retold round), is of a kind a thin telling may stay full of (data/story-weight.json `fullKinds`: results), tells it
 * in two sentences or more with two figures or more, heads with a reported result (reported-head.ts: a period ended by
 * the report's day, no forecast or estimate), is neither lesser news nor a repeat, and passes the opening gate (its
 * headline told, its owner named, its figures sane). A one-line 更多动态 brief never tells such a day.
 */
export function biggestThin(
  candidates: readonly DigestStory[],
  full: readonly DigestStory[],
  standing: ReadonlyMap<string, StoryStanding>,
): string | undefined {
  const weight = (s: DigestStory) => standing.get(s.storyId)?.weight ?? 0;
  const best = [...candidates].sort((a, b) => weight(b) - weight(a))[0];
  const st = best ? standing.get(best.storyId) : undefined;
  const w = st?.weight;
  if (!best || !st || w === undefined) return undefined;
  const fit =
    st.kind !== undefined &&
    keepsFullWhenThin(st.kind) &&
    // Its head states a reported result, never guidance told as one (a next fiscal year's revenue range).
    st.reported === true &&
    !best.brief &&
    sentenceCount(best.paragraphs) >= 2 &&
    (st.figures ?? 0) >= 2 &&
    st.gate === undefined &&
    st.lesser === undefined &&
    !st.repeat;
  return fit && full.every((s) => w > BIGGEST_MARGIN * weight(s)) ? best.storyId : undefined;
}

/** The opening rank of lesser news (a wrap, a stale release, talks, off-topic): below any same-day event. */
const LESSER_RANK = 2;

/**
 * How a top story may open the day, lowest first (writeDigest: newsFirst): 0 today's news told in full (a Chinese
 * report, or two outlets); 1 an English-only story of one outlet (one wire's lines in templates); 2 lesser news (a
 * market wrap, a release of days before, talks, no AI / tech angle: `lesser`) or a broker's view of a company (a target
 * price, a rating), below a same-day event whoever tells it, in select order between them; 3 a repeat of an earlier day's event; 4 a story told in
 * one template sentence (`brief`). Unknown standing counts as full news.
 */
export function openingRank(s: DigestStory, standing?: StoryStanding): number {
  if (s.brief) return 4;
  if (standing?.repeat) return 3;
  // A broker's view is no same-day event either: lesser news gives way to a deal or results, not to a rating.
  if (standing?.lesser || standing?.view) return LESSER_RANK;
  if (standing?.englishOnly && standing.outlets <= 1) return 1;
  return 0;
}

/**
 * The opening ranks of stories in selection order (decision 096): a story is never ranked above lesser news or a repeat
 * that selection put before it when it fails the opening gate (`StoryStanding.gate`: its headline untold, or its figure
 * given to a company the headline never names) or prints one figure where that story prints more (`figures`): it takes
 * that story's rank, so the reorder never promotes it past. The reorder demotes lesser news; the story it promotes must
 * be fit to open.
 */
export function gatedRanks(stories: readonly DigestStory[], standing: ReadonlyMap<string, StoryStanding>): number[] {
  const out: number[] = [];
  // The gate guards the reorder that demotes lesser news and repeats: against one English wire's story or a broker's
  // view, decision 066's order stands (a Chinese report of today opens above it).
  // Nor is a retelling passed by what is no event of today either (a broker's view, lesser news): the reorder puts
  // today's event first, and between two stories that are not, selection's order stands.
  const blocked = (st: StoryStanding | undefined, before: StoryStanding | undefined, above: number, rank: number): boolean =>
    above >= LESSER_RANK &&
    (st?.gate !== undefined ||
      (st?.figures !== undefined && st.figures < 2 && (before?.figures ?? 0) > st.figures) ||
      (before?.repeat === true && rank >= LESSER_RANK));
  stories.forEach((s, i) => {
    const st = standing.get(s.storyId);
    let rank = openingRank(s, st);
    for (let j = 0; j < i; j++) {
      const above = out[j] as number;
      if (above > rank && blocked(st, standing.get((stories[j] as DigestStory).storyId), above, rank)) rank = above;
    }
    out.push(rank);
  });
  return out;
}

/**
 * The news first (issue 11 item 2): an English-only story that could not say its event and holds fewer than two facts
 * (`thin`) steps down to 更多动态 while a top story with more to say remains; the fresh top stories are then ordered by
 * what a reader needs (openingRank: today's news told in full, then one English wire's story, then lesser news, then a
 * repeat or retelling of an earlier day's event, then a one-sentence story), by rank within each — so neither a
 * one-sentence English line nor yesterday's event opens the day or shares its title above a full story of today's
 * news; a story unfit to open (gatedRanks: its headline untold or given to another company, or one figure against a
 * fuller lesser story) is never promoted past a story selection put before it. Stories told before, thin and minor
 * ones keep their places.
 */
export function newsFirst(stories: readonly DigestStory[], given: ReadonlyMap<string, StoryStanding> = new Map()): DigestStory[] {
  // A market's reaction ranks under the same-day story of the event that caused it (decision 121).
  const standing = reactionsUnderEvents(stories, given);
  const top = (s: DigestStory) => !s.minor && !s.toldBefore;
  // A story written from English templates that is `brief` (one sentence, figures run on into it counted as written
  // apart) is a 更多动态 line, like a thin one, while a story with more to say remains (story28).
  const thin = (s: DigestStory) => s.thin === true || (s.original !== undefined && s.brief === true);
  // …unless it is the day's biggest item, told in more than one sentence (biggestThin, decision 109).
  const thinTop = stories.filter((s) => top(s) && thin(s));
  const fullTop = stories.filter((s) => top(s) && !thin(s));
  const biggest = biggestThin(thinTop, fullTop, standing);
  // …or the day's event while every fuller top story is a wrap of earlier days or a market's reaction (decision 121).
  const kept = new Set([...(biggest ? [biggest] : []), ...eventsOverWraps(thinTop, fullTop, standing)]);
  const out =
    fullTop.length > 0 ? stories.map((s) => (thin(s) && !s.minor && !kept.has(s.storyId) ? { ...s, minor: true } : s)) : [...stories];
  const slots = out.flatMap((s, i) => (top(s) && (!thin(s) || kept.has(s.storyId)) ? [i] : []));
  const ranks = gatedRanks(
    slots.map((i) => out[i] as DigestStory),
    standing,
  );
  const ordered = slots
    .map((i, n) => ({ s: out[i] as DigestStory, i, rank: ranks[n] as number }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i);
  // The day opens with its weightiest news fit to open when it outweighs the story ranked first (decision 116).
  const opener = weightiestOpener(
    ordered.map((o) => o.s),
    ordered.map((o) => o.rank),
    standing,
  );
  if (opener > 0) ordered.unshift(...ordered.splice(opener, 1));
  // A foreign follow-up gives way to a same-day domestic market event of comparable weight (decision 134).
  const placed = followUpsYield(ordered, standing);
  slots.forEach((at, n) => {
    out[at] = (placed[n] as { s: DigestStory }).s;
  });
  return out;
}

/**
 * Stories whose heads break a head rule (English, over-long: head-rules.ts) with their Latin names said short, as
 * the story's sources give them (head-names.ts); a 更多动态 line saying its old head says the new one (so it is
 * read as the head said again).
 */
function shortNamedHeads(stories: readonly DigestStory[], bundles: readonly StoryBundle[]): DigestStory[] {
  const byId = new Map(bundles.map((b) => [b.story.id, b]));
  return stories.map((s) => {
    const b = byId.get(s.storyId);
    const sources = b ? b.items.map((i) => `${i.title}\n${i.text}`) : [];
    // …and a listed company named without its exchange's tag or code (`星衡智算-W` → `星衡智算`, head-shape.ts).
    // …and a company named by its name cut before its kind word named in full (`星衡` → `星衡智算`, full-name.ts).
    const mentions = b ? Object.values(b.entities).flat() : [];
    // …and a cut name the story's text writes in full though discovery missed it (source-name.ts, decision 174).
    const headline = untagged(namedShort(sourceFullNamed(fullNamed(s.headline, mentions, true), sources, mentions, true), sources, true));
    if (headline === s.headline) return s;
    const oneLine = s.oneLine.split(s.headline).join(headline);
    return { ...s, headline, oneLine };
  });
}

/**
 * Each composed tie (`story.tie`, decision 148) said once: a story's tie goes when a recent digest, a story printed
 * before it or its own other sentences already say the tie of the same two parties (the printed order: top stories,
 * then 更多动态).
 */
export function onceTies(stories: readonly DigestStory[], earlier: readonly string[] = []): DigestStory[] {
  const said: string[] = [...earlier];
  return stories.map((s) => {
    const tie = s.tie;
    if (!tie || !s.paragraphs.some((p) => p.includes(tie.text))) {
      said.push(...s.paragraphs);
      return s;
    }
    const without = s.paragraphs.map((p) => p.replace(tie.text, ''));
    if (!tieToldIn([...said, ...without], tie.parties)) {
      said.push(...s.paragraphs);
      return s;
    }
    const { tie: _dropped, ...rest } = s;
    said.push(...without);
    return { ...rest, paragraphs: without };
  });
}

/**
 * Writes the digest of a day: stories in the given (ranked) order, minor ones under `more`; the title from the engine,
 * checked by the guard against every story's figures (else the offline title); summary = one headline per top story.
 */
export async function writeDigest(ranked: StoryBundle[], engine: Engine, opts: WriteDigestOptions): Promise<Digest> {
  // Two stories of one company's same news on one day are one story (the clustering may keep two reports apart).
  const bundles = mergeSameEvent(ranked);
  const limit = pLimit(STORY_CONCURRENCY);
  const written = await Promise.all(bundles.map((b) => limit(() => writeGuardedStory(b, engine, opts.style, opts.minStoryChars))));
  const guard: GuardEvent[] = written.flatMap((w) => w.events);
  // Assembly, for every engine: full-width punctuation, no glosses, no empty bullets, no sentence twice in the digest.
  // A story with nothing of its own to say (a generic `X相关动态` and no fact) is no story of the digest.
  // Copy of a source dated another day says that source's 今日 / 明日 / 昨日 as the date it names (relative-days.ts).
  const dated = written.map((w, i) => anchorStoryDays(w.story, bundles[i] as StoryBundle, opts.date, opts.timeZone));
  // No head ships that `digest --check` would flag as English or over-long: an untranslated name is said short (head-names.ts).
  const tidied = shortNamedHeads(tidyStories(dated.filter((s) => !s.empty)), bundles);
  // The standing reads the story as printed (after tidying), its paragraphs as the reader sees them.
  const printed = new Map(tidied.map((s) => [s.storyId, s]));
  const standing = new Map(
    written.map((w, i) => [
      w.story.storyId,
      storyStanding(bundles[i] as StoryBundle, printed.get(w.story.storyId) ?? w.story, opts.earlierHeads),
    ]),
  );
  const all = newsFirst(tidied, standing);
  // A top story with nothing new today (told on an earlier day) steps down to 更多动态 when another top story remains.
  const fresh = all.filter((s) => !s.minor && !s.toldBefore);
  const demoted = (s: DigestStory) => s.toldBefore === true && fresh.length > 0;
  // A composed tie is said once in the digest, and not again when a recent digest said it (decision 148).
  const once = onceTies(
    [...all.filter((s) => !s.minor && !demoted(s)), ...all.filter((s) => !s.minor && demoted(s)), ...all.filter((s) => s.minor)],
    opts.earlierDigests,
  );
  const stories = once.filter((s) => !s.minor && !demoted(s));
  const more = [...once.filter((s) => !s.minor && demoted(s)), ...once.filter((s) => s.minor)];

  const allowed: AllowedFigure[] = bundles.flatMap((b) => allowedFigures(b));
  // The day's title is a headline too: never over the length a headline may have (two joined headlines that the
  // mainland wording lengthened keep the first one, as withinLength keeps a leading clause).
  let title = withinLength(tidyTitle(await engine.doWriteTitle(all, opts.date)));
  const bad = checkText('title', title, allowed, true);
  if (bad.length > 0) {
    for (const v of bad) guard.push(event('title', v.sentence, v.numbers, 'dropped'));
    title = offlineTitle(all);
  }
  // A title the check would flag (English) is built from the stories whose heads pass the head rules.
  if (headProblems(title, false).length > 0) {
    const fit = all.filter((s) => headProblems(s.headline, true).length === 0);
    if (fit.length > 0) title = withinLength(tidyTitle(offlineTitle(fit)));
  }

  const top = bundles.filter((b) => !b.minor);
  const sections = [...new Set(stories.map((s) => s.section).filter((s) => s))];
  return {
    date: opts.date,
    title,
    category: opts.category ?? 'AI 日报',
    tags: opts.tags ?? ['AI', 'AI 日报'],
    seo: [...new Set([...topEntities(top.length > 0 ? top : bundles, 8), ...sections])],
    coverImage: opts.coverImage ?? '',
    summary: stories.map((s) => s.headline),
    style: opts.style,
    stories,
    more,
    footer: opts.footer ?? null,
    engine: engine.name,
    guard,
  };
}

/** The run report of a digest written by `engine`. */
export function buildRunReport(digest: Digest, engine: Engine): RunReport {
  const u = engine.usage();
  return {
    stories: digest.stories.length + digest.more.length,
    guardDropped: digest.guard.filter((e) => e.action === 'dropped').length,
    guardRegenerated: digest.guard.filter((e) => e.action === 'regenerated').length,
    llmRequests: u.llmRequests,
    cacheHits: u.cacheHits,
    promptTokens: u.promptTokens,
    completionTokens: u.completionTokens,
    costUsd: u.costUsd,
    offlineFallbacks: u.offlineFallbacks,
    budgetExceeded: u.budgetExceeded,
    notes: u.notes,
  };
}
