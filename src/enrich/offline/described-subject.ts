/**
 * A head whose subject is the descriptor an outlet set before a company's name (`视觉公司融资8亿元` of a story writing
 * `计算机视觉公司云栖视觉完成…融资`): extraction read the descriptor, or a cut of it, as the figure's owner, and the head
 * names a kind of firm, not the firm (decision 183). The head says the name its sources write right after that
 * descriptor instead, when they write one name there every time and the same name on its own at least twice. Silent
 * (the head as it was) otherwise. Descriptor words from data/name-descriptors.json (kind-of-firm words: 公司, 企业…).
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { alternation, escapeRegExp } from '../../util/regexp.js';

const schema = z.object({ $comment: z.string().optional(), words: z.array(z.string().min(1)) }).strict();
const followerSchema = z
  .object({ $comment: z.string().optional(), words: z.array(z.string().min(1)), notName: z.array(z.string().min(1)) })
  .strict();
let followers: { next: RegExp; notName: RegExp } | undefined;
/** data/name-followers.json: a word after a name that never belongs to it, and what such a name never holds. */
function nameFollowers(): { next: RegExp; notName: RegExp } {
  followers ??= (() => {
    const t = loadDataTable('name-followers.json', followerSchema);
    return { next: new RegExp(`(?:${alternation(t.words)})`, 'u'), notName: new RegExp(`(?:${alternation(t.notName)})`, 'u') };
  })();
  return followers;
}

/**
 * A name written once, right after its descriptor and right before a word that never belongs to a name
 * (data/name-followers.json: `青岚视觉近日完成…` → 青岚视觉): three to eight characters, none a function word, a time or
 * quantity word (decision 188; the story's only writing of the name is the descriptor's sentence).
 */
function delimitedName(run: string): string | undefined {
  const { next, notName } = nameFollowers();
  const at = run.search(next);
  if (at < 3 || at > 8) return undefined;
  const cand = run.slice(0, at);
  return NOT_IN_NAME.test(cand) || notName.test(cand) ? undefined : cand;
}

let descriptorEnd: RegExp | undefined;
function descriptorWord(): RegExp {
  descriptorEnd ??= (() => {
    const words = [...loadDataTable('name-descriptors.json', schema).words].sort((a, b) => b.length - a.length);
    return new RegExp(`(?:${words.map(escapeRegExp).join('|')})$`, 'u');
  })();
  return descriptorEnd;
}

/** Characters a company's name never holds at its end or inside a short Chinese name: function words and verbs' marks. */
const NOT_IN_NAME = /[的了在将于与和向对是被及等]/u;

/** Occurrences of `s` in `text`. */
function count(text: string, s: string): number {
  return text.split(s).length - 1;
}

/**
 * The name the texts write right after `descriptor` (`计算机视觉公司云栖视觉` → 云栖视觉): the longest run of two to eight
 * Han or Latin characters after it that the texts also write at least twice without the descriptor before it (an
 * occurrence followed by no such name is the descriptor used as a plain noun); undefined when none gives a name or two
 * give different names.
 * @example nameAfter('视觉公司', ['计算机视觉公司云栖视觉完成融资。云栖视觉成立于2018年。云栖视觉表示…']) // → '云栖视觉'
 */
export function nameAfter(descriptor: string, texts: readonly string[]): string | undefined {
  const all = texts.join('\n');
  const names = new Set<string>();
  const re = new RegExp(`${escapeRegExp(descriptor)}([\\p{Script=Han}A-Za-z]{2,14})`, 'gu');
  for (const m of all.matchAll(re)) {
    const run = m[1] ?? '';
    let found: string | undefined;
    for (let end = Math.min(run.length, 8); end >= 2 && found === undefined; end--) {
      const cand = run.slice(0, end);
      if (NOT_IN_NAME.test(cand)) continue;
      if (count(all, cand) - count(all, `${descriptor}${cand}`) >= 2) found = cand;
    }
    // A name the story writes only here, delimited by the word after it (decision 188).
    found ??= delimitedName(run);
    // The descriptor used as a plain noun (`一家视觉公司的十年`) names no one there.
    if (found !== undefined) names.add(found);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * `head` with its opening `subject` said by the name the sources write after it, when `subject` is a descriptor (a Han
 * run ending in a kind-of-firm word) and `nameAfter` finds one name; `head` unchanged otherwise.
 * @example describedName('视觉公司融资8亿元', '视觉公司', ['计算机视觉公司云栖视觉完成融资。云栖视觉…。云栖视觉…']) // → '云栖视觉融资8亿元'
 */
export function describedName(head: string, subject: string, texts: readonly string[]): string {
  if (!/^\p{Script=Han}{2,10}$/u.test(subject) || !head.startsWith(subject) || !descriptorWord().test(subject)) return head;
  const name = nameAfter(subject, texts);
  if (name === undefined || descriptorWord().test(name) || head.includes(name)) return head;
  return `${name}${head.slice(subject.length)}`;
}
