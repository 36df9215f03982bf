/**
 * A head's figure against the claims that state it (pure): whose the head says it is, and for what period. The head
 * gives a figure to the company its clause opens on (`移动云签下35亿元合同`: 移动云's); the knowledge layer holds whose it
 * is (a claim's subject, its counterparty, the owner of a unit) and its period. A head giving it to another company (a
 * shareholder glued before the issuer, a supplier for its customer's vehicle, a listed subsidiary for its parent) or to
 * another period (2025年 for FY2026) is wrong however the body reads (decision 093).
 */

import { headlineClauses } from '../../enrich/assemble/headline-told.js';
import { findPeriods } from '../../extract/index.js';

/** A company named in a text: where, and its canonical name. */
export interface NamedAt {
  start: number;
  end: number;
  name: string;
}

/** What a claim stating a head's figure says of it: its owner, the other party of a pair metric, its period. */
export interface FigureOwner {
  subject: string;
  counterparty?: string | undefined;
  period: string;
}

/** The clause of a head holding a figure's text (the whole head when no clause does). */
export function figureClause(head: string, figureText: string): { clause: string; at: number } {
  let at = 0;
  for (const c of headlineClauses(head)) {
    const k = head.indexOf(c, at);
    if (c.includes(figureText)) return { clause: c, at: Math.max(0, k) };
    at = Math.max(at, k + c.length);
  }
  return { clause: head, at: 0 };
}

/**
 * A caller or a speaker: a company followed by the verb of its call or its words (`高盛将英伟达目标价上调至`, `中金：寒武纪…`,
 * `某行称英伟达…`, `IDC预计华为…`) and then the company whose figure it is: the verb stands between the two names and
 * nothing else does. A company followed by such a verb and then by anything but a company is the head's subject
 * (`甲将斥资50亿元收购乙`, `甲预计2026年营收增长20%`): the figure is its own.
 */
const CALLER_AFTER = /^\s*(?:将|把|给予|予以|维持|上调|下调|称|指|认为|预计|预测|测算|估计|估算|表示|透露|：|:)\s*/u;

/**
 * A recipient: a company followed by the verb of receiving (`OpenAI获英伟达、软银注资`, `甲获乙领投`): the figure after
 * it is the payer's, named next; the recipient is the pair's other party.
 */
const RECIPIENT_AFTER = /^\s*(?:获得?|收到|接受|迎来)/u;

/** A parent naming the company after it (`百度旗下昆仑芯`, `甲控股的乙`): the figure is the company's after it. */
const PARENT_AFTER = /^\s*(?:旗下|控股的|孵化的|的子公司|子公司)/u;

/** Two companies written as one subject (`甲与乙签署…`, `甲、乙合计…`): both own the figure. */
const JOINED = /^\s*(?:与|和|及|、|同|联合|携手|\+)\s*$/u;

/**
 * The company a head gives a figure to: the first company of the figure's clause that is no caller (its longest name
 * where two start at one place), else the head's first company before the clause; with the companies named in the
 * clause right after it through a conjunction (a joint subject).
 * @example headOwners('中国移动投20亿元，星衡签下35亿元大单', '35亿元', (t) => at(t)) // → ['Xingheng']
 */
export function headOwners(head: string, figureText: string, orgsAt: (t: string) => readonly NamedAt[]): string[] {
  const { clause, at } = figureClause(head, figureText);
  const fig = clause.indexOf(figureText);
  const all = longestFirst(orgsAt(head));
  const inClause = all.filter((m) => m.start >= at && m.end <= at + (fig >= 0 ? fig : clause.length));
  const owners: NamedAt[] = [];
  for (const [i, m] of inClause.entries()) {
    if (owners.length === 0) {
      if (caller(head, m, inClause[i + 1]) || PARENT_AFTER.test(head.slice(m.end))) continue;
      owners.push(m);
      continue;
    }
    const last = owners[owners.length - 1] as NamedAt;
    // …and a recipient owns it with the payers named right after its verb (any of them may be the claim's subject).
    const gap = head.slice(last.end, m.start);
    if (JOINED.test(gap) || (owners.length === 1 && RECIPIENT_AFTER.test(gap) && /^\s*\S{1,2}\s*$/u.test(gap))) owners.push(m);
    else break;
  }
  if (owners.length > 0) return owners.map((m) => m.name);
  const before = all.filter((m) => m.end <= at);
  const subject = before.find((m) => !caller(head, m, all[all.indexOf(m) + 1]));
  return subject ? [subject.name] : [];
}

