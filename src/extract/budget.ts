/**
 * Extraction within per-item limits: text size and sentence count are checked before any work, figure count and CPU
 * time after it. An item over a limit (or one the extractor throws on) gets a refusal naming the limit, for the caller
 * to quarantine; it never reaches the store's figures, so it cannot poison a later stage. `extractWithinLimits` runs
 * in the calling thread and can only refuse after the fact; the pipeline runs extraction in a killable worker
 * (src/sandbox) that stops it when the CPU budget runs out, with the same checks before and after.
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

/** Why an item is refused before extraction (too much text, too many sentences), or null. */
export function refuseBeforeExtract(text: string, sentences: number, limits: ItemLimits): string | null {
  if (text.length > limits.maxItemChars)
    return `${fmt(text.length)} characters of text (limit limits.maxItemChars = ${fmt(limits.maxItemChars)})`;
  if (sentences > limits.maxSentences) return `${fmt(sentences)} sentences (limit limits.maxSentences = ${fmt(limits.maxSentences)})`;
  return null;
}

/** Why an extraction is refused once done (too many figures, too much CPU), or null. */
export function refuseAfterExtract(figures: number, cpuMs: number, limits: ItemLimits): string | null {
  if (figures > limits.maxFigures) return `${fmt(figures)} figures (limit limits.maxFigures = ${fmt(limits.maxFigures)})`;
  if (cpuMs > limits.extractMs) return cpuOver('extraction', cpuMs, 'limits.extractMs', limits.extractMs, false);
  return null;
}

/** The refusal for work over a CPU budget: `extraction stopped after 60,012 ms of CPU (limit limits.extractMs = 60,000)`. */
export function cpuOver(what: string, cpuMs: number, key: string, limit: number, stopped: boolean): string {
  return `${what} ${stopped ? 'stopped after' : 'took'} ${fmt(cpuMs)} ms of CPU (limit ${key} = ${fmt(limit)})`;
}

/** `extract` on one item's text in this thread, or why it was refused. `sentences` is the count the normalizer found. */
export function extractWithinLimits(
  text: string,
  sentences: number,
  ctx: ExtractContext & { kind?: ItemKind },
  gaz: Gazetteer,
  limits: ItemLimits,
): BudgetedExtraction {
  const before = refuseBeforeExtract(text, sentences, limits);
  if (before) return { ok: false, cpuMs: 0, reason: before };
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
  const after = refuseAfterExtract(r.figures.length, cpuMs, limits);
  if (after) return { ok: false, cpuMs, reason: after };
  return { ok: true, cpuMs, ...r };
}
