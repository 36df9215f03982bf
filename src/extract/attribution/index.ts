/** Public surface of attribution: who a figure belongs to, what it measures and when. */
export { attributeFigures } from './attribute.js';
export type { SentenceSpan, Span } from './clauses.js';
export { sentenceSpans } from './clauses.js';
export type { MetricDef, MetricLexicon } from './lexicon.js';
export { canonicalMetric, findKeywords, loadMetricLexicon } from './lexicon.js';
