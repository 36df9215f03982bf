/** Discovery of unknown organisation names for review: capitalised runs ending in an org suffix, Chinese XX科技 / XX公司. */
import type { EntityMention } from '../../types/entity.js';
import { isHanCode } from '../../util/han.js';
import { setOf } from '../cached-set.js';
import { STOCK_CODE } from '../stock-code.js';
import { commonNoun } from './common-nouns.js';
import { knownMentions } from './known-names.js';
import type { EntityRules } from './rules.js';
import { SpanSet } from './span-set.js';

/**
 * A legal form after a name: 'Co', 'Co.', 'Ltd', 'LLC', 'PLC', 'LP', 'Pte', 'Inc', 'Corp', 'AG', 'SA', 'NV', 'SE' (not
 * part of the name a deal or figure is given to: 'Veltrane Software Inc reported …' and 'Veltrane Software said …' name
 * one company, Veltrane Software; decision 050).
 */
const LEGAL_FORM = /^(?:Co|Ltd|LLC|PLC|Plc|plc|LP|Pte|Inc|Corp|Limited|AG|SA|NV|SE)\.?$/;
/** Legal forms that a one-word name keeps: 'Sumitomo Corp.', 'SoftBank Corp.' (the word alone names a group). */
const LEGAL_FORM_KEPT_AFTER_ONE_WORD = /^(?:Inc|Corp|Limited|AG|SA|NV|SE|plc)\.?$/;

/** Where a run's legal form stands (-1 when it has none). */
function legalFormAt(words: readonly { w: string }[]): number {
  return words.findIndex((w, i) => i > 0 && LEGAL_FORM.test(w.w) && !(i === 1 && LEGAL_FORM_KEPT_AFTER_ONE_WORD.test(w.w)));
}

/** 'Its chip division, Device Solutions (DS)', 'the Cloud Services segment': a division of a company, not a company. */
function namesDivision(text: string, start: number, end: number): boolean {
  return (
    /\b(?:division|segment|business unit)\s*,?\s*$/.test(text.slice(Math.max(0, start - 24), start)) ||
    /^\s+(?:division|segment|business)\b/.test(text.slice(end, end + 12))
  );
}

/** 'Figure AI', 'Thinking Machines Lab': runs of capitalised words whose last word is an org suffix. */
function discoverLatin(text: string, rules: EntityRules, taken: SpanSet): EntityMention[] {
  const suffixes = setOf(rules.discovery.enSuffixes);
  const stop = setOf(rules.discovery.enStopWords);
  const out: EntityMention[] = [];
  const re = /[A-Z][A-Za-z0-9&]*(?:[.'’-][A-Za-z0-9]+)*\.?(?:[ ]+[A-Z][A-Za-z0-9&]*(?:[.'’-][A-Za-z0-9]+)*\.?)*/g;
  const runs: { s: number; w: string }[][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let words: { s: number; w: string }[] = [];
    const wre = /\S+/g;
    for (let w = wre.exec(m[0]); w; w = wre.exec(m[0])) {
      // A possessive ends the name: "Xinghe AI's Hong Kong IPO" names Xinghe AI.
      const poss = /['’]s$/.exec(w[0]);
      words.push({ s: m.index + w.index, w: poss ? w[0].slice(0, -2) : w[0] });
      if (poss) break;
      // A full stop after a word ends its sentence ('… its Hong Kong IPO. Hengchuan Semiconductor said'): the next
      // sentence's words start a run of their own.
      if (endsSentence(w[0])) {
        runs.push(withoutStopWords(words, stop));
        words = [];
      }
    }
    runs.push(withoutStopWords(words, stop));
  }
  // Names told once with their legal form ('Seohae AI Campus Co'): the same words name the company elsewhere in the text.
  const legalNames = new Set<string>();
  for (const words of runs) {
    const legal = legalFormAt(words);
    if (legal > 0)
      legalNames.add(
        words
          .slice(0, legal)
          .map((w) => w.w)
          .join(' '),
      );
  }
  for (const words of runs) {
    // Cut the run after its last suffix word; the run must keep at least one non-suffix word before it. A legal form
    // ('Seohae AI Campus Co', 'Hanbit Data Ltd') ends a name whatever its last word; the name is the words before it.
    let lastSuffix = -1;
    words.forEach((w, i) => {
      if (suffixes.has(w.w) || suffixes.has(w.w.replace(/\.$/, ''))) lastSuffix = i;
    });
    let legal = legalFormAt(words);
    if (legal < 0) {
      const joined = words.map((w) => w.w.replace(/[.,]$/, '')).join(' ');
      const known = [...legalNames].find((n) => joined === n || joined.startsWith(`${n} `));
      if (known) legal = known.split(' ').length;
    }
    if (legal > 0) lastSuffix = legal - 1;
    else if (lastSuffix < 1) continue;
    const kept = words.slice(0, lastSuffix + 1);
    if (legal < 0 && suffixes.has(kept[0]!.w)) continue;
    const start = kept[0]!.s;
    const lastWord = kept[kept.length - 1]!;
    let end = lastWord.s + lastWord.w.length;
    if (text.charAt(end - 1) === '.' && !/^(Inc|Corp)\.$/.test(lastWord.w)) end--;
    if (taken.overlaps(start, end)) continue;
    if (legal < 0 && namesDivision(text, start, end)) continue;
    // One ordinary-looking word before the suffix, capitalised only because it opens a sentence ('Actually AI gross
    // margin', 'Slower AI adoption'), is no evidence of a name: it needs another.
    const plain = kept.filter((w) => !suffixes.has(w.w) && !suffixes.has(w.w.replace(/\.$/, ''))).length;
    if (legal < 0 && plain === 1 && opensSentence(text, start) && !nameEvidence(text, start, end)) continue;
    const found: EntityMention = {
      name: text.slice(start, end),
      type: 'org',
      start,
      end,
      text: text.slice(start, end),
      match: 'discovered',
    };
    taken.add(found);
    out.push(found);
  }
  return out;
}

/**
 * Leading function words and generic adjectives ('The', 'Generative') dropped from a run, and a compound adjective
 * with everything before it ('Shenzhen-based', 'Hong Kong-listed', 'Nasdaq-listed'): what follows it is the name.
 */
