/**
 * The clause that says what changed, in the source's own words (decision 101). A story's article that reports a figure
 * different from one reported (and printed) before often states the earlier value itself with what became of it:
 * `此前有媒体报道本轮规模约30亿元，最终因老股东超额认购而扩大。` That sentence, not a template line setting two outlets side
 * by side (与此前报道对比：彭博曾称…，36氪称…), tells the reader what changed. Pure.
 */

import { z } from 'zod';
import { extractFigures } from '../../extract/index.js';
import { DEFAULT_OPTIONS, valuesAgree } from '../../knowledge/index.js';
import type { Figure } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';

const schema = z.object({ zh: z.string().min(1) }).passthrough();
let cue: RegExp | undefined;
function changeCue(): RegExp {
  if (!cue) cue = new RegExp(loadDataTable('change-cues.json', schema).zh, 'u');
  return cue;
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
