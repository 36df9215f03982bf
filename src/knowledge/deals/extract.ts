/** Deal extraction: directed payer → payee edges from one sentence, by the patterns of data/deal-patterns.json. */
import type { EntityMention } from '../../types/entity.js';
import type { Figure } from '../../types/figure.js';
import type { DealEdge, DealKind } from '../../types/knowledge.js';
import { HAN } from '../../util/han.js';
import { type CompiledPattern, type CompiledPatterns, defaultPatterns } from './patterns.js';
import { tokenizeSentence } from './tokens.js';
import { type Vehicle, vehicleMentions } from './vehicles.js';

const LATIN_WORD = /[a-z]{3}/i;
/** Characters after a symmetric deal's match read for the goods it is about ("a supply agreement with AMD for HBM4"). */
const GOODS_AFTER = 40;
/** A deal for cloud capacity or compute: who makes the chips inside does not tell who pays. */
const CAPACITY_DEAL = /\b(?:cloud|compute|computing|capacity|hosting|data[- ]cent(?:er|re)s?)\b|云|算力|数据中心|机房/i;

/**
 * The party of a symmetric deal that makes the goods it names, when exactly one does ("SK Hynix signed a supply agreement
 * with AMD for HBM4": SK Hynix makes memory, so AMD pays it); undefined for cloud / compute deals, for goods neither or
 * both make, and for text naming no goods.
 */
export function goodsMaker(table: CompiledPatterns, text: string, a: string, b: string): string | undefined {
  if (CAPACITY_DEAL.test(text)) return undefined;
  const makes = (name: string): boolean => table.makers.some((m) => m.names.has(name.toLowerCase()) && m.goods.test(text));
  const ma = makes(a);
  const mb = makes(b);
  return ma === mb ? undefined : ma ? a : b;
}
/**
 * A power-purchase deal: the subject buys power (data-centre operators sign them with utilities), so a symmetric pattern's
 * provider rule (a cloud is paid) does not apply; the `*-power-purchase` patterns read such deals.
 */
const POWER_DEAL =
  /\bpower[- ]purchase\b|\bPPAs?\b|\b(?:power|electricity|energy)[- ]supply (?:agreement|deal|contract)|购电|电力采购|供电协议|供电合同/i;

/** Characters of the clause after a tentative match read for a denial or an end of talks ("… were dismissed by both"). */
const DENIAL_AFTER = 48;

/** The rest of a match's clause (to the next comma, semicolon or stop), at most DENIAL_AFTER characters, tokens blanked. */
function clauseAfter(view: string, end: number): string {
  return (/^[^,，;；。]*/.exec(view.slice(end))?.[0] ?? '').slice(0, DENIAL_AFTER).replace(/⟦[EMPN]\d+⟧/g, ' ');
}

/** Characters of a Chinese clause after a match read for a rumour word (…采购的加速卡金额或将超过…, …的金额可能上看…). */
const ZH_HEDGE_AFTER = 12;
/** Characters before a match also checked for blockers ("传闻英伟达将…", "denied that Nvidia …"). */
const BLOCKER_LOOKBEHIND = 24;

const stagesOf = new WeakMap<CompiledPatterns, CompiledPattern[][]>();
/**
 * The table's patterns in the order they are tried: those naming a payee, then anaphoric deals paying the provider of a
 * deal stated before ("…, while B signed a smaller deal worth …"), then investor clauses without a payee.
 */
function patternStages(table: CompiledPatterns): CompiledPattern[][] {
  let stages = stagesOf.get(table);
  if (stages === undefined)
    stagesOf.set(
      table,
      (stages = [
        table.patterns.filter((p) => !p.payeeFromTopic && !p.payeeFromProvider && !p.payeeFromFocus),
        table.patterns.filter((p) => p.payeeFromProvider || p.payeeFromFocus),
        table.patterns.filter((p) => p.payeeFromTopic),
      ]),
    );
  return stages;
}

/** Deal kinds whose payee is a supplier: what "a separate deal" / "a smaller deal" said next is with. */
const SUPPLY_KINDS = new Set<DealKind>(['cloud-contract', 'purchase']);

/** All matches of a pattern: sticky attempts at entity tokens when the pattern starts with one, else a full scan. */
function matchesOf(p: CompiledPattern, text: string, entityStarts: number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (p.sticky) {
    let end = 0;
    for (const at of entityStarts) {
      if (at < end) continue;
      p.sticky.lastIndex = at;
      const m = p.sticky.exec(text);
      if (m) {
        out.push(m);
        end = at + m[0].length;
      }
    }
    return out;
  }
  p.re.lastIndex = 0;
  for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) p.re.lastIndex++;
  }
  return out;
}

function tokenIndices(s: string | undefined, letter: string): number[] {
  if (!s) return [];
  const re = new RegExp(`⟦${letter}(\\d+)⟧`, 'g');
  return [...s.matchAll(re)].map((m) => Number(m[1]));
}

/** Words that open a coordinated clause sharing the sentence's subject ("Nvidia owns 7% of X and has agreed to buy …"). */
const EN_CLAUSE =
  /(?:,\s*|\s+)(?:and|but)\s+(?=(?:also\s+|then\s+|later\s+|separately\s+)?(?:has|have|had|will|would|is|was|agreed|agrees|committed|commits|signed|signs|pledged|plans|promised|buy|buys|bought|purchases|purchased|orders|ordered|lease|leases|leased|rent|rents|rented|sell|sells|sold|supply|supplies|supplied|lend|lends|lent)\b)/g;
