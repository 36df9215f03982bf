/**
 * Rules vs a learned ranker for figure subjects (and money figures' metrics), on the labelled newsfacts batches (../shared/testdata/newsfacts or
 * $FACTBRIEF_NEWSFACTS) and the repo's own attribution fixtures. The ranker is fitted on one batch and scored on the
 * other (a → b and b → a); its L2 penalty and the hybrid's margin are chosen by cross-validation over the files of
 * the training batch only. Figures are matched to labels as score.py matches them (n-th occurrence of the labelled
 * text, overlap, same kind) and subjects compared with score.py's alias table and list / group rule.
 * Metrics compare as score.py compares them (a family of contract / purchase / cloud-contract … counts as one).
 * Run: node --import tsx bench/ranker.ts [--task subject|metric] [--json] [--misses] [--weights] [--split a:b]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SUBJECT_FEATURES, type SubjectChoice, subjectChoices } from '../src/extract/attribution/ranker/features.js';
import { METRIC_FEATURES, type MetricChoice, metricChoices } from '../src/extract/attribution/ranker/metric-features.js';
import { fit, type Labelled, type RankerWeights, rank } from '../src/extract/attribution/ranker/model.js';
import { jointMembers } from '../src/extract/attribution/subject.js';
import { extract, type Gazetteer, loadGazetteer } from '../src/extract/index.js';
import { contentSpans, readTextFiles } from '../src/ingest/index.js';
import type { Figure } from '../src/types/figure.js';

const ROOT = new URL('..', import.meta.url).pathname;
const asJson = process.argv.includes('--json');
const showMisses = process.argv.includes('--misses');
const showWeights = process.argv.includes('--weights');
const splitArg = process.argv.indexOf('--split');
/** Only this fit:test split ('a:b'), for a quick look. */
const onlySplit = splitArg > 0 ? process.argv[splitArg + 1] : undefined;
const taskArg = process.argv.indexOf('--task');
const onlyTask = taskArg > 0 ? process.argv[taskArg + 1] : undefined;

// ---- score.py's subject matching, ported ----------------------------------------------------------------------
const ALIASES: string[][] = [
  ['alphabet', 'google', 'googl'],
  ['meta', 'facebook', 'metaplatforms'],
  ['moonshotai', 'moonshot', '月之暗面'],
  ['microsoft', 'msft'],
  ['amazon'],
  ['aws', 'amazonwebservices'],
  ['tsmc', 'taiwansemiconductormanufacturing', '台积电'],
  ['nvidia', '英伟达'],
  ['xai'],
  ['zhipuai', 'zhipu', '智谱'],
  ['deepseek'],
  ['cambricon', '寒武纪'],
  ['moorethreads', '摩尔线程'],
  ['foxconn', 'honhai', '鸿海'],
  ['oracle'],
  ['openai'],
  ['anthropic'],
  ['coreweave'],
  ['amd'],
  ['broadcom'],
  ['softbank'],
  ['apple'],
  ['tesla'],
  ['xiaomi'],
  ['alibaba', 'alibabagroup', 'alibabacloud', '阿里巴巴', '阿里云'],
  ['tencent', '腾讯'],
  ['bytedance', '字节跳动'],
  ['baidu', '百度'],
  ['huawei', '华为'],
];
const norm = (s: unknown): string =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[^0-9a-z\u4e00-\u9fff]/g, '');
function canon(s: unknown): string {
  const n = norm(s);
  // Python's sorted() on str compares code points; so does the default JS sort.
  for (const g of ALIASES) if (g.includes(n)) return [...g].sort()[0]!;
  return n;
}
type Gold = string | string[] | null | undefined;
/** score.py subject_ok: null when not scored. */
function subjectOk(gold: Gold, got: string | undefined): boolean | null {
  if (gold === null || gold === undefined || gold === '' || (typeof gold === 'string' && gold.startsWith('market:'))) return null;
  if (Array.isArray(gold) || gold.startsWith('group:')) {
    const members = new Set(Array.isArray(gold) ? gold.map(canon) : []);
    return !!got && !members.has(canon(got));
  }
  return canon(got) === canon(gold);
}

const METRIC_SAME: string[][] = [
  ['contract', 'purchase', 'cloud-contract'],
  ['orders', 'backlog'],
  ['debt', 'bond', 'bonds'],
  ['write-down', 'impairment'],
  ['share-price', 'share-price-growth', 'price-growth', 'share-price-change'],
  ['market-cap-change', 'market-cap-loss'],
];
/** score.py metric_ok: null when not scored. */
function metricOk(gold: unknown, got: string | undefined): boolean | null {
  if (!gold || gold === 'other') return null;
  if (gold === got) return true;
  if (got === 'growth' && String(gold).endsWith('-growth')) return true;
  return METRIC_SAME.some((g) => g.includes(String(gold)) && g.includes(String(got)));
}

