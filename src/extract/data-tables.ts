/**
 * The extract stage's data tables (data/gazetteer.json, entity-rules.json, periods.json, metrics.json,
 * subject-cues.json, fiscal-years.json): their zod schemas and typed loaders over the one table loader
 * (src/util/data-table.ts). Each is read and validated once per process.
 */
import { z } from 'zod';
import type { EntityType, GazetteerEntry } from '../types/entity.js';
import type { FigureKind } from '../types/figure.js';
import { loadDataTable } from '../util/data-table.js';
import { targetPriceTable } from '../util/target-price.js';
import type { MetricLexicon } from './attribution/lexicon.js';
import type { EntityRules } from './entities/rules.js';
import type { PeriodLexicon } from './periods/lexicon.js';

const strings = z.array(z.string());

/**
 * An object of a table: its known fields validated, and fields this schema does not know yet kept as written (a field
 * added to a table and to its reader's type, but not here, must not vanish on load).
 */
const fields = <T extends z.ZodRawShape>(shape: T) => z.object(shape).passthrough();

const ENTITY_TYPES = ['org', 'person', 'product', 'media', 'place'] as const satisfies readonly EntityType[];
const noName = { required_error: 'has no name', invalid_type_error: 'has no name' };

/** One gazetteer row as written: `name` required, `type` default org (plain checks only: zod's cost grows with each wrapper). */
const gazetteerEntry = z.object({
  name: z.string(noName).regex(/\S/, 'has no name'),
  type: z.enum(ENTITY_TYPES).optional(),
  aliases: strings.optional(),
  members: strings.optional(),
  tags: strings.optional(),
  parent: z.string().optional(),
  unitOf: z.string().optional(),
  zh: z.string().optional(),
});

/** A gazetteer file: a list of entries or `{ "entries": [...] }` (shipped table and user files alike). */
export const gazetteerFileSchema = z
  .preprocess(
    (raw) => (Array.isArray(raw) ? { entries: raw } : raw),
    z.object(
      { entries: z.array(gazetteerEntry, { invalid_type_error: 'expected a list of entries or { entries: [...] }' }) },
      { invalid_type_error: 'expected a list of entries or { entries: [...] }' },
    ),
  )
  .transform((file) => file.entries.map(toEntry));

/** Trimmed, non-blank strings of a list. */
const trimmed = (v: string[] | undefined): string[] => (v ?? []).filter((x) => x.trim() !== '').map((x) => x.trim());

/** A validated row as the pipeline holds it: names trimmed, blanks and empty lists dropped, type default org. */
function toEntry(r: z.output<typeof gazetteerEntry>): GazetteerEntry {
  const entry: GazetteerEntry = { name: r.name.trim(), type: r.type ?? 'org', aliases: trimmed(r.aliases) };
  const members = trimmed(r.members);
  if (members.length) entry.members = members;
  const tags = trimmed(r.tags);
  if (tags.length) entry.tags = tags;
  if (r.parent?.trim()) entry.parent = r.parent.trim();
  if (r.unitOf?.trim()) entry.unitOf = r.unitOf.trim();
  if (r.zh?.trim()) entry.zh = r.zh.trim();
  return entry;
}

/** The shipped gazetteer's entries (data/gazetteer.json), parsed once. */
export function gazetteerTable(): GazetteerEntry[] {
  return loadDataTable('gazetteer.json', gazetteerFileSchema);
}

const latinGuard = fields({
  notFollowedBy: strings.optional(),
  notPrecededBy: strings.optional(),
  unlessFollowedBy: strings.optional(),
});

const entityRulesSchema: z.ZodType<EntityRules, z.ZodTypeDef, unknown> = fields({
  caseSensitive: strings,
  guards: z.record(z.string(), latinGuard),
  zhGuards: z.record(z.string(), fields({ notBefore: z.string().optional(), notAfter: z.string().optional() })),
  fuzzy: fields({
    minAliasLength: z.number(),
    minPhoneticLength: z.number(),
    stopWords: strings,
    stopPhrases: strings,
    wordSuffixes: strings.optional(),
    skipNames: strings.optional(),
  }),
  discovery: fields({
    enSuffixes: strings,
    enStopWords: strings,
    zhSuffixes: strings,
    zhStopChars: z.string(),
    zhGenericPrefixes: strings,
    zhNotAfter: z.string(),
    zhGenericLastChars: z.string().optional(),
    zhOkAfter: strings.optional(),
    zhNonNameWords: strings.optional(),
    roleNouns: fields({ en: strings, zh: strings }).optional(),
    appositiveNouns: strings.optional(),
    unitSuffixes: strings.optional(),
  }),
  nationalities: fields({ words: z.record(z.string(), strings), en: strings, zh: strings }).optional(),
  descriptions: z.array(fields({ pattern: z.string(), name: z.string() })).optional(),
  ownerSuffixes: fields({ en: z.string().optional(), zh: z.string().optional() }).optional(),
});

/** data/entity-rules.json. */
export function entityRulesTable(): EntityRules {
  return loadDataTable('entity-rules.json', entityRulesSchema);
}

const periodUnit = z.enum(['year', 'half', 'quarter', 'month']);
const numbers = z.record(z.string(), z.number());

