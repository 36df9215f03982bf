/**
 * The clause that says what changed, in the source's own words (decision 101). A story's article that reports a figure
 * different from one reported (and printed) before often states the earlier value itself with what became of it:
 * `此前有媒体报道本轮规模约30亿元，最终因老股东超额认购而扩大。` That sentence, not a template line setting two outlets side
 * by side (与此前报道对比：彭博曾称…，36氪称…), tells the reader what changed. Pure.
 */

import { z } from 'zod';
import { extractFigures } from '../../extract/index.js';
import { DEFAULT_OPTIONS, valuesAgree } from '../../knowledge/index.js';
import type { Figure, ItemRecord } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { itemStage } from './stage.js';

const schema = z
  .object({
    zh: z.string().min(1),
    en: z.object({ up: z.string().min(1), down: z.string().min(1), either: z.string().min(1) }),
    clause: z.string().min(1),
    moves: z.object({ up: z.string().min(1), down: z.string().min(1) }),
    talks: z.string().min(1),
    talksCue: z.object({ en: z.string().min(1), zh: z.string().min(1) }),
  })
  .passthrough();
let table: z.output<typeof schema> | undefined;
function cues(): z.output<typeof schema> {
  if (!table) table = loadDataTable('change-cues.json', schema);
  return table;
}
let cue: RegExp | undefined;
function changeCue(): RegExp {
  if (!cue) cue = new RegExp(cues().zh, 'u');
  return cue;
}
let enCues: { up: RegExp; down: RegExp; either: RegExp } | undefined;
function englishCues(): { up: RegExp; down: RegExp; either: RegExp } {
  if (!enCues) {
    const en = cues().en;
    enCues = { up: new RegExp(en.up, 'iu'), down: new RegExp(en.down, 'iu'), either: new RegExp(en.either, 'iu') };
  }
  return enCues;
}

/** Sentences of an article's text, each with its stop. */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。！？])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The first Chinese sentence of the given texts that states the earlier value (the same number within the tolerance
 * of one claim) with a word telling how it changed. Undefined when no source says it: a template comparison line stays.
 * @example reconcilingSentence(['北风系统已完成35亿元C轮融资。此前有媒体报道本轮规模约30亿元，最终因老股东超额认购而扩大。'], earlier) // → '此前有媒体报道本轮规模约30亿元，最终因老股东超额认购而扩大。'
 */
export function reconcilingSentence(texts: readonly string[], earlier: Figure): string | undefined {
  for (const text of texts)
    for (const s of sentencesOf(text)) {
      // A Chinese sentence only: it is printed as it stands in a Chinese paragraph.
      if (!/\p{Script=Han}{4}/u.test(s) || /[A-Za-z]{4,}\s+[A-Za-z]{4,}/u.test(s)) continue;
      if (!changeCue().test(s)) continue;
      const figs = extractFigures(s);
      if (figs.some((f) => f.kind === earlier.kind && valuesAgree(f, earlier, DEFAULT_OPTIONS.tolerance))) return s;
    }
  return undefined;
}

/** How far (characters) from the earlier value its words of change may stand. */
const NEAR = 45;

/** Which way a later value moved from an earlier one, as an English source's own words say it. */
export type Move = 'up' | 'down';

/** Sentences of an English text (a stop followed by a space and a capital, or a line break). */
function englishSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"“])|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * How an English source of today's value relates it to the earlier one, in its own words (decision 106): the first
 * sentence stating the earlier value (the same number within the tolerance of one claim) with a word of change — `up
 * from the $3 billion it had sought`, `the round was enlarged from`, `below the $2 billion it initially targeted`. A
 * word naming the direction must agree with the two values; a word naming only an earlier value (`had sought`,
 * `initially`) takes the direction from them. Undefined when no sentence says it: nothing is guessed.
 * @example englishChange(['Northwind closed a $3.5 billion round, up from the $3 billion it had sought.'], earlier, today) // → 'up'
 */
export function englishChange(texts: readonly string[], earlier: Figure, today: Figure): Move | undefined {
  const old = earlier.value ?? earlier.high;
  const now = today.value ?? today.high;
  if (old == null || now == null || old === now) return undefined;
  const byValues: Move = now > old ? 'up' : 'down';
  const cue = englishCues();
  for (const text of texts)
    for (const s of englishSentences(text)) {
      // An English sentence only (a Chinese article's sentences are read by reconcilingSentence).
      if (/\p{Script=Han}/u.test(s)) continue;
      for (const f of extractFigures(s)) {
        if (f.kind !== earlier.kind || !valuesAgree(f, earlier, DEFAULT_OPTIONS.tolerance)) continue;
        // The words of change stand at the earlier value (`up from the $3 billion`, `$3 billion it had sought`): a cue
        // elsewhere in the sentence speaks of something else (a rival `in talks` at a like valuation).
        const near = s.slice(Math.max(0, f.start - NEAR), f.end + NEAR);
        const said: Move | undefined = cue.up.test(near)
          ? 'up'
          : cue.down.test(near)
            ? 'down'
            : cue.either.test(near)
              ? byValues
              : undefined;
        if (said !== undefined && said === byValues) return said;
      }
    }
  return undefined;
}

/**
 * The Chinese sentence telling what an English source says changed (data/change-cues.json `clause`): `路透社称，北风系统
 * 融资由此前的30亿美元上调至35亿美元。` Both values are the source's (the earlier one stated in its sentence).
 */
export function changeClause(vars: Record<string, string | undefined>, move: Move): string {
  const t = cues();
  return t.clause.replace(/\{([a-z_]+)\}/g, (_, k: string) => (k === 'move' ? t.moves[move] : (vars[k] ?? '')));
}

/**
 * The sentence telling an earlier value as the talks stage's, when its own sentence is still in talks (`would be valued
 * at about $10.2 billion`, 拟, 洽谈) and one of today's items reports the deal done (closed, completed, 完成): `据The
 * Information此前报道，洽谈阶段北风系统的投后估值为约102亿美元。` (data/change-cues.json `talks`). Undefined otherwise: a
 * later value against a firm earlier one is a change or a dispute, told by the other rules.
 */
export function talksSentence(
  oldSentence: string,
  today: readonly Pick<ItemRecord, 'title' | 'text'>[],
  vars: Record<string, string | undefined>,
): string | undefined {
  const talks = cues().talksCue;
  if (!new RegExp(talks.en, 'iu').test(oldSentence) && !new RegExp(talks.zh, 'u').test(oldSentence)) return undefined;
  if (!today.some((i) => itemStage(i) === 'done')) return undefined;
  return cues().talks.replace(/\{([a-z_]+)\}/g, (_, k: string) => vars[k] ?? '');
}
