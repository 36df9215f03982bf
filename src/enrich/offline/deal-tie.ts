/**
 * The tie between a story's parties that money goes both ways between (decision 146): one puts money into the other (an
 * investment, a stake) and is paid back by it (a purchase, a cloud contract) — `澜芯科技既是星衡智算的基石投资者，也是其
 * 供应商。` A lead printing the round and the purchases bare leaves out the point its source makes of them. Built from the
 * deal edges the knowledge layer read in the story's sources, no figure of its own; nothing when no edges tie the two.
 * Word lists in data/deal-ties.json. Pure given the table.
 */
import { z } from 'zod';
import type { DealEdge } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { attributedSentence } from './facts.js';

const schema = z.object({
  into: z.record(z.string(), z.array(z.object({ cue: z.string(), role: z.string() }))),
  back: z.record(z.string(), z.string()),
  told: z.array(z.string()),
  planned: z.array(z.string()),
  dual: z.array(z.string()),
  sentence: z.string(),
  buys: z.array(z.string()),
});
type Table = z.output<typeof schema>;
let table: Table | undefined;
function ties(): Table {
  table ??= loadDataTable('deal-ties.json', schema);
  return table;
}

/** A joint total (A and B jointly committed …) is no one payer's flow. */
const JOINT = /\bjointly\b|\bcombined\b|联合|合计|共同/i;

/** Two parties money goes both ways between: `into` puts money into its payee, `back` pays the same party back. */
export interface DealTie {
  into: DealEdge;
  back: DealEdge;
}

/**
 * An edge that is a flow done and stated on a named source's word (not in talks, planned (拟出资), rumoured, on unnamed people's word, someone
 * else's reckoning or a joint total): a tie said as fact stands on no leg a source only heard of.
 */
function flowDone(d: DealEdge): boolean {
  const lower = d.sentence.toLowerCase();
  const planned = ties().planned.some((w) => lower.includes(w.toLowerCase()));
  return d.from !== d.to && d.status === undefined && !planned && !attributedSentence(d.sentence) && !JOINT.test(d.sentence);
}

/** The names as one regular-expression alternation, the longest first (two characters at least); nothing when none. */
function alternation(names: readonly string[]): string | undefined {
  const xs = [...new Set(names.map((n) => n.trim()).filter((n) => [...n].length >= 2))].sort((x, y) => y.length - x.length);
  return xs.length > 0 ? `(?:${xs.map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})` : undefined;
}

/** A sentence as the `buys` patterns read it: a decimal point or a company suffix's full stop ends no clause. */
function clauses(sentence: string): string {
  return sentence.replace(/(\d)\.(\d)/gu, '$1·$2').replace(/\b(Inc|Corp|Co|Ltd|Cos)\./gu, '$1');
}

/** Whether a sentence says `buyer` buys from `seller` by one of the `buys` patterns (names as the sentence may write them). */
function saysBuys(sentence: string, buyer: readonly string[], seller: readonly string[]): boolean {
  const b = alternation(buyer);
  const s = alternation(seller);
  if (b === undefined || s === undefined) return false;
  const text = clauses(sentence);
  return ties().buys.some((p) => new RegExp(p.replaceAll('{buyer}', b).replaceAll('{seller}', s), 'iu').test(text));
}

/**
 * Whether a paying-back edge's own sentence reads its payer as the buyer and its payee as the seller (`智谱向寒武纪采购`,
 * `寒武纪为智谱提供`, `signed a contract to buy capacity from`), and never the other way round: an edge's label alone may
 * hold a cloud contract the wrong way round, and a tie naming the customer as the supplier is a wrong fact (decision 148).
 * `forms` gives the names a party may be written with (its mentions, its Chinese name).
 * @example buysFrom(edge('Zhipu AI', 'Cambricon', 'purchase', '智谱向寒武纪采购加速卡。'), forms) // → true
 */
export function buysFrom(edge: DealEdge, forms: (entity: string) => readonly string[]): boolean {
  const buyer = [edge.from, ...forms(edge.from)];
  const seller = [edge.to, ...forms(edge.to)];
  return saysBuys(edge.sentence, buyer, seller) && !saysBuys(edge.sentence, seller, buyer);
}

