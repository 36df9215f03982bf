/**
 * Whether a story's body tells its headline's figures (pure): one rule for the engine, which keeps or rebuilds a
 * headline by it, and for `digest --check`'s `headline-untold`.
 */
import { z } from 'zod';
import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { alternation, escapeRegExp } from '../../util/regexp.js';

/**
 * Whether a body figure tells a headline figure: the same number (a range's end included), or, for a bound (`突破千亿
 * 港元`, `逾170%`), a figure of its kind and currency on the bound's side.
 */
export function tells(h: Figure, b: Figure): boolean {
  const bv = b.value ?? b.high ?? b.low;
  if (h.kind !== b.kind || h.value === undefined || bv === undefined) return false;
  if (h.kind === 'money' && h.currency && b.currency && h.currency !== b.currency) return false;
  // A headline rounds (南亚科3月营收环比增18% over a body's 18.2%).
  const close = (x: number, y: number) => Math.abs(x - y) <= Math.max(Math.abs(y) * 0.025, 1e-9);
  const values = [bv, ...(b.low !== undefined ? [b.low] : []), ...(b.high !== undefined ? [b.high] : [])];
  if (values.some((v) => close(v, h.value as number))) return true;
  if (h.low !== undefined && h.high !== undefined && close(h.low, b.low ?? bv) && close(h.high, b.high ?? bv)) return true;
  if (h.qualifier === 'min') return bv >= h.value && bv <= h.value * 1.5;
  if (h.qualifier === 'max') return bv <= h.value && bv >= h.value * 0.5;
  if (h.qualifier === 'approx') return Math.abs(bv - h.value) <= Math.abs(h.value) * 0.05;
  return false;
}

/**
 * The money and rate figures of a headline its story's body never tells (the headline's figure from a title whose
 * sentence the body left out).
 * @example headlineUntold('某芯科技完成20亿元B轮融资', '某芯科技今日宣布完成新一轮融资。').map((f) => f.text) // → ['20亿元']
 */
export function headlineUntold(headline: string, body: string): Figure[] {
  const inBody = extractFigures(body.replace(/\*\*/g, ''));
  return extractFigures(headline)
    .filter((f) => (f.kind === 'money' || f.kind === 'percent') && f.value !== undefined)
    .filter((h) => !inBody.some((b) => tells(h, b)));
}

let events: readonly (readonly string[])[] | undefined;

/** The event words of data/headline-events.json, each group the words that tell one event (融资, 募资, 领投). */
function eventGroups(): readonly (readonly string[])[] {
  events ??= loadDataTable('headline-events.json', z.object({ event: z.array(z.string()) })).event.map((g) => g.split('|'));
  return events;
}

/**
 * The event a headline names that its lead never tells (`…完成20亿元B轮融资` over a lead on the company's revenue): the
 * first word of each such event's group, in the headline's order. A lead telling the event in any word of its group
 * (融资 for 募资) tells it.
 * @example headlineEventUntold('星河智芯完成20亿元B轮融资', '星河智芯今年营收有望翻倍。') // → ['融资']
 * @example headlineEventUntold('星河智芯完成20亿元B轮融资', '星河智芯今日宣布完成新一轮融资。') // → []
 */
export function headlineEventUntold(headline: string, lead: string): string[] {
  return eventGroups()
    .filter((g) => g.some((w) => headline.includes(w)) && !g.some((w) => lead.includes(w)))
    .map((g) => g[0] as string);
}

/**
 * A headline's clauses: split at a comma, a colon or a semicolon (kept on the clause before), or at a space between
 * Chinese words (a title's `…超预期 数据中心…`). One split for the engine (`untoldClauses`) and the check.
 * @example headlineClauses('星河智芯完成20亿元B轮融资，股价涨停') // → ['星河智芯完成20亿元B轮融资，', '股价涨停']
 * @example headlineClauses('台电今年电网投资冲破新台币1,200亿元') // → ['台电今年电网投资冲破新台币1,200亿元']
 */
export function headlineClauses(headline: string): string[] {
  return (
    headline
      // A comma between digits (新台币1,200亿元) is a number's, not a clause's.
      .split(/(?<=[，：:；;])|(?<=,)(?!\d)|(?<=[\p{Script=Han}\d%])\s+(?=\p{Script=Han})/u)
      .map((c) => c.trim())
      .filter((c) => c !== '')
  );
}

/** Words of a clause that say how, not what (a verb's aspect, a measure word, a conjunction): no clause is told by them. */
const FUNCTION_CHARS = /[的了在和与及或将已于对为是被把等也还再又并而但]/gu;

