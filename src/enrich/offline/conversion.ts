/**
 * An amount and its conversion into another currency (decision 092): `75.12 billion rupees ($854 million)`,
 * `6亿美元（约合43亿元人民币）`. The two figures are one value said twice, never two values of one measure; a parenthesis
 * between a figure and what its clause goes on to say (`…($854 million) in the second quarter, beating estimates`) is no
 * other clause. Pure.
 */
import { z } from 'zod';
import type { Figure } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';

/** Words a conversion may open with inside its parenthesis. */
const CONVERTED = /^\s*[(（]\s*(?:about|approximately|roughly|around|nearly|some|or|约合|约|折合|合)?\s*$/iu;

/**
 * Whether `other` is `figure` converted into another currency, written in a parenthesis right after it in `sentence`.
 * @example convertedIn('profit rose to 75.12 billion rupees ($854 million)', rupees, dollars) // → true
 */
export function convertedIn(
  sentence: string,
  figure: Pick<Figure, 'text' | 'currency'>,
  other: Pick<Figure, 'text' | 'currency'>,
): boolean {
  if (!figure.currency || !other.currency || figure.currency === other.currency) return false;
  const convertedAfter = (a: string, b: string) => {
    for (let at = sentence.indexOf(a); at >= 0; at = sentence.indexOf(a, at + 1)) {
      const from = at + a.length;
      const next = sentence.indexOf(b, from);
      if (next >= 0 && CONVERTED.test(sentence.slice(from, next))) return true;
    }
    return false;
  };
  return convertedAfter(figure.text, other.text) || convertedAfter(other.text, figure.text);
}

/** Parentheses (`($854 million)`, `（约合43亿元人民币）`): an aside inside a clause, no clause of its own. */
const PARENTHESIS = /\s*[(（][^()（）]*[)）]/gu;
/** A day of a month (`Sept. 30`, `March 31, 2027`): its abbreviation's dot ends no sentence, its digits are no figure. */
const DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]*)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?\b/g;

/**
 * The text right after a figure with its parentheses and month days taken out, so that what the clause goes on to say
 * (`beating analysts' average estimate of …`) is read past a conversion and a period's end date.
 * @example plainAfter(' ($854 million) in the quarter ended Sept. 30, beating estimates') // → ' in the quarter ended the day, beating estimates'
 */
export function plainAfter(text: string): string {
  return text.replace(PARENTHESIS, '').replace(DAY, 'the day');
}

const termsSchema = z.object({ restated: z.array(z.string()) });
let restatedWords: RegExp[] | undefined;

/**
 * Whether a sentence restates an amount in another currency (`In dollar terms, revenue was $5.15 billion`, 以美元计):
 * its figure and the other currency's figure of the same measure in the sentence before are one value (decision 105).
 * @example restatedIn('In dollar terms, revenue was $5.15 billion, up 3.1% sequentially.') // → true
 */
export function restatedIn(sentence: string): boolean {
  restatedWords ??= loadDataTable('currency-terms.json', termsSchema).restated.map((p) => new RegExp(p, 'iu'));
  return restatedWords.some((re) => re.test(sentence));
}

/**
 * Whether two statements of one measure are one amount in two currencies: the currencies differ and either sentence says
 * it restates the amount (`In dollar terms, …`).
 */
export function restatedAmount(
  a: { figure: Pick<Figure, 'currency'>; sentence?: string },
  b: { figure: Pick<Figure, 'currency'>; sentence?: string },
): boolean {
  if (!a.figure.currency || !b.figure.currency || a.figure.currency === b.figure.currency) return false;
  return [a.sentence, b.sentence].some((s) => s !== undefined && restatedIn(s));
}

/** Words that restate an amount in another currency: 约合, 折合, 相当于. */
const RESTATING = /约合|折合|相当于|合人民币/;

/**
 * Whether a fact's figure restates the amount before it in another currency: it stands in brackets right after another
 * figure and says so (`15亿美元（约合人民币107亿元）`), or restates a dollar amount in a local currency
 * (`884亿美元（约6900亿港元）`).
 */
export function conversion(f: { figure: Figure; sentence: string }): boolean {
  const at = f.sentence.indexOf(f.figure.text);
  if (at < 0) return false;
  const before = f.sentence.slice(0, at);
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  if (open < 0 || /[）)]/.test(before.slice(open))) return false;
  const ahead = before.slice(Math.max(0, open - 24), open);
  // English writes the conversion as a bare bracket after the amount: `180 billion yuan ($25.3 billion)`.
  const bare =
    /^[(（]\s*$/.test(before.slice(open)) && /\d[\d.,]*\s*(?:thousand|million|billion|trillion)?\s*[A-Za-z$]{0,8}\s*$/i.test(ahead);
  // A dollar amount restated in brackets in a local currency (`884亿美元（约6900亿港元）`): the dollar amount is the figure.
  const local =
    f.figure.kind === 'money' &&
    f.figure.currency !== undefined &&
    f.figure.currency !== 'USD' &&
    /^[(（]\s*(?:约|約)?\s*$/u.test(before.slice(open)) &&
    /\d[\d.,]*\s*(?:万亿|亿|万)?\s*美元\s*$/u.test(ahead);
  return (RESTATING.test(`${before.slice(open)}${f.figure.text}`) && /\d/.test(ahead.slice(-12))) || bare || local;
}
