/** buildKnowledge: items + extractions → claims, deals, derived facts and loops, in one linear pass over sentences. */

import type { ItemExtraction, KnowledgeSnapshot } from '../store/types.js';
import type { EntityMention } from '../types/entity.js';
import type { Figure } from '../types/figure.js';
import type { ItemRecord } from '../types/item.js';
import type { DealEdge, DerivedFact, Statement } from '../types/knowledge.js';
import { append } from '../util/arrays.js';
import { buildClaims, withRaiseCounterparty } from './claims.js';
import {
  extractDeals,
  focalCompany,
  mayNameFocalCustomer,
  mayNameGenericPayer,
  opensWithPronoun,
  opensWithStartup,
  sentenceInvestee,
  withFocalDescriptions,
  withPronounSubject,
} from './deals/extract.js';
import { callHost, withHostForWe } from './deals/host.js';
import { defaultPatterns } from './deals/patterns.js';
import { namedVehicle, sentenceVehicle, type Vehicle } from './deals/vehicles.js';
import { defaultCues, deriveFacts, phraseRatioFacts } from './derived/index.js';
import { findCycles } from './graph.js';
import { type KnowledgeOptions, resolveOptions } from './options.js';
import { RawLocator } from './provenance.js';
import { TextIndex } from './text-index.js';

export interface KnowledgeInput {
  items: ItemRecord[];
  /** Per item figures + entities, offsets into item.text. */
  extractions: ItemExtraction[];
}

const figureKey = (f: Figure) => `${f.start}:${f.end}:${f.kind}:${f.value ?? ''}:${f.low ?? ''}:${f.high ?? ''}`;
const mentionKey = (m: EntityMention) => `${m.start}:${m.end}:${m.name}`;