// ---- examples ----------------------------------------------------------------------------------------------
/** A choice among candidates, the rules' pick and whether they were sure (subject or metric). */
type Choice = SubjectChoice | MetricChoice;

interface Example {
  set: string;
  file: string;
  text: string;
  gold: Gold;
  choice: Choice;
}

/** One attribution decision studied: its features, how a pick is scored and how a row is labelled for fitting. */
interface Task {
  name: 'subject' | 'metric';
  features: readonly string[];
  ok: (gold: Gold, got: string | undefined) => boolean | null;
  positive: (gold: Gold, name: string) => boolean;
}

/** Training label of a row: stricter than score.py for lists (the row must be the group or joint of those members). */
function positive(gold: Gold, name: string, gaz: Gazetteer): boolean {
  if (typeof gold === 'string' && !gold.startsWith('group:')) return canon(name) === canon(gold);
  const members = jointMembers(name, gaz)?.map(canon);
  if (!members) return false;
  if (Array.isArray(gold)) return gold.every((g) => members.includes(canon(g)));
  return true;
}

interface GoldFigure {
  file: string;
  text: string;
  occurrence?: number;
  kind: string;
  subject: Gold;
  metric: string;
}

function bodyOffset(src: string): number {
  const m = /^---\n[\s\S]*?\n---\n/.exec(src);
  return m ? m[0].length : 0;
}

function nth(hay: string, needle: string, n: number, start: number): number {
  let i = start - 1;
  for (let k = 0; k < n; k++) {
    i = hay.indexOf(needle, i + 1);
    if (i < 0) return -1;
  }
  return i;
}

/** The extracted figure score.py would match to a labelled span, if any. */
function matchFigure(figs: Figure[], s: number, e: number, kind: string): number {
  let best = -1;
  let bestOverlap = -1;
  figs.forEach((o, i) => {
    if (!(o.start < e && o.end > s && o.kind === kind)) return;
    const ov = Math.min(e, o.end) - Math.max(s, o.start);
    if (ov > bestOverlap) {
      best = i;
      bestOverlap = ov;
    }
  });
  return best;
}

