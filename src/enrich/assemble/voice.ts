/**
 * Another outlet's own newsgathering voice, copied from the first line of its article, is not the digest's voice: a
 * digest cites an outlet (`据36氪报道，`), it does not speak as one (`36氪独家获悉，`, `财联社记者注意到，`,
 * `证券时报·e公司讯，`). Pure; applied by tidy to every sentence of every engine's copy.
 */
import { defaultOutlets } from '../../select/outlets.js';
import { brokerVoice } from '../offline/standing.js';

/** The reporter words an outlet's name may carry, or that stand for the outlet itself (本报, 记者). */
const REPORTER = '(?:记者|编辑部|本报记者|本报|本刊|笔者|小编)';
/** Where a sentence starts in a paragraph: its beginning, after a sentence end, or after a bullet's `：`. */
const START = '(^|[。！？]\\s*|\\*\\*：)';
/** `X（记者）（独家）从Y（处）获悉，` — a named source after 从. */
const FROM_SOURCE = new RegExp(
  `${START}([^，。：！？\\s*]{0,14}?)(?:${REPORTER})?(?:独家)?从([^，。：！？\\s*]{2,20}?)处?(?:获悉|了解到|得知)[，,]\\s*`,
  'gu',
);
/** `X（记者）（独家）获悉，` / `X了解到，` / `X注意到，`. */
const LEARNED = new RegExp(`${START}([^，。：！？\\s*]{0,14}?)(${REPORTER})?(独家)?(获悉|了解到|注意到|留意到)[，,]\\s*`, 'gu');
/** `证券时报·e公司讯，` / `财联社讯，`: a wire credit with no date (a dated one is a dateline, dropped elsewhere). */
const CREDIT = new RegExp(`${START}([^，。：！？\\s*]{2,14}?)(?:[·・][^，。：！？\\s*]{1,8})?(?<!资)讯[，,]\\s*`, 'gu');

/** A name ending as Chinese outlets' names do (`晚点LatePost` is not, `某某财经` / `某某日报` / `某某网` are). */
const OUTLET_ENDING =
  /(?:氪|社|报|网|财经|新闻|日报|时报|周刊|之家|见闻|财新|界面|晚点|虎嗅|钛媒体|智东西|芯东西|第一财经|每经|澎湃|新京报)$/u;

/**
 * The Chinese name of a publication a sentence opening names (`36氪`, `第一财经`: the outlet table first, then a short
 * name ending as outlets' names do), or undefined for anything else (a company, a person).
 */
function outletZh(name: string): string | undefined {
  // An outlet's app or client (`智通财经APP获悉，`) is the outlet.
  const n = name.trim().replace(/(?:APP|App|app|客户端)$/u, '');
  if (n === '') return undefined;
  return defaultOutlets().byName(n) ?? (n.length <= 10 && OUTLET_ENDING.test(n) ? n : undefined);
}

/**
 * The opening in the outlet's voice rewritten as a citation, or dropped when the rest says the news alone.
 * @example plainVoice('36氪独家获悉，月之暗面完成新一轮融资。') // → '据36氪报道，月之暗面完成新一轮融资。'
 * @example plainVoice('第一财经记者从多位知情人士处获悉，海关加强查验。') // → '据多位知情人士透露，海关加强查验。'
 * @example plainVoice('财联社记者注意到，公司股价年内上涨逾三成。') // → '公司股价年内上涨逾三成。'
 * @example plainVoice('公司近日获悉，控股股东拟减持。') // → unchanged (a company learns; no outlet speaks)
 */
