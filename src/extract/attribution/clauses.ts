/** Sentence and clause segmentation for attribution: offsets into the original text, end exclusive. */

export interface Span {
  start: number;
  end: number;
}

export interface SentenceSpan extends Span {
  /** Paragraph index (blank lines separate paragraphs). */
  para: number;
  clauses: Span[];
}

/** Abbreviations whose dot does not end a sentence. */
const ABBREV =
  /(?:\b(?:Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|vs|No|Jr|Sr|approx|est|U\.S|U\.K|e\.g|i\.e|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])$/;

/** Splits text into sentences (。！？!? ; '.' before a space; newlines) and each sentence into clauses (，；：, ; —). */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let para = 0;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, para, clauses: splitClauses(text, s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\n') {
      push(i + 1);
      if (/^\n[ \t]*\n/.test(text.slice(i, i + 8)) || text.charAt(i + 1) === '\n') para++;
      continue;
    }
    if ('。！？!?'.includes(ch)) {
      let j = i + 1;
      while (j < text.length && '”"’）)」'.includes(text.charAt(j))) j++;
      push(j);
      i = j - 1;
      continue;
    }
    if (ch === '.' && /\s/.test(text.charAt(i + 1) || ' ') && !/\d$/.test(text.slice(i - 1, i))) {
      if (ABBREV.test(text.slice(Math.max(start, i - 6), i))) continue;
      push(i + 1);
    } else if (ch === '.' && /\s/.test(text.charAt(i + 1) || ' ')) {
      push(i + 1);
    }
  }
  push(text.length);
  return out;
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
