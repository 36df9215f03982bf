/**
 * A share move caused by the company's own results or outlook (decision 085). An English title such as `Vantor shares
 * jump 11% after fourth-quarter results beat, fiscal 2028 outlook tops estimates` reads as a share-move event, yet its
 * news is what the move follows: the quarter's results against estimates, then the guidance. The lead tells those, the
 * move after them. Pure over data/move-causes.json.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { escapeRegExp } from '../../util/regexp.js';

const schema = z.object({ link: z.array(z.string()), results: z.array(z.string()), outlook: z.array(z.string()) });

interface Words {
  link: RegExp;
  results: RegExp;
  outlook: RegExp;
}
let words: Words | undefined;

function table(): Words {
  if (!words) {
    const t = loadDataTable('move-causes.json', schema);
    const re = (xs: readonly string[]) =>
      new RegExp(
        `\\b(?:${[...xs]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|')})\\b`,
        'i',
      );
    words = { link: re(t.link), results: re(t.results), outlook: re(t.outlook) };
  }
  return words;
}

/** How many words after the link word may name the cause. */
const CAUSE_WORDS = 5;
/** Words that open a concession or another clause: what follows is no cause of the move. */
const CONCESSION = /\b(?:despite|even as|even though|while|but|although|though|yet)\b|[;:]/iu;

/** What a share move follows: the company's reported results, its outlook, or both, the one named first first. */
export interface MoveCause {
  /** The cause the title names first: the lead tells it first. */
  first: 'results' | 'outlook';
  results: boolean;
  outlook: boolean;
}

/**
 * The results or outlook a title's share move follows: the words after a link word (`after`, `on`, `as`) that stands
 * after the move's verb at `moveAt`. None when the title names no such cause (`shares jump 11% after Nvidia deal`).
 * @example moveCause('Vantor shares jump 11% after results beat, outlook tops estimates', 7)
 *   // → { first: 'results', results: true, outlook: true }
 */
export function moveCause(titleText: string, moveAt = 0): MoveCause | undefined {
  const w = table();
  const tail = titleText.slice(moveAt);
  const link = w.link.exec(tail);
  if (!link) return undefined;
  // The cause is the link's own few words (`after fourth-quarter results beat`), never a concession after it (`as
  // investors question financing despite record quarter`: the quarter did not move the stock).
  const clause = tail.slice(link.index + link[0].length).split(CONCESSION)[0] ?? '';
  // Causes listed after it (`results beat, fiscal 2028 outlook tops estimates`): each part's first words.
  const cause = clause
    .split(/,|\band\b/u)
    .map((part) => part.split(/\s+/u).filter(Boolean).slice(0, CAUSE_WORDS).join(' '))
    .join(' , ');
  const r = w.results.exec(cause);
  const o = w.outlook.exec(cause);
  if (!r && !o) return undefined;
  const first = r && (!o || r.index <= o.index) ? 'results' : 'outlook';
  return { first, results: r !== null, outlook: o !== null };
}
