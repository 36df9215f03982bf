/** Bilingual reading notes (SPEC §3.2): segmentation, glossary / termbase, LLM translation with QA, metadata, Markdown. */
export { buildNote, type NoteLlm, type NoteOptions, type NoteResult, noteSlug, type QaReport, unitQa } from './build.js';
export {
  builtinTerms,
  detectTerms,
  formatTermbase,
  loadTermbase,
  mergeTerms,
  recordRenderings,
  type Termbase,
  type TermConflict,
  termsIn,
} from './glossary.js';
export { checkAlignment, numberMismatches, qaUnit } from './qa.js';
export { OFFLINE_SLOT, renderNote } from './render.js';
export { paragraphSentences, type SourceBlock, segmentBlocks, topicCue, unitId } from './segment.js';
export { markdownBlocks, type NoteSource, noteSource } from './source.js';
export { type TranslateInput, type TranslatorOptions, translateUnits, UNIT_CACHE, type UnitTranslation } from './translate.js';
export type { NoteUnit, NoteUserFields, QaIssue, SourceSection, SourceUnit, Term } from './types.js';
