/** Fuzzy matching for speech-recognition errors in transcripts: capitalised tokens and token pairs against alias keys. */
import { distance } from 'fastest-levenshtein';
import type { EntityMention } from '../../types/entity.js';
import type { FuzzyIndex, FuzzyTarget } from './fuzzy-index.js';
import { squash } from './fuzzy-index.js';
import { phoneticKey } from './phonetic.js';
import type { EntityRules } from './rules.js';
import { SpanSet } from './span-set.js';

export interface Token {
  start: number;
  end: number;
  text: string;
}

/** Words: letters/digits joined by inner dots, apostrophes or hyphens; 'A.I.' keeps its final dot; a possessive 's is left out. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = /[A-Za-z][A-Za-z0-9]*(?:[.'’-][A-Za-z0-9]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let end = m.index + m[0].length;
    if (m[0].includes('.') && text.charAt(end) === '.') end++;
    else if (/.['’]s$/.test(m[0])) end -= 2;
    out.push({ start: m.index, end, text: text.slice(m.index, end) });
  }
  return out;
}

const capitalised = (t: Token): boolean => /^[A-Z]/.test(t.text);

/** Largest edit distance allowed for a key of this length (0 below `minLen`). */
function maxDistance(len: number, minLen: number): number {
  if (len < minLen) return 0;
  return len >= 8 ? 2 : 1;
}

function best(key: string, idx: FuzzyIndex, rules: EntityRules, single: boolean): FuzzyTarget | undefined {
  const exact = idx.byKey.get(key);
  // A squashed exact hit is only news for multi-token or dotted spellings ('Open A.I.', 'Deep Seek').
  if (exact) return single ? undefined : exact;
  let found: { t: FuzzyTarget; d: number } | undefined;
  const maxD = maxDistance(key.length, rules.fuzzy.minAliasLength);
  if (maxD > 0) {
    for (const t of idx.byFirst.get(key.charAt(0)) ?? []) {
      if (t.key.length < rules.fuzzy.minAliasLength || Math.abs(t.key.length - key.length) > maxD) continue;
      const d = distance(key, t.key);
      if (d <= maxD && (!found || d < found.d)) found = { t, d };
    }
  }
  if (!found && key.length >= rules.fuzzy.minPhoneticLength && /^[a-z]+$/.test(key)) {
    for (const t of idx.byPhonetic.get(phoneticKey(key)) ?? []) {
      if (t.key.length < rules.fuzzy.minPhoneticLength || t.key.charAt(0) !== key.charAt(0)) continue;
      const d = distance(key, t.key);
      // Same sound, nearly the same length: 'Grock' → Grok, 'McKenzie' → McKinsey; never 'Hill' → Hailuo.
      if (Math.abs(t.key.length - key.length) > 1) continue;
      if (d <= Math.ceil(Math.max(key.length, t.key.length) / 2) && (!found || d < found.d)) found = { t, d };
    }
  }
  return found?.t;
}

/**
 * Fuzzy mentions in `text` outside the spans already `taken`. Tries 3-, 2- then 1-token windows of capitalised words.
 * Example: 'Open AAI' → OpenAI, 'McKenzie' → McKinsey, 'Grock' → Grok.
 */
export function matchFuzzy(text: string, idx: FuzzyIndex, rules: EntityRules, taken: EntityMention[]): EntityMention[] {
  const stopWords = new Set(rules.fuzzy.stopWords);
  const suffixes = (rules.fuzzy.wordSuffixes ?? []).map((x) => x.toLowerCase());
  const takenSet = new SpanSet(taken);
  const covered = (s: number, e: number): boolean => takenSet.overlaps(s, e);
  const tokens = tokenize(text);
  const out: EntityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let advanced = false;
    for (let w = Math.min(3, tokens.length - i); w >= 1; w--) {
      const win = tokens.slice(i, i + w);
      if (!win.every(capitalised)) continue;
      // Tokens of one window are separated by spaces or hyphens only.
      let joined = true;
      for (let k = 1; k < win.length; k++) {
        const gap = text.slice(win[k - 1]!.end, win[k]!.start);
        if (!/^[ -]{1,2}$/.test(gap)) joined = false;
      }
      if (!joined) continue;
      const first = win[0]!;
      const last = win[win.length - 1]!;
      if (covered(first.start, last.end)) continue;
      if (w === 1 && (stopWords.has(first.text) || first.text.length < 4)) continue;
      const lower = first.text.toLowerCase();
      const wordForm = w === 1 ? suffixes.find((x) => lower.endsWith(x) && lower.length > x.length + 2) : undefined;
      const phrase = text.slice(first.start, first.start + 40).toLowerCase();
      if (rules.fuzzy.stopPhrases.some((p) => phrase.startsWith(p))) continue;
      const key = squash(text.slice(first.start, last.end));
      const t = best(key, idx, rules, w === 1 && !first.text.includes('.'));
      // 'Training' is a word form, not a misheard 'Trainium': the alias would have to end the same way.
      if (t && (!wordForm || t.key.endsWith(wordForm))) {
        out.push({
          name: t.entry.name,
          type: t.entry.type,
          start: first.start,
          end: last.end,
          text: text.slice(first.start, last.end),
          match: 'fuzzy',
        });
        i += w;
        advanced = true;
        break;
      }
    }
    if (!advanced) i++;
  }
  return out;
}
