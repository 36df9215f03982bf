/** The knowledge stage's public surface: claims and conflicts, the capital-flow graph, derived facts. */

export { intervalOf, pointValue, sameToldValue, valuesAgree } from './agreement.js';
export type { KnowledgeInput } from './build.js';
export { buildKnowledge, combineKnowledge, type ItemKnowledge, knowledgeParts } from './build.js';
export { buildClaims, claimKey, distinctValues, hasConflict, UNKNOWN_PERIOD } from './claims.js';
export { extractDeals } from './deals/extract.js';
export { compilePatterns, defaultPatterns } from './deals/patterns.js';
export { deriveFacts, formatAmount, formatFigure } from './derived/index.js';
export { buildFlowGraph, cyclesOfEdges, type FlowSummary, findCycles, flowSummaries, rankNodes } from './graph.js';
export {
  addStatementsByKey,
  claimRow,
  cycleRows,
  dealRows,
  derivedRows,
  PackedStatements,
  type PartSummary,
  partRow,
  partSummaryBody,
  partSummaryOf,
  regroupClaims,
  statementKeys,
  statementsByKey,
} from './incremental.js';
export { isCap, type MeasureBasis, measureBasesOf, sameMeasureBasis } from './measure-basis.js';
export type { KnowledgeOptions } from './options.js';
export { DEFAULT_OPTIONS } from './options.js';
export type { PartsVsTotal } from './parts-vs-total.js';
export { partsVsTotal } from './parts-vs-total.js';
export { deniedSentence, revisedClause } from './supersede.js';
