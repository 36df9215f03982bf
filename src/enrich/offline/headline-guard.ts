import { loadMetricLexicon, wordsRegex } from '../../extract/attribution/lexicon.js';
import { extractFigures } from '../../extract/index.js';
import { defaultFamilies } from '../../knowledge/families.js';
import { figureClause, type StoryTemplates, statedMetricWord } from './story-templates.js';

const cache = new Map<string, RegExp | null>();

/**
 * The metrics whose words name a metric: itself, a rate's or a change's base measure, and the members of their family in
 * the knowledge layer (net-income is a profit: 净利润 names it).
 */
function kin(metric: string): Set<string> {
  const fam = defaultFamilies();
  const base = metric.replace(/-(?:growth|change)$/, '');
  const families = new Set([fam.familyOf(metric), fam.familyOf(base)]);
  const out = new Set([metric, base, ...families]);
  for (const m of loadMetricLexicon().byMetric.keys()) if (families.has(fam.familyOf(m))) out.add(m);
  return out;
}

/** The words that name a metric in a source: its lexicon keywords and aliases, a rate's or a change's base measure's too. */
function metricWordsRe(metric: string): RegExp | null {
  const hit = cache.get(metric);
  if (hit !== undefined) return hit;
  const lex = loadMetricLexicon();
  const words = [...kin(metric)].flatMap((m) => {
    const def = lex.byMetric.get(m);
    return def ? [...def.keywords, ...(def.aliases ?? [])] : [];
  });
  const re = words.length > 0 ? wordsRegex(words, 'i') : null;
  cache.set(metric, re);
  return re;
}

/**
 * Whether the figure's own clause names the measure its claim carries: a word of the metric (its lexicon's keywords, or a
 * phrase of the story templates' metric words) stands in the clause that holds the figure. A headline built from a fact
 * (not from a source's title) states a figure only so: a label the clause does not say (`其余10亿元补充流动资金` filed as
 * 资本开支, an amount read as a contract's where the clause says revenue) is the extraction's guess, and a headline with
 * it tells the wrong news with the right number.
 * @example clauseStatesMetric('capex', '拟投入产线项目35亿元，其余10亿元补充流动资金。', '10亿元', t) // → false
 */
export function clauseStatesMetric(metric: string, sentence: string, figureText: string, t: StoryTemplates): boolean {
  if (statedMetricWord(metric, sentence, t, figureText)) return true;
  const re = metricWordsRe(metric);
  if (re?.test(figureClause(sentence, figureText))) return true;
  return nearestWordNames(metric, sentence, figureText);
}

/**
 * Whether the metric word nearest before the figure in its sentence is one of this metric, with no other amount or
 * rate between them (`Sales in the fiscal second quarter, which ends July 26, will be about $90 billion`: Sales names
 * the $90 billion across the relative clause; `拟投入产线项目35亿元、研发15亿元，其余10亿元` does not name the 10亿元).
 */
function nearestWordNames(metric: string, sentence: string, figureText: string): boolean {
  const at = sentence.indexOf(figureText);
  if (at <= 0) return false;
  const before = sentence.slice(0, at);
  const lex = loadMetricLexicon();
  const hits = [...before.matchAll(new RegExp(lex.keywordRe.source, 'gi'))];
  const last = hits[hits.length - 1];
  if (!last) return false;
  const gap = before.slice((last.index ?? 0) + last[0].length);
  if (extractFigures(gap).some((f) => f.kind === 'money' || f.kind === 'percent')) return false;
  const of = lex.keywordMetric.get(last[0].toLowerCase());
  return of !== undefined && of !== null && kin(metric).has(of);
}
