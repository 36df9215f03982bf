/**
 * Extraction within per-item limits: text size and sentence count are checked before any work, figure count and CPU
 * time after it. An item over a limit (or one the extractor throws on) gets a refusal naming the limit, for the caller
 * to quarantine; it never reaches the store's figures, so it cannot poison a later stage.
 */
import type { EntityMention } from '../types/entity.js';
import type { ExtractContext, Figure } from '../types/figure.js';
import type { ItemKind } from '../types/item.js';
import type { Gazetteer } from './entities/index.js';
import { extract } from './index.js';

export interface ItemLimits {
  maxItemChars: number;
  maxSentences: number;
  maxFigures: number;
  /** CPU time in ms. */
  extractMs: number;
}

export type BudgetedExtraction =
  | { ok: true; figures: Figure[]; entities: EntityMention[]; cpuMs: number }
  | { ok: false; reason: string; cpuMs: number };

const fmt = (n: number) => n.toLocaleString('en-US');

/** `extract` on one item's text, or why it was refused. `sentences` is the count the normalizer found. */
export function extractWithinLimits(
  text: string,
  sentences: number,
  ctx: ExtractContext & { kind?: ItemKind },
  gaz: Gazetteer,
  limits: ItemLimits,
): BudgetedExtraction {
  if (text.length > limits.maxItemChars)
    return {
      ok: false,
      cpuMs: 0,
      reason: `${fmt(text.length)} characters of text (limit limits.maxItemChars = ${fmt(limits.maxItemChars)})`,
    };
  if (sentences > limits.maxSentences)
    return { ok: false, cpuMs: 0, reason: `${fmt(sentences)} sentences (limit limits.maxSentences = ${fmt(limits.maxSentences)})` };
  const t0 = process.cpuUsage();
  const cpu = () => {
    const d = process.cpuUsage(t0);
    return Math.round((d.user + d.system) / 1000);
  };
  let r: { figures: Figure[]; entities: EntityMention[] };
  try {
    r = extract(text, ctx, gaz);
  } catch (e) {
    return { ok: false, cpuMs: cpu(), reason: `extraction failed: ${(e as Error).message}` };
  }
  const cpuMs = cpu();
  if (r.figures.length > limits.maxFigures)
    return { ok: false, cpuMs, reason: `${fmt(r.figures.length)} figures (limit limits.maxFigures = ${fmt(limits.maxFigures)})` };
  if (cpuMs > limits.extractMs)
    return { ok: false, cpuMs, reason: `extraction took ${fmt(cpuMs)} ms of CPU (limit limits.extractMs = ${fmt(limits.extractMs)})` };
  return { ok: true, cpuMs, ...r };
}
