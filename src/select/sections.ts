/** Section rules (data/sections.json) and the offline bilingual keyword / entity classifier that places a story in one. */
import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR, loadDataTable, readTable } from '../util/data-table.js';
import { escapeRegExp } from '../util/regexp.js';

/** One digest section: its heading and what votes for it. */
export interface SectionRule {
  /** The `## ` heading, e.g. 资本与市场. */
  name: string;
  /** Chinese keywords match as substrings; keywords with Latin letters match case-insensitively on word boundaries. */
  keywords: string[];
  /** Canonical entity names that vote for this section. */
  entities: string[];
  /** The section that takes stories no rule matches (更多动态 by default). */
  fallback?: boolean;
}

const stringList = (field: string) => z.array(z.string(), { invalid_type_error: `${field} must be a list of strings` }).default([]);

const sectionSchema = z
  .object({
    name: z.string({ required_error: 'has no name', invalid_type_error: 'has no name' }).refine((n) => n.trim() !== '', 'has no name'),
    keywords: stringList('keywords'),
    entities: stringList('entities'),
    fallback: z.boolean().optional(),
  })
  .transform((r): SectionRule => {
    const rule: SectionRule = { name: r.name, keywords: r.keywords, entities: r.entities };
    if (r.fallback === true) rule.fallback = true;
    return rule;
  });

/** A sections file: `{"sections": [...]}` or a bare list, with at least one section. */
const sectionsFileSchema = z.preprocess(
  (raw) => (Array.isArray(raw) ? { sections: raw } : raw),
  z.object({
    sections: z.array(sectionSchema, { invalid_type_error: 'expected {"sections": [...]}' }).min(1, 'expected at least one section'),
  }),
);

/** The sections file shipped with factbrief. */
export const DEFAULT_SECTIONS_FILE = join(DATA_DIR, 'sections.json');

/** Reads and validates a sections file (default: data/sections.json, read once); throws naming the file on a bad shape. */
export function loadSections(file: string = DEFAULT_SECTIONS_FILE): SectionRule[] {
  return file === DEFAULT_SECTIONS_FILE
    ? loadDataTable('sections.json', sectionsFileSchema).sections
    : readTable(file, sectionsFileSchema).sections;
}

const LATIN = /[A-Za-z]/;
const matcherCache = new WeakMap<SectionRule, ((text: string) => number)[]>();

/** One matcher per keyword, returning 1 when the keyword occurs in the (already lower-cased) text. */
function keywordMatchers(rule: SectionRule): ((text: string) => number)[] {
  let ms = matcherCache.get(rule);
  if (ms) return ms;
  ms = rule.keywords.map((kw) => {
    const k = kw.toLowerCase();
    if (LATIN.test(k)) {
      const re = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(k)}(?![A-Za-z0-9])`, 'u');
      return (t: string) => (re.test(t) ? 1 : 0);
    }
    return (t: string) => (t.includes(k) ? 1 : 0);
  });
  matcherCache.set(rule, ms);
  return ms;
}

/**
 * Places a story in a section: each distinct keyword found counts 1, each listed entity present counts 2;
 * the highest total wins, ties go to the earlier section, no hit goes to the fallback section (else the last).
 * @example classifySection('OpenAI 完成 400 亿美元融资，估值 3000 亿美元', ['OpenAI'], rules) // → '资本与市场'
 */
export function classifySection(text: string, entities: string[], rules: SectionRule[]): string {
  if (rules.length === 0) throw new Error('[select] [sections] no sections configured');
  const lower = text.toLowerCase();
  const present = new Set(entities.map((e) => e.toLowerCase()));
  let best: SectionRule | undefined;
  let bestScore = 0;
  for (const rule of rules) {
    if (rule.fallback) continue;
    let score = 0;
    for (const m of keywordMatchers(rule)) score += m(lower);
    for (const e of rule.entities) if (present.has(e.toLowerCase())) score += 2;
    if (score > bestScore) {
      best = rule;
      bestScore = score;
    }
  }
  if (best) return best.name;
  const fallback = rules.find((r) => r.fallback) ?? rules[rules.length - 1];
  return (fallback as SectionRule).name;
}
