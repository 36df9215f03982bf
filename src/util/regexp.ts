/** Regular-expression helpers shared by the pipeline stages. */

/** Escapes `s` so that it matches itself literally inside a RegExp: `escapeRegExp('u.s.')` → `u\.s\.`. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
