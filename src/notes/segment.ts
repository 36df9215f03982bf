/**
 * Segmentation of a long English source into note units (pure): an article by paragraph, a transcript (with or without
 * timestamps, punctuated or not) into units of a few sentences; a new section (`### …`) at the document's own
 * headings and, in transcripts, at topic shifts (a cue phrase such as "let's turn to", or length).
 * The English is never rewritten: a unit is a slice of the source with its whitespace collapsed.
 */
import { createHash } from 'node:crypto';
import { splitSentences } from '../normalize/index.js';
import type { SourceSection, SourceUnit } from './types.js';

/** One block of the source: a paragraph (with its speaker) or a heading. */
export interface SourceBlock {
  text: string;
  heading?: boolean;
  speaker?: string | null;
}

export interface SegmentOptions {
  /** A unit closes once it has this many words and the next sentence would pass `maxWords` (default 45). */
  minWords?: number;
  /** Words a unit should not pass (default 90); a single longer sentence is cut at a cue word. */
  maxWords?: number;
  /** Sentences per unit at most (default 4). */
  maxSentences?: number;
  /** A transcript section without a cue phrase closes after this many units, at a change of paragraph (default 16). */
  maxSectionUnits?: number;
  /** A cue phrase opens a section only after this many units (default 3). */
  minSectionUnits?: number;
}

