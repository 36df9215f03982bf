/**
 * Classes of subject misses from score.py's `--misses` lines, as counts only: lets a batch nobody may read (the
 * transfer measure) say WHY its owners are wrong without printing a figure, a name or a sentence of it.
 * `node --import tsx bench/newsfacts.ts --classes` prints them per batch.
 */

/** Why an owner was scored wrong, judged from the gold and the extracted name alone. */
export type SubjectMissClass =
  | 'no owner'
  | 'group or list gold'
  | 'gold Chinese, got English'
  | 'gold English, got Chinese'
  | 'got a shorter form'
  | 'got a longer form'
  | 'other entity';

const HAN = /[\u4e00-\u9fff]/;

/** score.py's name normalisation (lower case, letters, digits and Han only). */
function norm(s: string): string {
  return s.toLowerCase().replace(/[^0-9a-z\u4e00-\u9fff]/g, '');
}

export function classifySubjectMiss(gold: string, got: string): SubjectMissClass {
  if (got === 'None' || got === '') return 'no owner';
  if (gold.startsWith('[') || gold.startsWith('group:')) return 'group or list gold';
  const zhGold = HAN.test(gold);
  if (zhGold !== HAN.test(got)) return zhGold ? 'gold Chinese, got English' : 'gold English, got Chinese';
  const [a, b] = [norm(gold), norm(got)];
  if (b && a.startsWith(b)) return 'got a shorter form';
  if (a && b.startsWith(a)) return 'got a longer form';
  return 'other entity';
}

export interface MissClassCounts {
  counts: Partial<Record<SubjectMissClass, number>>;
  /** Distinct (gold, got) pairs per class: many figures of one pair point at one naming decision. */
  pairs: Partial<Record<SubjectMissClass, number>>;
  total: number;
}

/** Counts the subject misses of score.py's stderr (`  subject | FILE | TEXT | gold G got X`). */
export function subjectMissClasses(misses: string): MissClassCounts {
  const counts: Partial<Record<SubjectMissClass, number>> = {};
  const seen = new Map<SubjectMissClass, Set<string>>();
  let total = 0;
  for (const line of misses.split('\n')) {
    if (!/^\s*subject \|/.test(line)) continue;
    const m = /gold (.*) got (.*)$/.exec(line);
    if (!m) continue;
    const [gold, got] = [m[1] as string, m[2] as string];
    const k = classifySubjectMiss(gold.trim(), got.trim());
    counts[k] = (counts[k] ?? 0) + 1;
    const s = seen.get(k) ?? new Set<string>();
    s.add(`${gold}\u0000${got}`);
    seen.set(k, s);
    total++;
  }
  const pairs: Partial<Record<SubjectMissClass, number>> = {};
  for (const [k, s] of seen) pairs[k] = s.size;
  return { counts, pairs, total };
}

/** Why a period was scored wrong, judged from the two period labels alone. */
export type PeriodMissClass =
  | 'got none'
  | 'gold none, got a period'
  | 'unreadable label'
  | 'range vs single period'
  | 'fiscal vs calendar'
  | 'another year, same granularity'
  | 'another year and granularity'
  | 'got the whole year, gold a part'
  | 'got a part, gold the whole year'
  | 'another part of the same year';

interface PeriodLabel {
  fiscal: boolean;
  year: number;
  /** '' for a whole year, else Q1..Q4, H1, H2 or a month '-09'. */
  part: string;
  range: boolean;
}

/** A period label (`2026`, `FY2026Q3`, `2026H1`, `2026-09`, `2025-2030`) as its parts. */
export function parsePeriodLabel(p: string): PeriodLabel | null {
  const range = /^(\d{4})-(\d{4})$/.exec(p);
  if (range) return { fiscal: false, year: Number(range[1]), part: '', range: true };
  const month = /^(\d{4})-(\d{2})$/.exec(p);
  if (month) return { fiscal: false, year: Number(month[1]), part: `-${month[2]}`, range: false };
  const m = /^(FY)?(\d{4})(Q[1-4]|H[12])?$/.exec(p);
  if (!m) return null;
  return { fiscal: Boolean(m[1]), year: Number(m[2]), part: m[3] ?? '', range: false };
}

function unquote(s: string): string {
  const t = s.trim();
  if (t === 'None') return '';
  return t.replace(/^'(.*)'$/, '$1');
}

