/**
 * A head that names a company by its full name cut before the word saying its kind of firm (`星衡` for 星衡智算, `Corvane`
 * for Corvane Systems) names it in full, as its story's sources introduce it (decision 167). A cut name a Chinese editor
 * does not print: the reader meets a name no source introduces. Kind words from data/name-tails.json; pure but for it.
 */
import { z } from 'zod';
import type { EntityMention } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { escapeRegExp } from '../../util/regexp.js';
import { headProblems } from './head-rules.js';
import { undescribed } from './source-name.js';

const schema = z.object({ $comment: z.string().optional(), zh: z.array(z.string().min(1)), latin: z.array(z.string().min(1)) }).strict();
let tails: { zh: string[]; latin: Set<string> } | undefined;
function table(): { zh: string[]; latin: Set<string> } {
  tails ??= (() => {
    const t = loadDataTable('name-tails.json', schema);
    return { zh: [...t.zh].sort((a, b) => b.length - a.length), latin: new Set(t.latin) };
  })();
  return tails;
}

/**
 * The cut form of a full name: its name before a closing kind word (`星衡智算` → `星衡`, `Corvane Systems` → `Corvane`),
 * undefined when no kind word of the table ends it or the rest is too short to be a name (two Han characters, one Latin
 * word of three letters).
 */
export function cutForm(full: string): string | undefined {
  const t = table();
  if (/^\p{Script=Han}+$/u.test(full)) {
    const tail = t.zh.find((w) => full.endsWith(w));
    const cut = tail ? full.slice(0, full.length - tail.length) : '';
    return [...cut].length >= 2 ? cut : undefined;
  }
  const words = full.trim().split(/\s+/u);
  if (words.length < 2 || !/^[A-Za-z]/u.test(full)) return undefined;
  const last = words[words.length - 1] as string;
  if (!t.latin.has(last)) return undefined;
  const cut = words.slice(0, -1).join(' ');
  return cut.length >= 3 ? cut : undefined;
}

/** Where a cut name stands alone in a head: Latin not touching a Latin letter or digit; Han not running into its tail. */
function aloneAt(head: string, cut: string, full: string): number {
  const latin = /^[A-Za-z]/u.test(cut);
  const re = latin
    ? new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(cut)}(?![A-Za-z0-9]| [A-Z])`, 'u')
    : new RegExp(`${escapeRegExp(cut)}(?!${escapeRegExp(full.slice(cut.length, cut.length + 1))})`, 'u');
  return re.exec(head)?.index ?? -1;
}

/**
 * A head with the first company it names by a cut form said by the full name its story's sources write (an organisation
 * mention's text), when the head does not name it in full already, the cut form is not itself the name of another
 * company the sources name (`华为` before `华为云`), and the head breaks no head rule it did not break before. Only a
 * name the sources introduce (a discovered one): a known company's short name (`腾讯` for 腾讯控股) is its name.
 * `limited`: a story's head (the length rule applies). Unchanged otherwise.
 * @example fullNamed('中国移动投20亿元，星衡回头签下35亿元算力大单', [{ name: '星衡智算', text: '星衡智算', type: 'org', … }], true)
 *   // → '中国移动投20亿元，星衡智算回头签下35亿元算力大单'
 */
export function fullNamed(head: string, mentions: readonly EntityMention[], limited: boolean): string {
  const orgs = mentions.filter((m) => m.type === 'org');
  // Only a name no table knows (a discovered name): a known company's short name (its gazetteer alias) is its name.
  const known = new Set(orgs.filter((m) => m.match !== 'discovered').map((m) => m.name));
  const fulls = [...new Set(orgs.filter((m) => m.match === 'discovered' && !known.has(m.name)).map((m) => m.text.trim()))].sort(
    (a, b) => b.length - a.length,
  );
  const before = headProblems(head, limited).length;
  for (const full of fulls) {
    if (head.includes(full)) continue;
    const cut = cutForm(full);
    if (!cut) continue;
    const canonical = orgs.find((m) => m.text.trim() === full)?.name;
    // The cut form is another company's own name (its mention's canonical name differs): it names that one.
    if (mentions.some((m) => m.text.trim() === cut && m.name !== canonical && m.name !== full)) continue;
    if (fulls.some((f) => f !== full && head.includes(f) && f.includes(cut))) continue;
    const at = aloneAt(head, cut, full);
    if (at < 0) continue;
    const out = `${head.slice(0, at)}${full}${head.slice(at + cut.length)}`;
    // Past the length limit: the descriptor before the name goes rather than the name's kind word (source-name.ts).
    const kept = undescribed(out, full, limited, before);
    if (kept) return kept;
  }
  return head;
}
