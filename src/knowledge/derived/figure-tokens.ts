/** A sentence with every figure replaced by ⟦F<n>⟧, so cue patterns can refer to figures by position. */
import type { Figure } from '../../types/figure.js';

export interface FigureTokens {
  text: string;
  /** Token n → figure. */
  figures: Figure[];
  /** Token n → [start, end) of the token in `text`. */
  spans: [number, number][];
}

/** Replaces the (non-overlapping, sentence-relative) figures of a sentence by ⟦F<n>⟧ tokens. */
export function tokenizeFigures(sentence: string, figures: Figure[]): FigureTokens {
  const sorted = [...figures].filter((f) => f.start >= 0 && f.end <= sentence.length).sort((a, b) => a.start - b.start);
  let text = '';
  let pos = 0;
  const kept: Figure[] = [];
  const spans: [number, number][] = [];
  for (const f of sorted) {
    if (f.start < pos) continue;
    text += sentence.slice(pos, f.start);
    const token = `⟦F${kept.length}⟧`;
    spans.push([text.length, text.length + token.length]);
    text += token;
    kept.push(f);
    pos = f.end;
  }
  text += sentence.slice(pos);
  return { text, figures: kept, spans };
}
