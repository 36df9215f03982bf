/**
 * A head clause stating a change, an event verb or a shift (data/clause-facts.json: `推理价格腰斩`, `夺…订单`) is told
 * by a sentence carrying its fact (decision 123). The sentence carrying it often does not repeat the head's company
 * (`新一代推理服务的价格由每百万Tokens 8元降至4元。` after the lead's sentence naming 岚峰智能), so the half-of-the-words
 * reading a backing sentence is chosen by never takes it, and the head was rebuilt from another fact although its
 * source tells the clause. Here such a sentence backs the clause when it carries the fact and the printed lead with it
 * tells the whole clause (decision 131). Pure.
 */
import { clauseFact, clauseTold } from '../assemble/headline-told.js';

/**
 * Whether `sentence`, printed after `printed`, tells a head clause of data/clause-facts.json: it carries the clause's
 * fact itself, and the printed text with it tells the clause as the check reads a body (a fifth of its words, names
 * as `names` gives them). False for a clause naming none of the table's words (read by its words, as before).
 * @example carriesClauseFact('岚峰智能推理价格腰斩', '推理服务价格由每百万Tokens 8元降至4元。', '岚峰智能发布财报。') // → true
 */
export function carriesClauseFact(clause: string, sentence: string, printed: string, names: readonly string[] = []): boolean {
  const fact = clauseFact(clause);
  if (!fact?.(sentence.replace(/\*\*/g, ''))) return false;
  return clauseTold(clause, `${printed}${sentence}`, 1 / 5, names);
}