/**
 * The ties among a story's deals: an edge putting money into a party (a kind `into` names) and one of that party paying
 * the payer back (a kind `back` names), each pair once, the one of an amount first.
 * @example dealTies([lanxinInvestsXingheng, xinghengBuysFromLanxin]) // → [{ into: lanxinInvests…, back: xinghengBuys… }]
 */
export function dealTies(deals: readonly DealEdge[], backRead: (back: DealEdge) => boolean = () => true): DealTie[] {
  const t = ties();
  const done = deals.filter((d) => flowDone(d) && (t.back[d.kind] === undefined || backRead(d)));
  const out: DealTie[] = [];
  const byAmount = (a: DealEdge, b: DealEdge) => Number(b.amount !== undefined) - Number(a.amount !== undefined);
  for (const into of [...done].sort(byAmount)) {
    if (!t.into[into.kind]) continue;
    if (out.some((x) => x.into.from === into.from && x.into.to === into.to)) continue;
    const back = done.filter((d) => t.back[d.kind] !== undefined && d.from === into.to && d.to === into.from).sort(byAmount)[0];
    if (back) out.push({ into, back });
  }
  return out;
}

/** Whether a text already says a tie (既是…也是, 回流, 闭环). */
export function saysTie(text: string): boolean {
  const lower = text.toLowerCase();
  return ties().told.some((w) => lower.includes(w.toLowerCase()));
}

/**
 * The tie in one Chinese sentence, parties by the names given (`澜芯科技既是星衡智算的基石投资者，也是其供应商。`); the
 * payer-in's role read from every edge of it putting money in (the cornerstone one among them names it best).
 * @example tieSentence(tie, [tie.into], (e) => zh[e]) // → '纬创既是星衍智能的基石投资者，也是其供应商。'
 */
export function tieSentence(
  tie: DealTie,
  intoEdges: readonly DealEdge[],
  name: (entity: string) => string,
  forms: (entity: string) => readonly string[] = (e) => [name(e)],
): string | undefined {
  const t = ties();
  const same = intoEdges.filter((d) => d.from === tie.into.from && d.to === tie.into.to && d.kind === tie.into.kind);
  const rows = t.into[tie.into.kind] ?? [];
  const a = alternation([name(tie.into.from), tie.into.from, ...forms(tie.into.from)]);
  // The most specific role any of its edges' sentences names (rows run from specific to general), {a} the payer-in.
  const cue = (r: { cue: string }) =>
    a === undefined && r.cue.includes('{a}') ? undefined : new RegExp(r.cue.replaceAll('{a}', a ?? ''), 'iu');
  const role = rows.find((r) =>
    [tie.into, ...same].some((d) => {
      if (r.cue === '') return true;
      const re = cue(r);
      return re?.test(d.sentence) === true;
    }),
  )?.role;
  const back = t.back[tie.back.kind];
  if (!role || !back) return undefined;
  return t.sentence.replace('{a}', name(tie.into.from)).replace('{b}', name(tie.into.to)).replace('{into}', role).replace('{back}', back);
}

/** A lead sentence as the tie reads it: its text and the canonical names of the parties it names. */
export interface TieSentence {
  text: string;
  names: readonly string[];
}

/**
 * How the composed tie reads its edges (decision 148): the names a party may be written with in a sentence. Given, a
 * paying-back edge counts only when its own sentence says who buys from whom that way round (`buysFrom`).
 */
export interface TieRead {
  forms: (entity: string) => readonly string[];
}

/**
 * The tie a lead leaves out, and the lead sentence it goes right after: of the story's ties, the first whose two parties
 * the lead names, after the last lead sentence naming both or telling one of its legs (else the later of their first). Nothing
 * when the lead already says a tie or names no tie's two parties.
 * @example leadTie([{ text: '星衡向澜芯采购…', names: ['Xingheng', 'Lanxin'] }], deals, zh) // → { after: 0, text: '澜芯…' }
 */
