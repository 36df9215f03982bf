/** Finds the sentences of generated text whose figures no source or derived figure supports. */
import { extractFigures } from '../../extract/index.js';
import { splitSentences } from '../../normalize/index.js';
import type { Figure } from '../../types/index.js';
import { type AllowedFigure, isCalendarYear, traceFigure } from './match.js';

/** A sentence of generated text with figures that cannot be traced. */
export interface Violation {
  /** Which text of the story: `headline`, `oneLine`, `paragraphs.0`, `blocks.1.2`, `insights.0`, `impacts.3`, `title`. */
  field: string;
  /** The sentence as written (Markdown). */
  sentence: string;
  start: number;
  end: number;
  /** Surface texts of the untraceable figures. */
  numbers: string[];
}

/** Plain text for extraction: bold / italics markers, inline code and link targets removed. `**6100亿美元**` → `6100亿美元`. */
export function stripMarkdown(s: string): string {
  return s
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/<[^>]+>/g, '');
}

/** Figures of one piece of generated text that count for the guard (calendar years are not figures). */
export function generatedFigures(text: string): Figure[] {
  return extractFigures(stripMarkdown(text)).filter((f) => !isCalendarYear(f));
}

/** Untraceable figures of one sentence (their surface texts). */
export function untraceable(sentence: string, allowed: AllowedFigure[]): string[] {
  return generatedFigures(sentence)
    .filter((f) => traceFigure(f, allowed) === undefined)
    .map((f) => f.text);
}

/** Checks one text unit sentence by sentence. A headline or one-liner is checked whole. */
export function checkText(field: string, text: string, allowed: AllowedFigure[], whole = false): Violation[] {
  const out: Violation[] = [];
  const units = whole ? [{ start: 0, end: text.length, text }] : splitSentences(text);
  for (const s of units) {
    const numbers = untraceable(s.text, allowed);
    if (numbers.length > 0) out.push({ field, sentence: s.text, start: s.start, end: s.end, numbers });
  }
  return out;
}
