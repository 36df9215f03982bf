import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capexBundle, openaiAwsBundle, priceCutBundle } from '../../test/fixtures/enrich/bundles.js';
import { buildRunReport, writeDigest } from './digest.js';
import { createOfflineEngine } from './offline/engine.js';

test('writeDigest (offline): guarded stories, title led by the key figure, minor stories under more', async () => {
  const engine = createOfflineEngine();
  const bundles = [capexBundle(), openaiAwsBundle(), priceCutBundle()];
  const d = await writeDigest(bundles, engine, { date: '2026-03-02', style: 'sections', footer: '<p>join</p>' });
  assert.deepEqual(d.guard, [], 'the offline engine writes no untraceable number');
  assert.ok(d.title.startsWith('四巨头2026年资本开支将超过4000亿美元'), d.title);
  assert.deepEqual(
    d.stories.map((s) => s.storyId),
    ['st_capex2026'],
  );
  // The English story's body only says its headline again (据CNBC报道，…合同。): a 更多动态 line (compose23).
  assert.deepEqual(
    d.more.map((s) => s.storyId),
    ['st_openai_aws', 'st_deepseek_price'],
  );
  assert.deepEqual(
    d.summary,
    d.stories.map((s) => s.headline),
  );
  assert.equal(d.category, 'AI 日报');
  assert.deepEqual(d.tags, ['AI', 'AI 日报']);
  assert.equal(d.footer, '<p>join</p>');
  assert.equal(d.engine, 'offline');
  assert.ok(d.seo.includes('Microsoft') && d.seo.includes('资本与市场'), JSON.stringify(d.seo));
  for (const s of [...d.stories, ...d.more]) assert.ok(s.sources.length > 0 && s.sources.every((x) => x.url));
  const report = buildRunReport(d, engine);
  assert.deepEqual(
    { stories: report.stories, dropped: report.guardDropped, requests: report.llmRequests },
    { stories: 3, dropped: 0, requests: 0 },
  );
});
