/**
 * A head made by dropping clauses of a title (pure): one reading for the engine, which tells or rebuilds such a head,
 * and for `digest --check`'s `headline-trimmed-untold`. Trimming a head until no flagged clause remains is not telling
 * it: every clause left must be told by what it says beyond its companies' names, the opening one too, and the figure
 * left must keep its owner (decision 107).
 */
import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';
import { clauseTold, headlineClauses } from './headline-told.js';

const clauseEnd = (c: string) => c.replace(/[，,：:；;]$/u, '').trim();

/**
 * Whether a head is a title with clauses dropped: fewer clauses, each one of the title's (or one of the title's with
 * the dropped clause's subject put before it, `英伟达` + `数据中心营收…`).
 * @example trimmedFrom('存储芯片涨势延续', '澜芯科技股价大涨9%，存储芯片涨势延续') // → true
 * @example trimmedFrom('澜芯科技股价大涨9%，存储芯片涨势延续', '澜芯科技股价大涨9%，存储芯片涨势延续') // → false
 */
export function trimmedFrom(head: string, title: string): boolean {
  const h = headlineClauses(head).map(clauseEnd);
  const t = headlineClauses(title).map(clauseEnd);
  return h.length > 0 && h.length < t.length && h.every((c) => t.some((x) => x !== '' && (c === x || c.endsWith(x))));
}

/**
 * The clauses of a trimmed head its body never tells, each read without the story's names — the opening clause too: what
 * is left of a title after its untold clauses went is told by what it says, never by its company's name or a sector
 * word. Beyond the fifth of its words any head clause needs, its predicate (the clause's last two characters: the verb
 * or what it ends on) is the body's, or half of its words are (`存储芯片涨势延续` over a body naming 存储芯片 and no move
 * is untold; `星衍智能启动港股招股` over 今日起在港招股 is told). A clause with money or a rate is told by its figures.
 * @example trimmedClausesUntold('澜芯科技涨势延续', '澜芯科技今日公布合约价格。', ['澜芯科技']) // → ['澜芯科技涨势延续']
 */
export function trimmedClausesUntold(head: string, body: string, names: readonly string[]): string[] {
  const plain = body.replace(/\*\*/g, '');
  return headlineClauses(head)
    .map(clauseEnd)
    .filter((c) => c !== '' && !(clauseTold(c, plain, 1 / 5, names) && (clauseTold(c, plain, 1 / 2, names) || predicateTold(c, plain))));
}

/**
 * Whether a body gives a clause's predicate: the last two Chinese characters of the clause (`延续` of `涨势延续`, `招股`
 * of `启动港股招股`); a clause ending on no Chinese pair has none to read.
 * @example predicateTold('星衍智能启动港股招股', '星衍智能今日起在港招股。') // → true
 */
export function predicateTold(clause: string, body: string): boolean {
  const last = (clause.replace(/\*\*/g, '').match(/\p{Script=Han}{2,}/gu) ?? []).at(-1);
  return last === undefined || body.includes(last.slice(-2));
}

/**
 * Whether what is left of a head keeps the owner of each figure it states: a figure whose owners (`owners`: the names
 * of the parties of the facts stating it) the whole head named and the rest names none of lost its owner with the
 * dropped clause (`中金：MongoDB…，上调目标价至420美元` is not `中金：上调目标价至420美元`).
 * @example keepsOwner('中金：上调目标价至420美元', '中金：MongoDB业绩超预期，上调目标价至420美元', () => ['MongoDB']) // → false
 */
export function keepsOwner(rest: string, head: string, owners: (f: Figure) => readonly string[]): boolean {
  for (const f of extractFigures(rest)) {
    if ((f.kind !== 'money' && f.kind !== 'percent') || f.value === undefined) continue;
    const os = owners(f).filter((n) => [...n.trim()].length >= 2);
    if (os.some((n) => head.includes(n)) && !os.some((n) => rest.includes(n))) return false;
  }
  return true;
}
