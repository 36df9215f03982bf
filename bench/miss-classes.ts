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
