/**
 * Whether an English-only story may say a figure as its owner's plain measure in a template sentence
 * (`<owner><metric>为N`), and whether its lead is a "who did what" sentence about the title's company (issue 11, english25).
 *
 * The template sentence names the owner the knowledge layer filed the figure under. The reading is only as good as the
 * evidence of the figure's own English sentence; each check reads general evidence, never a name:
 * - a joint owner (`A + B`) of a figure whose clause says no `combined` / `together` (one valuation of two companies);
 * - the payer of a deal the story holds filed as the owner of a receiver's measure while the receiver stands in the same
 *   sentence (the investor as the owner of the startup's round or valuation, the acquirer as the owner of the target's
 *   price); or a round's, loan's or valuation's owner the sentence names only as who pays (`led by X`, `a loan from X`);
 * - a measure whose keywords stand in the sentence only inside a name (the metric noun taken from the company's name);
 * - a group (四巨头) filed as the owner of a figure whose clause names neither the group nor a total (collectiveUnnamed);
 * - a figure the sentence qualifies as a ceiling, a further amount, an earlier round's or an after-hours one
 *   (data/story-templates.json `secondary`): no plain value of its owner.
 * Pure functions; the data tables come in through their loaders.
 */

import { findKeywords, loadMetricLexicon, wordsRegex } from '../../extract/attribution/lexicon.js';
import { groupMembers } from '../../extract/entities/gazetteer.js';
import { findEntities, type Gazetteer } from '../../extract/index.js';
import type { DealEdge, StoryBundle } from '../../types/index.js';
import { escapeRegExp } from '../../util/regexp.js';
import type { StoryFact } from './facts.js';
import { aggregateClause, names, namesOf } from './owner-evidence.js';
import { figureClause, type StoryTemplates } from './story-templates.js';

type Fact = Pick<StoryFact, 'figure' | 'claim' | 'sentence'>;

const HAN = /\p{Script=Han}/u;

/** Why the owner the knowledge layer filed an English figure under cannot open its template sentence; undefined: it can. */
export type OwnerDoubt = 'joint' | 'payer' | 'name' | 'secondary' | 'collective' | 'possessor';

/** Whether a fact's sentence is English (a Chinese sentence is quoted, not composed from templates). */
export function englishFact(f: Pick<StoryFact, 'sentence'>): boolean {
  return !HAN.test(f.sentence);
}

/**
 * A joint owner (`A + B`) of a figure whose own clause names no group word (combined, together, in total) — unless its
 * sentence is about a venture the two form, whose figures attribution gives them jointly (decision 145).
 */
const VENTURE = /\bjoint[- ]ventures?\b|\bventure\b|合资/i;
function jointWithoutGroup(f: Fact): boolean {
  return f.claim.subject.includes(' + ') && !aggregateClause(f.sentence, f.figure.text) && !VENTURE.test(f.sentence);
}

/**
 * A group (`Big Tech`, 四巨头) filed as the owner of a figure whose own clause neither names the group before it nor says
 * `combined` / `together`: the sentence's actor is a company the reading did not resolve, and a collective noun is no
 * owner of its figure (`Crusoe, which Big Tech customers back, borrowed $2 billion` is no group's loan).
 */
function collectiveUnnamed(f: Fact, gaz: Gazetteer): boolean {
  if (f.claim.subject.includes(' + ') || !groupMembers(f.claim.subject, gaz)) return false;
  if (aggregateClause(f.sentence, f.figure.text)) return false;
  const before = (figureClause(f.sentence, f.figure.text).split(f.figure.text)[0] ?? '').replace(RELATIVE_ASIDE, ' ');
  return !names(before, namesOf(f.claim.subject, gaz));
}

/** A relative or participle aside between commas (`, whose customers include Big Tech,`, `, backed by …,`): not the clause's actor. */
const RELATIVE_ASIDE = /,\s*(?:which|whose|who|whom|where|(?:in|of|to|for) which|(?:backed|owned|controlled|led|supplied) by)\b[^,]*,/gi;

