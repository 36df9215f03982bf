/** Extractive building blocks: source sentences with their figures, scored, and written with figures in **bold**. */
import { extractFigures, ZH_CURRENCY_NAMES } from '../../extract/index.js';
import { itemRegion } from '../../select/index.js';
import type { Figure, ItemRecord, Sentence, StoryBundle } from '../../types/index.js';
import { countHan, HAN_RANGES } from '../../util/han.js';
import { mainlandNumbers, regionalWords } from '../assemble/mainland.js';
import { bareShare } from './standing.js';

export interface SourceSentence {
  item: ItemRecord;
  sentence: Sentence;
  /** Figures inside the sentence, offsets into the item's text. */
  figures: Figure[];
  lang: 'zh' | 'en';
  score: number;
}

const BOILERPLATE = /点击|关注我们|订阅|版权|免责声明|责任编辑|Subscribe|Sign up|newsletter|All rights reserved|©|Read more|Advertisement/i;

/** Text ending in a Han character, CJK punctuation or a full-width form: the next Chinese sentence follows without a space. */
const ENDS_CJK = new RegExp(`[\\u3000-\\u303f\\uff00-\\uffef${HAN_RANGES}]$`);

/** Language of one sentence: Chinese when it holds at least five Chinese characters. */
export function sentenceLang(text: string): 'zh' | 'en' {
  return countHan(text) >= 5 ? 'zh' : 'en';
}

/** The figures of an item: as given in the bundle (offsets checked), else extracted from its text. */
export function itemFigures(bundle: StoryBundle, item: ItemRecord): Figure[] {
  const given = (bundle.figures[item.id] ?? []).filter((f) => item.text.slice(f.start, f.end) === f.text);
  return given.length > 0 ? given : extractFigures(item.text);
}

/** Same figure value (for deduplication and key-figure lookup). */
export function sameFigure(a: Figure, b: Figure): boolean {
  return a.kind === b.kind && a.value === b.value && a.low === b.low && a.high === b.high && (a.currency ?? '') === (b.currency ?? '');
}

/**
 * Candidate sentences of every item, scored: a figure +3, the key figure +5, the first paragraph +2, earlier sentences
 * a little more; too short, too long and boilerplate sentences are left out.
 */
export function sourceSentences(bundle: StoryBundle, key: Figure | null): SourceSentence[] {
  const out: SourceSentence[] = [];
  for (const item of bundle.items) {
    const figs = itemFigures(bundle, item);
    for (const s of item.sentences) {
      const lang = sentenceLang(s.text);
      const len = s.text.length;
      if (lang === 'zh' ? len < 10 : len < 30) continue;
      if (len > 280 || BOILERPLATE.test(s.text)) continue;
      // A market share with no market or no one giving it (按份额计，A约55%) says of what, or says who, to no reader.
      if (lang === 'zh' && bareShare(s.text)) continue;
      const inside = figs.filter((f) => f.start >= s.start && f.end <= s.end);
      let score = 0;
      if (inside.length > 0) score += 3 + Math.min(inside.length, 3) * 0.5;
      if (key && inside.some((f) => sameFigure(f, key))) score += 5;
      if (s.para === 0) score += 2;
      score += 1 / (1 + s.index);
      out.push({ item, sentence: s, figures: inside, lang, score });
    }
  }
  return out;
}

/**
 * Whether a figure is worth bold type: amounts, percentages and multiples are; durations (一年, five years) and small
 * counts of things (两家, three times) are not, so the reader's eye lands on the numbers that matter.
 */
export function boldWorthy(f: Figure): boolean {
  if (f.kind === 'duration') return false;
  if (f.kind === 'count') return (f.value ?? f.high ?? 0) >= 10 || (f.unit !== undefined && MEASURES.test(f.unit));
  return true;
}

/** Units of measure (power, energy, compute, tokens, parameters): a count in them is a key figure even when small. */
const MEASURES = /^(?:[kMGT]W|[kMGT]Wh|吉瓦|兆瓦|千瓦|太瓦时|EFLOPS|PFLOPS|tokens?|parameters?|GPUs?|chips?|nm|纳米)$/i;

/** Ends a paragraph or line on a full stop instead of a clause mark (`…电力设施；` → `…电力设施。`). */
export function closeSentence(text: string): string {
  return text.replace(/[；，、：]$/, '。').replace(/[;,:]$/, '.');
}

/**
 * The sentence with its key figures wrapped in `**bold**` (every bold-worthy figure unless `isKey` narrows them).
 * `Capex rose to $610 billion.` → `Capex rose to **$610 billion**.`
 * A bare 元 that the source meant as another currency is named: a Taiwan article's `577亿元` (新台币 elsewhere in it)
 * becomes `新台币577亿元`, so a mainland reader does not take it for renminbi (and the numeric guard reads it right).
 */
