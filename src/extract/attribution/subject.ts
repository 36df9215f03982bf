/** Chooses a figure's subject: the nearest preceding organisation in its clause / sentence, with sentence-structure rules. */
import type { EntityMention } from '../../types/entity.js';
import type { Figure } from '../../types/figure.js';
import { targetPriceSource } from '../../util/target-price.js';
import { setOf } from '../cached-set.js';
import { subjectCueTable } from '../data-tables.js';
import type { Gazetteer } from '../entities/gazetteer.js';
import type { SentenceSpan, Span } from './clauses.js';
import { lends } from './lender.js';
import { type CompiledLexicon, type KeywordHit, type MetricDef, wordsRegex } from './lexicon.js';
import { ESTIMATE_SCOPE } from './scope.js';
import { bondRateIssuer, vehicleSubject } from './vehicles.js';

/** data/subject-cues.json: role cues for subject choice. */
interface SubjectCues {
  agentMarkers: string[];
  relativeStarts: string[];
  /** Words for a number of companies, with that number (0: unknown). */
  groupAnaphors: Record<string, number>;
  receiverMetrics: string[];
  marketScopes: string[];
  /** Words naming a class of things like the ones just told ('similar structures', '类似的交易'): no one company's. */
  classScopes?: string[];
  /** The marketScopes that name a class of market participants ('foreign investors', '外资'): who acts, not what is measured. */
  participantScopes?: string[];
  investVerbs: string[];
  /** Words opening a sentence that lists the parts of the total just stated ('其中', 'Of that'). */
  partStarts: string[];
  /** Tags of products that are a business line with results of its own ('cloud': Azure). */
  lineTags?: string[];
  /** A company's group of counterparties ('前五大供应商', 'top five customers'): after a name, the name owns the whole. */
  counterpartyGroups?: string[];
}
const cues = (): SubjectCues => subjectCueTable();

/** Whether a metric is one the receiver of money owns (a valuation, a round). */
export function receiverMetric(metric: string): boolean {
  return cues().receiverMetrics.includes(metric);
}

/** Whether a sentence opens by naming the parts of the total stated just before it ('其中亚马逊2000亿…', 'Of that, $85bn …'). */
export function opensWithParts(sentenceText: string): boolean {
  const t = sentenceText.trimStart().toLowerCase();
  return cues().partStarts.some((w) => t.startsWith(w.toLowerCase()) && (!isLatin(w) || !/[a-z0-9]/.test(t.charAt(w.length))));
}

const isLatin = (s: string): boolean => /^[\x20-\x7e]+$/.test(s);

