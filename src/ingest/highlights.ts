/** Highlight exports → `highlights` drafts of quote/note pairs: plain line pairs, Kindle `My Clippings.txt`, Readwise-style CSV. */
import { parse as parseCsv } from 'csv-parse/sync';
import type { ItemDraft, ItemFormat, UnitPair } from '../types/index.js';
import { toIsoDate } from './dates.js';
import { alternatingParagraphs } from './detect.js';
import { baseTitle, makeDraft, type Parsed } from './draft.js';
import { SourceError } from './errors.js';
import { splitFrontMatter } from './markdown.js';
import { type SourceHint, sourceName } from './options.js';
import { cleanParagraph, joinParagraphs, normalizeNewlines } from './paragraphs.js';

/** Drops exact duplicate pairs (same quote and same note after trimming), keeping the first. */
export function dedupePairs(pairs: UnitPair[]): UnitPair[] {
  const seen = new Set<string>();
  return pairs.filter((p) => {
    const key = `${p.a}\u0000${p.b}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Plain text of pairs: the quote and its note as separate paragraphs. */
function pairsText(pairs: UnitPair[]): string {
  return joinParagraphs(pairs.flatMap((p) => [p.a, p.b]));
}

/** A quote line without list / blockquote markers: `> “…”` → `“…”`. */
function stripMarkers(line: string): string {
  return cleanParagraph(line.replace(/^\s*(?:>\s*|[-*+]\s+|\d+[.)]\s+)/, ''));
}

function highlightsDraft(format: ItemFormat, title: string, pairs: UnitPair[], extra: Partial<ItemDraft>): ItemDraft {
  const kept = dedupePairs(pairs);
  const dropped = pairs.length - kept.length;
  const messages = [
    ...(extra.messages ?? []),
    ...(dropped > 0
      ? [{ origin: 'ingest:highlights', severity: 'warning' as const, reason: `${dropped} exact duplicate pair(s) dropped` }]
      : []),
  ];
  return makeDraft({ kind: 'highlights', format, title, text: pairsText(kept), pairs: kept, ...extra, messages });
}

/**
 * Quote/note line pairs (blank-line separated blocks of two lines; an optional `# title` and front matter).
 * Used for both plain exports (`highlights-pairs`) and factbrief's own highlights files (`highlights-archive`).
 */
export function parseHighlightPairs(text: string, format: 'highlights-pairs' | 'highlights-archive', hint: SourceHint): Parsed {
  const { data, body, messages } = splitFrontMatter(text);
  let title = typeof data.title === 'string' ? data.title : null;
  const pairs: UnitPair[] = [];
  // Paragraphs alternating an English quote and a Chinese comment: each quote paragraph pairs with the next one.
  const alternating = alternatingParagraphs(body);
  const heading = alternating ? /^#\s+(.+)$/.exec(body.trim().split('\n')[0] ?? '') : null;
  if (heading?.[1]) title ??= cleanParagraph(heading[1]);
  const blocks = alternating
    ? alternating.flatMap((p, i) => (i % 2 === 0 ? [`${p.replace(/\s*\n\s*/g, ' ')}\n${alternating[i + 1] ?? ''}`] : []))
    : body.split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l.trim());
    if (lines.length === 1 && /^#\s/.test(lines[0] ?? '')) {
      title ??= cleanParagraph((lines[0] ?? '').replace(/^#+\s*/, ''));
      continue;
    }
    if (lines.length === 0) continue;
    const a = stripMarkers(lines[0] ?? '');
    const b = stripMarkers(lines.slice(1).join('\n'));
    if (a) pairs.push({ kind: 'quote-insight', a, b });
  }
  const t = title ?? baseTitle(hint.filename ?? hint.url);
  const source = typeof data.source === 'string' ? data.source : null;
  const item = highlightsDraft(format, t, pairs, {
    raw: normalizeNewlines(text),
    url: source ?? hint.url ?? null,
    date: toIsoDate(data.date),
    meta: data,
    messages,
  });
  return { title: t, items: [item] };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Kindle "Added on" dates (English and Chinese) → local ISO date-time (Kindle writes no zone). */
export function kindleDate(s: string): string | null {
  const en = /(\w+) (\d{1,2}), (\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ?(AM|PM)?/i.exec(s);
  const zh = /(\d{4})年(\d{1,2})月(\d{1,2})日\S*\s*(上午|下午)?(\d{1,2}):(\d{2}):(\d{2})/.exec(s);
  let y: number;
  let mo: number;
  let d: number;
  let h: number;
  let mi: string;
  let se: string;
  if (en) {
    mo = MONTHS.indexOf((en[1] ?? '').toLowerCase()) + 1;
    if (mo === 0) return null;
    [d, y, h, mi, se] = [Number(en[2]), Number(en[3]), Number(en[4]), en[5] ?? '00', en[6] ?? '00'];
    if (en[7]?.toUpperCase() === 'PM' && h < 12) h += 12;
    if (en[7]?.toUpperCase() === 'AM' && h === 12) h = 0;
  } else if (zh) {
    [y, mo, d, h, mi, se] = [Number(zh[1]), Number(zh[2]), Number(zh[3]), Number(zh[5]), zh[6] ?? '00', zh[7] ?? '00'];
    if (zh[4] === '下午' && h < 12) h += 12;
    if (zh[4] === '上午' && h === 12) h = 0;
  } else return null;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${y}-${p(mo)}-${p(d)}T${p(h)}:${mi}:${se}`;
}

interface Clipping {
  book: string;
  type: 'highlight' | 'note' | 'bookmark';
  location: [number, number] | null;
  added: string | null;
  text: string;
}

function parseClipping(entry: string): Clipping | null {
  const lines = entry.replace(/\ufeff/g, '').split('\n');
  while (lines.length && !lines[0]?.trim()) lines.shift();
  const book = lines[0]?.trim();
  const info = lines[1]?.trim() ?? '';
  if (!book || !info.startsWith('-')) return null;
  const type = /Note|笔记|筆記/i.test(info) ? 'note' : /Bookmark|书签|書籤/i.test(info) ? 'bookmark' : 'highlight';
  const loc = /(?:Location|位置)\s*#?\s*(\d+)(?:-(\d+))?/i.exec(info);
  const location: [number, number] | null = loc ? [Number(loc[1]), Number(loc[2] ?? loc[1])] : null;
  return { book, type, location, added: kindleDate(info), text: cleanParagraph(lines.slice(2).join('\n')) };
}

/** Splits `Book Title (Author Name)` into title and author. */
function bookAndAuthor(s: string): { title: string; author: string | null } {
  const m = /^(.*\S)\s*[(（]([^()（）]+)[)）]\s*$/.exec(s);
  return m ? { title: m[1] ?? s, author: (m[2] ?? '').trim() || null } : { title: s, author: null };
}

/** Kindle `My Clippings.txt` → one draft per book; a note is paired with the highlight whose location it falls in. */
export function parseKindle(text: string, hint: SourceHint): Parsed {
  const books = new Map<string, { pairs: UnitPair[]; locs: ([number, number] | null)[]; first: string | null }>();
  for (const entry of normalizeNewlines(text).split(/^={10}\s*$/m)) {
    const c = parseClipping(entry);
    if (!c || c.type === 'bookmark' || !c.text) continue;
    let book = books.get(c.book);
    if (!book) {
      book = { pairs: [], locs: [], first: c.added };
      books.set(c.book, book);
    }
    if (c.type === 'highlight') {
      book.pairs.push({ kind: 'quote-insight', a: c.text, b: '' });
      book.locs.push(c.location);
      continue;
    }
    // A note belongs to the latest highlight that ends at (or spans) its location and has no note yet.
    let target = -1;
    for (let i = book.pairs.length - 1; i >= 0; i--) {
      const l = book.locs[i];
      if (book.pairs[i]?.b === '' && (!c.location || !l || (c.location[0] >= l[0] && c.location[0] <= l[1]))) {
        target = i;
        break;
      }
    }
    const pair = target >= 0 ? book.pairs[target] : undefined;
    if (pair) pair.b = c.text;
    else {
      book.pairs.push({ kind: 'quote-insight', a: c.text, b: '' });
      book.locs.push(c.location);
    }
  }
  const items: ItemDraft[] = [];
  for (const [name, book] of books) {
    const { title, author } = bookAndAuthor(name);
    items.push(
      highlightsDraft('kindle', title, book.pairs, { author, date: book.first, raw: normalizeNewlines(text), meta: { book: name } }),
    );
  }
  return { title: items.length === 1 ? (items[0]?.title ?? null) : baseTitle(hint.filename), items };
}

function column(row: Record<string, string>, ...names: string[]): string {
  for (const n of names) {
    for (const k of Object.keys(row)) if (k.trim().toLowerCase() === n) return (row[k] ?? '').trim();
  }
  return '';
}

/** Readwise-style CSV (`Highlight,Book Title,Book Author,…,Note,…,Highlighted at`) → one draft per book or article. */
export function parseReadwiseCsv(text: string, hint: SourceHint): Parsed {
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true, trim: false });
  } catch (err) {
    throw new SourceError({
      source: sourceName(hint),
      format: 'csv',
      code: 'malformed',
      reason: `not a readable CSV: ${(err as Error).message}`,
      cause: err,
    });
  }
  if (rows.length > 0 && !column(rows[0] ?? {}, 'highlight', 'text', 'quote')) {
    const header = Object.keys(rows[0] ?? {}).join(', ');
    throw new SourceError({
      source: sourceName(hint),
      format: 'csv',
      code: 'unsupported',
      reason: `no "Highlight" column (columns: ${header}); expected a Readwise-style export`,
    });
  }
  const books = new Map<string, { rows: Record<string, string>[] }>();
  for (const row of rows) {
    const key = column(row, 'book title', 'title') || baseTitle(hint.filename);
    const b = books.get(key) ?? { rows: [] };
    b.rows.push(row);
    books.set(key, b);
  }
  const items: ItemDraft[] = [];
  for (const [title, b] of books) {
    const first = b.rows[0] ?? {};
    const pairs: UnitPair[] = b.rows
      .map((r) => ({
        kind: 'quote-insight' as const,
        a: cleanParagraph(column(r, 'highlight', 'text', 'quote')),
        b: cleanParagraph(column(r, 'note')),
      }))
      .filter((p) => p.a);
    const dates = b.rows
      .map((r) => toIsoDate(column(r, 'highlighted at', 'date')))
      .filter((d): d is string => d !== null)
      .sort();
    const tags = [
      ...new Set(
        b.rows.flatMap((r) =>
          column(r, 'tags', 'document tags')
            .split(/[,;]/)
            .map((t) => t.trim())
            .filter(Boolean),
        ),
      ),
    ];
    items.push(
      highlightsDraft('readwise-csv', title, pairs, {
        author: column(first, 'book author', 'author') || null,
        url: column(first, 'url', 'source url', 'highlight url') || null,
        date: dates[0] ?? null,
        raw: normalizeNewlines(text),
        meta: tags.length ? { tags } : {},
      }),
    );
  }
  return { title: items.length === 1 ? (items[0]?.title ?? null) : baseTitle(hint.filename), items };
}
