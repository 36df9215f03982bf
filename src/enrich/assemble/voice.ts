/**
 * Another outlet's own newsgathering voice, copied from the first line of its article, is not the digest's voice: a
 * digest cites an outlet (`据36氪报道，`), it does not speak as one (`36氪独家获悉，`, `财联社记者注意到，`,
 * `证券时报·e公司讯，`). Pure; applied by tidy to every sentence of every engine's copy.
 */
import { defaultOutlets } from '../../select/outlets.js';

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
  const n = name.trim();
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
  if (!/获悉|了解到|得知|意到|讯/u.test(text)) return text;
  return text
    .replace(FROM_SOURCE, (m, start: string, who: string, source: string) =>
      who === '' || outletZh(who) ? `${start}据${source}透露，` : m,
    )
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

/** An outlet's channel written without its middle dot (`证券时报e公司`): an outlet's name, then a short channel name. */
function channelOf(name: string): boolean {
  for (let n = name.length - 1; n >= 2; n--) if (name.length - n <= 6 && defaultOutlets().byName(name.slice(0, n))) return true;
  return false;
}