export function boldFigures(s: SourceSentence, isKey: (f: Figure) => boolean = boldWorthy): string {
  const text = s.sentence.text;
  const spans = s.figures
    .map((f) => ({ f, start: f.start - s.sentence.start, end: f.end - s.sentence.start, bold: boldWorthy(f) && isKey(f) }))
    .filter((x) => x.start >= 0 && x.end <= text.length)
    // A qualifier read from inside a word (逼近, 接近, 高达) is bolded with the whole word, never split.
    .map((x) => (x.start > 0 && WORD_BEFORE.test(text.slice(x.start - 1, x.start + 1)) ? { ...x, start: x.start - 1 } : x))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const x of spans) {
    // Words inside quotation marks are the speaker's: no currency is added there.
    const before = text.slice(0, x.start);
    const inQuote = (before.match(/[“「『]/g)?.length ?? 0) > (before.match(/[”」』]/g)?.length ?? 0);
    // A bare 元 after the same clause named 人民币 (由每小时9.8元人民币降至6.5元) is renminbi, whatever currency the outlet's
    // place suggests.
    const rmbBefore = /人民币[^，。；]{0,20}$/u.test(before);
    // A bold figure is out of reach of the digest's mainland pass (bold spans are figures, left as printed): its
    // Taiwanese 兆 is written the mainland way here (1兆6420亿元 → 1.642万亿元).
    const shown =
      inQuote || rmbBefore
        ? out.slice(x.start, x.end)
        : mainlandNumbers(localCurrency(x.f, out.slice(x.start, x.end), out.slice(Math.max(0, x.start - 4), x.start)));
    if (!x.bold && shown === out.slice(x.start, x.end)) continue;
    out = `${out.slice(0, x.start)}${x.bold ? `**${shown}**` : shown}${out.slice(x.end)}`;
  }
  // A Hong Kong or Taiwan outlet's own authorities under national titles are named with their region (财政部 in a
  // Taiwan paper is 台湾地区财政主管部门): the sentence's outlet says which.
  return regionalWords(out, s.item.meta ? itemRegion(s.item) : undefined);
}

/** An amount in Chinese units with no currency word: `2000亿`, `约7300亿`, `1.4万亿`. */
const BARE_AMOUNT = /^[约近超逾达至少多过]*[\d.,]+(?:万亿|千亿|百亿|亿|万)$/u;

/** A bare 元 at a range's low end (`6.2元至`, `10亿元-`): the range's currency is named once, at its high end. */
const RANGE_LOW_YUAN = /(\d(?:万亿|亿|万)?)[元圆圓块塊](?=\s*(?:至|到|～|~|-|–|—))/u;

/** Two-character words whose second character opens a figure's surface: 逼近 / 接近 / 将近 / 高达. */
const WORD_BEFORE = /^(?:[逼接将]近|高达)$/u;

/**
 * `577亿元` of a TWD figure → `新台币577亿元`; an amount its source wrote without its currency (`亚马逊2000亿领跑` in a
 * dollar sentence, `约7300亿`) gets it (`2000亿美元`, `2000亿元`); any other figure text unchanged.
 */
function localCurrency(f: Figure, surface: string, before = ''): string {
  if (f.kind === 'money' && f.currency !== undefined && BARE_AMOUNT.test(surface)) {
    const unit = f.currency === 'CNY' ? '元' : ZH_CURRENCY_NAMES[f.currency];
    if (unit && !before.endsWith(unit) && !/(?:美元|元|新台币|港元|日元|欧元|人民币)$/u.test(before)) return `${surface}${unit}`;
  }
  if (f.kind !== 'money' || f.currency === undefined || f.currency === 'CNY') return surface;
  const name = ZH_CURRENCY_NAMES[f.currency];
  // 新台币1,500亿元 names its currency before the number already.
  if (name && (before.endsWith(name) || surface.includes(name))) return surface;
  const m = /[元圆圓块塊]$/u.exec(surface);
  if (!name || !m || /(?:港|台|美|欧|歐|日|韩|韓|澳|加)[元圆圓]$/u.test(surface)) return surface;
  // A dollar whose name ends in 元 takes its name in the place of 元, as mainland copy writes it: 8.6元 → 8.6港元. A
  // range names its currency once, at its end (`6.2元至7.0元` → `6.2至7.0港元`, never `6.2元至7.0港元`).
  if (name.endsWith('元')) return mainlandNumbers(`${surface.slice(0, m.index).replace(RANGE_LOW_YUAN, '$1')}${name}`);
  // The currency's name goes before the number, as mainland copy writes foreign money: 新台币5862亿元, 约新台币2兆元.
  const at = /\d/u.exec(surface)?.index ?? 0;
  return mainlandNumbers(`${surface.slice(0, at)}${name}${surface.slice(at)}`);
}

/**
 * Joins sentences into one paragraph: Chinese sentences directly, English ones with a space. A paragraph never ends
 * on a clause mark: a closing `；`/`，`/`：` becomes `。` (`;`/`,`/`:` becomes `.`).
 */
export function joinSentences(parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (!out) out = p;
    else out += ENDS_CJK.test(out) && sentenceLang(p) === 'zh' ? p : ` ${p}`;
  }
  return closeSentence(out);
}
