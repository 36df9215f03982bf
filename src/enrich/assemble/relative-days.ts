/**
 * Relative day words (今日, 明日, 昨日…) of copy taken from a source dated another day than the digest's. A source's
 * 今日 is its own day: printed in a later digest it would re-date the event to the digest's day, so it is said as the
 * date it names (`10月21日`), counted from the source's day. The words are a table (data/relative-days.json).
 */
import { z } from 'zod';
import { localDate } from '../../select/day-window.js';
import type { DigestStory, StoryBundle } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';

const schema = z.object({
  words: z.array(z.object({ word: z.string().min(2), offset: z.number().int(), keep: z.string().optional() })),
  names: z.array(z.string()),
});

interface DayWord {
  word: string;
  offset: number;
  keep: string;
}

let table: { words: DayWord[]; names: string[]; re: RegExp } | undefined;

function dayWords(): { words: DayWord[]; names: string[]; re: RegExp } {
  if (table) return table;
  const t = loadDataTable('relative-days.json', schema);
  const words = t.words.map((w) => ({ word: w.word, offset: w.offset, keep: w.keep ?? '' }));
  const alt = [...words].sort((a, b) => b.word.length - a.word.length).map((w) => w.word);
  table = { words, names: t.names, re: new RegExp(alt.join('|'), 'gu') };
  return table;
}

/** A relative day word standing in a text (never one inside a name: 今日头条). */
export interface DayWordAt {
  word: string;
  offset: number;
  keep: string;
  index: number;
}

/**
 * The relative day words of a Chinese text, in order.
 * @example relativeDayWords('星衡智算明日起招股，今日头条报道。').map((w) => w.word) // → ['明日']
 */
export function relativeDayWords(text: string): DayWordAt[] {
  const { words, names, re } = dayWords();
  const out: DayWordAt[] = [];
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (names.some((n) => text.startsWith(n, at))) continue;
    const w = words.find((x) => x.word === m[0]);
    if (w) out.push({ ...w, index: at });
  }
  return out;
}

/**
 * The date `offset` days from `day` (YYYY-MM-DD), as Chinese copy writes it.
 * @example dayAsWritten('2026-10-21', 1) // → '10月22日'
 */
export function dayAsWritten(day: string, offset: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** A source's text (a sentence, a title, an article) and the local day it is dated. */
export interface DatedText {
  text: string;
  day: string;
}

/** The local day (YYYY-MM-DD) of a source date (a date, or an instant read in the digest's time zone). */
export function sourceDay(date: string | null | undefined, timeZone = 'Asia/Shanghai'): string | undefined {
  if (!date) return undefined;
  return localDate(date, timeZone)?.day ?? undefined;
}

const STOP = /[，。；！？,;!?：:\n“”（）()]/u;

/** The words around a day word (up to four before and three after, within its clause; bold marks left out). */
function context(text: string, at: number, word: string): { before: string; after: string } {
  const head = text.slice(Math.max(0, at - 16), at).replace(/\*\*/g, '');
  const cut = [...head].reverse().findIndex((ch) => STOP.test(ch));
  const before = [...(cut < 0 ? head : head.slice(head.length - cut))].slice(-4).join('');
  const tail = text.slice(at + word.length, at + word.length + 16).replace(/\*\*/g, '');
  const stop = tail.search(STOP);
  const after = [...(stop < 0 ? tail : tail.slice(0, stop))].slice(0, 3).join('');
  return { before, after };
}

/** The day a copied day word belongs to: the one day of the sources stating its words, when no source of `digestDay` does. */
function copiedFrom(key: string, sources: readonly DatedText[], digestDay: string): string | undefined {
  const days = new Set(sources.filter((s) => s.text.replace(/\*\*/g, '').includes(key)).map((s) => s.day));
  if (days.size !== 1 || days.has(digestDay)) return undefined;
  return [...days][0];
}

/**
 * Where printed copy says a relative day of a source dated another day than the digest's: each day word, the source's
 * day and the date it names. A word whose words some source of the digest's day states too is that day's (left alone).
 * @example relativeDaysElsewhere('星衡智算明日起招股。', [{ text: '星衡智算明日起招股。', day: '2026-11-22' }], '2026-11-23')[0]?.date // → '11月23日'
 */
export function relativeDaysElsewhere(
  printed: string,
  sources: readonly DatedText[],
  digestDay: string,
): (DayWordAt & { day: string; date: string })[] {
  const out: (DayWordAt & { day: string; date: string })[] = [];
  for (const w of relativeDayWords(printed)) {
    const { before, after } = context(printed, w.index, w.word);
    // Too little of the sentence around the word to know where it was copied from.
    if ([...before].length + [...after].length < 3) continue;
    const day = copiedFrom(`${before}${w.word}${after}`, sources, digestDay);
    if (day) out.push({ ...w, day, date: `${dayAsWritten(day, w.offset)}${w.keep}` });
  }
  return out;
}

/**
 * Printed copy with the relative day words of sources dated another day said as dates: `星衡智算今日起招股` from a
 * source of 11-22 printed on 11-23 → `星衡智算11月22日起招股`. A gloss of the same day (`今日（12日）`) goes with it.
 * @example anchorRelativeDays('鸿海昨日股价下跌2.5%。', [{ text: '鸿海昨日股价下跌2.5%。', day: '2026-07-15' }], '2026-07-16') // → '鸿海7月14日股价下跌2.5%。'
 */
export function anchorRelativeDays(printed: string, sources: readonly DatedText[], digestDay: string): string {
  const found = relativeDaysElsewhere(printed, sources, digestDay);
  let out = printed;
  for (const w of [...found].reverse()) {
    const end = w.index + w.word.length;
    const gloss = /^[（(]\d{1,2}日[)）]/u.exec(out.slice(end));
    out = `${out.slice(0, w.index)}${w.date}${out.slice(end + (gloss ? gloss[0].length : 0))}`;
  }
  return out;
}

/** Every dated text a story's copy may come from: its items (title and text), earlier items, its claims' sentences. */
export function storySources(bundle: StoryBundle, timeZone?: string): DatedText[] {
  const out: DatedText[] = [];
  const items = [...bundle.items, ...(bundle.earlier ?? []).flatMap((e) => e.items), ...(bundle.unprinted ?? [])];
  for (const i of items) {
    const day = sourceDay(i.date, timeZone);
    if (day) out.push({ text: `${i.title}\n${i.text}`, day });
  }
  for (const c of bundle.claims)
    for (const st of c.statements) {
      const day = sourceDay(st.date, timeZone);
      if (day) out.push({ text: st.sentence, day });
    }
  return out;
}

/** A written story whose copy of sources dated another day says their relative days as dates (anchorRelativeDays). */
export function anchorStoryDays(story: DigestStory, bundle: StoryBundle, digestDay: string, timeZone?: string): DigestStory {
  const sources = storySources(bundle, timeZone);
  if (!sources.some((s) => s.day !== digestDay)) return story;
  const fix = (t: string) => anchorRelativeDays(t, sources, digestDay);
  return {
    ...story,
    headline: fix(story.headline),
    paragraphs: story.paragraphs.map(fix),
    blocks: story.blocks.map((b) => ({ ...b, bullets: b.bullets.map(fix) })),
    insights: story.insights.map(fix),
    impacts: story.impacts.map(fix),
    oneLine: fix(story.oneLine),
    ...(story.eventLine !== undefined ? { eventLine: fix(story.eventLine) } : {}),
  };
}
