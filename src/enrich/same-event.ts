/**
 * Stories of one event the clustering kept apart (one outlet's 完成约6亿美元新一轮融资, another's 又融了6亿美元 with
 * a product launch beside it: too few shared words for one cluster) are one story of the digest: two stories of the
 * same company's same news on one day read as a duplicate to any editor.
 */
import { extractFigures, findEntities, type Gazetteer, loadGazetteer } from '../extract/index.js';
import { callRecord } from '../select/index.js';
import type { Claim, Figure, StoryBundle } from '../types/index.js';
import { sameNumber } from './offline/facts.js';

/** Measures that are an event of their own (a round, an investment, a deal, a listing, a fine), not a running measure. */
const EVENT_METRICS: ReadonlySet<string> = new Set(['funding', 'investment', 'acquisition', 'ipo', 'contract', 'buyback', 'fine']);

function claimKey(c: Claim): string {
  return [c.subject, c.metric, c.period, c.counterparty ?? '', c.scope ?? '', c.basis ?? ''].join('\u0000');
}

/**
 * The companies the titles of a bundle's items name: the gazetteer's, and owners of the bundle's claims a title writes
 * as the claim does (a company no table knows, `星衡智算`).
 */
function titleNames(b: StoryBundle, gaz: Gazetteer): Set<string> {
  const owners = [...new Set(b.claims.map((c) => c.subject))].filter((n) => [...n].length >= 2);
  return new Set(
    b.items.flatMap((i) => [
      ...findEntities(i.title, gaz).flatMap((m) => (m.type === 'media' ? [] : [m.name])),
      ...owners.filter((n) => i.title.includes(n)),
    ]),
  );
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

/** Whether a bundle is told only by the record of a call (the clustering kept the call apart from its news). */
export function callOnly(b: StoryBundle): boolean {
  let v = callCache.get(b);
  if (v === undefined) callCache.set(b, (v = b.items.length > 0 && b.items.every((i) => callRecord(i))));
  return v;
}
/** `callOnly` read once per bundle: the day's merge compares every pair of bundles. */
const callCache = new WeakMap<StoryBundle, boolean>();

/**
 * Whether a results call and a report of the same day tell one set of results: one bundle is the call's alone, the
 * other holds an article, the titles of both name the company, and an item of each states the same amount of one
 * dated measure of it (the quarter's revenue the call gives and the wire repeats). The call is the record of the news
 * the article reports, so its distinct facts (the full-year guidance, the backlog) belong in that story, not in a
 * second one; a call no report repeats a figure of stays its own story.
 */
export function sameResults(a: StoryBundle, b: StoryBundle, gaz: Gazetteer = loadGazetteer()): boolean {
  const call = callOnly(a) ? a : callOnly(b) ? b : undefined;
  const report = call === a ? b : a;
  if (!call || !report.items.some((i) => i.kind === 'article' && !callRecord(i))) return false;
  const namesCall = titleFacts(call, gaz).names;
  const namesReport = titleFacts(report, gaz).names;
  const callIds = new Set(call.items.map((i) => i.id));
  const reportIds = new Set(report.items.map((i) => i.id));
  for (const c of [...call.claims, ...report.claims]) {
    if (!c.period || !namesCall.has(c.subject) || !namesReport.has(c.subject)) continue;
    const said = c.statements.filter((st) => st.figure.kind === 'money' && callIds.has(st.itemId));
    const repeated = c.statements.filter((st) => st.figure.kind === 'money' && reportIds.has(st.itemId));
    if (said.some((x) => repeated.some((y) => sameAmount(x.figure, y.figure)))) return true;
  }
  return false;
}

/** Words of a title naming each event measure's event (a round, a deal, a listing): an analysis of it names it too. */
const EVENT_WORDS: Readonly<Record<string, RegExp>> = {
  funding: /融资|募资|轮|估值|\braised?\b|\braising\b|\bfunding\b|\bround\b|\bvaluation\b/iu,
  investment: /投资|入股|注资|领投|\binvest\w*|\bstake\b/iu,
  acquisition: /收购|并购|买下|\bacquir\w*|\bbuy\w*|\btakeover\b|\bdeal\b/iu,
  ipo: /上市|IPO|招股|募资|\blisting\b|\bgoes public\b/iu,
  contract: /合同|订单|协议|大单|采购|\bcontract\b|\bdeal\b|\border\b/iu,
  buyback: /回购|\bbuyback\b|\brepurchase\b/iu,
  fine: /罚/u,
};

/** A title about the market's reaction to a company's news: its share price moving (股价大涨, 涨停, shares jump). */
const REACTION =
  /股价|股票|市值|涨停|跌停|大涨|大跌|暴涨|暴跌|飙升|重挫|\b(?:shares?|stocks?)\b[^.;]{0,40}\b(?:rise|rose|jump|soar|surge|fall|fell|drop|slump|tumble|sink|sank|rall)\w*/iu;

/**
 * Whether `y` tells the event `x` headlines, from another side: a market-reaction story on the company's shares, or an
 * analysis of the same round or deal (its title names the company and the event's word), whose items state the very
 * figure a title of `x` headlines for that company, and whose own titles headline no other amount (a story with an
 * amount of its own — a backlog, another deal — is other news that mentions it). Same day only: the day's bundles.
 */
export function tellsSameEvent(x: StoryBundle, y: StoryBundle, gaz: Gazetteer = loadGazetteer()): boolean {
  const { names: namesX, heads: headsX } = titleFacts(x, gaz);
  const { names: namesY, heads: headsY } = titleFacts(y, gaz);
  if (headsX.length === 0) return false;
  const titlesY = y.items.map((i) => i.title);
  const reaction = titlesY.some((t) => REACTION.test(t));
  const xIds = new Set(x.items.map((i) => i.id));
  const yIds = new Set(y.items.map((i) => i.id));
  const claims = [...x.claims, ...y.claims];
  for (const c of claims) {
    if (!namesX.has(c.subject) || !namesY.has(c.subject)) continue;
    const event = EVENT_METRICS.has(c.metric);
    const word = EVENT_WORDS[c.metric];
    // An analysis names the event; a reaction may follow any headlined news of the company (results, a deal).
    if (!reaction && !(event && word && titlesY.some((t) => word.test(t)))) continue;
    // Each bundle may hold its own claim of the measure: the statements of both count.
    const all = claims.filter((o) => o.subject === c.subject && o.metric === c.metric).flatMap((o) => o.statements);
    for (const st of c.statements) {
      if (!xIds.has(st.itemId) || st.figure.kind !== 'money' || !headsX.some((h) => sameAmount(st.figure, h))) continue;
      const statedByY = all.some((o) => yIds.has(o.itemId) && sameAmount(o.figure, st.figure));
      const ownAmount = headsY.some((h) => h.kind === 'money' && !sameAmount(h, st.figure));
      if (statedByY && !ownAmount) return true;
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

/**
 * The day's bundles (ranked) with those of one event merged, at the place of the first of them: two reports of it into
 * the higher-ranked; a market reaction or an analysis into the story of the event it follows, which leads the merged
 * story (its title heads it, its items come first) wherever the two ranked; a results call into the report of its results
 * (`sameResults`), which leads.
 */
export function mergeSameEvent(bundles: readonly StoryBundle[], gaz: Gazetteer = loadGazetteer()): StoryBundle[] {
  const out: StoryBundle[] = [];
  for (const b of bundles) {
    const at = out.findIndex(
      (o) => sameEvent(o, b, gaz) || tellsSameEvent(o, b, gaz) || tellsSameEvent(b, o, gaz) || sameResults(o, b, gaz),
    );
    const o = out[at];
    if (o === undefined) out.push(b);
    // A results call joins the report of its results, which leads (the article is the news; the call adds its facts).
    else if (sameResults(o, b, gaz)) out[at] = callOnly(o) ? mergeBundles(b, o) : mergeBundles(o, b);
    else if (!sameEvent(o, b, gaz) && !tellsSameEvent(o, b, gaz)) out[at] = mergeBundles(b, o);
    else out[at] = mergeBundles(o, b);
  }
  return out;
}