async function loadBatch(dir: string, set: string, gaz: Gazetteer, task: Task): Promise<Example[]> {
  const articles = join(dir, 'articles');
  const paths = readdirSync(articles)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(articles, f));
  const golds = readFileSync(join(dir, 'figures.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldFigure);
  const out: Example[] = [];
  for (const f of await readTextFiles(paths, 1 << 30)) {
    const { figures, entities } = extract(f.folded, { date: f.date ?? '2026-01-01', kind: f.kind }, gaz);
    const kept = new Set(
      contentSpans(
        f,
        figures.map((x, i) => ({ start: x.start, end: x.end, i })),
      ).map((x) => x.i),
    );
    const figs = figures.filter((_, i) => kept.has(i));
    const choices = new Map<number, Choice>(
      (task.name === 'subject' ? subjectChoices(f.folded, figs, entities, gaz) : metricChoices(f.folded, figs)).map((c) => [c.figure, c]),
    );
    const name = basename(f.file);
    for (const g of golds.filter((x) => x.file === name)) {
      const s = nth(f.source, g.text, g.occurrence ?? 1, bodyOffset(f.source));
      if (s < 0) continue;
      const i = matchFigure(figs, s, s + g.text.length, g.kind);
      const choice = choices.get(i);
      const gold = task.name === 'subject' ? g.subject : g.metric;
      if (i < 0 || !choice || task.ok(gold, undefined) === null) continue;
      out.push({ set, file: name, text: g.text, gold, choice });
    }
  }
  return out;
}

/** The repo's own labelled sentences (test/fixtures): one text per line, gold spans given. */
function loadFixtures(gaz: Gazetteer, task: Task): Example[] {
  const out: Example[] = [];
  for (const rel of ['test/fixtures/entities/attribution.jsonl', 'test/fixtures/figures/gold.jsonl']) {
    const path = join(ROOT, rel);
    if (!existsSync(path)) continue;
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .forEach((l, n) => {
        const line = JSON.parse(l) as { text: string; date: string | null; figures: Figure[] };
        const { figures, entities } = extract(line.text, { date: line.date }, gaz);
        const choices = new Map<number, Choice>(
          (task.name === 'subject' ? subjectChoices(line.text, figures, entities, gaz) : metricChoices(line.text, figures)).map((c) => [
            c.figure,
            c,
          ]),
        );
        for (const g of line.figures) {
          const gold = task.name === 'subject' ? g.subject : g.metric;
          if (!gold || g.kind !== 'money' || task.ok(gold, undefined) === null) continue;
          const choice = choices.get(matchFigure(figures, g.start, g.end, g.kind));
          if (choice) out.push({ set: 'fx', file: `${rel}:${n}`, text: g.text, gold, choice });
        }
      });
  }
  return out;
}

// ---- variants ----------------------------------------------------------------------------------------------
/** Rows of a choice for a ranker that stands alone: without the row only the rules' choice put there. */
const standalone = (task: Task) => {
  const k = task.features.indexOf('virtualRule');
  return (c: Choice): Choice => ({ ...c, rows: c.rows.filter((r) => r.x[k] !== 1) });
};

interface Variant {
  name: string;
  /** Rows the ranker sees. */
  view: (task: Task) => (c: Choice) => Choice;
  exclude: string[];
  /** How a prediction is made from the ranking and the rules. */
  decide: (ranked: { name: string; p: number }[], c: Choice, delta: number) => string | undefined;
  /** Has a margin to tune. */
  margin?: boolean;
}

const top = (r: { name: string }[]): string | undefined => r[0]?.name;
const VARIANTS: Variant[] = [
  { name: 'ranker', view: standalone, exclude: ['rule', 'virtualRule'], decide: (r) => top(r) },
  {
    name: 'hybrid-unsure',
    view: () => (c) => c,
    exclude: ['rule', 'virtualRule'],
    decide: (r, c) => (c.rule === undefined || c.ruleSure ? c.rule : top(r)),
  },
  {
    name: 'hybrid-margin',
    view: () => (c) => c,
    exclude: ['rule', 'virtualRule'],
    margin: true,
    decide: (r, c, delta) => {
      if (c.rule === undefined) return undefined;
      const pRule = r.find((x) => x.name === c.rule)?.p ?? 0;
      const best = r[0];
      return best && best.p - pRule > delta ? best.name : c.rule;
    },
  },
  { name: 'stacked', view: () => (c) => c, exclude: [], decide: (r, c) => (c.rule === undefined ? undefined : top(r)) },
];

const labelled = (exs: Example[], v: Variant, task: Task): Labelled[] =>
  exs.map((e) => {
    const c = v.view(task)(e.choice);
    return { rows: c.rows, positive: c.rows.map((r) => task.positive(e.gold, r.name)) };
  });

const L2_GRID = [0.001, 0.003, 0.01, 0.03, 0.1];
const DELTA_GRID = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

function predict(model: RankerWeights, v: Variant, task: Task, e: Example, delta: number): string | undefined {
  return v.decide(rank(model, v.view(task)(e.choice)), e.choice, delta);
}

function accuracy(task: Task, exs: Example[], pred: (e: Example) => string | undefined): { right: number; n: number } {
  let right = 0;
  for (const e of exs) if (task.ok(e.gold, pred(e))) right++;
  return { right, n: exs.length };
}

/** L2 penalty (and margin) chosen by leave-files-out cross-validation on the training examples only. */
function tune(train: Example[], v: Variant, task: Task): { l2: number; delta: number } {
  const files = [...new Set(train.map((e) => e.file))];
  const folds = 4;
  let best = { l2: L2_GRID[0]!, delta: 0, right: -1 };
  for (const l2 of L2_GRID) {
    const right = new Map<number, number>();
    for (let k = 0; k < folds; k++) {
      const held = new Set(files.filter((_, i) => i % folds === k));
      const fitOn = train.filter((e) => !held.has(e.file));
      const model = fit(task.features, labelled(fitOn, v, task), { l2, exclude: v.exclude, iterations: 800 });
      const test = train.filter((e) => held.has(e.file));
      for (const delta of v.margin ? DELTA_GRID : [0])
        right.set(delta, (right.get(delta) ?? 0) + accuracy(task, test, (e) => predict(model, v, task, e, delta)).right);
    }
    // Ties go to the stronger penalty and, for the margin, to the larger one (closer to the rules).
    for (const [delta, r] of right) if (r >= best.right) best = { l2, delta, right: r };
  }
  return { l2: best.l2, delta: best.delta };
}

interface Row {
  task: string;
  fit: string;
  test: string;
  method: string;
  right: number;
  n: number;
  accuracy: number;
  l2?: number;
  delta?: number;
  /** Against the rules on the same figures: figures it gets right that the rules miss, and the reverse. */
  fixes?: number;
  breaks?: number;
}

async function main(): Promise<void> {
  const dir = [process.env.FACTBRIEF_NEWSFACTS, join(ROOT, '..', 'shared', 'testdata', 'newsfacts')].find(
    (d) => d && existsSync(join(d, 'score.py')),
  );
  if (!dir) {
    console.log('ranker: labelled batches not found (../shared/testdata/newsfacts or $FACTBRIEF_NEWSFACTS); nothing to do.');
    return;
  }
  const gaz = loadGazetteer();
  const tasks: Task[] = [
    { name: 'subject', features: SUBJECT_FEATURES, ok: subjectOk, positive: (g, n) => positive(g, n, gaz) },
    { name: 'metric', features: METRIC_FEATURES, ok: metricOk, positive: (g, n) => metricOk(g, n) === true },
  ];
  const rows: Row[] = [];
  for (const task of tasks.filter((t) => !onlyTask || t.name === onlyTask)) {
    const add = (r: Omit<Row, 'accuracy' | 'task'>): void => {
      const row = { task: task.name, ...r, accuracy: Math.round((r.right / Math.max(1, r.n)) * 1000) / 1000 };
      rows.push(row);
      if (asJson) console.log(JSON.stringify(row));
      else
        console.log(
          `${task.name.padEnd(8)} ${r.fit.padEnd(5)} ${r.test.padEnd(5)} ${r.method.padEnd(44)} ${`${r.right}/${r.n}`.padStart(7)}  ${row.accuracy.toFixed(3)}` +
            (r.l2 !== undefined ? `  l2=${r.l2}` : '') +
            (r.delta !== undefined ? ` delta=${r.delta}` : '') +
            (r.fixes !== undefined ? `  fixes ${r.fixes} breaks ${r.breaks} of the rules' picks` : ''),
        );
    };
    const sets: Record<string, Example[]> = {};
    for (const b of ['a', 'b']) sets[b] = await loadBatch(join(dir, b), b, gaz, task);
    sets.fx = loadFixtures(gaz, task);
    for (const [name, exs] of Object.entries(sets)) {
      const unsure = exs.filter((e) => !e.choice.ruleSure);
      add({ fit: '-', test: name, method: 'rules', ...accuracy(task, exs, (e) => e.choice.rule) });
      add({ fit: '-', test: name, method: 'oracle (a right candidate exists)', ...accuracy(task, exs, (e) => oracle(task, e)) });
      add({ fit: '-', test: name, method: 'rules where unsure', ...accuracy(task, unsure, (e) => e.choice.rule) });
    }
    const splits: [string, string][] = [
      ['a', 'b'],
      ['b', 'a'],
      ['a+fx', 'b'],
      ['b+fx', 'a'],
      ['a+b', 'fx'],
    ];
    for (const [fitName, testName] of splits.filter(([f, t]) => !onlySplit || onlySplit === `${f}:${t}`)) {
      const train = fitName.split('+').flatMap((n) => sets[n]!);
      const test = sets[testName]!;
      for (const v of VARIANTS) {
        const { l2, delta } = tune(train, v, task);
        const model = fit(task.features, labelled(train, v, task), { l2, exclude: v.exclude });
        const pred = (e: Example) => predict(model, v, task, e, delta);
        const fixes = test.filter((e) => task.ok(e.gold, pred(e)) && !task.ok(e.gold, e.choice.rule)).length;
        const breaks = test.filter((e) => !task.ok(e.gold, pred(e)) && task.ok(e.gold, e.choice.rule)).length;
        add({
          fit: fitName,
          test: testName,
          method: v.name,
          l2,
          ...(v.margin ? { delta } : {}),
          ...accuracy(task, test, pred),
          fixes,
          breaks,
        });
        add({ fit: fitName, test: fitName, method: `${v.name} (on its own fit data)`, ...accuracy(task, train, pred) });
        if (showWeights && fitName.length === 1)
          console.error(
            `  weights ${task.name} ${v.name} fit ${fitName}: ${model.features.map((n, i) => `${n} ${model.weights[i]}`).join(', ')}`,
          );
        if (showMisses && fitName.length === 1)
          for (const e of test.filter((x) => !task.ok(x.gold, pred(x))))
            console.error(
              `  ${task.name} ${v.name} ${fitName}→${testName}: ${e.file} ${e.text} gold ${JSON.stringify(e.gold)} got ${pred(e)} (rules ${e.choice.rule})`,
            );
      }
    }
  }
}

/** A right name among the candidates (what no ranker over them can exceed). */
function oracle(task: Task, e: Example): string | undefined {
  return e.choice.rows.find((r) => task.positive(e.gold, r.name))?.name ?? e.choice.rows.find((r) => task.ok(e.gold, r.name))?.name;
}

await main();
