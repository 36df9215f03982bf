/** One fiscal calendar per story (decision 113): invented figures of two reports of one results story. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ItemExtraction } from '../store/types.js';
import type { Figure, ItemRecord, Story } from '../types/index.js';
import { buildBundle } from './bundle.js';
import { shareFiscalLabels } from './cluster-calendar.js';

const fig = (text: string, value: number, metric: string, period: string, subject = 'Tessaly Networks'): Figure =>
  ({ text, kind: 'money', value, currency: 'USD', subject, metric, period, start: 0, end: text.length }) as Figure;

test("a flash's calendar quarter of a figure the transcript gives by its fiscal quarter takes the fiscal label, its year-ago quarter too", () => {
  const out = shareFiscalLabels({
    call: [fig('$2.1 billion', 2.1e9, 'revenue', 'FY2027Q1'), fig('about $3 billion', 3e9, 'capex', 'FY2027')],
    flash: [
      fig('21亿美元', 2.1e9, 'revenue', '2026Q1'),
      fig('3亿美元', 3e8, 'loss', '2026Q1'),
      fig('18亿美元', 1.8e9, 'revenue', '2025Q1'),
      fig('约30亿美元', 3e9, 'capex', '2026'),
      fig('50亿美元', 5e9, 'revenue', '2026Q1', 'Other Co'),
    ],
  });
  assert.deepEqual(
    out.flash!.map((f) => `${f.text}|${f.period}`),
    ['21亿美元|FY2027Q1', '3亿美元|FY2027Q1', '18亿美元|FY2026Q1', '约30亿美元|FY2027', '50亿美元|2026Q1'],
  );
  assert.deepEqual(
    out.call!.map((f) => f.period),
    ['FY2027Q1', 'FY2027'],
  );
});

test('no shared figure, no relabel; a different quarter ordinal is no match', () => {
  const out = shareFiscalLabels({
    call: [fig('$2.1 billion', 2.1e9, 'revenue', 'FY2027Q1')],
    flash: [fig('21亿美元', 2.1e9, 'revenue', '2026Q3'), fig('9亿美元', 9e8, 'revenue', '2026Q1')],
  });
  assert.deepEqual(
    out.flash!.map((f) => f.period),
    ['2026Q3', '2026Q1'],
  );
});

test("a story's bundle carries the shared fiscal labels", () => {
  const items = [{ id: 'call' }, { id: 'flash' }] as ItemRecord[];
  const extractions = new Map<string, ItemExtraction>([
    ['call', { figures: [fig('$2.1 billion', 2.1e9, 'revenue', 'FY2027Q1')], entities: [] } as unknown as ItemExtraction],
    [
      'flash',
      {
        figures: [fig('21亿美元', 2.1e9, 'revenue', '2026Q1'), fig('3亿美元', 3e8, 'loss', '2026Q1')],
        entities: [],
      } as unknown as ItemExtraction,
    ],
  ]);
  const b = buildBundle({ id: 's' } as Story, items, extractions, { claims: [], deals: [], derived: [], cycles: [] });
  assert.deepEqual(
    b.figures.flash!.map((f) => f.period),
    ['FY2027Q1', 'FY2027Q1'],
  );
});
