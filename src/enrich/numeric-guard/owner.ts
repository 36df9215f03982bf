/**
 * The owner guard, beside the numeric guard: a figure may headline a story or a cover only when the knowledge layer
 * holds it as a claim — a subject, a metric and a period — so the headline names the figure's real owner
 * (right number, right owner). A group total stays the group's; 承诺 stays a commitment.
 */
import type { Claim, Figure, Statement } from '../../types/index.js';

/** A figure the knowledge layer holds: the claim it is a statement of. */
export interface OwnedFigure {
  figure: Figure;
  itemId: string;
  claim: Claim;
  statement: Statement;
}

/**
 * The claim holding this very figure (same item, same span), or undefined when no claim does (a figure without a
 * subject or a metric, a negated one, a figure the knowledge layer set aside).
 * @example ownerOf(fig, 'it_1', claims)?.claim.subject // → 'Amazon'
 */
export function ownerOf(figure: Figure, itemId: string, claims: readonly Claim[]): OwnedFigure | undefined {
  for (const claim of claims) {
    for (const statement of claim.statements) {
      if (statement.itemId !== itemId) continue;
      const f = statement.figure;
      if (f.start === figure.start && f.end === figure.end && f.kind === figure.kind) return { figure, itemId, claim, statement };
    }
  }
  return undefined;
}

/** Every figure of the given items that a claim holds, in item order then text order. */
export function ownedFigures(items: readonly { id: string }[], claims: readonly Claim[]): OwnedFigure[] {
  const ids = new Map(items.map((it, i) => [it.id, i]));
  const out: OwnedFigure[] = [];
  for (const claim of claims) {
    for (const statement of claim.statements) {
      if (ids.has(statement.itemId) && !statement.figure.negated) {
        out.push({ figure: statement.figure, itemId: statement.itemId, claim, statement });
      }
    }
  }
  return out.sort((a, b) => (ids.get(a.itemId) ?? 0) - (ids.get(b.itemId) ?? 0) || a.figure.start - b.figure.start);
}

/** Same value within half a percent (or both ends of a range): used to find the claims stating a headline's number. */
function sameValue(a: Pick<Figure, 'kind' | 'value' | 'low' | 'high' | 'currency'>, b: Figure): boolean {
  if (a.kind !== b.kind && !(a.kind === 'count' && b.kind === 'money')) return false;
  if (a.currency && b.currency && a.currency !== b.currency) return false;
  const close = (x: number | undefined, y: number | undefined) =>
    x !== undefined && y !== undefined && Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y));
  if (a.value !== undefined) return close(a.value, b.value) || close(a.value, b.high) || close(a.value, b.low);
  return close(a.low, b.low) && close(a.high, b.high);
}

/** The claims that state a value (any source), for checking who a headline gives it to. */
export function claimsStating(figure: Pick<Figure, 'kind' | 'value' | 'low' | 'high' | 'currency'>, claims: readonly Claim[]): Claim[] {
  return claims.filter((c) => c.statements.some((s) => !s.figure.negated && sameValue(figure, s.figure)));
}