export function plainVoice(text: string): string {
  // A broker note's own voice (我们) is its broker's, named (decision 108).
  const plain = brokerVoice(documentVoice(spokenOpenings(selfReference(oneCitation(text)))));
  if (!/获悉|了解到|得知|意到|讯/u.test(plain)) return plain;
  return plain
    .replace(FROM_SOURCE, (m, start: string, who: string, source: string, at: number, all: string) => {
      if (who === '') return `${start}据${source}透露，`;
      const outlet = outletZh(who);
      if (!outlet) return m;
      // An exclusive keeps its outlet: the insiders spoke to it (`据36氪报道，多位知情人士透露，`), once a paragraph.
      return all.slice(0, at).includes(`据${outlet}`) ? `${start}据${source}透露，` : `${start}据${outlet}报道，${source}透露，`;
    })
    .replace(
      LEARNED,
      (m, start: string, who: string, reporter: string | undefined, _only: string, verb: string, at: number, all: string) => {
        const outlet = outletZh(who);
        // A bare reporter (记者注意到) or a named outlet; a company or a person learning something stays as written.
        if (!outlet && !(who === '' && reporter)) return m;
        if (verb === '注意到' || verb === '留意到') return start;
        // Cited once a paragraph: a second `据X报道，` after the first is said without it.
        if (outlet && all.slice(0, at).includes(`据${outlet}`)) return start;
        return outlet ? `${start}据${outlet}报道，` : `${start}据悉，`;
      },
    )
    .replace(CREDIT, (m, start: string, who: string) => (outletZh(who) || channelOf(who) ? start : m));
}

/** `据A报道，据B报道，`: a relay's citation before its source's own (a template's outlet before a quoted wire's). */
const TWO_CITATIONS = new RegExp(
  `${START}据([^，。：！？\\s*]{1,14}?)报道[，,]\\s*据([^，。：！？\\s*]{1,14}?)(援引[^，。：！？\\s*]{1,12}?)?(报道|消息)[，,]\\s*`,
  'gu',
);

/**
 * One citation a sentence: an outlet relaying another outlet's report cites it through the first
 * (`据36氪报道，据彭博报道，` → `据36氪援引彭博报道，`); the same outlet twice is cited once.
 * @example oneCitation('据36氪报道，据彭博报道，北风系统拟融资。') // → '据36氪援引彭博报道，北风系统拟融资。'
 * @example oneCitation('据36氪报道，据彭博援引知情人士报道，北风系统拟融资。') // → '据彭博援引知情人士报道，北风系统拟融资。'
 */
export function oneCitation(text: string): string {
  if (!text.includes('据')) return text;
  return text.replace(TWO_CITATIONS, (_m, start: string, relay: string, source: string, via: string | undefined, word: string) => {
    // The second citation names its own source (据彭博援引知情人士报道): it is cited as written, the relay (the story's
    // source line names it) goes — one 据 a sentence (decision 170).
    if (via) return `${start}据${source}${via}${word}，`;
    return relay === source ? `${start}据${source}${word}，` : `${start}据${relay}援引${source}${word}，`;
  });
}

/** An outlet's channel written without its middle dot (`证券时报e公司`): an outlet's name, then a short channel name. */
function channelOf(name: string): boolean {
  for (let n = name.length - 1; n >= 2; n--) if (name.length - n <= 6 && defaultOutlets().byName(name.slice(0, n))) return true;
  return false;
}

/** The outlet naming itself (`据本报记者了解，`, `据本台消息，`, `笔者认为，`): the digest is no outlet's own page. */
const SELF = '(?:本报|本台|本刊|本网|本站)';
const SELF_LEARNED = new RegExp(`${START}据${SELF}(?:记者)?(?:了解|获悉|报道|消息|观察)?[，,]\\s*`, 'gu');
const SELF_COUNTED = new RegExp(`据(?:${SELF}记者|${SELF}|记者|笔者|小编)(不完全)?(统计|梳理)`, 'gu');
const WRITER_VIEW = new RegExp(`${START}(?:在笔者看来|笔者(?:认为|以为|看来))[，,]?\\s*`, 'gu');

/**
 * @example selfReference('据本台记者了解，公司已完成交付。') // → '公司已完成交付。'
 * @example selfReference('据记者不完全统计，年内已有12家公司披露回购。') // → '据不完全统计，年内已有12家公司披露回购。'
 * @example selfReference('笔者认为，估值已反映预期。') // → '有分析认为，估值已反映预期。'
 */
