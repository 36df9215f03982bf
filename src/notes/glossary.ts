/**
 * The note glossary: the built-in AI / finance table (data/glossary.json), the user's termbase (a YAML file under
 * version control, shared by all notes) and terms found in the document; matching (English on word boundaries,
 * Chinese as substrings) and the annotation of each term's first use, done by code:
 * `**AGI**（Artificial General Intelligence: 通用人工智能）`, `**超大规模云服务商**（hyperscaler）`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { loadGlossary } from '../enrich/data-files.js';
import { escapeRegExp } from '../util/regexp.js';
import type { Term } from './types.js';

/** `Artificial General Intelligence: 通用人工智能` → en + zh; `推理` → zh only. */
export function parseGloss(term: string, gloss: string, origin: Term['origin']): Term {
  const m = /^([^:：]*[A-Za-z][^:：]*)[:：]\s*(.+)$/.exec(gloss);
  return m ? { term, en: (m[1] as string).trim(), zh: (m[2] as string).trim(), origin } : { term, zh: gloss.trim(), origin };
}

/** The shipped glossary as terms. */
export function builtinTerms(): Term[] {
  return Object.entries(loadGlossary()).map(([t, g]) => parseGloss(t, g, 'builtin'));
}

const termbaseSchema = z.object({
  terms: z
    .record(z.string(), z.object({ zh: z.string().min(1), en: z.string().optional(), docs: z.array(z.string()).default([]) }))
    .default({}),
  review: z.array(z.object({ term: z.string(), renderings: z.array(z.object({ zh: z.string(), doc: z.string() })) })).default([]),
});

/** The user termbase: settled renderings with the notes that used them, and renderings waiting for review. */
export type Termbase = z.output<typeof termbaseSchema>;

