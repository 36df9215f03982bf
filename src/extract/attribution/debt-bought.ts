/**
 * Debt a named holder buys is that holder's investment, not its borrowing (decision 173): 'Pimco bought $18bn of the
 * vehicle's bonds', 'Apollo has agreed to anchor the notes with about $3 billion', 'Pimco anchored the offering, buying
 * about $15 billion of the securities', '太平洋投资认购其发行的约150亿美元债券'. The instrument word (bonds, notes, 债券)
 * is the nearest keyword and files the amount as the buyer's 债务; a digest then prints the investor as the borrower
 * ('阿波罗债务约30亿美元'). The rule reads only a buyer named before its buying verb in the amount's own sentence, with no
 * other name between them, so an issuer ('Oracle sold $18bn of bonds') or a buyer named after ('notes bought by
 * Apollo') never changes. The verbs and instruments are data (data/metrics.json `debtBought`).
 */
import type { EntityMention } from '../../types/entity.js';
import type { Figure } from '../../types/figure.js';
import { isLatin, wordsRegexOrNever } from '../../util/regexp.js';
import type { Span } from './clauses.js';

export interface DebtBought {
  /** The metric of an amount of debt a holder buys (investment). */
  to: string;
  /** Metrics the instrument word may have given the amount ('' for none): debt. */
  from: string[];
  /** Verbs by which a holder takes up debt (bought, anchor, subscribe, 认购). */
  verbs: string[];
  /** Debt instruments (bonds, notes, securities, 债券, 票据). */
  instruments: string[];
  /** Words that turn a buying verb around (buy back, 回购): the issuer retires its own debt. */
  notAfter: string[];
}

const cache = new WeakMap<DebtBought, { verb: RegExp; instrument: RegExp; not: RegExp }>();
function compiled(rule: DebtBought): { verb: RegExp; instrument: RegExp; not: RegExp } {
  let c = cache.get(rule);
  if (!c)
    cache.set(
      rule,
      (c = {
        verb: wordsRegexOrNever(rule.verbs, 'giu'),
        instrument: wordsRegexOrNever(rule.instruments, 'giu'),
        not: wordsRegexOrNever(rule.notAfter, 'giu'),
      }),
    );
  return c;
}

/** A sentence break or a clause that starts another statement between the buyer and the amount. */
const BREAK = /[。；;！？!?]|\b(?:and|but|while|whereas)\s+(?:it|its|the|a|an)\b|而|但/iu;
/** After an English amount: 'of' and a few words ending on the instrument ('of the vehicle's bonds'). */
const OF_AFTER = /^\s*(?:[(（][^)）]{0,40}[)）]\s*)?of\s+((?:[\w'’.-]+\s+){0,3}[\w'’-]+)/iu;
/** After a Chinese amount: the instrument within a few characters ('约150亿美元债券', '30亿美元的票据'). */
const ZH_AFTER = /^(?:的)?([^，。；,;：:（）()\s]{0,6})/u;

/**
 * Whether `fig`, an amount of metric `rule.from` owned by `subject`, is debt that subject buys: the subject's last
 * mention before the amount in its sentence, then (with no other name and no new statement between) a buying verb, and
 * the instrument as the verb's object before the amount ('anchor the notes with …') or right after it ('… of the bonds').
 * @example debtBought('Pimco bought $18bn of the vehicle\'s bonds.', fig, sentence, mentions, 'Pimco', rule) // → true
 */
export function debtBought(
  text: string,
  fig: Figure,
  sentence: Span,
  mentions: readonly EntityMention[],
  subject: string | undefined,
  rule: DebtBought,
): boolean {
  if (fig.kind !== 'money' || !subject || !rule.from.includes(fig.metric ?? '')) return false;
  const before = mentions.filter((m) => m.start >= sentence.start && m.end <= fig.start && m.type !== 'media');
  const last = before[before.length - 1];
  if (!last || last.name !== subject) return false;
  const window = text.slice(last.end, fig.start);
  if (BREAK.test(window)) return false;
  const { verb, instrument, not } = compiled(rule);
  verb.lastIndex = 0;
  const v = verb.exec(window);
  if (!v) return false;
  const afterVerb = window.slice(v.index + v[0].length);
  not.lastIndex = 0;
  if (not.test(afterVerb.slice(0, 6))) return false;
  instrument.lastIndex = 0;
  if (instrument.test(afterVerb)) return true;
  const rest = text.slice(fig.end, sentence.end);
  const object = OF_AFTER.exec(rest)?.[1] ?? (isLatin(rest.slice(0, 1)) ? undefined : ZH_AFTER.exec(rest)?.[1]);
  instrument.lastIndex = 0;
  return object !== undefined && instrument.test(object);
}
