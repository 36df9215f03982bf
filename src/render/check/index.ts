/** The publishability check of a digest (and of highlights): pure rules over its Markdown, and the context built from a store. */
export { type CheckOptions, type CheckProblem, type CheckRule, checkDigest, englishProse } from './check.js';
export { checkContext } from './context.js';
export { checkHighlights } from './highlights.js';