/** Reads a termbase file (YAML); a missing file is an empty termbase. */
export function loadTermbase(path: string | undefined): Termbase {
  if (!path || !existsSync(path)) return { terms: {}, review: [] };
  try {
    return termbaseSchema.parse(parse(readFileSync(path, 'utf8')) ?? {});
  } catch (e) {
    throw new Error(`[notes] [termbase] ${path}: not a termbase (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
}

/** The termbase as YAML, with a header saying what it is. */
export function formatTermbase(tb: Termbase): string {
  const head =
    '# factbrief termbase: the Chinese rendering of each term, shared by all notes (edit freely).\n' +
    '# `review` lists terms two notes rendered differently: settle the rendering under `terms` and delete the entry.\n';
  return head + stringify({ terms: tb.terms, review: tb.review });
}

/** A rendering that differs from the settled one: reported, never resolved silently. */
export interface TermConflict {
  term: string;
  settled: string;
  settledIn: string[];
  proposed: string;
  doc: string;
}

/**
 * Records the renderings a document used. A new term is settled with this document; the same rendering adds the
 * document to its list; a different one goes to `review` (the settled rendering stays in force) and is returned.
 */
export function recordRenderings(tb: Termbase, doc: string, used: readonly Term[]): { termbase: Termbase; conflicts: TermConflict[] } {
  const terms = structuredClone(tb.terms);
  const review = structuredClone(tb.review);
  const conflicts: TermConflict[] = [];
  for (const t of used) {
    const settled = terms[t.term];
    if (!settled) {
      terms[t.term] = { zh: t.zh, ...(t.en ? { en: t.en } : {}), docs: [doc] };
      continue;
    }
    if (settled.zh === t.zh) {
      if (!settled.docs.includes(doc)) settled.docs.push(doc);
      continue;
    }
    conflicts.push({ term: t.term, settled: settled.zh, settledIn: [...settled.docs], proposed: t.zh, doc });
    let entry = review.find((r) => r.term === t.term);
    if (!entry) {
      entry = { term: t.term, renderings: settled.docs.map((d) => ({ zh: settled.zh, doc: d })) };
      review.push(entry);
    }
    if (!entry.renderings.some((r) => r.zh === t.zh && r.doc === doc)) entry.renderings.push({ zh: t.zh, doc });
  }
  return { termbase: { terms, review }, conflicts };
}

/**
 * The glossary in force: built-in terms, overridden by the termbase, then the document's own terms (those neither
 * knows). Later sources never replace a rendering an earlier one settled, except the user's termbase over the built-in.
 */
export function mergeTerms(builtin: readonly Term[], tb: Termbase, document: readonly Term[] = []): Term[] {
  const out = new Map<string, Term>();
  for (const t of builtin) out.set(t.term, t);
  for (const [term, v] of Object.entries(tb.terms)) out.set(term, { term, zh: v.zh, ...(v.en ? { en: v.en } : {}), origin: 'termbase' });
  for (const t of document) if (!out.has(t.term)) out.set(t.term, t);
  return [...out.values()];
}

/** An abbreviation or name-like term (AGI, MoE, CUDA, SaaS): kept in Latin in the Chinese text. */
export function isAbbreviation(term: string): boolean {
  return /^[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*$/.test(term) && /[A-Z].*[A-Z]|^[A-Z]{2,}/.test(term);
}

const patterns = new Map<string, RegExp>();
/** English term on word boundaries: case-sensitive when it has capitals, else any case (`inference`, `Inference`). */
export function englishPattern(term: string): RegExp {
  let re = patterns.get(term);
  if (!re) {
    const flags = /[A-Z]/.test(term) ? 'g' : 'gi';
    re = new RegExp(`(?<![A-Za-z0-9-])${escapeRegExp(term)}(?![A-Za-z0-9-])`, flags);
    patterns.set(term, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Terms present in an English text. */
export function termsIn(text: string, terms: readonly Term[]): Term[] {
  return terms.filter((t) => englishPattern(t.term).test(text));
}

/** Whether a Chinese text uses the agreed rendering of a term (its Chinese, or the Latin term for an abbreviation). */
export function usesRendering(zh: string, t: Term): boolean {
  if (zh.includes(t.zh)) return true;
  return isAbbreviation(t.term) && englishPattern(t.term).test(zh);
}

/** Common all-capital words that are not terms of a document. */
const NOT_TERMS = new Set(['I', 'OK', 'US', 'UK', 'EU', 'CEO', 'CFO', 'CTO', 'TV', 'AM', 'PM', 'Q', 'A', 'AI', 'USA', 'THE', 'AND', 'FY']);

/**
 * Terms of a document the glossary does not know: abbreviations (2 to 6 capitals and digits, `MCP`, `H100` aside
 * from names) used at least twice. `known` holds glossary terms and entity aliases.
 */
export function detectTerms(text: string, known: ReadonlySet<string>): string[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<![A-Za-z0-9-])([A-Z][A-Z0-9]{1,5})(?:s)?(?![A-Za-z0-9-])/g)) {
    const t = m[1] as string;
    if (NOT_TERMS.has(t) || known.has(t) || /^\d|^Q\d$/.test(t)) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts.entries()].filter(([, n]) => n >= 2).map(([t]) => t);
}

/** Spans annotation never touches: bold, links, code, text already in full-width parentheses. */
const PROTECTED = /(\*\*[^*]+\*\*|`[^`]*`|!?\[[^\]]*\]\([^)]*\)|（[^）]*）)/;

/** The annotation of a term's first use. */
export function annotation(t: Term, shown: string): string {
  if (isAbbreviation(t.term) && shown === t.term) return `**${t.term}**（${t.en ? `${t.en}: ${t.zh}` : t.zh}）`;
  return `**${shown}**（${t.term}）`;
}

/** A key per concept: `capex` and `Capex`, `token` and `tokens` share one gloss and are annotated once. */
function conceptKey(t: Term): string {
  return `${t.en ?? ''}\u0000${t.zh}`;
}

/**
 * Annotates the first use of each term across Chinese texts, in order. `present[i]` are the terms of the English
 * original of text i; a term is annotated where its Latin form (abbreviations) or its Chinese rendering first appears.
 */
export function annotateFirstUse(texts: readonly string[], present: readonly (readonly Term[])[], done = new Set<string>()): string[] {
  return texts.map((text, i) => {
    let segs = text.split(PROTECTED).map((s, k) => ({ text: s, locked: k % 2 === 1 }));
    const terms = [...(present[i] ?? [])].sort((a, b) => b.term.length - a.term.length);
    for (const t of terms) {
      const key = conceptKey(t);
      if (done.has(key)) continue;
      const forms = isAbbreviation(t.term) ? [t.term, t.zh] : [t.zh];
      let hit = false;
      for (const form of forms) {
        const re = /[A-Za-z]/.test(form) ? englishPattern(form) : new RegExp(escapeRegExp(form));
        for (let s = 0; s < segs.length && !hit; s++) {
          const seg = segs[s];
          if (!seg || seg.locked) continue;
          re.lastIndex = 0;
          const m = re.exec(seg.text);
          if (!m) continue;
          hit = true;
          segs = [
            ...segs.slice(0, s),
            { text: seg.text.slice(0, m.index), locked: false },
            { text: annotation(t, m[0]), locked: true },
            { text: seg.text.slice(m.index + m[0].length), locked: false },
            ...segs.slice(s + 1),
          ];
        }
        if (hit) break;
      }
      if (hit) done.add(key);
    }
    return segs.map((s) => s.text).join('');
  });
}
