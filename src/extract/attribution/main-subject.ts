/** The organisation a whole text is about, when one clearly dominates it: what 'the company' refers to across paragraphs. */
import type { EntityMention } from '../../types/entity.js';
import type { Gazetteer } from '../entities/gazetteer.js';
import type { SentenceSpan } from './clauses.js';
import type { CompiledLexicon } from './lexicon.js';
import { subjectCandidates } from './subject.js';

/**
 * The text's main organisation: the first organisation of its first two sentences (the title or the lead: the
 * grammatical subject of the story) when it is named more often than any other; else an organisation named at
 * least three times, twice as often as any other, and in the lead; or the company both the title and the lead open with. Undefined for texts about several companies.
 * Example: an article titled 'TSMC to raise prices …' that names TSMC 5 times and Nvidia twice → 'TSMC'.
 */
export function mainSubject(
  sentences: SentenceSpan[],
  mentions: EntityMention[],
  gaz: Gazetteer,
  c: CompiledLexicon,
  companies?: ReadonlySet<string>,
  text?: string,
): string | undefined {
  // 'Tencent-Backed StepFun Raises …': a name made into an adjective describes the company the story is about.
  const orgs = subjectCandidates(mentions, undefined, gaz, c, companies).filter(
    (m) => m.type === 'org' && !gaz.byName.get(m.name.toLowerCase())?.members && !(text && /^-[a-z]/i.test(text.slice(m.end, m.end + 2))),
  );
  const counts = new Map<string, number>();
  for (const m of orgs) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top) return undefined;
  const leadEnd = sentences[1]?.end ?? sentences[0]?.end ?? 0;
  const lead = orgs.find((m) => m.end <= leadEnd)?.name;
  if (lead && ranked.every(([name, n]) => name === lead || n < (counts.get(lead) ?? 0))) return lead;
  // The title and the lead open with the same company ('xAI closes $20B round … / Elon Musk's xAI said …').
  const firstOf = (s: SentenceSpan | undefined) => (s ? orgs.find((m) => m.start >= s.start && m.end <= s.end)?.name : undefined);
  const [s0, s1] = sentences;
  if (s0 && s1 && s0.para !== s1.para && firstOf(s0) && firstOf(s0) === firstOf(s1)) return firstOf(s0);
  if (top[1] < 3 || (second && top[1] < 2 * second[1])) return undefined;
  return orgs.some((m) => m.name === top[0] && m.end <= leadEnd) ? top[0] : undefined;
}
