/** Claims: figures grouped by (subject, metric, period, kind), reconciled into agreeing groups and conflicts. */

import { z } from 'zod';
import type { Figure } from '../types/figure.js';
import type { Claim, Inconsistency, Statement } from '../types/knowledge.js';
import { loadDataTable } from '../util/data-table.js';
import { wordsRegexOrNever } from '../util/regexp.js';
import { intervalOf, intervalsAgree, pointValue, type ValueInterval } from './agreement.js';
import { clauseNames } from './clause-cue.js';
import { defaultFamilies, type MetricFamilies } from './families.js';
import { measureBasesOf } from './measure-basis.js';
import { type KnowledgeOptions, resolveOptions } from './options.js';
import { deniedSentence, revisedClause } from './supersede.js';
import { valuationBasisOf } from './valuation-basis.js';

/** The scope an extracted figure carries when it is someone else's estimate of its subject's number (extract/attribution/scope.ts). */
export const ESTIMATE_SCOPE = '市场预期';

/** The period used for figures whose period could not be told. */
export const UNKNOWN_PERIOD = 'unknown';

/** Identity of a statement: one figure span in one item (re-ingesting the same item adds nothing). */
export function statementKey(s: Statement): string {
  return `${s.itemId}\u0000${s.figure.start}\u0000${s.figure.end}\u0000${s.figure.kind}`;
}

/** Value key used to count citations: the dimension and the central value to 4 significant digits. */
export function valueKey(f: Figure): string {
  const v = pointValue(f);
  const rounded = Number.isFinite(v) ? Number(v.toPrecision(4)) : v;
  return `${f.kind}:${f.currency ?? f.unit ?? ''}:${rounded}`;
}

function compareStatements(a: Statement, b: Statement): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  if (a.itemId !== b.itemId) return a.itemId < b.itemId ? -1 : 1;
  return a.figure.start - b.figure.start || a.figure.end - b.figure.end;
}

/** True when some two statements of one dimension cannot both be right (within the tolerance), ignoring which item said them. */
function anyDisagreement(statements: Statement[], tolerance: number): boolean {
  const byDim = new Map<string, ValueInterval[]>();
  for (const s of statements) {
    const iv = intervalOf(s.figure, tolerance);
    const list = byDim.get(iv.dim);
    if (list) list.push(iv);
    else byDim.set(iv.dim, [iv]);
  }
  for (const list of byDim.values()) {
    if (list.length < 2) continue;
    // On a line, the pair furthest apart is among the two highest lower bounds and the two lowest upper bounds,
    // so checking those few candidates is as good as checking every pair (linear instead of quadratic).
    const candidates = list.length <= 8 ? list : extremes(list);
    for (let i = 0; i < candidates.length; i++) {
      for (let j = i + 1; j < candidates.length; j++) {
        const a = candidates[i] as ValueInterval;
        const b = candidates[j] as ValueInterval;
        if (!intervalsAgree(a, b, tolerance)) return true;
      }
    }
  }
  return false;
}

/**
 * True when two sources disagree: items A and B conflict when A states a value that nothing B states allows, and
 * B states a value that nothing A states allows. One item giving two values (an old and a new guidance, this year
 * and last year, a part and a whole) is describing a change, not contradicting itself or a source that tells the
 * same change. Example: Reuters ">$400B" vs Bloomberg "~$380B" → conflict; 第一财经 "180亿 → 200亿" vs a digest
 * quoting both → none.
 */
