/**
 * A loop its source draws in its own next sentence (decision 180): a funding story prints the round (腾讯出资约3亿美元)
 * and the contract paying it back (阶跃星辰与腾讯云签订…算力采购协议) bare, and leaves out the very next sentence of its
 * source saying what the two legs mean (`这意味着腾讯投入的资金中，相当一部分将以云服务费的形式回流到腾讯自身。`) — the
 * story's point. That sentence comes in right after the lead sentence it follows in its source, in the source's words
 * (no figure, no direction of ours). Silent when the lead already says a tie, when the sentence is a quoted remark or on
 * unnamed people's word, names no party the lead names (a dual sentence: two), or the lead would run past `maxLead`.
 * A sentence setting the amount paid back against the one put in (`…采购总额不超过45亿元，相当于其认购金额的十倍有余`)
 * draws the loop too. Word lists in data/said-loops.json. Pure given the table.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { saysTie } from './deal-tie.js';
import { attributedSentence } from './facts.js';
import type { SourceSentence } from './sentences.js';

const schema = z.object({
  loop: z.array(z.string()),
  against: z.array(z.string()),
  dual: z.array(z.string()),
  quote: z.array(z.string()),
  maxLead: z.number(),
});
let table: z.output<typeof schema> | undefined;
function own(): z.output<typeof schema> {
  table ??= loadDataTable('said-loops.json', schema);
  return table;
}

const has = (text: string, words: readonly string[]) => {
  const lower = text.toLowerCase();
  return words.some((w) => lower.includes(w.toLowerCase()));
};

/** The sentence of the source to bring in and the lead index it goes after. */
export interface SaidLoop {
  after: number;
  sentence: SourceSentence;
}

/**
 * The sentence right after a lead sentence in its own source that draws the loop of the lead's parties (回流, 闭环; or
 * one party being both sides of another), and the lead index it goes after. `names(s)` are the canonical parties a
 * sentence names; `free(s)` whether a sentence may be brought in (usable, not printed elsewhere). `printed` are the
 * story's sentences printed before (the lead, for a paragraph after it): their parties count, and a tie they say
 * silences the rule.
 * @example saidLoop([round, contract], pool, names, free) // → { after: 1, sentence: 这意味着…回流到腾讯自身。 }
 */
export function saidLoop(
  lead: readonly SourceSentence[],
  pool: readonly SourceSentence[],
  names: (s: SourceSentence) => readonly string[],
  free: (s: SourceSentence) => boolean,
  printed: readonly SourceSentence[] = [],
): SaidLoop | undefined {
  if (lead.length === 0 || [...printed, ...lead].some((s) => saysTie(s.sentence.text))) return undefined;
  const t = own();
  const leadNames = new Set([...printed, ...lead].flatMap(names));
  const length = lead.reduce((n, s) => n + s.sentence.text.length, 0);
  for (const [i, s] of lead.entries()) {
    const next = pool.find((x) => x.item.id === s.item.id && x.sentence.index === s.sentence.index + 1);
    if (!next || lead.includes(next) || !free(next)) continue;
    const text = next.sentence.text;
    if (has(text, t.quote) || attributedSentence(text)) continue;
    const named = new Set(names(next).filter((n) => leadNames.has(n)));
    const loop = (has(text, t.loop) || t.against.some((p) => new RegExp(p, 'iu').test(text))) && named.size >= 1;
    const dual = has(text, t.dual) && named.size >= 2;
    if (!loop && !dual) continue;
    if (length + text.length > t.maxLead) continue;
    return { after: i, sentence: next };
  }
  return undefined;
}