/** The words a clause tells: its Chinese character pairs (function characters out) and its Latin names. */
function clauseWords(clause: string): string[] {
  const plain = clause.replace(/\*\*/g, '');
  const out: string[] = [];
  for (const run of plain.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run.replace(FUNCTION_CHARS, ' ')];
    for (let i = 0; i + 1 < chars.length; i++) {
      const pair = `${chars[i]}${chars[i + 1]}`;
      if (!/\s/u.test(pair)) out.push(pair);
    }
  }
  for (const w of plain.match(/[A-Za-z][A-Za-z.&-]{2,}/g) ?? []) out.push(w.toLowerCase());
  return out;
}

const factsSchema = z.object({
  change: z.array(z.string()),
  event: z.array(z.string()),
  shift: z.array(z.string()),
  adverbs: z.string(),
  verdict: z.array(z.string()).default([]),
  outlook: z.string().default(''),
  verdictTimes: z.string().default(''),
});
interface FactGroups {
  change: string[][];
  event: string[][];
  shift: string[][];
  adverbs: RegExp;
  verdict: string[][];
  outlook: RegExp | undefined;
  verdictTimes: RegExp | undefined;
}
let factTable: FactGroups | undefined;

/** The groups of data/clause-facts.json, each split at `|`, longest word first. */
function factGroups(): FactGroups {
  if (factTable) return factTable;
  const t = loadDataTable('clause-facts.json', factsSchema);
  const split = (gs: readonly string[]) => gs.map((g) => g.split('|').sort((a, b) => b.length - a.length));
  factTable = {
    change: split(t.change),
    event: split(t.event),
    shift: split(t.shift),
    adverbs: new RegExp(`(?:${t.adverbs})+$`, 'u'),
    verdict: split(t.verdict),
    outlook: t.outlook === '' ? undefined : new RegExp(t.outlook, 'u'),
    verdictTimes: t.verdictTimes === '' ? undefined : new RegExp(t.verdictTimes, 'gu'),
  };
  return factTable;
}

