/** Reading files named on the command line for the store-less commands (extract, entities). */
import { readFileSync, statSync } from 'node:fs';
import { decodeBytes, expandTargets } from '../ingest/index.js';

export interface FileText {
  file: string;
  text: string;
}

/** Expands folders and decodes each file (encoding sniffed as ingest does); offsets then refer to this text. */
export async function readTextFiles(paths: string[], maxBytes: number): Promise<FileText[]> {
  const files = await expandTargets(paths);
  return files.map((file) => {
    const size = statSync(file).size;
    if (size > maxBytes) throw new Error(`[cli] ${file} : file is ${size} bytes, over the ${maxBytes} byte cap (ingest.maxBytes)`);
    return { file, text: decodeBytes(readFileSync(file), {}).text };
  });
}
