/** What earlier digests printed: the sources their stories link, read back from their Markdown. */
import { extractFigures } from '../extract/index.js';
import type { ItemRecord, PrintedFigure } from '../types/index.js';
import { safeHref } from './digest.js';

/** A Markdown link's target: `[彭博](https://…)`. */
const LINK = /\]\((https?:\/\/[^)\s]+)\)/g;

/**
 * The links a digest prints (its stories' sources, 更多动态 included), as `safeHref` writes them.
 * @example printedLinks('来源：[36氪](https://36kr.com/p/1)') // → Set { 'https://36kr.com/p/1' }
 */
export function printedLinks(md: string): Set<string> {
  const out = new Set<string>();
  for (const m of md.matchAll(LINK)) out.add(m[1] as string);
  return out;
}

/**
 * The items an earlier digest printed: those whose URL one of `digests` (their Markdown) links as a source. An item
 * with no web URL is never linked, so it counts as printed only when `unlinked` says so (the caller cannot tell).
 * @example printedItems([{ id: 'it_1', url: 'https://36kr.com/p/1' }], ['来源：[36氪](https://36kr.com/p/1)']) // → Set { 'it_1' }
 */
export function printedItems(items: readonly Pick<ItemRecord, 'id' | 'url'>[], digests: readonly string[], unlinked = false): Set<string> {
  const links = new Set<string>();
  for (const md of digests) for (const l of printedLinks(md)) links.add(l);
  const out = new Set<string>();
  for (const it of items) {
    const href = safeHref(it.url);
    if (href ? links.has(href) : unlinked) out.add(it.id);
  }
  return out;
}

/** How many of the latest earlier digests are read for the figures they printed (a follow-up is news of days, not months). */
export const PRINTED_FIGURE_DIGESTS = 14;

/**
 * The amounts and rates earlier digests printed (their Markdown's figures: kind, value, currency): a source's figure
 * the digest never printed was never told, even when its source was linked for another figure.
 * @example printedFigures(['澜芯科技获买入评级，目标价**186元**。']) // → [{ kind: 'money', value: 186, currency: 'CNY' }]
 */
export function printedFigures(digests: readonly string[]): PrintedFigure[] {
  const out: PrintedFigure[] = [];
  for (const md of digests.slice(-PRINTED_FIGURE_DIGESTS)) {
    for (const f of extractFigures(md.replace(/\*\*/g, ''))) {
      if (f.kind !== 'money' && f.kind !== 'percent') continue;
      const value = f.value ?? f.high ?? f.low;
      if (value === undefined) continue;
      const half = printedHalf(f.text, value);
      // A range keeps both ends (decision 133): its low end was printed too, and a point of it is told by it.
      const range = f.value === undefined && f.low !== undefined && f.high !== undefined ? { low: f.low, high: f.high } : {};
      out.push({
        kind: f.kind,
        value,
        ...(f.currency ? { currency: f.currency } : {}),
        ...(half !== undefined ? { half } : {}),
        ...range,
      });
    }
  }
  return out;
}

/**
 * The blocks of a digest that each tell one story: a `## ` section, and within 更多动态 each `- ` line (one brief).
 * The front matter and the `# ` title (which repeats a head) are no story's block.
 */
export function storyBlocks(md: string): string[] {
  const body = md.replace(/^---\n[\s\S]*?\n---\n/, '');
  const out: string[] = [];
  let cur: string[] | undefined;
  let more = false;
  for (const line of body.split('\n')) {
    if (line.startsWith('# ')) {
      cur = undefined;
      continue;
    }
    if (line.startsWith('## ')) {
      more = line.includes('更多动态');
      cur = [line];
      out.push('');
    } else if (more && line.startsWith('- ')) {
      cur = [line];
      out.push('');
    } else if (cur) cur.push(line);
    if (cur) out[out.length - 1] = cur.join('\n');
  }
  return out.filter((b) => b.includes('](http'));
}

/**
 * What earlier digests printed of each item, by the story that linked it: the amounts and rates of every block (a `##`
 * story, a 更多动态 brief) that links the item as a source. A figure its source stated that no block linking it printed
 * was never told of it (yesterday's story may have printed its head figure and left the peers' moves out), and a
 * number another story of that digest printed is not this item's. Items no digest links are absent.
 * @example printedItemFigures([{ id: 'it_1', url: 'https://36kr.com/p/1' }], ['## 甲\n\n营收**8亿元**。\n\n来源：[36氪](https://36kr.com/p/1)'])
 * // → Map { 'it_1' => [{ kind: 'money', value: 800000000, currency: 'CNY', … }] }
 */
export function printedItemFigures(
  items: readonly Pick<ItemRecord, 'id' | 'url'>[],
  digests: readonly string[],
): Map<string, PrintedFigure[]> {
  const byLink = new Map<string, PrintedFigure[]>();
  for (const md of digests.slice(-PRINTED_FIGURE_DIGESTS)) {
    for (const block of storyBlocks(md)) {
      const figures = printedFigures([block]);
      for (const l of printedLinks(block)) byLink.set(l, [...(byLink.get(l) ?? []), ...figures]);
    }
  }
  const out = new Map<string, PrintedFigure[]>();
  for (const it of items) {
    const href = safeHref(it.url);
    const got = href ? byLink.get(href) : undefined;
    if (got) out.set(it.id, got);
  }
  return out;
}

/**
 * Half the unit of the last digit a printed figure shows, in its value's units: `约7.5亿美元` (7.5e8) → 5e6, `3.1%` →
 * 0.05, `58亿港元` → 5e7. Undefined when the text shows no number.
 */
export function printedHalf(text: string, value: number): number | undefined {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(text);
  if (!m) return undefined;
  const shown = Number(`${(m[1] as string).replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
  if (!(shown > 0)) return undefined;
  return (0.5 * (value / shown)) / 10 ** (m[2]?.length ?? 0);
}