export function hasConflict(statements: Statement[], tolerance: number, maxDaysApart?: number): boolean {
  // The item-aware rule can only remove disagreements, so the linear check settles most groups.
  if (!anyDisagreement(statements, tolerance)) return false;
  const byItem = new Map<string, { date: string | null; list: ValueInterval[]; revises: boolean }>();
  for (const s of statements) {
    const it = byItem.get(s.itemId) ?? { date: s.date, list: [], revises: true };
    it.list.push(intervalOf(s.figure, tolerance));
    // An item all of whose values are told as a revision (raised to, 上调至) or after a denial of the report.
    it.revises &&= revisedClause(s.sentence, s.figure.text) || deniedSentence(s.sentence);
    byItem.set(s.itemId, it);
  }
  const items = [...byItem.values()];
  // A newer item that revises or denies (`raised the size of the listing to $3.5 billion`) against an older one that
  // does not: the older value is what it replaced, history, not a dispute (same-day items are not ordered).
  const supersedes = (x: { date: string | null; revises: boolean }, y: { date: string | null; revises: boolean }) =>
    x.revises && !y.revises && x.date !== null && y.date !== null && x.date > y.date;
  const allowedBy = (iv: ValueInterval, other: ValueInterval[]) => other.some((o) => intervalsAgree(iv, o, tolerance));
  for (let i = 0; i < items.length; i++) {
    const { date: da, list: a } = items[i] as { date: string | null; list: ValueInterval[] };
    for (let j = i + 1; j < items.length; j++) {
      const { date: db, list: b } = items[j] as { date: string | null; list: ValueInterval[] };
      if (supersedes(items[i] as (typeof items)[number], items[j] as (typeof items)[number])) continue;
      if (supersedes(items[j] as (typeof items)[number], items[i] as (typeof items)[number])) continue;
      // Undated point-in-time amounts (a round, a contract) are the same thing only in documents close in time.
      if (maxDaysApart !== undefined && !withinDays(da, db, maxDaysApart)) continue;
      const aDims = new Set(a.map((x) => x.dim));
      const shared = b.filter((x) => aDims.has(x.dim));
      if (shared.length === 0) continue;
      const aAlone = a.some(
        (x) =>
          !allowedBy(
            x,
            b.filter((y) => y.dim === x.dim),
          ) && b.some((y) => y.dim === x.dim),
      );
      const bAlone = shared.some(
        (y) =>
          !allowedBy(
            y,
            a.filter((x) => x.dim === y.dim),
          ),
      );
      if (aAlone && bAlone) return true;
    }
  }
  return false;
}

/**
 * A conflict among the undated statements of a background family that their sentences tie to one event: two outlets'
 * post-money valuations of the same round (约180亿美元 vs $20 billion), days apart.
 */
function eventConflict(list: Statement[], family: string, undated: boolean, families: MetricFamilies, tolerance: number): boolean {
  if (!undated || families.isVague(family) || families.undatedWindowDays(family) !== undefined) return false;
  let window: number | undefined;
  const tied = list.filter((s) => {
    const w = families.eventWindowDays(family, s.sentence);
    if (w !== undefined) window = w;
    return w !== undefined;
  });
  return tied.length > 1 && window !== undefined && hasConflict(tied, tolerance, window);
}

/** Whether two document dates are at most `days` apart (an unknown date never is). */
function withinDays(a: string | null, b: string | null, days: number): boolean {
  if (!a || !b) return false;
  const ms = Math.abs(Date.parse(a) - Date.parse(b));
  return Number.isFinite(ms) && ms <= days * 86_400_000;
}

/**
 * Internal inconsistencies: per item, whether two of its statements in different sentences cannot both be right.
 * Two values in one sentence state a change or a comparison ('raised from $180B to $200B'), never a contradiction.
 * Example: one article saying 5200亿 in its lead and 5600亿 in its last paragraph for the same group and year.
 */
export function findInconsistencies(statements: Statement[], tolerance: number): Inconsistency[] {
  const byItem = new Map<string, number[]>();
  statements.forEach((s, i) => {
    const list = byItem.get(s.itemId) ?? [];
    list.push(i);
    byItem.set(s.itemId, list);
  });
  const out: Inconsistency[] = [];
  for (const [itemId, idx] of byItem) {
    if (idx.length < 2) continue;
    const bad = idx.some((i, a) =>
      idx.slice(a + 1).some((j) => {
        const x = statements[i] as Statement;
        const y = statements[j] as Statement;
        if (x.sentence === y.sentence && x.line === y.line) return false;
        if (x.figure.qualifier === 'vague' || y.figure.qualifier === 'vague') return false;
        const ix = intervalOf(x.figure, tolerance);
        const iy = intervalOf(y.figure, tolerance);
        return ix.dim === iy.dim && !intervalsAgree(ix, iy, tolerance);
      }),
    );
    if (bad) out.push({ itemId, statements: idx });
  }
  return out;
}

function extremes(list: ValueInterval[]): ValueInterval[] {
  const byLo = [...list].sort((a, b) => b.lo - a.lo).slice(0, 2);
  const byHi = [...list].sort((a, b) => a.hi - b.hi).slice(0, 2);
  return [...new Set([...byLo, ...byHi])];
}

/** Index of the statement whose value is stated by the most distinct items (ties: the later one). */
function mostCitedIndex(statements: Statement[]): number {
  const items = new Map<string, Set<string>>();
  for (const s of statements) {
    const k = valueKey(s.figure);
    const set = items.get(k) ?? new Set<string>();
    set.add(s.itemId);
    items.set(k, set);
  }
  let best = 0;
  let bestCount = -1;
  statements.forEach((s, i) => {
    const n = items.get(valueKey(s.figure))?.size ?? 0;
    if (n >= bestCount) {
      best = i;
      bestCount = n;
    }
  });
  return best;
}