/** Deals whose receiver is priced by the money (a round, a purchase of a stake or of the company). */
const OWNERSHIP_DEALS: ReadonlySet<DealEdge['kind']> = new Set(['invest', 'acquisition', 'stake', 'equity-option']);
/** Words right before a party that make it who pays or lends the money, not who receives it: `led by`, `a loan from`. */
export const PAYER_BEFORE =
  /\b(?:(?:co-)?led|backed|provided|arranged|underwritten|financed|funded|joined)\s+by\s+(?:the\s+)?$|\bfrom\s+(?:the\s+)?$/i;
/** Measures the receiving side of money has: the round it raises, the debt it takes on, the value the round puts on it. */
const RAISED_METRICS: ReadonlySet<string> = new Set(['funding', 'valuation', 'debt']);

/**
 * The owner of a round, a loan or a valuation named in the figure's sentence only as who pays or lends (`raised $400
 * million in a round led by Northgate`, `secured a $1.5 billion loan from Marrow Bank`): the money is the receiver's,
 * whether or not the reading resolved the receiver (an unknown startup) or a deal edge.
 */
export function ownerNamedAsPayer(f: Fact, gaz: Gazetteer): boolean {
  if (!RAISED_METRICS.has(f.claim.metric) || f.claim.counterparty || f.claim.subject.includes(' + ')) return false;
  const at: number[] = [];
  for (const n of namesOf(f.claim.subject, gaz)) {
    if (!/^[ -~]+$/.test(n)) continue;
    const re = new RegExp(`(?<![A-Za-z])${escapeRegExp(n)}(?![A-Za-z])`, 'gi');
    for (const m of f.sentence.matchAll(re)) at.push(m.index);
  }
  if (at.length === 0) return false;
  if (at.every((i) => PAYER_BEFORE.test(f.sentence.slice(Math.max(0, i - 40), i)))) return true;
  // A lender's own lending (`Marrow Bank has lent $8 billion to developers`) is no debt of it.
  const before = figureClause(f.sentence, f.figure.text).split(f.figure.text)[0] ?? '';
  return f.claim.metric === 'debt' && LENT.test(before);
}

/**
 * A round, loan or valuation whose clause gives it to another company in the possessive before the figure (`doubles
 * Orrin's valuation from $2.2 billion`) while the owner it is filed under stands nowhere in the sentence: the figure is
 * the possessor's (decision 085).
 */
export function ownedByPossessor(f: Fact, gaz: Gazetteer): boolean {
  if (!RAISED_METRICS.has(f.claim.metric) || f.claim.counterparty || names(f.sentence, namesOf(f.claim.subject, gaz))) return false;
  const before = figureClause(f.sentence, f.figure.text).split(f.figure.text)[0] ?? '';
  const lex = loadMetricLexicon();
  // A possessive name (`Orrin's valuation`) whose next words name the figure's measure.
  const poss = /\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/gu;
  for (const m of before.matchAll(poss)) {
    if (findKeywords(m[2] ?? '', lex).some((h) => h.metric === f.claim.metric)) return true;
  }
  return false;
}

/** A lending verb before a debt figure in its clause: the amount is lent by its subject, not owed. */
const LENT = /\b(?:lent|lends|loaned)\b/i;

/** Measures of the receiving side of such a deal: its round, its valuation, its price, its listing. */
const RECEIVER_METRICS: ReadonlySet<string> = new Set(['funding', 'valuation', 'price', 'ipo', 'market-cap']);

/**
 * The investor or acquirer of one of the story's deals filed as the owner of a measure of the receiving side (the
 * round, the valuation, the price), while the receiver is named in the same sentence: the figure is the receiver's.
 */
function payerAsOwner(f: Fact, deals: readonly DealEdge[], gaz: Gazetteer): boolean {
  if (!RECEIVER_METRICS.has(f.claim.metric) || f.claim.counterparty) return false;
  return deals.some(
    (d) => OWNERSHIP_DEALS.has(d.kind) && d.from === f.claim.subject && d.to !== d.from && names(f.sentence, namesOf(d.to, gaz)),
  );
}

/**
 * The measure's keywords stand in the sentence only inside names (the owner's or another entity's): `Revenue Labs said
 * it has 40 staff` gives no revenue. A measure with no keyword in the sentence at all (a title's measure) is not judged.
 */