/** Does `text` (already trimmed at its end) end with one of `words` (Latin ones on a word boundary)? */
function endsWithWord(text: string, words: string[]): boolean {
  const t = text.replace(/[\s'’"“”]+$/, '').toLowerCase();
  return words.some((w) => {
    const lw = w.toLowerCase();
    if (!t.endsWith(lw)) return false;
    return !isLatin(lw) || !/[a-z0-9]/.test(t.charAt(t.length - lw.length - 1));
  });
}

/** Does `text` (after leading spaces and conjunctions) start with one of `words` (Latin ones as whole words)? */
function containsWordAtStart(text: string, words: string[]): boolean {
  const t = text.replace(/^\s*(?:and|but|while)?\s*/i, '').toLowerCase();
  return words.some((w) => t.startsWith(w.toLowerCase()) && !/[a-z0-9]/.test(t.charAt(w.length)));
}

/** Does `text` contain one of `words` (Latin ones as whole words)? */
export function containsWord(text: string, words: string[]): boolean {
  const t = text.toLowerCase();
  return words.some((w) => {
    const lw = w.toLowerCase();
    if (!isLatin(lw)) return t.includes(lw);
    let i = t.indexOf(lw);
    while (i >= 0) {
      const a = t.charAt(i - 1);
      const b = t.charAt(i + lw.length);
      if (!/[a-z0-9]/.test(a) && !/[a-z0-9]/.test(b)) return true;
      i = t.indexOf(lw, i + 1);
    }
    return false;
  });
}

/**
 * Organisations usually quoted as sources (brokers, research firms, consultancies) that this text reports on as
 * companies: the title opens with one, names no other organisation and speaks of a company's own measure (revenue,
 * profit …): '中信证券2025年净利润同比增逾三成', 'Accenture revenue beats estimates'. Not 'Gartner预计全球AI支出…' (no
 * own measure) nor '摩根士丹利上调英伟达目标价' (another company in the title).
 */
export function sourcesReportedOn(
  title: Span | undefined,
  mentions: EntityMention[],
  hits: KeywordHit[],
  gaz: Gazetteer,
  c: CompiledLexicon,
): Set<string> {
  const out = new Set<string>();
  if (!title) return out;
  const inTitle = mentions.filter((m) => m.start >= title.start && m.end <= title.end && m.type === 'org');
  const first = inTitle[0];
  if (!first || inTitle.some((m) => m.name !== first.name)) return out;
  const sourceTags = setOf(c.lex.sourceTags);
  if (!(gaz.byName.get(first.name.toLowerCase())?.tags ?? []).some((t) => sourceTags.has(t))) return out;
  const ownMeasure = hits.some((h) => h.start >= first.end && h.end <= title.end && h.metric && c.byMetric.get(h.metric)?.firm);
  if (ownMeasure) out.add(first.name);
  return out;
}

/**
 * Mentions that may be the subject of a figure with this metric: organisations (and groups) and products with an owner
 * (attributed to the owner); other products or places when the metric allows; people only when no organisation is in
 * the sentence. Returned mentions carry the name to attribute to (a product's owner).
 */
export function subjectCandidates(
  mentions: EntityMention[],
  def: MetricDef | undefined,
  gaz: Gazetteer,
  c: CompiledLexicon,
  companies?: ReadonlySet<string>,
  /** The figure is a bare growth rate ('Azure grew 39%'): a business line's own, as its firm measures are. */
  growth = false,
): EntityMention[] {
  const sourceTags = setOf(c.lex.sourceTags);
  const entryOf = (m: EntityMention) => gaz.byName.get(m.name.toLowerCase());
  const usable = mentions.filter(
    (m) => m.type !== 'media' && (companies?.has(m.name) || !(entryOf(m)?.tags ?? []).some((t) => sourceTags.has(t))),
  );
  // 'Azure grew 39%', 'Azure及其他云服务收入同比增长39%': a business line's own results (a firm measure, not a payment)
  // are the line's; its deals ('buy $250 billion of Azure services') and every other figure are its maker's.
  const lineTags = (def ? def.firm && !def.payer : growth) ? (cues().lineTags ?? []) : [];
  const ownLine = (m: EntityMention): boolean => m.type === 'product' && (entryOf(m)?.tags ?? []).some((t) => lineTags.includes(t));
  const owned = (m: EntityMention): EntityMention => {
    const parent = entryOf(m)?.parent;
    return parent && !ownLine(m) ? { ...m, name: parent, type: 'org' } : m;
  };
  const orgs = usable
    .filter(
      (m) =>
        m.type === 'org' ||
        (m.type === 'product' && (entryOf(m)?.parent || def?.productSubject)) ||
        (m.type === 'place' && def?.placeSubject),
    )
    .map(owned);
  if (orgs.length) return orgs;
  const people = usable.filter((m) => m.type === 'person');
  if (people.length) return people;
  return usable.filter((m) => m.type === 'product');
}

export interface SubjectInput {
  text: string;
  fig: Figure;
  sentence: SentenceSpan;
  clause: Span;
  /** Candidates in the sentence, in text order. */
  candidates: EntityMention[];
  def: MetricDef | undefined;
  gaz: Gazetteer;
  c: CompiledLexicon;
  /** The text's main organisation (its title and lead name it, it is named most), if one dominates. */
  main?: string | undefined;
  /** The subject the previous sentence of the paragraph spoke of. */
  previous?: string | undefined;
  /** What the text last spoke of, in an earlier paragraph: a figure naming no one, in a text with no main organisation, is its. */
  earlier?: string | undefined;
  /** The last group or joint subject of the text, for '四家' / 'the two companies'. */
  lastGroup?: string | undefined;
  /** The owner of the text's last valuation or round ('The valuation compares with …' refers to it). */
  lastReceiver?: string | undefined;
  /** Whom the text's last investment or stake went to ('invest 1.5 trillion won in Haneul AI'). */
  lastInvestee?: string | undefined;
  /** Who made that investment ('Qualcomm … invest … in Fluidstack'). */
  lastInvestor?: string | undefined;
  /** Markets and indices named in the sentence ('上证指数', 'the Nasdaq', '沪深两市'). */
  markets?: EntityMention[] | undefined;
  /** The financing vehicles the text names, in text order ('Harbor Compute Funding LLC, a vehicle controlled by …'). */
  vehicles?: readonly string[] | undefined;
  /** The text's named bond issuers (vehicles, names after 'issued by'), in text order. */
  issuers?: readonly EntityMention[] | undefined;
}

/** The group whose members are exactly these canonical names, if the gazetteer has one. */
function groupOf(names: string[], gaz: Gazetteer): string | undefined {
  const want = new Set(names);
  for (const e of gaz.entries) {
    if (e.members && e.members.length === want.size && e.members.every((m) => want.has(m))) return e.name;
  }
  return undefined;
}

/**
 * The name of a joint subject or a group total: the gazetteer group with exactly these members, else the members
 * sorted and joined by ' + ' (so two sources listing the same companies in another order key the same claim).
 * @example jointName(['Nvidia', 'SoftBank'], gaz) === 'Nvidia + SoftBank'; jointName(['Amazon','Google','Meta','Microsoft'], gaz) === 'Hyperscalers'
 */
export function jointName(names: string[], gaz: Gazetteer): string {
  const distinct = [...new Set(names)];
  return groupOf(distinct, gaz) ?? distinct.sort((a, b) => a.localeCompare(b)).join(' + ');
}

/** A venture founded by the names before it: 'X and Y … to form a joint venture', 'A与B合资成立…'. */
const VENTURE_WORD = /\bjoint[- ]venture\b|合资/iu;

/**
 * The partners of the one venture a text names by no name of its own ('Equinix Inc. and Naver Corp. are in talks to
 * form a joint venture … The venture, which would be held 55% by Equinix and 45% by Naver, could borrow …'): the
 * names joined before the first venture word of its sentence, as a joint name; undefined unless two or more are.
 */
export function ventureFounders(
  text: string,
  sentences: readonly Span[],
  mentions: readonly EntityMention[],
  c: CompiledLexicon,
  gaz: Gazetteer,
): string | undefined {
  const cue = VENTURE_WORD.exec(text);
  if (!cue) return undefined;
  const sentence = sentences.find((s) => s.start <= cue.index && cue.index < s.end);
  if (!sentence) return undefined;
  const orgs = mentions.filter((m) => m.type === 'org' && m.start >= sentence.start && m.end <= cue.index);
  if (orgs.length < 2) return undefined;
  const names = [...new Set(chainEndingAt(orgs, orgs.length - 1, text, c).map((m) => m.name))];
  return names.length >= 2 ? jointName(names, gaz) : undefined;
}

/** The members of a joint name made by `jointName` (a gazetteer group's members, or the ' + ' parts). */
export function jointMembers(name: string, gaz: Gazetteer): string[] | undefined {
  const members = gaz.byName.get(name.toLowerCase())?.members;
  if (members) return [...members];
  return name.includes(' + ') ? name.split(' + ') : undefined;
}

/** A legal form left after a name the mention does not hold ('Equinix Inc. and Naver Corp.'): no part of the gap. */
export const LEGAL_FORM_GAP = /^(?:inc|corp|co|ltd|llc|plc|ag|se|sa|nv|lp)\.?(?=[\s,]|$)\s*/i;

/** Is the gap between two mentions a coordinator ('、', '和', ', and', 'Inc. and')? */
function coordinated(text: string, a: EntityMention, b: EntityMention, c: CompiledLexicon): boolean {
  const gap = text.slice(a.end, b.start).trim().toLowerCase().replace(LEGAL_FORM_GAP, '').trim();
  return gap === '' || c.lex.coordinators.includes(gap);
}

/** Is the gap between two mentions of one entity only a restatement ('谷歌母公司 Alphabet', '月之暗面（Moonshot AI）')? */
function restated(text: string, a: EntityMention, b: EntityMention): boolean {
  return a.name === b.name && b.start - a.end <= 12 && !/[，。；、,;]|\band\b/.test(text.slice(a.end, b.start));
}

/**
 * The coordinated list ending at `list[i]` ('Microsoft, Google, Amazon and Meta', '亚马逊、微软、谷歌母公司Alphabet和Meta'),
 * walking back over coordinators; a restated name ('谷歌母公司 Alphabet') counts once.
 */
function chainEndingAt(list: EntityMention[], i: number, text: string, c: CompiledLexicon): EntityMention[] {
  const chain = [list[i]!];
  for (let j = i; j > 0; j--) {
    const a = list[j - 1]!;
    const b = list[j]!;
    if (restated(text, a, b)) {
      chain[0] = a;
      continue;
    }
    if (!coordinated(text, a, b, c)) break;
    chain.unshift(a);
  }
  return chain;
}

/**
 * The nearest usable candidate of `list` (in text order), applying the payer and coordination rules. A coordinated
 * list may reach back into earlier clauses of the sentence (`all`): 'Microsoft, Google, Amazon and Meta'.
 */
function pick(list: EntityMention[], input: SubjectInput, all: EntityMention[] = list): EntityMention | string | undefined {
  const { text, sentence, def, c } = input;
  const marked = (m: EntityMention, words: string[]): boolean =>
    endsWithWord(text.slice(Math.max(sentence.start, m.start - 12), m.start), words);
  const objectMarked = (m: EntityMention): boolean => marked(m, c.lex.objectMarkers);
  if (def?.payer) {
    // Who pays is the agent: 'C获A领投' / 'backed by A' name it after the receiver; else it is the clause's
    // grammatical subject, before the verb ('Nvidia has wired OpenAI the first $10 billion', 'X 与 Y 签订…').
    const agent = list.find((m) => marked(m, cues().agentMarkers));
    if (agent) return listOf(agent, all, input);
    const subject = list.find((m) => !objectMarked(m) && !marked(m, c.lex.counterpartyMarkers ?? []));
    if (subject) return listOf(subject, all, input);
  }
  let i = list.length - 1;
  // For payer metrics (investment, capex, acquisition) the entity right after 'in' / '向' / 'acquire' is the payee.
  if (def?.payer) while (i > 0 && objectMarked(list[i]!)) i--;
  // For any metric, 'X's contracts with Y total …' / 'owns 7% of Y and agreed to buy …': Y is the counterparty.
  const counterparty = (m: EntityMention): boolean =>
    endsWithWord(text.slice(Math.max(sentence.start, m.start - 8), m.start), c.lex.counterpartyMarkers ?? []) && !ownedLine(m, input);
  while (i > 0 && counterparty(list[i]!)) i--;
  // 'A获得B 30亿元贷款', 'A向B借款30亿元': the lender named after the borrower does not borrow.
  const marks = c.lex.lenderMarks;
  if (marks) while (i > 0 && lends(text, list[i]!, sentence, def?.metric, marks)) i--;
  if (i < 0) return undefined;
  return listOf(list[i]!, all, input);
}

/**
 * The subject a chosen mention stands for within its coordinated list: 'X 与 Y 签订…' → X (the list's first member);
 * a list of three or more companies sharing one figure ('Microsoft, Google, Amazon and Meta will spend …'), or a
 * list right after the group it spells out ('the four biggest hyperscalers - Microsoft, Google, Amazon and Meta -'),
 * is the group.
 */
function listOf(m: EntityMention, all: EntityMention[], input: SubjectInput): EntityMention | string {
  const { text, c } = input;
  let k = all.indexOf(m);
  if (k < 0) return m;
  // Extend forward to the list's end, then take the list ending there.
  while (k + 1 < all.length && (restated(text, all[k]!, all[k + 1]!) || coordinated(text, all[k]!, all[k + 1]!, c))) k++;
  const chain = chainEndingAt(all, k, text, c);
  const names = [...new Set(chain.map((x) => x.name))];
  if (names.length < 2) return chain[0]!;
  const first = all.indexOf(chain[0]!);
  const group = all
    .slice(0, first)
    .reverse()
    .find((g) => {
      const members = input.gaz.byName.get(g.name.toLowerCase())?.members;
      return members && names.every((n) => members.includes(n)) && chain[0]!.start - g.end <= 40;
    });
  if (group) return group.name;
  return names.length >= 3 ? jointName(names, input.gaz) : chain[0]!;
}

/**
 * 'its Azure cloud business grew 39%': a business line kept as a candidate under its own name (see `subjectCandidates`)
 * after a possessive is its maker's part, the one that grew, not a counterparty of the possessor ('its Nvidia orders').
 */
function ownedLine(m: EntityMention, input: SubjectInput): boolean {
  if (m.type !== 'product' || !input.gaz.byName.get(m.name.toLowerCase())?.parent) return false;
  return endsWithWord(input.text.slice(Math.max(input.sentence.start, m.start - 8), m.start), ['its', 'their']);
}

const nameOf = (r: EntityMention | string | undefined): string | undefined => (typeof r === 'string' ? r : r?.name);

/** The sub-sentence of the figure: sentences split further at '；' / ';' (list items of one sentence). */
function segmentOf(text: string, sentence: Span, fig: Figure): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (let i = fig.start - 1; i >= sentence.start; i--)
    if (text.charAt(i) === '；' || text.charAt(i) === ';') {
      start = i + 1;
      break;
    }
  for (let i = fig.end; i < sentence.end; i++)
    if (text.charAt(i) === '；' || text.charAt(i) === ';') {
      end = i;
      break;
    }
  return { start, end };
}

/**
 * 'Blue Owl put in about $2.5bn of equity and Meta kept a 20 per cent stake': when a figure's clause joins two
 * statements with 'and' / 'while' / 'but' and the first already has its amount, the figure's candidates are those of its
 * own statement (when it names any).
 */
function ownStatement(text: string, clause: Span, fig: Figure, inClause: EntityMention[]): EntityMention[] {
  const head = text.slice(clause.start, fig.start);
  let at = -1;
  for (const m of head.matchAll(/\s(?:and|while|but|whereas)\s/gi)) if (/\d/.test(head.slice(0, m.index))) at = m.index;
  if (at < 0) return inClause;
  const own = inClause.filter((m) => m.start >= clause.start + at);
  return own.length ? own : inClause;
}

/** An item of a Chinese enumeration: a name (or a name and a verb), then its amount, before the next '、'. */
const ENUM_ITEM = /^[^，。；,;、\d]{0,12}$/u;

/**
 * '其中淡马锡认购1亿美元、阿布扎比投资局8000万美元、腾讯4000万美元', '英伟达涨3%、美光涨7%': items of an enumeration
 * joined by '、', each a name with its own amount. The figure of a later item belongs to the name its item opens with,
 * not to the clause's first name. Only when the item before also holds an amount (so '、' joins figures, not names).
 */
function enumeratedItem(input: SubjectInput, before: EntityMention[]): string | undefined {
  const { text, fig, clause } = input;
  const at = text.lastIndexOf('、', fig.start - 1);
  if (at < clause.start) return undefined;
  const own = before.filter((m) => m.start > at);
  const first = own[0];
  if (!first || !ENUM_ITEM.test(text.slice(at + 1, first.start)) || !ENUM_ITEM.test(text.slice(first.end, fig.start))) return undefined;
  const prevAt = text.lastIndexOf('、', at - 1);
  const prevItem = text.slice(Math.max(clause.start, prevAt + 1), at);
  return /\d/.test(prevItem) ? first.name : undefined;
}

/** A description referring back that names a kind of company ('the cloud company', 'the chipmaker'), with its tags. */
const TYPED_DESCRIPTIONS: [RegExp, string[]][] = [
  [/\bthe\s+(?:AI\s+)?cloud\s+(?:company|provider|firm|operator)\b|该云(?:厂商|服务商)/giu, ['cloud', 'neocloud']],
  [
    /\bthe\s+(?:chipmaker|chip\s+maker|chip\s+designer|memory\s+maker|foundry)\b|该芯片(?:公司|厂商|企业)/giu,
    ['chip', 'gpu', 'memory', 'foundry'],
  ],
  [/\bthe\s+(?:lender|bank)\b|该行/giu, ['bank']],
  [/\bthe\s+utility\b/giu, ['utility']],
];

/**
 * 'Nvidia, which owns about 6% of CoreWeave, is also its biggest supplier: the cloud company bought roughly $9 billion
 * of Nvidia hardware': a description naming a kind of company refers back to the nearest company of that kind (by the
 * gazetteer's tags) named in the sentence, or the previous subject or the text's main organisation of that kind; only
 * when the opener of the sentence is not of that kind. Undefined when no description of a kind or no such company.
 */
function typedReferent(input: SubjectInput, before: EntityMention[], opener: string | undefined): string | undefined {
  const { text, clause, fig, gaz } = input;
  const head = text.slice(clause.start, fig.start);
  let tags: string[] | undefined;
  let at = -1;
  for (const [re, t] of TYPED_DESCRIPTIONS) {
    re.lastIndex = 0;
    for (let m = re.exec(head); m; m = re.exec(head))
      if (m.index > at) {
        at = m.index;
        tags = t;
      }
  }
  if (!tags) return undefined;
  const want = tags;
  const ofKind = (name: string | undefined): boolean => !!name && !!gaz.byName.get(name.toLowerCase())?.tags?.some((t) => want.includes(t));
  if (ofKind(opener)) return undefined;
  const named = [...before]
    .reverse()
    .map((m) => m.name)
    .find((n) => ofKind(n));
  return named ?? [input.previous, input.main].find((n) => ofKind(n));
}

/** The last match of a words regex in text[from, to), as an offset, or -1. */
function lastMatch(re: RegExp, text: string, from: number, to: number): number {
  re.lastIndex = 0;
  const s = text.slice(from, to);
  let at = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    at = from + m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return at;
}

/**
 * A group total or a joint action: a combine word ('合计', '联合', 'combined', 'jointly') between a coordinated list
 * of two or more organisations and the figure, with no member named again in between ('…合计6600亿美元，其中亚马逊
 * 2000亿美元' gives the 2000亿 to Amazon). Returns the joint name, or undefined.
 */
function jointSubject(input: SubjectInput, before: EntityMention[]): string | undefined {
  const { text, fig, sentence, c } = input;
  const counted = countedGroup(input, before);
  if (counted) return counted;
  const cueRe = wordsRegexCached(c.lex.combinedWords);
  const cue = lastMatch(cueRe, text, sentence.start, fig.start);
  if (cue < 0) return undefined;
  // A member named between the cue and the figure owns it ('with Alphabet alone forecasting …'); the receiver does
  // not ('共同向Anthropic投资').
  const receiver = (m: EntityMention): boolean =>
    endsWithWord(text.slice(Math.max(sentence.start, m.start - 12), m.start), c.lex.objectMarkers);
  if (before.some((m) => m.start >= cue && !receiver(m))) return undefined;
  // '…jointly committed $15 billion to Anthropic, which in turn pledged $30 billion': a receiver followed by a new
  // clause takes over as that clause's subject.
  if (before.some((m) => m.start >= cue && input.sentence.clauses.some((cl) => cl.start > m.end && cl.start <= fig.start)))
    return undefined;
  const orgs = before.filter((m) => m.type === 'org' && m.end <= cue);
  for (let i = orgs.length - 1; i >= 1; i--) {
    const chain = chainEndingAt(orgs, i, text, c);
    const names = [...new Set(chain.map((m) => m.name))];
    if (names.length < 2) continue;
    // '四巨头（微软、谷歌、亚马逊、Meta）': a group named with its members is that group.
    const group = names.find((n) => input.gaz.byName.get(n.toLowerCase())?.members);
    return group ?? jointName(names, input.gaz);
  }
  return undefined;
}

/**
 * '微软约1200亿美元，亚马逊超过1250亿美元，两家合计接近2500亿美元': a number of companies ('两家', 'the two') before the
 * figure in its clause is the last that many companies named before it in the sentence, else the text's last group.
 */
let groupWords: string[] | undefined;
function countedGroup(input: SubjectInput, before: EntityMention[]): string | undefined {
  const { text, fig, clause } = input;
  const words = cues().groupAnaphors;
  groupWords ??= Object.keys(words);
  const re = wordsRegexCached(groupWords);
  re.lastIndex = 0;
  let n: number | undefined;
  const lead = text.slice(clause.start, fig.start);
  for (let m = re.exec(lead); m; m = re.exec(lead)) n = words[m[0].toLowerCase()] ?? words[m[0]];
  if (n === undefined) return undefined;
  if (before.some((m) => m.start >= clause.start)) return undefined;
  const names: string[] = [];
  for (const m of [...before].reverse()) {
    if (m.type !== 'org' || names.includes(m.name)) continue;
    names.unshift(m.name);
    if (names.length === n) break;
  }
  if (n > 0 && names.length === n) return jointName(names, input.gaz);
  return input.lastGroup;
}

/** The word list of a table that has none: one array, so the cache below keys it once. */
const NO_WORDS: string[] = [];

/** Compiled cue regexes, keyed by the (long-lived) word-list arrays of the data tables: never pass a fresh array. */
const cueCache = new Map<string[], RegExp>();
/** `wordsRegex` compiled once per word list. */
function wordsRegexCached(words: string[], notWords?: string[]): RegExp {
  let re = cueCache.get(words);
  if (!re) {
    re = wordsRegex(words, 'gi', notWords);
    cueCache.set(words, re);
  }
  return re;
}

/** The lexicon's words referring back ('its', '该公司', '其'), never the longer words containing one ('其中', '尤其'). */
function anaphorRegex(c: CompiledLexicon): RegExp {
  return wordsRegexCached(c.lex.anaphors, c.lex.anaphorStops);
}

/** A figure of a market or an economy ('全球AI服务器市场规模', 'China's market for AI accelerators'): it has no company owner. */
function marketFigure(input: SubjectInput, before: EntityMention[]): boolean {
  const { text, fig, clause, def } = input;
  const lead = text.slice(clause.start, fig.start);
  // A company named before the figure in its clause owns it ('OpenAI与甲骨文的云合同规模将扩大至…').
  const orgInClause = before.some((m) => m.start >= clause.start && m.type === 'org');
  if (orgInClause) return false;
  if (def?.metric === 'market-size') return true;
  // '上证指数上涨1.3%', '沪深两市成交额达2.1万亿元', 'the Nasdaq fell 2%': a market or an index named in the clause, no company.
  // Not when a word referring to a company stands between ('beat Wall Street's estimates and sent its shares down 8%').
  // 'above the Wall Street consensus of $3.9 billion', '另有外资券商给出280元的目标价': an estimate or a target price states a
  // company's figure; the market or the class of investors named before it is who estimates, not what is measured.
  const estimated =
    fig.scope === ESTIMATE_SCOPE || RATING.test(lead) || RATING.test(text.slice(fig.end, Math.min(clause.end, fig.end + 40)));
  const market = estimated ? undefined : input.markets?.filter((m) => m.start >= clause.start && m.end <= fig.start).pop();
  if (market) {
    const refers = anaphorRegex(input.c);
    refers.lastIndex = 0;
    if (!refers.test(text.slice(market.end, fig.start))) return true;
  }
  // '2026年全球数据中心资本开支将突破1万亿美元', 'global AI spending': a figure of a whole market or industry, with no
  // company named (or referred to) before it in its clause.
  const scope = wordsRegexCached(cues().marketScopes);
  const participants = cues().participantScopes ?? NO_WORDS;
  const scoped = estimated && participants.length ? lead.replace(wordsRegexCached(participants), (w) => ' '.repeat(w.length)) : lead;
  scope.lastIndex = 0;
  const anaphor = anaphorRegex(input.c);
  anaphor.lastIndex = 0;
  if (scope.test(scoped) && !anaphor.test(lead)) return true;
  // 'Bankers say similar structures worth $100bn are being negotiated': things like the ones just told, not theirs.
  const cls = wordsRegexCached(cues().classScopes ?? NO_WORDS);
  cls.lastIndex = 0;
  anaphor.lastIndex = 0;
  if ((cues().classScopes ?? []).length && cls.test(lead) && !anaphor.test(lead)) return true;
  return /(?:^|[^A-Za-z])market(?:s)? for\b|市场规模|(?:^|[^A-Za-z])market size\b/i.test(lead);
}

/** 'X accounted for 58% of', 'X贡献近六成收入', 'X贡献的收入占比降至58%', 'X合约只占其订单不足一成': a part's share of a whole. */
const SHARE_CUE_EN =
  /\b(?:accounted\s+for|account\s+for|accounts\s+for|made\s+up|makes\s+up|represented|represents|contributed|contributes)\s+(?:[a-z]+\s+){0,2}$/i;
const SHARE_CUE_ZH = /(?:[贡貢][献獻]|[占佔])[^，。；,;]{0,14}$/u;
const WHOLE_AFTER_EN =
  /^\s*of\s+(?:its\s+|the\s+company['’]s\s+|the\s+group['’]s\s+|total\s+|all\s+)?(?:[\w-]+\s+){0,2}(?:revenue|sales|orders|backlog|bookings)\b/i;
const WHOLE_AFTER_ZH = /^(?:的)?(?:收入|营收|營收|订单|訂單|销售额|銷售額)/u;

/**
 * The owner of a share that a named part (a customer, a contract) takes of a whole (revenue, backlog): the whole's
 * owner — a name between the cue and the figure, else the one the text speaks of — never the part. '' when the
 * figure is such a share but its owner is unknown; undefined when it is no such share.
 * Example: 'Microsoft accounted for 58% of first-quarter revenue' (a text about CoreWeave) → 'CoreWeave'.
 */
function shareOfWhole(input: SubjectInput, before: EntityMention[]): string | undefined {
  const { text, fig, clause } = input;
  if (fig.kind !== 'percent') return undefined;
  const part = [...before].reverse().find((m) => m.start >= clause.start);
  if (!part) return undefined;
  const between = text.slice(part.end, fig.start);
  const after = text.slice(fig.end, fig.end + 60);
  const en = SHARE_CUE_EN.test(between) && WHOLE_AFTER_EN.test(after);
  const zh =
    SHARE_CUE_ZH.test(between) && (/(?:收入|营收|營收|订单|訂單|销售|銷售|占比|佔比|比重)/u.test(between) || WHOLE_AFTER_ZH.test(after));
  if (!en && !zh) return undefined;
  // '星衍智能前五大供应商采购额占比为67.5%', "Xingyan's top five customers accounted for 58% of revenue": the name owns
  // the group of counterparties the share is of; it is the whole's owner, not a part.
  if (counterpartyGroupAfter(between, cues().counterpartyGroups ?? [])) return part.name;
  // The whole's owner named with it: 'OpenAI相关合同在甲骨文剩余履约义务中的占比', 'accounted for 22% of TSMC's revenue'.
  // 'CoreWeave首季新增的Mistral AI合约只占其积压订单不足一成': 其 / its is the whole's owner, the part is not.
  const named = before.filter((m) => m.start >= clause.start);
  const refers = anaphorRegex(input.c);
  refers.lastIndex = 0;
  if (refers.test(between)) {
    const other = named.find((m) => m.name !== part.name);
    const owner = other?.name ?? input.previous ?? input.main;
    return owner && owner !== part.name ? owner : '';
  }
  if (named.length >= 2 && named[named.length - 1]!.name !== named[0]!.name) return named[named.length - 1]!.name;
  // '国产芯片在字节跳动明年芯片采购中的占比': the name inside 在…中 is the whole's owner; the part is no name.
  if (/在\s*$/u.test(text.slice(Math.max(clause.start, part.start - 2), part.start)) && /中的?(?:占比|佔比|比重|份额|份額)/u.test(between))
    return part.name;
  const ofOwner = input.candidates.find((m) => m.start > fig.end && /^\s*of\s+$/i.test(text.slice(fig.end, m.start)));
  if (ofOwner) return ofOwner.name;
  const owner = input.previous ?? input.main;
  return owner && owner !== part.name ? owner : '';
}

/** Whether the text after a name opens on a group of its counterparties ('前五大供应商', "'s top five customers"). */
function counterpartyGroupAfter(between: string, words: readonly string[]): boolean {
  const t = between
    .replace(/^(?:['’]s?\s+|\s*的)/u, '')
    .trimStart()
    .toLowerCase();
  return words.some((w) => t.startsWith(w.toLowerCase()));
}

/** Between a share and its holder: ' owned by funds managed by ', ' held by ', ' by ' (in a sentence about holding). */
const HELD_BY_EN =
  /^\s*(?:(?:is|are|was|were|will\s+be|would\s+be)\s+)?(?:(?:owned|held|controlled)\s+)?by\s+(?:(?:funds?|entities|affiliates|vehicles)\s+(?:managed|run|advised|controlled)\s+by\s+)?$/i;
/** A sentence about who holds what ('held', 'owned', '持有'): a bare ' by ' after a share names its holder there. */
const HOLDING_WORDS = /\b(?:owned|held|holds?|controlled|stakes?)\b|持有|持股|股权|股份/i;

/**
 * The holder named right after a share: 'a venture that would be held 55% by Equinix and 45% by Naver', 'a vehicle 80%
 * owned by funds managed by Blue Owl and 20% by Meta', '其余80%由Blue Owl旗下基金持有'. Each share is its own holder's,
 * whoever the sentence opens with.
 */
function heldBy(input: SubjectInput, candidates: EntityMention[]): string | undefined {
  const { text, fig, sentence } = input;
  if (fig.kind !== 'percent') return undefined;
  const next = candidates.find((m) => m.start >= fig.end);
  if (!next || next.start - fig.end > 40 || next.end > sentence.end) return undefined;
  const gap = text.slice(fig.end, next.start);
  if (HELD_BY_EN.test(gap)) {
    const explicit = /\b(?:owned|held|controlled)\s+by\b/i.test(gap);
    return explicit || HOLDING_WORDS.test(text.slice(sentence.start, fig.start)) ? next.name : undefined;
  }
  if (/^\s*(?:的(?:股权|股份))?\s*由\s*$/u.test(gap) && /^[^，。；,;]{0,8}?(?:持有|持股|控制)/u.test(text.slice(next.end, next.end + 16)))
    return next.name;
  return undefined;
}

/** How far after a figure (in characters) a name of its clause may still be what the figure is about. */
const FAR_AFTER = 100;

/** After an investor's name: (and other names, then) the verb of putting money into a round ('和上海国投先导领投', ' led the round'). */
const INVESTS_AFTER =
  /^[^，。；,;]{0,10}?(?:联合领投|共同领投|领投|跟投|参投|牵头|出资|认购|認購|注资|\s+(?:co-)?led\s+the\s+(?:round|raise|financing))/;

/**
 * After a name: it takes a stake in, or invests in, someone ('will take a 19% stake in', 'invested $2 billion in', 'is
 * in advanced talks to invest about $1.5 billion in'): up to five lower-case words (no other name) before the verb.
 */
const STAKE_AFTER_EN =
  /^(?:\s+(?:Co\.|Corp\.|Inc\.|Ltd\.))?(?:\s+[a-z][a-z-]*){0,5}?\s+(?:take|takes|took|taking|buy|buys|bought|acquire|acquires|acquired|invest|invests|invested|investing)\b(?:[^.;,]|[.,](?=\d)){0,40}?\b(?:stake|in)\b/i;

/**
 * A description standing for a company named before: 'the Austin-based company', 'the cloud company', 'the
 * Seoul-based startup' (the lexicon's definite anaphors list the fixed ones: 'the company', 'the chipmaker').
 */
const DESCRIBED_COMPANY =
  /\bthe\s+(?:[A-Za-z][\w.'’-]*,?\s+){1,4}?(?:company|firm|startup|start-up|group|chipmaker|lab|maker|provider|operator)\b/i;

/** How far into a sentence a word referring back may stand and still be its subject ('值得注意的是，公司已…', '2024年，公司因…'). */
const OPENING_REACH = 60;

/**
 * Whether a sentence's own subject refers back instead of naming someone: a word referring back ('Its stake in Arm',
 * 'The company', 'Shares of the Austin-based company, in which …', '该公司', '公司已与…', '其') stands before the first
 * name of the sentence, near its opening. Such a sentence goes on speaking of whom the previous one spoke of: a name
 * later in it is an object or a bystander, not what the next sentence's 'the company' refers to.
 */
export function opensReferringBack(text: string, sentence: Span, firstName: Span | undefined, c: CompiledLexicon): boolean {
  const end = Math.min(firstName?.start ?? sentence.end, sentence.start + OPENING_REACH);
  if (end <= sentence.start) return false;
  if (lastMatch(anaphorRegex(c), text, sentence.start, end) >= 0) return true;
  if (lastMatch(wordsRegexCached(c.lex.definiteAnaphors ?? NO_WORDS), text, sentence.start, end) >= 0) return true;
  return DESCRIBED_COMPANY.test(text.slice(sentence.start, end));
}

/**
 * Whether a name only describes the name after it, its unit: '百度旗下昆仑芯', 'SK海力士旗下子公司Solidigm', "Baidu's chip unit
 * Kunlunxin". The unit is the one that acts.
 */
export function describesNextName(text: string, m: Span & { name: string }, next: (Span & { name: string }) | undefined): boolean {
  return !!next && next.name !== m.name && next.start >= m.end && OWNER_OF_NEXT.test(text.slice(m.end, next.start));
}

/**
 * Between a name and the name an attributive clause ending in '的' describes ('商汤与中国移动合资的云启智算',
 * '去年被阿里巴巴收购的云启科技'): the first name acts inside the description; the one after '的' is what the clause
 * speaks of.
 */
const ATTRIBUTIVE_ZH = /^[^，。；、,;：:\d\s]{1,14}的$/u;

/** Before a name: '与' / '和' / '同' / '跟' joining it to no name before ('公司已与海光信息签订…'): the other party of a deal. */
const WITH_ZH = /(?:与|和|同|跟)\s*$/u;

/** Before a name: the Chinese marker of an object ('向海光信息采购', '对寒武纪投资'). */
const OBJECT_ZH = /(?:向|对|給|给)\s*$/u;

/** Before a name: the passive marker of the one acting on the subject ('被市场监管总局罚款', '遭证监会处罚'). */
const PASSIVE_AGENT_ZH = /(?:被|遭|遭到)\s*$/u;

/** Between a possessive pronoun and a name that is its part ('its unit', '其子公司', '其旗下'). */
const PART_NOUN = /子公司|旗下|部门|业务|平台|品牌|\b(?:unit|arm|subsidiary|division|affiliate|business|brand|platform|segment)\b/i;

/** Before an investor joining a round: 'alongside', 'together with', 'investors such as', 'backers including'. */
const JOINS_BEFORE =
  /(?:\b(?:alongside|together\s+with|along\s+with)\s+|\b(?:investors?|backers?|shareholders?)\s+(?:such\s+as|including|like)\s+)$/i;

/** Between a parent and its unit: "'s chip unit", "'s cloud arm", '旗下子公司', '旗下的'. */
const OWNER_OF_NEXT =
  /^(?:['’]s\s+(?:[a-z][\w-]*\s+){0,3}(?:unit|arm|subsidiary|division|affiliate|spin-?off|venture|business|startup|joint venture)\s+|\s*(?:[（(][^（）()]{0,12}[）)])?\s*(?:旗下|下属|控股)(?:[^，。；,;：:]{0,12}?的)?(?:[\p{Script=Han}]{0,6}?(?:子公司|公司|企业|平台|品牌|业务|部门))?|\s*(?:的)?(?:全资|控股)?(?:子公司|孙公司|附属公司)\s*)$/u;

/**
 * Between a unit and its parent named after it: ', a unit of', ', the chip subsidiary of', ', which is owned by',
 * '（', '是'(…旗下). The parent only describes the unit; `PARENT_AFTER` must follow a Chinese parent.
 */
const UNIT_BEFORE_OWNER =
  /^(?:,\s+(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,3}(?:unit|arm|subsidiary|division|affiliate|spin-?off|business)\s+of\s+|,\s+(?:which\s+is\s+|now\s+)?(?:wholly\s+|majority[ -])?owned\s+by\s+|\s*[（(]\s*(?:(?:a|an)\s+)?|\s*(?:是|为|系|作为)\s*)$/iu;
const PARENT_AFTER =
  /^(?:\s*(?:的)?(?:全资|控股)?(?:旗下|下属)?(?:的)?[\p{Script=Han}]{0,6}?(?:子公司|孙公司|附属公司|业务|部门)|(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}(?:unit|arm|subsidiary|division|affiliate)\b)/u;

/**
 * Subject of one figure, by role rather than by proximity:
 * 1. a market or economy-wide figure has none;
 * 2. a group total or joint action goes to the group ('A和B共同向C投资120亿美元' → 'A + B');
 * 3. the nearest candidate before it in its clause (payer and coordination rules), else the first one of its
 *    sub-sentence (the part of the sentence between '；'), else of the nearest earlier sub-sentence naming one;
 * 4. with no one named before it: an anaphor ('the company', '该公司', 'its') refers back to the previous sentence's
 *    subject, else the text's main organisation; a candidate after it in its own clause; the previous subject of the
 *    paragraph or the main organisation; the first candidate after it.
 */
export function chooseSubject(input: SubjectInput): string | undefined {
  const { text, fig, clause, sentence, c } = input;
  // 'OpenAI-related sites', 'Nvidia-backed CoreWeave': a name made into an adjective qualifies another noun; it owns
  // nothing while a name stands as a noun.
  const nouns = input.candidates.filter((m) => !/^-[a-z]/i.test(text.slice(m.end, m.end + 2)));
  const candidates = nouns.length ? nouns : input.candidates;
  const before = candidates.filter((m) => m.end <= fig.start);
  if (marketFigure(input, before)) return undefined;
  // 'The five-year and 10-year notes … carry coupons of 1.42% and 2.05%': a bond's rate is its issuer's.
  const issuer = bondRateIssuer(text, fig, sentence, input.issuers ?? []);
  if (issuer) return issuer;
  const relativeAgent = agentOfRelativeAfter(input, candidates);
  if (relativeAgent) return relativeAgent;
  const holder = heldBy(input, candidates);
  if (holder) return holder;
  const vehicle = vehicleSubject(
    text,
    fig,
    clause,
    sentence,
    candidates,
    input.vehicles ?? [],
    input.def?.metric === 'debt' || input.def?.metric === 'funding',
  );
  if (vehicle) return vehicle;
  const joint = jointSubject(input, before);
  if (joint) return joint;
  const item = enumeratedItem(input, before);
  if (item) return item;
  const whole = shareOfWhole(input, before);
  if (whole !== undefined) return whole || undefined;
  const marked = (m: EntityMention, words: string[]): boolean =>
    endsWithWord(text.slice(Math.max(sentence.start, m.start - 12), m.start), words);
  // Objects and counterparties ('with CoreWeave', 'in OpenAI') own a figure only when nobody else can.
  // A clause opening with 'with X' ('with Microsoft alone spending $88 billion') has X as its subject.
  const opensClause = (m: EntityMention): boolean =>
    sentence.clauses.some((cl) => cl.start <= m.start && /^\s*(?:with|along with)\s+$/i.test(text.slice(cl.start, m.start)));
  // "Baidu's chip unit Kunlunxin", 'SK海力士旗下子公司Solidigm': a parent named as the owner of the next name only
  // describes it; the unit is the one that acts.
  // 'Hengchuan Semiconductor, a unit of Lanxin Group, reported …', '衡川半导体（澜芯集团旗下子公司）营收…': a parent named after
  // its unit only describes it too.
  const describesPrev = (m: EntityMention): boolean =>
    candidates.some((n) => {
      if (n.end > m.start || n.name === m.name || n.start < sentence.start) return false;
      const between = text.slice(n.end, m.start);
      if (!UNIT_BEFORE_OWNER.test(between)) return false;
      return /^,\s/.test(between) || PARENT_AFTER.test(text.slice(m.end, m.end + 16));
    });
  const describesNext = (m: EntityMention): boolean =>
    candidates.some(
      (n) =>
        n.start > m.end &&
        n.name !== m.name &&
        (OWNER_OF_NEXT.test(text.slice(m.end, n.start)) || ATTRIBUTIVE_ZH.test(text.slice(m.end, n.start))),
    ) || describesPrev(m);
  // '公司已与海光信息签订…协议': a name joined by '与' to no name before it is the deal's other party, not a second subject.
  const withOther = (m: EntityMention): boolean => {
    const head = text.slice(Math.max(sentence.start, m.start - 4), m.start);
    const at = head.search(WITH_ZH);
    if (at < 0) return false;
    const markerAt = m.start - head.length + at;
    return !candidates.some((n) => n !== m && n.end <= markerAt && markerAt - n.end <= 1);
  };
  // '公司因…被市场监管总局罚款50万元': the one fining is not the one fined.
  const fining = (m: EntityMention): boolean =>
    input.def?.metric === 'fine' && PASSIVE_AGENT_ZH.test(text.slice(Math.max(sentence.start, m.start - 3), m.start));
  // 'Crusoe, …, has agreed to lease capacity at Humain's campus for about $2.6bn': a name made possessive inside a
  // prepositional phrase after a verb only says whose place or thing it is; the one named before it acts.
  const inPlacePhrase = (m: EntityMention): boolean =>
    /^['’]s\s/.test(text.slice(m.end, m.end + 3)) &&
    PLACE_PREP_AFTER_VERB.test(text.slice(Math.max(clause.start, m.start - 40), m.start)) &&
    before.some((n) => n.end <= m.start && n.name !== m.name);
  const bystander = (m: EntityMention): boolean =>
    inPlacePhrase(m) ||
    (marked(m, c.lex.counterpartyMarkers ?? []) && !opensClause(m) && !ownedLine(m, input)) ||
    (!!input.def?.payer && marked(m, c.lex.objectMarkers)) ||
    describesNext(m) ||
    withOther(m) ||
    fining(m);
  const seg = segmentOf(text, sentence, fig);
  const receiver = !!input.def && cues().receiverMetrics.includes(input.def.metric);
  let inSegment = before.filter((m) => m.start >= seg.start);
  // 'Tencent put in about $300 million … The valuation compares with roughly $3 billion': a valuation or a round in a
  // sentence naming no one is the company the text is about, not the investor the sentence before ended on.
  // Not when the sentence refers back ('The startup was valued at …'): that is the previous sentence's subject.
  const pointsBack =
    lastMatch(anaphorRegex(c), text, sentence.start, fig.start) >= 0 ||
    lastMatch(wordsRegexCached(c.lex.definiteAnaphors ?? NO_WORDS), text, sentence.start, fig.start) >= 0;
  // …unless the text's company is the investor of the last investment told: then it is the company invested in
  // ('Qualcomm is in talks to invest … in Fluidstack … The terms imply a pre-money valuation of $8 billion').
  const investedIn = input.main && input.main === input.lastInvestor ? input.lastInvestee : undefined;
  // With no company the text is about, the last one told to raise or to be invested in ('Thrive Capital invested in
  // Mistral AI last month. The round totals $2 billion').
  const raising = investedIn ?? input.main ?? input.lastReceiver ?? input.lastInvestee;
  if (receiver && !before.length && !pointsBack && raising) return raising;
  if (receiver) {
    // A valuation or a round belongs to the company invested in ('阿里领投月之暗面的B轮融资，彼时估值约25亿美元').
    const investee = [...inSegment].reverse().find((m) => marked(m, cues().investVerbs));
    if (investee) return investee.name;
    // …never to its investors: 'a round led by GIC and Coatue that values the startup at …'.
    const investors = new Set<EntityMention>();
    for (const m of inSegment) {
      const prev = inSegment[inSegment.indexOf(m) - 1];
      if (marked(m, cues().agentMarkers) || (prev && investors.has(prev) && coordinated(text, prev, m, c))) investors.add(m);
    }
    // '腾讯和上海国投先导领投，投后估值来到55亿美元': names followed by the verb of investing are investors too.
    for (const m of inSegment) if (INVESTS_AFTER.test(text.slice(m.end, m.end + 16))) investors.add(m);
    // 'Samsung Electronics will take a 19% stake in the three-year-old startup, valuing it at …': the one taking the
    // stake is an investor; what is valued is whom the text's last investment went to.
    for (const m of inSegment) if (STAKE_AFTER_EN.test(text.slice(m.end, m.end + 60))) investors.add(m);
    // 'Existing investors will put in another $300 million alongside Qualcomm, bringing the round to $1.8 billion',
    // 'backed by existing investors such as Sequoia': names joining an investment are investors too.
    for (const m of inSegment) if (JOINS_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 24), m.start))) investors.add(m);
    const owners = inSegment.filter((m) => !investors.has(m));
    if (!owners.length && inSegment.length > 0 && input.lastInvestee && !inSegment.some((m) => m.name === input.lastInvestee))
      return input.lastInvestee;
    if (owners.length) inSegment = owners;
    else if (inSegment.length && (input.previous ?? input.main) && !inSegment.some((m) => m.name === (input.previous ?? input.main)))
      return input.previous ?? input.main;
  }
  // '到2027年底其在英伟达GB300系统上的支出将达到约180亿美元', 'its spending on Nvidia systems will reach $18 billion': a
  // possessive pronoun before every name of the clause owns the figure; the names after it are what it spends on. Not
  // 'its unit Solidigm' / '其子公司', where the name is the pronoun's part.
  // 'Its stake in Arm, worth about $110 billion, …': a clause opening with 'worth' values the noun phrase of the clause
  // before it, whose possessive pronoun owns the figure.
  const prevClause = [...sentence.clauses].reverse().find((cl) => cl.end <= clause.start);
  const owned = prevClause && /^[\s,]*(?:worth|valued\s+at)\b/i.test(text.slice(clause.start, fig.start)) ? prevClause : clause;
  const possessor = lastMatch(anaphorRegex(c), text, owned.start, fig.start);
  const inOwnClause = before.filter((m) => m.start >= owned.start);
  const objects = inOwnClause.filter((m) => m.start >= possessor);
  if (
    possessor >= 0 &&
    objects.length > 0 &&
    objects.every((m) => !/^['’]s\b/.test(text.slice(m.end, m.end + 3))) &&
    // …a word between (not '大模型公司Mistral AI', where the noun describes the name right after it).
    /\S/.test(text.slice(possessor, objects[0]!.start)) &&
    !PART_NOUN.test(text.slice(possessor, objects[0]!.start))
  ) {
    // The pronoun's referent: a name before it in its clause ('Salesforce said its spending on Google Cloud …'), else
    // in its sentence, else the previous sentence's subject or the text's main organisation.
    const owner = [
      ...inOwnClause.filter((m) => m.end <= possessor),
      ...before.filter((m) => m.end <= owned.start && m.start >= sentence.start),
    ]
      .filter((m) => !bystander(m))
      .sort((a, b) => (a.start >= owned.start ? 1 : 0) - (b.start >= owned.start ? 1 : 0) || a.start - b.start)
      .pop();
    const ref = owner?.name ?? input.previous ?? input.main;
    if (ref && !objects.some((m) => m.name === ref)) return ref;
  }
  const inClause = ownStatement(
    text,
    clause,
    fig,
    inSegment.filter((m) => m.start >= clause.start),
  );
  if (inClause.some((m) => !bystander(m) || marked(m, cues().agentMarkers))) {
    // A parent named after its unit ('衡川半导体（澜芯集团旗下子公司）营收…') is not the nearest owner, nor one named before
    // a unit the gazetteer knows by name ('中国电信旗下天翼云认购5000万美元': the unit acts, decision 137). A unit found only
    // in the text ('中国移动旗下中移资本领投…') leaves its parent the owner readers know.
    const knownUnitAfter = (m: EntityMention): boolean =>
      inClause.some(
        (n) =>
          n.start >= m.end &&
          n.name !== m.name &&
          OWNER_OF_NEXT.test(text.slice(m.end, n.start)) &&
          input.gaz.byName.has(n.name.toLowerCase()),
      );
    const units = inClause.filter((m) => !describesPrev(m) && !knownUnitAfter(m) && !inPlacePhrase(m));
    return nameOf(pick(units.length ? units : inClause, input, before));
  }
  // "that's the number I'd use" opens a clause with a demonstrative, not a relative pronoun.
  const relative = (cl: Span): boolean =>
    containsWordAtStart(text.slice(cl.start, cl.end), cues().relativeStarts) &&
    !/^\s*that(?:['’]s|\s+(?:is|was|would|will)\b)/i.test(text.slice(cl.start, cl.end));
  // '…committed $15 billion to Anthropic, which in turn pledged to buy $30 billion of Azure compute': the relative
  // clause's antecedent is the name right before it.
  if (!inClause.length && /^\s*(?:which|who)\b/i.test(text.slice(clause.start, clause.end))) {
    const antecedent = before.filter((m) => m.end <= clause.start).pop();
    if (antecedent && clause.start - antecedent.end <= 3) return antecedent.name;
  }
  // '…, betting that hyperscalers such as Alphabet will keep ordering, and the chipmaker's shares rose 6%': a noun
  // phrase referring back, in a clause naming no one, is the sentence's opening subject (else the previous sentence's
  // or the text's main organisation), not the name of the clause before.
  const definite = c.lex.definiteAnaphors;
  if (!inClause.length && definite?.length && lastMatch(wordsRegexCached(definite), text, clause.start, fig.start) >= 0) {
    const first = sentence.clauses[0];
    // A valuation's 'the startup' is never its investor ('Qualcomm is in talks to invest … in Fluidstack, in a deal that
    // would value the startup at …'): for a receiver's metric the opener is looked for among the non-investors.
    const opener = first ? (receiver ? inSegment : before).find((m) => m.end <= first.end && !bystander(m)) : undefined;
    const typed = typedReferent(input, before, opener?.name);
    const ref = typed ?? opener?.name ?? input.previous ?? input.main;
    if (ref) return ref;
  }
  // The nearest earlier clause that names someone who is not an object, skipping relative and appositive clauses
  // ('…, which generates …,' / ', the largest backer of OpenAI,'): that clause's grammatical subject.
  const earlier = inSegment.length ? inSegment : before;
  const clauses = sentence.clauses.filter((cl) => cl.end <= clause.start && !relative(cl));
  for (const cl of [...clauses].reverse()) {
    const inCl = earlier.filter((m) => m.start >= cl.start && m.end <= cl.end);
    // '沪深两市成交额达2.1万亿元，较前一交易日放量约4200亿元': the nearest clause speaks of a market, so does this one.
    if (!inCl.length && input.markets?.some((m) => m.start >= cl.start && m.end <= cl.end)) return undefined;
    // A round's or a valuation's owner is the one raising money, never its investors ('a round led by GIC').
    const agent = receiver ? undefined : inCl.find((m) => marked(m, cues().agentMarkers));
    // '其中向海光信息采购约5.2亿元，占采购总额约28%': the object of the earlier clause is not what the later one speaks of.
    const subject =
      agent ??
      inCl.find(
        (m) =>
          !bystander(m) &&
          !(receiver && marked(m, cues().agentMarkers)) &&
          !OBJECT_ZH.test(text.slice(Math.max(sentence.start, m.start - 2), m.start)),
      );
    if (subject) return nameOf(listOf(subject, before, input));
  }
  // '该公司此前曾向英伟达下单…，相关订单规模…200亿美元': the sentence's subject is an anaphor standing before the only
  // names, which are objects; it refers back to the previous sentence's subject, else the text's main organisation.
  const anaphorAt = lastMatch(anaphorRegex(c), text, sentence.start, before[0]?.start ?? fig.start);
  if (anaphorAt >= 0 && before.every((m) => bystander(m)) && (input.previous ?? input.main)) return input.previous ?? input.main;
  if (inClause.length) return nameOf(pick(inClause, input, before));
  // 'Shares of the company, in which Nvidia holds a stake of about 6%, fell 7.4%': a name inside an earlier relative
  // clause describes; it does not act in this one.
  const inRelative = (m: EntityMention): boolean =>
    sentence.clauses.some((cl) => cl.end <= clause.start && m.start >= cl.start && m.end <= cl.end && relative(cl));
  if (before.length && before.every(inRelative) && (input.previous ?? input.main)) return input.previous ?? input.main;
  if (inSegment.length) return inSegment[0]!.name;
  if (before.length) {
    // The nearest earlier sub-sentence that names someone: its first candidate.
    const last = before[before.length - 1]!;
    const lastSeg = segmentOf(text, sentence, { ...fig, start: last.start, end: last.end });
    return before.find((m) => m.start >= lastSeg.start)!.name;
  }
  const anaphorRe = anaphorRegex(c);
  const refersBack =
    lastMatch(anaphorRe, text, sentence.start, fig.start) >= 0 ? (input.previous ?? input.main ?? input.earlier) : undefined;
  if (refersBack) return refersBack;
  const after = candidates.filter((m) => m.start >= fig.end);
  // A name far after the figure, in a clause run on without punctuation (a call transcript: '…revenue was thirty seven
  // point eight billion dollars and … demand from OpenAI …'), speaks of something else: the speaker's company (the
  // text's main organisation) owns the figure.
  const afterInClause = after.find(
    (m) => m.end <= clause.end && !marked(m, c.lex.objectMarkers) && (m.start - fig.end <= FAR_AFTER || !(input.previous ?? input.main)),
  );
  if (afterInClause) return afterInClause.name;
  // '…Micron said its memory sales are strong.¶Revenue rose 20% to $5 billion': a company's own measure in a text about
  // several companies is the one the text spoke of last, across a paragraph break. Not a measure a market has too
  // ('Global chip sales rose 18%', 'the index fell 1.2%'): that stays no one's.
  return input.previous ?? input.main ?? after[0]?.name ?? (input.def?.firm ? input.earlier : undefined);
}

/**
 * Right after a name: the verb of a party to the money ('JPMorgan Chase, which is providing $4 billion', 'Goldman Sachs
 * will lend …', '中金公司旗下基金合计持有…', '高盛认购…'). A bank or a research house usually only quoted as a source owns
 * the figure when it so acts.
 */
const ACTS_AFTER_EN =
  /^(?:\s*,\s*(?:which|who)\s+|\s+)(?:(?:is|was|will|would|has|have|had|also|already|separately|reportedly|each)\s+){0,3}(?:providing|provides?|provided|lend(?:s|ing)?|lent|invest(?:s|ed|ing)?|contribut(?:es?|ed|ing)|put(?:s|ting)?\s+in|buy(?:s|ing)?|bought|purchas(?:es?|ed|ing)|acquir(?:es?|ed|ing)|hold(?:s|ing)?|held|owns?|owned|subscrib(?:es?|ed|ing)|commit(?:s|ted|ting)?|financ(?:es?|ed|ing))\b/i;
const ACTS_AFTER_ZH =
  /^(?:旗下[^，。；,;、\d]{0,6}?(?:基金|公司|资本|投资))?[^，。；,;]{0,10}?(?:出资|认购|認購|持有|持股|投资|投資|贷款|貸款|提供|收购|收購|买入|買入|增持|减持|減持|领投|領投|跟投|参投|注资|入股|授信|放贷)/u;
/** Words of a source speaking ('中金公司预计…投资'): what follows them is what it says, not what it does. */
const SPEAKS_ZH = new RegExp(
  `预计|預計|预测|預測|认为|認為|表示|指出|称|稱|测算|測算|估计|估計|报告|報告|研报|研報|数据|數據|统计|統計|预期|預期|分析|评级|評級|${targetPriceSource({ script: 'chinese' })}|维持|維持|给予|給予|上调|上調|下调|下調`,
  'u',
);
/** A rating, not a deal ('Goldman Sachs, which holds a Buy rating', '…维持"买入"评级'). */
const RATING = new RegExp(`\\b(?:rating|target|recommendation|outlook)\\b|评级|評級|${targetPriceSource({ script: 'chinese' })}`, 'iu');

/**
 * The organisations usually quoted as sources (banks' research arms, research firms) that act as a party to the money
 * in this sentence ('The debt package is led by JPMorgan Chase, which is providing $4 billion', '中金公司旗下基金持有寒武纪
 * 约0.8%的股份'): they may own the sentence's figures like any company.
 */
export function actingSources(text: string, sentence: Span, mentions: EntityMention[], gaz: Gazetteer, c: CompiledLexicon): Set<string> {
  const out = new Set<string>();
  const sourceTags = setOf(c.lex.sourceTags);
  for (const m of mentions) {
    if (m.type !== 'org' || !(gaz.byName.get(m.name.toLowerCase())?.tags ?? []).some((t) => sourceTags.has(t))) continue;
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 60));
    if (RATING.test(after)) continue;
    const act = ACTS_AFTER_EN.exec(after) ?? ACTS_AFTER_ZH.exec(after);
    if (!act || SPEAKS_ZH.test(act[0])) continue;
    out.add(m.name);
  }
  return out;
}

/**
 * Whether a name stands as the agent of a passive ('本轮由阿里巴巴领投', 'The round was led by Thrive'): the sentence speaks
 * of something else (the round, the company raising it), so the name is not what its 'the company' / '该公司' refers to.
 */
export function introducedAsAgent(text: string, sentence: Span, m: Span): boolean {
  return endsWithWord(text.slice(Math.max(sentence.start, m.start - 12), m.start), cues().agentMarkers);
}

/**
 * The investment a sentence tells ('腾讯领投智谱B轮融资', 'Thrive Capital invested in Mistral AI'): the name right after a
 * verb of investing is the investee, the name before it that is not one the investor. Undefined when it tells none.
 */
export function investmentTold(
  text: string,
  sentence: Span,
  named: EntityMention[],
): { investee: string; investor: string | undefined } | undefined {
  const investee = named.find(
    (m) => m.start >= sentence.start && endsWithWord(text.slice(Math.max(sentence.start, m.start - 12), m.start), cues().investVerbs),
  );
  if (!investee) return undefined;
  const investor = named.filter((m) => m.end <= investee.start && m.name !== investee.name).pop();
  return { investee: investee.name, investor: investor?.name };
}

/** Between a figure and the name acting in the relative clause that follows it: 'that (rival) ', 'which its peer '. */
const RELATIVE_BEFORE_NAME =
  /^\s*,?\s*(?:that|which)\s+(?:(?:its|their|the|larger|smaller|bigger|chinese|american|us|u\.s\.|listed|private)\s+)?(?:(?:rival|rivals|peer|competitor|startup|chipmaker|company)\s+)?$/i;
/** After that name: the verb of the relative clause ('was valued at', 'paid', 'raised'), not a possessive or a noun. */
const RELATIVE_VERB_AFTER =
  /^\s+(?:(?:was|were|is|are|had|has|have|will|would|could|reportedly|already|also|had\s+been|has\s+been)\s+)*(?:paid|spent|raised|offered|invested|committed|pledged|agreed|earned|reported|posted|booked|won|got|sold|bought|borrowed|valued|priced|fetched|secured|received|lost|made|generated|charged|set|sought|targeted)\b/i;

/**
 * 'well below the roughly 95 billion yuan that rival Hengtai Semiconductor was valued at', 'the $2 billion that Google
 * paid for it': a figure followed by a relative clause whose subject is a name is that name's (what it paid, raised,
 * was valued at), not the name of the main clause.
 */
function agentOfRelativeAfter(input: SubjectInput, candidates: EntityMention[]): string | undefined {
  const { text, fig, sentence } = input;
  const n = candidates.find((m) => m.start >= fig.end && m.start - fig.end <= 40 && m.end <= sentence.end);
  if (!n || !RELATIVE_BEFORE_NAME.test(text.slice(fig.end, n.start))) return undefined;
  return RELATIVE_VERB_AFTER.test(text.slice(n.end, n.end + 40)) ? n.name : undefined;
}

/** Before a possessive name: a verb, its object, then a preposition of place or source ('lease capacity at', 'buy power from'). */
const PLACE_PREP_AFTER_VERB =
  /\b(?:[a-z]+ed|to\s+[a-z]+|will\s+[a-z]+|lease|leases|buy|buys|build|builds|rent|rents)\b[^,;:]{0,24}?\b(?:at|from|inside|near|across)\s+$/i;