/** Phrases that open a new topic in talk (matched at the start of a sentence, after a filler like "so," or "okay,"). */
const TOPIC_CUE =
  /^(?:(?:so|okay|ok|all right|alright|now|well|and)[,.]?\s+)*(let's (?:talk|turn|move|switch|shift|get|go|dig) (?:about|to|on|into|back)\b|let me (?:ask you|turn|move) (?:about|to|on)\b|moving on\b|turning to\b|switching gears\b|changing topics?\b|(?:my |the )?(?:next|last|final) (?:question|topic)\b|another (?:question|topic|big (?:question|topic|thing))\b|speaking of\b|on the (?:topic|subject) of\b|i want to (?:ask|talk|turn|move) (?:you )?(?:about|to|on)\b)/i;

/** Words a run-on sentence may be cut before (lower-case). */
const BREAK_WORDS = new Set([
  'so',
  'but',
  'now',
  'okay',
  'ok',
  'because',
  'anyway',
  'actually',
  'meanwhile',
  'basically',
  'and',
  'which',
  'then',
  'well',
]);

/** The cue phrase a sentence opens with, if any (`let's turn to`). */
export function topicCue(sentence: string): string | null {
  return TOPIC_CUE.exec(sentence.trim())?.[1]?.toLowerCase() ?? null;
}

function words(s: string): number {
  return s.split(/\s+/).filter((w) => w !== '').length;
}

/** Collapses whitespace: the only change a unit makes to the source. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Cuts a run-on sentence (no punctuation for many words, as speech recognisers write) into pieces of at most
 * `maxWords`, before a cue word ('so', 'but', 'because' …) past the 12th word when there is one, else at 30 words.
 * @example breakRunOn('so we raised money and then ' + 'we spent it '.repeat(20), 40).length > 1
 */
export function breakRunOn(sentence: string, maxWords = 40): string[] {
  const ws = [...sentence.matchAll(/\S+/g)].map((m) => ({ at: m.index ?? 0, w: m[0] }));
  if (ws.length <= maxWords) return [sentence];
  const out: string[] = [];
  let start = 0;
  while (ws.length - start > maxWords) {
    let cut = -1;
    for (let k = start + 12; k < Math.min(ws.length, start + maxWords); k++) {
      const w = ws[k]!.w.toLowerCase().replace(/[^a-z']/g, '');
      const prevComma = /[,;:]$/.test(ws[k - 1]!.w);
      if (BREAK_WORDS.has(w) || prevComma) {
        cut = k;
        if (k >= start + 20) break;
      }
    }
    if (cut < 0) cut = start + 30;
    out.push(sentence.slice(ws[start]!.at, ws[cut]!.at).trim());
    start = cut;
  }
  out.push(sentence.slice(ws[start]!.at).trim());
  return out;
}

/** Sentences of one paragraph, run-ons cut into pieces; each a slice of the paragraph. */
export function paragraphSentences(paragraph: string, maxWords = 40): string[] {
  const text = collapse(paragraph);
  const out: string[] = [];
  for (const s of splitSentences(text)) for (const piece of breakRunOn(s.text, maxWords)) if (piece) out.push(piece);
  return out;
}

/** The unit id: sha256 of the lower-cased, whitespace-collapsed text, 12 hex digits, `u` first. */
export function unitId(text: string): string {
  return `u${createHash('sha256').update(collapse(text).toLowerCase()).digest('hex').slice(0, 12)}`;
}

/**
 * Splits blocks into sections of units. `transcript` turns on topic-shift sections; every block's sentences end up in
 * exactly one unit, in order.
 */
export function segmentBlocks(blocks: readonly SourceBlock[], transcript: boolean, opts: SegmentOptions = {}): SourceSection[] {
  const minWords = opts.minWords ?? 45;
  const maxWords = opts.maxWords ?? 90;
  const maxSentences = opts.maxSentences ?? 4;
  const maxSectionUnits = opts.maxSectionUnits ?? 16;
  const minSectionUnits = opts.minSectionUnits ?? 3;
  const sections: SourceSection[] = [];
  const seen = new Map<string, number>();
  let current: SourceSection = { index: 0, sourceHeading: null, cue: null, units: [] };
  let count = 0;
  const openSection = (sourceHeading: string | null, cue: string | null) => {
    if (current.units.length > 0 || current.sourceHeading !== null) sections.push(current);
    current = { index: sections.length, sourceHeading, cue, units: [] };
  };
  const pushUnit = (text: string, speaker: string | null | undefined) => {
    const en = collapse(text);
    if (!en) return;
    const base = unitId(en);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const unit: SourceUnit = { id: n === 1 ? base : `${base}~${n}`, index: count++, en, section: current.index };
    if (speaker) unit.speaker = speaker;
    current.units.push(unit);
  };
  for (const block of blocks) {
    if (block.heading) {
      openSection(collapse(block.text), null);
      continue;
    }
    // An article paragraph of ordinary length is one unit.
    if (!transcript && words(block.text) <= maxWords * 1.7) {
      pushUnit(block.text, block.speaker);
      continue;
    }
    const sentences = paragraphSentences(block.text);
    let group: string[] = [];
    let groupWords = 0;
    let firstOfBlock = true;
    const flush = () => {
      if (group.length > 0) pushUnit(group.join(' '), block.speaker);
      group = [];
      groupWords = 0;
    };
    for (const s of sentences) {
      const cue = transcript ? topicCue(s) : null;
      const w = words(s);
      if (cue && current.units.length + (group.length > 0 ? 1 : 0) >= minSectionUnits) {
        flush();
        openSection(null, cue);
      } else if (
        transcript &&
        firstOfBlock &&
        group.length === 0 &&
        current.units.length >= maxSectionUnits &&
        current.sourceHeading === null
      ) {
        openSection(null, null);
      }
      if (
        group.length > 0 &&
        (group.length >= maxSentences || (groupWords >= minWords && groupWords + w > maxWords) || groupWords + w > maxWords * 1.5)
      )
        flush();
      group.push(s);
      groupWords += w;
      firstOfBlock = false;
    }
    flush();
  }
  if (current.units.length > 0 || sections.length === 0) sections.push(current);
  // Renumber: sections dropped empty keep indexes dense, units point at theirs.
  return sections.map((s, i) => ({ ...s, index: i, units: s.units.map((u) => ({ ...u, section: i })) }));
}
