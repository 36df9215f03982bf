/**
 * Chinese common nouns that name no company or person (data/common-nouns.json): `股票` (of `发行A股股票（688321）`),
 * `新公司` (of `合资成立新公司`), `电动汽车` (of `智能电动汽车业务`). Name discovery never takes one as an organisation,
 * so no figure is filed under it and no head is built on it (`股票融资…`); `digest --check` never reads one as a head's
 * owner. Pure but for the table.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';

const schema = z
  .object({ $comment: z.string().optional(), nouns: z.array(z.string()), ends: z.array(z.string()), openings: z.array(z.string()) })
  .strict();
let table: { nouns: Set<string>; ends: readonly string[]; openings: readonly string[] } | undefined;
function nouns(): { nouns: Set<string>; ends: readonly string[]; openings: readonly string[] } {
  table ??= (() => {
    const t = loadDataTable('common-nouns.json', schema);
    return { nouns: new Set(t.nouns), ends: t.ends, openings: t.openings };
  })();
  return table;
}

/** A board marker or a determiner before a noun (`A股股票`, `H股`, `该公司`, `新公司`): not part of a name. */
const MARKER = /^(?:[AHB]股|港股|美股|该|此|本|新)/u;

/**
 * Whether a Chinese name candidate is a common noun rather than a name: the word itself (after a board marker or a
 * determiner), a word ending in a noun no name ends in (a security, money raised, a measure), or a verb opening it.
 * @example commonNoun('股票') // → true
 * @example commonNoun('股股票') // → true (`A股股票` scanned back from a stock code)
 * @example commonNoun('成立新公司') // → true
 * @example commonNoun('星河智算') // → false
 */
export function commonNoun(name: string): boolean {
  const t = nouns();
  const bare = name.trim();
  if (bare === '' || /[A-Za-z0-9]/.test(bare)) return false;
  if (t.nouns.has(bare) || t.nouns.has(bare.replace(MARKER, ''))) return true;
  return t.ends.some((e) => bare.endsWith(e)) || t.openings.some((o) => bare.startsWith(o) && bare.length > o.length);
}
