/**
 * Annotated highlights (SPEC §3.3): front matter, then pairs of lines — the quote in its original language, then one
 * Chinese insight — a blank line between pairs. Read back by ingest as a `highlights-archive`.
 */
import { oneLine, yamlScalar } from './front-matter.js';

export interface HighlightsDoc {
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  author?: string | null;
  /** The source URL, when the export names one (never a local path). */
  source?: string | null;
  pairs: { quote: string; insight: string }[];
}

/**
 * The Markdown of one highlights file.
 * @example renderHighlights({ title: 'Capex', date: '2026-11-22', pairs: [{ quote: '"$4B now…"', insight: '各笔合计最高160亿美元。' }] })
 * // → '---\ntitle: Capex\ndate: 2026-11-22\ncategory: 摘录\n---\n\n"$4B now…"\n各笔合计最高160亿美元。\n'
 */
export function renderHighlights(doc: HighlightsDoc): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(doc.date)) throw new Error(`[render] [highlights] date must be YYYY-MM-DD, got "${doc.date}"`);
  const fm = [
    '---',
    `title: ${yamlScalar(oneLine(doc.title))}`,
    `date: ${doc.date}`,
    'category: 摘录',
    ...(doc.author ? [`author: ${yamlScalar(oneLine(doc.author))}`] : []),
    ...(doc.source && /^https?:\/\//i.test(doc.source) ? [`source: ${yamlScalar(oneLine(doc.source))}`] : []),
    '---',
  ];
  const body = doc.pairs.map((p) => `${oneLine(p.quote)}\n${oneLine(p.insight)}`).join('\n\n');
  return `${fm.join('\n')}\n\n${body}\n`;
}

/** A file name from a title or path: lower-case ASCII words and Chinese characters joined by hyphens (`My Clippings` → `my-clippings`). */
export function slugify(s: string, fallback = 'highlights'): string {
  const slug = s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{Script=Han}a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || fallback;
}
