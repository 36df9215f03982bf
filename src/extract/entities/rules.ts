/** The matching rules table (data/entity-rules.json): case-sensitive aliases, context guards, fuzzy and discovery settings. */
import { entityRulesTable } from '../data-tables.js';

/** Context vetoes for one Latin alias (lowercase words, or literal text when starting with a non-letter). */
export interface LatinGuard {
  notFollowedBy?: string[];
  notPrecededBy?: string[];
  /** Lowercase words right after the alias that lift `notPrecededBy` ('the Oracle contract'). */
  unlessFollowedBy?: string[];
}

/** Character vetoes for one Chinese alias. */
export interface ZhGuard {
  notBefore?: string;
  notAfter?: string;
}

export interface EntityRules {
  caseSensitive: string[];
  guards: Record<string, LatinGuard>;
  zhGuards: Record<string, ZhGuard>;
  fuzzy: {
    minAliasLength: number;
    minPhoneticLength: number;
    stopWords: string[];
    stopPhrases: string[];
    /** Endings of ordinary English word forms ('Training', 'Committed'): a single token with one never fuzzy-matches an alias without it. */
    wordSuffixes?: string[];
    /** Canonical names matched only exactly, never fuzzily: they are a letter or two from ordinary words ('Helen' is not Helion). */
    skipNames?: string[];
  };
  discovery: {
    enSuffixes: string[];
    enStopWords: string[];
    zhSuffixes: string[];
    zhStopChars: string;
    zhGenericPrefixes: string[];
    zhNotAfter: string;
    /** Characters that, right before the suffix, make it a common noun (母公司, 子公司, 分公司, 总公司). */
    zhGenericLastChars?: string;
    /** Words that may follow the suffix although their first character is in zhNotAfter ('资本领投', not '科技领域'). */
    zhOkAfter?: string[];
    /** Common nouns the suffix word opens ('智能算力', '科技创新'): the suffix there modifies a noun and ends no name. */
    zhSuffixCompounds?: string[];
    /** Verbs, adverbs, function and measure words that never stand inside a name's prefix: one there rejects the candidate ('接近公司', '均超出公司'). */
    zhNonNameWords?: string[];
    /**
     * Role nouns that introduce a Chinese name of any form ('算力服务商星衡智算', '芯片设计公司沐川智能'): the name right after
     * one is the longest run the text writes again, ending at no function character (zhNameEndStops).
     */
    zhRoleEnds?: string[];
    /** Characters a Chinese name found after a role noun never ends with ('星衡智算今起招股': not '星衡智算今'). */
    zhNameEndStops?: string;
    /** Role nouns right before a capitalised Latin name that introduce it as an organisation ('subsidiary Solidigm', '旗下子公司Solidigm'). */
    roleNouns?: { en: string[]; zh: string[] };
    /**
     * Nouns that, in an appositive after a capitalised name ('Lumora Silicon, a Santa Clara-based startup'), say the
     * name is an organisation; looked for within a few words after ', a' / ', an'.
     */
    appositiveNouns?: string[];
    /**
     * Suffixes that make a known name plus the words before them a different organisation: a fund, bank or investment
     * arm named after its parent ('Samsung Catalyst Fund', 'Intel Capital'), not the parent.
     */
    unitSuffixes?: string[];
  };
  /**
   * Definite descriptions by nationality ('the South Korean chipmaker', '这家日本公司'): words per gazetteer country
   * tag, and the organisation nouns (English, Chinese) such a description ends with.
   */
  nationalities?: { words: Record<string, string[]>; en: string[]; zh: string[] };
  /** Descriptive noun phrases naming a known entry (regular expressions, case-insensitive). */
  descriptions?: { pattern: string; name: string }[];
  /** Words after a product that make it a reference to its parent ("ChatGPT maker"). */
  ownerSuffixes?: { en?: string; zh?: string };
}

/** The shipped rules table (read once). */
export function loadEntityRules(): EntityRules {
  return entityRulesTable();
}
