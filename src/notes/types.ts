/** The records of a bilingual note (SPEC §3.2): source units, sections, glossary terms, QA findings, metadata. */

/** One source unit: a paragraph of an article or a few sentences of a transcript, in the original English. */
export interface SourceUnit {
  /** Hash of the normalised text (a repeated text gets `~2`, `~3` …): the key of its translation in the cache. */
  id: string;
  /** 0-based position in the document. */
  index: number;
  /** The original text, whitespace collapsed, otherwise unchanged. */
  en: string;
  /** Index of the section the unit opens or belongs to. */
  section: number;
  speaker?: string | null;
}

/** A run of units under one `### heading`. */
export interface SourceSection {
  index: number;
  /** The document's own heading of the section (Markdown articles), if it has one. */
  sourceHeading: string | null;
  /** The cue phrase that opened it, at a topic shift in a transcript (`let's turn to`). */
  cue: string | null;
  units: SourceUnit[];
}

/** A glossary term: how it is written in English, its Chinese rendering, its English expansion if any. */
export interface Term {
  term: string;
  zh: string;
  /** English expansion of an abbreviation (`Artificial General Intelligence`). */
  en?: string;
  origin: 'builtin' | 'termbase' | 'document';
}

/** One deterministic QA finding on a unit's translation. */
export interface QaIssue {
  rule: 'empty' | 'untranslated' | 'commentary' | 'length-ratio' | 'numbers' | 'entities' | 'terms' | 'markup' | 'failed';
  message: string;
}

/** A translated (or offline) unit as the note prints it. */
export interface NoteUnit {
  unit: SourceUnit;
  /** The Chinese text (annotated) or the offline / failure notice. */
  zh: string;
  /** `translated`: passed QA; `offline`: no LLM; `flagged`: failed QA after the retry; `failed`: no translation came back. */
  status: 'translated' | 'offline' | 'flagged' | 'failed';
  issues: QaIssue[];
}

/** The user's fields of the front matter (config `notes`, flags). */
export interface NoteUserFields {
  area?: string;
  category?: string;
  project?: string[];
  layout?: string;
  status?: string;
  draft?: boolean;
  series?: string;
}

/** Front matter of a note, in the key order of SPEC §3.2. */
export interface NoteMeta {
  title: string;
  date: string;
  source: string;
  speaker: string;
  guest: string[];
  series: string;
  area: string;
  category: string;
  project: string[];
  tags: string[];
  companies_orgs: string[];
  people: string[];
  products_models: string[];
  media_books: string[];
  summary: string;
  insight: string;
  status: string;
  draft: boolean;
  layout: string;
}
