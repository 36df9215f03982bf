/** A digest's `## ` sections matched to the stored stories they were written from, by the source links they cite. Pure. */

export interface SectionLink {
  /** 0-based index of the section among the body's `## ` headings. */
  index: number;
  heading: string;
  storyId: string | null;
  /** Stored items whose URL the section cites, in citation order. */
  itemIds: string[];
}

const LINK = /\]\((https?:\/\/[^)\s]+)\)/g;

/** Comparable form of a URL: no fragment, no trailing slash, lower-case host. */
function urlKey(u: string): string {
  try {
    const x = new URL(u);
    x.hash = '';
    return `${x.protocol}//${x.host.toLowerCase()}${x.pathname.replace(/\/$/, '')}${x.search}`;
  } catch {
    return u;
  }
}

/**
 * Each `## ` section of a digest body with the story most of its cited items belong to.
 * @example sectionLinks('## A\n来源：[x](https://a.example/1)', [{ id: 'it_1', url: 'https://a.example/1', story: 'st_1' }]) // → [{ index: 0, heading: 'A', storyId: 'st_1', itemIds: ['it_1'] }]
 */
export function sectionLinks(body: string, items: readonly { id: string; url: string | null; story: string | null }[]): SectionLink[] {
  const byUrl = new Map<string, { id: string; story: string | null }>();
  for (const it of items) if (it.url) byUrl.set(urlKey(it.url), it);
  const out: SectionLink[] = [];
  const parts = body.split(/^## /m).slice(1);
  parts.forEach((part, index) => {
    const heading = part.split('\n', 1)[0]?.trim() ?? '';
    const itemIds: string[] = [];
    const votes = new Map<string, number>();
    for (const m of part.matchAll(LINK)) {
      const it = byUrl.get(urlKey(m[1] as string));
      if (!it || itemIds.includes(it.id)) continue;
      itemIds.push(it.id);
      if (it.story) votes.set(it.story, (votes.get(it.story) ?? 0) + 1);
    }
    const storyId = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    out.push({ index, heading, storyId, itemIds });
  });
  return out;
}

/** Inserts after the n-th `<h2>…</h2>` of rendered HTML the snippet `add(n)` returns (nothing for ''). */
export function afterHeadings(html: string, add: (n: number) => string): string {
  let n = 0;
  return html.replace(/<h2>[\s\S]*?<\/h2>/g, (h) => {
    const extra = add(n++);
    return extra ? `${h}\n${extra}` : h;
  });
}
