/** Offline headlines: the key figure in a template (H1–H4 of TEMPLATES.md), else the Chinese source title. */
import type { Figure, StoryBundle } from '../../types/index.js';
import { renderFigureZh } from './figure-zh.js';
import { type EntityDirectory, periodZh, zhName } from './names.js';
import { fill, METRIC_ZH, TEMPLATES } from './templates.js';

/** Headline of a story from its key figure. Example: → `四巨头2026年资本开支超过4000亿美元`. */
export function offlineHeadline(bundle: StoryBundle, key: Figure | null, dir: EntityDirectory): string {
  const zhTitle = bundle.items.find((i) => i.lang !== 'en' && i.title.trim())?.title.trim();
  const englishOnly = bundle.items.every((i) => i.lang === 'en');
  const metric = key?.metric ? METRIC_ZH[key.metric] : undefined;
  if (key?.subject && metric) {
    const vars = {
      subject: zhName(key.subject, bundle, dir),
      period: periodZh(key.period),
      metric,
      amount: renderFigureZh(key),
      change: key.direction === 'down' ? '下降' : '增长',
    };
    return fill(key.kind === 'percent' ? TEMPLATES.headlineChange : TEMPLATES.headlineMetric, vars);
  }
  if (zhTitle) return zhTitle;
  if (key?.subject && !englishOnly) {
    return fill(TEMPLATES.headlineSubject, { subject: zhName(key.subject, bundle, dir), amount: renderFigureZh(key) });
  }
  const title = bundle.items[0]?.title.trim() || bundle.story.title;
  return englishOnly ? fill(TEMPLATES.headlineEnglish, { title }) : title;
}
