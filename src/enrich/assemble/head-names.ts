/**
 * A Latin name in a head said short when the head would break a head rule (head-rules.ts: English, over the length
 * limit): an untranslated long name (`Meridian Harbour Digital Infrastructure Trust交易金额6.1亿新加坡元`, 57 characters,
 * read as English) never heads a story or the day. The short form is the sources' own — the leading words of the name
 * a source writes on their own (`Meridian Harbour said…`) — else the name's head words (its words before the first
 * word of data/head-names.json's `generic`), each with the kind the name's last word says (`信托`), else the ticker-like
 * short name a source gives in brackets (`(MHDIT)`). The Chinese name of the gazetteer or the sources is the
 * composer's (names.ts zhName): a head reaching here names what it could not translate. Pure but for the table.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { escapeRegExp } from '../../util/regexp.js';
import { type HeadRule, headProblems } from './head-rules.js';

const schema = z
  .object({ $comment: z.string().optional(), generic: z.array(z.string()), kinds: z.record(z.string(), z.string()) })
  .strict();
let table: { generic: Set<string>; kinds: Record<string, string> } | undefined;
function words(): { generic: Set<string>; kinds: Record<string, string> } {
  table ??= (() => {
    const t = loadDataTable('head-names.json', schema);
    return { generic: new Set(t.generic), kinds: t.kinds };
  })();
  return table;
}

/** A Latin name of two words or more in a head (`Meridian Harbour Digital Infrastructure Trust`). */
const LATIN_NAME_G = /[A-Z][A-Za-z0-9&.'’-]*(?: (?:[A-Za-z0-9][A-Za-z0-9&.'’-]*|&))+/g;

/** The Chinese kind a name's last word says (`Trust` → `信托`), '' for none. */
function kindOf(name: string): string {
  const last = name.split(' ').pop() ?? '';
  return words().kinds[last] ?? '';
}

/** A short form with the name's kind after it when the form leaves the kind's word out. */
function withKind(form: string, name: string): string {
  const kind = kindOf(name);
  const last = name.split(' ').pop() ?? '';
  return kind !== '' && !form.split(' ').includes(last) ? `${form}${kind}` : form;
}

/**
 * The leading words of `name` a source writes on their own (not followed by the name's next word), longest first:
 * `Meridian Harbour said…` gives `Meridian Harbour`. A form of only generic words is none.
 */
function sourceForms(name: string, sources: readonly string[]): string[] {
  const ws = name.split(' ');
  const out: string[] = [];
  for (let j = ws.length - 1; j >= 1; j--) {
    const form = ws.slice(0, j).join(' ');
    if (ws.slice(0, j).every((w) => words().generic.has(w))) continue;
    const next = ws[j] as string;
    const alone = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(form)}(?![A-Za-z0-9&-]| ${escapeRegExp(next)}(?![A-Za-z0-9]))`);
    if (sources.some((s) => alone.test(s))) out.push(form);
  }
  return out;
}

/** The name's words before its first generic word (its first two words when it opens on one). */
function headWords(name: string): string | undefined {
  const ws = name.split(' ');
  const k = ws.findIndex((w) => words().generic.has(w));
  const form = (k === 0 ? ws.slice(0, 2) : k < 0 ? ws : ws.slice(0, k)).join(' ');
  return form !== name ? form : undefined;
}

/** The ticker-like short name a source gives the name in brackets: `Meridian Harbour Digital Infrastructure Trust (MHDIT)`. */
function bracketed(name: string, sources: readonly string[]): string | undefined {
  const re = new RegExp(`${escapeRegExp(name)}\\s*[(（]\\s*["“']?([A-Z][A-Z0-9&-]{1,9})["”']?\\s*[)）]`);
  for (const s of sources) {
    const m = re.exec(s);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/**
 * The short forms of a Latin name a head may give it by, in the order a head takes them (read by `digest --check`'s
 * `headline-owner` too: a head naming its owner by a short form names it).
 * @example shortForms('Meridian Harbour Digital Infrastructure Trust', []) // → ['Meridian Harbour信托']
 */
export function shortForms(name: string, sources: readonly string[]): string[] {
  const head = headWords(name);
  const ticker = bracketed(name, sources);
  const forms = [
    ...sourceForms(name, sources).map((f) => withKind(f, name)),
    ...(head ? [withKind(head, name)] : []),
    ...(ticker ? [ticker] : []),
  ];
  return [...new Set(forms)];
}

/**
 * A head that breaks a head rule with its Latin names said short, the longest name first, until it breaks none; the
 * head unchanged when it breaks none or no short form helps. `limited`: a story's head (the length rule applies).
 * @example namedShort('Meridian Harbour Digital Infrastructure Trust交易金额6.1亿新加坡元', ['… Meridian Harbour said …'], true) // → 'Meridian Harbour信托交易金额6.1亿新加坡元'
 */
export function namedShort(head: string, sources: readonly string[], limited: boolean): string {
  const problems = (h: string): HeadRule[] => headProblems(h, limited);
  if (problems(head).length === 0) return head;
  let h = head;
  const names = [...new Set(head.match(LATIN_NAME_G) ?? [])].sort((a, b) => b.length - a.length);
  for (const name of names) {
    if (problems(h).length === 0) break;
    const tried = shortForms(name, sources).map((f) => h.replace(name, f));
    const passing = tried.find((t) => problems(t).length === 0);
    // A form that mends the head wins; else the shortest form, which mends part (the next name may mend the rest).
    h = passing ?? tried.sort((a, b) => [...a].length - [...b].length)[0] ?? h;
  }
  return problems(h).length < problems(head).length || [...h].length < [...head].length ? h : head;
}
