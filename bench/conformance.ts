/**
 * Conformance benchmark: runs the external number / percent / currency suites (Microsoft Recognizers-Text specs and the
 * Duckling money corpus, in ../shared/testdata/numbers or $FACTBRIEF_TESTDATA) through factbrief's extractor and through
 * @microsoft/recognizers-text-suite in the same run, and prints per-file accuracy as a Markdown table
 * (also written to bench/out/conformance.md). Run: node --import tsx bench/conformance.ts
 *
 * "Correct" is the same for both systems:
 * - Recognizers files: the set of (span, value[, currency]) found equals the expected set exactly (nothing missing, nothing extra).
 *   Number model: every number of factbrief's extractNumbers (numeral spans, no units) vs recognizeNumber; percent: percent figures vs recognizePercentage;
 *   currency: money figures plus bare currency names (extractCurrencyMentions, value null) vs recognizeCurrency. Currency
 *   values are normalised to (amount in main unit, ISO code). Vague amounts (百分之二三十, tens of billions) are not
 *   compared: they have no single value, and the Recognizers models resolve exact values only (3 Chinese percent cases).
 * - Duckling: the first money found has the expected value (x), interval (lo..hi) or bound (<=x / >=x) and currency;
 *   `Unnamed` accepts any currency and falls back to the first number; `negative` lines are correct when no money is found.
 * Cases whose NotSupported / NotSupportedByDesign name javascript are scored in separate columns, not dropped.
 * `--failures [file]`: also list every case factbrief fails (input → want / got), on stdout or into `file`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Rec from '@microsoft/recognizers-text-suite';
import { extractCurrencyMentions, extractFigures, extractNumbers } from '../src/extract/figures/index.js';
import { QUALIFIER_PREFIXES } from '../src/extract/figures/lexicon-units.js';
import type { Figure } from '../src/types/figure.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface SpecResult {
  Text: string;
  TypeName: string;
  Resolution?: { value?: string | null; unit?: string; isoCurrency?: string } | null;
  Start: number;
  End: number;
}
interface SpecCase {
  Input: string;
  Results: SpecResult[];
  NotSupported?: string;
  NotSupportedByDesign?: string;
}
interface Found {
  start: number;
  end: number; // exclusive
  value: number | null;
  currency?: string;
}

/** Where the shared test data lives, or null. */
function testdataDir(): string | null {
  const cands = [
    process.env.FACTBRIEF_TESTDATA,
    join(ROOT, '..', 'shared', 'testdata', 'numbers'),
    process.env.FACTBRIEF_TESTDATA ? join(process.env.FACTBRIEF_TESTDATA, 'numbers') : undefined,
  ];
  for (const c of cands) if (c && existsSync(join(c, 'recognizers'))) return c;
  return null;
}

/** Recognizers unit names → [ISO code, factor]. */
const UNIT_MAP: Record<string, [string, number]> = {
  Dollar: ['USD', 1],
  'United States dollar': ['USD', 1],
  Cent: ['USD', 0.01],
  Pence: ['GBP', 0.01],
  Penny: ['GBP', 0.01],
  Pound: ['GBP', 1],
  'British pound': ['GBP', 1],
  Euro: ['EUR', 1],
  Franc: ['FRF', 1],
  'Chinese yuan': ['CNY', 1],
  'Japanese yen': ['JPY', 1],
  Yen: ['JPY', 1],
  'Finnish markka': ['FIM', 1],
  Peseta: ['ESP', 1],
  'Netherlands guilder': ['NLG', 1],
  Rupee: ['INR', 1],
  Sen: ['MYR', 0.01],
  Bitcoin: ['BTC', 1],
  Satoshi: ['BTC', 1e-8],
};

function normCurrency(value: number | null, unit: string | undefined, iso: string | undefined): { value: number | null; currency: string } {
  if (unit && UNIT_MAP[unit]) {
    const [code, f] = UNIT_MAP[unit];
    return { value: value === null ? null : value * f, currency: iso && f === 1 ? iso : code };
  }
  return { value, currency: iso ?? unit ?? '?' };
}

