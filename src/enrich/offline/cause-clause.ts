/**
 * A head never holds a comma fragment (decision 188): a clause that ends on a verb of an effect whose object is the next
 * clause's subject (`惠普业绩指引保守，内存涨价冲击，仁宝、英业达股价走弱` — who was hit?) is the cause of what follows, and a
 * head says it as one: `受内存涨价冲击`. Pure but for data/cause-clauses.json.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { alternation } from '../../util/regexp.js';

const schema = z
  .object({
    $comment: z.string().optional(),
    effectVerbs: z.array(z.string().min(1)),
    marked: z.array(z.string().min(1)),
  })
  .strict();
let table: { effect: RegExp; marked: RegExp } | undefined;
function words(): { effect: RegExp; marked: RegExp } {
  table ??= (() => {
    const t = loadDataTable('cause-clauses.json', schema);
    return { effect: new RegExp(`(?:${alternation(t.effectVerbs)})$`, 'u'), marked: new RegExp(`(?:${alternation(t.marked)})`, 'u') };
  })();
  return table;
}

/**
 * `head` with each clause before its last that ends on an effect verb and has no cause mark said as the cause it is
 * (`受…冲击`): a Han clause of at least three characters before the verb, printing no figure, with a clause after it.
 * Unchanged when no clause is such, or when the head would then pass `limit` characters.
 * @example causeClauses('惠普指引保守，内存涨价冲击，仁宝股价走弱', 30) // → '惠普指引保守，受内存涨价冲击，仁宝股价走弱'
 * @example causeClauses('受关税影响，苹果股价下跌', 30) // → '受关税影响，苹果股价下跌'
 */
export function causeClauses(head: string, limit: number): string {
  const parts = head.split('，');
  if (parts.length < 2) return head;
  const { effect, marked } = words();
  const out = parts.map((c, i) => {
    if (i === parts.length - 1 || !effect.test(c) || marked.test(c) || /[\d０-９]/u.test(c)) return c;
    const before = c.replace(effect, '');
    return /^\p{Script=Han}{3,}$/u.test(before) ? `受${c}` : c;
  });
  const said = out.join('，');
  return said !== head && [...said].length <= limit ? said : head;
}
