/**
 * A business line that is the subject of its clause: '云帆科技的云业务今年营收目标为300亿元', '计划其云业务到2028年营收达到
 * 1000亿元', "Kestrel's cloud unit aims for revenue of $12 billion", 'expects its cloud business to generate $10 billion
 * in revenue'. scope.ts reads a segment only when its name stands right before the metric word; here a target or an
 * intent verb stands between them, and the figure is still the line's, not the group's total (blind review K9: "a
 * business-line revenue target printed as the group's total revenue").
 */
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';
import type { CompiledLexicon, KeywordHit } from './lexicon.js';
import { LEGAL_FORM_GAP } from './subject.js';

/** data/metrics.json `segments.subjects`. */
export interface SegmentSubjectLexicon {
  /** Words before a segment name that are no part of it and name none ('该', '这项', 'its', 'core'). */
  notNames: string[];
  /** Verbs of intent or forecast that may stand before the owner's pronoun ('计划其', 'expects its'). */
  intents: string[];
  /**
   * Words that make the figure a goal or a forecast ('目标', '计划', '力争', 'aims', 'to generate'): the rule reads only
   * such clauses, where a line's number printed as the group's misleads most; an actual stays as scope.ts reads it.
   */
  targets: string[];
}

/** Chinese: owner links, then the name (Han or Latin, no digit), then the marker. */
const ZH_SEGMENT = /^(?:\s|的|之|其|旗下的?|下属的?)*([\p{Script=Han}A-Za-z]{1,10}?)(业务线|业务板块|事业部|事业群|业务|板块)/u;
/** English: a possessive or determiner, then one to three lower-case words, then the marker. */
const EN_SEGMENT =
  /^(?:\s|['’]s\b)*(?:(?:its|their|the)\s+)?((?:[a-z][\w&-]*\s+){0,2}[a-z][\w&-]*)\s+(?:business|unit|division|segment|arm)\b/;
/** What may stand between the segment and the figure: no clause break, no list, no second amount. */
const CLAUSE_BREAK = /[，,；;。:：、]|\band\b|\bwhile\b/i;
/** What may follow the figure to carry the metric word: '$10 billion in revenue', '$10 billion of sales'. */
const AFTER_AMOUNT = /^\s*(?:in|of)\s+(?:annual\s+|yearly\s+)?$/i;

const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `words` hold a target or forecast word (English whole words, Chinese anywhere). */
function saysTarget(words: string, lex: SegmentSubjectLexicon): boolean {
  const lower = words.toLowerCase();
  return lex.targets.some((w) => {
    const t = w.toLowerCase();
    if (!/^[a-z]/.test(t)) return lower.includes(t);
    return new RegExp(`\\b${escapeRe(t)}\\b`).test(lower);
  });
}

/** The segment phrase opening `left` (after an intent verb and the owner's pronoun, if any). */
function openingSegment(left: string, lex: SegmentSubjectLexicon): { name: string; end: number } | undefined {
  const intents = lex.intents.map(escapeRe).join('|');
  const verb = intents ? new RegExp(`^\\s*(?:${intents})\\s*(?=其|its\\b|their\\b)`, 'iu').exec(left) : null;
  const from = verb ? verb[0].length : 0;
  const rest = left.slice(from);
  const zh = ZH_SEGMENT.exec(rest);
  if (zh) return { name: zh[1]!, end: from + zh[0].length };
  const en = EN_SEGMENT.exec(rest);
  // Without an intent verb, an English segment must follow its owner's possessive ("Kestrel's cloud unit"): a bare
  // 'the cloud unit' after a company name may be another company's.
  if (en && (verb || /^\s*['’]s\b/.test(rest))) return { name: en[1]!, end: from + en[0].length };
  return undefined;
}

/**
 * The business line a figure measures when that line is its clause's subject, or undefined. `mentionEnds`: ends of the
 * sentence's entity mentions (the window starts after the last one before the figure, so the owner is never the name).
 * Examples: '云帆科技的云业务今年营收目标为300亿元' → '云'; "Kestrel's cloud unit aims for revenue of $12 billion" → 'cloud';
 * '云帆科技今年营收目标为300亿元' → undefined.
 */
export function segmentAsSubject(
  text: string,
  fig: Figure,
  clause: Span,
  hits: KeywordHit[],
  mentionEnds: number[],
  c: CompiledLexicon,
): string | undefined {
  const seg = c.lex.segments;
  const lex = seg?.subjects;
  if (!seg || !lex || !fig.metric || (fig.kind !== 'money' && fig.kind !== 'percent')) return undefined;
  const base = fig.metric.replace(/-growth$/, '');
  if (!seg.metrics.includes(base)) return undefined;
  const from = Math.max(clause.start, ...mentionEnds.filter((e) => e <= fig.start));
  // A legal form the mention does not hold ('Kestrel Systems Inc. expects …') is no part of the clause's words.
  const raw = text.slice(from, fig.start);
  const left = raw.replace(/^\s+/, '').replace(LEGAL_FORM_GAP, '');
  const skipped = raw.length - left.length;
  const found = openingSegment(left, lex);
  if (!found) return undefined;
  // An intent verb written onto a Chinese name opens the clause ('希望海外业务明年实现收入…'): no part of the name.
  const intent = lex.intents.find((w) => /^\p{Script=Han}/u.test(w) && found.name.startsWith(w));
  const written = found.name.slice(intent?.length ?? 0).trim();
  const lower = written.toLowerCase();
  // A known line is shown by its table name ('云' → '云业务'); another needs two characters at least.
  const known = seg.names.find((n) => n.zh.toLowerCase() === lower || n.also.some((a) => a.toLowerCase() === lower))?.zh;
  if (!known && lower.length < 2) return undefined;
  const name = known ?? written;
  const han = /^[\p{Script=Han}]+$/u.test(written);
  const words = [...seg.whole, ...lex.notNames].map((w) => w.toLowerCase());
  if (words.some((w) => lower === w || lower.startsWith(w) || lower.endsWith(w))) return undefined;
  if (!han && lower.split(/\s+/).some((w) => words.includes(w))) return undefined;
  const between = left.slice(found.end);
  if (CLAUSE_BREAK.test(between) || !saysTarget(left, lex)) return undefined;
  // The metric word of the figure stands between the segment and the figure, or right after the figure.
  const segEnd = from + skipped + found.end;
  const before = hits.some((h) => h.metric === base && h.start >= segEnd && h.end <= fig.start);
  const after = hits.some(
    (h) => h.metric === base && h.start >= fig.end && h.end <= clause.end && AFTER_AMOUNT.test(text.slice(fig.end, h.start)),
  );
  return before || after ? name : undefined;
}