function uniqueSorted<T>(list: T[], key: (x: T) => string, start: (x: T) => number): T[] {
  const seen = new Map<string, T>();
  for (const x of list) {
    const k = key(x);
    if (!seen.has(k)) seen.set(k, x);
  }
  const rows = [...seen.entries()].map(([k, x]) => ({ k, x, s: start(x) }));
  rows.sort((a, b) => a.s - b.s || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return rows.map((r) => r.x);
}

/** How many sentences a deal's payer stays the topic a payer-less deal sentence refers to. */
const TOPIC_SPAN = 4;
/** How many sentences the company raising money stays the payee of payer-only investor clauses ("其中软银出资300亿美元"). */
const INVESTEE_SPAN = 6;

/**
 * A news dateline opening a sentence ("财联社5月13日讯，", "36氪获悉，", "【记者 王明／台北报导】", "May 12 (Reuters) - "): the
 * subject comes after it, so it does not count in how far into the sentence the subject may stand.
 */
const DATELINE =
  /^(?:【[^】]{0,30}】|[^，,。]{0,20}(?:讯|获悉|报道|报导|消息)[：:，,]\s*|[^()\n]{0,40}\((?:Reuters|Bloomberg|AP|AFP|Xinhua|Dow Jones)\)\s*[-–—]+\s*)/;
export function datelineLength(sentence: string): number {
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}

/** Rebases a record's offsets onto a sentence; returns a copy. */
function rebase<T extends { start: number; end: number }>(x: T, offset: number): T {
  return { ...x, start: x.start - offset, end: x.end - offset };
}

/**
 * Product mentions, and organisations the gazetteer gives a parent (an investment arm, a unit: Cisco Investments,
 * T-Head), stand for their owner in deals ("$250 billion of Azure cloud services" is paid to Microsoft), except right
 * after the owner's own name ("Nvidia Blackwell chips"), where the product only says what is bought.
 */
export function asParties(mentions: EntityMention[], ownerOf: (name: string) => string | undefined, text: string): EntityMention[] {
  return mentions.map((m, i) => {
    if (m.type !== 'product' && m.type !== 'org') return m;
    const owner = ownerOf(m.name);
    if (!owner) return m;
    const prev = mentions[i - 1];
    if (prev && prev.name === owner && /^(?:\s*|'s\s+|’s\s+|的)$/.test(text.slice(prev.end, m.start))) return m;
    return { ...m, name: owner, type: 'org' as const };
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the knowledge snapshot. Pure and deterministic: items and extractions are de-duplicated by id (and
 * figures / mentions by span), processed in id order, and every output list is sorted, so the same input in any
 * order, or repeated, gives the same snapshot. Figure offsets in deals and derived facts are item offsets.
 */
export function buildKnowledge(input: KnowledgeInput, opts?: Partial<KnowledgeOptions>): KnowledgeSnapshot {
  return combineKnowledge(knowledgeParts(input, opts), opts);
}

/**
 * What one item contributes to knowledge, independent of every other item: its statements, and its deals and derived
 * facts each with the key that orders them in the snapshot. Stored per item so that a day's run builds only its new
 * items and recomputes only the claims and graph components they touch (docs/decisions/017).
 */
export interface ItemKnowledge {
  itemId: string;
  statements: Statement[];
  deals: [string, DealEdge][];
  derived: [string, DerivedFact][];
}

/** The snapshot of every item's part: claims over all statements, deals and derived facts in key order, loops. */
export function combineKnowledge(parts: ItemKnowledge[], opts?: Partial<KnowledgeOptions>): KnowledgeSnapshot {
  const o = resolveOptions(opts);
  const statements: Statement[] = [];
  const deals: [string, DealEdge][] = [];
  const derived: [string, DerivedFact][] = [];
  for (const p of parts) {
    append(statements, p.statements);
    append(deals, p.deals);
    append(derived, p.derived);
  }
  const dealList = deals.sort(([a], [b]) => cmp(a, b)).map(([, d]) => d);
  const derivedList = derived.sort(([a], [b]) => cmp(a, b)).map(([, d]) => d);
  return {
    claims: buildClaims(statements, o),
    deals: dealList,
    derived: derivedList,
    cycles: findCycles(dealList, o.maxCycleLength),
  };
}

/** Each item's part (items and extractions de-duplicated by id, in id order). */
export function knowledgeParts(input: KnowledgeInput, opts?: Partial<KnowledgeOptions>): ItemKnowledge[] {
  const o = resolveOptions(opts);
  const items = new Map<string, ItemRecord>();
  for (const it of input.items) if (!items.has(it.id)) items.set(it.id, it);
  const merged = new Map<string, { figures: Figure[]; entities: EntityMention[] }>();
  for (const ex of input.extractions) {
    const m = merged.get(ex.itemId) ?? { figures: [], entities: [] };
    append(m.figures, ex.figures);
    append(m.entities, ex.entities);
    merged.set(ex.itemId, m);
  }
  const parts: ItemKnowledge[] = [];
  for (const id of [...merged.keys()].sort()) {
    const item = items.get(id);
    const ex = merged.get(id);
    if (!item || !ex) continue;
    const statements: Statement[] = [];
    const deals = new Map<string, DealEdge>();
    const derived = new Map<string, DerivedFact>();
    const figures = uniqueSorted(ex.figures, figureKey, (f) => f.start);
    const entities = uniqueSorted(ex.entities, mentionKey, (m) => m.start);
    const index = new TextIndex(item.text, item.sentences);
    const locator = new RawLocator(item);
    // Two pointers: figures and mentions are sorted by start, sentences by start.
    let fi = 0;
    let ei = 0;
    const sentences = index.sentences;
    // The payer of the last deal stated (not a provider): what 'the Oracle contract' in a following sentence is about.
    let topic: { name: string; si: number } | undefined;
    // The company raising money (subject of a round / 融资, or payee of the last investment): who investor clauses pay.
    let investee: { name: string; si: number } | undefined;
    // The provider paid in the last deal: "X signed a separate deal worth $14 billion" is with it.
    let provider: { name: string; si: number } | undefined;
    // The subject (first organisation) of the sentence before: what "It …" / "该公司…" opening a sentence stands for.
    let prevSubject: string | undefined;
    // Investors of the round stated in the sentence before: "It" after one of them is the company raising money.
    let prevInvestors = new Set<string>();
    // The financing vehicle (joint venture, SPV) introduced last: what "the vehicle" / 该SPV stands for.
    let vehicle: { v: Vehicle; si: number } | undefined;
    const host = callHost(item.text, entities);
    // The company the item is about: the owner of a revenue share no sentence names an owner for.
    const focus = focalCompany(o.ownerOf ? asParties(entities, o.ownerOf, item.text) : entities);
    for (let si = 0; si < sentences.length; si++) {
      const s = sentences[si];
      if (!s) continue;
      const nextStart = sentences[si + 1]?.start ?? Number.POSITIVE_INFINITY;
      const limit = Math.max(s.end, Math.min(nextStart, item.text.length + 1));
      while (fi < figures.length && (figures[fi] as Figure).start < s.start) fi++;
      while (ei < entities.length && (entities[ei] as EntityMention).start < s.start) ei++;
      const sf: Figure[] = [];
      const se: EntityMention[] = [];
      while (fi < figures.length && (figures[fi] as Figure).start < limit) sf.push(figures[fi++] as Figure);
      while (ei < entities.length && (entities[ei] as EntityMention).start < limit) se.push(entities[ei++] as EntityMention);
      // A financing vehicle is introduced with its sponsor (products as products, for the project's name; "it" as the
      // subject before), else the one introduced before is carried on. Money raised through a conduit is the sponsor's:
      // payer-only investor clauses pay it (set below, once this sentence's own raise is known).
      const introduced =
        se.length > 0
          ? sentenceVehicle(
              s.text,
              withPronounSubject(
                s.text,
                se.map((m) => rebase(m, s.start)),
                prevSubject && opensWithPronoun(s.text) ? prevSubject : undefined,
              ),
              o.ownerOf,
            )
          : undefined;
      if (introduced) vehicle = { v: introduced, si };
      // A vehicle named in apposition ("The SPV, Panhandle Compute Holdings, …") is a party of its own: the company
      // money is raised for from here on, and what "the vehicle" / 该SPV stands for.
      const named =
        se.length > 0
          ? namedVehicle(
              s.text,
              se.map((m) => rebase(m, s.start)),
            )
          : undefined;
      if (named) {
        vehicle = { v: { party: named.name, sponsor: named.name, kind: named.kind, conduit: false }, si };
        investee = { name: named.name, si };
      }
      // A lone name with no figure can still be an investor of the round just told ("红杉中国跟投。").
      const roundOpen = investee !== undefined && si - investee.si <= INVESTEE_SPAN;
      // …and a lone name can pay or be paid by the vehicle just introduced ("That vehicle buys its chips from Nvidia.").
      const vehicleOpen = vehicle !== undefined && si - vehicle.si <= INVESTEE_SPAN;
      // …and a lone customer can own a share of the focal company's revenue ("微软仍贡献近六成收入").
      const shareOpen = focus !== undefined && mayNameFocalCustomer(s.text);
      if (sf.length === 0 && se.length < 2 && !(se.length === 1 && (roundOpen || vehicleOpen || shareOpen))) continue;
      for (const f of sf) {
        const line = locator.figureLine(s.text, s.start, f.text, f.start - s.start);
        statements.push({ figure: f, itemId: id, source: item.source, line, sentence: s.text, date: item.date });
      }
      const relFigures = sf.map((f) => rebase(f, s.start));
      const back = new Map<Figure, Figure>(relFigures.map((r, i) => [r, sf[i] as Figure]));
      const orig = (f: Figure | undefined) => (f ? (back.get(f) ?? f) : undefined);
      const parties = o.ownerOf ? asParties(se, o.ownerOf, item.text) : se;
      // On a call transcript, "we" is the host company ("we signed a five-year commitment with Google Cloud").
      // …and a description heading a later clause is the item's focal company ("…: the cloud company bought …").
      const own = withFocalDescriptions(
        s.text,
        withHostForWe(
          s.text,
          parties.map((m) => rebase(m, s.start)),
          host,
        ),
        focus,
      );
      const orgs = new Set(own.filter((m) => m.type === 'org').map((m) => m.name)).size;
      const recent = topic && si - topic.si <= TOPIC_SPAN ? topic.name : undefined;
      // The named vehicle's mention carries its whole legal name ("QTS Cedar Rapids Issuer LLC" is not QTS).
      const relMentions = own.map((m) =>
        named && m.start === named.start && m.type === 'org' ? { ...m, name: named.name, end: named.end } : m,
      );
      const investors = new Set<string>();
      const raising = named?.name ?? (orgs >= 1 ? sentenceInvestee(s.text, relMentions, relFigures) : undefined);
      const funded = raising ?? (investee && si - investee.si <= INVESTEE_SPAN ? investee.name : undefined);
      const supplier = provider && si - provider.si <= TOPIC_SPAN ? provider.name : undefined;
      // 'The startup …' is the company raising money told earlier in the text, however far back; else the subject before.
      const startup = investee !== undefined && opensWithStartup(s.text);
      const pronoun = (prevSubject !== undefined || startup) && opensWithPronoun(s.text);
      const pronounSubject = startup
        ? investee?.name
        : pronoun && prevSubject
          ? prevInvestors.has(prevSubject) && investee && funded
            ? investee.name
            : prevSubject
          : undefined;
      if (introduced?.conduit && !raising) investee = { name: introduced.sponsor, si };
      const vehicleNear = vehicle && si - vehicle.si <= INVESTEE_SPAN ? vehicle.v : undefined;
      const fundedNow = funded ?? (introduced?.conduit ? introduced.sponsor : undefined);
      if (
        orgs >= 2 ||
        vehicleNear ||
        (orgs === 1 && ((sf.length > 0 && (recent || supplier || mayNameGenericPayer(s.text))) || shareOpen || fundedNow || pronoun))
      ) {
        const table = defaultPatterns();
        for (const d of extractDeals(s.text, relMentions, relFigures, { itemId: id, source: item.source }, table, {
          ...(recent ? { topic: recent } : {}),
          ...(fundedNow ? { investee: fundedNow } : {}),
          ...(vehicleNear ? { vehicle: vehicleNear, vehicleIntroducedHere: introduced !== undefined } : {}),
          ...(supplier ? { provider: supplier } : {}),
          ...(pronounSubject ? { subject: pronounSubject } : {}),
          ...(focus ? { focus } : {}),
        })) {
          const amount = orig(d.amount);
          const edge: DealEdge = { ...d, ...(amount ? { amount } : {}), line: locator.sentenceLine(s.text, s.start) };
          if (edge.kind === 'invest') {
            investee = { name: edge.to, si };
            investors.add(edge.from);
          } else if (table.providers.has(edge.to.toLowerCase()) || (edge.kind === 'cloud-contract' && !edge.status))
            // A capacity seller need not be a known provider ("capacity at Qasr Compute"): "a separate deal" next is with it.
            provider = { name: edge.to, si };
          const key = `${edge.from}\u0000${edge.to}\u0000${edge.kind}\u0000${id}\u0000${s.start}`;
          if (!deals.has(key)) deals.set(key, edge);
          if (!table.providers.has(edge.from.toLowerCase()) && !table.genericPayers.has(edge.from)) topic = { name: edge.from, si };
        }
      }
      if (raising) investee = { name: raising, si };
      prevInvestors = investors;
      const first = parties.find((m) => m.type === 'org');
      // A sentence naming no organisation goes on about the same subject ("净亏损38.4亿元。今年上半年收入9.8亿元。
      // 值得注意的是，公司已与寒武纪签订…": 公司 is still the company of the sentences before).
      if (first && first.start - s.start - datelineLength(s.text) < 24) prevSubject = first.name;
      else if (!pronoun && first) prevSubject = undefined;
      const phrased = phraseRatioFacts(s.text, relFigures, figures, defaultCues(), { itemId: id }, o.tolerance, fi - sf.length);
      for (const d of phrased) {
        const fact: DerivedFact = { ...d, inputs: d.inputs.map((f) => orig(f) as Figure) };
        const key = `${fact.kind}\u0000${id}\u0000${s.start}\u0000${fact.formula}`;
        if (!derived.has(key)) derived.set(key, fact);
      }
      if (sf.length >= 2) {
        for (const d of deriveFacts(s.text, relFigures, { itemId: id }, o.tolerance)) {
          const fact: DerivedFact = { ...d, inputs: d.inputs.map((f) => orig(f) as Figure) };
          const key = `${fact.kind}\u0000${id}\u0000${s.start}\u0000${fact.formula}`;
          if (!derived.has(key)) derived.set(key, fact);
        }
      }
    }
    parts.push({
      itemId: id,
      statements: withRaiseCounterparty(statements, o.families),
      deals: [...deals.entries()],
      derived: [...derived.entries()],
    });
  }
  return parts;
}
