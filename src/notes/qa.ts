/**
 * Deterministic QA of a translated unit and of the whole note (pure, both engines): numbers agree between English
 * and Chinese (figures extracted on both sides, compared by normalised value: `$250 million` ↔ `2.5亿美元`,
 * `40 cents` ↔ `40美分`), entities agree, agreed term renderings are used, the text is Chinese, carries no model
 * commentary, has a sane length and keeps links, emphasis and code; every unit translated exactly once, in order.
 */
import { isCalendarYear } from '../enrich/numeric-guard/index.js';
import { extractFigures, findEntities, type Gazetteer } from '../extract/index.js';
import type { Figure } from '../types/index.js';
import { countHan } from '../util/han.js';
import { usesRendering } from './glossary.js';
import type { QaIssue, SourceUnit, Term } from './types.js';

/** Figures worth comparing: amounts, percents and multiples always; counts and durations from 10 on (not years). */
export function comparableFigures(text: string): Figure[] {
  return extractFigures(text).filter((f) => {
    if (isCalendarYear(f)) return false;
    if (f.kind === 'money' || f.kind === 'percent' || f.kind === 'multiple') return true;
    const v = f.value ?? f.high ?? 0;
    return (f.kind === 'count' || f.kind === 'duration') && v >= 10;
  });
}

function close(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
}

/** Same kind, same currency when both say one, and the same value (or the same ends of a range). */
export function sameFigure(a: Figure, b: Figure): boolean {
  const kindOk = a.kind === b.kind || (a.kind !== 'money' && b.kind !== 'money' && a.kind !== 'percent' && b.kind !== 'percent');
  if (!kindOk) return false;
  if (a.kind === 'money' && a.currency && b.currency && a.currency !== b.currency) return false;
  if (a.value !== undefined && b.value !== undefined) return close(a.value, b.value);
  const lowA = a.low ?? a.value;
  const highA = a.high ?? a.value;
  const lowB = b.low ?? b.value;
  const highB = b.high ?? b.value;
  return close(lowA, lowB) && close(highA, highB);
}

/** Figures of one side with no counterpart on the other, both ways. */
export function numberMismatches(en: string, zh: string): { missing: Figure[]; invented: Figure[] } {
  const a = comparableFigures(en);
  const b = comparableFigures(zh);
  // A vague count ('hundreds of millions of users') has many faithful Chinese forms (数亿用户) the extractor may not
  // read back; it is not required, but a Chinese figure must still match one of the English.
  const required = a.filter((f) => !(f.qualifier === 'vague' && f.kind !== 'money'));
  return { missing: required.filter((f) => !b.some((g) => sameFigure(f, g))), invented: b.filter((g) => !a.some((f) => sameFigure(f, g))) };
}

/** Model talk around a translation: `以下是翻译：`, `Translation:`, `（注：…）`, `Sure, here…`. */
const COMMENTARY =
  /^(?:以下是|下面是|好的[，,]|当然[，,]|译文[:：]|翻译[:：]|translation[:：]|here is|here's|sure[,!])|（(?:注|译注|说明)[:：]|\((?:note|translator)|作为(?:一个)?(?:AI|人工智能)|as an ai|I (?:cannot|can't)|无法翻译|抱歉/i;

/** Canonical names of the named entities (not groups, not places) of a text. */
export function entityNames(text: string, gaz: Gazetteer, asr: boolean): Set<string> {
  const out = new Set<string>();
  for (const m of findEntities(text, gaz, { fuzzy: asr, splitNames: asr })) {
    if (m.type === 'place') continue;
    const entry = gaz.byName.get(m.name.toLowerCase());
    if (entry?.members?.length) continue;
    out.add(m.name);
  }
  return out;
}

export interface UnitQaContext {
  gaz: Gazetteer;
  /** Glossary terms present in the English unit. */
  terms: readonly Term[];
  /** The source is a transcript: English names are read with speech-recognition matching. */
  asr: boolean;
}

