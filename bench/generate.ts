// Seeded synthetic news corpus: English and Chinese articles about AI / chip / cloud companies, grouped into events, with syndicated near-duplicates; library function plus a CLI writing Markdown files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ItemDraft } from '../src/types/index.js';
import { seededRandom } from '../src/util/random.js';

export interface GenerateOptions {
  n: number;
  seed: number;
  /** Share of articles that are lightly reworded copies of another article (default 0.1). */
  nearDupRate?: number;
  /** First day (YYYY-MM-DD), default 2026-03-02. */
  date?: string;
  /** Days the corpus spans; default ⌈n / 150⌉ (at least 7), about the daily volume of a busy AI news desk. */
  days?: number;
}

/** A key figure as written into an article (ground truth for benchmarks; what an extractor should find). */
export interface GeneratedFigure {
  value: number;
  currency?: string;
  kind: 'money' | 'percent' | 'multiple' | 'count';
}

type Lang = 'en' | 'zh';
type Rng = () => number;

const mulberry32 = (seed: number): Rng => seededRandom(seed);
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const between = (r: Rng, lo: number, hi: number): number => lo + r() * (hi - lo);
const intBetween = (r: Rng, lo: number, hi: number): number => Math.floor(between(r, lo, hi + 1));

interface Company {
  en: string;
  zh: string;
  ceo: [string, string];
  products: string[];
  lab?: boolean;
  /** Background figures every article about the company may repeat (set once per corpus). */
  cash: number;
  growth: number;
}
const COMPANY_TABLE: Omit<Company, 'cash' | 'growth'>[] = [
  { en: 'Nvidia', zh: '英伟达', ceo: ['Jensen Huang', '黄仁勋'], products: ['Blackwell Ultra', 'Rubin', 'GB300', 'H20'] },
  { en: 'Microsoft', zh: '微软', ceo: ['Satya Nadella', '萨提亚·纳德拉'], products: ['Copilot', 'Azure AI Foundry', 'Maia 200'] },
  {
    en: 'OpenAI',
    zh: 'OpenAI',
    ceo: ['Sam Altman', '萨姆·奥尔特曼'],
    products: ['GPT-5.5', 'Sora 3', 'ChatGPT Atlas', 'o5-mini'],
    lab: true,
  },
  { en: 'Alibaba', zh: '阿里巴巴', ceo: ['Eddie Wu', '吴泳铭'], products: ['Qwen3.5', 'Wan 3.0', 'Quark'] },
  { en: 'Google', zh: '谷歌', ceo: ['Sundar Pichai', '桑达尔·皮查伊'], products: ['Gemini 3 Ultra', 'TPU v8', 'Veo 4'] },
  { en: 'Amazon', zh: '亚马逊', ceo: ['Andy Jassy', '安迪·贾西'], products: ['Trainium3', 'Nova Premier', 'Alexa+'] },
  { en: 'Meta', zh: 'Meta', ceo: ['Mark Zuckerberg', '马克·扎克伯格'], products: ['Llama 5', 'Meta AI app', 'Ray-Ban Display'] },
  { en: 'Anthropic', zh: 'Anthropic', ceo: ['Dario Amodei', '达里奥·阿莫代伊'], products: ['Claude Opus 5', 'Claude Code'], lab: true },
  { en: 'TSMC', zh: '台积电', ceo: ['C.C. Wei', '魏哲家'], products: ['A16 process', 'CoWoS-L'] },
  { en: 'AMD', zh: 'AMD', ceo: ['Lisa Su', '苏姿丰'], products: ['Instinct MI450', 'Helios rack'] },
  { en: 'Oracle', zh: '甲骨文', ceo: ['Clay Magouyrk', '克莱·马古伊尔克'], products: ['OCI Zettascale', 'Oracle AI Database'] },
  { en: 'Broadcom', zh: '博通', ceo: ['Hock Tan', '陈福阳'], products: ['Tomahawk 6', 'Jericho 4'] },
  { en: 'SoftBank', zh: '软银', ceo: ['Masayoshi Son', '孙正义'], products: ['Crystal Intelligence'] },
  { en: 'Tencent', zh: '腾讯', ceo: ['Pony Ma', '马化腾'], products: ['Hunyuan T2', 'Yuanbao'] },
  { en: 'Baidu', zh: '百度', ceo: ['Robin Li', '李彦宏'], products: ['ERNIE 5', 'Apollo Go'] },
  { en: 'ByteDance', zh: '字节跳动', ceo: ['Liang Rubo', '梁汝波'], products: ['Doubao 2.0', 'Seedance'] },
  { en: 'Huawei', zh: '华为', ceo: ['Eric Xu', '徐直军'], products: ['Ascend 950', 'Atlas 950 SuperPoD'] },
  { en: 'xAI', zh: 'xAI', ceo: ['Elon Musk', '埃隆·马斯克'], products: ['Grok 5', 'Colossus 2'], lab: true },
  { en: 'DeepSeek', zh: '深度求索', ceo: ['Liang Wenfeng', '梁文锋'], products: ['DeepSeek-V4', 'DeepSeek-R2'], lab: true },
  { en: 'Moonshot AI', zh: '月之暗面', ceo: ['Yang Zhilin', '杨植麟'], products: ['Kimi K3'], lab: true },
  { en: 'Zhipu AI', zh: '智谱', ceo: ['Zhang Peng', '张鹏'], products: ['GLM-5'], lab: true },
  { en: 'Mistral AI', zh: 'Mistral AI', ceo: ['Arthur Mensch', '阿瑟·门施'], products: ['Mistral Large 3'], lab: true },
  { en: 'CoreWeave', zh: 'CoreWeave', ceo: ['Michael Intrator', '迈克尔·因特拉托'], products: ['CoreWeave Cloud'] },
  { en: 'Intel', zh: '英特尔', ceo: ['Lip-Bu Tan', '陈立武'], products: ['Gaudi 4', '18A process'] },
  { en: 'Samsung', zh: '三星', ceo: ['Jun Young-hyun', '全永铉'], products: ['HBM4', 'Exynos 2600'] },
  { en: 'SK Hynix', zh: 'SK海力士', ceo: ['Kwak Noh-jung', '郭鲁正'], products: ['HBM4E'] },
  { en: 'Micron', zh: '美光', ceo: ['Sanjay Mehrotra', '桑杰·梅赫罗特拉'], products: ['HBM4 12-high'] },
  { en: 'Apple', zh: '苹果', ceo: ['Tim Cook', '蒂姆·库克'], products: ['Apple Intelligence', 'M6 chip'] },
  { en: 'Tesla', zh: '特斯拉', ceo: ['Elon Musk', '埃隆·马斯克'], products: ['Dojo 3', 'Optimus'] },
  { en: 'Xiaomi', zh: '小米', ceo: ['Lei Jun', '雷军'], products: ['MiMo', 'XRING O2'] },
  { en: 'Cambricon', zh: '寒武纪', ceo: ['Chen Tianshi', '陈天石'], products: ['Siyuan 690'] },
  { en: 'SMIC', zh: '中芯国际', ceo: ['Zhao Haijun', '赵海军'], products: ['N+3 process'] },
  { en: 'Palantir', zh: 'Palantir', ceo: ['Alex Karp', '亚历克斯·卡普'], products: ['AIP'] },
  { en: 'Perplexity', zh: 'Perplexity', ceo: ['Aravind Srinivas', '阿拉文德·斯里尼瓦斯'], products: ['Comet'], lab: true },
  { en: 'Databricks', zh: 'Databricks', ceo: ['Ali Ghodsi', '阿里·戈德西'], products: ['Agent Bricks'], lab: true },
  { en: 'Scale AI', zh: 'Scale AI', ceo: ['Jason Droege', '杰森·德罗格'], products: ['Scale Donovan'], lab: true },
];
const withBackground = (r: Rng): Company[] =>
  COMPANY_TABLE.map((c) => ({ ...c, cash: (Math.round(between(r, 5, 90) * 10) / 10) * 1e9, growth: intBetween(r, 12, 140) }));

