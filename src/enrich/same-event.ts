/**
 * Stories of one event the clustering kept apart (one outlet's 完成约6亿美元新一轮融资, another's 又融了6亿美元 with
 * a product launch beside it: too few shared words for one cluster) are one story of the digest: two stories of the
 * same company's same news on one day read as a duplicate to any editor.
 */
import { extractFigures, findEntities, type Gazetteer, loadGazetteer } from '../extract/index.js';
import type { Claim, Figure, StoryBundle } from '../types/index.js';
import { sameNumber } from './offline/facts.js';

/** Measures that are an event of their own (a round, an investment, a deal, a listing, a fine), not a running measure. */
const EVENT_METRICS: ReadonlySet<string> = new Set(['funding', 'investment', 'acquisition', 'ipo', 'contract', 'buyback', 'fine']);

function claimKey(c: Claim): string {
  return [c.subject, c.metric, c.period, c.counterparty ?? '', c.scope ?? '', c.basis ?? ''].join('\u0000');
}

/** The companies the titles of a bundle's items name. */
function titleNames(b: StoryBundle, gaz: Gazetteer): Set<string> {
  return new Set(b.items.flatMap((i) => findEntities(i.title, gaz).flatMap((m) => (m.type === 'media' ? [] : [m.name]))));
}

/**
 * Whether two bundles tell one event: a claim of an event measure (a round, an investment, a deal) whose subject the
 * titles of both name and whose value, stated by an item of either, a title of each headlines (`阶跃星辰完成约6亿美元新一轮
 * 融资` and `阶跃星辰又融了6亿美元`). A value only one of them headlines is background of the other (a contract a
 * backlog story mentions), never the same news.
 */
export function sameEvent(a: StoryBundle, b: StoryBundle, gaz: Gazetteer = loadGazetteer()): boolean {
  const { names: namesA, heads: headsA } = titleFacts(a, gaz);
  const { names: namesB, heads: headsB } = titleFacts(b, gaz);
  if (headsA.length === 0 || headsB.length === 0) return false;
  const ids = new Set([...a.items, ...b.items].map((i) => i.id));
  for (const c of [...a.claims, ...b.claims]) {
    if (!EVENT_METRICS.has(c.metric) || !namesA.has(c.subject) || !namesB.has(c.subject)) continue;
    for (const st of c.statements) {
      if (!ids.has(st.itemId)) continue;
      if (headsA.some((y) => sameAmount(st.figure, y)) && headsB.some((y) => sameAmount(st.figure, y))) return true;
    }
  }
  return false;
}

/**
 * A bundle's title names and title figures, read once per bundle: the day's merge compares every pair of bundles, and
 * reading titles again for each pair made it quadratic in extraction work.
 */
const titleCache = new WeakMap<Gazetteer, WeakMap<StoryBundle, { names: Set<string>; heads: Figure[] }>>();
function titleFacts(b: StoryBundle, gaz: Gazetteer): { names: Set<string>; heads: Figure[] } {
  let byBundle = titleCache.get(gaz);
  if (!byBundle) titleCache.set(gaz, (byBundle = new WeakMap()));
  let t = byBundle.get(b);
  if (!t) byBundle.set(b, (t = { names: titleNames(b, gaz), heads: titleFigures(b) }));
  return t;
}

/** The amounts and rates the titles of a bundle's items state (a title is what its outlet says the news is). */
function titleFigures(b: StoryBundle): Figure[] {
  return b.items.flatMap((i) => extractFigures(i.title).filter((f) => f.kind === 'money' || f.kind === 'percent'));
}

const sameAmount = (x: Figure, y: Figure): boolean => sameNumber(x, y) && (x.currency ?? '') === (y.currency ?? '');

function unionBy<T>(xs: readonly T[], ys: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set(xs.map(key));
  return [...xs, ...ys.filter((y) => !seen.has(key(y)))];
}

/** One bundle of two of the same event: the higher-ranked one's story and section, every item, fact and flow of both. */
export function mergeBundles(a: StoryBundle, b: StoryBundle): StoryBundle {
  const merged: StoryBundle = {
    ...a,
    story: { ...a.story, items: [...new Set([...a.story.items, ...b.story.items])] },
    items: unionBy(a.items, b.items, (i) => i.id),
    figures: { ...b.figures, ...a.figures },
    entities: { ...b.entities, ...a.entities },
    claims: unionBy(a.claims, b.claims, claimKey),
    derived: unionBy(a.derived, b.derived, (d) => JSON.stringify(d)),
    deals: unionBy(a.deals, b.deals, (d) => JSON.stringify(d)),
    score: Math.max(a.score, b.score),
    minor: a.minor && b.minor,
  };
  if (a.outlets || b.outlets) merged.outlets = { ...b.outlets, ...a.outlets };
  if (a.toldBefore || b.toldBefore) merged.toldBefore = { ...b.toldBefore, ...a.toldBefore };
  if (a.unprinted || b.unprinted) merged.unprinted = unionBy(a.unprinted ?? [], b.unprinted ?? [], (i) => i.id);
  if (a.earlier || b.earlier) {
    const days = new Map<string, StoryBundle['items']>();
    for (const e of [...(a.earlier ?? []), ...(b.earlier ?? [])])
      days.set(
        e.day,
        unionBy(days.get(e.day) ?? [], e.items, (i) => i.id),
      );
    merged.earlier = [...days.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([day, items]) => ({ day, items }));
  }
  return merged;
}

/** The day's bundles (ranked) with those of one event merged into the first of them, in rank order. */
export function mergeSameEvent(bundles: readonly StoryBundle[], gaz: Gazetteer = loadGazetteer()): StoryBundle[] {
  const out: StoryBundle[] = [];
  for (const b of bundles) {
    const at = out.findIndex((o) => sameEvent(o, b, gaz));
    if (at >= 0) out[at] = mergeBundles(out[at] as StoryBundle, b);
    else out.push(b);
  }
  return out;
}
