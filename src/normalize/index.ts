/** The normalize stage: language, paragraphs, sentences, canonical URLs, content hashes. */
export { detectLang } from './lang.js';
export { splitParagraphs, splitSentences, lineOf } from './sentences.js';
export { canonicalUrl, outletOf } from './url.js';
export { contentHash, normalizeItem } from './item.js';
