/**
 * Names one text introduced, known in the others. A company a feature introduces once (`国产AI算力服务商星衡智算`, `the
 * inference cloud Corvane Systems`) is often written bare in the next day's flash (`星衡智算将在港交所敲钟`), where nothing
 * in that text alone marks the run as a name. Names discovered with evidence in any text of a run (or an earlier run:
 * the pipeline keeps them in the store) are matched as names in every other text, before discovery proper, so the
 * bare mentions and their short forms (星衡) own their figures.
 *
 * Only names a text wrote at least twice are learned (a name discovery found once is the likeliest to be a false
 * one, and a false name must not spread); gazetteer names are never learned (they are matched anyway).
 */
import type { EntityMention } from '../../types/entity.js';
import type { SpanSet } from './span-set.js';

const HAN_NAME = /^\p{Script=Han}{3,8}$/u;
const LATIN_NAME = /^[A-Z][A-Za-z0-9&.-]*(?: [A-Z0-9][A-Za-z0-9&.-]*){0,4}$/;
const LATIN_WORD = /[A-Za-z0-9&]/;
/**
 * A Chinese run ending in an ordinary noun for a company is a description (推理云公司, 算力租赁商: any role noun in 商),
 * never learned as a name.
 */
const DESCRIPTION_END = /(?:公司|企业|商|机构|平台|部门|巨头|龙头)$/u;

/**
 * The names a text's mentions teach the others: discovered organisation names written out at least twice (a short
 * form of the name counts toward it), in Chinese (three to eight characters, not ending in a noun such as 公司) or Latin letters (one to five capitalised
 * words, four letters at least). Example: mentions 星衡智算, 星衡智算, 星衡 (name 星衡智算) → ['星衡智算'].
 */
export function learnableNames(entities: readonly EntityMention[]): string[] {
  const count = new Map<string, number>();
  const written = new Set<string>();
  for (const m of entities) {
    if (m.match !== 'discovered' || m.type !== 'org') continue;
    count.set(m.name, (count.get(m.name) ?? 0) + 1);
    // A glossed Chinese name carries its Latin gloss as its name: the Chinese text is what other texts write.
    if (m.text !== m.name && HAN_NAME.test(m.text)) count.set(m.text, (count.get(m.text) ?? 0) + 1);
    written.add(m.text);
  }
  const out: string[] = [];
  for (const [name, n] of count) {
    if (n < 2 || !written.has(name)) continue;
    if ((HAN_NAME.test(name) && !DESCRIPTION_END.test(name)) || (LATIN_NAME.test(name) && name.replace(/[^A-Za-z]/g, '').length >= 4))
      out.push(name);
  }
  return out.sort();
}

/** The known names indexed by their first two characters (built once per list). */
interface KnownIndex {
  byHead: Map<string, string[]>;
}

const indexes = new WeakMap<readonly string[], KnownIndex>();

function indexOf(known: readonly string[]): KnownIndex {
  let ix = indexes.get(known);
  if (ix) return ix;
  const byHead = new Map<string, string[]>();
  for (const n of known) {
    if (n.length < 2) continue;
    const head = n.slice(0, 2);
    const list = byHead.get(head);
    if (list) list.push(n);
    else byHead.set(head, [n]);
  }
  // Longest first, so a name is not cut by a shorter one that starts it.
  for (const list of byHead.values()) list.sort((a, b) => b.length - a.length);
  ix = { byHead };
  indexes.set(known, ix);
  return ix;
}

/**
 * Mentions of the `known` names in `text` outside the `taken` spans (which they join), match 'discovered' like the
 * names they were learned as. A Latin name matches whole words only; a Chinese name anywhere a longer known or
 * discovered name does not already cover it. One pass over the text, a map lookup per position.
 * Example: known ['星衡智算'], text '11月28日，星衡智算将在港交所敲钟' → one mention 星衡智算 at 7.
 */
export function knownMentions(text: string, known: readonly string[] | undefined, taken: SpanSet): EntityMention[] {
  if (!known || known.length === 0) return [];
  const { byHead } = indexOf(known);
  const out: EntityMention[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const list = byHead.get(text.slice(i, i + 2));
    if (!list) continue;
    for (const name of list) {
      if (!text.startsWith(name, i)) continue;
      const end = i + name.length;
      if (/^[A-Za-z]/.test(name) && (LATIN_WORD.test(text[i - 1] ?? '') || LATIN_WORD.test(text[end] ?? ''))) continue;
      if (taken.overlaps(i, end)) break;
      const m: EntityMention = { name, type: 'org', start: i, end, text: name, match: 'discovered' };
      taken.add(m);
      out.push(m);
      i = end - 1;
      break;
    }
  }
  return out;
}
