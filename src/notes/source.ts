/** The document a note is written from: an ingested draft or stored item turned into titled, dated blocks (pure). */
import type { ItemDraft } from '../types/index.js';
import type { SourceBlock } from './segment.js';

export interface NoteSource {
  title: string;
  date: string | null;
  url: string | null;
  /** Speakers in order of first appearance (transcripts). */
  speakers: string[];
  series: string | null;
  /** A transcript: fuzzy and split-name matching on, sections at topic shifts. */
  transcript: boolean;
  blocks: SourceBlock[];
  /** Where it came from (file path or item id), for messages only: never printed in the note. */
  origin: string;
}

const FRONT_MATTER = /^\ufeff?---\r?\n[\s\S]*?\r?\n---\r?\n?/;

/** Markdown body → blocks, inline markup kept (links, emphasis, code are checked after translation). */
export function markdownBlocks(raw: string): SourceBlock[] {
  const body = raw.replace(FRONT_MATTER, '');
  const out: SourceBlock[] = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const text = chunk.trim();
    if (!text) continue;
    const heading = /^#{1,6}\s+(.+)$/.exec(text);
    if (heading && !text.includes('\n')) out.push({ text: heading[1] as string, heading: true });
    else if (!/^(?:!\[[^\]]*\]\([^)]*\)|<!--[\s\S]*-->|[-*_]{3,})$/.test(text)) out.push({ text });
  }
  return out;
}

/** Few sentence stops for many words: speech-recognition text, whatever the file's format says. */
export function looksLikeSpeech(text: string): boolean {
  const words = text.split(/\s+/).length;
  const stops = (text.match(/[.!?](?:\s|$)/g) ?? []).length;
  return words >= 60 && stops * 40 < words;
}

/** A draft (or stored item) as a note source. */
export function noteSource(
  draft: Pick<ItemDraft, 'kind' | 'format' | 'title' | 'text' | 'raw' | 'url' | 'date' | 'author' | 'meta'>,
  origin: string,
): NoteSource {
  const meta = draft.meta as { speakers?: unknown; paragraphs?: unknown; series?: unknown };
  const speakers = Array.isArray(meta.speakers) ? meta.speakers.filter((s): s is string => typeof s === 'string') : [];
  const paraSpeakers = Array.isArray(meta.paragraphs)
    ? meta.paragraphs.map((p) =>
        p && typeof p === 'object' && typeof (p as { speaker?: unknown }).speaker === 'string' ? (p as { speaker: string }).speaker : null,
      )
    : [];
  let blocks: SourceBlock[];
  if (draft.format === 'markdown') {
    blocks = markdownBlocks(draft.raw);
    const first = blocks[0];
    // The document title as a first heading duplicates the front matter title.
    if (first?.heading && first.text.trim() === draft.title.trim()) blocks.shift();
  } else {
    blocks = draft.text
      .split(/\n\s*\n/)
      .map((t, i) => ({ text: t.trim(), speaker: paraSpeakers[i] ?? null }))
      .filter((b) => b.text !== '');
  }
  const transcript = draft.kind === 'transcript' || looksLikeSpeech(draft.text);
  if (speakers.length === 0 && draft.author) speakers.push(draft.author);
  return {
    title: draft.title,
    date: draft.date,
    url: draft.url,
    speakers,
    series: typeof meta.series === 'string' ? meta.series : null,
    transcript,
    blocks,
    origin,
  };
}
