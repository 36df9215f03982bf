/** Plain text files: paragraphs from blank lines (or one per line when a file has none), title from a short first line. */
import { baseTitle, makeDraft, type Parsed } from './draft.js';
import type { SourceHint } from './options.js';
import { joinParagraphs, normalizeNewlines, splitBlocks } from './paragraphs.js';
import { readTextHeader } from './text-header.js';

/**
 * Plain text → paragraphs: blocks separated by blank lines are paragraphs (hard-wrapped lines joined);
 * a text with no blank line at all is read as one paragraph per line.
 * @example plainTextParagraphs('a\nb\n\nc') === 'a b\n\nc'
 */
export function plainTextParagraphs(text: string): string {
  const s = normalizeNewlines(text).trim();
  const blocks = /\n[ \t]*\n/.test(s) ? splitBlocks(s) : s.split('\n');
  return joinParagraphs(blocks);
}

/**
 * A plain text file → one `article` draft; its first paragraph is also the title when it is one short line; byline,
 * date and source lines under it (or a closing `来源：URL`) give author, outlet, date and URL.
 */
export function parseText(text: string, hint: SourceHint): Parsed {
  const clean = plainTextParagraphs(text);
  const first = clean.split('\n\n')[0] ?? '';
  const rest = clean.slice(first.length).trim();
  const firstIsTitle = first.length > 0 && first.length <= 120 && !/[.。!！?？]$/.test(first) && rest.length > 0;
  const title = firstIsTitle ? first : baseTitle(hint.filename ?? hint.url);
  const header = readTextHeader(
    normalizeNewlines(text)
      .trim()
      .split('\n')
      .slice(firstIsTitle ? 1 : 0),
  );
  const item = makeDraft({
    kind: 'article',
    format: 'text',
    title,
    text: clean,
    raw: normalizeNewlines(text),
    url: hint.url ?? header.url ?? null,
    date: header.date ?? null,
    author: header.author ?? null,
    meta: header.outlet ? { outlet: header.outlet } : {},
  });
  return { title, items: [item] };
}