/** A body's sentences (a clause's fact is one sentence's, never words spread over several). */
function sentencesOf(body: string): string[] {
  return body
    .split(/(?<=[。！？!?；;\n])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A rate or a multiple, or a change from one amount to another (`由0.8元降至0.3元`): a change's figure. */
function changeFigure(sentence: string): boolean {
  const figures = extractFigures(sentence).filter((f) => f.value !== undefined);
  return figures.some((f) => f.kind === 'percent' || f.kind === 'multiple') || figures.filter((f) => f.kind === 'money').length >= 2;
}

/**
 * The fact a head clause states in a word of data/clause-facts.json, as a test of one sentence: a doubling or a
 * halving (`AI收入翻倍`, `价格腰斩`) is carried by a sentence naming its measure (`收入`, `价格`: the two characters
 * before the word, an adverb `接近` aside) with the word or a rate, a multiple or a from→to pair of amounts; an event
 * verb (`夺`) by a sentence with a word of its group and a word of its object; a shift (`从“A”走向“B”`) by a sentence
 * naming the new arrangement. Undefined for a clause stating none of them (its words are read as before).
 * @example clauseFact('博通一季度AI收入翻倍')?.('博通一季度积压订单达1180亿美元，其中AI相关约730亿美元。') // → false
 * @example clauseFact('博通一季度AI收入翻倍')?.('博通一季度AI收入同比增长106%。') // → true
 */
export function clauseFact(clause: string): ((sentence: string) => boolean) | undefined {
  const t = factGroups();
  const plain = clause.replace(/\*\*/g, '').replace(/[“”"「」『』]/gu, '');
  const hit = (groups: readonly string[][]) => {
    for (const g of groups) {
      const w = g.find((x) => plain.includes(x));
      if (w) return { g, at: plain.indexOf(w), w };
    }
    return undefined;
  };
  const has = (s: string, g: readonly string[]) => g.some((x) => s.includes(x));
  const change = hit(t.change);
  if (change) {
    const before = plain.slice(0, change.at).replace(t.adverbs, '');
    const measure = /(?:\p{Script=Han}{2}|[A-Za-z]{2,})$/u.exec(before)?.[0] ?? '';
    return (s) => (measure === '' || s.includes(measure)) && (has(s, change.g) || changeFigure(s));
  }
  const event = hit(t.event);
  if (event) {
    const object = clauseWords(plain.slice(event.at + event.w.length));
    return (s) => has(s, event.g) && (object.length === 0 || object.some((o) => s.toLowerCase().includes(o)));
  }
  const shift = hit(t.shift);
  if (shift) {
    const arrangement = clauseWords(plain.slice(shift.at + shift.w.length));
    return (s) => arrangement.length === 0 || arrangement.some((o) => s.toLowerCase().includes(o));
  }
  // A verdict on a party's prospects (`ASIC板块短期承压、长期看好`): a sentence with a verdict or an outlook word and a
  // word of what the verdict is on (`ASIC`, `板块`), its time words aside.
  const verdict = hit(t.verdict);
  if (verdict) {
    const before = plain.slice(0, verdict.at);
    const on = clauseWords(t.verdictTimes ? before.replace(t.verdictTimes, ' ') : before);
    return (s) => (has(s, verdict.g) || (t.outlook?.test(s) ?? false)) && (on.length === 0 || on.some((o) => s.toLowerCase().includes(o)));
  }
  return undefined;
}

/**
 * A headline's count or multiple written in digits (`超额认购300倍`, `出货3万片`): a clause stating one is told only by a
 * body giving it (`翻倍` in words says a change the body may write as a rate, and is left to the words).
 */
export function countedFigure(f: Figure): boolean {
  return (f.kind === 'multiple' || f.kind === 'count') && f.value !== undefined && /\d/.test(f.text);
}

/**
 * A clause with the names in it blanked (each occurrence replaced by a space): what it says of them, not who they are.
 * Longest names first, so a short name inside a long one (`中国移动` in `中国移动云`) leaves nothing behind.
 * @example withoutNames('澜芯科技同行跟涨', ['澜芯科技']) // → ' 同行跟涨'
 */
export function withoutNames(clause: string, names: readonly string[]): string {
  let out = clause;
  for (const n of [...new Set(names)].filter((x) => [...x.trim()].length >= 2).sort((a, b) => b.length - a.length))
    out = out.split(n).join(' ');
  return out;
}

/**
 * Whether a story's body tells a clause of its headline: a clause with money or a rate is told when the body gives
 * every such figure of it (`tells`), as is one with a count or a multiple in digits (`超额认购300倍`); a clause of words
 * alone (a market reaction `股价涨停`, a participant, a guidance change `下调全年指引`) when at least a fifth of its words
 * (character pairs, Latin names) are the body's — a body says it in its own words (`上季获利创高` over `三项数字同创单季
 * 新高`), so only a clause the body all but never says is untold. The story's companies (`names`) are who the clause is
 * about, not what it tells: a clause naming them is told only when one of its other words is the body's too
 * (`澜芯科技同行跟涨` is not told by a body naming 澜芯科技 alone). A clause of fewer than two words (a bare name, `重磅`) is
 * told. `share` asks more of one sentence (the engine's backing).
 * @example clauseTold('股价涨停', '星河智芯今日宣布完成融资，公司股价午后涨停。') // → true
 * @example clauseTold('华尔街开始算回报账', '四大云厂商今年资本开支合计超4000亿美元。') // → false
 * @example clauseTold('澜芯科技同行跟涨', '澜芯科技今日发布财报。', 1 / 5, ['澜芯科技']) // → false
 */
export function clauseTold(clause: string, body: string, share = 1 / 5, names: readonly string[] = []): boolean {
  const plainBody = body.replace(/\*\*/g, '');
  const all = extractFigures(clause);
  const figures = all.filter((f) => (f.kind === 'money' || f.kind === 'percent') && f.value !== undefined);
  const counted = all.filter(countedFigure);
  if (figures.length + counted.length > 0) {
    const inBody = extractFigures(plainBody);
    if (![...figures, ...counted].every((h) => inBody.some((b) => tells(h, b)))) return false;
  }
  // A participant named by its role (`澜舟资本领投`) is told in that role, never as a name before the company.
  // A name the body never writes is left to the word count (a role clause's `纬创成为星衍智能` is no name).
  const named = roleNames(clause).filter((n) => plainBody.includes(n));
  if (named.length > 0 && !named.every((n) => toldInRole(n, plainBody))) return false;
  if (figures.length > 0) return true;
  // A clause stating a doubling, a halving, an event verb or a shift is told by one sentence carrying that fact, never
  // by its words spread over the body (`AI收入翻倍` over a sentence on the backlog naming AI).
  const fact = clauseFact(clause);
  if (fact && !sentencesOf(plainBody).some(fact)) return false;
  const words = clauseWords(clause);
  if (words.length < 2) return true;
  const said = clauseWords(withoutNames(clause, names));
  // A clause that is its names alone (`星衡智算、澜芯科技`) says nothing more to tell.
  if (said.length === 0) return true;
  const lower = plainBody.toLowerCase();
  // At least one word of what it says of them is the body's, and a fifth of all its words, names included.
  if (said.length < words.length && !said.some((w) => lower.includes(w))) return false;
  return words.filter((w) => lower.includes(w)).length >= words.length * share;
}

/**
 * The clauses of a headline its story's body never tells (`clauseTold`, the story's company names left out of the
 * count): a title's second clause (a named participant, a market reaction, a price or guidance change) whose sentence
 * the extractive body left out.
 * @example headlineClausesUntold('星河智芯完成B轮融资，华尔街开始算回报账', '星河智芯今日宣布完成B轮融资。') // → ['华尔街开始算回报账']
 */
export function headlineClausesUntold(headline: string, body: string, names: readonly string[] = []): string[] {
  return headlineClauses(headline)
    .map((c) => c.replace(/[，,：:；;]$/u, ''))
    .filter((c) => !clauseTold(c, body, 1 / 5, namesOfLater(headline, c, names)));
}

/**
 * The names a clause is read without: none for the head's opening clause (its subject and its event, which a body
 * tells in its own words: `台达电子发债百亿` over 发行100亿元公司债), the story's names for a later one (`…，同行跟涨`: what
 * the head adds about them).
 * @example namesOfLater('澜芯科技营收增长35%，澜芯科技等同行跟涨', '澜芯科技等同行跟涨', ['澜芯科技']) // → ['澜芯科技']
 */
export function namesOfLater(headline: string, clause: string, names: readonly string[]): readonly string[] {
  const first = (headlineClauses(headline)[0] ?? '').replace(/[，,：:；;]$/u, '');
  return clause.replace(/[，,：:；;]$/u, '') === first ? [] : names;
}

const rolesSchema = z.object({ role: z.array(z.string()), lists: z.array(z.string()) });
let roles: { role: string; lists: string } | undefined;

/** The role words and list openers of data/participant-roles.json as regex alternations. */
function roleTable(): { role: string; lists: string } {
  if (roles) return roles;
  const t = loadDataTable('participant-roles.json', rolesSchema);
  roles = { role: alternation(t.role), lists: alternation(t.lists) };
  return roles;
}

/**
 * The investors a headline names by their role in a round or an offering: the names before 领投 / 基石 / 认购 … in
 * its clause (data/participant-roles.json), after the verb that brings them in (获, 由, 引入), a list split at 、 / 和 / 与;
 * a count of them before the role (`等5名基石`) is not a name.
 * @example roleNames('星河智芯完成10亿元B轮融资，澜舟资本领投') // → ['澜舟资本']
 * @example roleNames('某芯科技启动招股 高瓴、淡马锡等5名基石认购3亿美元') // → ['高瓴', '淡马锡']
 */
export function roleNames(headline: string): string[] {
  const role = new RegExp(`(?:等(?:\\d+|[一二三四五六七八九十几多]+)?[家名位个]?)?(?:联合|共同)?(?:${roleTable().role})`, 'u');
  const out: string[] = [];
  for (const clause of headline.split(/[，,：:；;\s]/u)) {
    const m = role.exec(clause);
    if (!m || m.index === 0) continue;
    const before =
      clause
        .slice(0, m.index)
        .split(/获|由|引入|迎来|吸引/u)
        .at(-1) ?? '';
    for (const n of before.split(/[、和与及]/u)) {
      const t = n.trim();
      if ([...t].length >= 2 && [...t].length <= 10 && !/\d/u.test(t)) out.push(t);
    }
  }
  return out;
}

/**
 * Whether a text names a participant in its role: the name with a role word after it in the same clause, not made an
 * attribute (`澜舟资本领投`, `由澜舟资本、红杉共同领投`), or in a list a role word opens (`基石投资者包括高瓴、淡马锡`).
 * A name put before the company (`淡马锡加持的某芯`, `淡马锡某芯IPO定价`) reads as the owner's: not in its role.
 * @example toldInRole('澜舟资本', '本轮融资由澜舟资本领投。') // → true
 * @example toldInRole('淡马锡', '淡马锡加持的某芯科技今日招股。') // → false
 */
export function toldInRole(name: string, text: string): boolean {
  const { role, lists } = roleTable();
  const n = escapeRegExp(name);
  const after = new RegExp(`${n}[^，。；：！？,;:]{0,16}?(?:${role})(?!的)`, 'u');
  const listed = new RegExp(`(?:${lists})[^。；：！？;:]{0,40}?${n}`, 'u');
  return after.test(text) || listed.test(text);
}
