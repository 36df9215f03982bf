/** writeDigest: runs an engine over the day's bundles, guards every story and the title, and assembles the Digest. */
import pLimit from 'p-limit';
import { extractFigures } from '../extract/index.js';
import { outletOf } from '../normalize/index.js';
import { largestUsd, toldStatement } from '../select/index.js';
import type { Digest, DigestStory, DigestStyle, GuardEvent, Statement, StoryBundle } from '../types/index.js';
import { append } from '../util/arrays.js';
import { targetPriceSource } from '../util/target-price.js';
import { isChinese } from './assemble/sentence-shape.js';
import { sentenceSpans, tidyStories, tidyTitle, withinLength } from './assemble/tidy.js';
import type { Engine, RunReport } from './engine.js';
import { type AllowedFigure, allowedFigures, checkText, findViolations, guardStory } from './numeric-guard/index.js';
import { createOfflineEngine, offlineTitle } from './offline/engine.js';
import { sameNumber } from './offline/facts.js';
import { fill, TEMPLATES } from './offline/templates.js';
import { EVENT_METRICS, mergeSameEvent } from './same-event.js';

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

/** A story's standing from its bundle and what the engine wrote of it (its headline and key figure). */
export function storyStanding(bundle: StoryBundle, story: Pick<DigestStory, 'keyFigure'> & { headline?: string }): StoryStanding {
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
  const repeat =
    key !== null &&
    bundle.claims.some((c) =>
      c.statements.some((st) => told(st) && sameNumber(st.figure, key) && (st.figure.currency ?? '') === (key.currency ?? '')),
    );
  // The event ran before: the story's own items of an earlier day were printed, or today's items restate the amount of an
  // event (a round, a listing, a deal) that an earlier day's digest printed.
  const today = new Set(bundle.items.map((i) => i.id));
  const ranBefore =
    own.size > 0 ||
    bundle.claims.some(
      (c) =>
        EVENT_METRICS.has(c.metric) &&
        c.statements.some((st) => told(st) && c.statements.some((t) => today.has(t.itemId) && sameNumber(t.figure, st.figure))),
    );
  const size = key?.kind === 'money' && !repeat ? largestUsd([key]) : 0;
  return {
    englishOnly,
    outlets,
    repeat,
    view: story.headline !== undefined && BROKER_VIEW.test(story.headline),
    ...(ranBefore ? { ranBefore } : {}),
    ...(size > 0 ? { size } : {}),
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
   * was printed by another story's item of an earlier day (a third source's repeat of yesterday's round).
   */
  repeat: boolean;
  /** Its headline is a broker's view (a target price, a rating): opens the day only when no event is told in full. */
  view?: boolean;
  /**
   * Its event ran in an earlier day's digest (its own items of an earlier day were printed, or today's items restate an
   * event's amount printed before): a follow-up, a top story only when what it leads with is the day's largest news.
   */
  ranBefore?: boolean;
  /** The USD equivalent of the amount it leads with when that amount is today's news (not told before); absent: none. */
  size?: number;
}

/** The order of magnitude of a story's lead amount from $1 billion up (1e9 → 9, 2.1e10 → 10); 0 below or without one. */
export function sizeClass(standing?: StoryStanding): number {
  const usd = standing?.size ?? 0;
  return usd >= 1e9 ? Math.floor(Math.log10(usd)) : 0;
}

/**
 * How a top story may open the day, lowest first (writeDigest: newsFirst): 0 today's news told in full (a Chinese
 * report, or two outlets); 1 an English-only story of one outlet (one wire's lines in templates) or a broker's view of a
 * company (a target price, a rating); 2 a repeat of an
 * earlier day's event; 3 a story told in one template sentence (`brief`). Unknown standing counts as full news.
 */
export function openingRank(s: DigestStory, standing?: StoryStanding, largest = Number.POSITIVE_INFINITY): number {
  if (s.brief) return 3;
  if (standing?.repeat) return 2;
  if (standing?.view) return 1;
  // Size first, the language a tie-break: one English wire's story of an amount an order of magnitude above every
  // Chinese-reported story's of the day (a large-cap's results, a large financing) is the day's news told in full.
  if (standing?.englishOnly && standing.outlets <= 1 && !(sizeClass(standing) > largest)) return 1;
  return 0;
}

/**
 * The news first (issue 11 item 2): an English-only story that could not say its event and holds fewer than two facts
 * (`thin`) steps down to 更多动态 while a top story with more to say remains; the fresh top stories are then ordered by
 * what a reader needs (openingRank: today's news told in full, then one English wire's story, then a repeat of an
 * earlier day's event, then a one-sentence story), by rank within each — so neither a one-sentence English line nor
 * yesterday's event opens the day or shares its title above a full story of today's news. Stories told before, thin
 * and minor ones keep their places.
 */
export function newsFirst(stories: readonly DigestStory[], standing: ReadonlyMap<string, StoryStanding> = new Map()): DigestStory[] {
  const top = (s: DigestStory) => !s.minor && !s.toldBefore;
  const out = stories.some((s) => top(s) && !s.thin) ? stories.map((s) => (s.thin && !s.minor ? { ...s, minor: true } : s)) : [...stories];
  const slots = out.flatMap((s, i) => (top(s) && !s.thin ? [i] : []));
  // The largest lead amount of the day's other fresh stories (full news, not one English wire's): the bar one wire's
  // story must clear to open the day.
  const wire = (s: DigestStory) => {
    const st = standing.get(s.storyId);
    return st?.englishOnly === true && st.outlets <= 1;
  };
  // Sizes compare only when every such story leads with an amount (a story led by a rate or no figure has no size to
  // set against the wire's: the language keeps its order).
  const full = slots.map((i) => out[i] as DigestStory).filter((s) => !wire(s));
  const sized = full.every((s) => (standing.get(s.storyId)?.size ?? 0) > 0);
  const largest = sized ? Math.max(0, ...full.map((s) => sizeClass(standing.get(s.storyId)))) : Number.POSITIVE_INFINITY;
  const rank = (s: DigestStory) => openingRank(s, standing.get(s.storyId), largest);
  const ordered = slots.map((i) => ({ s: out[i] as DigestStory, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i);
  slots.forEach((at, n) => {
    out[at] = (ordered[n] as { s: DigestStory }).s;
  });
  return out;
}

/**
 * Whether a line only retells what ran before: it states amounts or rates, and each is a value of the story's claims
 * that its own earlier items or an earlier day's digest told (`月之暗面完成约20亿美元融资` the day after the round ran).
 */
export function retellsLine(line: string, bundle: StoryBundle): boolean {
  const own = new Set((bundle.earlier ?? []).flatMap((d) => d.items.map((i) => i.id)));
  const told = (st: Statement) => own.has(st.itemId) || toldStatement(bundle, st);
  const figures = extractFigures(line.replace(/\*\*/g, '')).filter((f) => f.kind === 'money' || f.kind === 'percent');
  return (
    figures.length > 0 &&
    figures.every((f) =>
      bundle.claims.some((c) =>
        c.statements.some((st) => told(st) && sameNumber(st.figure, f) && (st.figure.currency ?? '') === (f.currency ?? '')),
      ),
    )
  );
}

/** The marker a follow-up's headline ends with (templates.ts `followUp`: `…（续报）`). */
const FOLLOW_UP_MARK = fill(TEMPLATES.followUp, { headline: '' });

/**
 * Day N+1 of an event (issue 11, R1): a top story whose event ran in an earlier day's digest (`ranBefore`) stays among
 * the day's stories in full unless another fresh top story of today's news told in full leads with an amount of a larger
 * order of magnitude (from $1 billion up) than its new lead amount; then it is a 续报 line
 * under 更多动态 — its headline (the new fact the engine chose) marked, its line only when that line says something new.
 */
export function followUps(
  stories: readonly DigestStory[],
  standing: ReadonlyMap<string, StoryStanding>,
  bundles: ReadonlyMap<string, StoryBundle>,
): DigestStory[] {
  const top = (s: DigestStory) => !s.minor && !s.toldBefore;
  const ran = (s: DigestStory) => standing.get(s.storyId)?.ranBefore === true;
  // Only a story of today's news told in full (a Chinese report, or two outlets) takes a follow-up's place: never one
  // English wire's template story.
  const wire = (s: DigestStory) => {
    const st = standing.get(s.storyId);
    return st?.englishOnly === true && st.outlets <= 1;
  };
  const others = stories.filter((s) => top(s) && !ran(s) && !wire(s));
  if (others.length === 0) return [...stories];
  const largest = Math.max(0, ...others.map((s) => sizeClass(standing.get(s.storyId))));
  return stories.map((s) => {
    if (!top(s) || !ran(s)) return s;
    // Another story of today's news a larger order of magnitude (a lead amount of $1 billion and more) is the day's news;
    // without one, the follow-up keeps its place (a large-cap's results told in full the day after its one-line brief).
    if (sizeClass(standing.get(s.storyId)) >= largest) return s;
    const b = bundles.get(s.storyId);
    // Its line keeps only the sentences that say something new (a sentence of yesterday's terms alone is not printed).
    const line = b
      ? sentenceSpans(s.oneLine)
          .map((x) => x.text)
          .filter((x) => !retellsLine(x, b))
          .join('')
      : s.oneLine;
    const headline = s.headline.endsWith(FOLLOW_UP_MARK) ? s.headline : fill(TEMPLATES.followUp, { headline: s.headline });
    return { ...s, headline, oneLine: line, toldBefore: true };
  });
}

/**
 * The day's top stories and its 更多动态 lines. A top story with nothing new today (told on an earlier day) steps down to
 * 更多动态 when another top story remains. The lines: first a story select ranked among the top ones that is too thin to
 * stand (an English-only story failing the English gates: the day's larger news, one line), then the follow-ups, then
 * the minor items in rank order.
 */
export function dayParts(all: readonly DigestStory[], rankedTop: ReadonlySet<string>): { stories: DigestStory[]; more: DigestStory[] } {
  const fresh = all.filter((s) => !s.minor && !s.toldBefore);
  const demoted = (s: DigestStory) => s.toldBefore === true && fresh.length > 0;
  const thinTop = (s: DigestStory) => s.minor && s.thin === true && rankedTop.has(s.storyId);
  return {
    stories: all.filter((s) => !s.minor && !demoted(s)),
    more: [...all.filter(thinTop), ...all.filter((s) => !s.minor && demoted(s)), ...all.filter((s) => s.minor && !thinTop(s))],
  };
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
  const standing = new Map(written.map((w, i) => [w.story.storyId, storyStanding(bundles[i] as StoryBundle, w.story)]));
  const bundleOf = new Map(bundles.map((b) => [b.story.id, b]));
  const all = followUps(newsFirst(tidyStories(written.map((w) => w.story).filter((s) => !s.empty)), standing), standing, bundleOf);
  // A top story with nothing new today (told on an earlier day) steps down to 更多动态 when another top story remains.
  const { stories, more } = dayParts(all, new Set(bundles.filter((b) => !b.minor).map((b) => b.story.id)));

  const allowed: AllowedFigure[] = bundles.flatMap((b) => allowedFigures(b));
  // The day's title is a headline too: never over the length a headline may have (two joined headlines that the
  // mainland wording lengthened keep the first one, as withinLength keeps a leading clause).
  let title = withinLength(tidyTitle(await engine.doWriteTitle(all, opts.date)));
  const bad = checkText('title', title, allowed, true);
  if (bad.length > 0) {
    for (const v of bad) guard.push(event('title', v.sentence, v.numbers, 'dropped'));
    title = offlineTitle(all);
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