/**
 * Whether a company is a caller: the verb of a call or of words follows it, and the next company right after that verb
 * (`高盛将|英伟达`, `中金：|寒武纪`); a verb followed by anything else leaves the company the subject (`甲将斥资…收购乙`).
 */
function caller(head: string, m: NamedAt, next: NamedAt | undefined): boolean {
  // A source before a colon (`中金：…`, `外媒：…`) speaks whatever follows.
  if (/^\s*[：:]/u.test(head.slice(m.end))) return true;
  const verb = CALLER_AFTER.exec(head.slice(m.end));
  return verb !== null && next !== undefined && m.end + verb[0].length === next.start;
}

/** Mentions with a shorter one starting inside a longer one dropped (中国移动 inside 中国移动云), in order. */
function longestFirst(ms: readonly NamedAt[]): NamedAt[] {
  const sorted = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: NamedAt[] = [];
  for (const m of sorted) {
    const prev = out[out.length - 1];
    if (prev && m.start < prev.end) continue;
    out.push(m);
  }
  return out;
}

/**
 * Whether a company the head gives a figure to owns it by the claims that state it: their subject, their counterparty
 * (a contract's other party), the owner of their subject or a unit of it (gazetteer unitOf / parent: 中国移动 and 移动云
 * are one company's; a listed subsidiary is a company of its own), or a holder of their subject when the head says it
 * went through a vehicle.
 */
export function ownsFigure(
  company: string,
  claims: readonly FigureOwner[],
  rel: {
    ownerOf: (name: string) => string | undefined;
    /** The company a unit or a product belongs to (gazetteer `unitOf`, a product's `parent`): no listed subsidiary's parent. */
    unitOwnerOf?: (name: string) => string | undefined;
    holders: (name: string) => readonly string[];
    vehicle: boolean;
  },
): boolean {
  return claims.some(
    (c) =>
      c.subject === company ||
      c.counterparty === company ||
      c.subject.split(' + ').includes(company) ||
      rel.ownerOf(c.subject) === company ||
      // A unit's figure its owner's claim holds (阿里云's price cut read as Alibaba's): the unit is the owner's. A listed
      // subsidiary or an affiliate (gazetteer `parent` of an org) is a company of its own: its parent's guidance is not its.
      (rel.unitOwnerOf ?? rel.ownerOf)(company) === c.subject ||
      (rel.vehicle && rel.holders(c.subject).includes(company)),
  );
}

/**
 * The period a head's clause names with its year written (`2025年`, `2026财年第二财季`, `2025年上半年`): a period
 * named without a year (三季度, 第二财季) is read by a calendar the check does not know and says nothing.
 * @example headPeriod('中信证券2025年上半年净利润283亿元', '283亿元', '2026-08-30') // → '2025H1'
 * @example headPeriod('微软第四财季营收884亿美元', '884亿美元', '2026-07-30') // → undefined
 */
export function headPeriod(head: string, figureText: string, date: string | null): string | undefined {
  const { clause } = figureClause(head, figureText);
  const fig = clause.indexOf(figureText);
  const ps = findPeriods(fig >= 0 ? clause.slice(0, fig) : clause, date).filter(
    (p) => /\d{4}/.test(p.text) && p.bareQuarter === undefined && !p.closing,
  );
  return ps.length === 1 ? (ps[0]?.period as string) : undefined;
}

/** A period label without its separators and its fiscal mark (`FY2026-Q2` → `2026Q2`): a calendar year read as the fiscal one. */
function periodKey(p: string): string {
  return p.replace(/^FY/i, '').replace(/[-\s]/g, '').toUpperCase();
}

/**
 * Whether a head's period is none of the claims' that state its figure (`2025年` over an FY2026 claim).
 * @example periodDiffers('2025', [{ subject: 'A', period: 'FY2026' }]) // → true
 * @example periodDiffers('2026', [{ subject: 'A', period: 'FY2026' }]) // → false
 */
export function periodDiffers(head: string, claims: readonly FigureOwner[]): boolean {
  const h = periodKey(head);
  return claims.length > 0 && claims.every((c) => c.period.trim() !== '' && periodKey(c.period) !== h);
}