const INVESTORS = [
  ['SoftBank', '软银'],
  ['Thrive Capital', 'Thrive Capital'],
  ['Sequoia Capital', '红杉资本'],
  ['a16z', 'a16z'],
  ['MGX', 'MGX'],
  ['Fidelity', '富达'],
  ['Tencent', '腾讯'],
  ['Hillhouse', '高瓴'],
] as const;
const PLACES = [
  ['Texas', '得克萨斯州'],
  ['Ohio', '俄亥俄州'],
  ['Malaysia', '马来西亚'],
  ['Saudi Arabia', '沙特阿拉伯'],
  ['Abu Dhabi', '阿布扎比'],
  ['India', '印度'],
  ['Japan', '日本'],
  ['Norway', '挪威'],
] as const;
const OUTLETS: Record<Lang, [string, string][]> = {
  en: [
    ['Tech Ledger', 'techledger.news'],
    ['Market Wire', 'marketwire.example.com'],
    ['The Compute Post', 'computepost.com'],
    ['AI Business Daily', 'aibusinessdaily.com'],
    ['Silicon Journal', 'siliconjournal.net'],
    ['Capital Brief', 'capitalbrief.io'],
  ],
  zh: [
    ['科创日报', 'kechuang-daily.cn'],
    ['智能财经', 'zhineng-caijing.com'],
    ['硅谷观察', 'guigu-guancha.cn'],
    ['云算力周刊', 'yunsuanli.com'],
    ['数智新闻', 'shuzhi-news.cn'],
  ],
};

type EventKind = 'earnings' | 'funding' | 'capex' | 'export' | 'launch' | 'acquisition' | 'contract' | 'stock' | 'layoffs' | 'fine';
const KINDS: EventKind[] = ['earnings', 'funding', 'capex', 'export', 'launch', 'acquisition', 'contract', 'stock', 'layoffs', 'fine'];