function withoutStopWords(words: { s: number; w: string }[], stop: ReadonlySet<string>): { s: number; w: string }[] {
  const adjective = words.findLastIndex((w, i) => i < words.length - 1 && /^[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)*-[a-z]+$/.test(w.w));
  if (adjective >= 0) words.splice(0, adjective + 1);
  while (words.length && stop.has(words[0]!.w.replace(/\.$/, ''))) words.shift();
  return words;
}

/** Abbreviations that end in a full stop inside a name or a title ('Inc.', 'Co.', 'Dr.'). */
const ABBREVIATION =
  /^(?:Inc|Corp|Co|Ltd|Bhd|Pte|Plc|Jr|Sr|St|Mr|Mrs|Ms|Dr|Prof|No|Mt|Ft|Gen|Gov|Sen|Rep|Bros|Intl|Dept|Univ|Ave|Blvd|vs)\.$/;

/** A word of a capitalised run whose full stop ends the sentence: not an abbreviation nor an initial ('U.S.', 'J.'). */
function endsSentence(word: string): boolean {
  return /[A-Za-z0-9]{2,}\.$/.test(word) && !ABBREVIATION.test(word) && !/^(?:[A-Za-z]\.)+$/.test(word) && !/\.[A-Za-z]/.test(word);
}

/** `start` opens a sentence, a line or the text (a colon does not: 'outlet: Daiwa Capital Markets'). */
function opensSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  if (start === 0 || /(?:^|\n)[ \t]*(?:[#>*-]+[ \t]*)?$/.test(before) || /[.!?。！？]["”’)]?\s+$/.test(before)) return true;
  // After a bold label opening a line ('**Risks:** Slower AI demand …', '- **Outlook**: Stronger AI …').
  return /(?:^|\n)[ \t]*(?:[-*•][ \t]+)?\*\*[^*\n]{1,40}\*\*[ \t]*[:：]?[ \t]*$/.test(text.slice(Math.max(0, start - 48), start));
}

/**
 * Evidence that a run of words opening a sentence is a name: the text writes it again, glosses it or sets an
 * apposition after it, or it acts as a company does right after ('… raised', '… said', '… is', '… will', '…'s').
 */
function nameEvidence(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const again = (i: number) => i >= 0 && !/[A-Za-z0-9&]/.test(text.charAt(i + name.length)) && !/[A-Za-z0-9&]/.test(text.charAt(i - 1));
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) if (i !== start && again(i)) return true;
  const after = text.slice(end, end + 40);
  // A gloss or an apposition ('Harbor Compute, its cloud arm, …', 'Qinglan Semiconductor, known in Chinese as …'), or
  // the label of a list item ('- Hanxin Technology: margin subscriptions …').
  if (/^\s?[（(]/.test(after) || /^,\s+(?:a|an|its|the|which|who|known|called|named|formerly)\b/.test(after)) return true;
  if (/^\s*[:：]/.test(after) && /(?:^|\n)[ \t]*[-*•][ \t]*$/.test(text.slice(Math.max(0, start - 8), start))) return true;
  // A verb of reporting or expecting ('… said revenue rose', '… told investors', '… expects', '… sees') after a run that
  // ends in an org suffix: a company speaking of its business.
  return (
    /^\s+(?:[a-z]+ed|is|was|has|had|will|would|says|said|told|tells|expects|sees|forecasts|plans|raises|signs|files|announces|reports)\b/.test(
      after,
    ) || /^['’]s\b/.test(after)
  );
}

type Discovery = EntityRules['discovery'];
const zhCache = new WeakMap<Discovery, ReturnType<typeof buildZhTables>>();

function buildZhTables(d: Discovery) {
  const genericList = [...d.zhGenericPrefixes].sort((a, b) => b.length - a.length);
  const nonName = d.zhNonNameWords ?? [];
  return {
    generic: new Set(d.zhGenericPrefixes),
    genericList,
    nonName,
    leadWords: [...genericList, ...nonName].filter((w) => w.length >= 2),
    suffixRe: new RegExp([...d.zhSuffixes].sort((a, b) => b.length - a.length).join('|'), 'g'),
  };
}

/** discoverChinese's word lists and suffix regex, built once per rules table (they were rebuilt for every text). */
function zhTables(d: Discovery): ReturnType<typeof buildZhTables> {
  let t = zhCache.get(d);
  if (!t) zhCache.set(d, (t = buildZhTables(d)));
  return t;
}

/**
 * '去年上市的物流机器人公司极智嘉', '一家无人机公司云翼达': a run after an attributive '的' / '一家' that ends in a role noun
 * ('公司', '企业', '厂商') followed by more of a name describes the company named next; it is not a name itself.
 */
function describesNameAfter(text: string, start: number, end: number, d: Discovery): boolean {
  const roles = [...(d.zhRoleEnds ?? [])].sort((a, b) => b.length - a.length);
  const run = text.slice(start, end);
  // '美国AI推理云公司Corvane Systems', '芯片公司Acme': a run ending in a role noun right before a capitalised Latin name
  // is the description of that name (the name discovery reads it as 'subsidiary Solidigm' does), not a name itself.
  if (/^[A-Z]/.test(text.charAt(end)) && roles.some((r) => run.endsWith(r) && run.length > r.length)) return true;
  if (!/[的家]/u.test(text.charAt(start - 1)) && !cutDescription(text, start, run, roles, d)) return false;
  const role = roles.find((r) => run.endsWith(r) && run.length > r.length) ? '' : roles.find((r) => text.startsWith(r, end));
  if (role === undefined) return false;
  const next = text.charAt(end + role.length);
  return isHanCode(next.charCodeAt(0)) && !d.zhStopChars.includes(next) && !(d.zhNameEndStops ?? '').includes(next);
}

/**
 * '计算机视觉公司云栖视觉': a description of four characters or more before a role noun whose scan stopped inside a word
 * (the character before is a Han character that is no function character, here '计' of 计算机) was cut mid-word
 * ('算机视觉公司'); it describes the name after it as a run after '的' does.
 */
function cutDescription(text: string, start: number, run: string, roles: readonly string[], d: Discovery): boolean {
  const before = text.charAt(start - 1);
  if (!isHanCode(before.charCodeAt(0)) || (d.zhNameEndStops ?? '').includes(before)) return false;
  const role = roles.find((r) => run.endsWith(r));
  return role !== undefined && run.length - role.length >= 4;
}

/** '宇树科技', '某某智能': two to four Chinese characters before an org suffix, scanned back to a stop character. */
function discoverChinese(text: string, rules: EntityRules, taken: SpanSet): EntityMention[] {
  const d = rules.discovery;
  const { suffixRe } = zhTables(d);
  suffixRe.lastIndex = 0;
  const out: EntityMention[] = [];
  for (let sm = suffixRe.exec(text); sm; sm = suffixRe.exec(text)) {
    const i = sm.index;
    const suffix = sm[0];
    if (i < 2) continue;
    const after = text.charAt(i + suffix.length);
    if (after && d.zhNotAfter.includes(after) && !(d.zhOkAfter ?? []).some((w) => text.startsWith(w, i + suffix.length))) continue;
    if ((d.zhSuffixCompounds ?? []).some((w) => text.startsWith(w, i))) continue;
    const s = nameStart(text, i, 4, d);
    if (s < 0) continue;
    const end = i + suffix.length;
    if (taken.overlaps(s, end) || commonNoun(text.slice(s, end))) continue;
    if (describesNameAfter(text, s, end, d)) continue;
    const m: EntityMention = { name: text.slice(s, end), type: 'org', start: s, end, text: text.slice(s, end), match: 'discovered' };
    taken.add(m);
    out.push(m);
  }
  return out;
}

/** Occurrences of `word` in `text`, counting at most `cap`. */
function countOf(text: string, word: string, cap: number): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0 && n < cap; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/** Whether `word` stands across position `end` of `text` (starts before it, ends after it). */
function cutsWord(text: string, end: number, word: string): boolean {
  for (let k = Math.max(0, end - word.length + 1); k < end; k++) if (text.startsWith(word, k)) return true;
  return false;
}

const zhRoleCache = new WeakMap<Discovery, RegExp | null>();
/** A role noun with a word of description before it ('算力服务商', '芯片设计公司'; not '该公司'), then a Han character. */
function zhRoleRegex(d: Discovery): RegExp | null {
  if (zhRoleCache.has(d)) return zhRoleCache.get(d) ?? null;
  const ends = d.zhRoleEnds ?? [];
  const re = ends.length
    ? new RegExp(
        `(?<![该這这本其母子分总總旗])(?<=\\p{Script=Han}|[A-Za-z])(?:${[...ends].sort((a, b) => b.length - a.length).join('|')})(?=\\p{Script=Han})`,
        'gu',
      )
    : null;
  zhRoleCache.set(d, re);
  return re;
}

/**
 * A Chinese name of any form introduced by a role noun ('国产AI算力服务商星衡智算今日起在香港招股', '芯片公司沐川智能'): no
 * suffix tells where it ends, so it is the longest run of two to six Han characters after the role noun that the text
 * writes at least twice, that ends at no function character ('今', '将', '的') and holds no verb or generic word. Every
 * mention of it is then tagged.
 */
function discoverChineseByRole(text: string, rules: EntityRules, taken: SpanSet): EntityMention[] {
  const d = rules.discovery;
  const re = zhRoleRegex(d);
  if (!re) return [];
  const { generic, genericList, nonName } = zhTables(d);
  const endStops = d.zhNameEndStops ?? '';
  const names = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const s = m.index + m[0].length;
    if (taken.overlaps(s, s + 2)) continue;
    let e = s;
    while (e < text.length && e - s < 6 && isHanCode(text.charCodeAt(e)) && !d.zhStopChars.includes(text.charAt(e))) e++;
    for (let end = e; end - s >= 2; end--) {
      const cand = text.slice(s, end);
      if (endStops.includes(cand.charAt(cand.length - 1))) continue;
      if (generic.has(cand) || d.zhSuffixes.includes(cand) || genericList.some((g) => g.length >= 2 && cand.startsWith(g))) break;
      // no verb or generic word inside, and none cut in two at its end ('资本开支' is no name '资本开')
      if (nonName.some((w) => cand.includes(w) || cutsWord(text, end, w))) continue;
      if (countOf(text, cand, 2) < 2 || commonNoun(cand)) continue;
      names.add(cand);
      break;
    }
  }
  const out: EntityMention[] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      if (taken.overlaps(i, i + name.length)) continue;
      const found: EntityMention = { name, type: 'org', start: i, end: i + name.length, text: name, match: 'discovered' };
      taken.add(found);
      out.push(found);
    }
  }
  return out;
}

