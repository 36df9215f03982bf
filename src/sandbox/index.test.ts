import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig } from '../config/index.js';
import { extract, loadGazetteer } from '../extract/index.js';
import { extractInSandbox, UNWATCHED_CHARS } from './index.js';

const gaz = loadGazetteer();
const limits = parseConfig({}).limits;

/** Our own short news items, English and Chinese: small enough to run in the calling thread unwatched. */
const ITEMS = [
  {
    text: 'Harbor Lake Semiconductor lifts capex\n\nHarbor Lake Semiconductor said on Tuesday its 2026 capital expenditure would rise to $4.2 billion.',
    ctx: { date: '2026-11-20', lang: 'en' as const },
  },
  {
    text: '衡川半导体三季度营收增长\n\n衡川半导体第三季度营收达到58亿元，同比增长23%。',
    ctx: { date: '2026-11-21', lang: 'zh' as const },
  },
];

test('a tiny item extracted in the calling thread under its budget reads no CPU clock (process.cpuUsage)', async (t) => {
  const cpu = t.mock.method(process, 'cpuUsage');
  for (const { text, ctx } of ITEMS) {
    assert.ok(text.length <= UNWATCHED_CHARS);
    const r = await extractInSandbox(text, 2, ctx, gaz, limits);
    assert.ok(r.ok, 'extracted');
    assert.deepEqual({ figures: r.figures, entities: r.entities }, extract(text, ctx, gaz), 'what extract returns');
  }
  assert.equal(cpu.mock.callCount(), 0);
});

test('a tiny item over its budget by the clock runs again watched, where its CPU time is read', async (t) => {
  const cpu = t.mock.method(process, 'cpuUsage');
  const dense = `Dense\n\n${'Revenue rose 5%, margin 6%, cost 7% and tax 8%.\n'.repeat(80)}`;
  assert.ok(dense.length <= UNWATCHED_CHARS);
  // A budget of 1 ms: the unwatched run of ~320 figures takes longer by the clock (5–10 ms warm on the benchmark
  // machine), so the watched run decides (stopped, or its CPU time read).
  const r = await extractInSandbox(dense, 80, { date: '2026-11-22' }, gaz, { ...limits, extractMs: 1 });
  assert.equal(r.ok, false);
  assert.ok(cpu.mock.callCount() > 0, 'the CPU time was read');
});
