/** Every sentence template and word table of the offline engine, in one place (documented in TEMPLATES.md). */
import { defaultStoryTemplates } from './story-templates.js';

/**
 * Sentence templates. Placeholders: {subject} Chinese name of the subject, {period} 2026年 / 2026年第一季度 / 2025财年,
 * {metric} Chinese metric name, {amount} the figure written Chinese-style (with its qualifier: 超过 / 约 / 最多),
 * {change} 增长 / 下降, {source} outlet names, {claims} a conflict's values with their outlets, {value} figures,
 * {owner} the subject and measure a derived fact's amounts share (`AWS营收`; empty when they do not share one),
 * {inputs} figures joined by ＋, {from}/{to} entity names, {deal} deal verb, {sources} outlet list, {title} a source title.
 * No template carries a digit of its own: every number in offline output comes from a figure.
 */
export const TEMPLATES = {
  /** H1: key figure with subject and metric. `四巨头2026年资本开支超过4000亿美元` */
  headlineMetric: '{subject}{period}{metric}{amount}',
  /** H2: a percentage change with subject and metric. `英伟达2026年第一季度营收增长69%` */
  headlineChange: '{subject}{period}{metric}{change}{amount}',
  /** H4: English-only story without a usable figure: the English title, marked. */
  headlineEnglish: '{title}（英文报道）',

  /** English-only story: the lead paragraph's opening (no free translation offline). */
  englishNote: '以下为英文原文摘录（离线引擎不做翻译）：',
  /** English-only story with an attributed key figure: a Chinese sentence from it, then the English excerpt. */
  englishLead: '据{source}报道，{subject}{period}{metric}{change}{amount}。英文原文摘录：',

  /** 关键数据 bullet. `微软2026财年资本开支：**800亿美元**（来源：reuters.com）` */
  keyData: '{subject}{period}{metric}{change}：**{amount}**（来源：{source}）',

  /** 深度解读: conflicting values of one claim. */
  conflict: '{subject}{period}{metric}各方说法不一：{claims}。',
  /** 深度解读: values of one claim on different bases, each value with the basis its source states (含融资租赁). */
  basisDiffers: '{subject}{period}{metric}口径不同：{claims}。',
  /** One value of a conflict with the outlets stating it (joined by ，into {claims}). */
  conflictValue: '{source}称**{value}**',
  /** 深度解读: one value stated by several outlets. */
  corroborated: '{subject}{period}{metric}**{value}**获多个来源印证（{sources}）。',
  /** 深度解读: a value that differs from an earlier claim on the same subject and metric. */
  earlier: '与此前报道对比：{old_source}曾称{subject}{period}{metric}为**{old_value}**，{new_source}称**{new_value}**。',
  /** A final value against the earlier rumour or plan it settles (decision 163): which way it came in. */
  earlierFinalLower:
    '与此前报道对比：{old_source}曾称{subject}{period}{metric}为**{old_value}**，{new_source}称最终为**{new_value}**，低于此前报道。',
  earlierFinalHigher:
    '与此前报道对比：{old_source}曾称{subject}{period}{metric}为**{old_value}**，{new_source}称最终为**{new_value}**，高于此前报道。',
  /**
   * 深度解读: two outlets' values of which the company's own statement gives one (decision 094), as an editor's note says
   * it: the outlet's number, then the company's (decision 154; no `以…为准` verdict).
   */
  settledStatement: '{other_source}{when}报道{subject}{period}{metric}为**{other_value}**，公司披露为**{value}**。',
  /** …the company's final figure against an earlier rumour or plan, which way it came in (decision 186). */
  settledFinalLower: '{other_source}{when}报道{subject}{period}{metric}为**{other_value}**，公司披露为**{value}**，低于此前报道。',
  settledFinalHigher: '{other_source}{when}报道{subject}{period}{metric}为**{other_value}**，公司披露为**{value}**，高于此前报道。',
  /** 深度解读: a value on a source's word the company answered (called inaccurate, denied), beside the other (decision 102). */
  settledReply: '{source}称{subject}{period}{metric}为**{value}**；{other_source}{when}称**{other_value}**，{company}{reply}。',
  /**
   * 深度解读: two outlets' values of which the offer's own terms (shares × price per share) give one (decision 094): the
   * terms' amount as the sources state it, then the other outlet's; no `与…所报一致…与此不符` check in the editor's voice
   * (decision 154).
   */
  settledArithmetic: '按{shares}、每股{price}计，{subject}{period}{metric}为**{value}**；{other_source}{when}报道为**{other_value}**。',
  /** 深度解读: a derived total. */
  total: '合计测算：{owner}{inputs}，总计**{value}**。',
  /** 深度解读: a derived ratio. */
  ratio: '对比测算：{a}是{b}的**{value}**。',
  /** 深度解读: a stated multiple that does not match the figures it relates. */
  ratioMismatch: '核对：文中所称**{stated}**与原始数字不符，按{a}与{b}计算为**{value}**。',
  /** 深度解读: derived growth. */
  growth: '增速测算：{owner}由{a}到{b}，{change}**{value}**。',
  /** 深度解读: an implied baseline. */
  baseline: '基数推算：由{owner}{inputs}推算，基数为**{value}**。',
  /** 深度解读: the earlier value an amount and its change imply. `AWS营收356亿美元、同比增长24%，据此推算上年同期约为287亿美元。` */
  /** 深度解读: the earlier value an amount and a multiple imply. `Anthropic营收61亿美元，为此前的4倍，据此推算此前约为15.3亿美元。` */
  baselineMultiple: '基数推算：{owner}{amount}，为{earlier}的{times}，据此推算{earlier}为**{value}**。',
  baselineChange: '基数推算：{owner}{amount}、{change}{rate}，据此推算{earlier}为**{value}**。',
  /** 深度解读: a capital-flow edge. */
  deal: '资金流向：{flow}{amount_part}。',

  /** The digest title: the top story's headline, then the second one when short enough. */
  title: '{first}；{second}',
  /** A follow-up whose only headline is the one an earlier day printed (no new fact to lead with). */
  followUp: '{headline}（续报）',
  /** The digest title on a day without stories. */
  titleEmpty: 'AI 日报：今日暂无重要动态',
} as const;