/**
 * Where a Chinese name ending at `i` starts: up to `max` Han characters back to a stop character, cut after a generic
 * or non-name word ('供应商英维克科技' → '英维克', '据悉星尘智能' → '星尘'), generic leading words stripped ('美国宇树' →
 * '宇树'); -1 when what is left is no name (fewer than two characters, a common noun, a verb inside).
 */
function nameStart(text: string, i: number, max: number, d: Discovery): number {
  const { generic, genericList, nonName, leadWords } = zhTables(d);
  let s = i;
  while (s > 0 && i - s < max) {
    const ch = text.charAt(s - 1);
    if (!isHanCode(ch.charCodeAt(0)) || d.zhStopChars.includes(ch)) break;
    s--;
  }
  // The scan may stop mid-word: start after the last generic or non-name word that ends inside the prefix and leaves
  // at least two characters.
  let w0 = s;
  while (w0 > 0 && s - w0 < 3 && isHanCode(text.charCodeAt(w0 - 1))) w0--;
  const win = text.slice(w0, i);
  for (const w of leadWords) {
    for (let k = win.indexOf(w); k >= 0; k = win.indexOf(w, k + 1)) {
      const e = w0 + k + w.length;
      if (e > s && e <= i - 2) s = e;
    }
  }
  let prefix = text.slice(s, i);
  for (;;) {
    const g = genericList.find((x) => x.length >= 2 && prefix.startsWith(x) && prefix.length - x.length >= 2);
    if (!g) break;
    prefix = prefix.slice(g.length);
    s += g.length;
  }
  // '归属母公司', '子公司': a prefix ending in one of these characters makes the suffix a common noun.
  const lastGeneric = (d.zhGenericLastChars ?? '').includes(prefix.charAt(prefix.length - 1));
  if (prefix.length < 2 || lastGeneric || generic.has(prefix) || genericList.some((g) => g.length >= 2 && prefix.endsWith(g))) return -1;
  // '接近公司的人士', '均超出公司此前指引': a verb, adverb or function word inside means no name.
  if (nonName.some((w) => prefix.includes(w))) return -1;
  return s;
}

