/**
 * A conditional-logit ranker: each candidate row scores w·x, a choice's names share the softmax mass of their rows,
 * and the fitted weights maximise the log-probability of the labelled name(s) minus an L2 penalty. Fitted by full-batch
 * gradient descent (the data is a few hundred choices of a few dozen rows). Pure and deterministic.
 */

export interface Choice {
  /** Candidate rows: the name each proposes and its features. */
  rows: { name: string; x: number[] }[];
}

export interface Labelled extends Choice {
  /** Which rows propose a right name (at least one). */
  positive: boolean[];
}

export interface RankerWeights {
  features: readonly string[];
  weights: number[];
}

export interface FitOptions {
  /** L2 penalty per feature weight (per choice). */
  l2: number;
  iterations?: number;
  learningRate?: number;
  /** Features left at weight 0 (e.g. the rules' choice for a ranker that must stand alone). */
  exclude?: readonly string[];
}

const dot = (w: number[], x: number[]): number => {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += (w[i] ?? 0) * (x[i] ?? 0);
  return s;
};

/** Softmax over the rows of a choice (stable). */
function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - max));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / z);
}

/** A labelled choice in sparse form: per row, the indices and values of its non-zero features. */
interface Sparse {
  rows: { idx: Int32Array; val: Float64Array }[];
  positive: boolean[];
}

function sparse(d: Labelled): Sparse {
  return {
    positive: d.positive,
    rows: d.rows.map((r) => {
      const idx: number[] = [];
      const val: number[] = [];
      r.x.forEach((v, i) => {
        if (!Number.isFinite(v)) throw new Error(`[ranker] feature ${i} of row '${r.name}' is ${v}`);
        if (v !== 0) {
          idx.push(i);
          val.push(v);
        }
      });
      return { idx: Int32Array.from(idx), val: Float64Array.from(val) };
    }),
  };
}

/** Mean negative log-likelihood of the labelled names plus the L2 penalty, and its gradient. */
function lossAndGradient(w: number[], data: Sparse[], l2: number, mask: boolean[]): { loss: number; grad: number[] } {
  const grad = new Array<number>(w.length).fill(0);
  let loss = 0;
  for (const d of data) {
    const p = softmax(
      d.rows.map((r) => {
        let s = 0;
        for (let j = 0; j < r.idx.length; j++) s += w[r.idx[j]!]! * r.val[j]!;
        return s;
      }),
    );
    const pPos = Math.max(
      p.reduce((a, v, i) => a + (d.positive[i] ? v : 0), 0),
      1e-12,
    );
    loss -= Math.log(pPos);
    // d(-log Σ_pos p)/dw = Σ_all p·x − Σ_pos (p/pPos)·x
    d.rows.forEach((r, i) => {
      const coef = p[i]! - (d.positive[i] ? p[i]! / pPos : 0);
      for (let j = 0; j < r.idx.length; j++) grad[r.idx[j]!]! += coef * r.val[j]!;
    });
  }
  const n = Math.max(1, data.length);
  for (let k = 0; k < w.length; k++) {
    grad[k] = mask[k] ? grad[k]! / n + 2 * l2 * w[k]! : 0;
    loss += l2 * w[k]! * w[k]! * n;
  }
  return { loss: loss / n, grad };
}

/** Fits weights on labelled choices (choices with no positive row are skipped). */
export function fit(features: readonly string[], data: Labelled[], o: FitOptions): RankerWeights {
  const usable = data.filter((d) => d.positive.some(Boolean)).map(sparse);
  const mask = features.map((f) => !(o.exclude ?? []).includes(f));
  const w = new Array<number>(features.length).fill(0);
  const iterations = o.iterations ?? 3000;
  // Adam: robust to the features' different scales without tuning a step size per feature.
  const lr = o.learningRate ?? 0.05;
  const m = new Array<number>(w.length).fill(0);
  const v = new Array<number>(w.length).fill(0);
  for (let t = 1; t <= iterations; t++) {
    const { grad } = lossAndGradient(w, usable, o.l2, mask);
    for (let k = 0; k < w.length; k++) {
      m[k] = 0.9 * m[k]! + 0.1 * grad[k]!;
      v[k] = 0.999 * v[k]! + 0.001 * grad[k]! * grad[k]!;
      const mh = m[k]! / (1 - 0.9 ** t);
      const vh = v[k]! / (1 - 0.999 ** t);
      w[k] = w[k]! - (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return { features: [...features], weights: w.map((x) => Math.round(x * 1e4) / 1e4) };
}

/** The training loss of weights on data (for tests and reports). */
export function loss(model: RankerWeights, data: Labelled[]): number {
  return lossAndGradient(
    model.weights,
    data.map(sparse),
    0,
    model.features.map(() => true),
  ).loss;
}

/** Probability of each candidate name of a choice (rows of one name add up), highest first. */
export function rank(model: RankerWeights, choice: Choice): { name: string; p: number }[] {
  if (!choice.rows.length) return [];
  const p = softmax(choice.rows.map((r) => dot(model.weights, r.x)));
  const byName = new Map<string, number>();
  choice.rows.forEach((r, i) => byName.set(r.name, (byName.get(r.name) ?? 0) + p[i]!));
  return [...byName].map(([name, q]) => ({ name, p: q })).sort((a, b) => b.p - a.p || a.name.localeCompare(b.name));
}
