/** The publishability check of a digest: pure rules over its Markdown, and the context built from a store. */
export { type CheckOptions, type CheckProblem, type CheckRule, checkDigest, checkNote, englishProse, noteOriginals } from './check.js';
export { checkContext } from './context.js';
