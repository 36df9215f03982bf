/** Subjects by role, not by proximity: group totals, joint actions, investees, list items, markets, the main company. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type SubjectCase, subjectCases } from '../../../test/fixtures/extract/subject-cases.js';
import { extract, loadGazetteer } from '../index.js';

const gaz = loadGazetteer();
const DOC = '2026-03-02';

/** text, then [figure surface, expected subject ('' = none)] pairs. Sentences written for this test. */
const CASES: SubjectCase[] = [
  // whoever takes the stake is the investor: what is valued is whom the text's last investment went to
  [
    'SK Telecom Co. will invest 300 billion won in Perplexity, the AI search startup. SK Telecom will take a 2% stake in the company, valuing it at about 28 trillion won.',
    [
      ['300 billion won', 'SK Telecom'],
      ['about 28 trillion won', 'Perplexity'],
    ],
  ],
  // a possessive pronoun before every name of its clause owns the figure; a name in the possessive, a unit of the
  // pronoun or a name a noun describes keeps it
  ['据Kimi向投资人的介绍，到2027年底其在阿里云上的算力支出将达到约60亿元。', [['约60亿元', 'Moonshot AI']]],
  [
    "Salesforce said its spending on Google Cloud capacity would reach $2.5 billion, and it joined Anthropic's $13 billion round.",
    [
      ['$2.5 billion', 'Salesforce'],
      ['$13 billion', 'Anthropic'],
    ],
  ],
  // a market's issuance or deal volume is no company's, unless a company or a word referring to one owns it
  [
    'Snowflake raised $2.3 billion of notes on Monday. Software convertible bond issuance in Europe has reached about $14 billion this year, according to data compiled by Bloomberg. Its shares rose 3%.',
    [
      ['$2.3 billion', 'Snowflake'],
      ['about $14 billion', ''],
      ['3%', 'Snowflake'],
    ],
  ],
  // group totals keep the group; the member after 其中 / alone keeps its own
  [
    '腾讯、阿里巴巴和百度今年的资本开支合计约3000亿元，较去年增长约五成；其中腾讯约1200亿元。',
    [
      ['约3000亿元', 'BAT'],
      ['约五成', 'BAT'],
      ['约1200亿元', 'Tencent'],
    ],
  ],
  [
    'Amazon, Microsoft and Oracle spent a combined $300 billion on data centers last year, with Microsoft alone spending $88 billion.',
    [
      ['$300 billion', 'Amazon + Microsoft + Oracle'],
      ['$88 billion', 'Microsoft'],
    ],
  ],
  // a noun phrase referring back, in a clause naming no one, is the sentence's opening subject
  [
    "Marvell raised its outlook on Tuesday, saying cloud giants like Amazon and Microsoft keep buying its custom chips, and the chipmaker's stock climbed 9% after hours.",
    [['9%', 'Marvell']],
  ],
  ['寒武纪发布业绩预告，称字节跳动等客户需求旺盛，该公司股价当日上涨7%。', [['7%', 'Cambricon']]],
  // a parent named as the owner of its unit only describes it: the unit acts
  [
    "Tencent's cloud unit Corvane, which filed for a listing in March, is seeking to raise about $2 billion.",
    [['about $2 billion', 'Corvane']],
  ],
  ['字节跳动旗下的火山引擎今年营收预计超过200亿元。', [['超过200亿元', 'Volcano Engine']]],
  // …and so does a parent named after its unit
  [
    'Revenue rose. Hengchuan Semiconductor, a unit of Lanxin Group, reported revenue of $1.2 billion.',
    [['$1.2 billion', 'Hengchuan Semiconductor']],
  ],
  ['Hengchuan Semiconductor (a Lanxin Group subsidiary) posted revenue of $1.2 billion.', [['$1.2 billion', 'Hengchuan Semiconductor']]],
  ['衡川半导体（澜芯集团旗下子公司）2025年营收12亿元。', [['12亿元', '衡川半导体']]],
  ['澜芯集团全资子公司衡川半导体2025年营收12亿元。', [['12亿元', '衡川半导体']]],
  ['另外，澜芯集团旗下在上海挂牌的衡川半导体同日公告，今年1至2月营收约12亿元。', [['约12亿元', '衡川半导体']]],
  // investors named before the verb of investing do not own the round's valuation: the company raising money does
  ['星环科技完成新一轮融资。本轮融资3亿美元，美团和高瓴领投，投后估值达到25亿美元。', [['25亿美元', '星环科技']]],
  // a list right after the group it spells out is the group
  ['The Big Four - Microsoft, Google, Amazon and Meta - will spend $450 billion this year.', [['$450 billion', 'Hyperscalers']]],
  // joint actions belong to both payers
  ['微软和英伟达共同向Anthropic投资150亿美元。', [['150亿美元', 'Microsoft + Nvidia']]],
  ['Google and Amazon will jointly invest $8 billion in Anthropic.', [['$8 billion', 'Amazon + Google']]],
  [
    '本轮由阿里巴巴与腾讯联合领投，两家合计出资6亿美元，其中腾讯出资2亿美元。',
    [
      ['6亿美元', 'Alibaba + Tencent'],
      ['2亿美元', 'Tencent'],
    ],
  ],
  // the investee is not the investor
  ['月之暗面获阿里巴巴领投的10亿美元投资。', [['10亿美元', 'Alibaba']]],
  ['The round was led by SoftBank, which invested $2 billion.', [['$2 billion', 'SoftBank']]],
  ['Nvidia paid CoreWeave $1 billion for capacity.', [['$1 billion', 'Nvidia']]],
  // list items split by '；' keep their own subject
  [
    '英伟达营收约600亿美元；AMD营收约70亿美元，同比增长10%。',
    [
      ['约600亿美元', 'Nvidia'],
      ['约70亿美元', 'AMD'],
      ['10%', 'AMD'],
    ],
  ],
  // an appositive or relative clause does not own the figure of the main clause
  ['Microsoft, the largest backer of OpenAI, said revenue rose 12% to $70 billion.', [['$70 billion', 'Microsoft']]],
  [
    "Oracle, which builds capacity for OpenAI's $300 billion contract, looks stretched. Its debt rose above $100 billion.",
    [['above $100 billion', 'Oracle']],
  ],
  // a text about one company: sentences naming no one, and 'the company', speak of it
  ['Cambricon posted its first annual profit.\n\nNet income was 2 billion yuan, the company said.', [['2 billion yuan', 'Cambricon']]],
  // a relative clause's subject is its antecedent
  [
    'Microsoft and Nvidia agreed to invest $15 billion in Anthropic, which in turn committed to buy $30 billion of Azure capacity.',
    [['$30 billion', 'Anthropic']],
  ],
  // 'with X …' opens a clause whose subject is X
  ['Amazon, Microsoft and Oracle spent $300 billion in total, with Oracle alone spending $40 billion.', [['$40 billion', 'Oracle']]],
  // a number of companies refers back to the last group
  ['阿里巴巴、腾讯和百度的资本开支合计约2000亿元。\n\n一位分析师说：“三家一年投入2000亿元，回报要等到2028年。”', [['2000亿元', 'BAT']]],
  // the title and the lead open with the same company: it is the text's main company
  [
    "xAI closes $20 billion round\n\nElon Musk's xAI said it closed the round, with Nvidia and Cisco joining.\n\nThe company did not disclose a valuation, but people put it at about $200 billion.",
    [['about $200 billion', 'xAI']],
  ],
  // a whole market's or industry's figure belongs to no company
  ['微软上调了指引。\n\n据Gartner预计，2026年全球数据中心资本开支将突破8000亿美元。', [['突破8000亿美元', '']]],
  // things like the ones just told are no one company's ('similar', '类似的')
  [
    'Meta raised $27 billion for its Ohio campus.\n\nBankers say similar packages of about $40 billion are being arranged.',
    [['about $40 billion', '']],
  ],
  ['谷歌为其数据中心融资200亿美元。据悉，类似的融资安排今年还有约500亿美元正在洽谈。', [['约500亿美元', '']]],
  // a market figure belongs to no company
  ['全球AI服务器市场规模今年将达到2000亿美元，英伟达占据主导。', [['2000亿美元', '']]],
  // the change of a market's amount is no company's either, not the main company's by default
  [
    '寒武纪发布年报。\n\n据IDC统计，2025年中国AI加速卡市场规模约1200亿元，同比增长超过80%。',
    [
      ['约1200亿元', ''],
      ['超过80%', ''],
    ],
  ],
  // the price of a company's shares is that company's, whoever holds them
  ['Nvidia received warrants for up to 50 million shares of Intel at $0.05 each.', [['$0.05', 'Intel']]],
  // a name used as a modifier ('its Nvidia orders', 'OpenAI-linked sites') does not own the amount
  [
    'Microsoft is still buying GPUs, with one analyst putting its Nvidia orders for OpenAI-linked sites at about $25 billion.',
    [['about $25 billion', 'Microsoft']],
  ],
  // a broker the title reports on is the company of its own results; a broker quoted on another company is a source
  [
    '中金公司2025年净利润同比增长两成\n\n中金公司发布业绩快报，公司全年实现营业收入约260亿元，同比增长12%。',
    [
      ['约260亿元', 'CICC'],
      ['12%', 'CICC'],
    ],
  ],
  ['摩根士丹利上调寒武纪目标价\n\n摩根士丹利预计寒武纪今年营收约120亿元。', [['约120亿元', 'Cambricon']]],
  // a market or an index owns its moves and turnover (no company), and so does the clause continuing it
  [
    '受美国商务部出口新规影响，A股芯片股走强。收盘时上证指数上涨0.9%，沪深两市成交额1.8万亿元，较上一交易日放量约2000亿元。',
    [
      ['0.9%', ''],
      ['1.8万亿元', ''],
      ['约2000亿元', ''],
    ],
  ],
  // 其中 is not an anaphor: a sector's inflow within the market's is no company's
  ['个股方面，海光信息收涨8%。资金面上，北向资金净买入约90亿元，其中电子板块获净流入超过30亿元。', [['超过30亿元', '']]],
  // a name right before a stock code is a listed company, whatever its suffix
  ['台股AI概念股走势分化，南茂科(8150)上涨4.1%。', [['4.1%', '南茂科']]],
  // a name inside an earlier relative clause describes; it does not own the main clause's figure
  [
    'Lambda reported record revenue on Tuesday. Shares of the San Jose-based company, in which Nvidia holds a stake, fell 5.5% in extended trading.',
    [['5.5%', 'Lambda']],
  ],
  // a customer's share of a company's revenue or backlog is the company's (customer concentration), not the customer's
  [
    'Lambda reported revenue of $1.2 billion for the quarter. Amazon accounted for 41% of quarterly revenue, down from 55% a year earlier.',
    [
      ['41%', 'Lambda'],
      ['55%', 'Lambda'],
    ],
  ],
  ['商汤科技公布年报。商汤科技新签的华为订单只占其在手订单不足两成。', [['不足两成', 'SenseTime']]],
  ['分析师指出，字节跳动相关订单在寒武纪在手订单中的占比或超过五成。', [['超过五成', 'Cambricon']]],
  // a name made into an adjective in the title does not make the story its own; a bare 'The valuation' is the round's company
  [
    'Alibaba-Backed Zhipu Raises $500 Million\n\nZhipu raised $500 million in a round led by Alibaba, people said.\n\nAlibaba put in about $200 million. The valuation compares with roughly $2 billion last year.',
    [['roughly $2 billion', 'Zhipu AI']],
  ],
  // a class of companies, not one of them
  [
    'Zhipu raised $500 million.\n\nChinese AI startups raised about $8 billion in 2025, according to PitchBook.',
    [['about $8 billion', '']],
  ],
  // a round's valuation is the company's, never its lead investors'
  [
    'Mistral said it raised $2 billion in a round led by ASML and Nvidia that values the company at $14 billion.',
    [
      ['$2 billion', 'Mistral AI'],
      ['$14 billion', 'Mistral AI'],
    ],
  ],
  // a change right after an amount is that amount's owner's
  ['阿里巴巴旗下阿里云今年营收目标为1500亿元，同比增长约三成。', [['约三成', 'Alibaba Cloud']]],
  // 'the company' after a sentence opening with two names refers to the text's main organisation
  [
    'Perplexity raises $500 million\n\nPerplexity said it raised $500 million. Nvidia and SoftBank, which invested last year, also took part. The company’s annualized revenue has reached about $200 million.',
    [['about $200 million', 'Perplexity']],
  ],
  // an anaphor opening the sentence is its subject when the only names are objects
  ['小米今年资本开支约300亿元。该公司此前曾向台积电下单采购3纳米芯片，但相关订单规模并非传闻的50亿美元。', [['50亿美元', 'Xiaomi']]],
  // two statements joined by 'and': the second figure is its own statement's
  [
    'Apollo provided $9bn of debt for the campus, KKR put in $3bn of equity and Oracle kept a 30 per cent stake.',
    [
      ['$3bn', 'KKR'],
      ['30 per cent', 'Oracle'],
    ],
  ],
  // a business line's own results are the line's ('its Azure platform grew 33%'); a deal for its capacity is its maker's
  [
    'Microsoft said quarterly revenue rose 12% to $70 billion, while its Azure cloud platform grew 33%. Analysts expect Azure growth of 31% to 32% next quarter.',
    [
      ['12%', 'Microsoft'],
      ['33%', 'Azure'],
      ['31% to 32%', 'Azure'],
    ],
  ],
  [
    '微软本财季营收同比增长12%，其中Azure收入同比增长33%，按固定汇率计算增长32%。',
    [
      ['12%', 'Microsoft'],
      ['33%', 'Azure'],
      ['32%', 'Azure'],
    ],
  ],
  ['Mistral AI agreed to buy $4 billion of Azure compute over five years.', [['$4 billion', 'Mistral AI']]],
  // a share followed by its holder ('held 60% by A and 40% by B', '由B持有') is the holder's, whoever the sentence opens with
  [
    'Oracle and SoftBank plan a data center venture that would be held 60% by SoftBank and 40% by Oracle.',
    [
      ['60%', 'SoftBank'],
      ['40%', 'Oracle'],
    ],
  ],
  [
    'The bonds were sold by a vehicle that is 70% owned by funds managed by Apollo and 30% by xAI.',
    [
      ['70%', 'Apollo Global Management'],
      ['30%', 'xAI'],
    ],
  ],
  [
    '甲骨文持有该合资公司30%股权，其余70%由软银旗下基金持有。',
    [
      ['30%', 'Oracle'],
      ['70%', 'SoftBank'],
    ],
  ],
  // a call transcript's run-on clause: a name far after the figure speaks of something else; the call's company owns it
  [
    'Lambda Labs Q2 earnings call\n\nCFO: Lambda Labs revenue was strong this quarter.\n\nCFO: capital expenditures were four point one billion dollars and roughly half of that was for short lived assets primarily GPUs and CPUs for the full year and um we expect demand from customers like Mistral AI to keep growing through the year',
    [['four point one billion dollars', 'Lambda']],
  ],
  // …but a bare 'by' after a change names no holder
  ['Nvidia said revenue rose 5% by the end of the quarter.', [['5%', 'Nvidia']]],
];

test('subject by role: a deal for the capacity of a business line has its maker as the other party', () => {
  const { figures } = extract('Mistral AI agreed to buy $4 billion of Azure compute over five years.', { date: DOC }, gaz);
  assert.equal(figures.find((f) => f.text === '$4 billion')?.counterparty, 'Microsoft');
});

subjectCases('subject by role', CASES, DOC);