/**
 * '创意(3443)下跌3.2%', '世芯-KY(3661)', '寒武纪（688256.SH）': a Chinese name right before a stock code is a listed
 * company, whatever its suffix. The code's '-KY' style board marker belongs to the name.
 */
function discoverByCode(text: string, rules: EntityRules, taken: SpanSet): EntityMention[] {
  const out: EntityMention[] = [];
  STOCK_CODE.lastIndex = 0;
  for (let m = STOCK_CODE.exec(text); m; m = STOCK_CODE.exec(text)) {
    const i = m.index;
    if (i < 2 || !isHanCode(text.charCodeAt(i - 1))) continue;
    const s = nameStart(text, i, 6, rules.discovery);
    if (s < 0) continue;
    const end = i + (m[1]?.length ?? 0);
    if (taken.overlaps(s, end) || commonNoun(text.slice(s, end))) continue;
    const found: EntityMention = { name: text.slice(s, end), type: 'org', start: s, end, text: text.slice(s, end), match: 'discovered' };
    taken.add(found);
    out.push(found);
  }
  return out;
}

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regexes built once per rules table (group 1 is the name; flag d gives its offsets). */
const regexCache = new WeakMap<Discovery, Map<string, RegExp | null>>();
function cached(d: Discovery, key: string, build: (d: Discovery) => RegExp | null): RegExp | null {
  let byKey = regexCache.get(d);
  if (!byKey) regexCache.set(d, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, build(d));
  return byKey.get(key) ?? null;
}

/** 'subsidiary Solidigm', '旗下子公司Solidigm', 'AI startup Reka': a role noun, then a capitalised Latin name of one to three words. */
function roleRegex(d: Discovery): RegExp | null {
  const nouns = d.roleNouns;
  return nouns
    ? new RegExp(
        `(?:\\b(?:${nouns.en.map(esc).join('|')}),?\\s+|(?:${nouns.zh.map(esc).join('|')})\\s*)((?:[A-Z][A-Za-z0-9&]{2,}|[A-Z][A-Z0-9&]+(?=[ ][A-Z]))(?:[ ][A-Z][A-Za-z0-9&]+){0,2})(?![A-Za-z0-9])`,
        'gd',
      )
    : null;
}

/**
 * 'Lumora Silicon, a Santa Clara-based startup designing chips': a capitalised run of one to three words, a comma, 'a'
 * or 'an', then an organisation noun within six words.
 */
function appositiveRegex(d: Discovery): RegExp | null {
  const nouns = d.appositiveNouns;
  return nouns?.length
    ? new RegExp(
        `(?<![A-Za-z0-9&.'’-]\\s?)([A-Z][A-Za-z0-9&]+(?:[.'’-][A-Za-z0-9]+)*(?:[ ][A-Z][A-Za-z0-9&]+){0,2}),\\s+an?\\s+(?:[A-Za-z0-9'’-]+\\s+){0,6}?(?:${nouns.map(esc).join('|')})\\b`,
        'gd',
      )
    : null;
}

/**
 * Conduct only an organisation shows: 'Infosys raised its annual forecast', 'Wistron's revenue', 'Infosys shares closed
 * up 1.6%'. A capitalised run of one to three words right before an action a company takes on something of its own (a
 * verb then its / their; never a verb of saying, which persons do), a possessive with a word of a company's accounts, or
 * its shares moving.
 */
const CONDUCT = new RegExp(
  [
    "(?<![A-Za-z0-9&.'’-]|[A-Za-z0-9&.'’] )([A-Z][A-Za-z0-9&]+(?:[ ][A-Z][A-Za-z0-9&]+){0,2})",
    '(?=',
    '\\s+(?:raised|cut|lifted|lowered|trimmed|boosted|reported|posted|kept|maintained|reiterated|narrowed|widened|beat|missed|increased|reduced|expanded|doubled|slashed|hiked|sold|bought|issued|priced|unveiled|launched|booked|grew|delivered)\\s+(?:its|their)\\b',
    "|['’]s?\\s+(?:[A-Za-z0-9-]+\\s+)?(?:shares|stock|revenue|revenues|sales|profit|profits|earnings|margins?|board|chief|CEO|CFO|guidance|forecast|valuation|capex|capital|quarterly|annual|fiscal|results|order|orders|backlog)\\b",
    '|\\s+(?:shares|stock)\\s+(?:rose|fell|gained|jumped|climbed|slid|dropped|sank|surged|closed|ended|traded|have|had|were)\\b',
    ')',
  ].join(''),
  'g',
);

/**
 * A title opening with a capitalised run then a results or action word: 'Infosys Q2 FY27 earnings call', 'Wistron
 * posts record quarter', 'Infosys (INFO IN) - 2QFY27 …'. Only the text's first line (ingest puts the title there).
 */
const TITLE_CONDUCT =
  /^\s*([A-Z][A-Za-z0-9&]+(?:[ ](?![1-4]?Q[1-4]|FY\d|H[12]\b)[A-Z][A-Za-z0-9&]+){0,2})(?=\s+(?:[1-4]?Q[1-4]?(?:\s?FY)?\d{0,4}\b|FY\d{2,4}\b|H[12]\b|(?:quarterly|annual|fiscal|first-quarter|second-quarter|third-quarter|fourth-quarter)\b|(?:earnings|results|raises|posts|reports|beats|misses|cuts|lifts|lowers|trims|books|wins|prices|files|shares|stock)\b))/;

