/**
 * Financing vehicles (special purpose vehicles, joint ventures set up to borrow): a text that names one ('Harbor
 * Compute Funding LLC, a vehicle controlled by Apollo', 'The vehicle, Harbor Compute Funding LLC, will …') gives it the
 * figures of the clauses whose subject is the vehicle ('A special purpose vehicle financing an Oracle campus sold $10
 * billion of bonds', 'The venture expects the campus to cost about $20 billion'), not to the sponsor named inside the
 * phrase. A bond issued by a named unit ('raise 100 billion yen through a bond issued by its subsidiary, X') is X's.
 */
import type { EntityMention } from '../../types/entity.js';
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';

/** The nouns for a financing vehicle. */
const NOUN = String.raw`(?:special[- ]purpose\s+(?:vehicle|entity|company)|financing\s+vehicle|vehicle|SPV|joint\s+venture|venture)`;
const NOUN_ZH = '(?:特殊目的载体|特殊目的實體|特殊目的实体|特殊目的公司|融资平台|SPV)';

/** After a name: ', a vehicle controlled by …', ' LLC, a sister vehicle that …', '（特殊目的载体）'. */
const DESCRIBED_AFTER = new RegExp(
  String.raw`^(?:\s+(?:LLC|L\.L\.C\.|LP|L\.P\.|Ltd\.?|Inc\.?|Co\.?))?(?:\s+(?:[IVX]{1,4}|\d{1,2}))?(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}${NOUN}\b|\s*[（(]\s*${NOUN_ZH}\s*[）)])`,
  'iu',
);
/** Before a name: 'The vehicle, ', 'the vehicle, provisionally called ', '特殊目的载体'. */
const DESCRIBED_BEFORE = new RegExp(
  String.raw`(?:\b(?:the|a|this)\s+(?:[\w-]+\s+){0,2}${NOUN}(?:,\s+(?:(?:provisionally|tentatively|to\s+be)\s+)?(?:(?:called|named|known\s+as)\s+)?|\s+(?:called|named|known\s+as)\s+)|${NOUN_ZH}\s*)$`,
  'iu',
);

/** The organisations a text describes as financing vehicles, in text order (each once). */
export function namedVehicles(text: string, mentions: readonly EntityMention[]): string[] {
  const out: string[] = [];
  for (const m of mentions) {
    if (m.type !== 'org' || out.includes(m.name)) continue;
    const after = text.slice(m.end, m.end + 60);
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if (DESCRIBED_AFTER.test(after) || DESCRIBED_BEFORE.test(before)) out.push(m.name);
  }
  return out;
}

/**
 * A clause whose subject is a vehicle phrase: it opens the clause (after a dateline, an article or a sponsor's
 * possessive: "(Wire) -- A special purpose vehicle financing …", "Meta's joint venture for …", 'The venture expects …').
 */
