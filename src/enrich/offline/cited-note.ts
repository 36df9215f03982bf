/**
 * A broker's note the story cites beside its own report is told by its call (decision 179). A results story built from a
 * newspaper's report may list a broker's note among its sources (`来源：…、大和资本市场研报`): the note's news is its rating
 * and target price (its title says so: `raising TP to HK$7.40, reiterate Buy`), yet the lead, chosen from the report's
 * sentences, never says it — the reader sees a broker cited for nothing. The note's call, as the note's own story would
 * lead with it (`brokerLead`: 大和资本市场将金山云目标价由6.10港元上调至7.40港元，重申买入评级), closes the story's body.
 * Silent when the body already prints the target, when the call names no target, when the note's company is not one
 * the body names, or when the broker has no Chinese name the tables hold.
 */
import type { ItemRecord, StoryBundle } from '../../types/index.js';
import { brokerLead, type ComposeCtx } from './compose.js';
import { renderFigureZh } from './figure-zh.js';
import { zhName } from './names.js';

/** A cited note: the item and its broker's Chinese name ('' when none is printable). */
export interface CitedNote {
  item: ItemRecord;
  broker: string;
}

/** A figure as the body may print it, bold marks left out. */
function printed(body: string, amount: string): boolean {
  return body.replace(/\*\*/gu, '').includes(amount);
}

/**
 * The sentence telling the call of the first cited note whose target the body does not print, else undefined.
 * @example citedNoteCall(bundle, [{ item: note, broker: '大和资本市场' }], '金山云当季营收27.6亿元…', ctx)
 *   // → '大和资本市场将金山云目标价由**6.10港元**上调至**7.40港元**，重申买入评级。'
 */
export function citedNoteCall(
  bundle: StoryBundle,
  notes: readonly CitedNote[],
  body: string,
  ctx: Pick<ComposeCtx, 'dir' | 'gaz' | 'templates'>,
): string | undefined {
  for (const { item, broker } of notes) {
    if (broker === '') continue;
    const one: StoryBundle = { ...bundle, items: [item] };
    const lead = brokerLead(one, { ...ctx, broker }, broker);
    const target = lead?.call.target;
    if (!lead || !target) continue;
    // The note's company is the story's: the body names it (the same Chinese name the call would print).
    const subject = zhName(lead.subject, one, ctx.dir);
    if (!body.includes(subject)) continue;
    const amount = renderFigureZh(target);
    if (printed(body, amount)) continue;
    const from = lead.call.from ? renderFigureZh(lead.call.from) : undefined;
    let text = lead.clause;
    for (const a of [amount, from]) if (a && text.includes(a)) text = text.replace(a, `**${a}**`);
    return `${text}。`;
  }
  return undefined;
}
