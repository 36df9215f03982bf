/** 影响 bullets from the rule table data/impact-rules.json: who benefits or suffers when capex, investment, prices move. */
import type { Figure, StoryBundle } from '../../types/index.js';
import type { ImpactRule } from '../data-files.js';
import { type EntityDirectory, zhName } from './names.js';
import { itemFigures } from './sentences.js';
import { DIRECTION_CUES, fill, METRIC_DEFAULT_DIRECTION, METRIC_ZH } from './templates.js';

const MAX_IMPACTS = 3;
const PREFIX = /^(?:利好|利空|投资启示)：/;

/** One thing that moved in the story: a figure with a metric, its subject and direction. */
export interface Signal {
  metric: string;
  subject?: string;
  direction?: 'up' | 'down';
}

/** Direction of a figure: its own, else cue words in its sentence, else the metric's default. */
export function figureDirection(f: Figure, sentence: string): 'up' | 'down' | undefined {
  if (f.direction) return f.direction;
  const up = DIRECTION_CUES.up.test(sentence);
  const down = DIRECTION_CUES.down.test(sentence);
  if (up && !down) return 'up';
  if (down && !up) return 'down';
  return f.metric ? METRIC_DEFAULT_DIRECTION[f.metric] : undefined;
}

/** The signals of a story, in source order. */
export function storySignals(bundle: StoryBundle): Signal[] {
  const out: Signal[] = [];
  for (const item of bundle.items) {
    for (const f of itemFigures(bundle, item)) {
      if (!f.metric) continue;
      const s = item.sentences.find((x) => f.start >= x.start && f.end <= x.end);
      const sig: Signal = { metric: f.metric };
      if (f.subject) sig.subject = f.subject;
      const dir = figureDirection(f, s?.text ?? '');
      if (dir) sig.direction = dir;
      out.push(sig);
    }
  }
  return out;
}

function ruleMatches(rule: ImpactRule, sig: Signal | undefined, bundle: StoryBundle, dir: EntityDirectory): boolean {
  const w = rule.when;
  if (w.dealKinds && !bundle.deals.some((d) => w.dealKinds?.includes(d.kind))) return false;
  if (w.minDeals !== undefined && bundle.deals.length < w.minDeals) return false;
  const needsSignal = w.metrics || w.direction || w.tags || w.subjects;
  if (!needsSignal) return true;
  if (!sig) return false;
  if (w.metrics && !w.metrics.includes(sig.metric)) return false;
  if (w.direction && sig.direction !== w.direction) return false;
  if (w.subjects && !(sig.subject && w.subjects.includes(sig.subject))) return false;
  if (w.tags) {
    const tags = sig.subject ? dir.tags(sig.subject) : [];
    if (!w.tags.some((t) => tags.includes(t))) return false;
  }
  return true;
}

/** The most mentioned subject of the story (for rules without a signal). */
function mainSubject(bundle: StoryBundle): string | undefined {
  const counts = new Map<string, number>();
  for (const ms of Object.values(bundle.entities)) for (const m of ms) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Up to three 影响 bullets: rules in table order, each matched against the story's signals (first matching signal
 * fills the template); fallback rules only when nothing else matched. Every bullet starts with 利好：/利空：/投资启示：.
 */
export function offlineImpacts(bundle: StoryBundle, rules: ImpactRule[], dir: EntityDirectory): string[] {
  const signals = storySignals(bundle);
  const out: string[] = [];
  const render = (rule: ImpactRule, sig: Signal | undefined) => {
    const subjectName = sig?.subject ?? mainSubject(bundle);
    const text = fill(rule.template, {
      subject: subjectName ? zhName(subjectName, bundle, dir) : '相关公司',
      metric: sig ? (METRIC_ZH[sig.metric] ?? '') : '',
    });
    if (PREFIX.test(text) && !out.includes(text) && out.length < MAX_IMPACTS) out.push(text);
  };
  for (const rule of rules.filter((r) => !r.fallback)) {
    if (out.length >= MAX_IMPACTS) break;
    const w = rule.when;
    const needsSignal = w.metrics || w.direction || w.tags || w.subjects;
    if (!needsSignal) {
      if (ruleMatches(rule, undefined, bundle, dir)) render(rule, signals[0]);
      continue;
    }
    const sig = signals.find((s) => ruleMatches(rule, s, bundle, dir));
    if (sig) render(rule, sig);
  }
  if (out.length === 0) for (const rule of rules.filter((r) => r.fallback)) render(rule, signals[0]);
  return out;
}