/** Every mention of a name discovered by its conduct, when the text never writes it in lower case (an ordinary word). */
function discoverByConduct(text: string, rules: EntityRules, taken: SpanSet): EntityMention[] {
  const stop = setOf(rules.discovery.enStopWords);
  const names = new Set<string>();
  // The first line with text (a blanked front matter keeps its offsets as blank lines before the title).
  const lead = /\S/.exec(text)?.index ?? 0;
  const lineEnd = text.indexOf('\n', lead);
  const title = TITLE_CONDUCT.exec(text.slice(lead, lineEnd < 0 ? text.length : lineEnd));
  if (title && !stop.has(title[1]!.split(' ')[0]!)) names.add(title[1]!);
  // 'Infosys (INFO IN)', 'Wistron (3231 TT)': a Latin name right before a stock code is a listed company.
  STOCK_CODE.lastIndex = 0;
  for (let m = STOCK_CODE.exec(text); m; m = STOCK_CODE.exec(text)) {
    const before = /(?<![A-Za-z0-9&.'’-])([A-Z][A-Za-z0-9&]+(?:[ ][A-Z][A-Za-z0-9&]+){0,2})$/.exec(
      text.slice(Math.max(0, m.index - 60), m.index),
    );
    if (before && !stop.has(before[1]!.split(' ')[0]!)) names.add(before[1]!);
  }
  CONDUCT.lastIndex = 0;
  for (let m = CONDUCT.exec(text); m; m = CONDUCT.exec(text)) {
    const words = m[1]!.split(' ');
    while (words.length && stop.has(words[0]!)) words.shift();
    const name = words.join(' ');
    if (name.length < 2) continue;
    if (text.includes(` ${name.toLowerCase()} `)) continue;
    names.add(name);
  }
  const out: EntityMention[] = [];
  for (const name of names) {
    const full = fullForm(text, name, stop);
    for (const form of full ? [full, name] : [name]) {
      const re = new RegExp(`(?<![A-Za-z0-9&])${esc(form)}(?![A-Za-z0-9&])`, 'g');
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index;
        const end = start + form.length;
        if (taken.overlaps(start, end)) continue;
        const found: EntityMention = { name: full ?? name, type: 'org', start, end, text: form, match: 'discovered' };
        taken.add(found);
        out.push(found);
      }
    }
  }
  return out;
}

/**
 * The full name a short name found by its conduct stands for: the text introduces it with one more capitalised word
 * that a company's conduct or an apposition follows ('Harwick Aviation agreed to buy …', 'Tallis Freight, a rival,'
 * … 'Harwick's shares'): 'Harwick' is Harwick Aviation there. A legal form may stand between ('Harwick Aviation Inc
 * said'). Undefined when no such introduction exists.
 */
function fullForm(text: string, name: string, stop: ReadonlySet<string>): string | undefined {
  const re = new RegExp(
    String.raw`(?<![A-Za-z0-9&])${esc(name)} ([A-Z][a-z][A-Za-z0-9&]*)(?:\s+(?:Inc|Corp|Ltd|LLC|PLC|plc|AG|SA|NV|SE|Co)\.?)?(?=['’]s\b|,\s+(?:a|an|the|its|which|known|formerly)\b|\s?[（(]|\s+(?:agreed|reported|posted|said|says|expects|raised|announced|plans|will|has|had|is|was|reached|signed|won|unveiled|launched|filed|priced|bought|sold|acquired|shares|stock)\b)`,
  );
  const m = re.exec(text);
  if (!m || stop.has(m[1]!) || LEGAL_FORM.test(m[1]!)) return undefined;
  // A text that speaks of the short name on its own (below its title line) before the fuller name appears has two
  // companies: the parent by its name and a unit or subsidiary ('Kestrel's shares rose … Kestrel Aviation said') —
  // the short name stays the parent's.
  const bare = new RegExp(`(?<![A-Za-z0-9&])${esc(name)}(?! [A-Z])(?![A-Za-z0-9&])`, 'g');
  const titleEnd = text.indexOf('\n');
  for (let b = bare.exec(text); b && b.index < m.index; b = bare.exec(text)) if (b.index > titleEnd) return undefined;
  return `${name} ${m[1]}`;
}

/** Names that group 1 of `re` captures, outside taken spans and not opening with a stop word. */
function discoverByRegex(text: string, re: RegExp | null, rules: EntityRules, taken: SpanSet): EntityMention[] {
  if (!re) return [];
  const stop = setOf(rules.discovery.enStopWords);
  const out: EntityMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1]!;
    if (stop.has(name.split(' ')[0]!)) continue;
    const [start, end] = m.indices![1]!;
    if (taken.overlaps(start, end)) continue;
    const found: EntityMention = { name, type: 'org', start, end, text: name, match: 'discovered' };
    taken.add(found);
    out.push(found);
  }
  return out;
}

/** The first word of a discovered Latin name of two or more words, when it can stand for the name ('Lumora'). */
function headWord(name: string, stop: ReadonlySet<string>): string | undefined {
  const words = name.split(' ');
  const head = words[0]!;
  if (words.length < 2 || !/^[A-Z]/.test(words[1]!) || head.length < 3 || !/^[A-Z][a-z0-9]*[A-Za-z0-9]$/.test(head) || stop.has(head))
    return undefined;
  return head;
}

/**
 * Later (and earlier) mentions of discovered Latin names by their first word: 'Lumora Silicon … Lumora's total
 * funding' → both mentions of Lumora Silicon; a one-word discovered name that is such a head ('startup Lumora' in the
 * title) takes the full name. A head shared by two names ('Qasr AI Investments', 'Qasr Compute') stands for the one
 * introduced first. A head that the text also writes in lower case is an ordinary
 * word ('First', 'Blue') and is not followed.
 */
