/** 影响 bullets from the rule table data/impact-rules.json: who benefits or suffers when capex, investment, prices move. */
import type { DealEdge, Figure, StoryBundle } from '../../types/index.js';
import type { ImpactRule } from '../data-files.js';
import type { StoryFact } from './facts.js';
import { type EntityDirectory, zhName } from './names.js';
import { DIRECTION_CUES, fill, METRIC_DEFAULT_DIRECTION, metricZh } from './templates.js';

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

/**
 * The signals of a story: its key facts (held by the knowledge layer, current, the key fact's subject and metric), each
 * with the subject the news is about (for money paid in — an investment — the company receiving it) and an explicit
 * direction (the figure's, else cue words of its sentence, else the metric's own: money paid in is up).
 */
export function storySignals(facts: readonly StoryFact[]): Signal[] {
  // Someone else's estimate or a rumour moves nothing a reader can act on.
  const current = facts.filter((f) => !f.past && !f.hedged && !f.rumoured);
  const key = current[0];
  if (!key) return [];
  // The news is the key fact's subject and measure: a side figure of the story (its capex in a backlog story) is not.
  const same = current.filter((f) => f.claim.subject === key.claim.subject && f.claim.metric === key.claim.metric);
  const metric = key.claim.metric;
  const sig: Signal = { metric };
  const payIn = metric === 'investment' || metric === 'funding' || metric === 'contract';
  // Money paid in benefits who receives it; with no receiver named there is no one to name.
  const subject = payIn ? key.claim.counterparty : key.claim.subject;
  if (subject) sig.subject = subject;
  // Its direction: the key fact's own, else the one every other statement of it agrees on.
  const dirs = same.map((f) => figureDirection({ ...f.figure, metric }, f.sentence));
  const first = dirs[0] ?? undefined;
  const others = new Set(dirs.filter((d) => d !== undefined));
  const direction = first ?? (others.size === 1 ? [...others][0] : undefined);
  if (direction) sig.direction = direction;
  return [sig];
}

function ruleMatches(rule: ImpactRule, sig: Signal | undefined, bundle: StoryBundle, dir: EntityDirectory): boolean {
  const w = rule.when;
  if (w.dealKinds && !bundle.deals.some((d) => w.dealKinds?.includes(d.kind))) return false;
  if (w.minDeals !== undefined && bundle.deals.length < w.minDeals) return false;
  if (w.loop && !hasLoop(bundle.deals)) return false;
  const needsSignal = w.metrics || w.direction || w.tags || w.notTags || w.subjects;
  if (!needsSignal) return true;
  if (!sig) return false;
  if (w.metrics && !w.metrics.includes(sig.metric)) return false;
  if (w.direction && sig.direction !== w.direction) return false;
  if (w.subjects && !(sig.subject && w.subjects.includes(sig.subject))) return false;
  const tags = sig.subject ? dir.tags(sig.subject) : [];
  if (w.tags && !w.tags.some((t) => tags.includes(t))) return false;
  if (w.notTags?.some((t) => tags.includes(t))) return false;
  return true;
}

/** Whether money flows back: some party of the story's deals both pays and is paid (A → B → … → A); talks and rumours are no flow. */
export function hasLoop(deals: readonly DealEdge[]): boolean {
  const next = new Map<string, Set<string>>();
  for (const d of deals) if (d.status === undefined) next.set(d.from, (next.get(d.from) ?? new Set()).add(d.to));
  for (const start of next.keys()) {
    const seen = new Set<string>();
    const stack = [...(next.get(start) ?? [])];
    while (stack.length > 0) {
      const n = stack.pop() as string;
      if (n === start) return true;
      if (seen.has(n)) continue;
      seen.add(n);
      for (const m of next.get(n) ?? []) stack.push(m);
    }
  }
  return false;
}

/**
 * Up to three 影响 bullets: rules in table order, each matched against the story's key signals (entity and
 * direction must match; the first matching signal fills the template). Nothing matches: no bullet (fallback rules
 * only when the table marks some). Every bullet starts with 利好：/利空：/投资启示：.
 */
export function offlineImpacts(bundle: StoryBundle, facts: readonly StoryFact[], rules: ImpactRule[], dir: EntityDirectory): string[] {
  const signals = storySignals(facts);
  const out: string[] = [];
  const render = (rule: ImpactRule, sig: Signal | undefined) => {
    // A template that names no subject says the same of every story: it never fires.
    if (!/\{subject\}/.test(rule.template) || !sig?.subject) return;
    const text = fill(rule.template, {
      subject: sig?.subject ? zhName(sig.subject, bundle, dir) : '',
      metric: sig ? (metricZh(sig.metric) ?? '') : '',
    });
    // A subject named for its cloud (亚马逊云) before a template's 云业务 says 云 once.
    const said = text.replace(/云云/g, '云');
    if (PREFIX.test(said) && !out.includes(said) && out.length < MAX_IMPACTS) out.push(said);
  };
  for (const rule of rules.filter((r) => !r.fallback)) {
    if (out.length >= MAX_IMPACTS) break;
    const w = rule.when;
    const needsSignal = w.metrics || w.direction || w.tags || w.notTags || w.subjects;
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