export type TemplateId = keyof typeof TEMPLATES;

/**
 * Fills `{name}` placeholders; a missing value becomes the empty string. A Latin name directly before a year gets a
 * space so the two do not run together: `{subject}{period}` → `OpenAI 2026年`, not `OpenAI2026年`.
 */
export function fill(template: string, vars: Record<string, string | undefined>): string {
  return template.replace(/\{([a-z_]+)\}/g, (_, k: string) => vars[k] ?? '').replace(/([A-Za-z])(?=\d{4}(?:年|财年|至))/g, '$1 ');
}

/** Metrics strong enough to headline a story from a template; weaker ones (spending, cost, price) keep the source title. */
export const HEADLINE_METRICS: ReadonlySet<string> = new Set([
  'capex',
  'investment',
  'revenue',
  'sales',
  'profit',
  'net-income',
  'arr',
  'valuation',
  'market-cap',
  'market-cap-change',
  'contract',
  'orders',
  'funding',
  'users',
  'loss',
  'debt',
]);

/**
 * Chinese names of metrics (figure.metric → label): the default word of each metric in data/story-templates.json
 * (`metricWords`, the pair with an empty regex), the one table of metric names. Where a sentence is at hand,
 * `metricWord` picks the word the source uses (承诺, 在手订单) from the same table.
 */
export const METRIC_ZH: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(defaultStoryTemplates().metricWords).flatMap(([metric, pairs]) => {
    const word = pairs.find((p) => p.re === null)?.word;
    return word ? [[metric, word]] : [];
  }),
);

/**
 * The Chinese name of a metric label, changes included (`profit-growth` → 利润增速); undefined when it has none, so a
 * sentence is left out rather than written without its measure (`台积电第四季度说法不一`).
 */
export function metricZh(metric: string): string | undefined {
  const direct = METRIC_ZH[metric];
  if (direct) return direct;
  const base = /^(.+)-growth$/.exec(metric)?.[1];
  const baseWord = base ? METRIC_ZH[base] : undefined;
  return baseWord ? `${baseWord}增速` : undefined;
}

