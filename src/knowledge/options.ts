/** Knowledge-layer options and their defaults. */
import type { MetricFamilies } from './families.js';

export interface KnowledgeOptions {
  /** Relative tolerance under which two values agree (0.02 = 2%). */
  tolerance: number;
  /** Maps a subject name to its canonical form (default: identity; the extractor already canonicalises). */
  canonicalSubject?: (name: string) => string;
  /**
   * Whether groups whose period is 'unknown' may be flagged as conflicts.
   * Default false: two undated figures may well refer to different years, so they are kept together but not accused.
   */
  unknownPeriodConflicts: boolean;
  /**
   * The owning organisation of a product (Azure → Microsoft), so "OpenAI buys Azure services" is a flow to Microsoft.
   * Default: none (products are not parties to deals).
   */
  ownerOf?: (name: string) => string | undefined;
  /** Metric families: claims compare figures within a family (default: data/metric-families.json). */
  families?: MetricFamilies;
  /** Longest circular-financing loop reported (edges). */
  maxCycleLength: number;
}

export const DEFAULT_OPTIONS: KnowledgeOptions = {
  tolerance: 0.02,
  unknownPeriodConflicts: false,
  maxCycleLength: 4,
};

/** Fills defaults into partial options. */
export function resolveOptions(opts?: Partial<KnowledgeOptions>): KnowledgeOptions {
  return { ...DEFAULT_OPTIONS, ...(opts ?? {}) };
}