/** One news event: the facts every report of it shares (each outlet may round or misreport a little). */
interface NewsEvent {
  id: string;
  kind: EventKind;
  day: number;
  co: Company;
  other: Company;
  investor: readonly [string, string];
  place: readonly [string, string];
  product: string;
  /** Main amounts (units of currency), percents, multiples and counts. */
  a: number;
  b: number;
  p: number;
  q: number;
  x: number;
  k: number;
  quarter: number;
  year: number;
}

/** An article before rendering to Markdown: the figures it states are its ground truth. */
interface Article {
  ev: NewsEvent;
  lang: Lang;
  outlet: [string, string];
  title: string;
  paras: string[];
  figures: GeneratedFigure[];
  entities: string[];
  nearDupOf: number | null;
  hour: number;
}

// ---- number formatting (English and Chinese, as writers write them) ----

function sig(v: number): string {
  if (v >= 100) return String(Math.round(v));
  if (v >= 10) return String(Math.round(v * 10) / 10);
  return String(Math.round(v * 100) / 100);
}
const EN_QUAL = ['', '', '', 'about ', 'more than ', 'nearly ', 'roughly ', 'over '];
const ZH_QUAL = ['', '', '', '约', '超过', '近', '逾'];
const EN_CUR: Record<string, [string, string]> = { USD: ['$', ' dollars'], CNY: ['¥', ' yuan'], EUR: ['€', ' euros'] };
const ZH_CUR: Record<string, string> = { USD: '美元', CNY: '元', EUR: '欧元' };

/** "$1.5 billion", "$1.5B", "US$610 billion", "about $3.2 trillion", "14 million dollars". */
function moneyEn(r: Rng, v: number, cur = 'USD'): string {
  const [sym, word] = EN_CUR[cur] ?? ['$', ' dollars'];
  if (v < 1e6) return `${sym}${sig(v)}`;
  const [n, unit, short] = v >= 1e12 ? [v / 1e12, 'trillion', 'T'] : v >= 1e9 ? [v / 1e9, 'billion', 'B'] : [v / 1e6, 'million', 'M'];
  const q = pick(r, EN_QUAL);
  const style = r();
  if (style < 0.55) return `${q}${sym}${sig(n)} ${unit}`;
  if (style < 0.75) return `${q}${sym}${sig(n)}${short}`;
  if (style < 0.9 && cur === 'USD') return `${q}US$${sig(n)} ${unit}`;
  return `${q}${sig(n)} ${unit}${word}`;
}
/** "6100亿美元", "1.2万亿美元", "超过80亿美元", "86.7 亿美元", "3500万美元". */
function moneyZh(r: Rng, v: number, cur = 'USD'): string {
  const unit = ZH_CUR[cur] ?? '美元';
  const yi = v / 1e8;
  if (v < 1e4) return `${sig(v)}${unit}`;
  const q = pick(r, ZH_QUAL);
  const sp = r() < 0.08 ? ' ' : '';
  if (yi >= 10000) return `${q}${sig(yi / 10000)}${sp}万亿${unit}`;
  if (yi >= 1) return `${q}${yi >= 100 ? String(Math.round(yi)) : sig(yi)}${sp}亿${unit}`;
  return `${q}${Math.round(v / 1e4)}万${unit}`;
}
function countEn(v: number, noun: string): string {
  if (v >= 1e9) return `${sig(v / 1e9)} billion ${noun}`;
  if (v >= 1e6) return `${sig(v / 1e6)} million ${noun}`;
  return `${Math.round(v).toLocaleString('en-US')} ${noun}`;
}
function countZh(v: number, noun: string): string {
  if (v >= 1e8) return `${sig(v / 1e8)}亿${noun}`;
  if (v >= 1e4) return `${sig(v / 1e4)}万${noun}`;
  return `${Math.round(v)}${noun}`;
}
const pctEn = (r: Rng, p: number): string => (r() < 0.8 ? `${p}%` : `${p} percent`);
const multEn = (r: Rng, m: number): string => (r() < 0.6 ? `${m} times` : `${m}x`);

/** Rounds a value the way one outlet might (different sources disagree slightly). */
function outletValue(r: Rng, v: number): number {
  const u = r();
  if (u < 0.6) return v;
  if (u < 0.85) return Number((v * (1 + between(r, -0.03, 0.03))).toPrecision(2));
  return Number(v.toPrecision(2));
}
const roundPct = (r: Rng, p: number): number => (r() < 0.75 ? p : Math.round(p));

// ---- events and articles ----

function newEvent(r: Rng, companies: Company[], id: number, days: number): NewsEvent {
  const co = pick(r, companies);
  let other = pick(r, companies);
  if (other === co) other = companies[(companies.indexOf(co) + 1) % companies.length] as Company;
  const kind = co.lab && r() < 0.4 ? pick(r, ['funding', 'launch'] as const) : pick(r, KINDS);
  const big = Math.round(between(r, 1, 120) * 10) / 10;
  return {
    id: `ev${String(id).padStart(6, '0')}`,
    kind,
    day: intBetween(r, 0, days - 1),
    co,
    other,
    investor: pick(r, INVESTORS),
    place: pick(r, PLACES),
    product: pick(r, co.products),
    a: big * 1e9,
    b: (Math.round(between(r, 1.5, 8) * big * 10) / 10) * 1e9,
    p: Math.round(between(r, 3, 120) * 10) / 10,
    q: intBetween(r, 2, 45),
    x: Math.round(between(r, 1.5, 9.5) * 10) / 10,
    k: Math.round(between(r, 0.5, 900)) * 1e6,
    quarter: intBetween(r, 1, 4),
    year: 2026,
  };
}