export function selfReference(text: string): string {
  if (!/本报|本台|本刊|本网|本站|记者|笔者|小编/u.test(text)) return text;
  return text
    .replace(SELF_LEARNED, '$1')
    .replace(SELF_COUNTED, (_m, none: string | undefined, verb: string) => `据${none ?? ''}${verb}`)
    .replace(WRITER_VIEW, '$1有分析认为，');
}

/**
 * A spoken connective opening a sentence (`要知道，`, `说白了，`, `其实，`, `那么，`): an outlet's chatty column voice, not a
 * digest's; the sentence says the same without it.
 * @example spokenOpenings('营收增长。要知道，去年同期公司仍在亏损。') // → '营收增长。去年同期公司仍在亏损。'
 */
export function spokenOpenings(text: string): string {
  return text.replace(SPOKEN, '$1');
}
const SPOKEN = new RegExp(
  `${START}(?:要知道|须知|说白了|说到底|其实|那么|不过话说回来|话说回来|话说|讲真|坦白说|说实话|老实说|简单来说|简单说|有意思的是|你看|咱们看)[，,]\\s*`,
  'gu',
);

/**
 * A document cited as the speaker (`据某券商研报，`, `据业绩电话会实录，`): the broker or the company said it, in a note
 * or on a call. `据高盛研报，` → `高盛在研报中指出，`; `据印孚瑟斯业绩电话会实录，` → `印孚瑟斯在业绩电话会上表示，`;
 * `据电话会纪要，` → `在业绩电话会上，`.
 */
export function documentVoice(text: string): string {
  if (!/研报|实录|纪要|文字稿/u.test(text)) return text;
  return text
    .replace(NOTE_AS_SPEAKER, (_m, start: string, who: string) => `${start}${who}在研报中指出，`)
    .replace(CALL_AS_SPEAKER, (_m, start: string, who: string | undefined) => {
      // `据业绩电话会实录` names no one: the words before 电话会 are the call's kind, not a speaker.
      const speaker = who?.replace(/(?:第[一二三四1-4]|[一二三四]|本|上)?(?:财季|季度|季|年度|全年)?(?:业绩|财报)?$/u, '');
      return speaker ? `${start}${speaker}在业绩电话会上表示，` : `${start}在业绩电话会上，`;
    });
}
const NOTE_AS_SPEAKER = new RegExp(
  `${START}据([^，。：！？\\s*的]{2,20}?|[A-Za-z][A-Za-z .&'-]{1,40}?)的?(?:最新)?(?:一份)?研报(?:显示|称|指出|报道)?[，,]\\s*`,
  'gu',
);
const CALL_AS_SPEAKER = new RegExp(
  `${START}据(?:([^，。：！？\\s*的]{2,12}?|[A-Za-z][A-Za-z .&'-]{1,40}?)的?)?(?:(?:第[一二三四1-4]|[一二三四]|本|上)?(?:财季|季度|季|年度|全年))?(?:业绩|财报)?电话(?:会议?)(?:实录|纪要|文字稿|记录)(?:显示)?[，,]\\s*`,
  'gu',
);

/**
 * A one-line item whose source line names the outlet does not cite it again: the opening `据X报道，` (or `据X消息，`) of a
 * line goes when X is one of `outlets`; another outlet's citation stays.
 * @example ownCitationDropped('据36氪报道，甲公司完成6亿美元融资。', ['36氪']) // → '甲公司完成6亿美元融资。'
 * @example ownCitationDropped('据路透社报道，甲公司完成6亿美元融资。', ['36氪']) // → unchanged
 */
export function ownCitationDropped(line: string, outlets: readonly string[]): string {
  const m = OWN_CITATION.exec(line);
  if (!m || !outlets.includes((m[1] as string).trim())) return line;
  return line.slice(m[0].length);
}

/** `据X报道，` / `据X消息，` at the start of a line (bold markers aside), X the outlet. */
export const OWN_CITATION = /^据([^，。：！？\s*]{1,20}?)(?:报道|消息)[，,]\s*/u;
