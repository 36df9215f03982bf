/**
 * Array helpers that stay safe on unbounded input. `target.push(...xs)` and `Math.max(...xs)` pass every element as a
 * call argument and overflow the stack past about 100k elements (a dense 2 MB file gives 125k figures); these loop.
 */

/** Appends every element of `items` to `target` in order; returns `target`. `append([1], [2, 3])` → `[1, 2, 3]`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x);
  return target;
}

/** The largest number of `xs` (NaN if any is NaN, +0 over -0), or `empty` (default -Infinity, as `Math.max()`) when there is none. */
export function maxOf(xs: Iterable<number>, empty = Number.NEGATIVE_INFINITY): number {
  return extreme(xs, empty, (x, best) => x > best || (x === 0 && best === 0 && Object.is(best, -0)));
}

/** The smallest number of `xs` (NaN if any is NaN, -0 over +0), or `empty` (default +Infinity, as `Math.min()`) when there is none. */
export function minOf(xs: Iterable<number>, empty = Number.POSITIVE_INFINITY): number {
  return extreme(xs, empty, (x, best) => x < best || (x === 0 && best === 0 && Object.is(x, -0)));
}

function extreme(xs: Iterable<number>, empty: number, better: (x: number, best: number) => boolean): number {
  let best = empty;
  let seen = false;
  for (const x of xs) {
    if (Number.isNaN(x)) return x;
    if (!seen || better(x, best)) best = x;
    seen = true;
  }
  return best;
}