/** Index of the latest statement (statements are sorted by date, so the last dated one; ties: the last). */
function latestIndex(statements: Statement[]): number {
  return statements.length - 1;
}

/**
 * The claim group of a figure: canonical subject, metric family, period, kind and (for pair metrics) counterparty, and
 * the key naming the group (`claimKey`); none for a figure that states no claim.
 */
export function claimGroupOf(
  f: Figure,
  canon: (name: string) => string,
  families: MetricFamilies,
  /** The sentence the figure stands in, when known: it can tell that the figure states no claim. */
  sentence?: string,
):
  | {
      subject: string;
      metric: string;
      period: string;
      counterparty: string | undefined;
      unit: 'per share' | undefined;
      scope: string | undefined;
      basis: string | undefined;
      key: string;
    }
  | undefined {
  // A denied amount ('并非1000亿美元', 'not $100 billion') states nothing.
  if (!f.subject || !f.metric || f.negated) return undefined;
  // 'revenue of about $7.85 billion, plus or minus $500 million': the width of a guidance band, not a level.
  if (sentence && isTolerance(sentence, f.text)) return undefined;
  // A segment's figure ('数据中心营收623亿美元') is not a claim about the whole subject, nor comparable with one: it is
  // a claim about that segment, compared only with the same segment's figures ('云智能集团收入421亿元' vs 'Revenue at
  // the Cloud Intelligence Group … 41.2 billion yuan'). Someone else's estimate of a figure is no claim at all.
  if (f.scope === ESTIMATE_SCOPE) return undefined;
  const scope = f.scope || undefined;
  const subject = canon(f.subject);
  const metric = families.familyOf(f.metric);
  const period = f.period ?? UNKNOWN_PERIOD;
  // An investment in OpenAI and one in Anthropic are two claims: pair metrics are keyed by who receives the money.
  const counterparty = families.byCounterparty(metric) && f.counterparty ? canon(f.counterparty) : undefined;
  // EPS ($1.62 per share) and net income ($38.5 billion) are two measures of one metric: two claims, never one.
  const unit = f.kind === 'money' && f.unit === 'per share' ? ('per share' as const) : undefined;
  // Growth on the previous quarter (3.1% QoQ, 环比增长3.1%) and on the year-ago quarter (4.8% YoY) are two claims.
  // A round's valuation before the new money (投前估值46亿美元) and after it (投后估值约52亿美元) are two claims.
  const timing =
    f.kind === 'percent' && sentence
      ? basisOf(sentence, f.text)
      : f.kind === 'money' && sentence && metric === 'valuation'
        ? valuationBasisOf(sentence, f.text)
        : undefined;
  // What else the figure's own words say it measures (docs/decisions/042): constant currency against reported, adjusted
  // against GAAP, a cap against an amount, a run-rate, a cumulative total, gross against net, bookings, a share.
  const measure = sentence ? measureBasesOf(sentence, f, metric) : [];
  const bases = [...(timing ? [timing] : []), ...measure];
  const basis = bases.length > 0 ? bases.join('+') : undefined;
  return {
    subject,
    metric,
    period,
    counterparty,
    unit,
    scope,
    basis,
    key: claimKey({ subject, metric, period, kind: f.kind, counterparty, unit, scope, basis }),
  };
}

/** Words that make a change sequential (on the previous quarter or month). */
const SEQUENTIAL =
  /\bsequential(?:ly)?\b|\bq-?o-?q\b|\bm-?o-?m\b|\b(?:quarter|month)[\s-]+(?:on|over)[\s-]+(?:quarter|month)\b|\b(?:from|on|over|than)\s+the\s+(?:previous|prior|preceding|last)\s+(?:quarter|month|three\s+months)\b|环比|環比|季增|季减|季減|月增|月减|月減|较上季|較上季|较上月|較上月/i;
/** Words that make a change year-on-year: the default basis, named only to stop at it. */
const YEAR_ON_YEAR =
  /\by-?o-?y\b|\byear[\s-]+(?:on|over)[\s-]+year\b|\b(?:from|on|over|than)\s+(?:a|the)\s+(?:year|year-ago|previous\s+year|prior\s+year)\b|\ba\s+year\s+(?:earlier|ago)\b|同比|年增|年减|年減|较上年|較上年|较去年|較去年/i;