/** Writes one report of an event: title and 3–6 paragraphs, English or Chinese. */
function writeArticle(r: Rng, ev: NewsEvent, lang: Lang): Article {
  const figures: GeneratedFigure[] = [];
  const a = outletValue(r, ev.a);
  const b = outletValue(r, ev.b);
  const p = roundPct(r, ev.p);
  const q = ev.q;
  const cur =
    ev.co.en === 'Alibaba' || ev.co.en === 'Tencent' || ev.co.en === 'Baidu'
      ? r() < 0.5
        ? 'CNY'
        : 'USD'
      : ev.kind === 'fine'
        ? 'EUR'
        : 'USD';
  const m = (raw: number, c = 'USD'): string => {
    const v = Number(raw.toPrecision(3));
    figures.push({ value: v, currency: c, kind: 'money' });
    return lang === 'en' ? moneyEn(r, v, c) : moneyZh(r, v, c);
  };
  const pc = (v: number): string => {
    figures.push({ value: v, kind: 'percent' });
    return lang === 'en' ? pctEn(r, v) : `${v}%`;
  };
  const mu = (v: number): string => {
    figures.push({ value: v, kind: 'multiple' });
    return lang === 'en' ? multEn(r, v) : `${v}倍`;
  };
  const ct = (v: number, en: string, zh: string): string => {
    figures.push({ value: v, kind: 'count' });
    return lang === 'en' ? countEn(v, en) : countZh(v, zh);
  };
  const C = lang === 'en' ? ev.co.en : ev.co.zh;
  const O = lang === 'en' ? ev.other.en : ev.other.zh;
  const [ceoEn, ceoZh] = ev.co.ceo;
  const CEO = lang === 'en' ? ceoEn : ceoZh;
  const P = ev.product;
  const place = lang === 'en' ? ev.place[0] : ev.place[1];
  const inv = lang === 'en' ? ev.investor[0] : ev.investor[1];
  const entities = [ev.co.en];
  let title: string;
  const paras: string[] = [];
  const en = lang === 'en';
  switch (ev.kind) {
    case 'earnings': {
      const rev = m(a, cur);
      const g = pc(p);
      title = en
        ? pick(r, [
            `${C} revenue rises ${g} to ${rev} on AI demand`,
            `${C} beats estimates as quarterly revenue hits ${rev}`,
            `${C} Q${ev.quarter} sales jump ${g}, guidance tops forecasts`,
          ])
        : pick(r, [
            `${C}第${ev.quarter}季度营收${rev}，同比增长${g}`,
            `${C}财报超预期：季度营收达${rev}`,
            `AI需求强劲，${C}营收同比增长${g}`,
          ]);
      paras.push(
        en
          ? `${C} reported revenue of ${rev} for its ${ordinalEn(ev.quarter)} quarter, up ${g} from a year earlier, beating analyst estimates as demand for AI infrastructure stayed strong.`
          : `${C}公布第${ev.quarter}季度财报，营收为${rev}，同比增长${g}，高于分析师预期，AI相关需求依然强劲。`,
      );
      paras.push(
        en
          ? `Net income reached ${m(a * 0.31, cur)}, while the company guided to ${m(a * 1.12, cur)} for the next quarter. Its AI business grew ${mu(ev.x)} year over year.`
          : `当季净利润达到${m(a * 0.31, cur)}，公司预计下一季度营收约为${m(a * 1.12, cur)}。其AI相关业务收入同比增长${mu(ev.x)}。`,
      );
      break;
    }
    case 'funding': {
      const raise = m(a / 10);
      const val = m(b * 3);
      title = en
        ? pick(r, [
            `${C} raises ${raise} at ${val} valuation`,
            `${C} closes ${raise} funding round led by ${inv}`,
            `${inv} leads ${raise} round in ${C}`,
          ])
        : pick(r, [`${C}完成${raise}融资，估值达${val}`, `${inv}领投，${C}估值升至${val}`, `${C}新一轮融资${raise}`]);
      paras.push(
        en
          ? `${C} has raised ${raise} in a new funding round led by ${inv}, valuing the company at ${val}, people familiar with the deal said.`
          : `${C}宣布完成新一轮${raise}融资，由${inv}领投，投后估值达到${val}。`,
      );
      paras.push(
        en
          ? `The valuation is ${mu(ev.x)} what the company was worth a year ago. Annualized revenue has passed ${m(a / 25)}.`
          : `这一估值是一年前的${mu(ev.x)}，公司年化收入已超过${m(a / 25)}。`,
      );
      entities.push(ev.investor[0]);
      break;
    }
    case 'capex': {
      const spend = m(b, cur);
      title = en
        ? pick(r, [
            `${C} plans to spend ${spend} on AI data centers in ${ev.year}`,
            `${C} lifts capital spending plan to ${spend}`,
            `${C} to build new AI campus in ${place}`,
          ])
        : pick(r, [`${C}计划${ev.year}年投入${spend}建设AI数据中心`, `${C}上调资本支出计划至${spend}`, `${C}将在${place}新建AI数据中心`]);
      paras.push(
        en
          ? `${C} expects capital expenditures of ${spend} in ${ev.year}, up ${pc(p)} from last year, most of it for data centers and AI chips, ${CEO} said.`
          : `${CEO}表示，${C}预计${ev.year}年资本支出为${spend}，较去年增长${pc(p)}，主要用于数据中心和AI芯片。`,
      );
      paras.push(
        en
          ? `A new campus in ${place} will draw ${ct(q / 10, 'gigawatts', '吉瓦')} of power when complete.`
          : `公司在${place}新建的数据中心园区建成后用电容量将达到${ct(q / 10, 'gigawatts', '吉瓦')}。`,
      );
      entities.push(ev.place[0]);
      break;
    }
    case 'export': {
      const lost = m(a / 10);
      title = en
        ? pick(r, [
            `US tightens export curbs on ${C} chips to China`,
            `${C} expects ${lost} hit from new China export rules`,
            `${C} says China license requirement will cost it ${lost}`,
          ])
        : pick(r, [`美国收紧对华芯片出口管制，${C}受影响`, `${C}预计新出口限制将带来${lost}损失`, `出口许可新规落地，${C}对华销售受限`]);
      paras.push(
        en
          ? `${C} said new US export restrictions on its ${P} chips to China could cut revenue by ${lost} this quarter. China accounted for ${pc(q)} of its sales last year.`
          : `${C}表示，美国对其${P}芯片对华出口的新限制，可能使本季度营收减少${lost}。去年中国市场占其销售额的${pc(q)}。`,
      );
      paras.push(
        en
          ? `The Commerce Department said licenses would be reviewed case by case. ${C} shares fell ${pc(Math.round((p / 12) * 10) / 10)} in premarket trading.`
          : `美国商务部表示将逐案审批出口许可证。${C}股价盘前下跌${pc(Math.round((p / 12) * 10) / 10)}。`,
      );
      entities.push('China', 'US Commerce Department');
      break;
    }
    case 'launch': {
      const users = ct(ev.k, 'users', '用户');
      title = en
        ? pick(r, [
            `${C} launches ${P}, claims ${mu(ev.x)} faster inference`,
            `${C} unveils ${P} as it passes ${users}`,
            `${C} releases ${P} to developers`,
          ])
        : pick(r, [`${C}发布${P}，推理速度提升${mu(ev.x)}`, `${C}推出${P}，用户数突破${users}`, `${C}正式上线${P}`]);
      paras.push(
        en
          ? `${C} on ${weekdayEn(ev.day)} introduced ${P}, which it says runs ${mu(ev.x)} faster than the previous version at ${pc(q)} lower cost.`
          : `${C}正式发布${P}，称其推理速度是上一代的${mu(ev.x)}，成本降低${pc(q)}。`,
      );
      paras.push(
        en
          ? `${CEO} said the company's products now reach ${users}. API pricing starts at ${m(ev.x / 2)} per million tokens.`
          : `${CEO}表示，公司产品目前已覆盖${users}。API价格为每百万Token ${m(ev.x / 2)}起。`,
      );
      entities.push(P);
      break;
    }
    case 'acquisition': {
      const price = m(a / 4, cur);
      title = en
        ? pick(r, [
            `${C} to acquire ${O} unit for ${price}`,
            `${C} agrees ${price} deal to buy ${O} business`,
            `${C} buys ${O} assets in ${price} takeover`,
          ])
        : pick(r, [`${C}拟以${price}收购${O}旗下业务`, `${C}宣布${price}并购交易`, `${C}斥资${price}买下${O}部分资产`]);
      paras.push(
        en
          ? `${C} agreed to buy a business unit from ${O} for ${price} in cash, a premium of ${pc(q)} to its last valuation.`
          : `${C}同意以${price}现金收购${O}旗下一项业务，较其最新估值溢价${pc(q)}。`,
      );
      paras.push(
        en
          ? `The deal is expected to close in the second half of ${ev.year}, pending regulatory approval.`
          : `该交易预计在${ev.year}年下半年完成，尚需监管部门批准。`,
      );
      entities.push(ev.other.en);
      break;
    }
    case 'contract': {
      const value = m(b);
      title = en
        ? pick(r, [
            `${C} signs ${value} compute deal with ${O}`,
            `${O} wins ${value} contract from ${C}`,
            `${C} and ${O} agree ${q}-year, ${value} partnership`,
          ])
        : pick(r, [`${C}与${O}签下${value}算力大单`, `${O}获得${C}${value}合同`, `${C}与${O}达成${value}合作协议`]);
      paras.push(
        en
          ? `${C} signed an agreement worth ${value} with ${O} for computing capacity over ${Math.max(2, Math.round(q / 8))} years, the companies said.`
          : `${C}与${O}签署了一份价值${value}的算力协议，期限为${Math.max(2, Math.round(q / 8))}年。`,
      );
      paras.push(
        en
          ? `The deal covers ${ct(q / 10, 'gigawatts', '吉瓦')} of capacity. ${O} shares rose ${pc(Math.round((p / 4) * 10) / 10)} on the news.`
          : `协议涉及${ct(q / 10, 'gigawatts', '吉瓦')}算力容量。消息公布后${O}股价上涨${pc(Math.round((p / 4) * 10) / 10)}。`,
      );
      entities.push(ev.other.en);
      break;
    }
    case 'stock': {
      const cap = m(b * 10);
      const move = pc(Math.round((p / 6) * 10) / 10);
      title = en
        ? pick(r, [
            `${C} shares surge ${move}, market value tops ${cap}`,
            `${C} stock jumps ${move} to record`,
            `${C} market cap hits ${cap} after rally`,
          ])
        : pick(r, [`${C}股价大涨${move}，市值突破${cap}`, `${C}股价创历史新高，市值达${cap}`, `${C}市值升至${cap}`]);
      paras.push(
        en
          ? `Shares of ${C} rose ${move} on ${weekdayEn(ev.day)}, lifting its market value to ${cap}, after analysts raised their targets.`
          : `${C}股价周${'一二三四五'[ev.day % 5]}上涨${move}，市值升至${cap}，多家机构上调了目标价。`,
      );
      break;
    }
    case 'layoffs': {
      const jobs = ct(q * 200, 'jobs', '个岗位');
      title = en
        ? pick(r, [
            `${C} to cut ${jobs} as it shifts spending to AI`,
            `${C} announces layoffs of ${pc(q / 5)} of staff`,
            `${C} job cuts hit ${jobs}`,
          ])
        : pick(r, [`${C}宣布裁员${jobs}，加码AI投入`, `${C}裁员约${pc(q / 5)}`, `${C}启动新一轮裁员`]);
      paras.push(
        en
          ? `${C} said it will eliminate ${jobs}, about ${pc(q / 5)} of its workforce, to free up money for AI infrastructure.`
          : `${C}表示将裁减${jobs}，约占员工总数的${pc(q / 5)}，以腾出资金投入AI基础设施。`,
      );
      paras.push(en ? `The company expects the cuts to save ${m(a / 20)} a year.` : `公司预计此举每年可节省${m(a / 20)}。`);
      break;
    }
    case 'fine': {
      const fine = m(a / 30, 'EUR');
      title = en
        ? pick(r, [
            `EU fines ${C} ${fine} over AI data practices`,
            `${C} hit with ${fine} EU antitrust fine`,
            `Regulators fine ${C} ${fine}`,
          ])
        : pick(r, [`欧盟对${C}处以${fine}罚款`, `${C}因反垄断问题被欧盟罚款${fine}`, `${C}遭欧盟监管机构重罚`]);
      paras.push(
        en
          ? `The European Commission fined ${C} ${fine}, saying the company breached competition rules. The fine equals about ${pc(Math.round((q / 10) * 10) / 10)} of its global turnover.`
          : `欧盟委员会对${C}处以${fine}罚款，认定其违反竞争规则，罚款约相当于其全球营业额的${pc(Math.round((q / 10) * 10) / 10)}。`,
      );
      entities.push('European Commission');
      break;
    }
  }
  entities.push(ev.co.ceo[0]);
  // Background paragraphs until the article is 1.5–3 KB.
  const target = intBetween(r, 1700, 3000);
  const fillers = background(r, ev, lang, m, pc);
  let bytes = Buffer.byteLength(title + paras.join('\n\n'));
  for (const f of fillers) {
    if (bytes >= target || paras.length >= 6) break;
    paras.push(f);
    bytes += Buffer.byteLength(f) + 2;
  }
  return { ev, lang, outlet: pick(r, OUTLETS[lang]), title, paras, figures, entities, nearDupOf: null, hour: intBetween(r, 0, 23) };
}

