/** The offline highlights table (data/highlight-templates.json): insight templates, the order kinds are tried in, thresholds. */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';

/** Why an insight says what it says (`highlights --json` kinds). */
export const INSIGHT_KINDS = [
  'conflict',
  'derived-total',
  'ratio',
  'growth',
  'surprising',
  'stated-baseline',
  'baseline',
  'implied',
  'loop',
  'deal',
  'corroborated',
  'single-source',
  'no-number',
] as const;
export type InsightKind = (typeof INSIGHT_KINDS)[number];

const TEMPLATE_IDS = [
  'conflict',
  'totalRange',
  'totalUpTo',
  'total',
  'totalChecked',
  'totalMismatch',
  'ratio',
  'ratioMismatch',
  'growth',
  'surprisingGrowth',
  'priorGrowth',
  'priorSurprising',
  'statedGap',
  'statedSurprising',
  'statedSame',
  'baseline',
  'remaining',
  'perYear',
  'loop',
  'deal',
  'corroborated',
  'singleSourceMetric',
  'singleSource',
  'unattributed',
  'noNumber',
  'noNumberContext',
] as const;

const schema = z.object({
  description: z.string().optional(),
  maxSentences: z.number().int().min(1).max(4),
  thresholds: z.object({
    surprisingGrowth: z.number().positive(),
    statedGap: z.number().min(0),
    magnitudeApart: z.number().gt(1),
  }),
  order: z.array(z.enum(INSIGHT_KINDS)).min(1),
  templates: z.object(
    Object.fromEntries(TEMPLATE_IDS.map((k) => [k, z.string().min(1)])) as Record<(typeof TEMPLATE_IDS)[number], z.ZodString>,
  ),
  change: z.object({ up: z.string(), down: z.string() }),
  direction: z.object({ up: z.string(), down: z.string() }),
});

export type HighlightRules = z.output<typeof schema>;

/** Validates a user's table (same shape as the bundled one). */
export function compileHighlightRules(raw: unknown): HighlightRules {
  return schema.parse(raw);
}

let cached: HighlightRules | undefined;

/** The bundled table, read once. */
export function defaultHighlightRules(): HighlightRules {
  cached ??= loadDataTable('highlight-templates.json', schema);
  return cached;
}
