/** The matching rules table (data/entity-rules.json): case-sensitive aliases, context guards, fuzzy and discovery settings. */
import { readDataJson } from './data-file.js';

/** Context vetoes for one Latin alias (lowercase words, or literal text when starting with a non-letter). */
export interface LatinGuard {
  notFollowedBy?: string[];
  notPrecededBy?: string[];
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
  fuzzy: { minAliasLength: number; minPhoneticLength: number; stopWords: string[]; stopPhrases: string[] };
  discovery: {
    enSuffixes: string[];
    enStopWords: string[];
    zhSuffixes: string[];
    zhStopChars: string;
    zhGenericPrefixes: string[];
    zhNotAfter: string;
  };
  /** Descriptive noun phrases naming a known entry (regular expressions, case-insensitive). */
  descriptions?: { pattern: string; name: string }[];
  /** Words after a product that make it a reference to its parent ("ChatGPT maker"). */
  ownerSuffixes?: { en?: string; zh?: string };
}

/** The shipped rules table (read once). */
export function loadEntityRules(): EntityRules {
  return readDataJson<EntityRules>('entity-rules.json');
}
