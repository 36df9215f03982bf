/** The publishability check of a digest, a note and highlights: pure rules over their Markdown, and the context built from a store. */
export { type CheckOptions, type CheckProblem, type CheckRule, checkDigest, checkNote, englishProse, noteOriginals } from './check.js';
export { checkContext, earlierDigests, earlierHeadlines } from './context.js';
export { checkHighlights } from './highlights.js';
