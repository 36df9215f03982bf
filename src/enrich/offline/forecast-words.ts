/**
 * The words that make a figure a forecast (data/forecast-words.json; decision 095): `sees`, `guides`, `is seen at`,
 * `targeting`, 预计, 预估, 展望. A figure after one in its clause is told as 预计…, never as a reported result.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { escapeRegExp } from '../../util/regexp.js';

const schema = z.object({ english: z.array(z.string()), chinese: z.array(z.string()) });

let words: RegExp | undefined;

/**
 * One pattern of every forecast word of the table: English words whole and case-blind, Chinese as written.
 * @example forecastWords().test('The company sees fourth-quarter revenue of') // → true
 */
export function forecastWords(): RegExp {
  if (!words) {
    const t = loadDataTable('forecast-words.json', schema);
    words = new RegExp(`\\b(?:${t.english.join('|')})\\b|${t.chinese.map(escapeRegExp).join('|')}`, 'i');
  }
  return words;
}

/**
 * The clauses that open a figure's sentence on a forecast and hold no figure of their own (`市场预估，…`, `市场普遍预计，…`,
 * `公司预计，…`): the run of clauses right before the figure's own clause back to the sentence's start or a clause with
 * a digit, when a forecast word stands in it; undefined otherwise. Such a lead-in governs the figure after it as much as
 * a word of its own clause does (decision 107's note).
 * @example forecastLeadIn('市场预估，澜芯科技第四财季营收约52亿美元。', '约52亿美元') // → '市场预估，'
 */
export function forecastLeadIn(sentence: string, figureText: string): string | undefined {
  const at = sentence.indexOf(figureText);
  if (at < 0) return undefined;
  const before = sentence.slice(0, at);
  const own = Math.max(...[...'，,；;：:。'].map((ch) => before.lastIndexOf(ch))) + 1;
  const clauses = before.slice(0, own).split(/(?<=[，,；;：:])/u);
  let lead = '';
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = clauses[i] ?? '';
    // A clause with a figure of its own (a date, an earlier quarter's value) ends the lead-in; a sentence break too.
    if (/\d/.test(c) || /[；;。]$/u.test(c)) break;
    lead = `${c}${lead}`;
  }
  return lead !== '' && forecastWords().test(lead) ? lead : undefined;
}
