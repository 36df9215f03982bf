/**
 * Subject and period accuracy on labelled money figures: the figures engineer's gold set
 * (test/fixtures/figures/gold.jsonl) and our own attribution set (test/fixtures/entities/attribution.jsonl).
 * Each gold figure is matched to the extracted figure by span (overlap); a gold figure the recogniser missed counts as
 * wrong end to end. Attribution alone is also measured on the gold spans. Goal: ≥ 0.9 for subject and period.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { attributeFigures, extract, findEntities, loadGazetteer } from '../../extract/index.js';
import type { Figure } from '../../types/figure.js';

interface GoldLine {
  text: string;
  date: string | null;
  figures: Figure[];
}

const gaz = loadGazetteer();

function measure(file: string) {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldLine);
  const n = { money: 0, found: 0, subject: 0, subjectOk: 0, subjectSpanOk: 0, period: 0, periodOk: 0, periodSpanOk: 0 };
  const misses: string[] = [];
  for (const line of lines) {
    const ctx = { date: line.date };
    const { figures } = extract(line.text, ctx, gaz);
    const bare = line.figures.map(({ subject: _s, metric: _m, period: _p, ...rest }) => rest as Figure);
    const onGold = attributeFigures(line.text, bare, findEntities(line.text, gaz, { discover: true }), ctx, gaz);
    for (const g of line.figures) {
      if (g.kind !== 'money') continue;
      n.money++;
      const e = figures.find((f) => f.start < g.end && g.start < f.end);
      if (e) n.found++;
      const a = onGold.find((f) => f.start === g.start && f.end === g.end);
      if (g.subject) {
        n.subject++;
        if (e?.subject === g.subject) n.subjectOk++;
        if (a?.subject === g.subject) n.subjectSpanOk++;
        else misses.push(`subject ${g.subject} ≠ ${a?.subject}: ${line.text}`);
      }
      if (g.period) {
        n.period++;
        if (e?.period === g.period) n.periodOk++;
        if (a?.period === g.period) n.periodSpanOk++;
        else misses.push(`period ${g.period} ≠ ${a?.period}: ${line.text}`);
      }
    }
  }
  const r = (a: number, b: number): number => (b ? a / b : 1);
  return {
    money: n.money,
    found: n.found,
    subject: r(n.subjectOk, n.subject),
    period: r(n.periodOk, n.period),
    subjectOnGoldSpans: r(n.subjectSpanOk, n.subject),
    periodOnGoldSpans: r(n.periodSpanOk, n.period),
    labelled: { subject: n.subject, period: n.period },
    misses,
  };
}

const SETS = [
  new URL('../../../test/fixtures/entities/attribution.jsonl', import.meta.url),
  new URL('../../../test/fixtures/figures/gold.jsonl', import.meta.url),
];

for (const url of SETS) {
  const name = url.pathname.split('/').slice(-2).join('/');
  test(`attribution accuracy on ${name} ≥ 0.9 (subject, period)`, () => {
    assert.ok(existsSync(url), `${name} is missing: the measurement cannot run`);
    const m = measure(url.pathname);
    const pct = (x: number): string => (x * 100).toFixed(1);
    console.log(
      `[attribution] ${name}: money figures ${m.money} (found by extractor ${m.found}); ` +
        `subject ${pct(m.subject)}% of ${m.labelled.subject}, period ${pct(m.period)}% of ${m.labelled.period} end to end; ` +
        `on gold spans subject ${pct(m.subjectOnGoldSpans)}%, period ${pct(m.periodOnGoldSpans)}%`,
    );
    for (const miss of m.misses) console.log(`  miss: ${miss}`);
    assert.ok(m.labelled.subject >= 10 && m.labelled.period >= 10, 'too few labelled figures to measure');
    assert.ok(m.subjectOnGoldSpans >= 0.9, `subject accuracy ${m.subjectOnGoldSpans} < 0.9`);
    assert.ok(m.periodOnGoldSpans >= 0.9, `period accuracy ${m.periodOnGoldSpans} < 0.9`);
    assert.ok(m.subject >= 0.9, `end-to-end subject accuracy ${m.subject} < 0.9`);
    assert.ok(m.period >= 0.9, `end-to-end period accuracy ${m.period} < 0.9`);
  });
}
