/**
 * Co-payers: the parties of a sentence that pay an amount of their own of the same kind as a figure ('Hillstone invested
 * $200 million and Orchid Ventures put in another $100 million', '其中，淡马锡认购1.2亿美元，中国联通旗下联通云认购5000万美元').
 * Each is a second investor beside the figure's payer, never the one receiving its money (decision 137).
 */
import type { EntityMention } from '../../types/entity.js';
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';

/** What may stand between a payer and its own amount: no clause or sentence break, a verb phrase of a few words. */
const PAYER_GAP = 40;
const BREAK = /[。；;！？!?\n]/u;

/** Does `before` (the text right before a name) end with one of `markers` (Latin ones on a word boundary)? */
function endsWithMarker(before: string, markers: readonly string[]): boolean {
  const t = before.replace(/[\s'’"“”]+$/u, '').toLowerCase();
  return markers.some((w) => {
    const lw = w.toLowerCase();
    if (!t.endsWith(lw)) return false;
    return !/^[\x20-\x7e]+$/.test(lw) || !/[a-z0-9]/.test(t.charAt(t.length - lw.length - 1));
  });
}

/**
 * Names (other than `fig`'s subject) that stand as the payer of another money figure of `sentence` with `fig`'s metric:
 * the nearest name before that figure, within `PAYER_GAP` characters and no break, not right after an object marker
 * ('向B投资', 'invested in B': B receives). Example: for Hillstone's $200 million in 'Hillstone invested $200 million and
 * Orchid Ventures put in another $100 million' → {'Orchid Ventures'}.
 */
export function coPayers(
  text: string,
  fig: Figure,
  sentence: Span,
  sFigs: readonly Figure[],
  mentions: readonly EntityMention[],
  metricOf: (f: Figure) => string | undefined,
  objectMarkers: readonly string[],
): Set<string> {
  const out = new Set<string>();
  const metric = metricOf(fig);
  if (!metric || fig.kind !== 'money') return out;
  for (const g of sFigs) {
    if (g === fig || g.kind !== 'money' || metricOf(g) !== metric) continue;
    let payer: EntityMention | undefined;
    for (const m of mentions) if (m.type === 'org' && m.end <= g.start && m.start >= sentence.start) payer = m;
    if (!payer || payer.name === fig.subject) continue;
    const gap = text.slice(payer.end, g.start);
    if (gap.length > PAYER_GAP || BREAK.test(gap)) continue;
    // Another figure between the name and the amount belongs to the name ('A invested $2bn in B, and $1bn …').
    if (sFigs.some((f) => f.start >= payer.end && f.end <= g.start)) continue;
    if (endsWithMarker(text.slice(Math.max(sentence.start, payer.start - 12), payer.start), objectMarkers)) continue;
    out.add(payer.name);
  }
  return out;
}
