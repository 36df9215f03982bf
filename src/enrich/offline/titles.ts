/**
 * Source titles as digest headlines: outlet prefixes and suffixes (`【财新网】`, `｜新浪财经`), kickers (`重磅！`,
 * `AI军备竞赛不停歇：`) and clickbait tails (`，一文看懂`, `？`) trimmed; at most 30 characters where a clause boundary
 * allows, never cut inside a word.
 */

import { extractFigures, ZH_CURRENCY_NAMES } from '../../extract/index.js';
import type { OutletTable } from '../../select/index.js';
import type { Figure } from '../../types/index.js';
import { HAN } from '../../util/han.js';
import { participantClause } from '../assemble/head-party.js';
import { eventWord } from '../assemble/head-shape.js';
import { asksQuestion, featureTitle } from './headline-shape.js';

/** Headlines aim at this many characters. */
export const HEADLINE_MAX = 30;
/** A headline shorter than this says too little: a kicker is not cut off if only this much would be left. */
const HEADLINE_MIN = 8;

const OUTLET_TAG = /^(?:【[^】]{1,16}】|\[[^\]]{1,16}\]|[^，。：:\s]{2,8}(?:讯|消息|电)[:：\s]\s*)/u;
const KICKER_WORDS =
  /^(?:独家|快讯|突发|重磅|刚刚|官宣|深度|观察|热点|焦点|早报|晚报|午报|速递|一线|解读|评论|点评|专访|研报)[！!｜|：:\s]*/u;
/** A column or market tag before a slash (`美股／`, `港股/`, `A股｜` is an outlet tag's kin): the page's section, not news. */
const SECTION_TAG = /^(?:美股|港股|A股|台股|日股|欧股|期货|债市|汇市|科技|财经|产经|国际|环球)\s*[／/]\s*/u;
/**
 * A column tag in angle or title brackets before the news (`《半导体》`, `〈美股盘后〉`, `<港股收市>`), as Taiwan and Hong Kong
 * pages head their market stories: a section word inside, not a work's title (`《黑神话》` stays).
 */
const BRACKET_SECTION =
  /^[《〈<]\s*[^》〉>\s]{0,6}?(?:股|市|盘前|盘后|盘中|收盘|收市|族群|板块|产业|半导体|电子|通讯|通信|金融|国际|财经|热门|焦点|要闻|观察|快讯|动态)[^》〉>\s]{0,4}\s*[》〉>]\s*/u;
/** A reporting kicker before the news (`据悉，`, `消息称：`): a headline states the news, the source line says who told it. */
const HEARSAY_OPENING = /^(?:据悉|据了解|据报道|消息称|市场消息)[，,：:\s]+/u;
/** A column or newsletter label before a separator bar (`科技观察｜`, `AI前哨丨`, `研报点评 | `): no digits, at most ten characters. */
const COLUMN_LABEL = /^([^｜丨|：:，,。\d]{2,10}?)\s*[｜丨|]\s*/u;
/**
 * A research report's title label after the covered company (`瀚芯科技点评报告：`, `北风系统2026年三季报点评：`,
 * `某芯科技深度报告：`): the company is the news's subject, the label is the report's kind.
 */
const REPORT_LABEL =
  /^([^：:，,。｜|]{2,16}?)(?:\d{2,4}年?)?(?:Q[1-4]|[一二三四]季度|[一三]季报|中报|半年报|年报|季报)?(?:(?:业绩|事件|动态|深度|跟踪|首次覆盖|公司)?(?:点评|研究)?报告|(?:业绩|事件)?点评)[：:]\s*/u;

/**
 * A title without its column label (before a bar) and its research report's label (`<X>点评报告：`): the label never
 * heads a story (a column names no one; a report's kind is no news). The covered company of a report label opens what
 * follows unless it names the company itself. A label naming a company (`英伟达｜…`) stays; nothing shorter than a
 * headline is left.
 * @example dropLabels('科技观察｜北风系统完成6亿美元融资', () => []) // → '北风系统完成6亿美元融资'
 * @example dropLabels('北风系统点评报告：营收高增，拐点临近', () => []) // → '北风系统营收高增，拐点临近'
 */
