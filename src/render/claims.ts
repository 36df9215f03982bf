/** Human-readable claims table for the CLI: one block per (subject, metric, period), conflicts marked ⚠ with every value and its sources. */
import { distinctValues, formatFigure } from '../knowledge/index.js';
import type { Claim, Statement } from '../types/knowledge.js';
import { maxOf } from '../util/arrays.js';

/** Display width of a string in a terminal: CJK and full-width characters count two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

function cite(s: Statement, line: (s: Statement) => number): string {
  return `${s.source}:${line(s)}${s.date ? ` (${s.date.slice(0, 10)})` : ''}`;
}

/**
 * Renders claims as a table. Example line: `⚠ Google · capex · 2026   $85B  ← wire.md:5 (2026-02-20)`,
 * followed by the other value(s) and their sources; agreeing groups show one line per distinct value.
 */
export function formatClaims(claims: Claim[], line: (s: Statement) => number = (s) => s.line): string {
  if (claims.length === 0) return '(no claims)\n';
  const heads = claims.map((c) => `${c.conflict ? '⚠ ' : '  '}${c.subject} · ${c.metric} · ${c.period}`);
  const col = maxOf(heads.map(width)) + 2;
  const lines: string[] = [];
  claims.forEach((c, ci) => {
    const values = distinctValues(c);
    const latest = c.statements[c.latest];
    const counts = values.map((v) => new Set(v.statements.map((s) => s.itemId)).size);
    const top = maxOf(counts);
    const uniqueTop = counts.filter((n) => n === top).length === 1;
    values.forEach((v, vi) => {
      const marks: string[] = [];
      if (uniqueTop && counts[vi] === top && values.length > 1) marks.push('most cited');
      if (latest && v.statements.includes(latest) && values.length > 1) marks.push('latest');
      const head = vi === 0 ? (heads[ci] as string) : '';
      const value = `${formatFigure(v.figure)}  "${v.figure.text}"`;
      lines.push(
        `${pad(head, col)}${value}  ← ${v.statements.map((s) => cite(s, line)).join(', ')}${marks.length ? `  [${marks.join(', ')}]` : ''}`,
      );
    });
  });
  const conflicts = claims.filter((c) => c.conflict).length;
  const inconsistent = claims.filter((c) => c.inconsistencies?.length);
  for (const c of inconsistent)
    for (const inc of c.inconsistencies ?? []) {
      const own = inc.statements.map((i) => c.statements[i]).filter((s): s is Statement => !!s);
      lines.push(
        `≠ ${c.subject} · ${c.metric} · ${c.period}  one source, two values: ${own.map((s) => `${formatFigure(s.figure)} "${s.figure.text}" (${cite(s, line)})`).join(' vs ')}`,
      );
    }
  lines.push(
    '',
    `${claims.length} claims, ${conflicts} conflicting (⚠: sources disagree beyond the tolerance), ${inconsistent.length} inconsistent within a source (≠)`,
  );
  return `${lines.join('\n')}\n`;
}