export function leadTie(
  lead: readonly TieSentence[],
  deals: readonly DealEdge[],
  name: (entity: string) => string,
  read?: TieRead,
): { after: number; text: string; parties: [string, string] } | undefined {
  if (lead.some((s) => saysTie(s.text))) return undefined;
  const forms = read?.forms ?? ((e: string) => [name(e)]);
  for (const tie of dealTies(deals, read ? (d) => buysFrom(d, forms) : undefined)) {
    const a = tie.into.from;
    const b = tie.into.to;
    const edgeText = [tie.into, tie.back].map((d) => d.sentence.replace(/\s+/gu, '')).filter((x) => x !== '');
    const stating = (s: TieSentence) =>
      edgeText.some((x) => x.includes(s.text.replace(/\s+/gu, '')) || s.text.replace(/\s+/gu, '').includes(x));
    // …or giving a leg's amount beside its payer (英伟达拟出资最多20亿美元): the tie never comes before a leg it sums up.
    const amounts = [tie.into, tie.back].flatMap((d) => (d.amount ? [{ payer: d.from, text: d.amount.text }] : []));
    const amountOf = (s: TieSentence) => amounts.some((x) => s.names.includes(x.payer) && x.text !== '' && s.text.includes(x.text));
    const both = lead
      .map((s, i) => ((s.names.includes(a) && s.names.includes(b)) || stating(s) || amountOf(s) ? i : -1))
      .filter((i) => i >= 0);
    const firstA = lead.findIndex((s) => s.names.includes(a));
    const firstB = lead.findIndex((s) => s.names.includes(b));
    if (firstA < 0 || firstB < 0) continue;
    const after = both.length > 0 ? (both[both.length - 1] as number) : Math.max(firstA, firstB);
    const text = tieSentence(tie, deals, name, forms);
    if (text) return { after, text, parties: [name(a), name(b)] };
  }
  return undefined;
}

/**
 * A source's own sentence saying one party of the lead is both sides of the other (`基石投资者之一澜芯科技同时是星衡智算的
 * 最大供应商`), when no edges make the tie: the edge the knowledge layer read there, its two parties named in the lead, and
 * the lead sentence it goes right after (the last naming both, else the later of their first). Nothing when the lead
 * already says a tie.
 * @example toldTie([{ text: '星衡向澜芯采购…', names: ['Xingheng', 'Lanxin'] }], [dualEdge]) // → { after: 0, edge: dualEdge }
 */
export function toldTie(lead: readonly TieSentence[], deals: readonly DealEdge[]): { after: number; edge: DealEdge } | undefined {
  if (lead.some((s) => saysTie(s.text))) return undefined;
  const dual = ties().dual;
  for (const edge of deals) {
    const lower = edge.sentence.toLowerCase();
    if (!flowDone(edge) || !dual.some((w) => lower.includes(w.toLowerCase()))) continue;
    const both = lead.map((s, i) => (s.names.includes(edge.from) && s.names.includes(edge.to) ? i : -1)).filter((i) => i >= 0);
    const firstA = lead.findIndex((s) => s.names.includes(edge.from));
    const firstB = lead.findIndex((s) => s.names.includes(edge.to));
    if (firstA < 0 || firstB < 0) continue;
    return { after: both.length > 0 ? (both[both.length - 1] as number) : Math.max(firstA, firstB), edge };
  }
  return undefined;
}

/**
 * Whether one of the texts (earlier digests, the stories before) already says the tie of the two parties: a sentence
 * saying a tie or one party is both (`told`, `dual`) that names both (decision 148).
 * @example tieToldIn(['澜芯科技同时是星衡智算的最大供应商。'], ['澜芯科技', '星衡智算']) // → true
 */
export function tieToldIn(texts: readonly string[], parties: readonly [string, string]): boolean {
  const t = ties();
  const words = [...t.told, ...t.dual].map((w) => w.toLowerCase());
  return texts.some((text) =>
    text.split(/[。！？!?\n]+/u).some((x) => parties.every((p) => x.includes(p)) && words.some((w) => x.toLowerCase().includes(w))),
  );
}
