/** Annotated highlights: each quote analysed against the knowledge base, then one Chinese insight (offline templates or the LLM, guarded). */
export { allowedForQuote } from './allowed.js';
export { analyzeQuote, type HighlightPair, type KnowledgeView, type QuoteAnalysis } from './analyze.js';
export {
  HIGHLIGHT_PROMPT_VERSION,
  HIGHLIGHT_SYSTEM,
  HighlightOutputSchema,
  highlightMessages,
  type LlmInsightResult,
  llmInsight,
} from './llm.js';
export { type Insight, insightCandidates, offlineInsight } from './offline.js';
export { compileHighlightRules, defaultHighlightRules, type HighlightRules, INSIGHT_KINDS, type InsightKind } from './rules.js';
