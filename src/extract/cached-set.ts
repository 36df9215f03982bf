/**
 * Sets of the data tables' word lists, made once per list instead of once per text or per sentence: the tables are
 * loaded once (src/extract/data-tables.ts) and never changed, so a list's set is the same every time it is asked for.
 */
const SETS = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The set of `list`'s words (one shared, read-only set per list object). */
export function setOf(list: readonly string[]): ReadonlySet<string> {
  let set = SETS.get(list);
  if (!set) SETS.set(list, (set = new Set(list)));
  return set;
}
