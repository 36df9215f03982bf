/** Gold-set measurement: money precision / recall of the extractor on hand-labelled sentences (test/fixtures/figures/gold.jsonl). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Figure } from '../../types/figure.js';
import { extractFigures } from './index.js';

interface GoldLine {
  text: string;
  date: string;
  figures: Figure[];
}

const GOLD = new URL('../../../test/fixtures/figures/gold.jsonl', import.meta.url);

function close(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= Math.abs(b) * 0.005 + 1e-12;
}

/** A predicted money figure matches a gold one: spans overlap, same value / low / high within 0.5 %, same currency. */
export function moneyMatch(p: Figure, g: Figure): boolean {
  return (
    p.start < g.end &&
    g.start < p.end &&
    p.currency === g.currency &&
    close(p.value, g.value) &&
    close(p.low, g.low) &&
    close(p.high, g.high)
  );
}

/** Scores money figures over the gold file; returns counts and the misses for inspection. */
export function scoreGold(lines: GoldLine[]): { tp: number; fp: number; fn: number; misses: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const line of lines) {
    const pred = extractFigures(line.text).filter((f) => f.kind === 'money');
    const gold = line.figures.filter((f) => f.kind === 'money');
    const used = new Set<number>();
    for (const g of gold) {
      const k = pred.findIndex((p, i) => !used.has(i) && moneyMatch(p, g));
      if (k >= 0) {
        used.add(k);
        tp++;
      } else {
        fn++;
        misses.push(`FN ${JSON.stringify(g.text)} in ${line.text}`);
      }
    }
    pred.forEach((p, i) => {
      if (!used.has(i)) {
        fp++;
        misses.push(`FP ${JSON.stringify(p)} in ${line.text}`);
      }
    });
  }
  return { tp, fp, fn, misses };
}

test('gold set: money precision and recall ≥ 0.98', () => {
  const lines = readFileSync(GOLD, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldLine);
  const total = lines.reduce((n, l) => n + l.figures.length, 0);
  assert.ok(total >= 300, `gold set has ${total} figures`);
  const { tp, fp, fn, misses } = scoreGold(lines);
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  console.log(
    `gold money: tp=${tp} fp=${fp} fn=${fn} precision=${precision.toFixed(4)} recall=${recall.toFixed(4)} (${lines.length} sentences, ${total} figures)`,
  );
  for (const m of misses) console.log(`  ${m}`);
  assert.ok(precision >= 0.98, `precision ${precision}`);
  assert.ok(recall >= 0.98, `recall ${recall}`);
});

test('gold set: spans in the file are consistent', () => {
  for (const l of readFileSync(GOLD, 'utf8').split('\n')) {
    if (l.trim() === '') continue;
    const g = JSON.parse(l) as GoldLine;
    for (const f of g.figures) assert.equal(g.text.slice(f.start, f.end), f.text);
  }
});
