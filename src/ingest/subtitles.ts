/** Subtitles and transcripts (.vtt, .srt, plain `[00:01:02]` / `Speaker:` text) → one `transcript` draft, cues joined into paragraphs. */
import type { ItemFormat } from '../types/index.js';
import { baseTitle, makeDraft, type Parsed } from './draft.js';
import type { SourceHint } from './options.js';
import { cleanParagraph, decodeEntities, normalizeNewlines } from './paragraphs.js';

/** One subtitle cue or transcript line. Times in seconds. */
export interface Cue {
  start: number | null;
  end: number | null;
  speaker: string | null;
  text: string;
}

const TIMING = /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})/;
const SPEAKER = /^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|[\u4e00-\u9fff·]{2,8})\s*[:：]\s*(.*)$/;
const STAMP = /^\s*[[(]?((?:\d{1,2}:)?\d{1,2}:\d{2})(?:[.,]\d+)?[\])]?\s*/;

/** `01:02:03.500` / `02:03,5` → seconds. */
export function parseTimestamp(s: string): number {
  const parts = s.replace(',', '.').split(':').map(Number);
  return parts.reduce((acc, p) => acc * 60 + p, 0);
}

function hms(sec: number | null): string | null {
  if (sec === null) return null;
  const t = Math.floor(sec);
  return [Math.floor(t / 3600), Math.floor((t % 3600) / 60), t % 60].map((n) => String(n).padStart(2, '0')).join(':');
}

/** Cue text without markup: `<v Jensen Huang>`, `<c>`, `<i>`, inline timestamps, `{\an8}`. Returns the voice if tagged. */
function cleanCueText(lines: string[]): { text: string; voice: string | null } {
  let voice: string | null = null;
  const joined = lines.join('\n').replace(/<v(?:\.[\w.-]+)?\s+([^>]+)>/g, (_m, name: string) => {
    voice ??= name.trim();
    return '';
  });
  const text = decodeEntities(joined.replace(/<[^>]*>/g, '').replace(/\{\\[^}]*\}/g, ''))
    .split('\n')
    .map((l) => l.replace(/^-\s+/, '').trim())
    .filter(Boolean)
    .join('\n');
  return { text, voice };
}

function withSpeaker(text: string, voice: string | null): { speaker: string | null; text: string } {
  const m = SPEAKER.exec(text);
  if (m?.[1] && m[2]) return { speaker: m[1], text: m[2] };
  return { speaker: voice, text };
}

/** WebVTT → cues (NOTE, STYLE and REGION blocks skipped). */
export function parseVttCues(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const block of normalizeNewlines(text).split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    const ti = lines.findIndex((l) => TIMING.test(l));
    if (ti === -1 || /^(NOTE|STYLE|REGION)\b/.test(lines[0] ?? '')) continue;
    const m = TIMING.exec(lines[ti] ?? '');
    const { text: t, voice } = cleanCueText(lines.slice(ti + 1));
    if (!t || !m) continue;
    const s = withSpeaker(t, voice);
    cues.push({ start: parseTimestamp(m[1] ?? '0'), end: parseTimestamp(m[2] ?? '0'), ...s });
  }
  return cues;
}

/** SubRip → cues. */
export function parseSrtCues(text: string): Cue[] {
  return parseVttCues(text);
}

/** Plain transcript lines: `[00:01:02] Speaker: text`, `Speaker: text`, a bare timestamp line, or continuation text. */
export function parseTranscriptCues(text: string): Cue[] {
  const cues: Cue[] = [];
  let speaker: string | null = null;
  let pendingStart: number | null = null;
  for (const rawLine of normalizeNewlines(text).split('\n')) {
    let line = rawLine.trim();
    if (!line) continue;
    let start: number | null = pendingStart;
    const stamp = STAMP.exec(line);
    if (stamp?.[1] && (stamp[0].includes('[') || stamp[0].includes('(') || /^\d/.test(line))) {
      start = parseTimestamp(stamp[1]);
      line = line.slice(stamp[0].length).trim();
    }
    if (!line) {
      pendingStart = start;
      continue;
    }
    pendingStart = null;
    const m = SPEAKER.exec(line);
    if (m?.[1]) {
      speaker = m[1];
      line = (m[2] ?? '').trim();
      if (!line) {
        pendingStart = start;
        continue;
      }
    }
    cues.push({ start, end: null, speaker, text: line });
  }
  return cues;
}

const SENTENCE_END = /[.!?。！？…"”]$/;

/** Joins cues into paragraphs: a new one on a change of speaker, a pause of 4 s or more, or past ~500 characters at a sentence end. */
export function cuesToParagraphs(cues: Cue[]): { text: string; speaker: string | null; start: number | null }[] {
  const paras: { text: string; speaker: string | null; start: number | null }[] = [];
  let prev: Cue | null = null;
  let prevLines = new Set<string>();
  for (const cue of cues) {
    // Rolling captions repeat the previous cue's lines: keep only what is new.
    const lines = cue.text.split('\n').filter((l) => !prevLines.has(l));
    prevLines = new Set(cue.text.split('\n'));
    const text = cleanParagraph(lines.join('\n'));
    if (!text) continue;
    const cur = paras.at(-1);
    const speakerChanged = cue.speaker !== null && cue.speaker !== (cur?.speaker ?? null);
    const pause = prev?.end != null && cue.start !== null && cue.start - prev.end >= 4;
    const long = cur !== undefined && cur.text.length >= 500 && SENTENCE_END.test(cur.text);
    if (!cur || speakerChanged || pause || long) {
      paras.push({ text, speaker: cue.speaker ?? cur?.speaker ?? null, start: cue.start });
    } else {
      cur.text = cleanParagraph(`${cur.text}\n${text}`);
    }
    prev = cue;
  }
  return paras;
}

/** Subtitle / transcript text → one `transcript` draft; speakers and paragraph start times go to meta. */
export function parseSubtitles(text: string, format: Extract<ItemFormat, 'vtt' | 'srt' | 'transcript'>, hint: SourceHint): Parsed {
  const cues = format === 'transcript' ? parseTranscriptCues(text) : format === 'vtt' ? parseVttCues(text) : parseSrtCues(text);
  const paras = cuesToParagraphs(cues);
  const header = format === 'vtt' ? /^\ufeff?WEBVTT[ \t]+-?[ \t]*(.+)$/m.exec(text)?.[1]?.trim() : undefined;
  const title = header || baseTitle(hint.filename ?? hint.url);
  const speakers = [...new Set(paras.map((p) => p.speaker).filter((s): s is string => s !== null))];
  const item = makeDraft({
    kind: 'transcript',
    format,
    title,
    text: paras.map((p) => p.text).join('\n\n'),
    raw: normalizeNewlines(text),
    url: hint.url ?? null,
    author: speakers.length === 1 ? (speakers[0] ?? null) : null,
    meta: {
      speakers,
      paragraphs: paras.map((p) => ({ speaker: p.speaker, start: hms(p.start) })),
      cues: cues.length,
    },
  });
  return { title, items: [item] };
}