function background(r: Rng, ev: NewsEvent, lang: Lang, m: (v: number, c?: string) => string, pc: (v: number) => string): string[] {
  const C = lang === 'en' ? ev.co.en : ev.co.zh;
  const O = lang === 'en' ? ev.other.en : ev.other.zh;
  const CEO = lang === 'en' ? ev.co.ceo[0] : ev.co.ceo[1];
  const en = [
    `"We are still in the early innings of this buildout," ${CEO} said on a call with analysts.`,
    'Demand continued to exceed supply across regions and product lines, according to people close to the company.',
    `Analysts at several brokerages said the figures showed how quickly spending on AI infrastructure is compounding.`,
    `Big tech companies are together expected to spend ${m(ev.day % 30 < 15 ? 600e9 : 650e9)} on data centers this year.`,
    `${C} competes with ${O} and a growing list of Chinese rivals.`,
    `Its market value has risen ${pc(ev.co.growth)} over the past twelve months as investors bet on AI.`,
    'Some investors remain cautious, pointing to the circular nature of recent deals in which chip makers invest in AI labs that then buy their chips.',
    'Power shortages in several US states could also slow the construction of new data centers, utilities have warned.',
    'The company did not comment on its plans for the rest of the year.',
    'A spokesperson said more details would be shared at its developer conference later this spring.',
    `${C} ended the last quarter with ${m(ev.co.cash)} in cash and short-term investments, giving it room to keep investing.`,
    'Competition for engineers remains intense, with top researchers receiving pay packages worth tens of millions of dollars.',
    'Regulators in Washington and Brussels are watching the sector closely, and lawmakers have asked for more disclosure on energy use.',
    'Customers in finance, health care and manufacturing have started moving pilot projects into production, according to industry surveys.',
  ];
  const zh = [
    `${CEO}在分析师电话会上表示：“这一轮基础设施建设仍处在早期阶段。”`,
    '知情人士称，各地区、各产品线的需求依然超过供给，部分客户的交付周期已延长至数月。',
    '多家券商分析师认为，上述数据显示AI基础设施投入正在加速，行业景气度仍在上行。',
    `据估算，今年大型科技公司在数据中心上的合计支出将达到${m(ev.day % 30 < 15 ? 600e9 : 650e9)}。`,
    `${C}的竞争对手包括${O}以及越来越多的中国厂商。`,
    `过去十二个月，受AI投资热潮带动，${C}市值上涨了${pc(ev.co.growth)}。`,
    '也有投资者保持谨慎。他们指出，近期多笔交易存在“循环融资”特征：芯片厂商投资AI实验室，实验室再反过来采购其芯片。',
    '此外，电力短缺也可能拖慢新数据中心的建设进度，多地电网公司已发出预警。',
    '公司未就全年计划置评。一位发言人表示，更多细节将在今年春季的开发者大会上公布。',
    `截至上季度末，${C}持有现金及短期投资${m(ev.co.cash)}，仍有充足空间继续投入。`,
    '业内人士表示，顶尖AI研究人员的薪酬已水涨船高，人才争夺战愈演愈烈。',
    '监管层面，多国监管机构正密切关注行业动态，并要求企业进一步披露能耗等信息。',
    '行业调研显示，金融、医疗和制造业客户正在将试点项目逐步推向规模化部署。',
    '有分析人士提醒，估值快速攀升的同时，商业化落地能否跟上仍有待观察。',
  ];
  const list = lang === 'en' ? en : zh;
  // Shuffle deterministically, then group into paragraphs of two to four sentences.
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [list[i], list[j]] = [list[j] as string, list[i] as string];
  }
  const paras: string[] = [];
  for (let i = 0; i < list.length; ) {
    const k = intBetween(r, 2, 4);
    paras.push(list.slice(i, i + k).join(lang === 'en' ? ' ' : ''));
    i += k;
  }
  return paras;
}

