/**
 * Names a speech recogniser split into ordinary words ('and tropic', 'Gold man Sachs', 'Micro soft', 'Open A.I.'):
 * windows of two or three words, in any case, whose letters run together spell an alias key, exactly or (for keys of
 * eight letters or more) within an edit or two. A window qualifies only when it cuts an alias word in two: 'the
 * information' is just the name The Information written in lower case (exact-case rules decide that), never a split.
 */
import { distance } from 'fastest-levenshtein';
import type { EntityMention } from '../../types/entity.js';
import { tokenize } from './fuzzy.js';
import type { FuzzyIndex, FuzzyTarget } from './fuzzy-index.js';
import { squash } from './fuzzy-index.js';
import { SpanSet } from './span-set.js';

/** Edits allowed between a window's letters and an alias key of this length (0: exact only). */
function allowedEdits(len: number): number {
  if (len >= 9) return 2;
  return len >= 8 ? 1 : 0;
}

/** Cut positions (letter offsets into the squashed key) of the words of a phrase: 'Goldman Sachs' → {7}. */
function cuts(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const w of words.slice(0, -1)) {
    at += squash(w).length;
    out.add(at);
  }
  return out;
}

/** The alias a squashed window spells, if any (exact first, then the nearest within the allowed edits). */
function spelled(key: string, idx: FuzzyIndex): { t: FuzzyTarget; exact: boolean } | undefined {
  const exact = idx.byKey.get(key);
  if (exact) return { t: exact, exact: true };
  const maxD = allowedEdits(key.length);
  if (maxD === 0) return undefined;
  let found: { t: FuzzyTarget; d: number } | undefined;
  for (const t of idx.byFirst.get(key.charAt(0)) ?? []) {
    if (t.key.length < 8 || Math.abs(t.key.length - key.length) > maxD || t.key.slice(0, 2) !== key.slice(0, 2)) continue;
    const d = distance(key, t.key);
    if (d <= maxD && (!found || d < found.d)) found = { t, d };
  }
  return found ? { t: found.t, exact: false } : undefined;
}

/** The alias's own words, for the cut test: the entry's name or alias whose key is the target's. */
function aliasWords(t: FuzzyTarget): string[] {
  const alias = [t.entry.name, ...t.entry.aliases].find((a) => squash(a) === t.key) ?? t.entry.name;
  return alias.split(/[\s.-]+/).filter((w) => w !== '');
}

/**
 * Mentions of split names in `text` outside the spans already `taken`; 3-word windows are tried before 2-word ones.
 * @example matchSplitNames('we think and tropic will', idx, []) → [Anthropic 'and tropic']
 */
export function matchSplitNames(text: string, idx: FuzzyIndex, taken: readonly EntityMention[]): EntityMention[] {
  const busy = new SpanSet([...taken]);
  const tokens = tokenize(text);
  const out: EntityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let advanced = false;
    for (let w = Math.min(3, tokens.length - i); w >= 2; w--) {
      const win = tokens.slice(i, i + w);
      let joined = true;
      for (let k = 1; k < win.length; k++) {
        if (!/^[ -]$/.test(text.slice(win[k - 1]!.end, win[k]!.start))) joined = false;
      }
      const first = win[0]!;
      const last = win[win.length - 1]!;
      if (!joined || busy.overlaps(first.start, last.end)) continue;
      const key = squash(text.slice(first.start, last.end));
      if (key.length < 6) continue;
      const hit = spelled(key, idx);
      if (!hit) continue;
      // The window must cut an alias word: its word boundaries are not all the alias's own.
      const own = cuts(aliasWords(hit.t));
      const mine = cuts(win.map((t) => t.text));
      const splits = [...mine].some((c) => !own.has(c));
      if (!splits || (!hit.exact && mine.size === own.size && [...mine].every((c) => own.has(c)))) continue;
      out.push({
        name: hit.t.entry.name,
        type: hit.t.entry.type,
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        match: 'fuzzy',
      });
      i += w;
      advanced = true;
      break;
    }
    if (!advanced) i++;
  }
  return out;
}
