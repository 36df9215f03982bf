/** Subtitles and transcripts (.vtt, .srt, plain `[00:01:02]` / `Speaker:` text) → one `transcript` draft, cues joined into paragraphs. */
import type { ItemFormat } from '../types/index.js';
import { HAN_RANGES } from '../util/han.js';
import { toIsoDate } from './dates.js';
import { baseTitle, makeDraft, type Parsed } from './draft.js';
import { splitFrontMatter } from './markdown.js';
import type { SourceHint } from './options.js';
import { cleanParagraph, decodeEntities, normalizeNewlines } from './paragraphs.js';
import { headerDate, readTextHeader } from './text-header.js';

/** One subtitle cue or transcript line. Times in seconds. */
export interface Cue {
  start: number | null;
  end: number | null;
  speaker: string | null;
  text: string;
}

const TIMING = /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})/;
const SPEAKER = new RegExp(`^([A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*){0,3}|[${HAN_RANGES}·]{2,8})\\s*[:：]\\s*(.*)$`);
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

/** What the `NOTE` blocks above a WebVTT file's first cue say about it. */
export interface VttNoteMeta {
  /** The first line of the first NOTE block, unless it is a date, source or caption-kind line. */
  title?: string;
  /** ISO date: the published date, else the recorded date, else a date a note line opens with. */
  date?: string;
  /** The `Source: https://…` (or `来源：`) URL. */
  url?: string;
}

const DATE_TEXT = String.raw`(\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4})`;
/** A date after a word saying it is the publication day: `published 2026-11-21`, `Aired: Nov 21, 2026`, `发布于2026年11月21日`. */
const PUBLISHED = new RegExp(
  String.raw`(?:\b(?:published|posted|aired|released|date)\b|发布|首播|上线|播出|日期)[^\d\n]{0,12}?${DATE_TEXT}`,
  'i',
);
const RECORDED = new RegExp(String.raw`(?:\brecorded\b|录制|录于)[^\d\n]{0,12}?${DATE_TEXT}`, 'i');
/** A note line that opens with a date: `2026-11-21 — episode 112`. */
const LEADING_DATE = new RegExp(`^${DATE_TEXT}`, 'm');
const NOT_TITLE =
  /^(?:(?:recorded|published|posted|aired|released|date|source|kind|language|auto-generated)\b|录制|发布|来源|日期|https?:\/\/)/i;

/**
 * Title, date and source URL from the `NOTE` blocks before a WebVTT file's first cue.
 * @example readVttNotes('WEBVTT\n\nNOTE\nThe Compute Cycle, ep. 112\nRecorded 2026-11-20, published 2026-11-21.\nSource: https://example.com/112\n')
 * // → { title: 'The Compute Cycle, ep. 112', date: '2026-11-21', url: 'https://example.com/112' }
 */
export function readVttNotes(text: string): VttNoteMeta {
  const notes: string[][] = [];
  for (const block of normalizeNewlines(text).split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.some((l) => TIMING.test(l))) break;
    const m = /^NOTE(?:[ \t]+(.*))?$/.exec(lines[0] ?? '');
    if (!m) continue;
    notes.push([...(m[1]?.trim() ? [m[1].trim()] : []), ...lines.slice(1).map((l) => l.trim())]);
  }
  const lines = notes.flat();
  if (lines.length === 0) return {};
  const out: VttNoteMeta = {};
  const first = notes.find((n) => n.length > 0)?.[0];
  if (first && first.length <= 200 && !NOT_TITLE.test(first)) out.title = first;
  const all = lines.join('\n');
  const date = [PUBLISHED, RECORDED, LEADING_DATE].map((re) => re.exec(all)?.[1]).find((d) => d !== undefined && validDate(d));
  if (date) out.date = validDate(date);
  const url = readTextHeader(lines).url;
  if (url) out.url = url;
  return out;
}

/** A written date → ISO date, undefined unless it is a real calendar day. */
function validDate(s: string): string | undefined {
  const iso = headerDate(s);
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.slice(0, 10));
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? iso.slice(0, 10) : undefined;
}

/**
 * The date a file name starts with, as podcast and caption exports name files.
 * @example dateFromFileName('/corpus/transcripts/2026-11-19-farrow-street-interview.srt') === '2026-11-19'
 */
export function dateFromFileName(name: string | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?![\d])/.exec(baseTitle(name));
  return m ? validDate(m[1] as string) : undefined;
}

/** Title, date and URL of a transcript's YAML front matter. */
function frontMatterNotes(data: Record<string, unknown>): VttNoteMeta {
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const out: VttNoteMeta = {};
  const title = str(data.title);
  if (title) out.title = cleanParagraph(title);
  const date = toIsoDate(data.date ?? data.published);
  if (date) out.date = date;
  const url = str(data.url) ?? str(data.source) ?? str(data.link);
  if (url) out.url = url;
  return out;
}

/**
 * Subtitle / transcript text → one `transcript` draft; speakers and paragraph start times go to meta. A WebVTT file's
 * NOTE blocks give title, date and source URL; a `YYYY-MM-DD` prefix of the file name is the date otherwise.
 */
export function parseSubtitles(text: string, format: Extract<ItemFormat, 'vtt' | 'srt' | 'transcript'>, hint: SourceHint): Parsed {
  // A plain transcript saved as Markdown carries YAML front matter (title, date, url) like an article: it is the
  // transcript's header, not its first lines of speech.
  const fm = format === 'transcript' ? splitFrontMatter(text) : undefined;
  const spoken = fm ? fm.body : text;
  const cues = format === 'transcript' ? parseTranscriptCues(spoken) : format === 'vtt' ? parseVttCues(text) : parseSrtCues(text);
  const paras = cuesToParagraphs(cues);
  const header = format === 'vtt' ? /^\ufeff?WEBVTT[ \t]+-?[ \t]*(.+)$/m.exec(text)?.[1]?.trim() : undefined;
  const notes: VttNoteMeta = format === 'vtt' ? readVttNotes(text) : fm ? frontMatterNotes(fm.data) : {};
  const title = header || notes.title || baseTitle(hint.filename ?? hint.url);
  const speakers = [...new Set(paras.map((p) => p.speaker).filter((s): s is string => s !== null))];
  const item = makeDraft({
    kind: 'transcript',
    format,
    title,
    text: paras.map((p) => p.text).join('\n\n'),
    raw: normalizeNewlines(text),
    url: hint.url ?? notes.url ?? null,
    date: notes.date ?? dateFromFileName(hint.filename ?? hint.url) ?? null,
    author: speakers.length === 1 ? (speakers[0] ?? null) : null,
    meta: {
      speakers,
      paragraphs: paras.map((p) => ({ speaker: p.speaker, start: hms(p.start) })),
      cues: cues.length,
    },
  });
  return { title, items: [item] };
}
