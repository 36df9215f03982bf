/**
 * Files as the extractors read them without a store (the `extract` and `entities` commands): decoded, markup blanked
 * with offsets kept, dated and given a kind as ingest would, so a figure gets the same date and periods as in the store.
 */
import { readFileSync, statSync } from 'node:fs';
import type { ItemDraft, ItemKind } from '../types/index.js';
import { foldTraditional } from './chinese-script.js';
import { decodeBytes } from './encoding.js';
import { expandTargets } from './files.js';
import { maskDocument, spanIsContent } from './mask.js';
import { defaultIngestOptions } from './options.js';
import { parseBytes } from './parse.js';

export interface FileText {
  file: string;
  /**
   * The text to run extractors on: the decoded file with subtitle / HTML markup blanked to spaces (src/ingest/mask.ts).
   * Same length as `source`, so offsets found in it are valid in the file (line numbers: count them in `source`,
   * since wrapped caption lines are joined here).
   */
  text: string;
  /** The decoded file as is. */
  source: string;
  /** `text` with Traditional characters folded to Simplified one for one (same offsets): what extractors read. */
  folded: string;
  /** The document's date as ingest reads it (front matter, text header, subtitle NOTE, file name), if any. */
  date: string | null;
  /** The item kind ingest gives the file (a transcript enables fuzzy name matching). */
  kind: ItemKind;
  /** What names the file's outlet as ingest reads it (front matter, URL, title), when the file parses as an item. */
  header: Pick<ItemDraft, 'meta' | 'url' | 'title'> | null;
}

/** The kind of an item read from a file that could not be parsed as one (binary, empty): a subtitle file is a transcript. */
function kindOfFileName(file: string): ItemKind {
  return /\.(vtt|srt)$/i.test(file) ? 'transcript' : 'article';
}

/**
 * Expands folders and decodes each file (encoding sniffed as ingest does); offsets then refer to this text.
 * `.vtt` / `.srt` / HTML files come with their markup masked (cue timings, voice tags, tags, scripts).
 */
export async function readTextFiles(paths: string[], maxBytes: number): Promise<FileText[]> {
  const files = await expandTargets(paths);
  return files.map((file) => {
    const size = statSync(file).size;
    if (size > maxBytes) throw new Error(`[ingest] ${file} : file is ${size} bytes, over the ${maxBytes} byte cap (ingest.maxBytes)`);
    const bytes = readFileSync(file);
    const source = decodeBytes(bytes, {}).text;
    // Read the file as ingest does, so a figure gets the same date (and so the same periods) in `extract` as in the store.
    let date: string | null = null;
    let kind: ItemKind = kindOfFileName(file);
    let header: FileText['header'] = null;
    try {
      const first = parseBytes(bytes, { filename: file }, { ...defaultIngestOptions, maxBytes }).items[0];
      if (first) {
        ({ date, kind } = first);
        header = { meta: first.meta, url: first.url, title: first.title };
      }
    } catch {
      // unreadable as an item (binary, empty): the extractors still run on the decoded text
    }
    const masked = blankFrontMatter(maskDocument(source, { filename: file }).text);
    return { file, text: masked, folded: foldTraditional(masked), source, date, kind, header };
  });
}

/**
 * The spans (figures, entity mentions) found in `f.text` that cover only content of the file: a span reaching into
 * masked markup (a figure read across `40</i> %` or across a cue's timing line) is dropped; the text of every span
 * kept is the file's own (`f.source.slice(start, end)`, with a wrapped caption's line break).
 */
export function contentSpans<T extends { start: number; end: number; text?: string }>(f: FileText, spans: readonly T[]): T[] {
  return spans
    .filter((s) => spanIsContent(f.source, f.text, s.start, s.end))
    .map((s) => (s.text === undefined ? s : { ...s, text: f.source.slice(s.start, s.end) }));
}

/**
 * Blanks a leading YAML front matter block, offsets kept, except the value of its `title:` line: the title stays as
 * the text's first line, as ingest puts it before the body, so a title's names count for the text's main company.
 */
function blankFrontMatter(text: string): string {
  const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return text;
  const blanked = m[0]
    .split('\n')
    .map((line) => {
      const t = /^(title:[ \t]*)(["']?)(.*?)\2[ \t]*$/.exec(line);
      if (!t) return line.replace(/./g, ' ');
      return ' '.repeat(t[1]!.length + t[2]!.length) + t[3]! + ' '.repeat(line.length - t[1]!.length - t[2]!.length - t[3]!.length);
    })
    .join('\n');
  return blanked + text.slice(m[0].length);
}