export function dropLabels(t: string, orgsIn: (s: string) => string[]): string {
  const column = COLUMN_LABEL.exec(t);
  if (column?.[1] && orgsIn(column[1]).length === 0 && [...t.slice(column[0].length)].length >= HEADLINE_MIN)
    return t.slice(column[0].length).trim();
  const report = REPORT_LABEL.exec(t);
  if (report?.[1]) {
    const subject = report[1].trim();
    const rest = t.slice(report[0].length).trim();
    if ([...rest].length < 4) return t;
    return rest.includes(subject) ? rest : `${subject}${rest}`;
  }
  return t;
}

const CLICKBAIT_TAIL =
  /[，,、\s]*(?:一文(?:看懂|读懂|了解)[^，。]*|附[^，。]{0,12}名单|[(（]附[^)）]*[)）]|你怎么看|值得关注|意味着什么|发生了什么|刷屏了?|炸了|火了|[!！]+)$/u;

/** Splits a title at its clause boundaries, keeping each mark with the part before it. */
function parts(title: string): string[] {
  return clauses(title).map((c) => c.text);
}

/**
 * Whether a title is spaced out (pangu style: `谷歌母公司 Alphabet 和 Meta`, `合计约 6600 亿美元`): a Latin word or a
 * number with a space on its Chinese side after it. Such a title's spaces are spacing; in any other title a space
 * between a Chinese run and a Latin word (`…国产替代 A股算力芯片…`) separates two clauses, as one between two
 * Chinese runs does.
 */
export function spacedOut(title: string): boolean {
  // A number spaced on both sides (`合计约 6600 亿美元`); one opening a clause after a space (`…走强 2026年收入…`) is not.
  const spaced = /[A-Za-z0-9%][ \t]+\p{Script=Han}/u.test(title) || /\p{Script=Han}[ \t]+\d[\d.,]*%?[ \t]/u.test(title);
  // A writer who spaces Latin words spaces every one: a Latin word run into Chinese on one side (`发布Blackwell Ultra 性能…`)
  // says the title is not spaced out, and its space between a Latin word and Chinese separates two clauses.
  return spaced && !/\p{Script=Han}[A-Za-z]|[A-Za-z]\p{Script=Han}/u.test(title);
}

/**
 * A title's clauses, each with whether a space (not a mark) ended it. In a title that is not spaced out, a space after a
 * Latin word or a number before Chinese ends a clause that has Chinese in it (`英伟达发布Blackwell Ultra 性能提升2.5倍`):
 * the writer did not space the Latin word's other side, so the space is no spacing.
 */
