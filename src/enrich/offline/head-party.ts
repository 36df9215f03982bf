/**
 * A head giving its figure to no party of it (decision 131): a lender-only loan title (`国开行牵头50亿元银团贷款` for
 * the borrower's loan), a bank's or an adviser's title over a company's deal. The knowledge layer holds whose the figure
 * is (the subject and the counterparty of every fact stating it); a head that names another company and none of them
 * tells a reader the wrong actor, and the engine heads the story with the lead's fact instead, which names its owner.
 * `digest --check` flags the same shape (`headline-owner`). Pure.
 */

import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';

/** The names a head may give a figure's party by (canonical, Chinese, alias, the sources' own spelling). */
export type PartyNames = (figure: Figure) => readonly string[];

/**
 * Whether `head` prints a money or percent figure whose parties (`parties(figure)`: empty when no fact states it) it
 * names none of, while it names another company (`others`: the companies the head names, canonical and as written): the
 * wrong actor. A company the head names that is a member of an owning group (its name inside the group's) is a party.
 * @example partyUnnamed('国开行牵头50亿元银团贷款', () => ['蓝芯云'], ['国家开发银行']) // → true
 * @example partyUnnamed('蓝芯云获国开行牵头50亿元银团贷款', () => ['蓝芯云'], ['国家开发银行', '蓝芯云']) // → false
 */
export function partyUnnamed(head: string, parties: PartyNames, others: readonly string[]): boolean {
  if (others.length === 0) return false;
  const plain = head.replace(/\*\*/g, '');
  const figures = extractFigures(plain).filter((f) => (f.kind === 'money' || f.kind === 'percent') && f.value !== undefined);
  for (const f of figures) {
    const names = parties(f).filter((n) => [...n.trim()].length >= 2);
    if (names.length === 0) continue;
    // …nor a member of a group that owns it (`阿里、字节、百度…合计` under the group 阿里巴巴、百度和字节跳动).
    const member = names.some((n) => others.some((o) => [...o].length >= 2 && n.toLowerCase().includes(o.toLowerCase())));
    if (!member && !names.some((n) => plain.toLowerCase().includes(n.toLowerCase()))) return true;
  }
  return false;
}