function linkHeads(text: string, rules: EntityRules, found: EntityMention[], taken: SpanSet, known: EntityMention[]): EntityMention[] {
  const stop = setOf(rules.discovery.enStopWords);
  const byHead = new Map<string, EntityMention[]>();
  // Lower-case words the text writes between two spaces, found in one scan (a head is /^[A-Z][a-z0-9]*[A-Za-z0-9]$/,
  // so ` head ` in lower case occurs exactly where such a word is): not one search of the whole text per mention.
  let spaced: Set<string> | undefined;
  const writtenLower = (head: string): boolean => {
    spaced ??= new Set(text.match(/(?<= )[a-z0-9]+(?= )/g) ?? []);
    return spaced.has(head.toLowerCase());
  };
  // Known names written in full count too ('Lux Capital … Lux's share'); their head is never itself an alias (it would
  // have matched as one).
  for (const m of [...found, ...known.filter((k) => k.match === 'alias' && k.type === 'org' && / [A-Z]/.test(k.text))]) {
    if (m.match !== 'discovered' && m.match !== 'alias') continue;
    const head = headWord(m.match === 'alias' ? m.text : m.name, stop);
    if (!head || writtenLower(head)) continue;
    const list = byHead.get(head) ?? [];
    if (!list.some((x) => x.name === m.name)) list.push(m);
    else if (m.start < list.find((x) => x.name === m.name)!.start)
      list.splice(
        list.findIndex((x) => x.name === m.name),
        1,
        m,
      );
    byHead.set(head, list);
  }
  if (byHead.size === 0) return found;
  // A shared head stands for the name introduced first (the story's main party: 'Qasr' is the fund, not its arm
  // 'Qasr Compute', which the text names in full).
  const nameAt = (head: string): string => byHead.get(head)!.reduce((a, b) => (b.start < a.start ? b : a)).name;
  const out = found.map((m) => (m.match === 'discovered' && byHead.has(m.name) ? { ...m, name: nameAt(m.name) } : m));
  // Every head is a run of [A-Za-z0-9] (headWord), so its whole-word occurrences are exactly the maximal runs of
  // [A-Za-z0-9&] equal to it: one scan of the text finds them for all heads (not one regex over the text per head).
  // Runs of two heads never overlap, so taking them head by head, each in text order, is what a scan per head did.
  const at = new Map<string, number[]>();
  for (const w of text.matchAll(/[A-Za-z0-9&]+/g)) {
    if (byHead.has(w[0])) {
      const list = at.get(w[0]);
      if (list) list.push(w.index!);
      else at.set(w[0], [w.index!]);
    }
  }
  for (const head of byHead.keys()) {
    for (const start of at.get(head) ?? []) {
      const end = start + head.length;
      if (taken.overlaps(start, end)) continue;
      const mention: EntityMention = { name: nameAt(head), type: 'org', start, end, text: head, match: 'discovered' };
      // A head of a known name is that name's alias here, not a discovery.
      if (byHead.get(head)!.some((x) => x.match === 'alias' && x.name === mention.name)) mention.match = 'alias';
      taken.add(mention);
      out.push(mention);
    }
  }
  return out;
}

/**
 * Chinese names discovered with an org suffix (星衍智能, 云栖科技) are written later by their stem alone (`星衍此次IPO`,
 * `向星衍采购`), the way Chinese reporters shorten a company's name after the first mention; the stem stands for the
 * name wherever it is not itself followed by a suffix (星衍资本 would be another company). A discovered run that is
 * another discovered name with one or two stray leading characters (`当星衍智能` in a headline beside `星衍智能`
 * elsewhere) is that name. Stems that are ordinary words of the rules tables (generic prefixes, non-name words) are
 * not followed.
 */
function linkChineseStems(text: string, rules: EntityRules, found: EntityMention[], taken: SpanSet): EntityMention[] {
  const d = rules.discovery;
  const { generic, nonName, suffixRe } = zhTables(d);
  const isZh = (m: EntityMention) => m.match === 'discovered' && /^\p{Script=Han}+$/u.test(m.name);
  const names = [...new Set(found.filter(isZh).map((m) => m.name))];
  if (names.length === 0) return found;
  // '当星衍智能' beside '星衍智能': the longer run is the shorter name with stray characters before it.
  const clean = (m: EntityMention): EntityMention => {
    if (!isZh(m)) return m;
    const inner = names.find((n) => n !== m.name && n.length >= 3 && m.name.endsWith(n) && m.name.length - n.length <= 2);
    if (!inner) return m;
    const start = m.end - inner.length;
    return { ...m, name: inner, start, text: text.slice(start, m.end) };
  };
  const out = found.map(clean);
  const stems = new Map<string, string>();
  for (const n of new Set(out.filter(isZh).map((m) => m.name))) {
    suffixRe.lastIndex = 0;
    const sm = [...n.matchAll(suffixRe)].pop();
    const suffixed = sm?.index !== undefined && sm.index + sm[0].length === n.length;
    // A four-character name with no suffix is shortened to its first two ('星衡智算' → '星衡'), as suffixed ones drop it.
    if (!suffixed && n.length !== 4) continue;
    const stem = suffixed ? n.slice(0, sm.index) : n.slice(0, 2);
    if (stem.length < 2 || stem.length > 4 || generic.has(stem) || nonName.some((w) => stem.includes(w))) continue;
    // A stem shared by two names ('星衍智能', '星衍资本') stands for neither.
    stems.set(stem, stems.has(stem) && stems.get(stem) !== n ? '' : n);
  }
  const live = [...stems].filter(([, name]) => name).map(([stem]) => stem);
  if (live.length === 0) return out;
  // One scan of the text for every stem (a long document names hundreds of companies).
  const re = new RegExp(live.sort((a, b) => b.length - a.length).join('|'), 'gu');
  for (let hit = re.exec(text); hit; hit = re.exec(text)) {
    const stem = hit[0];
    const i = hit.index;
    const end = i + stem.length;
    // Discovered and known names are all in `taken` (the stray-character cleaning only shortens a span).
    if (taken.overlaps(i, end)) continue;
    suffixRe.lastIndex = 0;
    const next = suffixRe.exec(text.slice(end, end + 3));
    if (next && next.index === 0) continue;
    const m: EntityMention = { name: stems.get(stem)!, type: 'org', start: i, end, text: stem, match: 'discovered' };
    taken.add(m);
    out.push(m);
  }
  return out;
}

/** Legal forms that close a company's name. */
const LEGAL_FORMS = new Set(['Co', 'Corp', 'Inc', 'Ltd', 'LLC', 'PLC', 'Plc', 'AG', 'SE', 'NV']);
/** Right after a name: an appositive calling it a financing vehicle (', a special purpose vehicle', ', a joint venture'). */
const VEHICLE_APPOSITIVE =
  /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:special[- ]purpose\s+(?:vehicle|entity|company)|(?:financing\s+)?vehicle|SPV|(?:joint\s+)?venture)\b/i;