function clauses(title: string, latinBreaks = false): { text: string; bySpace: boolean }[] {
  const out: { text: string; bySpace: boolean }[] = [];
  const push = (text: string, bySpace: boolean) => {
    const t = text.trim();
    if (t !== '') out.push({ text: t, bySpace });
  };
  let cur = '';
  const chars = [...title];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const prev = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    // A space between two Chinese runs separates two clauses: `…4100亿美元 AI基建竞赛再加码`, `…星衍智能 “投资客户”模式…`.
    // A closing quote ends a phrase as a character does: `多地加码"算力券" 上海单家企业…`.
    const spaceBreak =
      ch === ' ' &&
      (HAN.test(prev) || /[\d"”’」』》）]/.test(prev)) &&
      (HAN.test(next) || /[A-Za-z0-9“‘「《]/.test(next)) &&
      HAN.test(title);
    const latinBreak = latinBreaks && ch === ' ' && /[A-Za-z0-9%]/.test(prev) && HAN.test(next) && HAN.test(cur);
    if (spaceBreak || latinBreak) {
      push(cur, true);
      cur = '';
      continue;
    }
    cur += ch;
    if ('，；：｜|'.includes(ch) || (ch === '—' && next !== '—')) {
      push(cur, false);
      cur = '';
    }
  }
  push(cur, false);
  return out;
}

/** The words a Chinese company's or institution's name ends on (`澜芯科技`, `某某集团`, `中信证券`, `国家大基金`). */
const COMPANY_TAIL =
  /(?:集团|控股|股份|公司|科技|证券|银行|电子|半导体|资本|基金|汽车|电气|通信|实业|投资|保险|研究院|研究所|智能|智算|芯片|网络|软件|信息|技术|国际|能源|医药|机器人)$/u;

/**
 * Whether a title's prefix is a company's name, not a kicker: two to ten characters of a name (Chinese, Latin, digits,
 * `&`, `·`), ending on a company word (`澜芯科技`, `华泰证券`, `小米集团`). A kicker is a phrase (`循环融资疑云`,
 * `AI军备竞赛不停歇`), which ends on none.
 * @example companyName('澜芯科技') // → true
 * @example companyName('循环融资疑云') // → false
 */
export function companyName(prefix: string): boolean {
  const p = prefix.trim();
  return [...p].length >= 2 && [...p].length <= 10 && /^[\p{Script=Han}A-Za-z0-9&·.]+$/u.test(p) && COMPANY_TAIL.test(p);
}

/** A government body's name ends on its kind (`上海市经信委`, `深圳市政府`, `国家数据局`). */
const BODY_TAIL = /(?:政府|委员会|委|部|局|厅|办|署)$/u;

/**
 * Whether a kicker before a colon is the actor of what follows (`深圳：单家企业补贴上限提至2000万元`, `欧盟：对…罚款…`,
 * `杭州加码：…`): a place or a government body (`placesIn` gives the places a text names, as written), alone or with a
 * verb of the event (head-shape.ts), that what follows does not name. Without it the head says whose subsidy, whose
 * fine, to no one.
 * @example actorKicker('深圳', '单家企业补贴上限提至2000万元', () => ['深圳']) // → true
 */
export function actorKicker(kicker: string, rest: string, placesIn: (s: string) => string[]): boolean {
  const k = kicker.trim();
  if ([...k].length > 8 || /\d/u.test(k)) return false;
  const place = placesIn(k).find((p) => k.startsWith(p));
  const left = place !== undefined ? k.slice(place.length) : k;
  const body = BODY_TAIL.test(k) && /^\p{Script=Han}+$/u.test(k);
  if (place === undefined && !body) return false;
  if (place !== undefined && rest.includes(place)) return false;
  return left === '' || body || ([...left].length <= 2 && eventWord(left));
}

function stripMark(s: string): string {
  return s.replace(/[，；：｜|—\s]+$/u, '');
}

/**
 * A source title made into a headline.
 * @example trimTitle('【财新网】美国四巨头2026年资本开支合计约4100亿美元 AI基建竞赛再加码') // → '美国四巨头2026年资本开支合计约4100亿美元'
 * @example trimTitle('AI军备竞赛不停歇：四大云巨头今年资本开支合计超4000亿美元，华尔街开始算回报账') // → '四大云巨头今年资本开支合计超4000亿美元，华尔街开始算回报账'
 */
export function trimTitle(
  raw: string,
  outlets?: OutletTable,
  orgsIn: (s: string) => string[] = () => [],
  placesIn: (s: string) => string[] = () => [],
): string {
  // Spaces a writer puts between digits and Chinese (`2026 年资本开支合计约 6600 亿美元`) are spacing, not clause breaks.
  let t = raw
    .replace(/\s+/g, ' ')
    // A number spaced on both sides is spacing; a space before a number that opens a clause (`…集体走强 2026年收入有望…`)
    // separates two clauses, and stays for the clause split.
    .replace(/(\p{Script=Han})\s(\d[\d.,]*%?)\s(?=\p{Script=Han})/gu, '$1$2')
    .replace(/(\d)\s(?=\p{Script=Han})/gu, '$1')
    .trim();
  // Outlet names before or after the title: 【财新网】…, …｜新浪财经, … - 新浪科技.
  for (let i = 0; i < 3; i++) {
    const before = t;
    t = t
      .replace(OUTLET_TAG, '')
      .replace(SECTION_TAG, '')
      .replace(BRACKET_SECTION, '')
      .replace(HEARSAY_OPENING, '')
      .replace(KICKER_WORDS, '')
      .trim();
    // An outlet's own name before a mark: 36氪独家｜…, 财联社：…
    const lead = /^([^｜|：:\s]{2,10}?)(?:独家|讯|消息|快讯)?\s*[｜|：:]\s*/u.exec(t);
    if (lead?.[1] && outlets?.byName(lead[1]) && t.length - lead[0].length >= HEADLINE_MIN) t = t.slice(lead[0].length).trim();
    const tail = /\s*(?:[|｜_]|\s[-–—]\s)\s*([^|｜_]{2,24})$/u.exec(t);
    if (tail?.[1] && (outlets?.byName(tail[1]) || /(?:网|新闻|日报|财经|科技|时报|报)$/.test(tail[1].trim()))) {
      t = t.slice(0, tail.index).trim();
    }
    t = dropLabels(t.replace(CLICKBAIT_TAIL, '').trim(), orgsIn);
    if (t === before) break;
  }
  // An exclamation kicker (`11万亿韩元！`, `史上最大！`) shouts before the news: it goes when what follows stands alone and
  // names every company the kicker names. A figure shouted alone has no owner in the headline (the venture's total
  // investment before `Equinix与Naver合建…` is neither company's).
  const bang = /^([^，。；：！!？?]{1,12})[！!]\s*(?=\S)/u.exec(t);
  if (bang?.[1]) {
    const rest = t.slice(bang[0].length).trim();
    const restOrgs = new Set(orgsIn(rest));
    if ([...rest].length >= HEADLINE_MIN && orgsIn(bang[1]).every((o) => restOrgs.has(o))) t = rest;
  }
  // Two phrases a title separates by a space are separated by a comma in the headline (`…国产替代，A股算力芯片板块…`):
  // mainland spacing would close the space up and run the phrases together. A spaced-out title's spaces stay spacing.
  const cl = clauses(t, !spacedOut(raw));
  // A company's name a space sets off before its period and figures (`台积电 3月营收…`, `澜芯科技 前三季度营收…`) is their
  // subject: it is closed up, not commaed.
  // A clause that is a company's name and nothing more (`北风系统 斥资…`) is the subject of what follows, whatever it
  // opens on, unless that opens on another company (a list): a comma right after a subject is no Chinese.
  const nameOnly = (c: string) => companyName(c) || orgsIn(c).some((o) => o === c);
  const subjectFirst = (c: string, next: string | undefined) =>
    next !== undefined &&
    [...c].length <= 8 &&
    (((companyName(c) || orgsIn(c).length > 0) && /^(?:\d|[今明去]年|[上下]半年|前?[一二三四]季度|第[一二三四]|Q[1-4])/u.test(next)) ||
      (nameOnly(c) && /^\p{Script=Han}/u.test(next) && !orgsIn(next).some((o) => next.startsWith(o))));
  // A Taiwan or Hong Kong title sets its subject off by a space even when no table knows the name (`外资 连五日卖超…`,
  // `纬创 加码AI服务器…`): a first clause of two or three Chinese characters before a space is a name, not a phrase.
  const spacedSubject = (c: string, next: string | undefined) =>
    next !== undefined &&
    /^\p{Script=Han}{2,3}$/u.test(c) &&
    /^[\p{Script=Han}A-Za-z]/u.test(next) &&
    // A list of short names (`鸿海 广达 纬创齐涨`) is no subject and its verb.
    [...next].length > 3 &&
    !orgsIn(next).some((o) => next.startsWith(o));
  if (!spacedOut(raw))
    t = cl
      .map((c, i) =>
        c.bySpace && i < cl.length - 1
          ? i === 0 && (subjectFirst(c.text, cl[1]?.text) || spacedSubject(c.text, cl[1]?.text))
            ? c.text
            : `${c.text}，`
          : c.text,
      )
      .join('');
  // …and a comma the title itself puts right after its subject's name (`北风系统，斥资30亿元收购…`) goes the same way.
  const commaAfter = /^([^，,：:｜|\s]{2,8})[，,](?=\p{Script=Han})/u.exec(t);
  if (commaAfter?.[1] && subjectFirst(commaAfter[1], t.slice(commaAfter[0].length)) && nameOnly(commaAfter[1]))
    t = `${commaAfter[1]}${t.slice(commaAfter[0].length)}`;
  const ps = parts(t);
  if (ps.length === 0) return raw.trim();
  // A kicker before a colon (循环融资疑云：…) goes when what follows can stand alone: a short one always, a longer one
  // when the whole is too long and what follows carries the figure the kicker lacks.
  if (ps.length > 1 && /[：:]$/.test(ps[0] as string)) {
    const kicker = stripMark(ps[0] as string);
    const rest = stripMark(ps.slice(1).join(''));
    const fits = [...rest].length >= HEADLINE_MIN && [...rest].length <= HEADLINE_MAX;
    const tooLong = [...kicker].length + 1 + [...rest].length > HEADLINE_MAX;
    // A kicker naming the company the rest leaves unnamed (阿里巴巴上调…目标：三年投入…) stays; so does a prefix that is
    // itself a company's name (`澜芯科技：前三季度营收…`, `华泰证券：…`): the rest has no owner without it.
    const restOrgs = new Set(orgsIn(rest));
    const keepsSubject =
      orgsIn(kicker).some((o) => !restOrgs.has(o)) ||
      (companyName(kicker) && !rest.includes(kicker)) ||
      actorKicker(kicker, rest, placesIn);
    const drop =
      ([...kicker].length <= 10 && [...rest].length >= HEADLINE_MIN) || (fits && tooLong && /\d/.test(rest) && !/\d/.test(kicker));
    // What follows opening on an indefinite phrase (`一本…的循环账本`, `一家…`) is a feature's line about the kicker's
    // subject: without the kicker it names nobody.
    const indefinite = /^一(?:本|家|场|笔|个|次|份|张|条|位|种|段)/u.test(rest);
    if (drop && !keepsSubject && !indefinite) ps.shift();
  }
  // A participant's clause first (`国家集成电路产业投资基金三期认购，芯朗科技IPO定价…`) opens on the investor: when the
  // length goal leaves it alone (it and the next clause do not fit), it would head the story as if the fund were the
  // issuer. It goes then, when the rest stands; `思科领投，某公司完成…融资` that fits keeps it.
  if (ps.length > 1 && participantClause(ps[0] as string) !== undefined) {
    const rest = stripMark(ps.slice(1).join(''));
    if ([...stripMark(`${ps[0]}${ps[1]}`)].length > HEADLINE_MAX && [...rest].length >= HEADLINE_MIN) ps.shift();
  }
  // Whole clauses up to the length goal; the first clause is kept whole however long.
  let out = ps[0] as string;
  // Where each clause kept so far ends: a mark ends a clause; a space may only space a phrase out (`低至0.3元 / 百万
  // tokens`, `Meridian Harbour 信托`), so the head never ends on a space that the length goal cut after.
  const ends: { out: string; bySpace: boolean }[] = [];
  const byMark = new Set(
    clauses(t)
      .filter((c) => !c.bySpace)
      .map((c) => c.text),
  );
  for (const [i, p] of ps.slice(1).entries()) {
    const joined = stripMark(out) + (/[，；：|｜—]$/.test(out) ? out.slice(-1) : ' ') + p;
    if ([...stripMark(joined)].length > HEADLINE_MAX) {
      // Cut inside a phrase (the last clause kept ended on a space): back to the last clause a mark ended.
      if (ends.at(-1)?.bySpace) {
        out = ends.findLast((e) => !e.bySpace)?.out ?? out;
      }
      break;
    }
    // A clause of two or three characters whose sentence the length goal cuts off (`…订单，法人` of `法人 估明年…`) is a
    // subject without its verb: the headline ends before it.
    const cut = ps[i + 2] !== undefined && [...stripMark(p)].length <= 3 && !/\d/.test(p);
    if (cut && [...stripMark(`${joined}${ps[i + 2]}`)].length > HEADLINE_MAX) break;
    if (ends.length === 0) ends.push({ out, bySpace: !byMark.has(ps[0] as string) });
    out = /[，；：|｜—]$/.test(out) ? out + p : `${out} ${p}`;
    ends.push({ out, bySpace: !byMark.has(p) });
  }
  // A question as a headline is clickbait: the statement before it is kept when there is one (`星河智芯完成30亿元融资，
  // 钱从哪来？` → its first clause); a title that is a question and nothing more keeps its mark (a question read as a
  // statement, `英伟达要收购Arm`, tells a rumour as news), and the engine heads the story with a fact when it can.
  out = stripMark(out);
  if (/[？?]$/u.test(out)) {
    const cs = parts(out);
    const last = cs[cs.length - 1] as string;
    const before = stripMark(cs.slice(0, -1).join(''));
    if (cs.length > 1 && asksQuestion(last) && [...before].length >= HEADLINE_MIN && !featureTitle(before)) out = before;
  }
  return completeUnits(out);
}

/**
 * A headline amount its title wrote without its currency (the extractor reads it as money from the rest of the title)
 * gets it: `合计约6600亿美元，亚马逊2000亿领跑` → `…亚马逊2000亿美元领跑`; a count (`用户2亿`) is left alone.
 * @example completeUnits('四大云厂商资本开支合计约6600亿美元，亚马逊2000亿领跑') // → '四大云厂商资本开支合计约6600亿美元，亚马逊2000亿美元领跑'
 */
export function completeUnits(title: string): string {
  let out = title;
  const figs = extractFigures(title)
    .filter((f) => f.kind === 'money' && f.currency !== undefined && BARE_AMOUNT.test(f.text))
    .sort((x, y) => y.start - x.start);
  for (const f of figs) {
    const unit = f.currency === 'CNY' ? '元' : ZH_CURRENCY_NAMES[f.currency as string];
    if (!unit || out.slice(f.end).startsWith(unit)) continue;
    out = `${out.slice(0, f.end)}${unit}${out.slice(f.end)}`;
  }
  return out;
}

/**
 * A headline amount its title wrote in 元 that its source states in another currency (a Taiwanese title's `4650亿元`,
 * its body's `新台币4650亿元`) names that currency: a reader of a mainland digest takes 元 for renminbi.
 * @example foreignYuan('台积电董事会核准资本预算4650亿元', [twd4650bn]) // → '台积电董事会核准资本预算新台币4650亿元'
 * @example foreignYuan('外资卖超286亿元', [twd286_5bn]) // → '外资卖超新台币286亿元' (a title's rounding)
 */
export function foreignYuan(headline: string, stated: readonly Figure[]): string {
  let out = headline;
  const figs = extractFigures(headline)
    .filter((f) => f.kind === 'money' && f.currency === 'CNY' && /元$/.test(f.text) && !/人民币/.test(f.text))
    .sort((x, y) => y.start - x.start);
  for (const f of figs) {
    // A title rounds its source's figure (外资卖超286亿元 for the body's 新台币286.5亿元): within 1% it is the same amount.
    const near = (g: Figure) =>
      g.value !== undefined && f.value !== undefined && f.value !== 0 && Math.abs(g.value - f.value) <= Math.abs(f.value) * 0.01;
    const other =
      stated.find((g) => g.kind === 'money' && g.currency !== undefined && g.currency !== 'CNY' && g.value === f.value) ??
      stated.find((g) => g.kind === 'money' && g.currency !== undefined && g.currency !== 'CNY' && near(g));
    const name = other ? ZH_CURRENCY_NAMES[other.currency as string] : undefined;
    if (!name) continue;
    const text = out.slice(f.start, f.end);
    const digit = text.search(/\d/);
    // 新台币 stands before the number (新台币4650亿元); a currency named …元 or otherwise replaces 元 (58亿港元, 19亿卢比).
    const written = name === '新台币' ? `${text.slice(0, digit)}${name}${text.slice(digit)}` : `${text.slice(0, -1)}${name}`;
    out = `${out.slice(0, f.start)}${written}${out.slice(f.end)}`;
  }
  return out;
}

/**
 * A headline amount with no currency at all (`募资62亿`, `营收达1.2万亿`: the extractor reads no figure in it) gets the
 * currency of the amount its source states with the same value: `星衡智算港股IPO募资62亿` with `62亿港元` in the body →
 * `…募资62亿港元`. A count (`用户2亿人`, `出货5000万部`) is followed by its measure word and is left alone.
 * @example bareAmounts('某公司港股IPO募资62亿', [hkd6_2bn]) // → '某公司港股IPO募资62亿港元'
 */
export function bareAmounts(headline: string, stated: readonly Figure[]): string {
  return headline.replace(BARE_IN_HEADLINE, (m, num: string, unit: string, at: number, all: string) => {
    const next = all.slice(at + m.length);
    if (/^(?:\*\*)?(?:[元美港日韩欧英镑币股人户台部辆件张只家个次吨瓦位名份颗片块套条枚倍点]|新台币|人民币|卢比|亿|万)/u.test(next))
      return m;
    const value = Number(num) * (unit === '万亿' ? 1e12 : unit === '亿' ? 1e8 : 1e4);
    const same = stated.find(
      (g) => g.kind === 'money' && g.currency !== undefined && g.value !== undefined && Math.abs(g.value - value) <= value * 0.005,
    );
    const name = same ? (same.currency === 'CNY' ? '元' : ZH_CURRENCY_NAMES[same.currency as string]) : undefined;
    if (!name) return m;
    return name === '新台币' ? `${m.slice(0, m.length - num.length - unit.length)}新台币${num}${unit}元` : `${m}${name}`;
  });
}

/** A number and a Chinese unit in a headline, after what may qualify it (`约62亿`, `超1.2万亿`). */
const BARE_IN_HEADLINE = /(?<![\d.,])[约近超逾达至]?(\d+(?:\.\d+)?)(万亿|亿|万)/gu;

/** An amount in Chinese units with no currency word: `2000亿`, `约7300亿`, `1.4万亿`. */
const BARE_AMOUNT = /^[约近超逾达至少多过]*[\d.,]+(?:万亿|千亿|百亿|亿|万)$/u;

/** Length of a headline in characters (what the 30-character goal counts). */
export function headlineLength(s: string): number {
  return [...s].length;
}
