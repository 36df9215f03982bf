/**
 * What a broker's target price rests on (issue 11, decision 076): the valuation multiple it applies (`based on 25x FY27E
 * P/E` → 基于2027财年25倍预期市盈率) and the upside it implies (`implying 31% upside` → 对应31%的上涨空间), read from the
 * note's sentence that states the target. Pure.
 */
import { extractFigures } from '../../extract/index.js';
import type { Figure } from '../../types/index.js';
import { targetPriceSource } from '../../util/target-price.js';
import { renderFigureZh } from './figure-zh.js';
import type { StoryTemplates } from './story-templates.js';
import { fill } from './templates.js';

const TARGET_WORD = new RegExp(targetPriceSource({ abbreviations: true, script: 'latin' }), 'i');
/** The words right after an implied move: `31% upside`, `18% potential downside`. */
const MOVE_AFTER = /^\s*(?:potential\s+|implied\s+)?(upside|downside)\b/i;
/** The words right before one: `upside of 31%`, `implies a 31%`. */
const MOVE_BEFORE = /\b(upside|downside)(?:\s+potential)?\s+of\s*$/i;
/** The fiscal or calendar year a multiple is taken on, right after it: `FY27E`, `2027E`, `CY26`, `times 2027 earnings`. */
const YEAR_AFTER = /^\s*(?:times\s+|x\s+)?(?:our\s+|the\s+)?(FY|CY)?\s?'?(\d{4}|\d{2})E?\b/i;
/** How far after a multiple its measure may stand (`25x FY27E P/E`, `30 times 2027 earnings`). */
const MEASURE_REACH = 32;

/** The year a multiple is taken on, as Chinese copy says it (2027财年, 2027年), or '' when none is named. */
function yearAfter(text: string): string {
  const m = YEAR_AFTER.exec(text);
  if (!m) return '';
  const digits = m[2] as string;
  const year = digits.length === 2 ? `20${digits}` : digits;
  return m[1]?.toUpperCase() === 'FY' ? `${year}财年` : `${year}年`;
}

/**
 * The basis of a note's target price, said in Chinese (`基于2027财年25倍预期市盈率，对应31%的上涨空间`), from the first
 * sentence of `text` that names a target price (the one stating `target`, when given); undefined when it names neither
 * a multiple of a known measure nor an implied move.
 */
export function targetBasis(text: string, target: Figure | undefined, t: StoryTemplates): string | undefined {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z])|\n+/);
  const sentence = sentences.find((s) => TARGET_WORD.test(s) && (!target || s.includes(target.text)));
  if (!sentence) return undefined;
  const figs = extractFigures(sentence);
  const parts: string[] = [];
  const multiple = figs.find((f) => f.kind === 'multiple');
  if (multiple && t.sentences.targetMultiple) {
    const after = sentence.slice(multiple.end, multiple.end + MEASURE_REACH);
    const measure = t.targetMultiples.find((m) => m.re.test(after))?.word;
    if (measure) parts.push(fill(t.sentences.targetMultiple, { period: yearAfter(after), amount: renderFigureZh(multiple), measure }));
  }
  for (const f of figs) {
    if (f.kind !== 'percent') continue;
    const side = MOVE_AFTER.exec(sentence.slice(f.end))?.[1] ?? MOVE_BEFORE.exec(sentence.slice(0, f.start))?.[1];
    const template = side ? t.sentences[/^up/i.test(side) ? 'targetUpside' : 'targetDownside'] : undefined;
    if (!template) continue;
    parts.push(fill(template, { amount: renderFigureZh(f) }));
    break;
  }
  return parts.length > 0 ? parts.join('，') : undefined;
}
