/**
 * A head clause stating a change, an event verb or a shift (data/clause-facts.json: `推理价格腰斩`, `夺…订单`) is told
 * by a sentence carrying its fact (decision 123). The sentence carrying it often does not repeat the head's company
 * (`新一代推理服务的价格由每百万Tokens 8元降至4元。` after the lead's sentence naming 岚峰智能), so the half-of-the-words
 * reading a backing sentence is chosen by never takes it, and the head was rebuilt from another fact although its
 * source tells the clause. Here such a sentence backs the clause when it carries the fact itself — a change by its word
 * or by a figure of its size (a doubling ≥ 90% or ×1.9, a halving a fall of 40–65% or to ≤ 0.6 of the amount before),
 * never any rate of the measure (a quarter's 19% guidance is no doubling) — and the printed lead with it tells the
 * whole clause (decision 131). Pure.
 */
import { z } from 'zod';
import { extractFigures } from '../../extract/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { clauseFact, clauseTold } from '../assemble/headline-told.js';

const schema = z.object({ change: z.array(z.string()) }).passthrough();
let groups: { doubling: string[]; halving: string[] } | undefined;

/** The doubling and the halving words of data/clause-facts.json (its first two change groups). */
function changeWords(): { doubling: string[]; halving: string[] } {
  if (groups) return groups;
  const t = loadDataTable('clause-facts.json', schema);
  groups = { doubling: (t.change[0] ?? '').split('|'), halving: (t.change[1] ?? '').split('|') };
  return groups;
}

/** A fall said in a sentence (降至, 下调, 减少, 跌): a halving's rate is a fall. */
const FALL = /降|减|跌|下调|下滑|砍|缩/u;

/** Whether a sentence's figures say a change of the clause's size: a doubling or a halving, by rate, multiple or from→to. */
function sized(kind: 'doubling' | 'halving', sentence: string): boolean {
  const figures = extractFigures(sentence).filter((f) => f.value !== undefined);
  const money = figures.filter((f) => f.kind === 'money').map((f) => f.value as number);
  const pair = money.length >= 2 && (money[0] as number) > 0 ? (money[1] as number) / (money[0] as number) : undefined;
  if (kind === 'doubling')
    return (
      figures.some((f) => (f.kind === 'percent' && (f.value as number) >= 90) || (f.kind === 'multiple' && (f.value as number) >= 1.9)) ||
      (pair !== undefined && pair >= 1.8)
    );
  return (
    (FALL.test(sentence) && figures.some((f) => f.kind === 'percent' && (f.value as number) >= 40 && (f.value as number) <= 65)) ||
    (pair !== undefined && pair <= 0.6 && FALL.test(sentence))
  );
}

/**
 * Whether `sentence`, printed after `printed`, tells a head clause of data/clause-facts.json: it carries the clause's
 * fact itself (a change by its word or its size), and the printed text with it tells the clause as the check reads a
 * body (a fifth of its words, names as `names` gives them). False for a clause naming none of the table's words.
 * @example carriesClauseFact('岚峰智能推理价格腰斩', '推理服务价格由每百万Tokens 8元降至4元。', '岚峰智能发布财报。') // → true
 */
export function carriesClauseFact(clause: string, sentence: string, printed: string, names: readonly string[] = []): boolean {
  const plain = sentence.replace(/\*\*/g, '');
  const fact = clauseFact(clause);
  if (!fact?.(plain)) return false;
  const { doubling, halving } = changeWords();
  const kind = doubling.some((w) => clause.includes(w)) ? 'doubling' : halving.some((w) => clause.includes(w)) ? 'halving' : undefined;
  if (kind !== undefined && !(kind === 'doubling' ? doubling : halving).some((w) => plain.includes(w)) && !sized(kind, plain)) return false;
  return clauseTold(clause, `${printed}${plain}`, 1 / 5, names);
}
