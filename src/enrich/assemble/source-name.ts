/**
 * A head's company said by the name its story writes (decision 174): a Chinese name cut before its kind word in the
 * head (`星衡` for 星衡智算) is said in full when the story's own text writes it in full nearly every time, even where
 * entity discovery missed the name (decision 167 reads only discovered names); a head the full name would push past the
 * length limit drops the descriptor an outlet set before the name (`推理云公司`) instead of keeping the cut. Silent when
 * unsure. Kind words from data/name-tails.json, descriptor words from data/name-descriptors.json; pure but for them.
 */
import { z } from 'zod';
import type { EntityMention } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { escapeRegExp } from '../../util/regexp.js';
import { headProblems } from './head-rules.js';

const tailSchema = z
  .object({ $comment: z.string().optional(), zh: z.array(z.string().min(1)), latin: z.array(z.string().min(1)) })
  .strict();
const descriptorSchema = z.object({ $comment: z.string().optional(), words: z.array(z.string().min(1)) }).strict();
let tables: { tail: RegExp; descriptor: RegExp } | undefined;
function words(): { tail: RegExp; descriptor: RegExp } {
  tables ??= (() => {
    const zh = [...loadDataTable('name-tails.json', tailSchema).zh].sort((a, b) => b.length - a.length);
    const d = [...loadDataTable('name-descriptors.json', descriptorSchema).words].sort((a, b) => b.length - a.length);
    return {
      tail: new RegExp(`(?:${zh.map(escapeRegExp).join('|')})`, 'gu'),
      descriptor: new RegExp(`(?:${d.map(escapeRegExp).join('|')})$`, 'u'),
    };
  })();
  return tables;
}

/** Occurrences of `s` in `text`. */
function count(text: string, s: string): number {
  return text.split(s).length - 1;
}

/** Where a Han cut name stands as a clause's subject in a head (its start, or after a comma), not running into its tail. */
function subjectAt(head: string, cut: string, full: string): number {
  const next = escapeRegExp(full.slice(cut.length, cut.length + 1));
  const re = new RegExp(`(?:^|(?<=[，,；;]))${escapeRegExp(cut)}(?!${next})(?=\\p{Script=Han})`, 'u');
  return re.exec(head)?.index ?? -1;
}

/**
 * The full names a story's text writes for a cut name a head prints: a kind word of the table (`智算`) after two to four
 * Chinese characters (`星衡`) that stand alone as a clause's subject in the head. A name qualifies when its text writes it
 * in full at least twice and for most of the cut's uses, followed by more than one character (a name is
 * not part of a longer one: `百度智能` of 百度智能云), and the cut is no company or place the story's entities name.
 */
function writtenFulls(head: string, sources: readonly string[], mentions: readonly EntityMention[]): [string, string][] {
  const text = sources.join('\n');
  const named = new Set(mentions.filter((m) => m.type !== 'org' || m.match !== 'discovered').flatMap((m) => [m.name, m.text.trim()]));
  const out = new Map<string, string>();
  for (const m of text.matchAll(words().tail)) {
    const at = m.index ?? 0;
    for (let k = 4; k >= 2; k--) {
      const cut = text.slice(at - k, at);
      if (cut.length !== k || !/^\p{Script=Han}+$/u.test(cut) || named.has(cut)) continue;
      const full = `${cut}${m[0]}`;
      if (out.has(full) || head.includes(full) || subjectAt(head, cut, full) < 0) continue;
      const fulls = count(text, full);
      if (fulls < 2 || fulls * 2 <= count(text, cut)) continue;
      const after = new Set([...text.matchAll(new RegExp(`${escapeRegExp(full)}(.)`, 'gu'))].map((x) => x[1]));
      if (after.size < 2) continue;
      out.set(full, cut);
      break;
    }
  }
  return [...out];
}

/**
 * A head with a company its story writes in full named by a cut of that name (`星衡回头签下…` over a story writing 星衡智算)
 * said in full, when no head rule breaks that did not before (else unchanged). `sources`: the story's source titles and
 * texts; `mentions`: its entities (a company or place they name by the cut is that one, never expanded).
 * @example sourceFullNamed('中国电信投15亿元，岭川回头签下28亿元算力大单', ['岭川智算完成融资。岭川智算与中国电信签约。'], [], true)
 *   // → '中国电信投15亿元，岭川智算回头签下28亿元算力大单'
 */
export function sourceFullNamed(head: string, sources: readonly string[], mentions: readonly EntityMention[], limited: boolean): string {
  const before = headProblems(head, limited).length;
  for (const [full, cut] of writtenFulls(head, sources, mentions)) {
    const at = subjectAt(head, cut, full);
    if (at < 0) continue;
    const out = undescribed(`${head.slice(0, at)}${full}${head.slice(at + cut.length)}`, full, limited, before);
    if (out) return out;
  }
  return head;
}

/**
 * `head` (a company said in full as `full`) when it breaks no more head rules than `before`; else, past the length
 * limit, the head without the descriptor an outlet set before the name at a clause's start (`思科领投，推理云公司Corvane
 * Systems完成…` → `思科领投，Corvane Systems完成…`); undefined when neither passes.
 * @example undescribed('思科领投，推理云公司Tessaro Systems完成12亿美元新一轮融资', 'Tessaro Systems', true, 0)
 *   // → '思科领投，Tessaro Systems完成12亿美元新一轮融资'
 */
export function undescribed(head: string, full: string, limited: boolean, before: number): string | undefined {
  if (headProblems(head, limited).length <= before) return head;
  const at = head.indexOf(full);
  if (at < 0) return undefined;
  const start = Math.max(head.lastIndexOf('，', at), head.lastIndexOf(',', at)) + 1;
  const descriptor = head.slice(start, at);
  if (!/^\p{Script=Han}{2,8}$/u.test(descriptor) || !words().descriptor.test(descriptor)) return undefined;
  const out = `${head.slice(0, start)}${head.slice(at)}`;
  return headProblems(out, limited).length <= before ? out : undefined;
}
