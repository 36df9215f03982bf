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
