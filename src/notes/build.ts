/**
 * Writes a note from a source (the one orchestrator of src/notes): segment → metadata → translate (LLM) or leave the
 * Chinese slot saying translation needs an endpoint (offline) → QA → glossary annotation on first use → Markdown.
 */
import { entityDirectory } from '../enrich/offline/names.js';
import type { Gazetteer } from '../extract/index.js';
import type { EntityMention } from '../types/index.js';
import { countHan } from '../util/han.js';
import { annotateFirstUse, detectTerms, termsIn } from './glossary.js';
import { documentEntities, entityLists, kebab, keyFigures, noteTags, offlineSummary, zhNames } from './metadata.js';
import type { PromptName } from './prompt.js';
import { type AlignmentProblem, checkAlignment, qaUnit } from './qa.js';
import { type NoteDoc, type NoteSectionOut, renderNote, safeTranslation } from './render.js';
import { segmentBlocks } from './segment.js';
import type { NoteSource } from './source.js';
import type { TranslateInput, UnitTranslation } from './translate.js';
import type { NoteMeta, NoteUnit, NoteUserFields, QaIssue, SourceUnit, Term } from './types.js';

/** What the LLM side offers a note; absent for the offline engine. */
export interface NoteLlm {
  translate(inputs: readonly TranslateInput[]): Promise<Map<string, UnitTranslation>>;
  /** A Chinese summary from the translated text; undefined when it cannot give a checked one. */
  summarize?(input: {
    title: string;
    units: readonly { en: string; zh: string }[];
    figures: readonly string[];
  }): Promise<string | undefined>;
}

export interface NoteOptions {
  gaz: Gazetteer;
  /** The glossary in force (built-in, termbase, document terms). */
  terms: readonly Term[];
  user: NoteUserFields;
  /** The date used when the source has none (YYYY-MM-DD). */
  today: string;
  llm?: NoteLlm;
}

export interface QaReport {
  engine: 'offline' | 'llm';
  units: number;
  translated: number;
  cached: number;
  flagged: { id: string; index: number; issues: QaIssue[] }[];
  failed: { id: string; index: number; issues: QaIssue[] }[];
  alignment: AlignmentProblem[];
}

export interface NoteResult {
  slug: string;
  doc: NoteDoc;
  markdown: string;
  report: QaReport;
  /** Glossary terms the note uses (for the termbase). */
  used: Term[];
  units: SourceUnit[];
}

/** `The Compute Cycle, ep. 112` → `the-compute-cycle-ep-112`; a title with no Latin letters gets its date. */
export function noteSlug(title: string, date: string): string {
  const k = kebab(title).slice(0, 80).replace(/-+$/, '');
  return k.length >= 3 ? k : `note-${date}`;
}

