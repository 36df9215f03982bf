/** Chinese renderings of amounts and figures, as Chinese writers write them: 6100亿美元, 4.58万亿元, 40万至60万美元, 超过80亿美元. */
import type { Figure } from '../../types/figure.js';
import { ZH_CURRENCY_NAMES, ZH_MINOR_UNITS } from './lexicon-currency.js';

const ZH_UNIT_NAMES: Readonly<Record<string, string>> = {
  users: '用户',
  'monthly active users': '月活用户',
  'daily active users': '日活用户',
  'weekly active users': '周活跃用户',
  'paying users': '付费用户',
  subscribers: '订阅用户',
  customers: '客户',
  people: '人',
  employees: '名员工',
  engineers: '名工程师',
  researchers: '名研究人员',
  developers: '名开发者',
  jobs: '个岗位',
  GPUs: '块GPU',
  chips: '颗芯片',
  TPUs: '块TPU',
  servers: '台服务器',
  racks: '个机柜',
  wafers: '片晶圆',
  tokens: '个token',
  parameters: '参数',
  GW: '吉瓦',
  MW: '兆瓦',
  kW: '千瓦',
  TW: '太瓦',
  TWh: '太瓦时',
  GWh: '吉瓦时',
  MWh: '兆瓦时',
  kWh: '千瓦时',
  km: '公里',
  miles: '英里',
  'data centers': '个数据中心',
  companies: '家公司',
  startups: '家初创公司',
  countries: '个国家',
  cities: '个城市',
  stores: '家门店',
  models: '个模型',
  downloads: '次下载',
  shares: '股',
  devices: '台设备',
  units: '台',
  vehicles: '辆车',
  robots: '台机器人',
  patents: '项专利',
  papers: '篇论文',
  times: '次',
  facilities: '座设施',
  year: '年',
  month: '个月',
  week: '周',
  day: '天',
  hour: '小时',
  quarter: '个季度',
  decade: '十年',
  pp: '个百分点',
  bp: '个基点',
};

/** A number with at most `digits` decimals, trailing zeros removed: 4.5800 → "4.58". */
function num(v: number, digits = 2): string {
  const r = Number(v.toFixed(digits));
  return String(Object.is(r, -0) ? 0 : r);
}

/** A plain magnitude in 万 / 亿 / 万亿 with no currency: 6.1e11 → "6100亿", 2e4 → "2万", 4.58e12 → "4.58万亿". */
export function formatChineseNumber(value: number): string {
  const a = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (a >= 1e12) return `${sign}${num(a / 1e12, 4)}万亿`;
  if (a >= 1e8) return `${sign}${num(a / 1e8, 4)}亿`;
  if (a >= 1e4) return `${sign}${num(a / 1e4, 4)}万`;
  return `${sign}${num(a, 2)}`;
}

/**
 * Chinese rendering of an amount.
 * Examples: (6.1e11,'USD') → '6100亿美元'; (4.58e12,'CNY') → '4.58万亿元'; (2e4,'USD') → '2万美元'; (1.5e9,'USD') → '15亿美元'; (0.4,'USD') → '40美分'.
 */
export function formatChineseAmount(value: number, currency?: string): string {
  if (!Number.isFinite(value)) return String(value);
  const minor = currency ? ZH_MINOR_UNITS[currency] : undefined;
  if (minor && Math.abs(value) < 1 && value !== 0) return `${num(value * 100, 2)}${minor}`;
  const name = currency ? (ZH_CURRENCY_NAMES[currency] ?? currency) : '';
  return `${formatChineseNumber(value)}${name}`;
}

const VAGUE_WORDS: readonly (readonly [number, string])[] = [
  [1e12, '万亿'],
  [1e11, '千亿'],
  [1e10, '百亿'],
  [1e9, '十亿'],
  [1e8, '亿'],
  [1e7, '千万'],
  [1e6, '百万'],
  [1e5, '十万'],
  [1e4, '万'],
  [1e3, '千'],
  [100, '百'],
  [10, '十'],
];

/** 数百亿 for [2e10, 9e10]: the word when low/high are 2× and 9× a power of ten, else undefined. */
function vagueWord(low: number, high: number): string | undefined {
  for (const [u, w] of VAGUE_WORDS) {
    if (Math.abs(low - 2 * u) < u * 1e-9 && Math.abs(high - 9 * u) < u * 1e-9) return `数${w}`;
    if (Math.abs(low - u) < u * 1e-9 && Math.abs(high - 9 * u) < u * 1e-9) return `上${w}`;
  }
  return undefined;
}

function suffixOf(f: Figure): string {
  if (f.kind === 'money') return '';
  if (f.kind === 'percent') return f.unit === 'pp' ? '个百分点' : f.unit === 'bp' ? '%' : '%';
  if (f.kind === 'multiple') return '倍';
  return f.unit ? (ZH_UNIT_NAMES[f.unit] ?? f.unit) : '';
}

function amount(v: number, f: Figure): string {
  if (f.kind === 'money') return formatChineseAmount(v, f.currency);
  if (f.kind === 'percent' || f.kind === 'multiple') return num(v, 2);
  return formatChineseNumber(v);
}

/**
 * Chinese rendering of any figure. Examples: range → '40万至60万美元'; min → '超过80亿美元'; approx → '约…';
 * max → '最多…'; vague [2e10, 9e10] USD → '数百亿美元'; percent → '97%'; multiple → '3.7倍'. Direction is not rendered.
 */
export function formatFigureZh(f: Figure): string {
  const suffix = suffixOf(f);
  if (f.low !== undefined && f.high !== undefined) {
    if (f.qualifier === 'vague') {
      const w = vagueWord(f.low, f.high);
      const cur = f.kind === 'money' && f.currency ? (ZH_CURRENCY_NAMES[f.currency] ?? f.currency) : '';
      if (w) return `${w}${cur}${suffix}`;
      const lowTxt = f.kind === 'money' ? formatChineseNumber(f.low) : amount(f.low, f);
      return `${lowTxt}多${cur}${suffix}`;
    }
    if (f.kind === 'money') {
      const hi = formatChineseAmount(f.high, f.currency);
      const lo = formatChineseAmount(f.low, f.currency).replace(/[^\d.万亿千百-]+$/u, '');
      const q = f.qualifier === 'approx' ? '约' : f.qualifier === 'min' ? '超过' : f.qualifier === 'max' ? '最多' : '';
      return `${q}${lo}至${hi}`;
    }
    return `${amount(f.low, f)}${suffix}至${amount(f.high, f)}${suffix}`;
  }
  const v = f.value ?? 0;
  const prefix = f.qualifier === 'approx' ? '约' : f.qualifier === 'min' ? '超过' : f.qualifier === 'max' ? '最多' : '';
  if (f.kind === 'percent' && f.unit === 'bp') return `${prefix}${num(v * 100, 2)}个基点`;
  return `${prefix}${amount(v, f)}${suffix}`;
}
