/**
 * Side figures: facts of a story that are background to its news, not its point. A digest writes them neither in
 * 关键数据 nor in a template sentence of its body (a source sentence quoted whole may still hold them, unbolded).
 * - an earlier period of a measure the story also states for a later one (`2025财年投资余额约为34亿美元` beside
 *   FY2026's 264亿美元: the comparison base);
 * - a company no title of the story names and its opening paragraphs do not either (`MiniMax IPO募资` in a story on
 *   Moonshot's round);
 * - in a story whose news is a share-price or market-value move, a measure of another kind (an investment balance, a
 *   revenue), unless a title of the story names that measure.
 */
import { defaultFamilies } from '../../knowledge/families.js';
import type { StoryBundle } from '../../types/index.js';
import { expected } from './compose.js';
import type { StoryFact } from './facts.js';

/** Families whose figures tell a market move (the news of a stock story). */
const MOVE_FAMILIES: ReadonlySet<string> = new Set(['share-price', 'market-cap-change']);

/** Sort key of a period (`FY2026Q4` → 2026.4, `2025` → 2025.9, `2026-01` → 2026.01); undefined when unknown. */
export function periodRank(period: string): number | undefined {
  let m = /^(?:FY)?(\d{4})Q([1-4])$/i.exec(period);
  if (m) return Number(m[1]) + Number(m[2]) / 10;
  m = /^(?:FY)?(\d{4})H([12])$/i.exec(period);
  if (m) return Number(m[1]) + Number(m[2]) / 5 - 0.05;
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return Number(m[1]) + Number(m[2]) / 100;
  m = /^(?:FY)?(\d{4})$/i.exec(period);
  if (m) return Number(m[1]) + 0.9;
  return undefined;
}

const fiscal = (p: string) => /^FY/i.test(p);

/** Whether `f` is the earlier period of a measure the story states for a later one of the same kind. */
function earlierPeriod(f: StoryFact, facts: readonly StoryFact[]): boolean {
  const fam = defaultFamilies().familyOf;
  const r = periodRank(f.claim.period);
  if (r === undefined) return false;
  return facts.some((g) => {
    if (g.claim.subject !== f.claim.subject || fam(g.claim.metric) !== fam(f.claim.metric) || g.figure.kind !== f.figure.kind) return false;
    // Quarters against quarters, years against years, fiscal against fiscal: a year is no later version of a quarter.
    if (fiscal(g.claim.period) !== fiscal(f.claim.period) || /Q|H|-/.test(g.claim.period) !== /Q|H|-/.test(f.claim.period)) return false;
    // A forecast of the next period (预计下一财季营收) does not make the period just reported background.
    if (expected(g.sentence, g.figure.text)) return false;
    const s = periodRank(g.claim.period);
    return s !== undefined && s > r;
  });
}

/** What a story is about: its titles and its items' opening paragraphs. */
function storyFocus(bundle: StoryBundle): string {
  return bundle.items.flatMap((i) => [i.title, ...i.sentences.filter((s) => s.para <= 1).map((s) => s.text)]).join('\n');
}

/**
 * A predicate telling side facts of a story, given the fact its headline leads with (none: only the period and
 * company tests apply). `entitiesIn` gives the canonical names of the entities a text names.
 */
export function sideFacts(
  bundle: StoryBundle,
  facts: readonly StoryFact[],
  entitiesIn: (text: string) => readonly string[],
): (f: StoryFact, key?: StoryFact, company?: boolean) => boolean {
  const focusText = storyFocus(bundle);
  const focus = new Set(entitiesIn(focusText));
  const titles = bundle.items.map((i) => i.title.toLowerCase()).join('\n');
  const fam = defaultFamilies().familyOf;
  // A subject the gazetteer knows (named in one of its sentences) that neither a title nor an opening paragraph names.
  const elsewhere = (subject: string) =>
    subject.split(' + ').every((s) => !focus.has(s) && !focusText.toLowerCase().includes(s.toLowerCase()));
  // `company` false: the company test is left out (a member of a group the story counts is still bold in its sentence).
  return (f, key, company = true) => {
    if (key && f.claim === key.claim) return false;
    if (earlierPeriod(f, facts)) return true;
    if (company && entitiesIn(f.sentence).includes(f.claim.subject) && elsewhere(f.claim.subject)) return true;
    if (key && MOVE_FAMILIES.has(fam(key.claim.metric)) && !MOVE_FAMILIES.has(fam(f.claim.metric))) {
      // The measure is the story's point when a title names it (its English label).
      return !titles.includes(f.claim.metric.replace(/-/g, ' '));
    }
    return false;
  };
}
