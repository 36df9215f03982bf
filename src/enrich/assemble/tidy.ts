/**
 * The last step of writing a digest, for every engine: Chinese punctuation full-width, mainland spacing, numbers and
 * words (mainland.ts), glossary glosses out of news copy, another outlet's newsgathering voice made a citation (voice.ts), empty bullets and blocks gone, and no sentence printed twice in one digest (a repeat is cut where it recurs).
 */
import { findEntities, loadGazetteer } from '../../extract/index.js';
import type { DigestStory } from '../../types/index.js';
import { HAN } from '../../util/han.js';
import { withoutFillerOpener } from './filler-opener.js';
import { HEADLINE_LIMIT } from './head-rules.js';
import { openEnded } from './head-shape.js';
import { headlineSeparators, mainlandStyle } from './mainland.js';
import { fullWidthPunctuation, onPlainText } from './punctuation.js';
import { leansOn } from './sentence-shape.js';
import { ownCitationDropped, plainVoice } from './voice.js';

/** `**GPU**（Graphics Processing Unit: 图形处理器）` → `GPU`: a gloss belongs to notes, not to the digest. */
export function dropGlosses(text: string): string {
  return text
    .replace(/\*\*([^*\n]+)\*\*（[A-Za-z][^（）\n]*?[:：][^（）\n]*）/g, '$1')
    .replace(/([A-Za-z0-9][A-Za-z0-9.+-]*)（[A-Z][A-Za-z -]+[:：]\s*[^（）\n]+）/g, '$1');
}

/** Generic nouns a bracketed Latin name completes (`新一代芯片（Rubin）`): there the Latin word is the name itself. */
const NAMED_BY_LATIN = /(?:芯片|模型|产品|平台|系统|计划|项目|架构|服务|应用|功能|技术|系列|型号|代号|品牌|基金)$/u;

const LATIN_NAME = "[A-Z][A-Za-z0-9 .&'’-]*[a-z][A-Za-z0-9 .&'’-]*";
const BRACKETED_NAME = new RegExp(`(\\p{Script=Han}+)(?:（${LATIN_NAME}）|\\(${LATIN_NAME}\\))`, 'gu');

/**
 * `星衡智算（Xingheng Compute）` → `星衡智算`: a Chinese name followed by its English (or pinyin) name in brackets reads as
 * English in the copy; the reader has the Chinese name. Only a bracket that holds a name with lower-case letters goes
 * (an acronym stays: `卡塔尔投资局（QIA）`, `特殊目的实体（SPV）`), and not after a generic noun the Latin word names.
 */
export function dropEnglishNames(text: string): string {
  return text.replace(BRACKETED_NAME, (m, han: string) => (NAMED_BY_LATIN.test(han) ? m : han));
}

