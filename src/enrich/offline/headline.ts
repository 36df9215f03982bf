/** Offline headlines: the key figure in a template (H1–H4 of TEMPLATES.md), else the Chinese source title. */
import type { Figure, StoryBundle } from '../../types/index.js';
import { renderFigureZh } from './figure-zh.js';
import { type EntityDirectory, periodZh, zhName } from './names.js';
import { fill, HEADLINE_METRICS, METRIC_ZH, TEMPLATES } from './templates.js';

/**
 * Whether the key figure may headline the story: it needs a subject and a headline metric (capex, revenue,
 * valuation…), so that a write-down read as spending or a per-token price never replaces the source title.
 */
function templated(key: Figure | null): key is Figure & { subject: string; metric: string } {
  return Boolean(key?.subject && key.metric && METRIC_ZH[key.metric] && HEADLINE_METRICS.has(key.metric));
}

/** Headline of a story from its key figure. Example: → `四巨头2026年资本开支超过4000亿美元`. */
export function offlineHeadline(bundle: StoryBundle, key: Figure | null, dir: EntityDirectory): string {
  const zhTitle = bundle.items.find((i) => i.lang !== 'en' && i.title.trim())?.title.trim();
  const englishOnly = bundle.items.every((i) => i.lang === 'en');
  if (templated(key)) {
    const vars = {
      subject: zhName(key.subject, bundle, dir),
      period: periodZh(key.period),
      metric: METRIC_ZH[key.metric],
      amount: renderFigureZh(key),
      change: key.direction === 'down' ? '下降' : '增长',
    };
    return fill(key.kind === 'percent' ? TEMPLATES.headlineChange : TEMPLATES.headlineMetric, vars);
  }
  if (zhTitle) return zhTitle;
  const title = bundle.items[0]?.title.trim() || bundle.story.title;
  return englishOnly ? fill(TEMPLATES.headlineEnglish, { title }) : title;
}
