/** The normalize stage: language, paragraphs, sentences, canonical URLs, content hashes. */

export { breakLongRuns, MAX_SENTENCE_CHARS } from './breaks.js';
export { addressesModel, blankInjections, injectedSentences, withoutInjections } from './injection.js';
export { contentHash, normalizeItem } from './item.js';
export { detectLang } from './lang.js';
export { type LineIndex, lineIndex } from './lines.js';
export { lineOf, splitParagraphs, splitSentences } from './sentences.js';
export { canonicalUrl, outletOf } from './url.js';
