/**
 * The news of a story before its secondary figures (decision 086, pure over data/news-first.json): a change of a figure
 * (a guidance cut or raise, 从…下调至…) before the level it ends at; an event sentence before a margin, a price range or
 * a share move; the competitors' moves of one shared event (a price war, a sector's move) kept as the story's; both legs
 * of a financing loop the knowledge layer holds when the lead tells one.
 */
import { z } from 'zod';
import type { DealEdge, Figure } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { escapeRegExp } from '../../util/regexp.js';
import { dropOutletTag, leansOn } from '../assemble/sentence-shape.js';
import { storyLoop } from './loop.js';
import type { SourceSentence } from './sentences.js';

const schema = z.object({
  change: z.array(z.string()),
  forecast: z.array(z.string()),
  event: z.array(z.string()),
  secondary: z.array(z.string()),
  shared: z.array(z.string()),
});

interface Words {
  change: RegExp;
  forecast: RegExp;
  event: RegExp;
  secondary: RegExp;
  shared: { head: RegExp; told: RegExp }[];
}
let words: Words | undefined;

function table(): Words {
  if (!words) {
    const t = loadDataTable('news-first.json', schema);
    const re = (xs: readonly string[]) => new RegExp(xs.map(escapeRegExp).join('|'), 'iu');
    words = {
      change: re(t.change),
      forecast: re(t.forecast),
      event: re(t.event),
      secondary: re(t.secondary),
      shared: t.shared.map((row) => {
        const [head = '', told = ''] = row.split('=>').map((x) => x.trim());
        return { head: re(head.split('|')), told: re(told.split('|')) };
      }),
    };
  }
  return words;
}

/** Words of an event a lead opens on (a report, a deal, a listing, a price change): data/news-first.json `event`. */
export function eventWords(): RegExp {
  return table().event;
}

/** A change from one value to another (`由120亿元下调至105亿元`, `从3800亿元上调至4800亿元`). */
const FROM_TO = /(?:从|由)[^，。；]{0,30}?\d[^，。；]{0,30}?(?:至|到)[^，。；]{0,12}?\d/u;

/**
 * Whether a sentence tells a figure's change (a forecast or a plan cut or raised, a value moved from one figure to
 * another), not only the level it ends at.
 * @example changeSentence('公司将全年营收指引由120亿元下调至105亿元。') // → true
 * @example changeSentence('公司预计全年营收为105亿元。') // → false
 */
export function changeSentence(text: string): boolean {
  const t = table();
  if (FROM_TO.test(text) && t.change.test(text)) return true;
  return t.change.test(text) && t.forecast.test(text);
}

/**
 * Whether a sentence opens on a secondary measure (a margin, a price range, a share move) before any event: its first
 * secondary word stands before every event word, or it has none.
 * @example secondaryOpening('美光当季毛利率升至58.2%，创公司历史新高。', /公布|宣布/u) // → true
 * @example secondaryOpening('星衡智算今日起招股，招股价区间为每股22至25港元。', /招股/u) // → false
 */
export function secondaryOpening(text: string, event: RegExp): boolean {
  const t = dropOutletTag(text);
  const s = table().secondary.exec(t);
  if (!s) return false;
  const e = event.exec(t);
  return !e || s.index < e.index;
}

/** Whether a headline is about a secondary measure itself (`…毛利率创新高`, `…股价大涨`): its sentences may open a lead. */
export function secondaryHeadline(headline: string): boolean {
  return table().secondary.test(headline);
}

/**
 * Whether a sentence tells, in its own words, an event that several companies take part in and the headline names
 * (a price war's `再降价`: a competitor's `最高下调80%`; a sector's move under `…带动芯片股`): the story's, not filler,
 * even when it names only other companies.
 * @example sharedEvent('火山引擎豆包大模型再降价', '阿里云宣布通义千问API价格最高下调80%。') // → true
 * @example sharedEvent('澜舟微电子营收86.5亿元', '星河科技营收下调至40亿元。') // → false
 */
export function sharedEvent(headline: string, text: string): boolean {
  return table().shared.some((g) => g.head.test(headline) && g.told.test(dropOutletTag(text)));
}

/** The same amount, whether a figure is a bound (`不低于70亿元`) or a plain value (`70亿元`). */
function sameAmount(a: Figure, b: Figure): boolean {
  const v = (f: Figure) => f.value ?? f.low ?? f.high;
  const [x, y] = [v(a), v(b)];
  return a.kind === b.kind && x !== undefined && y !== undefined && Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y));
}

/** Whether a sentence states a deal edge (the knowledge layer read the edge there). */
export function states(s: SourceSentence, d: DealEdge): boolean {
  const norm = (x: string) => x.replace(/\s+/gu, '');
  const a = norm(s.sentence.text);
  const b = norm(d.sentence);
  return d.itemId === s.item.id && b !== '' && (a.includes(b) || b.includes(a));
}

/**
 * The sentences telling the legs of the story's capital-flow loop (A invests in B, B buys from A) that its lead does not,
 * when the lead tells one leg: the loop's point is the money coming back, which one leg never shows. A leg's sentence is
 * the one the knowledge layer read it from, in any source of the story, standing alone; at most two.
 */
export function loopBacking(
  lead: readonly SourceSentence[],
  pool: readonly SourceSentence[],
  deals: readonly DealEdge[],
  usable: (s: SourceSentence) => boolean,
): SourceSentence[] {
  const loop = storyLoop(deals);
  if (!loop) return [];
  const told = (d: DealEdge, xs: readonly SourceSentence[]) => xs.some((s) => states(s, d));
  if (!loop.some((d) => told(d, lead))) return [];
  const out: SourceSentence[] = [];
  for (const d of loop) {
    if (out.length >= 2 || told(d, [...lead, ...out])) continue;
    const s = pool.find((x) => states(x, d) && usable(x) && !leansOn(x.sentence.text) && !lead.includes(x));
    if (!s) continue;
    out.push(s);
    // The sentence right after it (in its paragraph or opening the next) that reckons with its amount (`以当前汇率计算，70亿元人民币约合9.8亿
    // 美元，与…出资额相当接近`) says what the loop means: it comes along.
    const next = pool.find(
      (x) => x.item.id === s.item.id && x.sentence.index === s.sentence.index + 1 && x.sentence.para <= s.sentence.para + 1,
    );
    if (next && usable(next) && !lead.includes(next) && next.figures.some((f) => s.figures.some((g) => sameAmount(f, g)))) out.push(next);
  }
  return out;
}
