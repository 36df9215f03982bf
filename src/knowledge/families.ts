/** Metric families (data/metric-families.json): which metric labels measure one thing, and which may be compared undated. */
import { z } from 'zod';
import { loadDataTable } from '../util/data-table.js';

const familyTableSchema = z
  .object({
    families: z.record(z.string(), z.array(z.string())),
    undated: z.object({ families: z.array(z.string()), windowDays: z.number().min(0) }).passthrough(),
    vague: z.array(z.string()).optional(),
    byCounterparty: z.array(z.string()).optional(),
    tiedToEvent: z
      .array(z.object({ family: z.string(), words: z.array(z.string()), windowDays: z.number().min(0) }).passthrough())
      .optional(),
  })
  .passthrough();
type FamilyTable = z.output<typeof familyTableSchema>;

export interface MetricFamilies {
  /** The family of a metric label; a label no family lists is its own family. Example: 'cloud-contract' → 'contract'. */
  familyOf(metric: string): string;
  /** For a family whose undated figures may be compared: how many days apart their documents may be; else undefined. */
  undatedWindowDays(family: string): number | undefined;
  /** Whether the family names no single quantity ('growth' of no stated base): never a conflict. */
  isVague(family: string): boolean;
  /** Whether the family's amounts are about a pair (an investment in X, a contract with Y): claims are kept per counterparty. */
  byCounterparty(family: string): boolean;
  /**
   * For an undated figure of a family that news repeats as background (a valuation), whether its sentence ties it to
   * one event ('投后估值', 'a round that values it at'): then how many days apart two such statements may be and still
   * describe that event; else undefined.
   */
  eventWindowDays(family: string, sentence: string): number | undefined;
}

/** Builds the lookups of a family table. */
export function compileFamilies(table: FamilyTable): MetricFamilies {
  const byLabel = new Map<string, string>();
  for (const [family, labels] of Object.entries(table.families)) {
    byLabel.set(family.toLowerCase(), family);
    for (const l of labels) byLabel.set(l.toLowerCase(), family);
  }
  const undated = new Set(table.undated.families);
  const vague = new Set(table.vague ?? []);
  const paired = new Set(table.byCounterparty ?? []);
  const tied = (table.tiedToEvent ?? []).map((t) => ({ ...t, words: t.words.map((w) => w.toLowerCase()) }));
  return {
    familyOf: (metric) => byLabel.get(metric.toLowerCase()) ?? metric,
    undatedWindowDays: (family) => (undated.has(family) ? table.undated.windowDays : undefined),
    isVague: (family) => vague.has(family),
    byCounterparty: (family) => paired.has(family),
    eventWindowDays: (family, sentence) => {
      const lower = sentence.toLowerCase();
      return tied.find((t) => t.family === family && t.words.some((w) => lower.includes(w)))?.windowDays;
    },
  };
}

let shipped: MetricFamilies | undefined;

/** The shipped table, read once. */
export function defaultFamilies(): MetricFamilies {
  shipped ??= compileFamilies(loadDataTable('metric-families.json', familyTableSchema));
  return shipped;
}