export function classifyPeriodMiss(goldLabel: string, gotLabel: string): PeriodMissClass {
  const [gold, got] = [unquote(goldLabel), unquote(gotLabel)];
  if (!got) return 'got none';
  if (!gold) return 'gold none, got a period';
  const [a, b] = [parsePeriodLabel(gold), parsePeriodLabel(got)];
  if (!a || !b) return 'unreadable label';
  if (a.range !== b.range) return 'range vs single period';
  if (a.fiscal !== b.fiscal) return 'fiscal vs calendar';
  const grain = (x: PeriodLabel): string => x.part.replace(/\d+$/, '');
  if (a.year !== b.year) return grain(a) === grain(b) ? 'another year, same granularity' : 'another year and granularity';
  if (a.part && !b.part) return 'got the whole year, gold a part';
  if (!a.part && b.part) return 'got a part, gold the whole year';
  return 'another part of the same year';
}

/** Per-class counts of one kind of score.py miss line. */
export interface ClassCounts<K extends string> {
  counts: Partial<Record<K, number>>;
  total: number;
}

function countLines<K extends string>(misses: string, kind: string, classify: (gold: string, got: string) => K): ClassCounts<K> {
  const counts: Partial<Record<K, number>> = {};
  let total = 0;
  const head = new RegExp(`^\\s*${kind} \\|`);
  for (const line of misses.split('\n')) {
    if (!head.test(line)) continue;
    const m = /gold (.*) got (.*)$/.exec(line);
    if (!m) continue;
    const k = classify((m[1] as string).trim(), (m[2] as string).trim());
    counts[k] = (counts[k] ?? 0) + 1;
    total++;
  }
  return { counts, total };
}

/** Counts the period misses of score.py's stderr (`  period | FILE | TEXT | gold '2026' got ''`). */
export function periodMissClasses(misses: string): ClassCounts<PeriodMissClass> {
  return countLines(misses, 'period', classifyPeriodMiss);
}

/**
 * The shape of a period label without its year: `year`, `FY year`, `quarter`, `FY quarter`, `half`, `FY half`, `month`,
 * `range`, `none` (or `unreadable`). A pair of shapes says what kind of period was missed without saying which.
 */
export function periodLabelShape(label: string): string {
  const p = unquote(label);
  if (!p) return 'none';
  const l = parsePeriodLabel(p);
  if (!l) return 'unreadable';
  if (l.range) return 'range';
  const grain = l.part.startsWith('Q') ? 'quarter' : l.part.startsWith('H') ? 'half' : l.part ? 'month' : 'year';
  return l.fiscal ? `FY ${grain}` : grain;
}

/**
 * Counts the period misses by (gold shape → got shape), each with whether the two labels name the same year
 * ('FY quarter → quarter, same year'): finer than the classes, still only label shapes.
 */
export function periodMissShapes(misses: string): ClassCounts<string> {
  return countLines(misses, 'period', (gold, got) => {
    const [a, b] = [parsePeriodLabel(unquote(gold)), parsePeriodLabel(unquote(got))];
    const year = a && b ? (a.year === b.year ? ', same year' : ', another year') : '';
    return `${periodLabelShape(gold)} → ${periodLabelShape(got)}${year}`;
  });
}

const LEGAL_WORDS = new Set([
  'inc',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'plc',
  'llc',
  'ag',
  'sa',
  'nv',
  'se',
  'bv',
  'lp',
  'llp',
]);
const GROUP_WORDS = new Set(['group', 'holding', 'holdings', 'international', 'global']);
const HAN_LEGAL = /^(股份有限公司|有限责任公司|有限公司|公司|集团|控股|股份)$/;

/**
 * The shape of what separates a gold name from an extracted shorter (or longer) form of it: how many words (Latin) or
 * characters (Han) and of which closed kind (legal form, group word, other word) — never the words themselves, so it
 * is safe on batches nobody may read. Tells a naming convention (a dropped 'Inc') from a cut name (a dropped word of
 * the name itself).
 */
