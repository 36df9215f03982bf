/**
 * Financing vehicles: joint ventures and special purpose vehicles (SPVs) that the text names by their role, not by
 * a name ("a joint venture with Blue Owl", "a special purpose vehicle", 合资公司, 特殊目的实体), and refers to later
 * ("the vehicle", "that vehicle", "the JV", 该合资公司, 该SPV).
 *
 * Which party such a vehicle stands for in a deal follows from the sentence that introduces it:
 * - a **conduit**: the sponsor raises money through it ("Meta raised $27bn through a joint venture", "通过合资公司融资",
 *   "an SPV set up to finance its data centre"): whoever buys the vehicle's bonds or puts in equity pays the sponsor;
 * - a **counterparty**: the sponsor leases or buys from it ("xAI is leasing the chips for Colossus 2 from a special
 *   purpose vehicle", "从一家SPV租用芯片"): the vehicle is a party of its own, named after its sponsor and project
 *   ("xAI Colossus 2 SPV"), paid by the sponsor and paying its own suppliers.
 * A vehicle with neither cue (two parents forming a joint venture, an SPV whose use is not told) stands for no one:
 * no direction is invented.
 */
import type { EntityMention } from '../../types/entity.js';

export interface Vehicle {
  /** The name the vehicle has in deals: the sponsor for a conduit, else `<sponsor> [<project>] SPV|JV`. */
  party: string;
  /** The company the vehicle serves (raises money for, or leases to). */
  sponsor: string;
  kind: 'jv' | 'spv';
  conduit: boolean;
}

/** A vehicle noun as introduced (English): "joint venture", "JV", "special purpose vehicle", "SPV", "financing vehicle". */
const EN_NOUN =
  /\b(?:[Jj]oint[- ][Vv]entures?|[Ss]pecial[- ][Pp]urpose (?:[Vv]ehicles?|[Ee]ntit(?:y|ies)|[Cc]ompan(?:y|ies))|(?:financing|funding|off-balance-sheet|leasing|debt) vehicles?)\b|\b(?:JVs?|SPVs?|SPEs?)\b/;
/** A vehicle noun (Chinese). */
const ZH_NOUN = /合资公司|合资企业|合营公司|合资平台|特殊目的(?:实体|公司|载体|机构)|SPV/;
/** A reference back to the vehicle: "the vehicle", "that vehicle", "the venture", "the JV", 该合资公司, 该SPV. */
const EN_ANAPHOR =
  /\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:new\s+)?(?:joint[- ]venture|venture|vehicle|JV|SPV|SPE|special[- ]purpose (?:vehicle|entity|company)|(?:financing|funding|leasing) vehicle)\b/g;
const ZH_ANAPHOR = /(?:该|这家|此|这一|这个|上述)(?:合资公司|合资企业|合营公司|合资平台|特殊目的(?:实体|公司|载体|机构)|SPV|实体|载体)/g;

const EN_INTRO = new RegExp(EN_NOUN.source, 'g');
/** A Chinese vehicle noun with its classifier ("一家特殊目的实体"), so that "从一家SPV租用" reads as "from the SPV". */
const ZH_INTRO = new RegExp(`(?:一家|一个)?(?:${ZH_NOUN.source})`, 'g');

/** The sponsor leases or buys from the vehicle: the vehicle is its counterparty. */
const EN_COUNTERPARTY =
  /\b(?:leas|rent|buy|bought|purchas|sourc|procur|order)\w*\b[^.;:!?]{0,80}?\bfrom\s+(?:an?\s+|the\s+|its\s+|their\s+|one\s+)?(?:[\w-]+\s+){0,3}?$/i;
const ZH_COUNTERPARTY_BEFORE = /(?:从|向)(?:一家|一个|其)?$/;
const ZH_COUNTERPARTY_AFTER = /^[^。；;，,]{0,16}?(?:租用|租赁|承租|采购|购买|购入|租)/;
/** The vehicle leases or sells to the sponsor named next ("an SPV that will lease the GPUs to xAI", "该SPV将芯片租给xAI"). */
const EN_LESSOR_TO =
  /^[^.;:!?]{0,60}?\b(?:leases?|leased|leasing|rents?|rented|renting|sells?|selling|sold)\b[^.;:!?]{0,50}?\bto\s+(?:the\s+)?$/i;