function ordinalEn(q: number): string {
  return ['first', 'second', 'third', 'fourth'][q - 1] ?? 'latest';
}
function weekdayEn(day: number): string {
  return ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][day % 5] as string;
}

const REWORD: Record<Lang, [RegExp, string][]> = {
  en: [
    [/\bsaid\b/g, 'says'],
    [/\babout\b/g, 'around'],
    [/\bthe company\b/g, 'the firm'],
    [/\bshares\b/g, 'stock'],
    [/\bstrong\b/g, 'robust'],
    [/\bexpects\b/g, 'projects'],
  ],
  zh: [
    [/表示/g, '称'],
    [/宣布/g, '公布'],
    [/公司/g, '该公司'],
    [/依然/g, '仍然'],
    [/预计/g, '预期'],
    [/上涨/g, '走高'],
  ],
};

/** A syndicated / lightly edited copy: a few word swaps, maybe a dropped closing paragraph, a source line. */
function nearDuplicate(r: Rng, src: Article, srcIndex: number): Article {
  const rules = REWORD[src.lang].filter(() => r() < 0.5);
  const edit = (s: string): string => rules.reduce((t, [re, to]) => t.replace(re, to), s);
  const paras = src.paras.map(edit);
  if (paras.length > 3 && r() < 0.5) paras.pop();
  const outlet = pick(r, OUTLETS[src.lang]);
  paras.push(src.lang === 'en' ? `This article first appeared on ${src.outlet[0]}.` : `（本文转载自${src.outlet[0]}）`);
  return {
    ...src,
    outlet,
    title: r() < 0.5 ? src.title : edit(src.title),
    paras,
    nearDupOf: srcIndex,
    hour: Math.min(23, src.hour + intBetween(r, 0, 6)),
  };
}

