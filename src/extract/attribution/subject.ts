/** Chooses a figure's subject: the nearest preceding organisation in its clause / sentence, with sentence-structure rules. */
import type { EntityMention } from '../../types/entity.js';
import type { Figure } from '../../types/figure.js';
import type { Gazetteer } from '../entities/gazetteer.js';
import type { SentenceSpan, Span } from './clauses.js';
import type { CompiledLexicon, MetricDef } from './lexicon.js';

const isLatin = (s: string): boolean => /^[\x20-\x7e]+$/.test(s);

/** Does `text` (already trimmed at its end) end with one of `words` (Latin ones on a word boundary)? */
function endsWithWord(text: string, words: string[]): boolean {
  const t = text.replace(/[\s'’"“”]+$/, '').toLowerCase();
  return words.some((w) => {
    const lw = w.toLowerCase();
    if (!t.endsWith(lw)) return false;
    return !isLatin(lw) || !/[a-z0-9]/.test(t.charAt(t.length - lw.length - 1));
  });
}

/** Does `text` contain one of `words` (Latin ones as whole words)? */
export function containsWord(text: string, words: string[]): boolean {
  const t = text.toLowerCase();
  return words.some((w) => {
    const lw = w.toLowerCase();
    if (!isLatin(lw)) return t.includes(lw);
    let i = t.indexOf(lw);
    while (i >= 0) {
      const a = t.charAt(i - 1);
      const b = t.charAt(i + lw.length);
      if (!/[a-z0-9]/.test(a) && !/[a-z0-9]/.test(b)) return true;
      i = t.indexOf(lw, i + 1);
    }
    return false;
  });
}

/**
 * Mentions that may be the subject of a figure with this metric: organisations (and groups) and products with an owner
 * (attributed to the owner); other products or places when the metric allows; people only when no organisation is in
 * the sentence. Returned mentions carry the name to attribute to (a product's owner).
 */
export function subjectCandidates(
  mentions: EntityMention[],
  def: MetricDef | undefined,
  gaz: Gazetteer,
  c: CompiledLexicon,
): EntityMention[] {
  const sourceTags = new Set(c.lex.sourceTags);
  const entryOf = (m: EntityMention) => gaz.byName.get(m.name.toLowerCase());
  const usable = mentions.filter((m) => m.type !== 'media' && !(entryOf(m)?.tags ?? []).some((t) => sourceTags.has(t)));
  const owned = (m: EntityMention): EntityMention => {
    const parent = entryOf(m)?.parent;
    return parent ? { ...m, name: parent, type: 'org' } : m;
  };
  const orgs = usable
    .filter(
      (m) =>
        m.type === 'org' ||
        (m.type === 'product' && (entryOf(m)?.parent || def?.productSubject)) ||
        (m.type === 'place' && def?.placeSubject),
    )
    .map(owned);
  if (orgs.length) return orgs;
  const people = usable.filter((m) => m.type === 'person');
  if (people.length) return people;
  return usable.filter((m) => m.type === 'product');
}

export interface SubjectInput {
  text: string;
  fig: Figure;
  sentence: SentenceSpan;
  clause: Span;
  /** Candidates in the sentence, in text order. */
  candidates: EntityMention[];
  def: MetricDef | undefined;
  gaz: Gazetteer;
  c: CompiledLexicon;
}

/** The group whose members are exactly these canonical names, if the gazetteer has one. */
function groupOf(names: string[], gaz: Gazetteer): string | undefined {
  const want = new Set(names);
  for (const e of gaz.entries) {
    if (e.members && e.members.length === want.size && e.members.every((m) => want.has(m))) return e.name;
  }
  return undefined;
}

/**
 * The nearest usable candidate of `list` (in text order), applying the payer and coordination rules. A coordinated
 * list may reach back into earlier clauses of the sentence (`all`): 'Microsoft, Google, Amazon and Meta'.
 */
function pick(list: EntityMention[], input: SubjectInput, all: EntityMention[] = list): EntityMention | string | undefined {
  const { text, sentence, def, c } = input;
  const objectMarked = (m: EntityMention): boolean =>
    endsWithWord(text.slice(Math.max(sentence.start, m.start - 12), m.start), c.lex.objectMarkers);
  let i = list.length - 1;
  // For payer metrics (investment, capex, acquisition) the entity right after 'in' / '向' / 'acquire' is the payee.
  if (def?.payer) while (i > 0 && objectMarked(list[i]!)) i--;
  // For any metric, 'X's contracts with Y total …' / 'owns 7% of Y and agreed to buy …': Y is the counterparty.
  const counterparty = (m: EntityMention): boolean =>
    endsWithWord(text.slice(Math.max(sentence.start, m.start - 8), m.start), c.lex.counterpartyMarkers ?? []);
  while (i > 0 && counterparty(list[i]!)) i--;
  if (i < 0) return undefined;
  // 'X 与 Y 签订…' / 'X and Y will spend … combined': walk back over a coordinated list.
  const chain = [list[i]!];
  for (let j = all.indexOf(list[i]!); j > 0; j--) {
    const gap = text
      .slice(all[j - 1]!.end, all[j]!.start)
      .trim()
      .toLowerCase();
    if (gap === '' || !input.c.lex.coordinators.includes(gap)) break;
    chain.unshift(all[j - 1]!);
  }
  if (chain.length > 1) {
    if (containsWord(text.slice(sentence.start, sentence.end), c.lex.combinedWords)) {
      const g = groupOf([...new Set(chain.map((m) => m.name))], input.gaz);
      if (g) return g;
    }
    return chain[0];
  }
  return list[i];
}

const nameOf = (r: EntityMention | string | undefined): string | undefined => (typeof r === 'string' ? r : r?.name);

/**
 * Subject of one figure. Order: nearest preceding candidate in its clause (payer and coordination rules applied); the
 * sentence's first candidate (its grammatical subject) when the clause names none; the first candidate after the figure.
 * Returns undefined when the sentence names no candidate (the caller may carry the previous subject over).
 */
export function chooseSubject(input: SubjectInput): string | undefined {
  const { fig, clause, candidates } = input;
  const before = candidates.filter((m) => m.end <= fig.start);
  const inClause = before.filter((m) => m.start >= clause.start);
  if (inClause.length) return nameOf(pick(inClause, input, before));
  if (before.length) return before[0]!.name;
  return candidates.find((m) => m.start >= fig.end)?.name;
}