const ZH_LESSOR_TO = /^[^。；;，,]{0,30}?(?:租给|出租给|租赁给|出售给|卖给)$/;
/** The sponsor raises money through the vehicle. */
const EN_CONDUIT_BEFORE =
  /\b(?:rais|secur|borrow|financ|fund)\w*\b[^.;:!?]{0,100}?\b(?:through|via|using|by way of|structured as|in the form of|by (?:setting up|creating|forming|establishing))\s+(?:an?\s+|the\s+|its\s+|their\s+|one\s+)?(?:[\w-]+\s+){0,3}?$/i;
const EN_CONDUIT_AFTER =
  /^[^.;:!?]{0,40}?\b(?:to (?:finance|fund|pay for|raise (?:money|funds|debt) for)|that (?:will |would )?(?:finances?|funds?|raised|raises)|which (?:will |would )?(?:finances?|funds?|raised|raises))\b/i;
const ZH_CONDUIT_BEFORE = /通过[^。；;]{0,24}?$/;
const ZH_CONDUIT_AFTER =
  /^[^。；;]{0,30}?(?:融资|募资|筹集|筹资|募集|筹措|发债|借款|举债|筹得|融得)|^[^。；;，,]{0,6}?[，,]?(?:为|用于|以)[^。；;]{0,24}?(?:融资|筹集|筹资|募资)/;
const ZH_CONDUIT_SETUP_BEFORE = /(?:成立|设立|组建|搭建)(?:了)?(?:一家|一个)?$/;

/** Where a clause starts, for the sponsor (the clause's first organisation). */
const CLAUSE_BREAK = /[;:；：，,。]|\s[-—–]\s|—/g;

function clauseStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(CLAUSE_BREAK)) start = (m.index ?? 0) + m[0].length;
  return start;
}

function clauseEnd(text: string, at: number): number {
  const re = /[;:；：。]|,\s*(?:and|but|so|while)\s|，/g;
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m.index : text.length;
}

/**
 * The sponsor of a vehicle named at `at`: an organisation in the possessive right before it ("xAI's SPV"), else the
 * first organisation of the nearest clause before it that names one ("Meta, the Facebook owner, raised … through a JV").
 */
