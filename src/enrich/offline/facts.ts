/**
 * The facts of a story the offline engine may lead with: figures of its items that the knowledge layer holds as
 * claims (owner guard), each with its item, sentence and a score; background of earlier years marked.
 */
import { extractFigures } from '../../extract/index.js';
import type { Claim, Figure, ItemRecord, StoryBundle } from '../../types/index.js';
import { ownedFigures } from '../numeric-guard/index.js';
import { keyFigureScore, pastPeriod } from './key-figure.js';

export interface StoryFact {
  figure: Figure;
  item: ItemRecord;
  claim: Claim;
  /** The item's sentence holding the figure. */
  sentence: string;
  /** A figure of a year before the item's (background, never the lead). */
  past: boolean;
  inTitle: boolean;
  score: number;
  /**
   * The figure is not its claim's plain value in its own sentence: someone else's estimate or a consensus (市场预期的
   * 656亿美元, analysts' estimate), a target or threshold, an amount lost or wiped (市值蒸发约2400亿美元), a cash flow
   * or burn, a per-share amount. Such a figure is quoted in its sentence, never restated as a fact (关键数据, templates).
   */
  hedged: boolean;
}

const HEDGE_ZH =
  /市场预期|一致预期|普遍预期|预期的|分析师|法人|机构|券商|预估|估算|测算|估计|目标|门槛|蒸发|缩水|抹去|跌去|现金流|烧钱|每股|须达到|需要达到/;
const HEDGE_EN =
  /\b(?:analysts?|consensus|estimat\w*|expectations?|expected by|targets?|threshold|wiped|erased|shed|lost|cash[- ]flow|cash burn|burn\w*|per share|a share|would need|needs? to|must|has to|have to)\b/i;
const CHANGE_WORDS = /蒸发|缩水|抹去|跌去|wiped|erased|shed|lost/i;

/** Whether a figure is hedged in its sentence (see StoryFact.hedged): words of its clause before it, or right after it. */
export function hedgedFigure(sentence: string, figureText: string, metric: string): boolean {
  const at = sentence.indexOf(figureText);
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  // A Chinese clause ends at ，；。; an English one at ; (its commas set off phrases of the same clause).
  const clause = before.slice(Math.max(...[...'，；;。'].map((ch) => before.lastIndexOf(ch))) + 1);
  const after = sentence.slice(at + figureText.length, at + figureText.length + 14);
  const near = `${clause}|${after.split(/[，,；;。]/)[0] ?? ''}`;
  const hit = HEDGE_ZH.exec(near) ?? HEDGE_EN.exec(near);
  if (!hit) return false;
  // A change metric's own verb (市值蒸发 of market-cap-change) and a loss's (lost $1.46 billion) are its measure, not a hedge.
  return !((metric.endsWith('-change') || metric === 'loss') && CHANGE_WORDS.test(hit[0]));
}

/** Same number (for matching a title's figure to a claim's). */
export function sameNumber(
  a: Pick<Figure, 'kind' | 'value' | 'low' | 'high'>,
  b: Pick<Figure, 'kind' | 'value' | 'low' | 'high'>,
): boolean {
  const eq = (x?: number, y?: number) =>
    x === y || (x !== undefined && y !== undefined && Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y)));
  return a.kind === b.kind && eq(a.value, b.value) && eq(a.low, b.low) && eq(a.high, b.high);
}

/** The owned figures of the story's items, best first. */
export function storyFacts(bundle: StoryBundle): StoryFact[] {
  const byId = new Map(bundle.items.map((i) => [i.id, i]));
  const titleFigs = new Map(bundle.items.map((i) => [i.id, extractFigures(i.title)]));
  const out: StoryFact[] = [];
  for (const o of ownedFigures(bundle.items, bundle.claims)) {
    const item = byId.get(o.itemId);
    if (!item) continue;
    const f = o.figure;
    const inTitle = (titleFigs.get(item.id) ?? []).some((t) => sameNumber(t, f));
    const sentence = item.sentences.find((s) => f.start >= s.start && f.end <= s.end)?.text ?? o.statement.sentence;
    out.push({
      figure: f,
      item,
      claim: o.claim,
      sentence,
      past: pastPeriod(f, item.date) || pastPeriod({ ...f, period: o.claim.period }, item.date),
      inTitle,
      score: keyFigureScore(f, inTitle, item.lang !== 'en', item.date),
      hedged: hedgedFigure(sentence, f.text, o.claim.metric),
    });
  }
  const order = new Map(bundle.items.map((i, n) => [i.id, n]));
  return out.sort(
    (a, b) => b.score - a.score || (order.get(a.item.id) ?? 0) - (order.get(b.item.id) ?? 0) || a.figure.start - b.figure.start,
  );
}