export function metricFromName(f: Fact, entityNames: readonly string[]): boolean {
  // A flow to a named party comes from a deal's words (`lead the round with $5 billion`), not from a measure keyword.
  if (f.claim.counterparty) return false;
  const def = loadMetricLexicon().byMetric.get(f.claim.metric.replace(/-growth$/, ''));
  if (!def || def.keywords.length === 0) return false;
  const re = wordsRegex(def.keywords, 'iu');
  if (!re.test(f.sentence)) return false;
  const inNames = entityNames.filter((n) => re.test(n));
  if (inNames.length === 0) return false;
  let rest = f.sentence;
  for (const n of [...inNames].sort((a, b) => b.length - a.length)) rest = rest.split(n).join(' ');
  return !re.test(rest);
}

/**
 * A figure its sentence qualifies as no plain value (a ceiling `up to`, `a further`, an earlier round's amount, a move in
 * after-hours trading): data/story-templates.json `secondary` — `before` patterns end at the figure, `after` ones start
 * right after it. A flow to a named party keeps its ceiling, told with its verb (英伟达向xAI投资最多20亿美元).
 */
export function secondaryFigure(f: Fact, t: Pick<StoryTemplates, 'secondary'>): boolean {
  if (f.claim.counterparty) return false;
  if (f.figure.qualifier === 'max') return true;
  const at = f.sentence.indexOf(f.figure.text);
  if (at < 0) return false;
  const before = f.sentence.slice(Math.max(0, at - 60), at);
  const after = f.sentence.slice(at + f.figure.text.length, at + f.figure.text.length + 60);
  return t.secondary.some((s) => s.re.test(s.where === 'before' ? before : after));
}

/** An aside naming what a figure includes or leaves out (`including finance leases`): its words name no measure of it. */
const INCLUSION_ASIDE = /\b(?:including|includes|included|excluding|excludes|excluded|incl\.|excl\.)\s[^,;()—–]*/giu;

/**
 * Whether an English figure's clause never names the measure the knowledge layer filed it under: no keyword of the
 * claim's metric (data/metrics.json) stands in the figure's clause (figureClause) outside an inclusion aside (`capital expenditures, including
 * finance leases, were $X` names no lease contract). A flow to a
 * named party is told by its deal's verb, not by a measure word, and a Chinese sentence is quoted: neither is judged.
 * @example metricUnstated({ figure: { kind: 'money', text: '$4 billion' }, claim: { metric: 'contract' }, sentence: 'Capital expenditures, including finance leases, were $4 billion.' }) // → true
 */
export function metricUnstated(f: Fact): boolean {
  if (!englishFact(f) || f.claim.counterparty) return false;
  const lex = loadMetricLexicon();
  const metric = f.claim.metric.replace(/-growth$/, '');
  const def = lex.byMetric.get(metric);
  if (!def) return false;
  const open = figureClause(f.sentence, f.figure.text).replace(INCLUSION_ASIDE, (m) => ' '.repeat(m.length));
  return !findKeywords(open, lex).some((h) => h.metric === metric);
}

/**
 * Whether a line may state an English figure as its owner's: the owner, its role and the measure are sure — no doubt of
 * its owner (ownerDoubt; a ceiling told as a move's peak, 一度, aside) and the sentence names its measure
 * (metricUnstated). Else a 更多动态 line names the event in words without the figure (editor25: "a brief names the
 * event in words without a figure"). A share move is sure of its session and its peak: its event says them.
 */
export function figureSure(f: StoryFact, doubt: OwnerDoubt | undefined): boolean {
  // A share move's ceiling or session (as much as, after hours) is the move's own: told with 一度 / 盘后. A ceiling is
  // printed as one (最多): the event says it.
  const told = doubt === 'secondary' && ((f.claim.metric === 'share-price' && f.figure.kind === 'percent') || f.figure.qualifier === 'max');
  return (doubt === undefined || told) && !metricUnstated(f);
}

/** Words between two parties that make the one named second the payer (`B raised $1 billion from A`, `bought by A`). */
const PAYER_AFTER = /\b(?:from|by)\b/i;