/** Right after a name: its own listing code in brackets ('(TME.N)', '(0241.HK)', '(NYSE: TME)', '(HKEX: 0241)'). */
const LISTING_CODE =
  /^\s*[(（]\s*(?:(?:NYSE|Nasdaq|NASDAQ|HKEX|SEHK|HK|SZ|SH|SSE|SZSE|KRX|KOSDAQ|TSE|TYO|LSE|ASX|TWSE|NYSE American)\s*:\s*[A-Z0-9.]{1,8}|[A-Z0-9]{1,6}\.[A-Z]{1,3})\s*[)）]/;
/** Words of a parent's own full legal name (Tencent Holdings, Alibaba Group Holding, Meta Platforms): never an affiliate. */
const CORPORATE_WORDS = new Set([
  'Group',
  'Holding',
  'Holdings',
  'International',
  'Corporation',
  'Company',
  'Companies',
  'Incorporated',
  'Limited',
  'Platforms',
  'Technology',
  'Technologies',
  'Global',
  'America',
  'USA',
]);

/**
 * A known name followed by capitalised words that end in a unit suffix names a fund, bank or investment arm of its own
 * ('Samsung Catalyst Fund', 'Intel Capital'), unless the whole run is itself an alias (already matched whole). Returns
 * `found` with such runs in place of the parent's mention.
 */
export function unitNames(text: string, rules: EntityRules, found: EntityMention[]): EntityMention[] {
  const units = rules.discovery.unitSuffixes;
  if (!units?.length) return found;
  const suffix = new Set(units);
  const out: EntityMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    if (m.match !== 'alias' || !/^[A-Za-z]/.test(m.text)) {
      out.push(m);
      continue;
    }
    const tail = /^((?:[ ][A-Z][A-Za-z0-9&]*){1,3})(?![A-Za-z0-9&])/.exec(text.slice(m.end, m.end + 60));
    const words = tail ? tail[1]!.trim().split(' ') : [];
    let last = words.findLastIndex((w) => suffix.has(w));
    // A known name and words of its own closed by a legal form ('Samsung SDS Co.', 'Samsung Heavy Industries Co.') is an
    // affiliate listed on its own; the parent's full legal name ('Tencent Holdings Ltd.', 'Alibaba Group Holding') is not.
    if (last < 0) {
      const legal = words.findIndex((w) => LEGAL_FORMS.has(w));
      const own = legal > 0 ? words.slice(0, legal) : [];
      if (own.length > 0 && !own.every((w) => CORPORATE_WORDS.has(w))) last = legal - 1;
    }
    // A known name and words of its own followed by a listing code of its own ('Tencent Music Entertainment Group
    // (TME.N)', 'Alibaba Health (0241.HK)') is a company listed on its own, never the parent sharing its first word.
    if (
      last < 0 &&
      words.length > 0 &&
      !CORPORATE_WORDS.has(words[0]!) &&
      LISTING_CODE.test(text.slice(m.end + 1 + words.join(' ').length))
    )
      last = words.length - 1;
    // A known name and words of its own described right after as a financing vehicle ('Valor Compute Infrastructure, a
    // vehicle that will buy chips', 'Oracle Campus Partners, a venture backed by Oracle') is that vehicle, a party of its
    // own, never its sponsor nor a known company sharing its first word.
    if (last < 0 && words.length > 0 && VEHICLE_APPOSITIVE.test(text.slice(m.end + 1 + words.join(' ').length))) last = words.length - 1;
    if (last < 0) {
      out.push(m);
      continue;
    }
    // A series numeral closes a vehicle's name ('Fluidstack Compute Funding I', 'Meta Hyperion Funding Trust II').
    if (/^(?:[IVX]{1,4}|\d{1,2})$/.test(words[last + 1] ?? '')) last++;
    const end = m.end + 1 + words.slice(0, last + 1).join(' ').length;
    // Known names inside the run are part of the unit's name ('Meta Hyperion Funding Trust' names no Hyperion); one
    // running past its end keeps the parent alone.
    let j = i + 1;
    while (j < found.length && found[j]!.end <= end) j++;
    if (j < found.length && found[j]!.start < end) {
      out.push(m);
      continue;
    }
    const name = text.slice(m.start, end);
    out.push({ name, type: 'org', start: m.start, end, text: name, match: 'discovered' });
    i = j - 1;
  }
  // Named once with its legal form, the affiliate is the same name without it elsewhere in the text ('Samsung SDS said').
  const affiliates = [...new Set(out.filter((m) => m.match === 'discovered' && found.every((f) => f !== m)).map((m) => m.name))];
  if (affiliates.length === 0) return out;
  return out.map((m, i) => {
    if (m.match !== 'alias') return m;
    const written = (u: string): number => affiliateWritten(text, m, u);
    const unit = affiliates.filter((u) => written(u) > 0).sort((a, b) => written(b) - written(a))[0];
    const next = out[i + 1];
    const end = unit ? m.start + written(unit) : m.end;
    if (!unit || (next && next.start < end)) return m;
    return { name: unit, type: 'org', start: m.start, end, text: text.slice(m.start, end), match: 'discovered' };
  });
}

/**
 * How long a parent's mention runs as an affiliate the text named in full, or 0: the affiliate's whole name
 * ('Samsung SDS' after 'Samsung SDS Co.') or its first own words ('Tencent Music' after 'Tencent Music Entertainment
 * Group (TME.N)'), whole words only; a parent's own corporate word ('Tencent Holdings') is no affiliate's.
 */
function affiliateWritten(text: string, m: EntityMention, unit: string): number {
  if (!text.startsWith(m.text, m.start) || !unit.startsWith(`${m.text} `)) return 0;
  const own = unit.slice(m.text.length + 1).split(' ');
  if (CORPORATE_WORDS.has(own[0]!)) return 0;
  let at = m.end;
  let seen = 0;
  for (const w of own) {
    if (!text.startsWith(` ${w}`, at) || /[A-Za-z0-9&]/.test(text[at + 1 + w.length] ?? '')) break;
    at += 1 + w.length;
    seen++;
  }
  return seen > 0 ? at - m.start : 0;
}

