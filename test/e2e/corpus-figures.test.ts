/** End-to-end: figure extraction and attribution on corpus/ measured against the `figures` and `transcripts` sections of corpus/expected.json. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import * as OpenCC from 'opencc-js';
import { parseConfig } from '../../src/config/index.js';
import { canonicalMetric, canonicalSubject, type Gazetteer, loadGazetteer, lookupEntry } from '../../src/extract/index.js';
import { extractPending, ingest } from '../../src/pipeline.js';
import { silentReporter } from '../../src/report.js';
import { openStore } from '../../src/store/index.js';
import type { EntityMention, Figure, ItemRecord } from '../../src/types/index.js';

const root = resolve(new URL('../..', import.meta.url).pathname);
const corpusDir = join(root, 'corpus');

// ---- expected.json shapes (only the sections this test reads) ----
/** A planted figure: the extractor's own fields (those given are checked) plus where it stands. */
type ExpectedFigure = Pick<Figure, 'kind' | 'text'> &
  Partial<Pick<Figure, 'qualifier' | 'value' | 'low' | 'high' | 'currency' | 'unit' | 'direction' | 'subject' | 'metric' | 'period'>> & {
    file: string;
    note?: string;
  };
interface ExpectedTranscripts {
  asrAliases: Record<string, string>;
  occurrences: Record<string, Record<string, number>>;
}
interface Expected {
  figures: ExpectedFigure[];
  transcripts: ExpectedTranscripts;
}
const expected = JSON.parse(readFileSync(join(corpusDir, 'expected.json'), 'utf8')) as Expected;

