/**
 * Whether a story's head tells only what its body tells (pure): the last guard before a head is printed. A head with a
 * figure the body never gives, a clause no sentence of the body tells (a thesis `AI芯片设备需求强劲`, a market reaction),
 * or a feature's or column's title (colon form with a frame, a question) does not; the engine then heads the story with
 * the fact its body prints first (decision 093).
 */

import { extractFigures, findEntities, type Gazetteer, lookupEntry } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';
import { headlineClausesUntold, headlineUntold } from '../assemble/headline-told.js';
import { featureTitle } from './headline-shape.js';

/**
 * The parts of a head its body does not tell: figures, then clauses without an amount or a rate (a clause with one is
 * the figure's), then `feature` for a feature's title. Empty when the body tells the head.
 * @example headUntoldParts('应用材料财报：AI芯片设备需求强劲', '应用材料第二财季营收76.2亿美元。') // → ['AI芯片设备需求强劲']
 * @example headUntoldParts('应用材料第二财季营收76.2亿美元', '应用材料第二财季营收76.2亿美元。') // → []
 */
export function headUntoldParts(head: string, body: string, names: readonly string[] = []): string[] {
  const plain = body.replace(/\*\*/g, '');
  const figures = headlineUntold(head, plain).map((f) => f.text);
  const clauses = headlineClausesUntold(head, plain, names).filter((c) => !extractFigures(c).some(measured));
  return [...figures, ...clauses, ...(featureTitle(head) ? ['feature'] : [])];
}

/**
 * The names a head writes of its story's companies: the gazetteer's (companies, products, people) and the subjects' and
 * other parties' own names and aliases as the head writes them. A clause is told by what it says of them, never by the
 * names alone (`clauseTold`).
 * @example headNames('澜芯科技同行跟涨', gaz, ['澜芯科技']) // → ['澜芯科技']
 */
export function headNames(head: string, gaz: Gazetteer, parties: readonly string[]): string[] {
  const found = findEntities(head, gaz).map((m) => m.text);
  const written = parties
    .flatMap((p) => [p, ...(lookupEntry(p, gaz)?.aliases ?? [])])
    .filter((n) => [...n.trim()].length >= 2 && head.includes(n));
  return [...new Set([...found, ...written])];
}

/** An amount or a rate: what a head's figure clause states. */
function measured(f: Figure): boolean {
  return f.kind === 'money' || f.kind === 'percent';
}

/**
 * Items in the order their figure first appears in the body (a figure the body does not print last), stable: the
 * lead's first fact comes first.
 * @example byBodyOrder([{ figure: { text: '8亿元' } }, { figure: { text: '76亿元' } }], '回购金额最高76亿元，另有8亿元。').map((x) => x.figure.text) // → ['76亿元', '8亿元']
 */
export function byBodyOrder<T extends { figure: Pick<Figure, 'text'> }>(
  facts: readonly T[],
  body: string,
  rendered?: (f: T) => string[],
): T[] {
  const plain = body.replace(/\*\*/g, '');
  const at = (f: T): number => {
    const hits = [f.figure.text, ...(rendered?.(f) ?? [])]
      .filter((t) => t.trim() !== '')
      .map((t) => plain.indexOf(t))
      .filter((k) => k >= 0);
    return hits.length > 0 ? Math.min(...hits) : Number.MAX_SAFE_INTEGER;
  };
  return facts
    .map((f, i) => ({ f, i, k: at(f) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.f);
}
