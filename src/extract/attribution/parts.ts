/** Parts of a total: '…投入约1600亿元，其中约850亿元用于采购AI芯片', '$40 billion, of which $25 billion …'. */
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';

/** Words opening the clause of a part of the amount stated before it. */
const PART_HEAD = /^(?:其中|当中|of which|including|包括)/i;
/** Words right before an amount that make it a base of comparison ('高于去年的约1500亿元', 'up from $72 billion'), never a whole. */
const COMPARISON_BASE = /(?:高于|低于|较|比|超过|不及|than|from|compared with|versus|vs\.?)[^，。；,;\d]{0,8}$/i;

/**
 * The amount a part belongs to: the last amount of the same kind before the part's clause that is not a base of
 * comparison. Example: '计划资本开支约1600亿元，高于去年的约1500亿元，其中约850亿元…' → 约1600亿元.
 */
export function wholeOfPart(text: string, fig: Figure, clause: Span, sFigs: readonly Figure[]): Figure | undefined {
  if (!PART_HEAD.test(text.slice(clause.start, fig.start).trim())) return undefined;
  for (let i = sFigs.length - 1; i >= 0; i--) {
    const f = sFigs[i]!;
    if (f.kind !== fig.kind || f.end > clause.start) continue;
    if (COMPARISON_BASE.test(text.slice(Math.max(0, f.start - 16), f.start))) continue;
    return f;
  }
  return undefined;
}
