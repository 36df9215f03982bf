// Topic concepts (topics.json): maps English and Chinese wording to shared concept ids, so headlines can be compared across languages.

import { escapeRegExp } from '../util/regexp.js';
import lexicon from './topics.json' with { type: 'json' };

interface Concept {
  id: string;
  en: string[];
  zh: string[];
}

const concepts: Concept[] = (lexicon as { concepts: Concept[] }).concepts;

/** One regex per concept: English terms as whole words (with common endings), Chinese terms anywhere. */
const matchers: { id: string; re: RegExp }[] = concepts.map((c) => {
  const parts = [
    ...c.en.map((t) => `(?<![a-z0-9])${escapeRegExp(t.toLowerCase())}(?:s|es|ed|d|ing)?(?![a-z0-9])`),
    ...c.zh.map((t) => escapeRegExp(t)),
  ];
  return { id: c.id, re: new RegExp(parts.join('|')) };
});

/**
 * Concept ids mentioned in a normalized (NFKC, lower-case) text.
 * @example topicsOf('nvidia revenue jumps 62% on data center demand') → Set {'earnings','capex'}
 */
export function topicsOf(normalized: string): Set<string> {
  const out = new Set<string>();
  for (const m of matchers) if (m.re.test(normalized)) out.add(m.id);
  return out;
}
