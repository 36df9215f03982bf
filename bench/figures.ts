/**
 * Figure-extraction throughput: factbrief vs @microsoft/recognizers-text-suite on the same seeded mixed zh/en news text,
 * measured in one run. Run: node --import tsx bench/figures.ts [--mb 5] [--ref-mb 1] [--skip-reference]
 * The reference runs English sentences with Culture.English and Chinese ones with Culture.Chinese (number + currency +
 * percent models). It is slow, so by default it is timed on a 1 MB slice of the same text (said in the output);
 * --skip-reference times factbrief alone.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Rec from '@microsoft/recognizers-text-suite';
import { extractFigures } from '../src/extract/figures/index.js';
import { rng } from './rng.js';

/** Deterministic PRNG (mulberry32) so the corpus is the same on every run. */

const CO_EN = [
  'Nvidia',
  'Microsoft',
  'Google',
  'Amazon',
  'Meta',
  'Oracle',
  'OpenAI',
  'Anthropic',
  'AMD',
  'Broadcom',
  'TSMC',
  'CoreWeave',
  'xAI',
  'SoftBank',
];
const CO_ZH = [
  '英伟达',
  '微软',
  '谷歌',
  '亚马逊',
  'Meta',
  '甲骨文',
  'OpenAI',
  'Anthropic',
  '阿里巴巴',
  '腾讯',
  '字节跳动',
  '百度',
  '台积电',
  '华为',
];
const EN = [
  (c: string, n: number) => `${c} said it expects to spend $${n} billion on AI data centers this year, up ${n % 90}% from last year.`,
  (c: string, n: number) => `${c} signed a cloud contract worth about $${n * 3} billion over five years with a leading lab.`,
  (c: string, n: number) => `Shares of ${c} fell ${(n % 9) + 0.5}% on Monday, wiping out more than $${n * 4} billion in market value.`,
  (c: string, n: number) => `${c} now has ${n * 10} million weekly active users and ${n},000 employees worldwide.`,
  (c: string, n: number) => `Analysts expect ${c} to invest between $${n} and $${n + 20} billion, roughly ${(n % 5) + 2}x its 2024 budget.`,
  (_c: string, n: number) =>
    `The company plans to deploy ${n * 1000} GPUs and ${n % 7} gigawatts of capacity by 2027, according to people familiar with the matter.`,
  (c: string) => `${c} executives declined to comment on the report, citing a quiet period ahead of earnings.`,
];
const ZH = [
  (c: string, n: number) => `${c}预计今年资本开支将达到${n * 10}亿美元，同比增长${n % 90}%。`,
  (c: string, n: number) => `${c}与一家AI实验室签署了价值约${n * 30}亿美元的云计算合同，为期五年。`,
  (c: string, n: number) => `${c}股价周一下跌${(n % 9) + 0.5}%，市值蒸发超过${n * 40}亿美元。`,
  (c: string, n: number) => `${c}的月活跃用户已突破${n}亿，员工总数超过${n}万人。`,
  (c: string, n: number) => `分析师预计${c}将投资${n * 10}亿至${n * 10 + 200}亿美元，约为去年预算的${(n % 5) + 2}倍。`,
  (_c: string, n: number) => `该公司计划部署${n}万块GPU，到2027年新增${n % 7}吉瓦算力，投入数百亿元人民币。`,
  (c: string) => `${c}方面对此不予置评，并表示将在财报中披露更多细节。`,
];

/** Builds a seeded mixed corpus of at least `mb` MB (UTF-8), as a list of sentences with their language. */
export function buildCorpus(mb: number, seed = 42): { en: boolean; text: string }[] {
  const r = rng(seed);
  const out: { en: boolean; text: string }[] = [];
  let bytes = 0;
  while (bytes < mb * 1024 * 1024) {
    const en = r() < 0.5;
    const n = 1 + Math.floor(r() * 300);
    const text = en
      ? (EN[Math.floor(r() * EN.length)] as (c: string, n: number) => string)(CO_EN[Math.floor(r() * CO_EN.length)] as string, n)
      : (ZH[Math.floor(r() * ZH.length)] as (c: string, n: number) => string)(CO_ZH[Math.floor(r() * CO_ZH.length)] as string, n);
    out.push({ en, text });
    bytes += Buffer.byteLength(text) + 1;
  }
  return out;
}