const LINK_TARGETS = /\]\(([^)\s]+)[^)]*\)/g;
const CODE = /`[^`\n]+`/g;

/** The QA findings on one unit's translation; an empty list is a pass. */
export function qaUnit(unit: SourceUnit, zh: string, ctx: UnitQaContext): QaIssue[] {
  const issues: QaIssue[] = [];
  const text = zh.trim();
  if (text === '') return [{ rule: 'empty', message: 'no translation came back' }];
  const han = countHan(text);
  const visible = text.replace(/\s+/g, '').length;
  const latinRun = /(?:[A-Za-z][A-Za-z'’-]*[\s,]+){8,}[A-Za-z]/.test(text);
  if (han < visible * 0.2 || latinRun)
    issues.push({ rule: 'untranslated', message: 'too little Chinese: the text is still (partly) English' });
  if (COMMENTARY.test(text)) issues.push({ rule: 'commentary', message: 'model commentary around the translation' });
  if (unit.en.length >= 40) {
    const ratio = visible / unit.en.length;
    if (ratio < 0.12 || ratio > 1.6)
      issues.push({ rule: 'length-ratio', message: `length ratio ${ratio.toFixed(2)} (Chinese/English characters) out of 0.12–1.6` });
  }
  const { missing, invented } = numberMismatches(unit.en, text);
  if (missing.length > 0 || invented.length > 0) {
    const parts = [
      ...(missing.length ? [`English ${missing.map((f) => f.text).join(', ')} not in the Chinese`] : []),
      ...(invented.length ? [`Chinese ${invented.map((f) => f.text).join('、')} not in the English`] : []),
    ];
    issues.push({ rule: 'numbers', message: parts.join('; ') });
  }
  const enNames = entityNames(unit.en, ctx.gaz, ctx.asr);
  const zhNames = entityNames(text, ctx.gaz, false);
  const lost = [...enNames].filter((n) => !zhNames.has(n));
  if (lost.length > 0) issues.push({ rule: 'entities', message: `names missing from the Chinese: ${lost.join(', ')}` });
  const unused = ctx.terms.filter((t) => !usesRendering(text, t));
  if (unused.length > 0)
    issues.push({ rule: 'terms', message: `agreed renderings not used: ${unused.map((t) => `${t.term} → ${t.zh}`).join(', ')}` });
  const lostMarkup: string[] = [];
  for (const m of unit.en.matchAll(LINK_TARGETS)) if (!text.includes(m[1] as string)) lostMarkup.push(`link ${m[1]}`);
  for (const m of unit.en.matchAll(CODE)) if (!text.includes(m[0])) lostMarkup.push(`code ${m[0]}`);
  const bold = (s: string) => (s.match(/\*\*[^*]+\*\*/g) ?? []).length;
  if (bold(text) < bold(unit.en)) lostMarkup.push('emphasis');
  if (lostMarkup.length > 0) issues.push({ rule: 'markup', message: `markup lost: ${lostMarkup.join(', ')}` });
  return issues;
}

/** A whole-note problem: a unit without a translation, an extra or repeated one, or one out of order. */
export interface AlignmentProblem {
  id: string;
  problem: 'missing' | 'extra' | 'duplicate' | 'order';
}

/** Checks that translated ids match the units one for one and in order. */
export function checkAlignment(units: readonly SourceUnit[], translatedIds: readonly string[]): AlignmentProblem[] {
  const out: AlignmentProblem[] = [];
  const want = new Set(units.map((u) => u.id));
  const seen = new Set<string>();
  for (const id of translatedIds) {
    if (!want.has(id)) out.push({ id, problem: 'extra' });
    else if (seen.has(id)) out.push({ id, problem: 'duplicate' });
    seen.add(id);
  }
  for (const u of units) if (!seen.has(u.id)) out.push({ id: u.id, problem: 'missing' });
  const order = translatedIds.filter((id) => want.has(id));
  const expected = units.map((u) => u.id).filter((id) => seen.has(id));
  for (let i = 0; i < Math.min(order.length, expected.length); i++) {
    if (order[i] !== expected[i]) {
      out.push({ id: order[i] as string, problem: 'order' });
      break;
    }
  }
  return out;
}