/** Where a party is first named in a text (any of its names, Latin ones as whole words), or -1. */
function firstNamed(text: string, list: readonly string[]): number {
  let at = -1;
  for (const n of list) {
    const i = /^[ -~]+$/.test(n) ? text.search(new RegExp(`(?<![A-Za-z])${escapeRegExp(n)}(?![A-Za-z])`, 'i')) : text.indexOf(n);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}

/**
 * Whether a deal's payer and receiver agree with its English sentence's order of words: the payer named first with no
 * `from` / `by` before the receiver (`A invests $1 billion in B`), or the receiver first with one (`B raised $1 billion
 * from A`, `B was acquired by A`). A sentence naming either party nowhere, or a Chinese sentence, is not judged.
 * @example rolesAgree({ from: 'Alpha', to: 'Beta', sentence: 'Alpha secured a $2 billion loan from Beta.' }, gaz) // → false
 */
export function rolesAgree(deal: Pick<DealEdge, 'from' | 'to' | 'sentence'>, gaz: Gazetteer): boolean {
  if (HAN.test(deal.sentence)) return true;
  const from = firstNamed(deal.sentence, namesOf(deal.from, gaz));
  const to = firstNamed(deal.sentence, namesOf(deal.to, gaz));
  if (from < 0 || to < 0 || from === to) return true;
  const between = deal.sentence.slice(Math.min(from, to), Math.max(from, to));
  return from < to ? !PAYER_AFTER.test(between) : PAYER_AFTER.test(between);
}

/** Names of the entities the story mentions, as written (the texts a metric word may hide in), and their canonical names. */
export function mentionedNames(bundle: StoryBundle): string[] {
  const out = new Set<string>();
  for (const ms of Object.values(bundle.entities)) for (const m of ms) out.add(m.text).add(m.name);
  return [...out].filter((n) => n.trim().length >= 2);
}

/** Why an English figure's owner cannot open its template sentence (see the module's comment); undefined when it can. */
export function ownerDoubt(
  f: Fact,
  bundle: Pick<StoryBundle, 'deals'>,
  gaz: Gazetteer,
  t: Pick<StoryTemplates, 'secondary'>,
  entityNames: readonly string[],
): OwnerDoubt | undefined {
  if (!englishFact(f)) return undefined;
  if (secondaryFigure(f, t)) return 'secondary';
  if (jointWithoutGroup(f)) return 'joint';
  if (collectiveUnnamed(f, gaz)) return 'collective';
  if (payerAsOwner(f, bundle.deals, gaz) || ownerNamedAsPayer(f, gaz)) return 'payer';
  if (ownedByPossessor(f, gaz)) return 'possessor';
  if (metricFromName(f, [...entityNames, ...namesOf(f.claim.subject, gaz)])) return 'name';
  return undefined;
}

/**
 * Whether a text names a company: one of its names, or a Latin name's first word of three letters or more the way a
 * title shortens it (`Lumora` for Lumora Silicon).
 */
function namesCompany(text: string, name: string, gaz: Gazetteer): boolean {
  const all = namesOf(name, gaz);
  const heads = all.filter((n) => /^[A-Za-z][\w.&-]{2,} /.test(n)).map((n) => n.split(' ')[0] as string);
  return names(text, [...all, ...heads]);
}

/**
 * Whether a lead's subject is a company the English story is about by its own words: one its title names, or — a title
 * naming no company the gazetteer knows (a startup, a person, a product) — one its first sentence names. A lead about
 * someone else (the investor's, the customer's figure under a startup's title) tells another company's news.
 */
export function aboutTitleCompany(subject: string | undefined, titleText: string, firstSentence: string, gaz: Gazetteer): boolean {
  if (!subject) return false;
  const parts = subject.split(' + ');
  if (parts.some((p) => namesCompany(titleText, p, gaz))) return true;
  const titleOrgs = findEntities(titleText, gaz).filter((m) => m.type === 'org');
  return titleOrgs.length === 0 && parts.some((p) => namesCompany(firstSentence, p, gaz));
}
