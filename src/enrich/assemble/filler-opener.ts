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
  // At the text's start or a sentence's, after any bold marker; the comma after the phrase goes with it. Not before a
  // bare pointer (公司已与…, 该公司…, 其…): without the opener it would lean on whichever company the sentence before
  // named last, and which company it means is not known here.
  opener = new RegExp(
    `(^|[。！？；]\\s*)(\\*\\*)?(?:${words.join('|')})[，,：:]\\s*(?!该公司|公司(?!法|债)|集团|其(?![中实他余次]))`,
    'gu',
  );
  return opener;
}

/**
 * The text with every sentence's filler opener dropped.
 * @example withoutFillerOpener('星河芯片引入3家基石投资者。值得注意的是，星河芯片已与其中一家签订采购协议。')
 * // → '星河芯片引入3家基石投资者。星河芯片已与其中一家签订采购协议。'
 * @example withoutFillerOpener('值得一提的是') // → '值得一提的是' (no sentence follows: left alone)
 * @example withoutFillerOpener('值得注意的是，公司已签订协议。') // → unchanged (a bare pointer after it)
 */
export function withoutFillerOpener(text: string): string {
  return text.replace(pattern(), (_m, lead: string, bold?: string) => `${lead}${bold ?? ''}`);
}
