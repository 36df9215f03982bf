/** The numeric guard: every figure in generated text must match a source or derived figure (rules in RULES.md). */
export { allowedFigures, allowedFromDerived, derivedKind } from './allowed.js';
export { checkText, generatedFigures, stripMarkdown, untraceable, type Violation } from './check.js';
export { fallbackHeadline, findViolations, guardStory } from './guard.js';
export {
  type AllowedFigure,
  compatible,
  isCalendarYear,
  RELATIVE_TOLERANCE,
  ROUNDING_MAX_GAP,
  traceFigure,
  valuesMatch,
  writtenNumbers,
  writtenStep,
} from './match.js';
export { claimsStating, type OwnedFigure, ownedFigures, ownerOf } from './owner.js';
