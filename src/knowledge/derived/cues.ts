/** Cue phrases for derived facts, loaded from data/derived-cues.json (see its description). */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';

const schema = z.object({
  description: z.string().optional(),
  additive: z.array(z.string()),
  statedTotal: z.string(),
  notAddend: z.string(),
  growth: z.array(z.string()),
  percentTo: z.array(z.string()),
  baselineRef: z.string(),
  baselineRefBefore: z.string(),
  ratioBase: z.string(),
  phraseMultiples: z.array(z.object({ pattern: z.string(), factor: z.number().positive() })).default([]),
  referent: z.string().optional(),
  metricWords: z.record(z.string(), z.string()).default({}),
});

export interface DerivedCues {
  additive: RegExp[];
  statedTotal: RegExp;
  notAddend: RegExp;
  growth: RegExp[];
  percentTo: RegExp[];
  baselineRef: RegExp;
  baselineRefBefore: RegExp;
  ratioBase: RegExp;
  /** Multiples written in words ("half as high again as" = 1.5). */
  phraseMultiples: { re: RegExp; factor: number }[];
  /** Sentence opening that names the measure talked about ("The proposed valuation"), group `metric`. */
  referent?: RegExp;
  /** Lower-cased measure word → metric name. */
  metricWords: Record<string, string>;
}

/** Validates and compiles a cue table. */
export function compileCues(raw: unknown): DerivedCues {
  return compile(schema.parse(raw));
}

function compile(c: z.output<typeof schema>): DerivedCues {
  return {
    additive: c.additive.map((s) => new RegExp(s, 'i')),
    statedTotal: new RegExp(c.statedTotal, 'i'),
    notAddend: new RegExp(c.notAddend, 'i'),
    growth: c.growth.map((s) => new RegExp(s, 'gi')),
    percentTo: c.percentTo.map((s) => new RegExp(s, 'gi')),
    baselineRef: new RegExp(c.baselineRef, 'i'),
    baselineRefBefore: new RegExp(c.baselineRefBefore, 'i'),
    ratioBase: new RegExp(c.ratioBase, 'i'),
    phraseMultiples: c.phraseMultiples.map((x) => ({ re: new RegExp(x.pattern, 'i'), factor: x.factor })),
    ...(c.referent ? { referent: new RegExp(c.referent, 'i') } : {}),
    metricWords: c.metricWords,
  };
}

let cached: DerivedCues | undefined;

/** The bundled cue table, compiled once. */
export function defaultCues(): DerivedCues {
  cached ??= compile(loadDataTable('derived-cues.json', schema));
  return cached;
}
