/**
 * The parties a head names (pure, decision 112): a participant's clause (`大基金三期认购`) opens on an investor, never on
 * the issuer, so it never heads alone and its name never stands before the issuer's; a count or class phrase (`四巨头`,
 * `多家云厂商`) or a pronoun names no one and is no deal's counterparty; a payment for capacity or services is a purchase
 * and a ticket put into a round is equity, whatever the party's type (a lender, a bank). Words: data/head-parties.json.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';

const schema = z.object({
  roles: z.array(z.string()),
  countWords: z.array(z.string()),
  classes: z.array(z.string()),
  countWordsEn: z.array(z.string()),
  classesEn: z.array(z.string()),
  pronouns: z.array(z.string()),
  purchase: z.array(z.string()),
  equity: z.array(z.string()),
  partyTypes: z.array(z.string()),
  vehicles: z.array(z.tuple([z.string(), z.string()])),
});

interface Compiled {
  role: RegExp;
  counted: RegExp;
  countedEn: RegExp;
  pronouns: ReadonlySet<string>;
  purchase: readonly RegExp[];
  equity: readonly RegExp[];
  partyTypes: readonly RegExp[];
  vehicle: RegExp;
  vehicleWords: ReadonlyMap<string, string>;
}

let compiled: Compiled | undefined;

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (xs: readonly string[], raw = false) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map((x) => (raw ? x : escaped(x)))
    .join('|');

function table(): Compiled {
  if (compiled) return compiled;
  const t = loadDataTable('head-parties.json', schema);
  compiled = {
    // A clause ending on a role word (a few characters may follow: `认购踊跃`), with a name before it.
    role: new RegExp(
      `^(.{2,24}?)(?:等(?:\\d+|[一二三四五六七八九十几多]+)?[家名位个]?)?(?:联合|共同|参与)?(?:${alt(t.roles)}).{0,3}$`,
      'u',
    ),
    counted: new RegExp(`^(?:等)?(?:${alt(t.countWords)})+(?:大)?(?:${alt(t.classes)})$`, 'u'),
    countedEn: new RegExp(`^(?:${alt(t.countWordsEn, true)})\\s+(?:\\w+\\s+)?(?:${alt(t.classesEn)})$`, 'iu'),
    pronouns: new Set(t.pronouns.map((p) => p.toLowerCase())),
    purchase: t.purchase.map((p) => new RegExp(p, 'iu')),
    equity: t.equity.map((p) => new RegExp(p, 'iu')),
    partyTypes: t.partyTypes.map((p) => new RegExp(p, 'giu')),
    // `Meta's Ohio Data-Center Venture`: the parent, up to four words describing the vehicle, the vehicle's noun.
    vehicle: new RegExp(`^((?:[A-Z][\\w.&-]*\\s?){1,3})['’]s\\s+((?:[\\w-]+\\s+){0,4}?)(${alt(t.vehicles.map(([en]) => en))})\\b`, 'iu'),
    vehicleWords: new Map(t.vehicles.map(([en, zh]) => [en.toLowerCase(), zh])),
  };
  return compiled;
}

/**
 * The investor a head clause names in its role (`国家集成电路产业投资基金三期认购` → the fund), undefined for a clause that
 * is no participant's. The name before the role word has no digit and no verb of its own.
 * @example participantClause('大基金三期参与认购') // → '大基金三期'
 * @example participantClause('芯朗科技IPO定价每股38元') // → undefined
 */
export function participantClause(clause: string): string | undefined {
  const c = clause.replace(/[，,：:；;\s]+$/u, '').trim();
  const m = table().role.exec(c);
  const name = m?.[1];
  if (!name || /\d/u.test(name) || /[获由向对与和]/u.test(name)) return undefined;
  return name;
}

/**
 * Whether a party's name is a count or class phrase or a pronoun, naming no one (`四巨头`, `多家云厂商`, `两家公司`,
 * `其`, `three cloud providers`): such a party is no deal's counterparty and never heads.
 * @example countedParty('几巨头') // → true
 * @example countedParty('Nimbus Cloud') // → false
 */
export function countedParty(name: string): boolean {
  const t = table();
  const n = name.trim();
  return t.pronouns.has(n.toLowerCase()) || t.counted.test(n) || t.countedEn.test(n);
}

/**
 * Whether a figure's own clause tells a payment for capacity, compute or services (`agreed to pay X up to $12 billion
 * over five years for computing capacity`, `支付…算力费用`): a purchase, never an investment.
 */
export function paidForCapacity(clause: string): boolean {
  return table().purchase.some((re) => re.test(clause));
}

/**
 * A figure's clause with the words naming an investor's type (`a state lender`, `the bank`) taken out when the clause
 * puts the money into a round or shares (`invested $150 million in the round`): what is left says the instrument, and
 * the investor's type never does. Other clauses come back as they are.
 * @example equityClause('KDB, a state lender, invested $150 million in the round') // → 'KDB, , invested $150 million in the round'
 */
export function equityClause(clause: string): string {
  const t = table();
  if (!t.equity.some((re) => re.test(clause))) return clause;
  return t.partyTypes.reduce((c, re) => c.replace(re, ''), clause);
}

/**
 * A head naming a vehicle's parent when the title calls the story's party that parent's vehicle (`Meta's Ohio
 * Data-Center Venture Sells $21 Billion of Bonds`): the parent's Chinese name and the vehicle's word go before the
 * head's own subject (`Meta合资公司Lakeshore Compute发行210亿美元债券`). The head as it is when the title names no
 * parent's vehicle, the parent is no organisation (`parentZh` gives no name), or the head names the parent already;
 * past `max` characters the vehicle's own name gives way to the title's (`Meta合资公司发行210亿美元债券`).
 */
export function parentNamed(
  head: string,
  titleText: string,
  /** The parent's Chinese name when the knowledge layer holds it as a holder of the party the head opens on. */
  parentZh: (en: string, vehicle: string) => string | undefined,
  /** The characters a head may have. */
  max = 30,
): string {
  const t = table();
  const m = t.vehicle.exec(titleText.trim());
  const parent = m?.[1]?.trim();
  const noun = m?.[3];
  if (!parent || !noun || head === '') return head;
  // The head opens on a name of its own (the vehicle's), which the title never gives.
  const opening = /^[A-Za-z][\w.&-]*(?:\s[A-Z][\w.&-]*)*/u.exec(head)?.[0] ?? '';
  if (opening === '' || titleText.includes(opening)) return head;
  const zh = parentZh(parent, opening);
  if (zh === undefined || head.includes(zh) || head.includes(parent)) return head;
  const word = t.vehicleWords.get(noun.toLowerCase()) ?? '';
  const named = word === '旗下' ? `${zh}旗下${head}` : `${zh}${word}${head}`;
  // Past the length a head may have, the vehicle is called as the title calls it (`Meta合资公司发行…`), its own name
  // left to the lead; a unit keeps its own name (`旗下` alone names nothing).
  if ([...named].length <= max || word === '旗下') return named;
  return `${zh}${word}${head.slice(opening.length).trimStart()}`;
}