/** Sentences of a text with their spans: Chinese ones end at 。！？, English ones at `. ` / `! ` / `? `. */
export function sentenceSpans(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const re = /[^。！？!?]*?(?:[。！？]+[”’」』）]*|[.!?]+["'”’)]*(?=\s|$)|$)/gu;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (re.lastIndex >= text.length) break;
  }
  return out;
}

/** The key two sentences share when they say the same thing: markup, spaces and closing marks ignored. */
export function sentenceKey(s: string): string {
  return s
    .replace(/\*\*|__|`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[\s。！？.!?；;，,、：:]+/g, '')
    .toLowerCase();
}

/**
 * Whether two sentences are one template with a different name or number in it (`利好：台积电，营收增长验证了…` and
 * `利好：英伟达，营收增长验证了…`): beyond a shared opening and ending, each differs in at most 10 characters, and
 * what they share is most of the longer one.
 */
export function sameTemplate(a: string, b: string): boolean {
  const x = sentenceKey(a);
  const y = sentenceKey(b);
  if (x === y) return x.length > 0;
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  let q = 0;
  while (q < x.length - p && q < y.length - p && x[x.length - 1 - q] === y[y.length - 1 - q]) q++;
  const shared = p + q;
  return shared >= 14 && x.length - shared <= 10 && y.length - shared <= 10 && shared >= 0.6 * Math.max(x.length, y.length);
}

/**
 * A one-line summary without its first sentence when that sentence only restates the headline (a `据…报道，` opening
 * aside): `据CNBC报道，CoreWeave在手订单增至1300亿美元。CoreWeave…` under the headline `CoreWeave在手订单增至1300亿美元`
 * keeps `CoreWeave…`; '' when nothing else is said.
 */
export function beyondHeadline(line: string, headline: string): string {
  const spans = sentenceSpans(line);
  const first = spans[0];
  if (!first) return line;
  const said = sentenceKey(first.text.replace(/^(?:据[^，。]{1,24}(?:报道|消息|披露)|[^，。]{1,12}消息)，/, ''));
  // A headline's bracketed aside (`（续报）`, `（更新）`) is not part of what it says.
  const heads = [sentenceKey(headline), sentenceKey(headline.replace(/（[^（）]*）/gu, ''))];
  if (heads[0] === said) return line.slice(first.end).trim();
  // The headline word for word, then a comma and more (`澜芯科技获某券商维持买入评级，目标价上调至186元。` under that
  // headline): the more is the line.
  const more = afterHeadline(first.text, headline);
  if (more !== undefined) return `${more}${line.slice(first.end)}`.trim();
  // Said again in other words: cut only when something else is said (a brief item is never a bare headline).
  const rest = line.slice(first.end).trim();
  return (heads.includes(said) || restates(said, heads[0] as string)) && !emptyText(rest) ? rest : line;
}

/**
 * Whether a sentence says its headline again (a `据…报道，` opening and template glue aside): word for word, or in other
 * words stating no number the headline leaves out (`据路透社报道，甲预计营收为860亿美元。` under `甲预计营收860亿美元`).
 * @example saysHeadline('据路透社报道，甲公司预计营收为860亿美元。', '甲公司预计营收860亿美元') // → true
 */
export function saysHeadline(sentence: string, headline: string): boolean {
  const said = sentenceKey(sentence.replace(/\*\*/g, '').replace(REPORTED_OPENING, ''));
  const heads = [sentenceKey(headline), sentenceKey(headline.replace(/（[^（）]*）/gu, ''))];
  return said !== '' && (heads.includes(said) || restates(said, heads[1] as string));
}

/**
 * A 更多动态 line as its bold title and its text; a title of '' is a line told as one plain sentence
 * (`- 甲公司将追加投资最多250亿美元。（来源：乙）`). A title is printed only when the text says something it does not: a line
 * whose own sentence only says its title again is that one sentence, never the title twice (`**标题**：标题为N。`, nor the
 * title cut before its figure and the whole sentence after it); a title with nothing to say beyond it is a sentence too.
 * @example moreLine('甲公司将追加投资最多250亿美元。', '甲公司将追加投资最多250亿美元', [], []) // → { head: '', text: '甲公司将追加投资最多250亿美元。' }
 */
export function moreLine(
  oneLine: string,
  headline: string,
  paragraphs: readonly string[],
  outlets: readonly string[],
): { head: string; text: string } {
  const text = moreText(oneLine, headline, paragraphs, outlets);
  // A line on the word of unnamed people keeps that word (decision 114): cutting its headline away must not cut the
  // citation with it (`**甲乙拟合资建设数据中心**：总投资77亿美元` read as a settled plan). The line that says its headline
  // is one sentence with its citation, `据知情人士透露，…`; one that says more keeps the citation after its title.
  const rumour = RUMOUR_OPENING.exec(oneLine.trim());
  // A follow-up's line (its title marked 续报) tells what changed, under its marked title, as before.
  if (rumour && !emptyText(text) && !/（[^（）]*）$/u.test(headline.trim())) {
    const rest = oneLine.trim().slice(rumour[0].length);
    const first = sentenceSpans(rest)[0]?.text ?? '';
    // A head hedged as a rumour (传…) says what the line's sentence says.
    const bare = headline.replace(/^传/u, '');
    const said = saysHeadline(first, bare) || afterHeadline(first, bare) !== undefined;
    const sentence = (x: string) => (/[。！？]$/u.test(x) ? x : `${x}。`);
    // (A title said again after the citation is never printed twice either.)
    if (said) return { head: '', text: sentence(`据知情人士透露，${rest}`) };
    if (!UNNAMED_SOURCE.test(text)) return { head: headline, text: `据知情人士透露，${text}` };
  }
  if (!emptyText(text)) return { head: headline, text };
  // The line's own sentence (its citation of the outlet its 来源 names aside), else the title said as a sentence.
  const own = ownCitationDropped(oneLine.trim(), outlets).trim();
  const said = emptyText(own) ? headline.trim() : own;
  if (emptyText(said)) return { head: headline, text };
  return { head: '', text: /[。！？]$/u.test(said) ? said : `${said}。` };
}

/** A line opening on unnamed people's word: `据彭博援引知情人士报道，`, `据知情人士透露，`, `消息人士称，`. */
const RUMOUR_OPENING =
  /^据[^，。]{0,20}?(?:援引)?(?:知情人士|消息人士|接近[^，。]{1,12}人士)(?:报道|透露|称|表示|指出)?，|^(?:知情人士|消息人士)(?:透露|称|表示|指出)，/u;
/** Words that still name unnamed people as a line's source. */
const UNNAMED_SOURCE = /知情人士|消息人士|接近[^，。]{1,12}人士|据悉|传闻|消息称/u;

/** A reported-speech opening (`据路透社报道，`, `知情人士消息，`): the sentence after it is what it says. */
export const REPORTED_OPENING = /^(?:据[^，。]{1,24}(?:报道|消息|披露)|[^，。]{1,12}消息)，/u;

/**
 * What a 更多动态 line says after its bold headline: its one line beyond the headline, else — when that line only says
 * the headline again — the first sentence of the story's body that says more (standing alone, never leaning on one
 * before it); empty only when the story has nothing more to say. The outlet its 来源 names is not cited again.
 * @example moreText('甲公司预计营收860亿美元。', '甲公司预计营收860亿美元', ['甲公司预计营收860亿美元。公司称数据中心需求强劲。'], []) // → '公司称数据中心需求强劲。'
 */
export function moreText(oneLine: string, headline: string, paragraphs: readonly string[], outlets: readonly string[]): string {
  const own = beyondHeadline(ownCitationDropped(oneLine, outlets), headline);
  const first = sentenceSpans(own)[0]?.text ?? '';
  if (!emptyText(own) && !saysHeadline(first, headline)) return own;
  for (const p of paragraphs) {
    // A comparison or a dispute between outlets is no news of its own.
    if (
      /^(?:与此前报道对比|[^。]{0,30}说法不一)|以公司披露的[^。]+为准|所报一致；|报道[^。；]*为[^。；]+，公司披露约?为[^。；]+。|^按[^。；]*计，[^。；]*为[^。；]+；[^。；]*报道约?为[^。；]+。|；[^。；]*称[^。；]+，[^。；]*(?:回应称相关报道(?:不准确|不实)|已否认相关报道)。/u.test(
        p.replace(/\*\*/g, ''),
      )
    )
      continue;
    for (const s of sentenceSpans(p)) {
      const text = ownCitationDropped(s.text.trim(), outlets);
      if (emptyText(text) || !/[。！？]$/u.test(text)) continue;
      const more = beyondHeadline(text, headline);
      if (emptyText(more) || saysHeadline(more, headline)) continue;
      if (!leansOn(more)) return more;
    }
  }
  // Nothing says more: the line's own sentence only says its title again (`标题：标题为N。`), so it says nothing.
  return emptyText(own) ? own : '';
}

/**
 * What a sentence says after opening on the headline word for word and a comma (bold markers and a `据…报道，` opening
 * aside), or undefined when it does not open so.
 * @example afterHeadline('某公司获券商维持买入评级，目标价**186元**。', '某公司获券商维持买入评级') // → '目标价**186元**。'
 */
export function afterHeadline(sentence: string, headline: string): string | undefined {
  const head = headline.replace(/（[^（）]*）$/u, '').replace(/\*\*/g, '');
  if (head.length < 6) return undefined;
  const opening = /^(?:据[^，。]{1,24}(?:报道|消息|披露)|[^，。]{1,12}消息)，/u.exec(sentence)?.[0].length ?? 0;
  // Walk the sentence past the headline's characters, skipping bold markers.
  let i = opening;
  for (const c of head) {
    while (sentence.startsWith('**', i)) i += 2;
    if (sentence[i] !== c) return undefined;
    i++;
  }
  while (sentence.startsWith('**', i)) i += 2;
  if (sentence[i] !== '，' && sentence[i] !== ',') return undefined;
  const rest = sentence.slice(i + 1).trim();
  return emptyText(rest) ? undefined : rest;
}

/**
 * Whether a sentence (as `sentenceKey`) says the headline again in template words (`澜舟算力的募资额为48亿港元` under
 * `澜舟算力港股IPO募资48亿港元`): every number it states is in the headline and nearly all its characters are too.
 */
function restates(said: string, head: string): boolean {
  // A year the headline leaves to the body (`第四财季` under `2026财年第四财季`) is no number it left out, nor the value a
  // move starts from when the headline says where it went (`目标价由172元上调至186元` under `…目标价上调至186元`).
  const numbers =
    fromDropped(said, head)
      .replace(/\d{4}(?=年|财年)/g, '')
      .match(/\d+(?:\.\d+)?/g) ?? [];
  if (numbers.length === 0 || numbers.some((n) => !head.includes(n))) return false;
  // Template glue (`X的M为N`, `达`, `约`) is not something the headline left out, nor a Latin name the title says
  // shorter or in Chinese (`CoreWeave Compute Acquisition` under `CoreWeave子公司`): the Chinese words are what is said.
  const chars = [...said.replace(/\d{4}(?:财)?年|\d+(?:\.\d+)?|[的为是达约额了共计]|[A-Za-z]+/gu, '')];
  const inHead = chars.filter((c) => head.includes(c)).length;
  return chars.length > 0 && inHead / chars.length >= 0.8;
}

/** A move's words from its starting value to where it went: `由172元上调至186`, `由2%至3%提高至3`. */
const MOVE_FROM =
  /由(\d+(?:\.\d+)?)[^\d由至]{0,6}?((?:上调|下调|调升|调降|提高|降低|增加|减少|增长|下降|上升|升|降|增|减)?至)(\d+(?:\.\d+)?)/gu;

/**
 * A sentence (as `sentenceKey`) with the starting value of each move dropped when the headline says the move to its
 * end value in the same words (`…目标价上调至186元`): what it adds is only where the move started.
 * @example fromDropped('华泰证券将澜芯科技目标价由172元上调至186元维持买入评级', '华泰证券将澜芯科技目标价上调至186元维持买入评级') // → '华泰证券将澜芯科技目标价上调至186元维持买入评级'
 */
export function fromDropped(said: string, head: string): string {
  return said.replace(MOVE_FROM, (all, _from: string, verb: string, to: string) => (head.includes(`${verb}${to}`) ? `${verb}${to}` : all));
}

/** Text that carries nothing: empty, only punctuation or a bold label. */
export function emptyText(s: string): boolean {
  return (
    s
      .replace(/\*\*[^*]*[：:]\*\*/g, '')
      .replace(/[\s\p{P}\p{S}]/gu, '')
      .trim() === ''
  );
}

/** Cuts the sentences of `text` already in `seen` (adding the others); sentences under 8 characters are kept. */
function withoutRepeats(text: string, seen: Set<string>): string {
  const kept: string[] = [];
  for (const s of sentenceSpans(text)) {
    const k = sentenceKey(s.text);
    if (k.length >= 8 && seen.has(k)) continue;
    if (k.length >= 8) seen.add(k);
    // A comparison of two values is drawn once a digest, however an other story words it.
    const pair = comparisonKey(s.text);
    if (pair !== undefined && seen.has(pair)) continue;
    if (pair !== undefined) seen.add(pair);
    kept.push(s.text);
  }
  return kept.join('').trim();
}

/** Words that make a sentence a comparison of sources' values (说法不一, 与此前报道对比, 口径不同). */
const COMPARISON =
  /说法不一|与此前报道对比|口径不同|以公司披露的\*\*[^*]+\*\*为准|所报一致；[^。]*与此不符|报道[^。；]*为\*\*[^*]+\*\*，公司披露约?为\*\*[^*]+\*\*|^按[^。；]*计，[^。；]*为\*\*[^*]+\*\*；[^。；]*报道约?为\*\*[^*]+\*\*|；[^。；]*称\*\*[^*]+\*\*，[^。；]*(?:回应称相关报道(?:不准确|不实)|已否认相关报道)。/u;

/**
 * The key of a comparison sentence: its bold values, sorted (`与此前报道对比：甲曾称**180亿美元**，乙称**200亿美元**` and
 * `…说法不一：乙称**200亿美元**，甲称**180亿美元**` are one pair); undefined for any other sentence.
 */
export function comparisonKey(sentence: string): string | undefined {
  if (!COMPARISON.test(sentence)) return undefined;
  const values = [...sentence.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => (m[1] as string).replace(/^约/u, ''));
  return values.length >= 2 ? `\u0000pair\u0000${[...new Set(values)].sort().join('\u0000')}` : undefined;
}

/**
 * The first half of a paired connective (`一方面，…` / `On the one hand, …`) whose second half (`另一方面` / `on the other
 * hand`) the printed text no longer holds: the digest printed one sentence of the source's pair, so the opening is
 * dropped. `一方面，云业务增长重新提速。` → `云业务增长重新提速。`
 */
export function withoutUnpairedConnective(text: string): string {
  const zh = /(^|[。！？]\s*)一方面[，,]\s*/gu;
  const en = /(^|[.!?]\s+)On the one hand,\s*(\p{Ll})?/gu;
  let out = text;
  if (!/另一方面/u.test(out)) out = out.replace(zh, '$1');
  if (!/on the other hand/i.test(out)) out = out.replace(en, (_m, lead: string, c?: string) => `${lead}${c ? c.toUpperCase() : ''}`);
  return out;
}

function clean(text: string): string {
  // Two bold spans that touch (`**1130亿美元****翻倍**`) are one: Markdown would print the four markers.
  // …and a writer's filler opener (值得注意的是，) goes: the sentence stands without it (decision 154).
  const zh = withoutFillerOpener(plainVoice(fullWidthPunctuation(dropEnglishNames(dropGlosses(text))))).replace(/\*\*\*\*/g, '');
  return (HAN.test(zh) ? onPlainText(zh, mainlandStyle) : zh).trim();
}

/** A headline as every story's: phrases separated by full-width commas, mainland style. */
export function tidyHeadline(text: string): string {
  return withinLength(tidyTitle(text));
}

/** The digest's title as a headline, without the length limit of a story's (it may join two headlines). */
export function tidyTitle(text: string): string {
  return clean(headlineSeparators(text));
}

/** Characters a headline may have: the head rules' (head-rules.ts), read by `digest --check` too. */
export { HEADLINE_LIMIT };

/**
 * A headline over the limit keeps its whole leading clauses that fit (never fewer than 8 characters, never cut inside
 * a clause): `鸿海AI服务器营收同比增长逾170%，明年机柜出货预计增长一倍` → `鸿海AI服务器营收同比增长逾170%`; a follow-up keeps
 * its `（续报）`. When no leading clause fits, a bracketed aside goes, then a descriptor before the company's name,
 * then a kicker before a colon that names no company the rest leaves out.
 */
export function withinLength(headline: string): string {
  if ([...headline].length <= HEADLINE_LIMIT) return headline;
  // A follow-up's marker (offline templates' `{headline}（续报）`) stays with what is kept: it says the news ran before.
  const tail = FOLLOW_UP_MARK.exec(headline)?.[0] ?? '';
  // Over the limit, the headline's words said as a headline says them (同比增长 → 同比增, 超过 → 超, 增长至 → 增至,
  // 人民币 before an amount in 元) when that makes it fit: a source's title or the mainland wording (年增 → 同比增长)
  // spelled them out, and nothing of the news goes. Else whole clauses are cut as before.
  const body = headline.slice(0, headline.length - tail.length);
  const short = shortWords(body);
  const limit = HEADLINE_LIMIT - [...tail].length;
  if ([...short].length <= limit) return `${short}${tail}`;
  let best = '';
  for (const m of body.matchAll(/[，；]/g)) {
    const head = body.slice(0, m.index ?? 0);
    if ([...head].length > limit) break;
    // …never one that ends open (`…将向`, `…与`): a head cut before its object (head-shape.ts).
    if ([...head].length >= 8 && !openEnded(head)) best = head;
  }
  if (best) return `${best}${tail}`;
  // No leading clause fits: an aside in brackets goes (`营收（不含汇率影响）…`, an English name's gloss), and the rest
  // is tried again.
  const bare = body.replace(/（[^（）]{1,24}）/gu, '');
  if (bare !== body) return withinLength(`${bare}${tail}`);
  // Then a descriptor before the company's name (`美国AI芯片初创公司Lumora Silicon完成…` → `Lumora Silicon完成…`): the
  // name says who, the descriptor belongs to the body.
  const described = DESCRIBED_NAME.exec(body);
  if (described) {
    const rest = body.slice(described[0].length);
    const named = /^[A-Za-z]/.test(rest) || findEntities(rest, loadGazetteer()).some((m) => m.start === 0 && m.type !== 'media');
    if (named && [...rest].length >= 8) return withinLength(`${rest}${tail}`);
  }
  // Then a kicker before a colon (`算力军备竞赛再升级：…`) when what follows names every company the kicker names.
  const colon = /^([^：]{2,16})：/u.exec(body);
  if (colon?.[1]) {
    const rest = body.slice(colon[0].length);
    const orgs = (s: string) => findEntities(s, loadGazetteer()).flatMap((m) => (m.type === 'media' ? [] : [m.name]));
    const restOrgs = new Set(orgs(rest));
    if ([...rest].length >= 8 && orgs(colon[1]).every((o) => restOrgs.has(o))) return withinLength(`${rest}${tail}`);
  }
  return `${shorterByConstruction(short, limit)}${tail}`;
}

/**
 * The last ways a headline with no clause to cut is said shorter, each tried only while it is still too long: a
 * headline's own short words (营业收入 → 营收, 净利润 → 净利 before a figure), a company's short name (its legal suffix:
 * `联想集团` → `联想`, `Lumora Silicon Inc.` → `Lumora Silicon`), the period without its year (the lead has it), then an
 * approximation word before a number (`约`), then the year-on-year marker before a rate (`同比增35%` → `增35%`), these two
 * only when the headline then fits.
 * @example shorterByConstruction('Lumora Silicon Inc. 2026财年第三财季营业收入同比增长35%至12.3亿美元', 30) // → 'Lumora Silicon第三财季营收同比增35%至12.3亿美元'
 */
export function shorterByConstruction(headline: string, limit: number): string {
  const len = (x: string) => [...x].length;
  let h = headline;
  let sure = headline;
  CONSTRUCTION_STEPS.forEach((step, i) => {
    if (len(h) <= limit) return;
    h = step(h);
    if (i < LOSSLESS_STEPS) sure = h;
  });
  // A qualifier (约, 同比) goes only when that makes the headline fit: an over-long one keeps what it says.
  return len(h) <= limit ? h : sure;
}

/** A Latin company name and its legal or trade suffix, anywhere in a headline. */
const LATIN_SUFFIXED =
  /(?<![A-Za-z])([A-Z][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*)*?)[ ,]+(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|plc|PLC|Co\.|Holdings|Group|Technologies|Technology|Semiconductors?|Systems|Networks|Labs|Computing|Robotics|Electronics|Solutions|N\.V\.|S\.A\.|AG|SE)(?![A-Za-z])\s*/gu;

/** A name that is no company's without its suffix: a place or a generic word. */
const GENERIC_NAME =
  /^(?:Taiwan|China|Chinese|Japan|Korea|Hong Kong|Asia|American?|United|National|General|Global|International|Advanced|Applied|Digital|Micro|Data|Power|Cloud|ON|AI)$/u;

/** The steps of CONSTRUCTION_STEPS that lose nothing the lead does not say. */
const LOSSLESS_STEPS = 5;

const CONSTRUCTION_STEPS: readonly ((h: string) => string)[] = [
  shortWords,
  (h) =>
    h
      .replace(/营业收入/gu, '营收')
      .replace(/归属于(?:母公司)?(?:股东|所有者)的净利润/gu, '归母净利润')
      .replace(/净利润(?=\*{0,2}(?:[\d约逾近超达为]|同比|环比))/gu, '净利')
      .replace(/首席执行官/gu, 'CEO')
      .replace(/人工智能/gu, 'AI')
      .replace(/亿元人民币/gu, '亿元'),
  // A company's legal or trade suffix (the short name is how a headline names it): `Lumora Silicon Inc.`, `Tower
  // Semiconductor`, `联想集团` → `联想`. A name that would be left a place or a generic word (`Taiwan Semiconductor`) keeps it.
  (h) =>
    h
      .replace(LATIN_SUFFIXED, (m, name: string) => (GENERIC_NAME.test(name) ? m : name))
      .replace(/^(\p{Script=Han}{2,6}?)(?:股份有限公司|有限公司|控股集团|集团股份|集团|控股)(?=\p{Script=Han}|[A-Za-z0-9])/u, '$1'),
  // The period without its year: `2026财年第三财季` → `第三财季`, then a year before a measure.
  (h) =>
    h
      .replace(/\s*\d{4}(?:\/\d{2,4})?(?:财年|年)(?=第[一二三四]财?季度?|[一二三四]季度|[上下]半年|前[二三]季度)/gu, '')
      .replace(/第([一二三四])季度/gu, '$1季度'),
  (h) =>
    h.replace(/\s*(?<![至\d-])\d{4}(?:\/\d{2,4})?(?:财年|年)(?!至|[-–]\d)/gu, '').replace(/([A-Za-z0-9.])\s+(?=\p{Script=Han})/gu, '$1'),
  // An approximation word before a number, then the year-on-year marker before a rate.
  (h) => h.replace(/(?<=\p{Script=Han})约(?=\*{0,2}\d)/gu, ''),
  (h) => h.replace(/同比(?=[增降]\*{0,2}[\d逾近超])/gu, ''),
];

/** A headline's words and their short forms (a financial headline's own register). */
const SHORT_WORDS: readonly (readonly [RegExp, string])[] = [
  [/(同比|环比)增长(?=\*{0,2}[\d逾近约超一二三四五六七八九十两])/gu, '$1增'],
  [/(同比|环比)下降(?=\*{0,2}[\d逾近约超一二三四五六七八九十两])/gu, '$1降'],
  [/增长至/gu, '增至'],
  [/下降至/gu, '降至'],
  [/不超过(?=\*{0,2}\d)/gu, '不超'],
  [/(?<!不)超过(?=\*{0,2}\d)/gu, '超'],
  [/有望达到/gu, '有望达'],
  [/(?<!有望)达到(?=\*{0,2}[\d约逾近超])/gu, '达'],
  [/约为(?=\*{0,2}\d)/gu, '约'],
  [/人民币(?=\*{0,2}[约逾近超]?\d[\d.]*(?:万亿|亿|万)?元)/gu, ''],
  [/第([一二三四])季度/gu, '$1季度'],
];

/**
 * A headline in its register's short words: `营收同比增长超过170%` → `营收同比增超170%`. Pure.
 * @example shortWords('某公司三季度营收同比增长超过170%至人民币286亿元') // → '某公司三季度营收同比增超170%至286亿元'
 */
export function shortWords(headline: string): string {
  let out = headline;
  for (const [re, to] of SHORT_WORDS) out = out.replace(re, to);
  return out;
}

/** A descriptor opening a headline, ending on a kind of company (`国产推理芯片公司`, `美国AI初创企业`). */
const DESCRIBED_NAME =
  /^[\p{Script=Han}A-Za-z]{1,14}?(?:初创公司|初创企业|独角兽|服务商|供应商|提供商|设计商|运营商|制造商|开发商|厂商|公司|企业)(?=[A-Za-z\p{Script=Han}])/u;

/** The mark a follow-up's headline ends with. */
const FOLLOW_UP_MARK = /（续报）$/u;

/**
 * Tidies the stories of one digest in reading order (top stories, then 更多动态). Pure.
 * @example tidyStories([a, b]) // b's paragraph repeating a sentence of a loses that sentence
 */
export function tidyStories(stories: readonly DigestStory[]): DigestStory[] {
  const seen = new Set<string>();
  const templates: string[] = [];
  const texts = (xs: readonly string[]) =>
    xs.map((t) => withoutUnpairedConnective(withoutRepeats(clean(t), seen))).filter((t) => !emptyText(t));
  return stories.map((s) => {
    const headline = tidyHeadline(s.headline);
    const paragraphs = texts(s.paragraphs);
    const blocks = s.blocks.map((b) => ({ label: b.label, bullets: texts(b.bullets) })).filter((b) => b.bullets.length > 0);
    const insights = texts(s.insights);
    // An impact bullet is one sentence: a repeat goes whole, and so does an earlier story's template with another name.
    const impacts = s.impacts.map(clean).filter((t) => {
      const k = sentenceKey(t);
      if (seen.has(k) || templates.some((u) => sameTemplate(u, t))) return false;
      seen.add(k);
      templates.push(t);
      return !emptyText(t.replace(/^(?:利好|利空|投资启示)：/, ''));
    });
    const oneLine = clean(s.oneLine);
    const tidied = { ...s, headline, paragraphs, blocks, insights, impacts, oneLine: emptyText(oneLine) ? headline : oneLine };
    return s.eventLine ? { ...tidied, eventLine: clean(s.eventLine) } : tidied;
  });
}
