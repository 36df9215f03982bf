/** The enrich data tables (data/glossary.json, data/impact-rules.json): schemas over the one table loader; the gazetteer comes from extract. */

import { z } from 'zod';
import { gazetteerTable } from '../extract/index.js';
import type { GazetteerEntry } from '../types/index.js';
import { loadDataTable } from '../util/data-table.js';

const glossarySchema = z.object({ terms: z.record(z.string(), z.string()) });

// Unknown fields pass through: a condition added to the table and its reader must not vanish on load.
const impactRuleSchema = z
  .object({
    id: z.string(),
    when: z
      .object({
        metrics: z.array(z.string()).optional(),
        direction: z.enum(['up', 'down']).optional(),
        tags: z.array(z.string()).optional(),
        /** None of these gazetteer tags on the subject (so a general rule stays out when a specific one fired). */
        notTags: z.array(z.string()).optional(),
        subjects: z.array(z.string()).optional(),
        dealKinds: z.array(z.string()).optional(),
        minDeals: z.number().optional(),
        /** The story's deals form a loop (a party both pays and is paid). */
        loop: z.boolean().optional(),
      })
      .passthrough(),
    template: z.string(),
    fallback: z.boolean().optional(),
  })
  .passthrough();

/** One row of data/impact-rules.json (schema in its `$comment`). */
export type ImpactRule = z.output<typeof impactRuleSchema>;

const impactRulesSchema = z.object({ rules: z.array(impactRuleSchema) });

/** The default glossary: term → gloss. */
export function loadGlossary(): Record<string, string> {
  return loadDataTable('glossary.json', glossarySchema).terms;
}

/** The default impact rules. */
export function loadImpactRules(): ImpactRule[] {
  return loadDataTable('impact-rules.json', impactRulesSchema).rules;
}

/** The shipped gazetteer's entries (for Chinese names and tags of subjects): the one parse extract makes. */
export function loadGazetteerEntries(): GazetteerEntry[] {
  return gazetteerTable();
}
