/** Turns an ingested draft into a normalized item: language, sentences, content hash and stable id. */
import { createHash } from 'node:crypto';
import type { ItemDraft, NormalizedItem } from '../types/index.js';
import { breakLongRuns, MAX_SENTENCE_CHARS } from './breaks.js';
import { detectLang } from './lang.js';
import { splitSentences } from './sentences.js';

/** Whitespace-folded text used for hashing, so re-ingesting the same content with other line endings is a no-op. */
function foldForHash(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u3000]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** sha256 hex over kind, folded text and aligned pairs. */
export function contentHash(draft: Pick<ItemDraft, 'kind' | 'text' | 'pairs' | 'title'>): string {
  const h = createHash('sha256');
  h.update(draft.kind);
  h.update('\u0000');
  // Digest stories and highlights are short: the title keeps two stories with the same body apart.
  if (draft.kind === 'digest-story') h.update(draft.title);
  h.update('\u0000');
  h.update(foldForHash(draft.text));
  for (const p of draft.pairs) {
    h.update('\u0000');
    h.update(foldForHash(p.a));
    h.update('\u0001');
    h.update(foldForHash(p.b));
  }
  return h.digest('hex');
}

/**
 * Normalize one draft (pure). A run longer than `maxSentenceChars` with no sentence break gets a line break (see
 * breakLongRuns), so no later stage ever works on an unbounded sentence.
 */
export function normalizeItem(draft: ItemDraft, opts: { maxSentenceChars?: number } = {}): NormalizedItem {
  const text = breakLongRuns(draft.text.replace(/\r\n?/g, '\n'), opts.maxSentenceChars ?? MAX_SENTENCE_CHARS);
  const withText = { ...draft, text };
  const hash = contentHash(withText);
  return {
    ...withText,
    lang: detectLang(`${draft.title}\n${text}`),
    sentences: splitSentences(text),
    hash,
    id: `it_${hash.slice(0, 16)}`,
  };
}
