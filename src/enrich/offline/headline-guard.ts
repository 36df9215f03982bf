import { loadMetricLexicon, wordsRegex } from '../../extract/attribution/lexicon.js';
import { figureClause, type StoryTemplates, statedMetricWord } from './story-templates.js';

const cache = new Map<string, RegExp | null>();

/** The words that name a metric in a source: its lexicon keywords and aliases, a rate's or a change's base measure's too. */
function metricWordsRe(metric: string): RegExp | null {
  const hit = cache.get(metric);
  if (hit !== undefined) return hit;
  const lex = loadMetricLexicon();
  const base = metric.replace(/-(?:growth|change)$/, '');
  const words = [metric, base].flatMap((m) => {
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
  return re?.test(figureClause(sentence, figureText)) === true;
}
