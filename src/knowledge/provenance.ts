/** Provenance: the line of the original file (front matter and markup included) where a sentence of an item stands. */
import { lineIndex } from '../normalize/index.js';
import type { ItemRecord } from '../types/item.js';

/** Pieces of a sentence to look for in the raw text, longest first: markup may split the sentence anywhere. */
function probes(sentence: string): string[] {
  const s = sentence.trim();
  const out: string[] = [];
  for (const n of [32, 16, 8]) if (s.length >= n) out.push(s.slice(0, n));
  // A piece from the middle: the sentence may open with markup-stripped text ("**Nvidia** said …").
  const words = s.split(/\s+/).filter((w) => w.length >= 4);
  if (words.length > 2) out.push(words.slice(1, 3).join(' '));
  const cjk = /[\u3400-\u9fff]{6,}/.exec(s.slice(4));
  if (cjk) out.push(cjk[0].slice(0, 8));
  if (out.length === 0 && s) out.push(s);
  return out;
}

/**
 * 1-based line in the original file of a sentence of `item`: the sentence is found in the item's raw text (the file
 * as read, or a digest story's own lines, whose first line in the file ingest records as `meta.line`); when it cannot
 * be found there (HTML, feeds), the line in the item's clean text.
 * Example: an article whose 7-line front matter precedes the body → the body's first sentence is on line 8.
 */
export function sourceLine(item: Pick<ItemRecord, 'raw' | 'text' | 'meta'>, sentence: string, textOffset: number): number {
  const base = typeof item.meta?.line === 'number' ? item.meta.line - 1 : 0;
  const raw = item.raw ?? '';
  // One line index per text (the shared binary-search index), not a scan from the start per lookup.
  const rawLines = lineIndex(raw);
  const want = lineIndex(item.text).lineOf(textOffset);
  for (const p of probes(sentence)) {
    const at = raw.indexOf(p);
    if (at >= 0) {
      // Several occurrences: the one whose line is closest to the sentence's line in the clean text.
      let best = rawLines.lineOf(at);
      for (let i = raw.indexOf(p, at + 1); i !== -1; i = raw.indexOf(p, i + 1)) {
        const line = rawLines.lineOf(i);
        if (Math.abs(line - want) < Math.abs(best - want)) best = line;
      }
      return base + best;
    }
  }
  return base + want;
}
