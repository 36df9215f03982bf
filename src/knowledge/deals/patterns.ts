/** Deal patterns: the data table (data/deal-patterns.json), its schema and its compilation into regular expressions. */
import { z } from 'zod';
import type { DealKind, DealStatus } from '../../types/knowledge.js';
import { loadDataTable } from '../../util/data-table.js';

const kindSchema = z.enum(['invest', 'purchase', 'cloud-contract', 'equity-option', 'acquisition', 'stake']);
const langSchema = z.enum(['en', 'zh']);

/** Schema of data/deal-patterns.json (see its `description`). */
export const dealPatternFileSchema = z.object({
  description: z.string().optional(),
  providers: z.array(z.string()),
  makers: z.array(z.object({ goods: z.string(), names: z.array(z.string()) })).optional(),
  blockers: z.object({ en: z.string(), zh: z.string() }),
  tentative: z
    .object({
      talks: z.object({ en: z.string(), zh: z.string() }),
      rumoured: z.object({ en: z.string(), zh: z.string() }),
    })
    .optional(),
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
      payeeFromFocus: z.boolean().optional(),
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
  /**
   * A part every match must contain (`requiredPart`), alone: a text it does not match anywhere holds no match of the
   * pattern, so the pattern is not tried there (most sentences name none of a pattern's deal words).
   */
  required?: RegExp;
  symmetric: boolean;
  /** The deal word names no kind ("a contract with"): an edge only when a provider is on one side (and is paid). */
  needsProvider: boolean;
  /** The pattern has only a payee slot; the payer is the discourse topic passed by the caller. */
  payerFromTopic: boolean;
  /** The pattern has only a payer slot; the payee is the company raising money in the conversation (the investee). */
  payeeFromTopic: boolean;
  /** The pattern has only a payer slot and an anaphoric deal ("a separate deal"): the payee is the provider of the deal stated just before. */
  payeeFromProvider: boolean;
  /** The pattern has only a payer slot and a share of revenue nobody owns in the text ("X accounted for 58% of revenue"): the payee is the item's focal company. */
  payeeFromFocus: boolean;
  /** A generic payer the text names by its role, not by a name ("bond investors" of "raised $18bn in a bond sale"). */
  payer?: string;
  refine: { when: RegExp; kind: DealKind }[];
}

export interface CompiledPatterns {
  patterns: CompiledPattern[];
  blockers: Record<'en' | 'zh', RegExp>;
  /**
   * Words that make a deal not done (in talks, 洽谈; rumoured, 或将): a match near one gives an edge with that status,
   * tried in order (talks before rumoured).
   */
  tentative: { status: DealStatus; re: Record<'en' | 'zh', RegExp> }[];
  /** Lower-cased names of providers (clouds, chip makers): the payee of a symmetric deal. */
  providers: Set<string>;
  /**
   * Who makes which goods (memory, GPUs, wafers, servers): in a deal whose word order does not tell who pays ("A signed
   * a supply agreement with B for HBM4"), the party that makes the goods named is the supplier, so the payee.
   */
  makers: { goods: RegExp; names: Set<string> }[];
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

/** One element of a regex's top-level sequence: its source (quantifier included) and whether a match must hold it. */
interface Term {
  source: string;
  /** No quantifier, `+` or `{n,…}` with n ≥ 1: every match of the sequence holds a match of this element. */
  mandatory: boolean;
  /** A single literal character (letter, digit, CJK, apostrophe, hyphen) with no quantifier. */
  literal: boolean;
  group: boolean;
}

/** Where the character class opening at `i` closes (the first unescaped `]` after it: `[]` is empty in JS); -1 if never. */
function classEnd(source: string, i: number): number {
  for (let k = i + 1; k < source.length; k++) {
    if (source[k] === '\\') k++;
    else if (source[k] === ']') return k;
  }
  return -1;
}

/** Where the bracketed part opening at `i` (`(` or `[`) closes, escapes and character classes skipped; -1 if never. */
function closing(source: string, i: number): number {
  if (source[i] === '[') return classEnd(source, i);
  let depth = 0;
  for (let k = i; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') k++;
    else if (c === '[') {
      k = classEnd(source, k);
      if (k < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k;
  }
  return -1;
}

/**
 * The top-level sequence of a regex source (no `u` flag), or undefined when the source is a top-level alternation or
 * uses what a cut could change the meaning of (backreferences, `\x` / `\u` / `\c` escapes, unbalanced brackets).
 */
export function topLevelTerms(source: string): Term[] | undefined {
  if (/\\(?:[1-9]|k<|[xuc])/.test(source)) return undefined;
  const terms: Term[] = [];
  for (let i = 0; i < source.length; ) {
    const c = source[i] as string;
    if (c === '|' || c === ')') return undefined;
    let end: number;
    if (c === '\\') end = i + 2;
    else if (c === '(' || c === '[') {
      const k = closing(source, i);
      if (k < 0) return undefined;
      end = k + 1;
    } else end = i + 1;
    const atom = source.slice(i, end);
    const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(end));
    const quant = q?.[0] ?? '';
    const min = quant === '' || quant.startsWith('+') ? 1 : q?.[1] !== undefined ? Number(q[1]) : 0;
    const lookaround = /^\(\?<?[=!]/.test(atom);
    terms.push({
      source: atom + quant,
      mandatory: min >= 1 && !lookaround,
      literal: quant === '' && /^[\p{L}\p{N}'’-]$/u.test(atom),
      group: c === '(' && !lookaround,
    });
    i = end + quant.length;
  }
  return terms;
}

/** The alternatives of a group's source (`(?:a|b)`, quantifier included), split at its own `|`. */
function alternatives(group: string): string[] {
  const close = closing(group, 0);
  const inner = group.slice(/^\((?:\?:|\?<[A-Za-z]\w*>)?/.exec(group)?.[0].length ?? 1, close);
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < inner.length; k++) {
    const c = inner[k];
    if (c === '\\') k++;
    else if (c === '[') k = classEnd(inner, k);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(inner.slice(from, k));
      from = k + 1;
    }
  }
  out.push(inner.slice(from));
  return out;
}

/** How rare a text matching this source is, roughly: its literal letters (a Han character counts three). */
function literalWeight(source: string): number {
  const bare = source
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\(\?(?:[:=!]|<[=!]|<\w+>)/g, '');
  let w = 0;
  for (const ch of bare) if (/\p{L}/u.test(ch)) w += /\p{Script=Han}/u.test(ch) ? 3 : 1;
  return w;
}

/**
 * A part of a pattern every match holds, as a regex of its own (`{ required }`), or nothing: among the elements of the
 * top-level sequence that a match cannot skip, a run of literal characters or a group without entity or figure tokens
 * (`⟦`), the one whose least literal alternative is longest. A contiguous piece of the sequence matches, alone and with
 * the same flags, wherever it matched inside a match of the whole (lookarounds see the same text), so a text it
 * matches nowhere holds no match of the pattern. Which piece is taken changes only how much is skipped.
 */
export function requiredOf(source: string): { required?: RegExp } {
  const terms = topLevelTerms(source);
  if (!terms) return {};
  let best: { part: string; weight: number } | undefined;
  const consider = (part: string, weight: number) => {
    if (weight >= 2 && (best === undefined || weight > best.weight)) best = { part, weight };
  };
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as Term;
    if (t.literal) {
      let j = i;
      while (j < terms.length && (terms[j] as Term).literal) j++;
      const run = terms
        .slice(i, j)
        .map((x) => x.source)
        .join('');
      consider(run, literalWeight(run));
      i = j - 1;
    } else if (t.mandatory && t.group && !t.source.includes('⟦'))
      consider(t.source, Math.min(...alternatives(t.source).map(literalWeight)));
  }
  if (best === undefined) return {};
  try {
    return { required: new RegExp(best.part, 'i') };
  } catch {
    return {};
  }
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
        ...requiredOf(source),
        symmetric: p.symmetric ?? false,
        needsProvider: p.needsProvider ?? false,
        payerFromTopic: p.payerFromTopic ?? false,
        payeeFromTopic: p.payeeFromTopic ?? false,
        payeeFromProvider: p.payeeFromProvider ?? false,
        payeeFromFocus: p.payeeFromFocus ?? false,
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
    tentative: file.tentative
      ? (['talks', 'rumoured'] as const).map((status) => {
          const t = (file.tentative as NonNullable<DealPatternFile['tentative']>)[status];
          return { status, re: { en: new RegExp(t.en, 'i'), zh: new RegExp(t.zh, 'i') } };
        })
      : [],
    providers: new Set(file.providers.map((n) => n.toLowerCase())),
    makers: (file.makers ?? []).map((m) => ({ goods: new RegExp(m.goods, 'i'), names: new Set(m.names.map((n) => n.toLowerCase())) })),
    genericPayers: new Set(file.patterns.flatMap((p) => (p.payer ? [p.payer] : []))),
  };
}

let cached: CompiledPatterns | undefined;

/** The bundled pattern table, compiled once. */
export function defaultPatterns(): CompiledPatterns {
  cached ??= compilePatterns(loadDataTable('deal-patterns.json', dealPatternFileSchema));
  return cached;
}
