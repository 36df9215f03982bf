/**
 * Cohesion of a story as a Chinese editor reads it (pure): a printed sentence that leans on one its source put before
 * it which the digest did not print; a headline whose figure or company the body never gives; a headline with no
 * subject, an outlet's column or question title, a broker left unnamed; a currency unit printed twice.
 */
import { DOUBLED_UNIT } from '../../enrich/assemble/mainland.js';
import { bareSubject, dated, leansOn, MARKET_MOVE } from '../../enrich/assemble/sentence-shape.js';
import { sentenceKey } from '../../enrich/assemble/tidy.js';
import { replySentence } from '../../enrich/offline/reply-pair.js';
import { findEntities, type Gazetteer } from '../../extract/index.js';
import { replyAnswersPrinted } from './reply-topic.js';

export { hasSubject } from '../../enrich/assemble/headline-subject.js';
export { headlineClausesUntold, headlineEventUntold, headlineUntold } from '../../enrich/assemble/headline-told.js';

/**
 * The doubled currency unit of a text, else undefined.
 * @example doubledUnit('某公司募资40亿美元美元') // → '美元美元'
 * @example doubledUnit('营收2.06万亿元新台币') // → undefined
 */
export function doubledUnit(text: string): string | undefined {
  return DOUBLED_UNIT.exec(text)?.[0];
}

/** A rating headline naming the broker only as 券商 (`券商给予某公司买入评级`, `获券商上调目标价`). */
const UNNAMED_BROKER = /(?:^|[，、获被遭])券商(?:给予|将|维持|上调|下调|首次|首予|予以|重申|把|对)/u;

/**
 * Whether a headline gives a rating or a target price to an unnamed broker (`券商给予X买入评级`).
 * @example unnamedBroker('券商给予某芯科技买入评级') // → true
 * @example unnamedBroker('中金给予某芯科技买入评级') // → false
 */
export function unnamedBroker(headline: string): boolean {
  return UNNAMED_BROKER.test(headline.trim());
}

/**
 * Whether a headline puts a comma right after its subject's name (`北风系统，斥资30亿元收购…`): the name of a company
 * (the gazetteer's, written whole) and nothing else before the comma, a verb phrase after it.
 * @example commaAfterSubject('英伟达，斥资50亿美元入股某公司', gaz) // → true
 */
export function commaAfterSubject(headline: string, gaz: Gazetteer): boolean {
  const m = /^([^，,：:\s]{2,10})[，,](\p{Script=Han})/u.exec(headline.trim());
  if (!m?.[1]) return false;
  const head = m[1];
  const rest = headline.trim().slice(head.length + 1);
  const whole = findEntities(head, gaz).some((e) => e.type === 'org' && e.start === 0 && e.text === head);
  return whole && !findEntities(rest, gaz).some((e) => e.type === 'org' && e.start === 0);
}

/**
 * The companies a headline names that its body never names (`A与B签署…` over a body on A alone), by their gazetteer
 * names.
 */
export function headlineNamesUntold(headline: string, body: string, gaz: Gazetteer): string[] {
  const inBody = new Set(findEntities(body.replace(/\*\*/g, ''), gaz).map((m) => m.name));
  const plainBody = body.replace(/\*\*/g, '');
  return [
    ...new Set(
      findEntities(headline, gaz)
        .filter((m) => m.type === 'org' && !inBody.has(m.name) && !plainBody.includes(m.text))
        .map((m) => m.text),
    ),
  ];
}

/** Whether a sentence leans on the sentence before it (此外, 其, 该公司, 上述协议, a clause with no subject): the engine's rule. */
export const dependent = leansOn;

/** An opener naming the event the story tells (本轮由…领投, 此次发行…). */
const THIS_EVENT = /^(?:本轮|此轮|本次|此次|该轮)/u;

/** A clause whose subject is a company pointed at: `公司…`, `其…`, `…，该公司…`, `该集团…`. */
const COMPANY_POINTER = /(?:^|[，；])(?:该|其|公司|集团)/u;

/**
 * A source frame or a time phrase before a sentence's subject (招股书显示， / 公告称， / 据悉， / 今年上半年，): the subject
 * stands after it.
 */
const OPENING_FRAME =
  /^(?:据悉|据了解|[^，。]{0,12}(?:显示|指出|披露|称|表示|透露|获悉)|[^，。]{0,10}(?:日|月|年|季度|今天|昨天|今年|去年|盘后|盘前|晚间|早间)[^，。]{0,4})，/u;

/** A bare company pointer as a subject: 公司 / 该公司 / 集团 / 该集团 (not 公司法, 公司债). */
const POINTER_SUBJECT = /^该?(公司|集团)(?![法债])/u;

/**
 * The bare pointer a sentence's subject is (a frame or a time phrase aside), else undefined.
 * @example openingPointer('招股书显示，公司引入7家基石投资者，其中甲认购5000万美元。') // → '公司'
 * @example openingPointer('甲公告拟认购乙股份。') // → undefined
 */