/** Unknown organisation names outside the spans already `taken`, type org, match 'discovered'. */
export function discoverNames(
  text: string,
  rules: EntityRules,
  taken: EntityMention[],
  /** Names other texts introduced (known-names.ts): matched first, as names this text discovered. */
  known?: readonly string[],
): EntityMention[] {
  const set = new SpanSet(taken);
  const learned = knownMentions(text, known, set);
  const latin = discoverLatin(text, rules, set);
  const byRole = discoverByRegex(text, cached(rules.discovery, 'role', roleRegex), rules, set);
  const byApposition = discoverByRegex(text, cached(rules.discovery, 'appositive', appositiveRegex), rules, set);
  const byCode = discoverByCode(text, rules, set);
  const byConduct = discoverByConduct(text, rules, set);
  const zh = discoverChinese(text, rules, set);
  const found = [
    ...learned,
    ...latin,
    ...byRole,
    ...byApposition,
    ...byCode,
    ...byConduct,
    ...zh,
    ...discoverChineseByRole(text, rules, set),
  ];
  const linked = linkHeads(text, rules, found, set, taken);
  return linkChineseStems(text, rules, linked, set).sort((a, b) => a.start - b.start);
}

/** A Latin name in brackets right after Chinese text: `智元机器人（AgiBot）`, `曦望芯科(Xiwang Semiconductor)`. */
const BRACKETED_LATIN = /[（(]\s*[A-Za-z][^（）()]{0,60}?[）)]/gu;
const HAN_BEFORE = /[\p{Script=Han}A-Za-z0-9]{3,16}$/u;
/**
 * A Chinese name glossing the Latin name right before it: in brackets (`Hanxin Technology (瀚芯科技)`) or as `…, known
 * in Chinese as 瀚芯科技` (group 1 or 2 is the Chinese name).
 */
const HAN_GLOSS =
  /\s?[（(]\s*(\p{Script=Han}{2,12})\s*[）)]|,?\s+(?:known|called|named)\s+in\s+Chinese\s+as\s+["“'‘]?(\p{Script=Han}{2,12})(?![\p{Script=Han}])/gu;
/** Chinese runs that end in an ordinary noun for a company: a description, never the glossed name itself. */
const GENERIC_ORG_END = /(?:公司|集团|企业|厂商|机构|银行|基金|平台|部门)$/u;

/**
 * A Chinese name the text glosses with a known or discovered Latin name in brackets (`人形机器人企业智元机器人（AgiBot）`)
 * is that entity wherever the text writes it (`智元机器人今挂牌`, `智元机器人此次…`). The name is the longest ending of the
 * Chinese run before the bracket (at least three characters, not ending in an ordinary noun such as 公司) that the text
 * writes again elsewhere, so a descriptive prefix (人形机器人企业) is not part of it. Returns `found` with those mentions added in the gaps.
 */
export function bracketGlosses(text: string, found: EntityMention[]): EntityMention[] {
  const set = new SpanSet(found);
  const added: EntityMention[] = [];
  /** Chinese name → the Latin name glossing it: discovered mentions of the Chinese name (and of its stem) take it. */
  const glossed = new Map<string, string>();
  for (const b of text.matchAll(BRACKETED_LATIN)) {
    const at = b.index ?? 0;
    const inner = found.find((m) => m.type === 'org' && m.start > at && m.end < at + b[0].length);
    if (!inner) continue;
    const run = HAN_BEFORE.exec(text.slice(Math.max(0, at - 16), at))?.[0];
    if (!run || !/\p{Script=Han}/u.test(run)) continue;
    let name: string | undefined;
    for (let k = 0; k <= run.length - 3; k++) {
      const cand = run.slice(k);
      // Three characters at least, and a name, not a description ending in an ordinary noun (电力公司, 芯片企业).
      if (!/^\p{Script=Han}/u.test(cand) || GENERIC_ORG_END.test(cand)) continue;
      const first = text.indexOf(cand);
      const again = first !== at - cand.length || text.indexOf(cand, at) >= 0;
      if (again) {
        name = cand;
        break;
      }
    }
    // Written once: the name discovery found ending at the bracket (the gloss still names it for other texts).
    name ??= found.find((m) => m.match === 'discovered' && m.end === at && /^\p{Script=Han}{2,}$/u.test(m.text))?.text;
    if (!name) continue;
    glossed.set(name, inner.name);
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      const m: EntityMention = { name: inner.name, type: 'org', start: i, end: i + name.length, text: name, match: 'discovered' };
      if (set.overlaps(m.start, m.end)) continue;
      set.add(m);
      added.push(m);
    }
  }
  // The other way round: a Latin name glossed with its Chinese one (`Hanxin Technology (瀚芯科技)`, `Hanxin, known in
  // Chinese as 瀚芯科技`): the Chinese name, wherever the text writes it, is the Latin name's entity.
  for (const g of text.matchAll(HAN_GLOSS)) {
    const at = g.index ?? 0;
    const zh = g[1] ?? g[2] ?? '';
    const named = found.find((m) => m.type === 'org' && m.end === at && /^[A-Za-z]/.test(m.text));
    if (!named || GENERIC_ORG_END.test(zh) || glossed.has(zh)) continue;
    glossed.set(zh, named.name);
    for (let i = text.indexOf(zh); i >= 0; i = text.indexOf(zh, i + zh.length)) {
      const m: EntityMention = { name: named.name, type: 'org', start: i, end: i + zh.length, text: zh, match: 'discovered' };
      if (set.overlaps(m.start, m.end)) continue;
      set.add(m);
      added.push(m);
    }
  }
  if (added.length === 0 && glossed.size === 0) return found;
  // A discovered name may be the end of the glossed run ('芯片公司曦望芯科（Xiwang Semiconductor）' found as 曦望芯科).
  const glossOf = (name: string): string | undefined => {
    const exact = glossed.get(name);
    if (exact) return exact;
    for (const [zh, latin] of glossed) if (name.length >= 2 && zh.endsWith(name)) return latin;
    return undefined;
  };
  const renamed = found.map((m) => {
    const latin = m.match === 'discovered' ? glossOf(m.name) : undefined;
    return latin && latin !== m.name ? { ...m, name: latin } : m;
  });
  return [...renamed, ...added].sort((a, b) => a.start - b.start);
}