function sponsorOf(text: string, at: number, orgs: EntityMention[]): string | undefined {
  // …but not a partner ("通过与Blue Owl成立的合资公司": the partner is not the sponsor).
  const poss = [...orgs]
    .reverse()
    .find((m) => m.end <= at && /^(?:'s|’s|的|旗下的?|设立的|成立的|组建的)\s*(?:[\w-]+\s+){0,2}$/.test(text.slice(m.end, at)));
  if (poss && !/(?:与|和|同|跟|\bwith\s+)$/.test(text.slice(Math.max(0, poss.start - 6), poss.start))) return poss.name;
  let end = at;
  for (let guard = 0; guard < 6 && end > 0; guard++) {
    const start = clauseStart(text, end);
    const first = orgs.find((m) => m.start >= start && m.end <= end);
    if (first) return first.name;
    end = Math.max(0, start - 1);
  }
  return undefined;
}

/** The project a counterparty vehicle serves: a product of the sponsor named in the clause ("Colossus 2"). */
function projectOf(
  text: string,
  at: number,
  sponsor: string,
  mentions: EntityMention[],
  ownerOf: (name: string) => string | undefined,
): string | undefined {
  const from = clauseStart(text, at);
  const to = clauseEnd(text, at);
  return mentions.find((m) => m.type === 'product' && m.start >= from && m.end <= to && ownerOf(m.name) === sponsor)?.text;
}

/**
 * The vehicle a sentence introduces, if its role is told (see the module comment). `mentions` are the sentence's
 * own mentions (products as products), offsets relative to the sentence; `ownerOf` gives a product's owner.
 * Example: "Last year it raised $27bn through a joint venture with Blue Owl" (it = Meta) → conduit, party Meta.
 */
export function sentenceVehicle(
  sentence: string,
  mentions: EntityMention[],
  ownerOf: (name: string) => string | undefined = () => undefined,
): Vehicle | undefined {
  const orgs = mentions.filter((m) => m.type === 'org').sort((a, b) => a.start - b.start);
  if (orgs.length === 0) return undefined;
  for (const re of [EN_INTRO, ZH_INTRO]) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      // Not a reference back (该合资公司), and not part of a name ("the Stargate joint venture" names its own party).
      if (/(?:该|这家|此|这一|这个|上述)$/.test(sentence.slice(Math.max(0, at - 2), at))) continue;
      if (orgs.some((o) => o.start < end && at < o.end)) continue;
      const kind: Vehicle['kind'] = /joint|JV|合资|合营/i.test(m[0]) ? 'jv' : 'spv';
      const zh = re === ZH_INTRO;
      // A lessor vehicle names its lessee after it: the lessee is the sponsor, the vehicle a party of its own.
      const lessee = orgs.find((o) => o.start >= end && (zh ? ZH_LESSOR_TO : EN_LESSOR_TO).test(sentence.slice(end, o.start)));
      const sponsor = lessee?.name ?? sponsorOf(sentence, at, orgs);
      if (!sponsor) continue;
      const beforeFrom = Math.max(0, at - 120);
      const before = sentence.slice(beforeFrom, at);
      const after = sentence.slice(end, end + 60);
      // Another organisation named inside the cue, other than a partner or lender ("with Blue Owl", "与Blue Owl"),
      // is whom the money is for ("Apollo is financing xAI's chips through an SPV"): the role is not told, skip.
      const clear = (from: number, to: number) =>
        !orgs.some(
          (o) =>
            o.start >= from &&
            o.end <= to &&
            o.name !== sponsor &&
            !/(?:\bfrom|\bwith|\bincluding|\bled by|\band|与|和|同|跟|、)\s*$/.test(sentence.slice(Math.max(0, o.start - 12), o.start)),
        );
      const cue = (re: RegExp, text: string, offset: number) => {
        const c = re.exec(text);
        return c !== null && clear(offset + c.index, offset + c.index + c[0].length);
      };
      const counterparty =
        lessee !== undefined ||
        (zh ? ZH_COUNTERPARTY_BEFORE.test(before) && ZH_COUNTERPARTY_AFTER.test(after) : EN_COUNTERPARTY.test(before));
      const conduit =
        !counterparty &&
        (zh
          ? (ZH_CONDUIT_BEFORE.test(before) || ZH_CONDUIT_SETUP_BEFORE.test(before)) && cue(ZH_CONDUIT_AFTER, after, end)
          : cue(EN_CONDUIT_BEFORE, before, beforeFrom) || cue(EN_CONDUIT_AFTER, after, end));
      if (!counterparty && !conduit) continue;
      // A vehicle leased from is a party of its own only when it is an SPV; a joint venture has parents of its own.
      if (counterparty && kind === 'jv') continue;
      if (conduit) return { party: sponsor, sponsor, kind, conduit: true };
      const project = projectOf(sentence, at, sponsor, mentions, ownerOf);
      return { party: [sponsor, project, 'SPV'].filter(Boolean).join(' '), sponsor, kind, conduit: false };
    }
  }
  return undefined;
}

/**
 * Mentions standing for the vehicle in a sentence: each reference back ("the vehicle's bonds" → the party), and the
 * vehicle's bare noun ("a special purpose vehicle", 合资公司) in a later sentence, or in the introducing sentence for a
 * counterparty vehicle ("from a special purpose vehicle"); in the sentence introducing a conduit the bare noun is the
 * structure, not a party ("through a joint venture with Blue Owl"). Spans overlapping a named mention are left
 * alone. Returns the mentions to add (offsets relative to the sentence).
 */
export function vehicleMentions(sentence: string, vehicle: Vehicle, mentions: EntityMention[], introducedHere = false): EntityMention[] {
  const spans: { start: number; end: number }[] = [];
  for (const re of [EN_ANAPHOR, ZH_ANAPHOR]) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      // "the venture" / "the JV" / 该合资公司 is a joint venture: not an SPV introduced as a plain vehicle.
      if (vehicle.kind !== 'jv' && /venture|JV|合资|合营/i.test(m[0])) continue;
      // "The vehicle, QTS Cedar Rapids Issuer LLC, plans …": the name in apposition is the party; the noun is no second one.
      const end = (m.index ?? 0) + m[0].length;
      const gap = /^\s*[,，]?\s*/.exec(sentence.slice(end))?.[0].length ?? 0;
      if (mentions.some((x) => x.start === end + gap)) continue;
      spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    }
  }
  if (!vehicle.conduit || !introducedHere) {
    for (const re of [EN_INTRO, ZH_INTRO]) {
      re.lastIndex = 0;
      for (const m of sentence.matchAll(re)) {
        const noun = (re === EN_INTRO ? EN_NOUN : ZH_NOUN).exec(m[0]);
        // A noun of the vehicle's own kind: "a joint venture" near an SPV is another structure.
        if (!noun || /joint|JV|合资|合营/i.test(noun[0]) !== (vehicle.kind === 'jv')) continue;
        const end = (m.index ?? 0) + m[0].length;
        // "a special purpose vehicle (SPV)", "特殊目的实体（SPV）": the abbreviation is the same party.
        const abbr = /^\s*[（(](?:SPV|SPE|JV)[)）]/.exec(sentence.slice(end));
        spans.push({ start: m.index ?? 0, end: end + (abbr ? abbr[0].length : 0) });
      }
    }
  }
  const out: EntityMention[] = [];
  for (const s of spans.sort((a, b) => a.start - b.start)) {
    if ([...mentions, ...out].some((m) => m.start < s.end && s.start < m.end)) continue;
    out.push({ name: vehicle.party, type: 'org', start: s.start, end: s.end, text: sentence.slice(s.start, s.end), match: 'alias' });
  }
  return out;
}

