/** Reading files named on the command line for the store-less commands (extract, entities). */
import { readFileSync, statSync } from 'node:fs';
import { decodeBytes, expandTargets, maskDocument, spanIsContent } from '../ingest/index.js';

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
}

/**
 * Expands folders and decodes each file (encoding sniffed as ingest does); offsets then refer to this text.
 * `.vtt` / `.srt` / HTML files come with their markup masked (cue timings, voice tags, tags, scripts).
 */
export async function readTextFiles(paths: string[], maxBytes: number): Promise<FileText[]> {
  const files = await expandTargets(paths);
  return files.map((file) => {
    const size = statSync(file).size;
    if (size > maxBytes) throw new Error(`[cli] ${file} : file is ${size} bytes, over the ${maxBytes} byte cap (ingest.maxBytes)`);
    const source = decodeBytes(readFileSync(file), {}).text;
    return { file, text: maskDocument(source, { filename: file }).text, source };
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