/** The heading the offline engine gives a section: its part number and the names and terms it is about. */
export function offlineHeading(
  index: number,
  units: readonly SourceUnit[],
  mentions: ReadonlyMap<string, EntityMention[]>,
  terms: readonly Term[],
  gaz: Gazetteer,
): string {
  const count = new Map<string, number>();
  for (const u of units) for (const m of mentions.get(u.id) ?? []) if (m.type !== 'place') count.set(m.name, (count.get(m.name) ?? 0) + 1);
  const names = zhNames(
    [...count.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 2)
      .map(([n]) => n),
    gaz,
  );
  const termCount = new Map<string, number>();
  for (const u of units) for (const t of termsIn(u.en, terms)) termCount.set(t.zh, (termCount.get(t.zh) ?? 0) + 1);
  const topTerm = [...termCount.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const parts = [...names, ...(topTerm ? [topTerm] : [])];
  return `第${index + 1}部分${parts.length ? `：${parts.join('、')}` : ''}`;
}

/** A heading the model proposed, if usable: one line of Chinese, not too long. */
function modelHeading(h: string | undefined): string | undefined {
  if (!h) return undefined;
  const s = safeTranslation(h)
    .replace(/^#+\s*/, '')
    .replace(/[。.]$/, '');
  return s && countHan(s) >= 2 && s.length <= 30 ? s : undefined;
}

export async function buildNote(source: NoteSource, opts: NoteOptions): Promise<NoteResult> {
  const { gaz } = opts;
  const sections = segmentBlocks(source.blocks, source.transcript);
  const units = sections.flatMap((s) => s.units);
  const fullText = units.map((u) => u.en).join('\n\n');
  const date = (source.date ?? opts.today).slice(0, 10);
  const dir = entityDirectory(gaz.entries);

  // Entities per unit (speech-recognition spellings resolved), for metadata, prompts, QA and headings.
  const mentions = new Map<string, EntityMention[]>();
  const all: EntityMention[] = [];
  for (const u of units) {
    const ms = documentEntities(u.en, gaz, source.transcript);
    mentions.set(u.id, ms);
    all.push(...ms);
  }
  const lists = entityLists(all, gaz);
  const figures = keyFigures(units, gaz, date);
  const present = new Map(units.map((u) => [u.id, termsIn(u.en, opts.terms)]));

  // Chinese slots.
  let results = new Map<string, UnitTranslation>();
  const firstOfSection = new Set(sections.map((s) => s.units[0]?.id).filter((x): x is string => !!x));
  if (opts.llm) {
    const inputs: TranslateInput[] = units.map((u) => {
      const names = new Map<string, PromptName>();
      for (const m of mentions.get(u.id) ?? []) names.set(m.text, { written: m.text, name: m.name, zh: dir.zh(m.name) ?? m.name });
      return { unit: u, terms: present.get(u.id) ?? [], names: [...names.values()], heading: firstOfSection.has(u.id) };
    });
    results = await opts.llm.translate(inputs);
  }
  const noteUnits: NoteUnit[] = units.map((u) => {
    if (!opts.llm) return { unit: u, zh: '', status: 'offline', issues: [] };
    const r = results.get(u.id);
    if (!r) return { unit: u, zh: '', status: 'failed', issues: [{ rule: 'failed', message: 'no translation' }] };
    return { unit: u, zh: r.status === 'failed' ? '' : safeTranslation(r.zh), status: r.status, issues: r.issues };
  });
  // Glossary annotation on first use, by code, over the Chinese actually printed.
  const translatedIdx = noteUnits.map((n, i) => (n.status === 'translated' || n.status === 'flagged' ? i : -1)).filter((i) => i >= 0);
  const annotated = annotateFirstUse(
    translatedIdx.map((i) => noteUnits[i]?.zh ?? ''),
    translatedIdx.map((i) => present.get(noteUnits[i]?.unit.id ?? '') ?? []),
  );
  translatedIdx.forEach((i, k) => {
    const n = noteUnits[i];
    if (n) n.zh = annotated[k] ?? n.zh;
  });

  const byId = new Map(noteUnits.map((n) => [n.unit.id, n]));
  const outSections: NoteSectionOut[] = sections.map((s, i) => ({
    heading: modelHeading(results.get(s.units[0]?.id ?? '')?.heading) ?? offlineHeading(i, s.units, mentions, opts.terms, gaz),
    sourceHeading: s.sourceHeading,
    units: s.units.map((u) => byId.get(u.id) as NoteUnit),
  }));

  // Glossary of the note: terms present, in order of first use.
  const used: Term[] = [];
  const seen = new Set<string>();
  for (const u of units)
    for (const t of present.get(u.id) ?? []) {
      const key = `${t.en ?? ''}\u0000${t.zh}`;
      if (!seen.has(key)) {
        seen.add(key);
        used.push(t);
      }
    }

  let summary = offlineSummary(lists, figures, gaz);
  if (opts.llm?.summarize) {
    const done = noteUnits.filter((n) => n.status === 'translated');
    const s =
      done.length > 0
        ? await opts.llm.summarize({
            title: source.title,
            units: done.map((n) => ({ en: n.unit.en, zh: n.zh })),
            figures: figures.map((f) => f.zh),
          })
        : undefined;
    if (s) summary = safeTranslation(s);
  }
  const speakers = source.speakers;
  const meta: NoteMeta = {
    title: source.title,
    date,
    source: source.url ?? '',
    speaker: speakers[0] ?? '',
    guest: speakers.slice(1),
    series: opts.user.series ?? source.series ?? '',
    area: opts.user.area ?? '',
    category: opts.user.category ?? '',
    project: opts.user.project ?? [],
    tags: noteTags(fullText, all, gaz),
    ...lists,
    summary,
    insight: '',
    status: opts.user.status ?? '',
    draft: opts.user.draft ?? false,
    layout: opts.user.layout ?? '',
  };
  // The document's own abbreviations nobody has rendered yet: listed so the user can settle them in the termbase.
  const known = new Set([...opts.terms.map((t) => t.term), ...gaz.byAlias.keys()].map((k) => k.toUpperCase()));
  const pending = detectTerms(fullText, known);
  const doc: NoteDoc = { meta, sections: outSections, figures, glossary: used, pending };
  const report: QaReport = {
    engine: opts.llm ? 'llm' : 'offline',
    units: units.length,
    translated: noteUnits.filter((n) => n.status === 'translated').length,
    cached: [...results.values()].filter((r) => r.cached).length,
    flagged: noteUnits.filter((n) => n.status === 'flagged').map((n) => ({ id: n.unit.id, index: n.unit.index, issues: n.issues })),
    failed: noteUnits.filter((n) => n.status === 'failed').map((n) => ({ id: n.unit.id, index: n.unit.index, issues: n.issues })),
    alignment: checkAlignment(
      units,
      outSections.flatMap((s) => s.units.map((u) => u.unit.id)),
    ),
  };
  return { slug: noteSlug(source.title, date), doc, markdown: renderNote(doc), report, used, units };
}

/** The QA a translator runs on each unit (the gazetteer and the source kind bound). */
export function unitQa(gaz: Gazetteer, asr: boolean): (x: TranslateInput, zh: string) => QaIssue[] {
  return (x, zh) => qaUnit(x.unit, zh, { gaz, terms: x.terms, asr });
}
