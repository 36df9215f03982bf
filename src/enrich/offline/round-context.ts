/**
 * What a round's sources put beside the round (decision 128): its valuation against the last round's
 * (`The valuation is double the $1.5 billion at which the company was valued in its previous round` →
 * 估值30亿美元，较上一轮的15亿美元翻倍) and who led it (`Lightspeed Venture Partners led the round` → 由Lightspeed领投).
 * A template story of a round said only its size and valuation; these are the source's own lead. Pure functions of the
 * story's facts, its deal edges and their sentences.
 */
import type { Claim, DealEdge, Figure } from '../../types/index.js';
import type { StoryFact } from './facts.js';
import { figureClause } from './story-templates.js';

/** A valuation the sentence gives as the last round's. */
const PRIOR_ROUND =
  /\b(?:raised|closed|completed) its (?:Series|series) [A-Z]\b|\b(?:previous|last|prior|preceding|earlier)\s+(?:(?:funding|financing|fundraising|private)\s+)?(?:round|raise|fundraising|funding)\b|上一轮|上轮|前一轮|上一次融资|前次融资/iu;
/** A valuation the sentence gives as an earlier one (`up from 25 billion yuan a year earlier`, `此前估值`). */
const PRIOR_TIME =
  /\bup from\b|\bfrom\s+(?:about\s+|roughly\s+|around\s+)?[$€£¥]?[\d.,]+\s*(?:billion|million|bn|m)?\b[^.;]{0,30}\b(?:earlier|ago|previously|before)\b|\b(?:a year|\w+ months?) (?:earlier|ago)\b|\bpreviously\b|此前|去年|一年前/iu;
/** The sentence says the valuation fell against the earlier one. */
const DOWN = /\b(?:down|below|lower|less than|cut|slashed|fell|dropped)\b|下降|低于|下调|缩水|腰斩/iu;
/** Words before a figure that make it an earlier round's (`Corvane last raised $250 million … at a $2.1 billion valuation`). */
const EARLIER_BEFORE =
  /\b(?:last|previously|earlier|once|had been)\s+(?:raised|valued|priced)\b|\bwas valued at\b[^.;]{0,20}\bin\b|此前|上一轮|上轮/iu;
/** The sentence says the new valuation doubles the old one. */
const DOUBLED = /\bdoubl(?:e|ed|es|ing)\b|\btwice\b|翻倍|翻了一番|翻番/iu;

/** The valuation the lead's is set against, and how the source words the change. */
export interface PriorValuation {
  fact: StoryFact;
  /** The source calls it the previous round's (上一轮), not just an earlier value (此前). */
  round: boolean;
  /** The source says the valuation doubled it, and the two values agree (1.8× to 2.2×). */
  doubled: boolean;
}

const amountOf = (f: Figure): number | undefined =>
  f.value ?? (f.low !== undefined && f.high !== undefined ? (f.low + f.high) / 2 : undefined);

/**
 * The earlier valuation of the lead valuation's owner its own sentence gives as the last round's or an earlier one.
 * @example priorValuation(valued30bn, facts) // → { fact: valued15bnPreviousRound, round: true, doubled: true }
 */
export function priorValuation(valued: StoryFact, facts: readonly StoryFact[]): PriorValuation | undefined {
  const now = amountOf(valued.figure);
  if (now === undefined || valued.claim.metric !== 'valuation') return undefined;
  for (const f of facts) {
    if (f === valued || f.claim.metric !== 'valuation' || f.claim.subject !== valued.claim.subject) continue;
    if (f.figure.kind !== 'money' || f.figure.currency !== valued.figure.currency || f.rumoured || f.hedged) continue;
    const then = amountOf(f.figure);
    if (then === undefined || then <= 0 || then === now) continue;
    // A round is worth more than the last unless the source says less (`down from`, `below`, 低于): a higher value is
    // the one a sentence compares with (`$10.2 billion, roughly five times … its last round`), not the earlier one.
    if (then > now && !DOWN.test(f.sentence)) continue;
    const round = PRIOR_ROUND.test(f.sentence);
    if (!round && !PRIOR_TIME.test(f.sentence)) continue;
    // The earlier value is the sentence's (`double the $1.5 billion …`), not another figure's of it.
    if (!f.past && f.claim.period === valued.claim.period && !round) continue;
    const ratio = now / then;
    return { fact: f, round, doubled: DOUBLED.test(f.sentence) && ratio >= 1.8 && ratio <= 2.2 };
  }
  return undefined;
}

/** A round in talks or sought (正洽谈融资, 拟融资): its lead investor and valuation are not settled facts to add. */
const TALKS = /洽谈|拟|或将|寻求/u;

/** `led by A and B`, `A led the round`, `co-led by`, `A领投`. */
const LED_BY = /\b(?:co-)?led by\b/i;
const LED_AFTER = /^[^.;,]{0,40}?\b(?:(?:co-)?led|leads|is leading|was leading)\b(?!\s+by)/i;
const LED_ZH = /^[^，。；]{0,16}?(?:领投|牵头)/u;

/**
 * The investors the round's sentences name as its lead: the payers of invest edges into the company whose sentence says
 * they led (`in a round led by Nvidia`, `Lightspeed led the round`, `由深创投领投`). In the edges' order, each once.
 * @example roundLeads(deals, 'Quillmark AI') // → ['Lightspeed']
 */