function num(v: string | null | undefined): number | null {
  if (v === null || v === undefined || v === 'null') return null;
  return Number(String(v).replace(/%$/, ''));
}

type Model = 'number' | 'percent' | 'currency';

function expected(c: SpecCase, model: Model): Found[] {
  return c.Results.map((r) => {
    const v = num(r.Resolution?.value ?? null);
    const f: Found = { start: r.Start, end: r.End + 1, value: v };
    if (model === 'currency') {
      const n = normCurrency(v, r.Resolution?.unit, r.Resolution?.isoCurrency);
      f.value = n.value;
      f.currency = n.currency;
    }
    return f;
  });
}

/** A value is negative only when the sign is written in the figure (-8%, 负三十二, minus five), not for `fell 8%`. */
function signed(f: Figure): number {
  const v = f.value ?? f.low ?? 0;
  return /^(?:-|－|−|负|負|minus|negative)/i.test(f.text) ? -v : v;
}

const QUALS = Object.keys(QUALIFIER_PREFIXES).sort((a, b) => b.length - a.length);

/** Recognizers spans never include a qualifier (`about`, `more than`): compare the amount's own span. */
function amountStart(f: Figure): number {
  if (f.qualifier === 'exact' || f.qualifier === 'vague') return f.start;
  const lower = f.text.toLowerCase();
  for (const q of QUALS) {
    if (lower.startsWith(q)) {
      let k = q.length;
      while (k < f.text.length && /\s/.test(f.text[k] ?? '')) k++;
      return f.start + k;
    }
  }
  return f.start;
}

function ours(input: string, model: Model): Found[] {
  // The number model is answered by factbrief's number API (numeral spans without units), like recognizeNumber.
  if (model === 'number') return extractNumbers(input).map((n) => ({ start: n.start, end: n.end, value: n.value }));
  const figs = extractFigures(input);
  const keep = figs.filter((f) => (model === 'percent' ? f.kind === 'percent' : f.kind === 'money') && f.qualifier !== 'vague');
  const found = keep.map((f) => {
    const o: Found = { start: amountStart(f), end: f.end, value: signed(f) };
    if (model === 'currency') o.currency = f.currency ?? '?';
    return o;
  });
  if (model !== 'currency') return found;
  for (const m of extractCurrencyMentions(input, figs)) found.push({ start: m.start, end: m.end, value: null, currency: m.currency });
  return found;
}

// biome-ignore lint/suspicious/noExplicitAny: the reference library's result objects are untyped JSON
type RefResult = any;

function reference(input: string, model: Model, culture: string): Found[] {
  const rs: RefResult[] =
    model === 'number'
      ? Rec.recognizeNumber(input, culture)
      : model === 'percent'
        ? Rec.recognizePercentage(input, culture)
        : Rec.recognizeCurrency(input, culture);
  return rs.map((r: RefResult) => {
    const v = num(r.resolution?.value ?? null);
    const f: Found = { start: r.start, end: r.end + 1, value: v };
    if (model === 'currency') {
      const n = normCurrency(v, r.resolution?.unit, r.resolution?.isoCurrency);
      f.value = n.value;
      f.currency = n.currency;
    }
    return f;
  });
}

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-6);
}

function sameSet(got: Found[], want: Found[]): boolean {
  if (got.length !== want.length) return false;
  const used = new Set<number>();
  for (const w of want) {
    const k = got.findIndex(
      (g, i) =>
        !used.has(i) &&
        g.start === w.start &&
        g.end === w.end &&
        sameValue(g.value, w.value) &&
        (w.currency === undefined || g.currency === w.currency),
    );
    if (k < 0) return false;
    used.add(k);
  }
  return true;
}

