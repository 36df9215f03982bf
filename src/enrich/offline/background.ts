/**
 * Background after the news (pure, decision 123): a sentence of a story's lead telling the market's or the industry's
 * size or total (a broker's market estimate, an industry count) is background. Glued between the news sentences it
 * parts the event from what follows it; it goes after them, once, with the sentences of its source leaning on it.
 */

import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { backgroundOpening } from './event-clause.js';
import type { SourceSentence } from './sentences.js';

let markets: readonly string[] | undefined;

/** The market-total words of data/lead-background.json. */
function marketWords(): readonly string[] {
  markets ??= loadDataTable('lead-background.json', z.object({ markets: z.array(z.string()) })).markets;
  return markets;
}

/**
 * Whether a sentence is a market overview: it opens on an industry total (据不完全统计…, data/event-clauses.json) or
 * names a market's or an industry's size (市场规模, 行业规模: data/lead-background.json).
 * @example marketOverview('据一家券商测算，2026年国内智算租赁市场规模约680亿元。') // → true
 * @example marketOverview('星衡智算将于11月28日在港交所挂牌。') // → false
 */
export function marketOverview(text: string): boolean {
  const lower = text.toLowerCase();
  return backgroundOpening(text) || marketWords().some((w) => lower.includes(w.toLowerCase()));
}

/**
 * The lead with its market overviews after its news: an overview after the lead's first sentence that a sentence of
 * news follows moves to the end, with the sentences of its own source right after it that lean on it (`leans`); the
 * first copy of one overview only (the same text twice is once). The lead's first sentence never moves.
 * @example // [event, overview, JV] → [event, JV, overview]
 */
export function backgroundLast(lead: readonly SourceSentence[], leans: (text: string) => boolean): SourceSentence[] {
  const moved: SourceSentence[] = [];
  const kept: SourceSentence[] = [];
  for (let i = 0; i < lead.length; i++) {
    const s = lead[i] as SourceSentence;
    if (i === 0 || !marketOverview(s.sentence.text)) {
      kept.push(s);
      continue;
    }
    const group = [s];
    for (let j = i + 1; j < lead.length; j++) {
      const n = lead[j] as SourceSentence;
      const prev = group[group.length - 1] as SourceSentence;
      if (n.item.id !== prev.item.id || n.sentence.index !== prev.sentence.index + 1 || !leans(n.sentence.text)) break;
      group.push(n);
    }
    // Nothing after it: it is last already.
    if (i + group.length >= lead.length) {
      kept.push(...group);
      i += group.length - 1;
      continue;
    }
    if (!moved.some((m) => m.sentence.text === s.sentence.text)) moved.push(...group);
    i += group.length - 1;
  }
  return [...kept, ...moved];
}