export function nameFormShape(gold: string, got: string): string | undefined {
  const [a, b] = [norm(gold), norm(got)];
  if (!a || !b || a === b) return undefined;
  const longer = a.startsWith(b) ? gold : b.startsWith(a) ? got : undefined;
  if (!longer) return undefined;
  const side = longer === gold ? 'got shorter' : 'got longer';
  const shorter = longer === gold ? got : gold;
  if (HAN.test(longer)) {
    const tail = norm(longer).slice(norm(shorter).length);
    return `${side}, Han: ${HAN_LEGAL.test(tail) ? 'legal / group word' : `${tail.length} other character(s)`}`;
  }
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^0-9a-z]+/)
      .filter(Boolean);
  const tail = words(longer).slice(words(shorter).length);
  if (tail.length === 0) return `${side}, Latin: punctuation or spacing`;
  const kinds = tail.map((w) => (LEGAL_WORDS.has(w) ? 'legal' : GROUP_WORDS.has(w) ? 'group' : 'word'));
  return `${side}, Latin: ${kinds.join(' + ')}`;
}

/** Counts the subject misses of another form by the shape of the difference (nameFormShape). */
export function nameFormShapes(misses: string): ClassCounts<string> {
  return countLines(misses, 'subject', (gold, got) => nameFormShape(gold.trim(), got.trim()) ?? 'not another form');
}

/**
 * Counts the metric misses by (gold → got) label pair. Metric labels are the shared README's fixed vocabulary
 * (revenue, capex …), so the pairs say nothing of a batch's text.
 */
export function metricMissPairs(misses: string): ClassCounts<string> {
  return countLines(misses, 'metric', (gold, got) => `${gold} → ${got}`);
}

/** Why a labelled deal was missed, or an extracted edge was not labelled, judged from the names alone. */
export type DealMissClass =
  | 'missed: found in the other direction'
  | 'missed: a party named in another form'
  | 'missed: one party has another counterparty'
  | 'missed: neither party in any edge'
  | 'invented: a party of a missed deal named in another form'
  | 'invented: shares one party with a labelled deal'
  | 'invented: no party of any labelled deal';

/** Two normalised names of one company in another form: one a prefix of the other, or one Latin and one Chinese. */
function otherForm(a: string, b: string): boolean {
  if (a === b || !a || !b) return false;
  if (HAN.test(a) !== HAN.test(b)) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * Classes deal misses from score.py's `deal missed | | A -> B |` and `deal invented | | A -> B |` lines (names already
 * normalised by the scorer) and the extracted edges' (from, to) pairs.
 */
export function dealMissClasses(misses: string, edges: readonly [string, string][]): ClassCounts<DealMissClass> {
  const pairs = (kind: string): [string, string][] =>
    misses
      .split('\n')
      .filter((l) => new RegExp(`^\\s*deal ${kind} \\|`).test(l))
      .map((l) => /\|\s*\|\s*(.*) -> (.*?)\s*\|/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] as string, m[2] as string]);
  const missed = pairs('missed');
  const invented = pairs('invented');
  const ours = edges.map(([f, t]): [string, string] => [norm(f), norm(t)]);
  const inEdges = new Set(ours.flat());
  const counts: Partial<Record<DealMissClass, number>> = {};
  const add = (k: DealMissClass): void => {
    counts[k] = (counts[k] ?? 0) + 1;
  };
  const sharesOneAndOtherForm = (x: [string, string], y: [string, string]): boolean =>
    (x[0] === y[0] && otherForm(x[1], y[1])) || (x[1] === y[1] && otherForm(x[0], y[0]));
  for (const d of missed) {
    if (ours.some(([f, t]) => f === d[1] && t === d[0])) add('missed: found in the other direction');
    else if (ours.some((e) => sharesOneAndOtherForm(e, d))) add('missed: a party named in another form');
    else if (inEdges.has(d[0]) || inEdges.has(d[1])) add('missed: one party has another counterparty');
    else add('missed: neither party in any edge');
  }
  const labelled = new Set(missed.flat());
  const goldParties = new Set(labelled);
  // Parties of labelled deals that were found are the scorer's hits: every extracted edge not listed as invented.
  const inventedKeys = new Set(invented.map(([f, t]) => `${f}\u0000${t}`));
  for (const [f, t] of ours) if (!inventedKeys.has(`${f}\u0000${t}`)) goldParties.add(f).add(t);
  for (const e of invented) {
    if (missed.some((d) => sharesOneAndOtherForm(e, d))) add('invented: a party of a missed deal named in another form');
    else if (goldParties.has(e[0]) || goldParties.has(e[1])) add('invented: shares one party with a labelled deal');
    else add('invented: no party of any labelled deal');
  }
  return { counts, total: missed.length + invented.length };
}