interface Row {
  file: string;
  cases: number;
  fb: number;
  ref: number;
  nsCases: number;
  fbNs: number;
  refNs: number;
  failures: string[];
}

function runSpec(dir: string, file: string, model: Model, culture: string): Row {
  const cases = JSON.parse(readFileSync(join(dir, 'recognizers', file), 'utf8')) as SpecCase[];
  const row: Row = { file, cases: 0, fb: 0, ref: 0, nsCases: 0, fbNs: 0, refNs: 0, failures: [] };
  for (const c of cases) {
    const ns = /javascript/i.test(`${c.NotSupported ?? ''} ${c.NotSupportedByDesign ?? ''}`);
    const want = expected(c, model);
    const fbOk = sameSet(ours(c.Input, model), want);
    let refOk = false;
    try {
      refOk = sameSet(reference(c.Input, model, culture), want);
    } catch {
      refOk = false;
    }
    if (ns) {
      row.nsCases++;
      row.fbNs += fbOk ? 1 : 0;
      row.refNs += refOk ? 1 : 0;
    } else {
      row.cases++;
      row.fb += fbOk ? 1 : 0;
      row.ref += refOk ? 1 : 0;
      if (!fbOk) row.failures.push(`${c.Input.slice(0, 80)} → want ${JSON.stringify(want)} got ${JSON.stringify(ours(c.Input, model))}`);
    }
  }
  return row;
}

const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'HKD', 'TWD', 'SGD', 'NZD', 'MXN', 'BRL']);

function ducklingCurrencyOk(want: string, got: string | undefined, zh: boolean): boolean {
  if (want === 'Unnamed') return true;
  if (got === undefined) return false;
  if (want === 'Dollar') return DOLLARS.has(got) || (zh && got === 'CNY');
  if (want === 'Pound') return got === 'GBP' || got === 'EGP' || got === 'LBP';
  if (want === 'Dinar') return /D$/.test(got) || got === 'KWD';
  if (want === 'Riyal') return got === 'SAR' || got === 'QAR';
  if (want === 'Rial') return got === 'IRR' || got === 'OMR' || got === 'YER';
  return got === want;
}

interface Money {
  value?: number;
  low?: number;
  high?: number;
  currency?: string;
}

function ducklingOk(m: Money | null, expectedValue: string, currency: string, kind: string, zh: boolean): boolean {
  if (kind === 'negative') return m === null;
  if (m === null) return false;
  const cents = currency === 'Cent';
  const scale = cents ? 100 : 1;
  if (!ducklingCurrencyOk(cents ? 'Unnamed' : currency, m.currency, zh)) return false;
  const eq = (a: number | undefined, b: number): boolean => a !== undefined && Math.abs(a * scale - b) <= Math.abs(b) * 1e-6 + 1e-9;
  if (expectedValue.includes('..')) {
    const [lo, hi] = expectedValue.split('..').map(Number) as [number, number];
    return eq(m.low, lo) && eq(m.high, hi);
  }
  if (expectedValue.startsWith('<=')) return eq(m.value ?? m.high, Number(expectedValue.slice(2)));
  if (expectedValue.startsWith('>=')) return eq(m.value ?? m.low, Number(expectedValue.slice(2)));
  return eq(m.value, Number(expectedValue));
}