/**
 * The basis of a percent change, from the words of its own clause: 'sequential' for a change on the previous quarter or
 * month ('up 3.1% sequentially', '+3.1% QoQ', '环比增长3.1%'), undefined for a year-on-year or unstated one. The words
 * after the figure are read first ('three point one percent quarter on quarter and four point eight percent year on
 * year'), then those before it back to the previous break.
 */
export function basisOf(sentence: string, text: string): 'sequential' | undefined {
  // The nearest cue before the figure: '同比增长5%，环比增长3%' reads 环比 for the 3%.
  return clauseNames(sentence, text, SEQUENTIAL, YEAR_ON_YEAR, 48) ? 'sequential' : undefined;
}

/** Families of the money a company raises (a round, a listing): whose raise an item tells. */
const RAISE_FAMILIES = new Set(['funding', 'ipo']);

/** The debt instruments a holder buys (data/metrics.json `debtBought.instruments`: notes, bonds, 债券), as one pattern. */
let instrumentsRe: RegExp | undefined;
function debtInstrument(sentence: string): boolean {
  if (!instrumentsRe) {
    const table = loadDataTable(
      'metrics.json',
      z
        .object({
          debtBought: z
            .object({ instruments: z.array(z.string()) })
            .passthrough()
            .optional(),
        })
        .passthrough(),
    );
    const words = table.debtBought?.instruments ?? [];
    instrumentsRe = wordsRegexOrNever(words, 'iu');
  }
  return instrumentsRe.test(sentence);
}

/**
 * One item's statements, with the recipient filled in for an undated investment that names none, when the item tells
 * one company's raise: '公司引入7家基石投资者…其中寒武纪认购5000万美元' in a story of 星衍智能's listing is 寒武纪's
 * subscription in 星衍智能, the same claim as another outlet's '寒武纪…6000万美元…认购星衍智能港股IPO股份'. The
 * company raising is the one subject of every raise figure (funding, IPO) of the item; none when two raise or none does.
 * Statements are copied, never changed; the rest are returned as they are.
 */
export function withRaiseCounterparty(statements: Statement[], families: MetricFamilies = defaultFamilies()): Statement[] {
  const raising = new Set<string>();
  for (const s of statements) {
    const f = s.figure;
    if (f.subject && f.metric && !f.negated && f.kind === 'money' && RAISE_FAMILIES.has(families.familyOf(f.metric)))
      raising.add(f.subject);
  }
  if (raising.size !== 1) return statements;
  const [to] = [...raising] as [string];
  return statements.map((s) => {
    const f = s.figure;
    if (f.kind !== 'money' || !f.subject || !f.metric || f.counterparty || f.period || f.subject === to) return s;
    if (families.familyOf(f.metric) !== 'investment') return s;
    // Notes or bonds a holder buys ('Apollo has agreed to anchor the notes with about $3 billion') are a vehicle's debt,
    // not a share of the round the item also tells (decision 182, at the merge).
    if (debtInstrument(s.sentence)) return s;
    return { ...s, figure: { ...f, counterparty: to } };
  });
}

/** Words that make the next amount a tolerance band: 'plus or minus $500 million', '±2%', '上下浮动2%'. */
const TOLERANCE_BEFORE = /(?:\bplus\s+or\s+minus|\bgive\s+or\s+take|±|\+\/-|上下浮动|上下浮動|正负|正負)\s*$/i;

/** Whether every place `text` stands in `sentence` follows a tolerance word. */
function isTolerance(sentence: string, text: string): boolean {
  if (!text) return false;
  let at = sentence.indexOf(text);
  if (at < 0) return false;
  for (; at >= 0; at = sentence.indexOf(text, at + 1)) if (!TOLERANCE_BEFORE.test(sentence.slice(Math.max(0, at - 24), at))) return false;
  return true;
}

/** The key of a claim group; keys sort as claims do (subject, metric, period, kind, counterparty). */
export function claimKey(c: {
  subject: string;
  metric: string;
  period: string;
  kind?: string | undefined;
  counterparty?: string | undefined;
  unit?: string | undefined;
  scope?: string | undefined;
  basis?: string | undefined;
}): string {
  const base = `${c.subject}\u0000${c.metric}\u0000${c.period}\u0000${c.kind ?? ''}\u0000${c.counterparty ?? ''}`;
  const unit = c.unit ? `${base}\u0000${c.unit}` : base;
  const scoped = c.scope ? `${unit}\u0000\u0000${c.scope}` : unit;
  return c.basis ? `${scoped}\u0000\u0000\u0000${c.basis}` : scoped;
}