const periodLexiconSchema: z.ZodType<PeriodLexicon, z.ZodTypeDef, unknown> = fields({
  relative: z.record(z.string(), fields({ unit: periodUnit, offset: z.number(), lagInFirstQuarter: z.boolean().optional() })),
  zhNumerals: numbers,
  ordinals: numbers,
  months: numbers,
  anaphora: z.record(z.string(), z.enum(['quarter', 'current-quarter', 'year', 'fiscal-year', 'year-end', 'same', 'that-year'])),
  shifts: numbers,
  fiscalRelative: numbers.optional(),
  cues: fields({
    startBefore: strings,
    startAfter: strings,
    eventVerbs: strings,
    comparisonBefore: strings,
    pointMetrics: strings,
    spanMetrics: strings,
    earningsWords: strings,
    ownSentenceMetrics: strings,
    stockMetrics: strings,
    forwardWords: strings,
    forwardStops: strings.optional(),
    balanceWords: strings.optional(),
    pledgeWords: strings.optional(),
    futureWords: strings.optional(),
  }),
});

/** data/periods.json. */
export function periodTable(): PeriodLexicon {
  return loadDataTable('periods.json', periodLexiconSchema);
}

const figureKind = z.enum(['money', 'percent', 'multiple', 'count', 'duration'] as const satisfies readonly FigureKind[]);

const metricLexiconSchema: z.ZodType<MetricLexicon, z.ZodTypeDef, unknown> = fields({
  metrics: z.array(
    fields({
      metric: z.string(),
      kinds: z.array(figureKind),
      keywords: strings,
      aliases: strings.optional(),
      payer: z.boolean().optional(),
      finestPeriod: z.enum(['month', 'quarter', 'half', 'year']).optional(),
      productSubject: z.boolean().optional(),
      placeSubject: z.boolean().optional(),
      firm: z.boolean().optional(),
      maxValue: z.number().optional(),
      growthMetric: z.string().optional(),
      kindsAs: z.record(figureKind, z.string()).optional(),
      targetPriceWords: z.boolean().optional(),
    }),
  ),
  stopKeywords: strings,
  linkWords: strings.optional(),
  ownerOnlyValuation: fields({ words: strings, after: strings }).optional(),
  instrumentRefines: z.record(z.string(), strings).optional(),
  growthWords: strings,
  changeRules: z.array(fields({ base: z.string(), metric: z.string(), triggers: strings, downTriggers: strings.optional() })),
  downWords: strings.optional(),
  changeNouns: strings.optional(),
  weakKeywords: strings.optional(),
  contextRules: z
    .array(
      fields({
        from: z.string().optional(),
        kind: figureKind.optional(),
        to: z.string(),
        sentenceWords: strings.optional(),
        /** Phrases a sentence word inside does not count in ('pre-IPO' holds 'ipo'): see context-words.ts. */
        notWithin: strings.optional(),
        sentenceMetric: z.string().optional(),
      }),
    )
    .optional(),
  comparisonWords: strings.optional(),
  perShareMeasures: fields({ metrics: strings, verbs: z.array(fields({ metric: z.string(), words: strings })) }).optional(),
  genericKeywords: strings.optional(),
  ownAssets: fields({ from: z.string(), to: z.string(), words: strings }).optional(),
  goodsBought: fields({ to: z.string(), from: strings, verbs: strings, goods: strings, earmarkedFrom: strings.optional() }).optional(),
  spendObjects: fields({
    from: z.string(),
    capitalWords: strings,
    objects: z.array(fields({ metric: z.string(), supplier: z.boolean().optional(), words: strings })),
  }).optional(),
  objectMarkers: strings,
  counterpartyMarkers: strings.optional(),
  anaphors: strings,
  anaphorStops: strings.optional(),
  definiteAnaphors: strings.optional(),
  eventVerbs: strings.optional(),
  startMarkers: fields({ before: strings, after: strings }).optional(),
  sourceTags: strings,
  coordinators: strings,
  combinedWords: strings,
  segments: fields({
    metrics: strings,
    markers: strings,
    whole: strings,
    names: z.array(fields({ zh: z.string(), also: strings })),
    subjects: fields({ notNames: strings, intents: strings, targets: strings }).optional(),
  }).optional(),
});

/**
 * data/metrics.json, a metric marked `targetPriceWords` taking the target-price words of data/target-price.json (words
 * and abbreviations) as keywords of its own.
 */
export function metricTable(): MetricLexicon {
  return loadDataTable(
    'metrics.json',
    metricLexiconSchema.transform((lex): MetricLexicon => {
      const t = targetPriceTable();
      return {
        ...lex,
        metrics: lex.metrics.map((m) => (m.targetPriceWords ? { ...m, keywords: [...m.keywords, ...t.words, ...t.abbreviations] } : m)),
      };
    }),
  );
}

const subjectCuesSchema = fields({
  agentMarkers: strings,
  relativeStarts: strings,
  /** Words for a number of companies, with that number (0: unknown). */
  groupAnaphors: numbers,
  receiverMetrics: strings,
  marketScopes: strings,
  investVerbs: strings,
  /** Words opening a sentence that lists the parts of the total just stated ('其中', 'Of that'). */
  partStarts: strings,
  classScopes: strings.optional(),
  /** The marketScopes that name a class of market participants ('foreign investors', '外资'): who acts, not what is measured. */
  participantScopes: strings.optional(),
  /** Tags of products that are a business line with results of its own ('cloud': Azure). */
  lineTags: strings.optional(),
  /** A company's group of counterparties ('前五大供应商', 'top five customers'): after a name, the name owns the whole. */
  counterpartyGroups: strings.optional(),
});

/** data/subject-cues.json: role cues for subject choice. */
export function subjectCueTable(): z.output<typeof subjectCuesSchema> {
  return loadDataTable('subject-cues.json', subjectCuesSchema);
}

const fiscalYearsSchema = fields({ fiscalYearEnd: z.record(z.string(), z.number().int().min(1).max(12)) });

/** data/fiscal-years.json: the month a company's fiscal year ends in. */
export function fiscalYearTable(): z.output<typeof fiscalYearsSchema> {
  return loadDataTable('fiscal-years.json', fiscalYearsSchema);
}
