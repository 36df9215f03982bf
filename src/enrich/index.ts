/** The enrich stage: two engines behind one interface (offline, llm), the numeric guard (numeric-guard/), and the digest writer. */

export { buildRunReport, type WriteDigestOptions, writeDigest, writeGuardedStory } from './digest.js';
export type { Engine, EngineUsage, LlmOptions, RunReport } from './engine.js';
export { createLlmEngine, type LlmDeps, LlmError } from './llm/index.js';
export {
  type AllowedFigure,
  allowedFigures,
  findViolations,
  guardStory,
  traceFigure,
  type Violation,
} from './numeric-guard/index.js';
export { createOfflineEngine, type OfflineOptions } from './offline/index.js';