/**
 * Groups statements into claims by (canonical subject, metric family, period, kind) and flags conflicts between
 * sources; two disagreeing values inside one item are listed as its `inconsistencies` instead.
 * Only figures with a subject and a metric form claims, and never a negated one; a missing period becomes `unknown`
 * (kept, but not flagged as a conflict unless `unknownPeriodConflicts`, or the family is a point-in-time amount —
 * a round, an investment, a contract — and the documents are close in time). Duplicate statements (same item and
 * span) are dropped.
 * Output is sorted and independent of input order.
 */
export function buildClaims(
  statements: Statement[],
  opts?: Partial<KnowledgeOptions>,
  /**
   * The claim-group key of each statement when the caller has it (`keys[i]` of `statements[i]`, as `claimGroupOf` gives
   * it): a statement of a group already begun joins it without its group read again from its sentence.
   */
  keys?: readonly (string | undefined)[],
): Claim[] {
  const o = resolveOptions(opts);
  const canon = o.canonicalSubject ?? ((n: string) => n);
  const families = o.families ?? defaultFamilies();
  const groups = new Map<
    string,
    {
      subject: string;
      metric: string;
      period: string;
      kind: Figure['kind'];
      counterparty?: string;
      unit?: 'per share';
      scope?: string;
      basis?: string;
      list: Map<string, Statement>;
    }
  >();
  statements.forEach((s, i) => {
    const f = s.figure;
    const known = keys?.[i];
    let g = known === undefined ? undefined : groups.get(known);
    if (!g) {
      const group = claimGroupOf(f, canon, families, s.sentence);
      if (!group) return;
      const { subject, metric, period, counterparty, unit, scope, basis, key } = group;
      g = groups.get(key);
      if (!g) {
        g = {
          subject,
          metric,
          period,
          kind: f.kind,
          ...(counterparty ? { counterparty } : {}),
          ...(unit ? { unit } : {}),
          ...(scope ? { scope } : {}),
          ...(basis ? { basis } : {}),
          list: new Map(),
        };
        groups.set(key, g);
      }
    }
    const sk = statementKey(s);
    const prev = g.list.get(sk);
    // Keep one statement per span; when duplicated input differs, keep the smaller by a stable order.
    if (!prev || compareStatements(s, prev) < 0) g.list.set(sk, s);
  });
  const claims: Claim[] = [];
  for (const g of groups.values()) {
    const list = [...g.list.values()].sort(compareStatements);
    const undated = g.period === UNKNOWN_PERIOD;
    // An undated pair amount with no known counterparty may be about anyone: never compared.
    const unpaired = families.byCounterparty(g.metric) && !g.counterparty;
    const window = undated && !o.unknownPeriodConflicts && !unpaired ? families.undatedWindowDays(g.metric) : undefined;
    const mayConflict = (!undated || o.unknownPeriodConflicts || window !== undefined) && !families.isVague(g.metric);
    const inconsistencies = mayConflict ? findInconsistencies(list, o.tolerance) : [];
    claims.push({
      subject: g.subject,
      metric: g.metric,
      period: g.period,
      kind: g.kind,
      ...(g.counterparty ? { counterparty: g.counterparty } : {}),
      ...(g.unit ? { unit: g.unit } : {}),
      ...(g.scope ? { scope: g.scope } : {}),
      ...(g.basis ? { basis: g.basis } : {}),
      statements: list,
      conflict: (mayConflict && hasConflict(list, o.tolerance, window)) || eventConflict(list, g.metric, undated, families, o.tolerance),
      ...(inconsistencies.length ? { inconsistencies } : {}),
      latest: latestIndex(list),
      mostCited: mostCitedIndex(list),
    });
  }
  return claims.sort(compareClaims);
}

function compareClaims(a: Claim, b: Claim): number {
  for (const k of ['subject', 'metric', 'period', 'kind', 'counterparty', 'unit', 'scope', 'basis'] as const) {
    const x = a[k] ?? '';
    const y = b[k] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The distinct values of a claim, each with the statements that give it (for side-by-side display). */
export function distinctValues(claim: Claim): { figure: Figure; statements: Statement[] }[] {
  const out = new Map<string, { figure: Figure; statements: Statement[] }>();
  for (const s of claim.statements) {
    const k = `${valueKey(s.figure)}:${s.figure.qualifier}:${s.figure.low ?? ''}:${s.figure.high ?? ''}`;
    const v = out.get(k);
    if (v) v.statements.push(s);
    else out.set(k, { figure: s.figure, statements: [s] });
  }
  return [...out.values()];
}
