/**
 * A head's deal read against the deal edges of the knowledge layer (pure, decision 107; the engine's fact heads and
 * `digest --check`'s `headline-deal-direction`): the head's verb says who pays
 * whom and for what (`甲向乙投资20亿元`, `甲获乙投资`, `甲向乙采购`), the edge says payer → payee and its kind. A head whose
 * verb makes a capacity purchase an investment, or its payee the payer, garbles its parties.
 */
import { z } from 'zod';
import type { DealEdge, DealKind } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';

type Verb = 'invest' | 'purchase';
let table: { invest: readonly string[]; purchase: readonly string[]; receive: readonly string[] } | undefined;

/** data/deal-verbs.json. */
function verbs(): { invest: readonly string[]; purchase: readonly string[]; receive: readonly string[] } {
  table ??= loadDataTable(
    'deal-verbs.json',
    z.object({ invest: z.array(z.string()), purchase: z.array(z.string()), receive: z.array(z.string()) }),
  );
  return table;
}

/** The kinds of edge each head verb tells: money put in (a stake, a subscription) or money paid for goods and capacity. */
const TELLS: Record<Verb, ReadonlySet<DealKind>> = {
  invest: new Set<DealKind>(['invest', 'stake', 'equity-option', 'acquisition']),
  purchase: new Set<DealKind>(['purchase', 'cloud-contract']),
};

/** Where a party is first named in a text (-1 when not). */
function firstAt(text: string, names: readonly string[]): { at: number; end: number } {
  let best = { at: -1, end: -1 };
  for (const n of names) {
    if ([...n.trim()].length < 2) continue;
    const k = text.indexOf(n);
    if (k >= 0 && (best.at < 0 || k < best.at)) best = { at: k, end: k + n.length };
  }
  return best;
}

/**
 * How a head tells a deal between two parties: its verb's kind (the first invest or purchase word after the first party
 * named) and who pays (the party named first, or the one after a receiving verb: `甲获乙投资` — 乙 pays). Undefined when
 * the head names not both or says no deal verb.
 * @example dealReading('星衡向澜芯采购32亿元加速卡', ['星衡'], ['澜芯']) // → { verb: 'purchase', aPays: true }
 * @example dealReading('澜芯获星衡投资8亿元', ['星衡'], ['澜芯']) // → { verb: 'invest', aPays: true }
 */
export function dealReading(head: string, a: readonly string[], b: readonly string[]): { verb: Verb; aPays: boolean } | undefined {
  const pa = firstAt(head, a);
  const pb = firstAt(head, b);
  if (pa.at < 0 || pb.at < 0) return undefined;
  const [first, second] = pa.at < pb.at ? [pa, pb] : [pb, pa];
  const after = head.slice(first.end);
  const t = verbs();
  const at = (ws: readonly string[]) => Math.min(...ws.map((w) => after.indexOf(w)).filter((k) => k >= 0), Number.MAX_SAFE_INTEGER);
  const inv = at(t.invest);
  const pur = at(t.purchase);
  if (inv === Number.MAX_SAFE_INTEGER && pur === Number.MAX_SAFE_INTEGER) return undefined;
  const verb: Verb = inv < pur ? 'invest' : 'purchase';
  // A receiving verb between the two parties makes the second the payer (甲获乙投资).
  const between = head.slice(first.end, second.at);
  const received = t.receive.some((w) => between.includes(w));
  // An order or a contract won (甲获乙大单) is paid by the other party too.
  const firstPays = !received;
  const aFirst = pa.at < pb.at;
  return { verb, aPays: aFirst ? firstPays : !firstPays };
}

/**
 * The edge a head's deal contradicts: among the edges stating the head's amount between two parties the head names
 * (`names`), one whose kind the head's verb does not tell or whose payer the head makes the payee — unless another such
 * edge agrees with the head. Undefined when the head agrees or reads no deal.
 */
export function dealAgainst(
  head: string,
  edges: readonly DealEdge[],
  names: (entity: string) => readonly string[],
): { edge: DealEdge; why: 'kind' | 'direction' } | undefined {
  let against: { edge: DealEdge; why: 'kind' | 'direction' } | undefined;
  for (const e of edges) {
    const r = dealReading(head, names(e.from), names(e.to));
    if (!r) continue;
    const kindOk = TELLS[r.verb].has(e.kind);
    if (kindOk && r.aPays) return undefined;
    against ??= { edge: e, why: kindOk ? 'direction' : 'kind' };
  }
  return against;
}