function runDuckling(dir: string, file: string, culture: string): Row {
  const zh = culture === Rec.Culture.Chinese;
  const lines = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '');
  const row: Row = { file, cases: 0, fb: 0, ref: 0, nsCases: 0, fbNs: 0, refNs: 0, failures: [] };
  for (const line of lines) {
    const [input = '', expectedValue = '', currency = '', kind = ''] = line.split('\t');
    row.cases++;
    // factbrief
    let mine: Money | null = null;
    const money = extractFigures(input).find((f) => f.kind === 'money');
    if (money) mine = money;
    else if (currency === 'Unnamed') {
      const any = extractFigures(input, { bareNumbers: true })[0];
      if (any) mine = { ...any, currency: undefined };
    }
    // reference
    let ref: Money | null = null;
    try {
      const rc = Rec.recognizeCurrency(input, culture)[0] as RefResult;
      if (rc && num(rc.resolution?.value) !== null) {
        const n = normCurrency(num(rc.resolution.value), rc.resolution.unit, rc.resolution.isoCurrency);
        ref = { value: n.value ?? undefined, currency: n.currency };
        if (currency === 'Cent' && rc.resolution.unit === 'Cent') ref.value = (num(rc.resolution.value) ?? 0) / 100;
      } else if (currency === 'Unnamed') {
        const rn = Rec.recognizeNumber(input, culture)[0] as RefResult;
        if (rn) ref = { value: num(rn.resolution?.value) ?? undefined };
      }
    } catch {
      ref = null;
    }
    const fbOk = ducklingOk(mine, expectedValue, currency, kind, zh);
    const refOk = ducklingOk(ref, expectedValue, currency, kind, zh);
    row.fb += fbOk ? 1 : 0;
    row.ref += refOk ? 1 : 0;
    if (!fbOk) row.failures.push(`${input} → want ${expectedValue} ${currency} got ${JSON.stringify(mine)}`);
  }
  return row;
}

function pct(a: number, n: number): string {
  return n === 0 ? '–' : `${((100 * a) / n).toFixed(1)}%`;
}

/** Runs every suite and returns the Markdown report. */
export function runConformance(dir: string): { markdown: string; rows: Row[] } {
  const E = Rec.Culture.English;
  const Z = Rec.Culture.Chinese;
  const rows: Row[] = [
    runSpec(dir, 'Number_English_NumberModel.json', 'number', E),
    runSpec(dir, 'Number_Chinese_NumberModel.json', 'number', Z),
    runSpec(dir, 'Number_English_PercentModel.json', 'percent', E),
    runSpec(dir, 'Number_Chinese_PercentModel.json', 'percent', Z),
    runSpec(dir, 'NumberWithUnit_English_CurrencyModel.json', 'currency', E),
    runSpec(dir, 'NumberWithUnit_Chinese_CurrencyModel.json', 'currency', Z),
    runDuckling(dir, 'duckling_money_en.txt', E),
    runDuckling(dir, 'duckling_money_zh.txt', Z),
  ];
  const lines = [
    '| file | cases | factbrief | recognizers-text | js-unsupported cases | factbrief (unsupported) | recognizers-text (unsupported) |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.file} | ${r.cases} | ${r.fb} (${pct(r.fb, r.cases)}) | ${r.ref} (${pct(r.ref, r.cases)}) | ${r.nsCases} | ${r.nsCases ? `${r.fbNs} (${pct(r.fbNs, r.nsCases)})` : '–'} | ${r.nsCases ? `${r.refNs} (${pct(r.refNs, r.nsCases)})` : '–'} |`,
    );
  }
  return { markdown: `${lines.join('\n')}\n`, rows };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = testdataDir();
  if (!dir) {
    console.log('conformance: test data not found (looked in ../shared/testdata/numbers and $FACTBRIEF_TESTDATA); nothing to do.');
    process.exit(0);
  }
  const { markdown, rows } = runConformance(dir);
  console.log(markdown);
  const fi = process.argv.indexOf('--failures');
  if (fi >= 0) {
    const lines = rows.flatMap((r) => r.failures.map((f) => `[${r.file}] ${f}`));
    const target = process.argv[fi + 1];
    if (target && !target.startsWith('--')) {
      writeFileSync(target, `${lines.join('\n')}\n`);
      console.log(`failures: ${lines.length} cases written to ${target}`);
    } else for (const l of lines) console.log(l);
  }
  mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench', 'out', 'conformance.md'),
    `# Figure conformance\n\nCommand: \`node --import tsx bench/conformance.ts\`\n\n${markdown}`,
  );
}
