/** The offline engine's public surface. */
export { createOfflineEngine, type OfflineOptions, offlineTitle, sourceRefs } from './engine.js';
export { renderFigureZh } from './figure-zh.js';
export { pickKeyFigure } from './key-figure.js';
export { METRIC_ZH, TEMPLATES } from './templates.js';
