/** Deal patterns: the data table (data/deal-patterns.json), its schema and its compilation into regular expressions. */
import { z } from 'zod';
import type { DealKind } from '../../types/knowledge.js';
import { loadDataTable } from '../../util/data-table.js';

const kindSchema = z.enum(['invest', 'purchase', 'cloud-contract', 'equity-option', 'acquisition', 'stake']);
const langSchema = z.enum(['en', 'zh']);

/** Schema of data/deal-patterns.json (see its `description`). */
export const dealPatternFileSchema = z.object({
  description: z.string().optional(),
  providers: z.array(z.string()),
  blockers: z.object({ en: z.string(), zh: z.string() }),
  macros: z.object({ en: z.record(z.string(), z.string()), zh: z.record(z.string(), z.string()) }),
  patterns: z.array(
    z.object({
      id: z.string(),
      lang: langSchema,
      kind: kindSchema,
      pattern: z.string(),
      example: z.string().optional(),
      symmetric: z.boolean().optional(),
      needsProvider: z.boolean().optional(),
      payerFromTopic: z.boolean().optional(),
      payeeFromTopic: z.boolean().optional(),
      payeeFromProvider: z.boolean().optional(),
      payer: z.string().optional(),
      refine: z.array(z.object({ when: z.string(), kind: kindSchema })).optional(),
    }),
  ),
});
export type DealPatternFile = z.infer<typeof dealPatternFileSchema>;

export interface CompiledPattern {
  id: string;
  lang: 'en' | 'zh';
  kind: DealKind;
  /** Global regex (scans the whole sentence). */
  re: RegExp;
  /** Sticky twin, set when the pattern starts with an entity slot: tried only at entity tokens (much faster). */
  sticky?: RegExp;
  symmetric: boolean;
  /** The deal word names no kind ("a contract with"): an edge only when a provider is on one side (and is paid). */
  needsProvider: boolean;
  /** The pattern has only a payee slot; the payer is the discourse topic passed by the caller. */
  payerFromTopic: boolean;
  /** The pattern has only a payer slot; the payee is the company raising money in the conversation (the investee). */
  payeeFromTopic: boolean;
  /** The pattern has only a payer slot and an anaphoric deal ("a separate deal"): the payee is the provider of the deal stated just before. */
  payeeFromProvider: boolean;
  /** A generic payer the text names by its role, not by a name ("bond investors" of "raised $18bn in a bond sale"). */
  payer?: string;
  refine: { when: RegExp; kind: DealKind }[];
}

export interface CompiledPatterns {
  patterns: CompiledPattern[];
  blockers: Record<'en' | 'zh', RegExp>;
  /** Lower-cased names of providers (clouds, chip makers): the payee of a symmetric deal. */
  providers: Set<string>;
  /** Names of the generic payers of the table (`payer` of a pattern): never a discourse topic. */
  genericPayers: Set<string>;
}

const ENTITY = '⟦E\\d+⟧';
/** Between two names of a list: `, ` / ` and ` / 和 / 、 / 与, then maybe "the " or a place's possessive ("Abu Dhabi's "). */
const LIST_SEP =
  "(?:\\s*[（(]⟦E\\d+⟧[）)])?(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*(?:和|、|及|以及|与)\\s*)(?:the\\s+|(?:[A-Z][\\w-]*\\s+){0,2}[A-Z][\\w-]*'s\\s+|(?:existing|new|returning|early|longtime|long-time)\\s+(?:backers?|investors?|shareholders?)\\s+|(?:老股东|新股东|现有股东|原股东|老股東)\\s*)?";
/** Built-in slots: parties, amounts, and gaps of up to 40 (`gap`) or 90 (`widegap`) characters with no entity token, or 90 with entities (`anygap`), all within one clause. */
const BUILTINS: Record<string, string> = {
  payer: `(?<payer>${ENTITY})(?!-(?:backed|owned|funded|led|financed))`,
  payee: `(?<payee>${ENTITY})(?!-(?:backed|owned|funded|led|financed))`,
  payers: `(?<payer>${ENTITY}(?:${LIST_SEP}${ENTITY})*)(?!-(?:backed|owned|funded|led|financed))`,
  backer: `(?<payer>${ENTITY})`,
  payees: `(?<payee>${ENTITY}(?:${LIST_SEP}${ENTITY})*)(?!-(?:backed|owned|funded|led|financed))`,
  amount: '(?<amount>⟦M\\d+⟧)',
  pct: '(?<amount>⟦P\\d+⟧)',
  stakeamount: '(?<amount>⟦[MP]\\d+⟧)',
  units: '(?<amount>⟦N\\d+⟧)',
  F: '⟦[MPN]\\d+⟧',
  money: '⟦M\\d+⟧',
  gap: '(?:(?!⟦E)[^。；;！!？?]){0,40}?',
  widegap: '(?:(?!⟦E)[^。；;！!？?]){0,90}?',
  anygap: '[^。；;！!？?]{0,90}?',
};

/** Expands `{macro}` references (user macros first, recursively), turns literal spaces into \s+ / \s*, then built-ins. */
export function expandPattern(source: string, lang: 'en' | 'zh', macros: Record<string, string>): string {
  let s = source;
  for (let depth = 0; depth < 5; depth++) {
    const next = s.replace(/\{(\w+)\}/g, (m, name: string) => (name in macros ? (macros[name] as string) : m));
    if (next === s) break;
    s = next;
  }
  s = s.replace(/ +/g, lang === 'en' ? '\\s+' : '\\s*');
  return s.replace(/\{(\w+)\}/g, (m, name: string) => {
    const b = BUILTINS[name];
    if (b === undefined) throw new Error(`[knowledge] [deals] unknown slot ${m} in pattern`);
    return b;
  });
}

/** Validates and compiles a pattern table. Throws naming the pattern id when a regex does not compile. */
export function compilePatterns(raw: unknown): CompiledPatterns {
  const file = dealPatternFileSchema.parse(raw);
  const patterns = file.patterns.map((p) => {
    const macros = file.macros[p.lang];
    try {
      const source = expandPattern(p.pattern, p.lang, macros);
      return {
        id: p.id,
        lang: p.lang,
        kind: p.kind,
        re: new RegExp(source, 'gi'),
        ...(/^\(\?<(?:payer|payee)>⟦E/.test(source) ? { sticky: new RegExp(source, 'iy') } : {}),
        symmetric: p.symmetric ?? false,
        needsProvider: p.needsProvider ?? false,
        payerFromTopic: p.payerFromTopic ?? false,
        payeeFromTopic: p.payeeFromTopic ?? false,
        payeeFromProvider: p.payeeFromProvider ?? false,
        ...(p.payer ? { payer: p.payer } : {}),
        refine: (p.refine ?? []).map((r) => ({ when: new RegExp(r.when, 'i'), kind: r.kind })),
      };
    } catch (cause) {
      throw new Error(`[knowledge] [deals] pattern ${p.id} does not compile`, { cause });
    }
  });
  return {
    patterns,
    blockers: { en: new RegExp(file.blockers.en, 'i'), zh: new RegExp(file.blockers.zh, 'i') },
    providers: new Set(file.providers.map((n) => n.toLowerCase())),
    genericPayers: new Set(file.patterns.flatMap((p) => (p.payer ? [p.payer] : []))),
  };
}

let cached: CompiledPatterns | undefined;

/** The bundled pattern table, compiled once. */
export function defaultPatterns(): CompiledPatterns {
  cached ??= compilePatterns(loadDataTable('deal-patterns.json', dealPatternFileSchema));
  return cached;
}