export function roundLeads(deals: readonly DealEdge[], subject: string): string[] {
  const leads: string[] = [];
  for (const d of deals) {
    if (d.kind !== 'invest' || d.to !== subject || d.status !== undefined || leads.includes(d.from)) continue;
    const at = d.sentence.indexOf(d.from);
    if (at < 0) continue;
    const before = d.sentence.slice(Math.max(0, at - 60), at);
    const after = d.sentence.slice(at + d.from.length);
    const byAt = before.search(LED_BY);
    // `led by A` (and `led by A and B`, `led by A, with B`): nothing but names between the phrase and the payer.
    const byLed = byAt >= 0 && !/[.;]|\b(?:with|from|including|valu\w+|at)\b/i.test(before.slice(byAt + 6));
    if (byLed || LED_AFTER.test(after) || LED_ZH.test(after)) leads.push(d.from);
  }
  return leads;
}

/** What the lead of a round needs to say who led it and the last round's valuation. */
export interface RoundLeadInput {
  /** The lead clause as built (融资5亿美元，估值30亿美元). */
  event: string;
  /** The clause before the title's second figure was added (融资5亿美元), when one was. */
  base: string | undefined;
  /** The lead's facts: the event's own and the title's second figure. */
  lead: readonly (StoryFact | undefined)[];
  facts: readonly StoryFact[];
  deals: readonly DealEdge[];
  /** The Chinese name of an entity. */
  name: (entity: string) => string;
  /** A figure as Chinese writers write it. */
  render: (figure: Figure) => string;
  /** The story templates' sentences (roundLed, priorRound, priorRoundDoubled). */
  sentences: Readonly<Record<string, string>>;
  fill: (template: string, vars: Record<string, string>) => string;
  /** Whether a figure is its owner's value now (not the value before a change its sentence reports). */
  current: (fact: StoryFact) => boolean;
}

/**
 * The lead of a round with who led it after the round's clause and the last round's valuation after the valuation:
 * `Quillmark AI融资5亿美元，估值30亿美元` → `Quillmark AI融资5亿美元，由Lightspeed领投，估值30亿美元，较上一轮的15亿美元翻倍`.
 * Returns the clause and the facts it now tells (the earlier valuation); the clause unchanged when there is nothing to add.
 */
export function roundLead(input: RoundLeadInput): { event: string; told: StoryFact[] } {
  const { facts, sentences, render } = input;
  let event = input.event;
  const told: StoryFact[] = [];
  const round = input.lead.find((f) => f?.claim.metric === 'funding');
  const led = sentences.roundLed;
  if (round && led) {
    const names = roundLeads(input.deals, round.claim.subject)
      .map(input.name)
      .filter((n) => n !== '' && !event.includes(n));
    // A round in talks names no lead as settled (the lead says 正洽谈 / 拟 already; its investors may still change).
    if (names.length > 0 && names.length <= 3 && !TALKS.test(event)) {
      // `co-led by A and a state fund`: a lead the gazetteer cannot name stays in 等, the lead is joint (联合领投).
      const co = input.deals.some((d) => d.to === round.claim.subject && /\bco-led\b|联合领投|共同领投/iu.test(d.sentence));
      const joined = names.length === 2 ? names.join('和') : names.join('、');
      const leads = co ? `${joined}${names.length === 1 ? '等' : ''}联合` : joined;
      const at = input.base && event.startsWith(input.base) ? input.base.length : event.length;
      event = `${input.fill(led, { clause: event.slice(0, at), leads })}${event.slice(at)}`;
    }
  }
  // A lead with the round and no valuation takes the round's current valuation from further down its report (`The
  // company was valued at 40 billion yuan after the round`): the source's own measure of the round.
  let valued = input.lead.find((f) => f?.claim.metric === 'valuation');
  const also = sentences.also;
  if (!valued && round && also && !TALKS.test(event) && event.endsWith(render(round.figure))) {
    const current = facts.find(
      (f) =>
        f.claim.metric === 'valuation' &&
        f.claim.subject === round.claim.subject &&
        f.figure.kind === 'money' &&
        !f.past &&
        !f.rumoured &&
        !f.hedged &&
        input.current(f) &&
        // The round's own moment: no other period, no earlier round's words before it.
        (f.claim.period === round.claim.period || f.claim.period === 'unknown') &&
        !PRIOR_ROUND.test(figureClause(f.sentence, f.figure.text)) &&
        !EARLIER_BEFORE.test(f.sentence.slice(0, Math.max(0, f.sentence.indexOf(f.figure.text)))),
    );
    if (current) {
      event = input.fill(also, { clause: event, metric: '估值', amount: render(current.figure) });
      told.push(current);
      valued = current;
    }
  }
  const prior = valued ? priorValuation(valued, facts) : undefined;
  const template = prior?.doubled ? sentences.priorRoundDoubled : sentences.priorRound;
  if (valued && prior && template && event.endsWith(render(valued.figure))) {
    event = input.fill(template, { clause: event, earlier: prior.round ? '上一轮' : '此前', amount: render(prior.fact.figure) });
    told.push(prior.fact);
  }
  return { event, told };
}

/**
 * The company a round's figure filed under one of its investors went into: the subject of the story's larger round of
 * the same currency (`Furion raised 600 billion won` beside `Korea Development Bank provided 150 billion won of the
 * funding`). Undefined when the story holds no other round.
 * @example roundRaiser(claims, 'Korea Development Bank', { value: 150e9, currency: 'KRW' }) // → 'Furion'
 */
export function roundRaiser(
  claims: readonly Pick<Claim, 'subject' | 'metric' | 'statements'>[],
  subject: string,
  figure: Pick<Figure, 'value' | 'currency'>,
): string | undefined {
  const own = figure.value;
  if (own === undefined) return undefined;
  const round = claims.find(
    (c) =>
      c.metric === 'funding' &&
      c.subject !== subject &&
      c.statements.some((v) => v.figure.currency === figure.currency && (v.figure.value ?? v.figure.high ?? 0) > own),
  );
  return round?.subject;
}
