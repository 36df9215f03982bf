/** Clause segmentation for attribution (sentences from normalize/sentences.ts): offsets into the original text, end exclusive. */
import { splitSentences } from '../../normalize/index.js';

export interface Span {
  start: number;
  end: number;
}

export interface SentenceSpan extends Span {
  /** Paragraph index (blank lines separate paragraphs). */
  para: number;
  clauses: Span[];
}

/**
 * Sentences as attribution reads them, each cut into clauses. The sentences come from the pipeline's one splitter
 * (normalize/sentences.ts) without its soft stops: '；' and '…' stay inside a sentence, since a list of figures joined
 * by '；' shares the subject and metric its sentence opens with; the clauses below are the sub-sentence units.
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  return splitSentences(text, { softStops: false }).map((s) => ({
    start: s.start,
    end: s.end,
    para: s.para,
    clauses: splitClauses(text, s.start, s.end),
  }));
}

/** Clause spans of one sentence. English commas split only when followed by a space (not inside 1,000). */
export function splitClauses(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = text.charAt(i);
    const boundary =
      '，；：;'.includes(ch) ||
      ((ch === ',' || ch === ':') && /\s/.test(text.charAt(i + 1))) ||
      ch === '—' ||
      (ch === '-' && text.slice(i - 1, i + 2) === ' - ');
    if (boundary) {
      if (i > s) out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  if (end > s) out.push({ start: s, end });
  return out;
}