/** Groups sentences into paragraphs of `k` sentences of the same language (articles are extracted paragraph by paragraph). */
function paragraphs(sents: { en: boolean; text: string }[], k = 8): { en: boolean; text: string }[] {
  const out: { en: boolean; text: string }[] = [];
  const en = sents.filter((s) => s.en);
  const zh = sents.filter((s) => !s.en);
  for (const [list, isEn] of [
    [en, true],
    [zh, false],
  ] as const) {
    for (let i = 0; i < list.length; i += k)
      out.push({
        en: isEn,
        text: list
          .slice(i, i + k)
          .map((s) => s.text)
          .join(isEn ? ' ' : ''),
      });
  }
  return out;
}

export interface FigureBench {
  bytes: number;
  factbrief: { seconds: number; mbPerSec: number; figures: number };
  /** Null when the reference was not run (--skip-reference). */
  reference: { seconds: number; mbPerSec: number; figures: number; bytes: number } | null;
  ratio: number | null;
  peakRssMb: number;
}

/** Measures both extractors on the same text; the reference on the first `refMb` MB of it (none with `reference: false`). */
export async function benchFigures(opts?: { mb?: number; refMb?: number; reference?: boolean }): Promise<FigureBench> {
  const mb = opts?.mb ?? 5;
  const refMb = opts?.refMb ?? 1;
  const paras = paragraphs(buildCorpus(mb));
  const bytes = paras.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  let peak = process.memoryUsage().rss;
  // factbrief on everything (warm-up on a small slice first).
  for (const p of paras.slice(0, 200)) extractFigures(p.text);
  let figures = 0;
  const t0 = process.hrtime.bigint();
  for (const p of paras) figures += extractFigures(p.text).length;
  const fbSec = Number(process.hrtime.bigint() - t0) / 1e9;
  peak = Math.max(peak, process.memoryUsage().rss);
  const fbMbps = bytes / 1048576 / fbSec;
  const factbrief = { seconds: fbSec, mbPerSec: fbMbps, figures };
  if (opts?.reference === false) return { bytes, factbrief, reference: null, ratio: null, peakRssMb: peak / 1048576 };
  // reference on a slice with the same language mix (interleave en / zh paragraphs).
  const enP = paras.filter((p) => p.en);
  const zhP = paras.filter((p) => !p.en);
  const slice: { en: boolean; text: string }[] = [];
  let sb = 0;
  for (let i = 0; sb < refMb * 1024 * 1024 && (i < enP.length || i < zhP.length); i++) {
    for (const p of [enP[i], zhP[i]]) {
      if (p) {
        slice.push(p);
        sb += Buffer.byteLength(p.text);
      }
    }
  }
  for (const p of slice.slice(0, 4)) Rec.recognizeNumber(p.text, p.en ? Rec.Culture.English : Rec.Culture.Chinese);
  let refFigures = 0;
  const t1 = process.hrtime.bigint();
  for (const p of slice) {
    const c = p.en ? Rec.Culture.English : Rec.Culture.Chinese;
    refFigures +=
      Rec.recognizeNumber(p.text, c).length + Rec.recognizeCurrency(p.text, c).length + Rec.recognizePercentage(p.text, c).length;
  }
  const refSec = Number(process.hrtime.bigint() - t1) / 1e9;
  peak = Math.max(peak, process.memoryUsage().rss);
  const refMbps = sb / 1048576 / refSec;
  return {
    bytes,
    factbrief,
    reference: { seconds: refSec, mbPerSec: refMbps, figures: refFigures, bytes: sb },
    ratio: fbMbps / refMbps,
    peakRssMb: peak / 1048576,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(dirname(fileURLToPath(import.meta.url)), 'figures.ts')) {
  const arg = (name: string): number | undefined => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const r = await benchFigures({
    mb: arg('--mb') ?? 5,
    refMb: arg('--ref-mb') ?? 1,
    reference: !process.argv.includes('--skip-reference'),
  });
  const mb = (b: number): string => (b / 1048576).toFixed(2);
  console.log('| extractor | text | seconds | MB/s | figures |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(
    `| factbrief | ${mb(r.bytes)} MB | ${r.factbrief.seconds.toFixed(3)} | ${r.factbrief.mbPerSec.toFixed(2)} | ${r.factbrief.figures} |`,
  );
  if (r.reference && r.ratio !== null) {
    console.log(
      `| recognizers-text (number+currency+percent) | ${mb(r.reference.bytes)} MB slice of the same text | ${r.reference.seconds.toFixed(3)} | ${r.reference.mbPerSec.toFixed(3)} | ${r.reference.figures} |`,
    );
    console.log(`\nratio (MB/s): ${r.ratio.toFixed(1)}×   peak RSS: ${r.peakRssMb.toFixed(0)} MB`);
  } else console.log(`\nreference not run (--skip-reference)   peak RSS: ${r.peakRssMb.toFixed(0)} MB`);
}