/** Qualifier words put before an amount. */
export const QUALIFIER_ZH: Record<string, string> = { exact: '', approx: '约', min: '超过', max: '最多', vague: '' };

/** The {flow} of the 资金流向 template, per deal kind. */
export const DEAL_ZH: Record<string, string> = {
  invest: '{from}向{to}投资',
  purchase: '{from}向{to}采购',
  'cloud-contract': '{from}与{to}签订云服务合同',
  'equity-option': '{from}向{to}授予认股权证',
  acquisition: '{from}收购{to}',
  stake: '{from}入股{to}',
};

/** Direction cue words in a sentence (used when a figure carries no direction). */
export const DIRECTION_CUES: { up: RegExp; down: RegExp } = {
  up: /增加|提高|上调|增长|扩大|加大|翻倍|上涨|大涨|飙升|追加|高于|\bup from\b|\b(?:raise[sd]?|increas(?:e|ed|es|ing)|boost(?:s|ed)?|expand(?:s|ed)?|grow(?:s|n)?|surge[sd]?|jump(?:s|ed)?|ramp(?:s|ed)? up|rose|soar(?:s|ed)?)\b/i,
  down: /削减|下调|减少|下降|缩减|放缓|下跌|大跌|暴跌|裁员|降价|\b(?:cut(?:s|ting)?|reduc(?:e|ed|es)|lower(?:s|ed)?|slash(?:es|ed)?|fell|fall(?:s)?|drop(?:s|ped)?|declin(?:e|ed|es)|plunge[sd]?|layoffs?)\b/i,
};

/**
 * Direction assumed for a metric when neither the figure nor its sentence tells: only money paid in (an investment,
 * a round, a contract, an order) is news that points up by itself; capex, valuations and users need a cue.
 */
export const METRIC_DEFAULT_DIRECTION: Record<string, 'up' | 'down'> = {
  investment: 'up',
  funding: 'up',
  contract: 'up',
  orders: 'up',
};

/**
 * Labelled bullet blocks for the sections style (besides 关键数据): a source sentence goes under the first label whose
 * keywords it contains (Chinese as substrings, English case-insensitively on word boundaries) and whose facts it
 * states: `deal` a capital flow or contract the knowledge layer holds from that sentence (合作与交易 is for deals, not
 * for every sentence that says 投资 or 订单); `noDeal` none (a funding sentence is no 核心突破).
 */
export const BLOCK_RULES: { label: string; keywords: string[]; needs?: 'deal' | 'noDeal' }[] = [
  {
    label: '核心突破',
    needs: 'noDeal',
    keywords: [
      '正式发布',
      '发布了',
      '推出',
      '开源',
      '上线',
      '基准测试',
      '性能提升',
      '上下文',
      'launch',
      'release',
      'unveil',
      'benchmark',
      'breakthrough',
      'open-source',
    ],
  },
  {
    label: '商业模式',
    // How the company makes money (pricing, subscriptions, its revenue mix), not every sentence with a revenue figure.
    keywords: [
      '订阅',
      '定价',
      '收费',
      '付费',
      '商业化',
      '变现',
      '收入结构',
      '收入来源',
      '营收结构',
      '年化收入',
      '占总营收',
      '占营收',
      'pricing',
      'subscription',
      'monetiz',
      'paying',
    ],
  },
  {
    label: '合作与交易',
    needs: 'deal',
    keywords: [
      '合作',
      '协议',
      '合同',
      '订单',
      '采购',
      '入股',
      '收购',
      '投资',
      '注资',
      '出资',
      '领投',
      '认购',
      'partnership',
      'agreement',
      'contract',
      'deal',
      'stake',
      'acquire',
      'invest',
    ],
  },
  {
    label: '风险与争议',
    keywords: [
      '诉讼',
      '监管',
      '调查',
      '风险',
      '质疑',
      '担忧',
      '泡沫',
      'lawsuit',
      'regulator',
      'probe',
      'risk',
      'concern',
      'bubble',
      'antitrust',
    ],
  },
];
