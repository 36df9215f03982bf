/**
 * The "model" behind the loopback server in note tests: answers the note prompts (translate, review, improve, fix,
 * terms, summary) from what each request carries, the way a model would: a Chinese unit that states the English
 * unit's figures (written the Chinese way), its names (in the forms the request gives) and its terms, with Chinese
 * prose around them. Tests replace single replies through `override` (a wrong number, a missing unit, a failure).
 */
import { extractFigures, formatFigureZh } from '../../src/extract/index.js';
import { isAbbreviation } from '../../src/notes/glossary.js';
import { FIX_SYSTEM, IMPROVE_SYSTEM, REVIEW_SYSTEM, TRANSLATE_SYSTEM } from '../../src/notes/prompt.js';
import type { RecordedRequest, ScriptStep } from './openai-server.js';

interface UnitIn {
  id: string;
  en: string;
  zh?: string;
  heading?: boolean;
}
interface Payload {
  units?: UnitIn[];
  terms?: Record<string, string> | { term: string; examples: string[] }[];
  names?: { written: string; name: string; zh: string }[];
  paragraphs?: string[];
}

export type NoteRequestKind = 'translate' | 'review' | 'improve' | 'fix' | 'terms' | 'summary' | 'other';

export function requestKind(r: RecordedRequest): NoteRequestKind {
  const sys = r.body?.messages?.[0]?.content ?? '';
  if (sys === TRANSLATE_SYSTEM) return 'translate';
  if (sys === REVIEW_SYSTEM) return 'review';
  if (sys === IMPROVE_SYSTEM) return 'improve';
  if (sys === FIX_SYSTEM) return 'fix';
  if (sys.includes('settle Chinese renderings')) return 'terms';
  if (sys.includes('summary of a Chinese reading note')) return 'summary';
  return 'other';
}

export function payload(r: RecordedRequest): Payload {
  try {
    return JSON.parse(r.body?.messages?.[1]?.content ?? '{}') as Payload;
  } catch {
    return {};
  }
}

const FILLERS = [
  '他认为这一点值得投资者持续关注。',
  '市场仍在观察后续进展。',
  '这说明算力投入与回报之间仍有距离。',
  '双方都承认判断还需要更多数据。',
];

/** A faithful Chinese rendering of one unit, as far as figures, names and terms go. */
export function fakeTranslation(en: string, p: Payload): string {
  const figs = extractFigures(en)
    .filter((f) => !/^(?:19|20)\d{2}$/.test(f.text.trim()))
    .map((f) => formatFigureZh(f));
  const names = [...new Set((p.names ?? []).filter((n) => en.includes(n.written)).map((n) => n.zh))];
  const terms: string[] = [];
  if (p.terms && !Array.isArray(p.terms))
    for (const [term, zh] of Object.entries(p.terms)) {
      const re = new RegExp(
        `(?<![A-Za-z0-9-])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9-])`,
        /[A-Z]/.test(term) ? '' : 'i',
      );
      if (re.test(en)) terms.push(isAbbreviation(term) ? term : (zh.split(' (')[0] as string));
    }
  let zh = '这一段';
  if (names.length) zh += `谈到${names.join('、')}`;
  if (figs.length) zh += `${names.length ? '，' : ''}提到${figs.join('、')}`;
  if (terms.length) zh += `，涉及${terms.join('、')}`;
  zh += '。';
  let k = en.length;
  while (zh.length < en.length * 0.3) zh += FILLERS[k++ % FILLERS.length];
  return zh;
}

/** Replies to every note prompt; `override` may answer a request first (return undefined to let the model answer). */
export function fakeTranslator(override?: (r: RecordedRequest, kind: NoteRequestKind, p: Payload) => ScriptStep | undefined) {
  return (r: RecordedRequest): ScriptStep => {
    const kind = requestKind(r);
    const p = payload(r);
    const o = override?.(r, kind, p);
    if (o) return o;
    const reply = (x: unknown): ScriptStep => ({ kind: 'completion', content: JSON.stringify(x) });
    switch (kind) {
      case 'translate':
        return reply({
          units: (p.units ?? []).map((u) => ({
            id: u.id,
            zh: fakeTranslation(u.en, p),
            ...(u.heading ? { heading: '话题转向资本开支' } : {}),
          })),
        });
      case 'review':
        return reply({ reviews: (p.units ?? []).map((u) => ({ id: u.id, suggestion: 'ok' })) });
      case 'improve':
        return reply({ units: (p.units ?? []).map((u) => ({ id: u.id, zh: u.zh ?? '' })) });
      case 'fix':
        return reply({ units: (p.units ?? []).map((u) => ({ id: u.id, zh: fakeTranslation(u.en, p) })) });
      case 'terms':
        return reply({ terms: (Array.isArray(p.terms) ? p.terms : []).map((t) => ({ term: t.term, zh: '术语译名' })) });
      case 'summary':
        return reply({ summary: '本期节目讨论人工智能资本开支、推理需求与融资结构，嘉宾认为投入先行、回报滞后。' });
      default:
        return { kind: 'server-error', status: 500 };
    }
  };
}
