import type { SourceSentence } from '../../src/enrich/offline/sentences.js';
import { loadGazetteer } from '../../src/extract/entities/index.js';
import { extract, extractFigures } from '../../src/extract/index.js';
import type { ItemRecord } from '../../src/types/index.js';

/** A money figure as the attribution tests read it: its text and the owner, metric and counterparty it was given. */
export interface MoneyView {
  text: string;
  subject?: string;
  metric?: string;
  counterparty?: string;
}

let gazetteer: ReturnType<typeof loadGazetteer> | undefined;

/**
 * The money figures extraction finds in one text (a sentence or a short passage) dated 2026-11-20, in order, each with
 * only the attribution fields it was given. `lang` is `zh` when the text has a Han character, else `en`.
 */
export function moneyFigures(text: string): MoneyView[] {
  gazetteer ??= loadGazetteer();
  const lang = /[\u4e00-\u9fff]/u.test(text) ? 'zh' : 'en';
  return extract(text, { date: '2026-11-20', lang }, gazetteer)
    .figures.filter((f) => f.kind === 'money')
    .map((f) => ({
      text: f.text,
      ...(f.subject ? { subject: f.subject } : {}),
      ...(f.metric ? { metric: f.metric } : {}),
      ...(f.counterparty ? { counterparty: f.counterparty } : {}),
    }));
}

/**
 * A factory of source sentences of one Chinese item (id `itemId`, no title) for the offline composer's tests: each
 * sentence at its index with the figures extraction finds in it, score 0.
 */
export function zhSentences(itemId: string): (text: string, index: number) => SourceSentence {
  // The composer reads only the id, title and lang of a sentence's item; a full record would only add noise here.
  const item = { id: itemId, title: '', lang: 'zh' } as unknown as ItemRecord;
  return (text, index) => ({
    item,
    sentence: { text, index } as SourceSentence['sentence'],
    figures: extractFigures(text),
    lang: 'zh',
    score: 0,
  });
}
