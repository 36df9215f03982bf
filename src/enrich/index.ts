/** The enrich stage: two engines behind one interface (offline, llm), the numeric guard, and the digest writer. */
import type { DigestStory, GuardEvent, StoryBundle } from '../types/index.js';
import { guardStory as guardWithAllowed } from './guard/index.js';

export { buildRunReport, type WriteDigestOptions, writeDigest, writeGuardedStory } from './digest.js';
export type { Engine, EngineUsage, LlmOptions, RunReport } from './engine.js';
export { type AllowedFigure, allowedFigures, findViolations, traceFigure, type Violation } from './guard/index.js';
export { createLlmEngine, type LlmDeps, LlmError } from './llm/index.js';
export { createOfflineEngine, type OfflineOptions } from './offline/index.js';

/**
 * The numeric guard (pure): drops every sentence of `story` whose figures match no figure of the bundle's sources or
 * derived facts, returning the cleaned story and one `dropped` event per sentence. Rules: src/enrich/guard/RULES.md.
 */
export function guardStory(story: DigestStory, bundle: StoryBundle): { story: DigestStory; events: GuardEvent[] } {
  return guardWithAllowed(story, bundle);
}