// ---- extract the articles and transcripts once, through the pipeline, on a fresh SQLite store ----
const dir = mkdtempSync(join(tmpdir(), 'factbrief-corpus-figures-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const config = parseConfig({}, {});
const gaz: Gazetteer = loadGazetteer(config.extract.gazetteer);
const store = await openStore({ path: join(dir, 'factbrief.db') });
await ingest(
  store,
  ['articles', 'transcripts'].map((d) => join(corpusDir, d)),
  config,
  silentReporter,
);
await extractPending(store, gaz, silentReporter);
const items: ItemRecord[] = await store.listItems();
const extractions = await store.getExtractions();
await store.close();

const abs = (file: string) => join(corpusDir, file);
const byItem = new Map(extractions.map((x) => [x.itemId, x]));
/** Figures and entity mentions of every item read from `file`. */
function extractedFrom(file: string): { figures: Figure[]; entities: EntityMention[]; text: string } {
  const mine = items.filter((it) => it.source === abs(file));
  return {
    figures: mine.flatMap((it) => byItem.get(it.id)?.figures ?? []),
    entities: mine.flatMap((it) => byItem.get(it.id)?.entities ?? []),
    text: mine.map((it) => it.text).join('\n'),
  };
}

// ---- field comparison ----
const rel = (x: number, y: number) => Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1e-12);
const near = (got: number | undefined, want: number) => got !== undefined && rel(got, want) < 1e-6;
/** The corpus says `text` as written in the file; items hold it Simplified, without Markdown emphasis, with caption lines joined. */
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const norm = (s: string) => toSimplified(s.replace(/\*+/g, '')).replace(/\s+/g, ' ').trim();
/** Surface texts match when one contains the other (an extractor may take a little more or less). */
const textMatches = (got: string, want: string) => {
  const [g, w] = [norm(got), norm(want)];
  return g.includes(w) || w.includes(g);
};

/**
 * A subject matches by canonical name; when the expectation names a product and the figure its owner (figures about a
 * product are attributed to its parent, see GazetteerEntry.parent: ChatGPT → OpenAI); or when the expectation
 * describes a group the figure names ('Big Four hyperscalers' ~ Hyperscalers).
 */
function sameSubject(got: string | undefined, want: string): boolean {
  if (!got) return false;
  if (canonicalSubject(got, gaz) === canonicalSubject(want, gaz)) return true;
  if (lookupEntry(want, gaz)?.parent === canonicalSubject(got, gaz)) return true;
  const entry = lookupEntry(got, gaz);
  if (!entry?.members) return false;
  const w = want.toLowerCase();
  return [entry.name, ...entry.aliases].some((a) => /^[\x20-\x7e]+$/.test(a) && w.includes(a.toLowerCase()));
}

type Field = 'kind' | 'value' | 'low' | 'high' | 'currency' | 'qualifier' | 'unit' | 'direction' | 'subject' | 'metric' | 'period';
const FIELDS: Field[] = ['kind', 'value', 'low', 'high', 'currency', 'qualifier', 'unit', 'direction', 'subject', 'metric', 'period'];

/** Whether `f` agrees with `e` on `field` (only asked for fields `e` states). Vague bounds are honest when within the stated order of magnitude. */
function fieldOk(f: Figure, e: ExpectedFigure, field: Field): boolean {
  const vague = e.qualifier === 'vague';
  switch (field) {
    case 'value':
      return near(f.value, e.value as number);
    case 'low':
      return vague ? f.low !== undefined && f.low >= (e.low as number) && f.low <= 2 * (e.low as number) : near(f.low, e.low as number);
    case 'high':
      return vague
        ? f.high !== undefined && f.high >= 0.9 * (e.high as number) && f.high <= (e.high as number) * (1 + 1e-9)
        : near(f.high, e.high as number);
    case 'subject':
      return sameSubject(f.subject, e.subject as string);
    case 'metric': {
      // expected.json names some metrics by another word of the same thing (backlog = orders, bond = debt), and the
      // measured quantity of a stated change ('增长97%' → revenue-growth) by the quantity itself.
      if (f.metric === undefined) return false;
      const got = e.kind === 'percent' && f.direction ? f.metric.replace(/-growth$/, '') : f.metric;
      return canonicalMetric(got) === canonicalMetric(e.metric as string);
    }
    case 'period':
      // '' states that the text gives no period (a cumulative 'since 2019' amount is not the year 2019)
      return (f.period ?? '') === e.period;
    case 'unit':
      // a more specific unit of the same thing counts: `weekly active users` for `users`
      return f.unit === e.unit || f.unit?.endsWith(` ${e.unit as string}`) === true;
    default:
      return f[field] === e[field];
  }
}

/** The extracted figure that stands for `e`: text match, then the one agreeing on most stated fields (first by position on ties). */
function match(e: ExpectedFigure): Figure | undefined {
  const cands = extractedFrom(e.file)
    .figures.filter((f) => textMatches(f.text, e.text))
    .sort((a, b) => a.start - b.start);
  let best: Figure | undefined;
  let bestScore = -1;
  for (const f of cands) {
    const score = FIELDS.filter((k) => e[k] !== undefined && fieldOk(f, e, k)).length;
    if (score > bestScore) [best, bestScore] = [f, score];
  }
  return best;
}

interface Tally {
  ok: number;
  of: number;
  misses: string[];
}
const tallies = { all: new Map<string, Tally>(), money: new Map<string, Tally>() };
const tally = (m: Map<string, Tally>, k: string): Tally => {
  let t = m.get(k);
  if (!t) m.set(k, (t = { ok: 0, of: 0, misses: [] }));
  return t;
};
const show = (f: Figure | undefined) =>
  f
    ? `${f.text} → ${f.kind} ${f.value ?? `${f.low}–${f.high}`} ${f.currency ?? f.unit ?? ''} ${f.qualifier}${f.direction ? ` ${f.direction}` : ''} | ${f.subject ?? '-'} / ${f.metric ?? '-'} / ${f.period ?? '-'}`
    : 'not extracted';

test('corpus/expected.json: figures and transcript occurrences list cases', () => {
  assert.ok(expected.figures?.length > 0, 'figures is missing or empty: the floors below would measure nothing');
  assert.ok(Object.keys(expected.transcripts?.occurrences ?? {}).length > 0, 'transcripts.occurrences is missing or empty');
  for (const [file, counts] of Object.entries(expected.transcripts.occurrences))
    assert.ok(Object.keys(counts).length > 0, `transcripts.occurrences["${file}"] is empty`);
});

// Fields are scored on the figures the extractor found (what attribution can be judged on); `found` scores recall.
for (const e of expected.figures ?? []) {
  const f = match(e);
  const where = `${e.file.replace(/^.*\//, '')}: "${e.text}"`;
  for (const scope of e.kind === 'money' ? [tallies.all, tallies.money] : [tallies.all]) {
    const found = tally(scope, 'found');
    found.of++;
    if (f) found.ok++;
    else found.misses.push(where);
    if (!f) continue;
    for (const k of FIELDS) {
      if (e[k] === undefined) continue;
      const t = tally(scope, k);
      t.of++;
      if (fieldOk(f, e, k)) t.ok++;
      else t.misses.push(`${where} want ${k}=${e[k]}; got ${show(f)}`);
    }
  }
}

const ratio = (t: Tally | undefined) => (t?.of ? t.ok / t.of : 1);
const line = (k: string, t: Tally) => `${k.padEnd(10)} ${ratio(t).toFixed(2)} (${t.ok}/${t.of})`;
const report = (name: string, m: Map<string, Tally>) => `${name}:\n${[...m].map(([k, t]) => `  ${line(k, t)}`).join('\n')}`;
// The measurement itself: printed on every run so a change in accuracy is visible in the test log.
console.log(
  `[corpus-figures] found = share of expected figures extracted; other fields scored on the found ones\n${report('all figures', tallies.all)}\n${report('money figures', tallies.money)}`,
);
if (process.env.SHOW_MISSES) for (const [k, t] of tallies.all) for (const m of t.misses) console.log(`  miss ${k}: ${m}`);

/**
 * Floors at the values measured on this corpus (`node scripts/run-tests.mjs corpus-figures` prints them; the pipeline
 * is deterministic, so any drop is a regression and fails, listing the misses). Raise a floor after an improvement;
 * never lower one to pass.
 */
const FLOORS: { scope: 'all' | 'money'; field: Field | 'found'; min: number }[] = [
  { scope: 'all', field: 'found', min: 1 },
  { scope: 'all', field: 'kind', min: 1 },
  { scope: 'all', field: 'value', min: 1 },
  { scope: 'all', field: 'low', min: 1 },
  { scope: 'all', field: 'high', min: 1 },
  { scope: 'all', field: 'currency', min: 1 },
  { scope: 'all', field: 'qualifier', min: 1 },
  { scope: 'all', field: 'unit', min: 1 },
  { scope: 'all', field: 'direction', min: 1 },
  { scope: 'all', field: 'subject', min: 79 / 81 },
  { scope: 'all', field: 'metric', min: 74 / 75 },
  { scope: 'all', field: 'period', min: 1 },
  { scope: 'money', field: 'found', min: 1 },
  { scope: 'money', field: 'kind', min: 1 },
  { scope: 'money', field: 'value', min: 1 },
  { scope: 'money', field: 'low', min: 1 },
  { scope: 'money', field: 'high', min: 1 },
  { scope: 'money', field: 'currency', min: 1 },
  { scope: 'money', field: 'qualifier', min: 1 },
  { scope: 'money', field: 'subject', min: 73 / 75 },
  { scope: 'money', field: 'metric', min: 70 / 71 },
  { scope: 'money', field: 'period', min: 1 },
];
for (const fl of FLOORS) {
  test(`figures (${fl.scope}): ${fl.field} accuracy ≥ ${fl.min.toFixed(3)}`, () => {
    const t = tallies[fl.scope].get(fl.field);
    assert.ok(t && t.of > 0, `expected.json states ${fl.field} for some ${fl.scope} figure`);
    assert.ok(ratio(t) >= fl.min - 1e-9, `${line(fl.field, t)} below ${fl.min.toFixed(3)}:\n${t.misses.join('\n')}`);
  });
}

// ---- transcripts: speech-recognition misspellings resolve to the right entity, ordinary words stay words ----
const { asrAliases, occurrences } = expected.transcripts ?? { asrAliases: {}, occurrences: {} };
for (const [file, counts] of Object.entries(occurrences)) {
  const { entities, text } = extractedFrom(file);
  for (const [spelling, n] of Object.entries(counts)) {
    const want = asrAliases[spelling] as string;
    test(`transcript ${file.replace(/^.*\//, '')}: "${spelling}" → ${want} (${n}×)`, () => {
      // A misspelling split over two caption lines is joined with a newline or a space: count it either way.
      const words = spelling.split(' ');
      const resolved = entities.filter(
        (m) => m.name === want && words.every((w) => m.text.includes(w)) && m.text.split(/\s+/).length === words.length,
      );
      assert.equal(
        resolved.length,
        n,
        `mentions of ${want}: ${entities
          .filter((m) => m.name === want)
          .map((m) => `"${m.text}"(${m.match})`)
          .join(', ')}`,
      );
      assert.ok(text.length > 0);
    });
  }
  test(`transcript ${file.replace(/^.*\//, '')}: no ordinary word is taken for an entity by fuzzy matching`, () => {
    const misspellings = new Set(Object.keys(asrAliases).map((s) => s.toLowerCase()));
    const wrong = entities
      .filter((m) => m.match === 'fuzzy' && !misspellings.has(m.text.replace(/\s+/g, ' ').toLowerCase()))
      .map((m) => `"${m.text}" → ${m.name}`);
    assert.deepEqual(wrong, []);
  });
  test(`transcript ${file.replace(/^.*\//, '')}: no misspelling resolves to a wrong entity`, () => {
    const wrong = entities
      .filter((m) => {
        const target = asrAliases[Object.keys(asrAliases).find((s) => s.toLowerCase() === m.text.replace(/\s+/g, ' ').toLowerCase()) ?? ''];
        return target !== undefined && target !== m.name;
      })
      .map((m) => `"${m.text}" → ${m.name}`);
    assert.deepEqual(wrong, []);
  });
}