function isoDay(start: string, offset: number): string {
  const t = Date.parse(`${start}T00:00:00Z`) + offset * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

function toDraft(art: Article, index: number, start: string): ItemDraft {
  const day = isoDay(start, art.ev.day + (art.nearDupOf === null && art.hour > 20 ? 1 : 0));
  const date = `${day}T${String(art.hour).padStart(2, '0')}:${String((index * 7) % 60).padStart(2, '0')}:00Z`;
  const url = `https://${art.outlet[1]}/${day.replaceAll('-', '/')}/${art.ev.kind}-${art.ev.id}-${index}`;
  const text = art.paras.join('\n\n');
  const raw = `---\ntitle: ${JSON.stringify(art.title)}\ndate: ${date}\nsource: ${url}\nauthor: ${JSON.stringify(art.outlet[0])}\n---\n\n# ${art.title}\n\n${text}\n`;
  return {
    kind: 'article',
    format: 'markdown',
    title: art.title,
    url,
    date,
    author: art.outlet[0],
    raw,
    text,
    meta: {
      event: art.ev.id,
      eventKind: art.ev.kind,
      lang: art.lang,
      entities: [...new Set(art.entities)],
      figures: art.figures,
      nearDupOf: art.nearDupOf,
    },
    pairs: [],
    links: [],
    messages: [],
  };
}

/**
 * Generates `n` synthetic articles, deterministic for a seed. Events get 1–5 reports (English or Chinese,
 * each outlet rounding figures its own way); about `nearDupRate` of the articles are syndicated copies.
 * `meta` carries the ground truth: event id, language, entities, figures, nearDupOf.
 * @example generateCorpus({ n: 3, seed: 1 })[0].meta.event → 'ev000000'
 */
export function generateCorpus(opts: GenerateOptions): ItemDraft[] {
  const r = mulberry32(opts.seed * 2654435761 + 1);
  const nearDupRate = opts.nearDupRate ?? 0.1;
  const companies = withBackground(r);
  const days = Math.max(1, opts.days ?? Math.max(7, Math.ceil(opts.n / 150)));
  // One company has at most one event of a kind in any 4-day stretch (two "Nvidia earnings" in a week would be one story).
  const taken = new Set<string>();
  const freshEvent = (): NewsEvent => {
    let ev = newEvent(r, companies, eventId, days);
    for (let tries = 0; tries < 20 && taken.has(`${ev.co.en}|${ev.kind}|${Math.floor(ev.day / 4)}`); tries++)
      ev = newEvent(r, companies, eventId, days);
    taken.add(`${ev.co.en}|${ev.kind}|${Math.floor(ev.day / 4)}`);
    eventId++;
    return ev;
  };
  const start = opts.date ?? '2026-03-02';
  const articles: Article[] = [];
  let eventId = 0;
  let pending: { ev: NewsEvent; left: number } | null = null;
  while (articles.length < opts.n) {
    if (articles.length > 0 && r() < nearDupRate) {
      const from = Math.max(0, articles.length - intBetween(r, 1, 30));
      const src = articles[from] as Article;
      articles.push(nearDuplicate(r, src, src.nearDupOf ?? from));
      continue;
    }
    if (pending === null || pending.left === 0) {
      const u = r();
      const size = u < 0.45 ? 1 : u < 0.7 ? 2 : u < 0.85 ? 3 : u < 0.95 ? 4 : 5;
      pending = { ev: freshEvent(), left: size };
    }
    articles.push(writeArticle(r, pending.ev, r() < 0.5 ? 'en' : 'zh'));
    pending.left--;
  }
  return articles.map((a, i) => toDraft(a, i, start));
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'article'
  );
}