/** A comma and a past-tense deal verb: one more verb phrase of the same subject ("…, signed contracts with X, and struck …"). */
const EN_VERB_LIST =
  /,\s*(?:and\s+)?(?=(?:signed|struck|inked|agreed|committed|pledged|bought|ordered|invested|acquired|took|owns|holds|spent|backed|led|joined)\b)/g;
/** A pronoun subject opening a clause: "it" / "they" is the sentence's subject ("…, it owns 6% of CoreWeave"). */
const EN_PRONOUN = /(?:[,;:]\s*|\s+)(?:and\s+|but\s+|while\s+|so\s+)?(?:it|they)\s+(?=[a-z])/g;
const ZH_CLAUSE =
  /[，,]\s*(?:并且|并|且|同时|还|此外还|(?=(?:将|拟|计划|也将|亦将)(?:向|从|采购|购买|租用|投资|出资|认购|入股)))\s*(?!⟦E)/g;
/** "A, which in turn …": the relative clause's subject is the party named just before. */
const RELATIVE = /(⟦E\d+⟧)(?:'s)?\s*,\s*(?:which|who)\s+(?:in turn\s+|also\s+|then\s+|itself\s+)*/g;
/** "its / their chips" after a buying verb: the goods of the sentence's subject ("in exchange for OpenAI buying their GPUs"). */
const EN_THEIR_GOODS =
  /\b(?:buying|buy|buys|bought|purchasing|purchase|purchases|purchased|deploying|deploy|deploys|ordering|order|orders)\s+(?:its|their)\s+(?=(?:[\w-]+\s+)?(?:chips?|GPUs?|processors?|accelerators?|TPUs?|servers?|systems|hardware)\b)/g;
/** "the company" as the object of a deal preposition: the company the sentence opened with. */
const COMPANY_OBJECT = /\b(in|into|to|from|of)\s+the\s+(?:company|start-?up|firm|lab|developer|chipmaker|chip-maker|group)\b(?!'s)/g;
const ZH_COMPANY_OBJECT = /(向|对|从|与|和)(?:该公司|该初创公司|这家公司)/g;
/** "与其 / 向其 …": 其 (it) after a preposition points at the last party named before the clause. */
const ZH_ITS = /(与|和|同|向|从|对|为|给)其/g;

/**
 * A non-restrictive phrase between a name and its verb ("⟦E0⟧, the Shanghai-based developer founded by former ⟦E1⟧
 * researchers, has raised …", "⟦E0⟧, which managed ⟦M0⟧ in assets, has pledged …"): the verb belongs to the name before
 * the phrase, so the phrase (and any name inside it) is dropped.
 */
const APPOSITIVE =
  /(⟦E\d+⟧)\s*,\s*(?:which|who|whose|(?:in|of|at|from|to) (?:which|whom)|the|a|an|its|one of|itself|formerly|previously)\s[^,;:。；]{1,110}?,\s*(?=(?:(?:also|now|still|already|in turn|separately|itself)\s+)*(?:has|have|had|will|would|is|are|was|were|plans?|planned|agreed|agrees|contribut\w+|invest\w*|put|puts|putting|committ?\w*|pledg\w+|led|leads|bought|buys|signed|signs|holds|owns|took|takes|raised|raises|provid\w+|lent|lends|said|says|announced|announces)\b)/g;

/** A description before a name in apposition ("The vehicle, ⟦E0⟧, will own …"): the name is the subject. */
const PRE_APPOSITIVE =
  /(?:^|(?<=[,;:]\s*))(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?(?:vehicle|SPV|entity|venture|JV|issuer|subsidiary|unit|fund|company|start-?up|lab),\s*(⟦E\d+⟧)\s*,\s*(?=(?:(?:also|now|still|already)\s+)*(?:has|have|had|will|would|is|are|was|were|plans?|agreed|agrees)\b)/g;

/** Entity token indices named only inside an appositive ("founded by former ⟦E1⟧ researchers"). */
function appositiveOnly(text: string): Set<number> {
  const inside = new Set<number>();
  for (const re of [PRE_APPOSITIVE, APPOSITIVE]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) for (const t of m[0].slice(m[1]?.length ?? 0).matchAll(/⟦E(\d+)⟧/g)) inside.add(Number(t[1]));
  }
  const plain = withoutAppositives(text);
  for (const t of plain.matchAll(/⟦E(\d+)⟧/g)) inside.delete(Number(t[1]));
  return inside;
}

export function withoutAppositives(text: string): string {
  return text.replace(PRE_APPOSITIVE, '$1 ').replace(APPOSITIVE, '$1 ');
}

/** A money amount right after a name, maybe after an appositive ("⟦E1⟧ ⟦M1⟧", "⟦E2⟧, a Tokyo fund …, ⟦M2⟧", "⟦E1⟧约⟦M1⟧"). */
const GAPPED_ITEM =
  /^(?:\s*[,，、;；]\s*(?:and\s+|以及|及|和)?|\s+and\s+|\s*(?:以及|及|和)\s*)(⟦E\d+⟧)(?:\s*,\s*(?:an?|the)\s[^,;⟦]{1,80},)?\s*((?:(?:about|around|roughly|approximately|nearly|some|up to|as much as|more than|at least|another|a further|约|大约|近|超过|逾|达|共|合计)\s*)*)(⟦M\d+⟧)(?=\s*(?:[,，、;；。.]|and\b|以及|及|和|$))/;
/** A name, its verb phrase, then an amount: the conjunct whose verb a gapped list shares ("⟦E0⟧ plans to put in ⟦M0⟧"). */
const GAP_HEAD =
  /(⟦E\d+⟧)((?:(?!⟦[EMPN])[^,，、;；。.]){1,40}?)(?:(?:about|around|roughly|approximately|nearly|some|up to|as much as|more than|at least|约|大约|近|超过|逾|达)\s*)*(⟦M\d+⟧)/g;
/** "invest ⟦M0⟧ in ⟦E1⟧ and ⟦M1⟧ in ⟦E2⟧": the second amount and object share the first's verb. */
const GAPPED_OBJECT =
  /(⟦M\d+⟧)\s+(?:in|into|to|for)\s+(?:(?!⟦)[^,;。；]){0,40}?⟦E\d+⟧\s*,?\s*(?:and|as well as|plus)\s+(?:another\s+|a further\s+)?(?=⟦M\d+⟧\s+(?:in|into|to|for)\s)/g;

/**
 * The conjuncts of a gapped list, each with the shared verb put back: "⟦E0⟧ plans to put in ⟦M0⟧, ⟦E1⟧ about ⟦M1⟧, and
 * ⟦E2⟧, a Tokyo fund, ⟦M2⟧" → "⟦E1⟧ plans to put in about ⟦M1⟧", "⟦E2⟧ plans to put in ⟦M2⟧"; "其中⟦E0⟧认购⟦M0⟧、⟦E1⟧⟦M1⟧"
 * → "⟦E1⟧认购⟦M1⟧"; "invest ⟦M0⟧ in ⟦E1⟧ and ⟦M1⟧ in ⟦E2⟧" → "invest ⟦M1⟧ in ⟦E2⟧".
 */
export function gappedConjuncts(text: string): string[] {
  const out: string[] = [];
  for (const h of text.matchAll(GAP_HEAD)) {
    const verb = h[2] ?? '';
    // The shared part must hold a verb, not just a preposition or a comma ("⟦E0⟧ ⟦M0⟧").
    if (!/[a-z]{3}|[\u4e00-\u9fff]/i.test(verb)) continue;
    let rest = text.slice((h.index ?? 0) + h[0].length);
    for (let m = GAPPED_ITEM.exec(rest); m; m = GAPPED_ITEM.exec(rest)) {
      out.push(`${m[1]}${verb}${m[2] ?? ''}${m[3]}`);
      rest = rest.slice(m[0].length);
    }
  }
  GAPPED_OBJECT.lastIndex = 0;
  if (GAPPED_OBJECT.test(text)) {
    GAPPED_OBJECT.lastIndex = 0;
    out.push(text.replace(GAPPED_OBJECT, ''));
  }
  return out;
}

/**
 * Views of a tokenized sentence to match patterns on: the sentence itself, then each coordinated clause with the
 * sentence subject put in front (and Chinese 其 resolved to the party named last before the clause), and each
 * relative clause with the party it is about in front.
 * Example: "⟦E0⟧持有⟦E1⟧约⟦P0⟧的股份，并与其签署了…" → also "⟦E0⟧与⟦E1⟧签署了…".
 */
interface View {
  text: string;
  /** The original text before a clause view's cut, checked for blockers too ("denied that it had agreed …"). */
  before: string;
}
/** Two names, then (in the same clause) two amounts, told "respectively" (分别 / 各自 / respectively). */
const RESPECTIVE =
  /(⟦E\d+⟧)(\s*(?:,\s*)?(?:和|与|及|、|and)\s*)(⟦E\d+⟧)([^。；;⟦]{0,40}?(?:⟦E\d+⟧[^。；;⟦]{0,12}?)?)(⟦[MP]\d+⟧)(\s*(?:,\s*)?(?:和|与|及|、|and)\s*)(⟦[MP]\d+⟧)/;
const RESPECTIVELY = /分别|各自|\s*,?\s*respectively\b/g;

/**
 * "⟦E0⟧和⟦E1⟧分别持有⟦E2⟧⟦P0⟧和⟦P1⟧的股权", "⟦E0⟧ and ⟦E1⟧ will own ⟦P0⟧ and ⟦P1⟧ of ⟦E2⟧, respectively": one view per
 * name with its own amount ("⟦E0⟧持有⟦E2⟧⟦P0⟧的股权", "⟦E1⟧持有⟦E2⟧⟦P1⟧的股权"); none when nothing says "respectively".
 */
export function respectiveViews(text: string): string[] {
  RESPECTIVELY.lastIndex = 0;
  if (!RESPECTIVELY.test(text)) return [];
  const m = RESPECTIVE.exec(text);
  if (!m) return [];
  const [all, a, , b, mid, x, , y] = m as unknown as string[];
  const head = text.slice(0, m.index);
  const tail = text.slice(m.index + (all?.length ?? 0));
  return [
    [a, x],
    [b, y],
  ].map(([name, amount]) => `${head}${name}${mid}${amount}${tail}`.replace(RESPECTIVELY, ''));
}

/** A name glued to a participle that makes it a description of goods, not a party ("⟦E1⟧-powered servers", "⟦E1⟧-based"). */
const NAME_MODIFIER = /⟦E\d+⟧-(?=(?:powered|based|designed|made|built|branded|equipped|class|compatible)\b)/g;

/**
 * The sentence with names used as modifiers turned into plain words ("rent ⟦E1⟧-powered servers from ⟦E2⟧" → "rent
 * vendor-powered servers from ⟦E2⟧"), so a gap between a deal word and its party may run over them.
 */
export function withoutNameModifiers(text: string): string {
  return text.replace(NAME_MODIFIER, 'vendor-');
}

/** Spoken fillers of a transcript ("we signed, uh, a five-year commitment", "and, you know, we bought"). */
const FILLER = /(?:,\s*)?\b(?:uh|um|uhm|erm)\b,?|,\s*you know,|\b(?:uh|um)\s+/gi;

/** The sentence without spoken fillers, so a verb and its object meet again. */
export function withoutFillers(text: string): string {
  return text.replace(FILLER, '').replace(/\s{2,}/g, ' ');
}

/** A clause of a Chinese sentence: from a comma or semicolon to the next. */
const ZH_CLAUSE_PART = /[^，,；;]+/g;

/**
 * 其 after a preposition in a clause with a named subject is a party named before the clause, not that subject:
 * "公司与⟦E0⟧签署框架协议，⟦E1⟧拟向其采购…" → "…，⟦E1⟧拟向⟦E0'⟧采购…" where ⟦E0'⟧ is the last name before the clause that
 * names another party than ⟦E1⟧ (`same` tells whether two tokens name one party). Unchanged when no such name exists.
 */
export function resolveZhIts(text: string, same: (a: string, b: string) => boolean = (a, b) => a === b): string {
  return text.replace(ZH_CLAUSE_PART, (clause, at: number) => {
    const subject = /^[^⟦]{0,8}?(⟦E\d+⟧)/.exec(clause)?.[1];
    if (!subject || !/(?:与|和|同|向|从|对|为|给)其/.test(clause)) return clause;
    const before = [...text.slice(0, at).matchAll(/⟦E\d+⟧/g)].map((m) => m[0]);
    const other = before.reverse().find((e) => !same(e, subject));
    return other ? clause.replace(ZH_ITS, (_, p: string) => `${p}${other}`) : clause;
  });
}

/**
 * A company's own investing vehicle standing for it: "⟦E0⟧旗下基金出资…" / "⟦E0⟧通过旗下基金投资…" → "⟦E0⟧出资…" /
 * "⟦E0⟧投资…" (the fund, subsidiary or platform is the company's, so the company pays); only before an investing verb
 * ("持有⟦E0⟧旗下子公司…股份" is a stake in the subsidiary, not in the company).
 */
const ZH_VEHICLE_OF =
  /(⟦E\d+⟧)\s*(?:(?:通过|经由|借助)(?:其|旗下|下属)+(?:的)?|(?:旗下|下属))(?:的)?[^，,。；;⟦\s]{0,10}?(?:产业基金|基金|子公司|投资平台|投资公司|投资主体)(?:等)?(?=[^，,。；;⟦]{0,8}?(?:出资|投资|认购|领投|跟投|参投|注资|入股|增资))/g;

/** The sentence with a company's own fund or subsidiary replaced by the company (see ZH_VEHICLE_OF). */
export function withoutOwnVehicles(text: string): string {
  return text.replace(ZH_VEHICLE_OF, '$1');
}

function clauseViews(text: string, same?: (a: string, b: string) => boolean): View[] {
  const split = respectiveViews(text);
  // A "respectively" sentence is read only through its split views: the whole would pair every name with the first amount.
  const views: View[] = split.length > 0 ? split.map((t) => ({ text: t, before: '' })) : [{ text, before: '' }];
  const plain = withoutAppositives(text);
  if (plain !== text) views.push({ text: plain, before: '' });
  const spoken = withoutFillers(text);
  if (spoken !== text) views.push({ text: spoken, before: '' });
  const described = withoutNameModifiers(text);
  if (described !== text) views.push({ text: described, before: '' });
  const owner = withoutOwnVehicles(text);
  if (owner !== text) views.push({ text: owner, before: '' });
  const its = resolveZhIts(text, same);
  if (its !== text) views.push({ text: its, before: '' });
  for (const g of gappedConjuncts(plain)) views.push({ text: g, before: '' });
  for (const m of text.matchAll(RELATIVE))
    views.push({ text: `${m[1]} ${text.slice((m.index ?? 0) + m[0].length)}`, before: text.slice(0, m.index ?? 0) });
  // The subject: the first name, maybe after a description in apposition ("The vehicle, ⟦E0⟧, plans …").
  const subject = /^[^⟦]{0,12}?(⟦E\d+⟧)/.exec(plain)?.[1];
  if (!subject) return views;
  EN_THEIR_GOODS.lastIndex = 0;
  if (EN_THEIR_GOODS.test(text))
    views.push({ text: text.replace(EN_THEIR_GOODS, (w) => `${w.replace(/\s+(?:its|their)\s+$/, '')} ${subject} `), before: '' });
  for (const re of [EN_CLAUSE, EN_VERB_LIST, EN_PRONOUN, ZH_CLAUSE]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if ((m.index ?? 0) < 4) continue;
      const head = text.slice(0, m.index);
      const last = [...head.matchAll(/⟦E\d+⟧/g)].pop()?.[0];
      let rest = text.slice(m.index + m[0].length);
      if (last && last !== subject) rest = rest.replace(ZH_ITS, (_, p: string) => `${p}${last}`);
      views.push({ text: `${subject} ${rest}`, before: head });
    }
  }
  // "…, which has invested $8 billion in the company": the company named first in the sentence.
  for (const v of [...views]) {
    const t = v.text
      .replace(COMPANY_OBJECT, (_, prep: string) => `${prep} ${subject}`)
      .replace(ZH_COMPANY_OBJECT, (_, prep: string) => `${prep}${subject}`);
    if (t !== v.text) views.push({ text: t, before: v.before });
  }
  const seen = new Set<string>();
  return views.filter((v) => !seen.has(v.text) && seen.add(v.text));
}

/**
 * The party raising money in this sentence, if one is named as the subject of a round, raise or IPO with no other
 * party in between ("⟦E0⟧ has closed a ⟦M0⟧ Series E round", "⟦E0⟧近日完成新一轮⟦M0⟧融资", "⟦E0⟧'s ⟦M0⟧ raise").
 */
const RAISE =
  /(⟦E\d+⟧)(?:\s*[（(]⟦E\d+⟧[）)])?(?:(?!⟦E)[^。；;！!？?]){0,60}?(?:funding round|financing round|\bround\b|\braise\b|\braising\b|\braised\b|Series [A-H]\b|\bIPO\b|\b(?:initial public|share|stock|secondary|follow-on|rights) offering\b|\blisting\b|融资|募资|集资|(?:全球|公开)发售|招股|挂牌|(?:[A-H]\+?|新一|本|首|天使|种子|战略|新)轮|上市|定增|定向增发|增发)/gi;
/** '⟦E0⟧在本轮中出资…', '⟦E0⟧ contributed …': the name's own clause says it puts money in, so it is an investor. */
const INVESTS_HERE =
  /^(?:(?!⟦E)[^，,。；;！!？?]){0,30}?(?:出资|领投|跟投|参投|认购|注资|\binvest(?:s|ed|ing)?\b|\bput in\b|\bcontribut(?:ed|es|ing)\b|\b(?:co-)?(?:led|lead|leads|leading|anchor|anchors|anchored|anchoring) the\b|\bparticipat(?:ed|es|ing)\b|\bjoin(?:s|ed|ing)? the\b|\b(?:took|takes|taking) part\b|参与(?:了)?(?:本轮|此轮|这轮|该轮|本次|此次)|(?:继续|持续|再度)(?:加码|加注))/i;

export function raiseSubject(tokenizedText: string, entities: EntityMention[]): string | undefined {
  const re = RAISE;
  tokenizedText = withoutAppositives(tokenizedText);
  re.lastIndex = 0;
  for (let m = re.exec(tokenizedText); m; m = re.exec(tokenizedText)) {
    if (!m[1]) continue;
    const after = tokenizedText.slice(m.index + m[1].length);
    if (INVESTS_HERE.test(after)) {
      re.lastIndex = m.index + m[1].length;
      continue;
    }
    const first = entities[Number(m[1].slice(2, -1))];
    // '设计商瀚芯科技（Hanxin Technology）': a discovered Chinese name's edge is a guess; its Latin name in brackets is not.
    const bracket = /^\s*[（(]⟦E(\d+)⟧[）)]/.exec(after);
    const latin = bracket ? entities[Number(bracket[1])] : undefined;
    if (first?.match === 'discovered' && latin && /^[A-Za-z]/.test(latin.text)) return latin.name;
    return first?.name;
  }
  return undefined;
}

/** The company raising money named in a sentence (see raiseSubject), from untokenized inputs. */
export function sentenceInvestee(sentence: string, mentions: EntityMention[], figures: Figure[]): string | undefined {
  const tokenized = tokenizeSentence(sentence, mentions, figures);
  return raiseSubject(tokenized.text, tokenized.entities);
}

/**
 * A sentence opening with a pronoun subject, maybe after a short lead-in, with or without a comma ("Last year, it …",
 * "Last year it raised …", "In March it …", "该公司…").
 */
const PRONOUN_SUBJECT =
  /^(?:[^,，⟦]{0,24}[,，]\s*|(?:(?:Last|This|Next|Earlier this|Later this|Late last|Early last)\s+(?:year|month|week|quarter|spring|summer|autumn|fall|winter)|In\s+(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)|On\s+\w+day)\s+)?([Ii]ts?|[Tt]he (?:company|firm|group|startup|start-up)|该公司|公司|其|它|(?:这家|该)(?:初创|创业)(?:公司|企业))(?=[\s'’]|[^\w\s])/;

/** A definite description of a startup opening the sentence ('The startup previously raised …'): the company raising money. */
const STARTUP_WORD = /^(?:[Tt]he (?:startup|start-up)|(?:这家|该)(?:初创|创业)(?:公司|企业))$/;

/** Words of a sentence that may name a generic payer (`payer` patterns: bonds sold to investors). */
const GENERIC_PAYER_CUE = /\bbonds?\b|\bnotes\b|\bdebt (?:sale|offering)|债/i;

/** Whether a sentence with one named party may still hold a deal with a generic payer ("It raised $18bn in a bond sale"). */
export function mayNameGenericPayer(sentence: string): boolean {
  return GENERIC_PAYER_CUE.test(sentence);
}

/**
 * A customer of a company the sentence does not name: its share of revenue ("X accounted for 58% of revenue", "X贡献近六成
 * 收入") or "the chipmaker's fourth customer".
 */
const FOCAL_CUSTOMER =
  /\b(?:accounted|accounts|accounting|made up|makes up|represented|represents|contributed|contributes)\b[^.;]{0,60}\b(?:revenue|sales)\b|(?:贡献|来自)[^。；]{0,16}(?:收入|营收|销售额)|\bthe [\w-]+(?: designer)?'s (?:[\w-]+ ){0,4}(?:customers?|clients?|buyers?)\b/i;

/** Whether a sentence with one named party may name a customer of the company the item is about (see FOCAL_CUSTOMER). */
export function mayNameFocalCustomer(sentence: string): boolean {
  return FOCAL_CUSTOMER.test(sentence);
}

/**
 * The company an item is about: the organisation named most often, when at least twice and more often than any other
 * (undefined on a tie). Names are the parties' names (units and products as their owners).
 */
export function focalCompany(mentions: readonly EntityMention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.type === 'org') counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < 2 || (second && second[1] === first[1])) return undefined;
  return first[0];
}

/**
 * A description as the subject of a later clause ("…: the cloud company bought roughly $9 billion of Nvidia hardware"),
 * followed by a deal verb: it stands for the company the item is about.
 */
const CLAUSE_DESCRIPTION =
  /(?:[:;]\s*|,\s*(?:while|and|but)\s+)(the (?:[\w-]+ ){0,2}?(?:company|firm|group|chipmaker|chip-maker|conglomerate|startup|start-up|operator|lab))\s+(?=(?:(?:has|had|will|would|also|then|later|itself)\s+)*(?:bought|buys|purchased|purchases|ordered|orders|signed|signs|agreed|invested|invests|paid|pays|spent|spends|leased|leases|rented|rents)\b)/g;

/** Adds the focal company as a mention at each clause-subject description of a sentence (see CLAUSE_DESCRIPTION). */
export function withFocalDescriptions(sentence: string, mentions: EntityMention[], focus: string | undefined): EntityMention[] {
  if (!focus) return mentions;
  const added: EntityMention[] = [];
  CLAUSE_DESCRIPTION.lastIndex = 0;
  for (const m of sentence.matchAll(CLAUSE_DESCRIPTION)) {
    const text = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - text.length - (m[0].length - m[0].trimEnd().length);
    const end = start + text.length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    added.push({ name: focus, type: 'org', start, end, text, match: 'alias' });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** Whether a sentence opens with a pronoun subject that stands for the previous sentence's subject. */
export function opensWithPronoun(sentence: string): boolean {
  return PRONOUN_SUBJECT.test(sentence);
}

/** Whether the sentence opens with a description of a startup (`The startup …`, `这家初创公司…`), not a pronoun. */
export function opensWithStartup(sentence: string): boolean {
  const m = PRONOUN_SUBJECT.exec(sentence);
  return m?.[1] !== undefined && STARTUP_WORD.test(m[1]);
}

/** Adds the previous sentence's subject as a mention where a sentence opens with a pronoun that stands for it. */
export function withPronounSubject(sentence: string, mentions: EntityMention[], subject?: string): EntityMention[] {
  if (!subject) return mentions;
  const m = PRONOUN_SUBJECT.exec(sentence);
  if (!m?.[1]) return mentions;
  const start = m[0].length - m[1].length;
  if (mentions.some((x) => x.start < m[0].length)) return mentions;
  return [{ name: subject, type: 'org', start, end: m[0].length, text: m[1], match: 'alias' }, ...mentions];
}

/** Words after an amount that make it the size of a round, raise or valuation rather than one party's payment. */
const ROUND_SIZE =
  /^\s*(?:-plus\s+)?(?:(?:funding|financing|equity|new|Series [A-H]|fund-?raising)\s+)*(?:rounds?|raise|Series [A-H]|IPO|valuation)\b|^\s*(?:的)?\s*(?:[A-H]\+?\s*|新一|本|首|天使|种子|战略|新)?轮|^\s*(?:的)?\s*(?:融资|募资|估值)/i;

/** Joint action cues: every payer of a list gets its own edge marked joint. */
const JOINT = /\b(?:jointly|together|combined|co-led|co-invest\w*)\b|共同|联合|合计|一起|两家共|携手/i;

/** What the conversation around a sentence is about: `topic` is the payer of a deal stated just before. */
export interface DealContext {
  topic?: string;
  /** The company raising money in the conversation (the investee of a round): the payee of payer-only investor clauses. */
  investee?: string;
  /** The provider paid in the deal stated just before: what "a separate deal" in the next sentence is with. */
  provider?: string;
  /**
   * The company the item is about (named most often): whose revenue a customer's share of revenue is when the sentence
   * names no owner ("Microsoft accounted for 58% of first-quarter revenue").
   */
  focus?: string;
  /** The subject of the sentence before: what a sentence opening with "It" / "The company" / 该公司 is about. */
  subject?: string;
  /** The financing vehicle introduced in this sentence or just before: what "the vehicle" / 该SPV stands for. */
  vehicle?: Vehicle;
  /** Set when this sentence introduces the vehicle (its bare noun is then the structure, not a party, for a conduit). */
  vehicleIntroducedHere?: boolean;
}

/**
 * Extracts capital-flow edges from one sentence. `mentions` and `figures` carry offsets relative to the sentence.
 * Example: "Nvidia will invest up to $100 billion in OpenAI." → Nvidia → OpenAI, invest, amount $100B (max).
 * A sentence that merely names two companies, or negates / denies the deal, yields nothing; a deal in talks or rumoured
 * yields its edge with a `status` (docs/decisions/035).
 */
export function extractDeals(
  sentence: string,
  mentions: EntityMention[],
  figures: Figure[],
  meta: { itemId: string; source: string },
  table: CompiledPatterns = defaultPatterns(),
  context: DealContext = {},
): DealEdge[] {
  const own = withPronounSubject(sentence, mentions, context.subject);
  const parties = context.vehicle ? [...own, ...vehicleMentions(sentence, context.vehicle, own, context.vehicleIntroducedHere)] : own;
  const tokenized = tokenizeSentence(sentence, parties, figures);
  const topic = context.topic && !tokenized.names.has(context.topic) ? context.topic : undefined;
  let investee = raiseSubject(tokenized.text, tokenized.entities) ?? context.investee;
  let provider = context.provider && !tokenized.names.has(context.provider) ? context.provider : undefined;
  // The item's focal company owns a revenue share the sentence gives to no one (never a party named in the sentence).
  const focus = context.focus && !tokenized.names.has(context.focus) ? context.focus : undefined;
  const generic = table.genericPayers.size > 0;
  if (tokenized.names.size < 2 && !topic && !((investee || provider || focus || generic) && tokenized.names.size >= 1)) return [];
  const text = tokenized.text;
  const stripped = text.replace(/⟦[EMPN]\d+⟧/g, ' ');
  const langs = new Set<'en' | 'zh'>();
  if (HAN.test(stripped)) langs.add('zh');
  if (LATIN_WORD.test(stripped)) langs.add('en');
  const found = new Map<string, DealEdge>();
  const nameOf = (token: string) => tokenized.entities[Number(token.slice(2, -1))]?.name;
  const views = clauseViews(text, (a, b) => nameOf(a) === nameOf(b));
  // Investor clauses without a payee go last: an investment stated earlier in the sentence names the investee.
  const stages = patternStages(table);
  // Per view: where its entity tokens start (for the sticky patterns), found once for every pattern.
  const starts = new Map<string, number[]>();
  for (const [stage, patterns] of stages.entries()) {
    // A supply deal stated earlier in the sentence names the provider of "a smaller deal" told after it.
    if (stage === 1 && !provider) provider = [...found.values()].find((e) => SUPPLY_KINDS.has(e.kind) && !e.status)?.to;
    if (stage === 2 && investee === context.investee) {
      const stated = [...found.values()].find((e) => e.kind === 'invest');
      if (stated) investee = stated.to;
    }
    for (const [vi, { text: view, before }] of views.entries())
      for (const p of patterns) {
        if (!langs.has(p.lang)) continue;
        if (
          p.payerFromTopic
            ? !topic || vi > 0
            : p.payeeFromTopic
              ? !investee
              : p.payeeFromProvider
                ? !provider
                : p.payeeFromFocus
                  ? !focus
                  : tokenized.names.size < (p.payer ? 1 : 2)
        )
          continue;
        // A view that lacks a part every match of the pattern holds cannot match it (patterns.ts `requiredOf`).
        if (p.required && !p.required.test(view)) continue;
        let entityStarts = starts.get(view);
        if (entityStarts === undefined) starts.set(view, (entityStarts = [...view.matchAll(/⟦E\d+⟧/g)].map((x) => x.index)));
        for (const m of matchesOf(p, view, entityStarts)) {
          const windowText = (
            before.slice(-BLOCKER_LOOKBEHIND) + view.slice(Math.max(0, m.index - BLOCKER_LOOKBEHIND), m.index + m[0].length)
          ).replace(/⟦[EMPN]\d+⟧/g, ' ');
          if (table.blockers[p.lang].test(windowText)) continue;
          // A deal in talks or rumoured is kept with its status; a generic payer's (a bond sale under consideration) is not.
          // A Chinese rumour word may follow the deal words in the same clause (向寒武纪采购的加速卡金额或将超过…).
          const after =
            p.lang === 'zh' ? (/^[^，,。；;]*/.exec(view.slice(m.index + m[0].length))?.[0] ?? '').slice(0, ZH_HEDGE_AFTER) : '';
          // An investor clause whose payee is the company raising (`… is close to raising $2 billion in a round led by
          // A`) is as tentative as the raise its clause tells before it.
          const heard = p.payeeFromTopic ? view.slice(0, m.index + m[0].length).replace(/⟦[EMPN]\d+⟧/g, ' ') : windowText;
          const status = table.tentative.find(
            (t) => t.re[p.lang].test(heard) || (t.status === 'rumoured' && t.re.zh.test(after.replace(/⟦[EMPN]\d+⟧/g, ' '))),
          )?.status;
          if (status && p.payer) continue;
          // Talks or a rumour denied or ended later in its clause ("Rumours that A would buy B were dismissed …").
          if (status && table.blockers[p.lang].test(clauseAfter(view, m.index + m[0].length))) continue;
          const payees = p.payeeFromTopic
            ? [investee]
            : p.payeeFromProvider
              ? [provider]
              : p.payeeFromFocus
                ? [focus]
                : tokenIndices(m.groups?.payee, 'E').map((i) => tokenized.entities[i]?.name);
          // A topic pattern ('You've got the Oracle contract, $300 billion') needs a provider payee.
          if (p.payerFromTopic && !payees.every((x) => x && table.providers.has(x.toLowerCase()))) continue;
          const payers = p.payerFromTopic
            ? [topic]
            : p.payer
              ? [p.payer]
              : tokenIndices(m.groups?.payer, 'E').map((i) => tokenized.entities[i]?.name);
          // The amount slot, else the one money figure inside the match ("OpenAI's contracts with CoreWeave total $22.4 billion").
          // Not the size of a whole round or a valuation ("took part in xAI's $20 billion raise", "超过10亿美元的B轮融资").
          const moneyInMatch = [...m[0].matchAll(/⟦M\d+⟧/g)].filter((x) => {
            const at = m.index + (x.index ?? 0);
            const after = view.slice(at + x[0].length, at + x[0].length + 24);
            return !ROUND_SIZE.test(after) && !/valu|估值/i.test(view.slice(Math.max(0, at - 16), at));
          });
          const amountToken = m.groups?.amount
            ? /⟦[MPN](\d+)⟧/.exec(m.groups.amount)
            : moneyInMatch.length === 1
              ? /⟦M(\d+)⟧/.exec(moneyInMatch[0]?.[0] ?? '')
              : null;
          const amount = amountToken ? tokenized.figures[Number(amountToken[1])] : undefined;
          let kind: DealKind = p.kind;
          for (const r of p.refine) {
            // The payee's goods right after the match count too: "agreed to buy $5 billion of AMD chips" is a purchase.
            const after = /^(?:'s)?(?:\s+[\w-]+){1,2}/.exec(view.slice(m.index + m[0].length))?.[0] ?? '';
            if (r.when.test(`${m[0]}${after}`.replace(/⟦[EMPN]\d+⟧/g, ' '))) {
              kind = r.kind;
              break;
            }
          }
          // The goods a symmetric deal is about: in the match or right after it ("… with AMD for HBM4 for …").
          const goodsText = `${m[0]}${view.slice(m.index + m[0].length, m.index + m[0].length + GOODS_AFTER)}`.replace(/⟦[EMPN]\d+⟧/g, ' ');
          if (p.symmetric && POWER_DEAL.test(m[0].replace(/⟦[EMPN]\d+⟧/g, ' '))) continue;
          const distinctPayers = new Set(payers.filter(Boolean));
          const joint =
            distinctPayers.size > 1 && JOINT.test(view.slice(Math.max(0, m.index - BLOCKER_LOOKBEHIND), m.index + m[0].length + 12));
          for (const [payer, payee] of payers.flatMap((a) => payees.map((b) => [a, b] as const))) {
            if (!payer || !payee || payer === payee) continue;
            let from = payer;
            let to = payee;
            const maker = p.symmetric ? goodsMaker(table, goodsText, from, to) : undefined;
            if (maker !== undefined) {
              if (maker === from) [from, to] = [to, from];
            } else if (p.symmetric && table.providers.has(from.toLowerCase()) && !table.providers.has(to.toLowerCase()))
              [from, to] = [to, from];
            if (p.needsProvider && !table.providers.has(to.toLowerCase())) continue;
            // One edge per pair and clause: the first pattern names the kind; a later clause may add a second kind
            // ("owns 7% of CoreWeave and has agreed to buy $6.3 billion of its capacity": stake + cloud contract).
            const pairKey = `${from}\u0000${to}`;
            const same = [...found.entries()].filter(([k]) => k.startsWith(`${pairKey}\u0000`));
            const prevEntry = same.find(([, e]) => e.kind === kind) ?? (vi === 0 ? same[0] : undefined);
            const key = prevEntry?.[0] ?? `${pairKey}\u0000${kind}`;
            const prev = prevEntry?.[1];
            // A firm reading of the pair replaces a tentative one; otherwise the first reading with an amount stands.
            const firmer = prev?.status !== undefined && status === undefined;
            if (prev && !firmer && (prev.amount || !amount)) continue;
            const keptAmount = amount ?? prev?.amount;
            // Firm when either reading is firm ("agreed to invest $1 billion …, and is in talks to add …").
            const keptStatus = prev && prev.status === undefined ? undefined : status;
            found.set(key, {
              from,
              to,
              kind: prev?.kind ?? kind,
              ...(keptAmount ? { amount: keptAmount } : {}),
              ...(joint || prev?.joint ? { joint: true } : {}),
              ...(keptStatus ? { status: keptStatus } : {}),
              itemId: meta.itemId,
              source: meta.source,
              sentence,
            });
          }
        }
      }
  }
  // A name told only inside an appositive is not the payee when the same payer pays another party for the same kind
  // ("⟦StepFun⟧, the developer founded by former ⟦Microsoft⟧ researchers, has raised … in a round co-led by ⟦Tencent⟧").
  const inside = appositiveOnly(text);
  const aside = new Set([...inside].map((i) => tokenized.entities[i]?.name));
  const named = new Set(tokenized.entities.filter((_, i) => !inside.has(i)).map((e) => e.name));
  const edges = [...found.values()];
  return edges.filter(
    (e) =>
      !(aside.has(e.to) && !named.has(e.to)) ||
      !edges.some((o) => o !== e && o.from === e.from && o.kind === e.kind && !(aside.has(o.to) && !named.has(o.to))),
  );
}