export function openingPointer(text: string): string | undefined {
  const opened = text.trim().replace(/^(?:\*\*|[“"「『（(])+/, '');
  return POINTER_SUBJECT.exec(opened.replace(OPENING_FRAME, ''))?.[1];
}

/**
 * Whether a sentence's bare pointer goes on from the one the sentence before it stood on (公司引入…，其中甲认购…。公司已与…):
 * the reader reads the same company, whichever companies the clauses between named (decision 170, at the merge).
 */
export function continuesPointer(prev: string, text: string): boolean {
  const before = openingPointer(prev);
  return before !== undefined && before === openingPointer(text);
}

/** A story's printed paragraph sentences, in order, each with its paragraph's number. */
export interface PrintedSentence {
  text: string;
  para: number;
}

/**
 * The printed sentences that lean on a sentence the digest did not print: a dependent sentence opening a paragraph
 * after the first (the lead's opening is `dependent-opening`'s), or one whose source sentence before it is not the one
 * printed right before it. A sentence found in no source is judged by its paragraph place alone.
 * @param sources the sentences of each of the story's sources, in order
 */
export function unprintedAntecedents(
  printed: readonly PrintedSentence[],
  sources: readonly (readonly string[])[],
  orgs: (text: string) => readonly string[] = () => [],
): PrintedSentence[] {
  const keyed = sources.map((ss) => ss.map((s) => sentenceKey(s)));
  const find = (k: string): [number, number] | undefined => {
    if (k.length < 6) return undefined;
    for (let i = 0; i < keyed.length; i++) {
      const j = (keyed[i] as string[]).findIndex((x) => x.length >= 6 && (x.includes(k) || k.includes(x)));
      if (j >= 0) return [i, j];
    }
    return undefined;
  };
  const out: PrintedSentence[] = [];
  printed.forEach((s, i) => {
    // 本轮 / 此次 after the story's first sentence point at the event the story tells, which its lead has told.
    if (!dependent(s.text) || (i > 0 && THIS_EVENT.test(s.text.trim()))) return;
    const prev = printed[i - 1];
    const opensParagraph = prev === undefined || prev.para !== s.para;
    if (opensParagraph) {
      // The story's first sentence is dependent-opening's to judge.
      if (i > 0) out.push(s);
      return;
    }
    const at = find(sentenceKey(s.text));
    if (!at) return;
    const [src, j] = at;
    const before = j > 0 ? (keyed[src] as string[])[j - 1] : undefined;
    const prevKey = sentenceKey(prev.text);
    if (before === undefined || before.length < 2) return;
    if (before.includes(prevKey) || prevKey.includes(before)) return;
    // A reply printed right after a claim it answers (decision 130: 对此，公司回应称… after the 知情人士 sentence, its own
    // source's background between them left out, or another outlet's 不予置评 after the report) leans on that claim,
    // which is printed.
    // The sentence before it must carry the claim's topic or figure (decision 136): a reply to a purchase printed after
    // a valuation rumour answers nothing printed.
    if (replySentence(s.text) && replyAnswersPrinted(s.text, sources[src] as readonly string[], j, prev.text)) return;
    // A company pointed at (公司…, 其…, 该公司…) is the one its source named last before it: printed after a sentence whose
    // last company is that one, it reads right.
    if (COMPANY_POINTER.test(s.text.trim())) {
      if (continuesPointer(prev.text, s.text)) return;
      const lastOrg = (texts: readonly string[]) => {
        for (let k = texts.length - 1; k >= 0; k--) {
          const found = orgs(texts[k] as string);
          if (found.length > 0) return found[found.length - 1];
        }
        return undefined;
      };
      const meant = lastOrg((sources[src] as readonly string[]).slice(0, j));
      const read = lastOrg(printed.slice(0, i).map((x) => x.text));
      if (meant !== undefined && meant === read) return;
    }
    out.push(s);
  });
  return out;
}

/**
 * The printed sentences whose subject is left to the one before (a bare 公司 / 集团, 其, a measure with no name:
 * `bareSubject`) printed right after a sentence whose first company the headline does not name: the reader gives its
 * figure to that company (the engine's `aboutOther`). A sentence naming a company of the headline says whose it is.
 * @param orgs the companies a text names, in order of mention
 */
export function subjectDrift(
  printed: readonly PrintedSentence[],
  headline: string,
  orgs: (text: string) => readonly string[],
): PrintedSentence[] {
  const own = new Set(orgs(headline));
  if (own.size === 0) return [];
  return printed.filter((s, i) => {
    const prev = printed[i - 1];
    if (!prev || prev.para !== s.para || !bareSubject(s.text) || continuesPointer(prev.text, s.text)) return false;
    if (orgs(s.text).some((o) => own.has(o))) return false;
    const first = orgs(prev.text)[0];
    return first !== undefined && !own.has(first);
  });
}

/**
 * Whether a story's lead tells a market's move on no day (`截至收盘，创业板指上涨2.4%。` with no 5月20日 / 今日 in the lead):
 * a market wrap's lead keeps its date.
 * @example leadUndated(['截至收盘，创业板指上涨2.4%，报2310点。']) // → true
 * @example leadUndated(['5月20日，A股算力板块午后拉升。', '截至收盘，创业板指上涨2.4%。']) // → false
 */
export function leadUndated(lead: readonly string[]): boolean {
  return lead.some((s) => MARKET_MOVE.test(s)) && !lead.some((s) => dated(s));
}
