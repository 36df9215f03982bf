/**
 * A writer's filler opener (decision 154): `值得注意的是，` and its kin open a sentence only to say it matters. In a digest
 * they read as a template's joint between sentences the story glued together (a senior editor's K8, "template opener");
 * the sentence stands without them. The phrases are data/filler-openers.json. Pure.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';

const schema = z.object({ $comment: z.string().optional(), openers: z.array(z.string()) });

let opener: RegExp | undefined;

function pattern(): RegExp {
  if (opener) return opener;
  const words = [...new Set(loadDataTable('filler-openers.json', schema).openers)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // At the text's start or a sentence's, after any bold marker; the comma after the phrase goes with it. What follows is
  // read by the caller: a bare pointer (公司已与…, 该公司…, 其…) keeps the opener unless the text leans on it already.
  opener = new RegExp(`(^|[。！？；]\\s*)(\\*\\*)?(?:${words.join('|')})[，,：:]\\s*`, 'gu');
  return opener;
}

/**
 * The text with every sentence's filler opener dropped.
 * @example withoutFillerOpener('星河芯片引入3家基石投资者。值得注意的是，星河芯片已与其中一家签订采购协议。')
 * // → '星河芯片引入3家基石投资者。星河芯片已与其中一家签订采购协议。'
 * @example withoutFillerOpener('值得一提的是') // → '值得一提的是' (no sentence follows: left alone)
 * @example withoutFillerOpener('值得注意的是，公司已签订协议。') // → unchanged (a bare pointer after it)
 * @example withoutFillerOpener('招股书显示，公司引入3家基石投资者。值得注意的是，公司已签订协议。')
 * // → '招股书显示，公司引入3家基石投资者。公司已签订协议。' (the text opened a clause on 公司 already)
 */
export function withoutFillerOpener(text: string): string {
  return text.replace(pattern(), (m: string, lead: string, bold: string | undefined, at: number) => {
    const rest = text.slice(at + m.length);
    const pointer = BARE_POINTER.exec(rest)?.[0];
    // Before a bare pointer the opener goes only where the text already opened a clause on the same pointer (招股书显示，
    // 公司引入…): the reader reads it as that company already, with the opener or without it (decision 170).
    if (pointer && !pointerOpenedBefore(text.slice(0, at), pointer)) return m;
    return `${lead}${bold ?? ''}`;
  });
}

/** A bare pointer opening a clause: 该公司, 公司 (not 公司法 / 公司债), 集团, 其 (not 其中 / 其实 / 其他 / 其余 / 其次). */
const BARE_POINTER = /^(?:该公司|公司(?!法|债)|集团|其(?![中实他余次]))/u;

/** Whether `before` opens a clause (after a sentence end, a comma or a colon) on the same bare pointer. */
function pointerOpenedBefore(before: string, pointer: string): boolean {
  if (pointer === '其') return false;
  const word = pointer === '该公司' ? '(?:该)?公司' : pointer === '公司' ? '公司' : pointer;
  return new RegExp(`(?:^|[。！？；，：,:]\\s*)(?:\\*\\*)?${word}(?!法|债)`, 'u').test(before);
}