/** A vehicle noun right before its name ("The special purpose vehicle, Panhandle Compute Holdings, …", "an SPV called X"). */
const EN_NAMED_BEFORE =
  /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:new\s+|newly formed\s+)?(?:[Ss]pecial[- ][Pp]urpose (?:[Vv]ehicle|[Ee]ntity|[Cc]ompany)|SPV|SPE|(?:financing\s+|funding\s+|leasing\s+|debt\s+|project\s+)?vehicle|[Jj]oint[- ][Vv]enture|JV|issuer)\s*(?:\([A-Z]{2,3}\)\s*)?(?:,\s*|\s+(?:called|named|known as)\s+)$/;
/** A vehicle noun in apposition after its name ("Lakeshore Compute Holdings LLC, a vehicle that is 80% owned by …"). */
const EN_NAMED_AFTER =
  /^(?:,?\s+(?:LLC|L\.L\.C\.|LP|L\.P\.|Inc\.?|Ltd\.?|Holdings))?\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:special[- ]purpose (?:vehicle|entity|company)|SPV|SPE|vehicle|joint venture|JV)\b/;
const ZH_NAMED_BEFORE = /(?:特殊目的(?:实体|公司|载体)|SPV|合资公司|合资企业|融资载体)(?:[（(]SPV[）)])?(?:名为|即|——|，|,)?\s*$/;
const ZH_NAMED_AFTER = /^(?:[（(][^）)]{0,40}[）)])?(?:这家|该|一家)?(?:特殊目的(?:实体|公司|载体)|SPV|合资公司|合资企业)/;

/**
 * The name of a financing vehicle the sentence names in apposition to a vehicle noun: such a vehicle is a party of its
 * own — whoever lends to it, buys its bonds or puts in equity pays the vehicle, not its sponsor.
 * Example: "The special purpose vehicle, Panhandle Compute Holdings, will be funded with $13.5 billion of debt" →
 * "Panhandle Compute Holdings".
 */
export function namedVehicle(
  sentence: string,
  mentions: EntityMention[],
): { name: string; kind: Vehicle['kind']; start: number; end: number } | undefined {
  for (const m of mentions) {
    if (m.type !== 'org') continue;
    // A known name that only begins the vehicle's legal name ("QTS Cedar Rapids Issuer LLC"): the whole name.
    const longer = VEHICLE_NAME_TAIL.exec(sentence.slice(m.end, m.end + 60));
    const end = m.end + (longer?.[1]?.length ?? 0);
    const name = longer?.[1] ? `${sentence.slice(m.start, end)}` : m.name;
    const before = sentence.slice(Math.max(0, m.start - 60), m.start);
    const after = sentence.slice(end, end + 80);
    const b = EN_NAMED_BEFORE.exec(before) ?? ZH_NAMED_BEFORE.exec(before);
    const a = b ? null : (EN_NAMED_AFTER.exec(after) ?? ZH_NAMED_AFTER.exec(after));
    const noun = (b ?? a)?.[0];
    if (noun) return { name, kind: /joint|JV|合资/i.test(noun) ? 'jv' : 'spv', start: m.start, end };
  }
  return undefined;
}

/** Capitalised words between a name and a legal suffix: the rest of a vehicle's legal name ("Cedar Rapids Issuer" LLC). */
const VEHICLE_NAME_TAIL = /^((?:\s+[A-Z][\w&-]*){1,4})(?=,?\s+(?:LLC|L\.L\.C\.|LP|L\.P\.|Ltd|Inc)\b)/;
