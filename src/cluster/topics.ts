// Topic concepts (data/topics.json): maps English and Chinese wording to shared concept ids, so headlines can be compared across languages.

import { z } from 'zod';
import { loadDataTable } from '../util/data-table.js';
import { escapeRegExp } from '../util/regexp.js';

const topicsSchema = z.object({
  concepts: z.array(z.object({ id: z.string(), en: z.array(z.string()), zh: z.array(z.string()) })),
});

let compiled: { id: string; re: RegExp }[] | undefined;

/** One regex per concept: English terms as whole words (with common endings), Chinese terms anywhere; built on first use. */
function matchers(): { id: string; re: RegExp }[] {
  compiled ??= loadDataTable('topics.json', topicsSchema).concepts.map((c) => {
    const parts = [
      ...c.en.map((t) => `(?<![a-z0-9])${escapeRegExp(t.toLowerCase())}(?:s|es|ed|d|ing)?(?![a-z0-9])`),
      ...c.zh.map((t) => escapeRegExp(t)),
    ];
    return { id: c.id, re: new RegExp(parts.join('|')) };
  });
  return compiled;
}

/**
 * Concept ids mentioned in a normalized (NFKC, lower-case) text.
 * @example topicsOf('nvidia revenue jumps 62% on data center demand') → Set {'earnings','capex'}
 */
export function topicsOf(normalized: string): Set<string> {
  const out = new Set<string>();
  for (const m of matchers()) if (m.re.test(normalized)) out.add(m.id);
  return out;
}