const HEAD = new RegExp(
  String.raw`^[\s"“]*(?:\([A-Za-z .]+\)\s*[-—–]+\s*|[A-Z][A-Z .,]+[-—–]+\s*)?(?:(?:[Aa]|[Aa]n|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+|(?:[A-Z][\w.&-]*\s+){0,4}?[A-Z][\w.&-]*['’]s\s+)(?:(?:new|proposed|planned|sister)\s+)?${NOUN}\b`,
  'u',
);
/** 'A CoreWeave subsidiary has closed …', 'The Meta unit will borrow …': an unnamed unit of a sponsor as a clause's subject. */
const UNIT_HEAD = /^[\s"“]*(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w.&-]*\s+){1,3})(?:subsidiary|unit|affiliate)\b/u;

/**
 * Where the vehicle phrase opening a sentence ends: at its verb ('… data center will borrow', '… has closed'), the
 * offset in `rest` (the text after the phrase's noun); names before it describe the vehicle ('the vehicle xAI is
 * setting up to finance chips … will borrow').
 */
function phraseVerbAt(rest: string): number {
  // ', which would be held 55% by A and 45% by B,': a relative clause describing the vehicle is part of the phrase.
  const relative = /^\s*,\s*(?:which|that)\b[^,;.]*,/.exec(rest)?.[0].length ?? 0;
  const m =
    /\b(?:will|would|has|have|had|is\s+(?:expected|set|planning|seeking)|plans|agreed|borrowed|raised|sold|issued|priced|closed)\b/.exec(
      (' '.repeat(relative) + rest.slice(relative)).replace(/\bis\s+setting\s+up\b|\bis\s+forming\b|\bhas\s+set\s+up\b/g, (w) =>
        ' '.repeat(w.length),
      ),
    );
  return m ? m.index : relative;
}

/** '… a special purpose vehicle with Macquarie that would raise roughly …': a relative clause of the vehicle raising money. */
const RAISES = new RegExp(
  String.raw`\b${NOUN}\b(?:[^.;,]|\.(?=\s+[a-z]))*?\b(?:that|which)\s+(?:(?:would|will|could|is\s+expected\s+to|plans\s+to)\s+)?(?:raise|borrow|sell|issue|take\s+on)\b[^.;,\d]{0,30}$`,
  'iu',
);
/** After an amount of debt: '… through a bond issued by its data center subsidiary, ' (then the issuer's name). */
const ISSUED_BY =
  /^[^.;。；]{0,60}?\b(?:issued|sold|placed)\s+by\s+(?:(?:its|the|a|their)\s+(?:[\w-]+\s+){0,3}(?:subsidiary|unit|affiliate|vehicle|arm),?\s+)?$/i;
/** After an amount of debt: '… project-finance loan for ' (then the borrower's name). */
const LOAN_FOR = /^\s*(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:loan|loans|credit\s+facility|facility|financing)\s+(?:for|to)\s+$/i;

/**
 * The vehicle a figure belongs to, or undefined: the text's first named vehicle when the figure's clause (or, when the
 * clause names no one before it, its sentence) has a vehicle phrase as its subject; the named issuer of a bond.
 */
export function vehicleSubject(
  text: string,
  fig: Figure,
  clause: Span,
  sentence: Span,
  candidates: readonly EntityMention[],
  vehicles: readonly string[],
  debt: boolean,
): string | undefined {
  if (debt) {
    const gap = (m: EntityMention) => text.slice(fig.end, m.start);
    const issuer = candidates.find((m) => m.start >= fig.end && m.end <= sentence.end && (ISSUED_BY.test(gap(m)) || LOAN_FOR.test(gap(m))));
    if (issuer) return issuer.name;
  }
  const vehicle = vehicles[0];
  if (!vehicle) return undefined;
  const ownClause = text.slice(clause.start, fig.start);
  // A relative clause ('…, which will pay …') has a subject of its own.
  if (/^\s*(?:which|who|that)\b/i.test(ownClause)) return undefined;
  // '… a campus that Oracle has agreed to lease, with annual rent of …': someone acting in a relative clause of the
  // sentence before the figure is who the figure is about.
  const actsBefore = candidates.some(
    (m) =>
      m.start >= sentence.start &&
      m.end <= fig.start &&
      /\b(?:that|which|where|whom)\s+$/i.test(text.slice(Math.max(sentence.start, m.start - 8), m.start)),
  );
  if (actsBefore) return undefined;
  if (HEAD.test(ownClause) || RAISES.test(ownClause)) return vehicle;
  // 'A CoreWeave subsidiary has closed a $7.2 billion loan … was taken out by CoreWeave Compute Acquisition Co. VIII, a
  // special-purpose vehicle': an unnamed unit of a sponsor borrowing is the vehicle the text names.
  const unit = debt ? UNIT_HEAD.exec(ownClause) : null;
  if (unit) {
    const sponsor = (unit[1] as string).trim();
    const own = vehicles.find((v) => v.startsWith(`${sponsor} `));
    if (own) return own;
  }
  // A later clause naming no one continues the sentence's subject, unless an earlier clause names someone acting
  // after the vehicle phrase ('The SPV will own a campus that Oracle has agreed to lease, with annual rent of …').
  // A sponsor named inside the opening vehicle phrase ('The special purpose vehicle xAI is setting up … will borrow
  // $12.5 billion, split between $8 billion of notes and …') only describes the vehicle.
  const opening = HEAD.exec(text.slice(sentence.start, clause.start));
  const phraseEnd = opening
    ? sentence.start + opening[0].length + phraseVerbAt(text.slice(sentence.start + opening[0].length, clause.start))
    : -1;
  const namesBefore = candidates.some(
    (m) => m.start >= sentence.start && m.end <= fig.start && !(m.start >= sentence.start && m.end <= phraseEnd),
  );
  if (!namesBefore && clause.start > sentence.start && opening) return vehicle;
  return undefined;
}

/** Before a name that issued a bond: 'The notes were issued by ', '… issued by its data center subsidiary, '. */
const ISSUER_BEFORE =
  /\b(?:issued|sold|placed|offered)\s+by\s+(?:(?:its|the|a|their)\s+(?:[\w-]+\s+){0,3}(?:subsidiary|unit|affiliate|vehicle|arm),?\s+)?$/i;

/**
 * The organisations a text names as a bond's issuer, in text order: its named financing vehicles and the names right
 * after 'issued by' ('through a yen bond issued by its data center subsidiary, SC Data Centers').
 */
export function bondIssuers(text: string, mentions: readonly EntityMention[], vehicles: readonly string[]): EntityMention[] {
  return mentions.filter(
    (m) => m.type === 'org' && (vehicles.includes(m.name) || ISSUER_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))),
  );
}

/** A bond's own rate right before a percent: 'carry coupons of ', 'priced to yield about ', 'a 20-year tranche, yielding '. */
const RATE_BEFORE =
  /\b(?:coupons?|yield|yields|yielding|interest\s+rates?)\s+(?:of\s+)?(?:(?:about|around|roughly|some|nearly|almost)\s+)?(?:[\d.]+\s*(?:%|per\s*cent|percent)\s*(?:,\s*|\s+and\s+))*$/i;
/** The bonds as the sentence's topic: 'The five-year and 10-year notes', 'the securities', 'the investment-grade notes'. */
const THE_BONDS = /\b(?:the|those|these)\s+(?:[\w-]+\s+){0,4}(?:notes|bonds|securities|tranches?|debentures)\b/i;

/**
 * The issuer a bond's coupon or yield belongs to, or undefined: a percent right after a rate word ('carry coupons of
 * 1.42% and 2.05%', 'priced to yield about 6.4%') in a sentence speaking of the bonds ('The notes …', '… of the
 * securities, which …') is the rate of the issuer the text named last before it, not of the buyer, the sponsor or the
 * tenant named in the sentence.
 */
export function bondRateIssuer(text: string, fig: Figure, sentence: Span, issuers: readonly EntityMention[]): string | undefined {
  if (fig.kind !== 'percent' || !issuers.length) return undefined;
  const lead = text.slice(sentence.start, fig.start);
  if (!RATE_BEFORE.test(lead) || !THE_BONDS.test(lead)) return undefined;
  return issuers.filter((m) => m.end <= fig.start).pop()?.name;
}
