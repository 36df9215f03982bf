/**
 * A title that tells no news (pure but for data/idle-heads.json and head-shape.ts's event words): an outlet's feature
 * phrase that describes a company instead of naming it (`一家视觉公司的十年`) or a possessive noun phrase with no event
 * (`国产GPU厂商的三年`, a span of time its company lived). Neither prints a figure nor says an event; such a title never heads a story as is — the
 * engine heads it with its lead fact instead, as it does a feature's title (decision 188).
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { alternation } from '../../util/regexp.js';
import { eventWord } from './head-shape.js';

const schema = z
  .object({
    $comment: z.string().optional(),
    indefinite: z.array(z.string().min(1)),
    clicheTails: z.array(z.string().min(1)),
  })
  .strict();
let table: { opening: RegExp; cliche: RegExp } | undefined;
function words(): { opening: RegExp; cliche: RegExp } {
  table ??= (() => {
    const t = loadDataTable('idle-heads.json', schema);
    return { opening: new RegExp(`^(?:${alternation(t.indefinite)})`, 'u'), cliche: new RegExp(`(?:${alternation(t.clicheTails)})$`, 'u') };
  })();
  return table;
}

/** A possessive noun phrase closing the title on a span of time: `…的十年`, `…的三年`, `…的100天`, `…的这一年`. */
const POSSESSIVE_TAIL = /的(?:这|那)?(?:[一二三四五六七八九十百千两几]+|\d+)(?:年|天|个月|日|夜)$/u;

/** Whether one part of a title tells no news: no figure, no comma, and a cliché's tail, or no event word and the idle shape. */
function idlePart(t: string): boolean {
  if (t === '' || /[，,；;]/u.test(t)) return false;
  if (POSSESSIVE_TAIL.test(t)) return !eventWord(t) && !/[\d０-９]/u.test(t.replace(POSSESSIVE_TAIL, ''));
  if (/[\d０-９]/u.test(t)) return false;
  return words().cliche.test(t) || (!eventWord(t) && words().opening.test(t));
}

/**
 * Whether a title tells no news: no figure and no comma-joined clauses, and it ends on a cliché (`…迎来新机遇`), or says no
 * event word (data/head-shape.json) and opens on an indefinite numeral-and-classifier (`一家…`) or is a noun phrase
 * closing on `的` and a span of time. A kicker
 * before a colon (`工业质检的下一站：一家视觉公司的十年`) is read too: it must say no event and print no figure either.
 * @example idleHead('一家视觉公司的十年') // → true
 * @example idleHead('工业质检的下一站：一家视觉公司的十年') // → true
 * @example idleHead('青岚视觉完成6亿元B轮融资：一家视觉公司的十年') // → false
 * @example idleHead('国产GPU厂商的三年') // → true
 * @example idleHead('算力租赁迎来新机遇') // → true
 */
export function idleHead(head: string): boolean {
  const t = head.trim().replace(/[“”‘’「」『』"'《》]/gu, '');
  const m = /^([^：:]+)[：:]\s*([^：:]+)$/u.exec(t);
  if (!m) return !/[：:]/u.test(t) && idlePart(t);
  const kicker = m[1] as string;
  return !eventWord(kicker) && !/[\d０-９]/u.test(kicker) && idlePart(m[2] as string);
}
