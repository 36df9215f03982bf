/**
 * A sentence with the names of its story's companies blanked out: a word of a name (`Marlow Grid Holdings`,
 * `华澜电网科技`) is never a measure word of the figure it owns (电网投资, 投资余额).
 */
import type { StoryBundle } from '../../types/index.js';

/** What stands in for each character of a name: no measure word matches it, no clause bound either. */
const BLANK = '\u2005';

/** The names of each story, read once per bundle (a story's measure words are asked for many times). */
const NAMES = new WeakMap<object, string[]>();

/**
 * The names of the story: its items' mentions of companies as written (a product's name, `Blackwell GPU`, may word a
 * purchase), the owners of its claims and the parties of its deals (a company the gazetteer does not know is named only
 * there), longest first, two characters or more.
 * @example storyNames(bundle) // → ['Marlow Grid Holdings', '路透社']
 */
export function storyNames(bundle: Pick<StoryBundle, 'entities' | 'claims' | 'deals'>): string[] {
  const known = NAMES.get(bundle);
  if (known) return known;
  const names = new Set<string>();
  for (const mentions of Object.values(bundle.entities)) for (const m of mentions) if (m.type === 'org') names.add(m.text);
  for (const c of bundle.claims) names.add(c.subject);
  for (const d of bundle.deals) names.add(d.from).add(d.to);
  const out = [...names].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  NAMES.set(bundle, out);
  return out;
}

/**
 * `sentence` with every name of `names` blanked to as many spaces (its length and every other character kept), a
 * figure text (`keep`) never touched.
 * @example maskNames('Marlow Grid Holdings spent $610 million', ['Marlow Grid Holdings']) // → '                     spent $610 million' (blanks)
 */
export function maskNames(sentence: string, names: readonly string[], keep?: string): string {
  let out = sentence;
  for (const name of names) {
    if (keep?.includes(name) || name.includes(keep ?? '\u0000')) continue;
    if (!out.includes(name)) continue;
    out = out.split(name).join(BLANK.repeat(name.length));
  }
  return out;
}