/** CLI: `node --import tsx bench/generate.ts --n 10000 --seed 1 --out DIR [--near-dup-rate 0.1] [--date 2026-03-02] [--days 14]`. */
function main(): void {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      'near-dup-rate': { type: 'string' },
      date: { type: 'string' },
      days: { type: 'string' },
    },
  });
  if (!values.out) {
    process.stderr.write('usage: generate.ts --n N --seed S --out DIR [--near-dup-rate R] [--date YYYY-MM-DD] [--days D]\n');
    process.exit(2);
  }
  const t0 = performance.now();
  const drafts = generateCorpus({
    n: Number(values.n),
    seed: Number(values.seed),
    ...(values['near-dup-rate'] ? { nearDupRate: Number(values['near-dup-rate']) } : {}),
    ...(values.date ? { date: values.date } : {}),
    ...(values.days ? { days: Number(values.days) } : {}),
  });
  mkdirSync(values.out, { recursive: true });
  const truth: string[] = [];
  drafts.forEach((d, i) => {
    const file = `${String(i).padStart(5, '0')}-${slug((d.url ?? d.title).split('/').pop() ?? '')}.md`;
    writeFileSync(join(values.out as string, file), d.raw);
    truth.push(JSON.stringify({ file, ...d.meta }));
  });
  writeFileSync(join(values.out, 'truth.jsonl'), `${truth.join('\n')}\n`);
  process.stderr.write(
    `${drafts.length} articles written to ${values.out} in ${Math.round(performance.now() - t0)} ms (truth.jsonl holds events, entities, figures)\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
