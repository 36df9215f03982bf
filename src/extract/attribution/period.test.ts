/** Periods of figures in whole texts: lead periods, anaphors, fiscal calendars, balances, spans and point-in-time amounts. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadGazetteer } from '../entities/index.js';
import { extract } from '../index.js';

const gaz = loadGazetteer();

/** document date, text, expected `surface|period` of each money figure in order ('' = none). */
const CASES: [string, string, string[]][] = [
  // A plan of several years, told beside a quarter's results, is dated by no quarter; a startup's age is no plan.
  [
    '2026-11-20',
    'Baidu lifted its five-year AI infrastructure budget to Rmb300bn after third-quarter revenue reached Rmb35bn. The two-year-old unit posted third-quarter sales of Rmb1.2bn.',
    ['Rmb300bn|', 'Rmb35bn|2026Q3', 'Rmb1.2bn|2026Q3'],
  ],
  // A shift right after a comparison's base dates the base only; a comparison period dates no later amount but its base.
  [
    '2026-05-12',
    'Lambda reported first-quarter revenue of $1.2 billion. Its net loss widened to $210 million from $150 million a year earlier, as interest expense rose to $90 million.',
    ['$1.2 billion|2026Q1', '$210 million|2026Q1', '$150 million|2025Q1', '$90 million|2026Q1'],
  ],
  [
    '2026-05-12',
    "Lambda reported first-quarter revenue of $1.2 billion, up 80% from a year earlier and ahead of analysts' estimate of $1.1 billion.",
    ['$1.2 billion|2026Q1', '$1.1 billion|2026Q1'],
  ],
  // A date followed by 'when' / 彼时 dates the clause it opens, even after 'from'.
  [
    '2026-02-20',
    'The new round is a big step up from October, when an employee share sale valued Databricks at $62 billion.',
    ['$62 billion|2025-10'],
  ],
  // A quarter named without a year is the last such quarter reported; '当季' / 'the quarter' point back to it.
  ['2026-03-18', '腾讯周三公布第四季度业绩，营收1800亿元。', ['1800亿元|2025Q4']],
  ['2025-11-20', '百度公布2025年第三季度财报：当季营收340亿元，同比下降3%。', ['340亿元|2025Q3']],
  ['2026-03-12', 'Adobe reported third-quarter results last fall. The quarter brought $6 billion of revenue.', ['$6 billion|FY2025Q3']],
  // '当年' / 'that year' is the year last named (not a comparison's base), not the document's year.
  [
    '2026-11-20',
    '公司的转折点出现在2024年。受益于订单放量，公司当年营收达到15.2亿元，较2023年的6.1亿元增长约1.5倍；公司当年研发投入为3.4亿元。',
    ['15.2亿元|2024', '6.1亿元|2023', '3.4亿元|2024'],
  ],
  ['2026-11-20', 'The company was spun out of a university lab in 2023. That year it booked revenue of $12 million.', ['$12 million|2023']],
  // A balance as of a day ('截至3月6日') or a month's end written with spaces ('截至 2025 年 12 月底') is as of that month.
  ['2026-03-10', '截至3月6日，沪深两市融资融券余额为2.51万亿元。', ['2.51万亿元|2026-03']],
  ['2026-02-20', '浪潮信息表示，截至 2025 年 12 月底，服务器订单储备约为 90 亿元。', ['约为 90 亿元|2025-12']],
  // A date that closes the period beside it dates a balance on that day, never the period's revenue.
  [
    '2026-03-13',
    'Adobe 2026财年第一财季（截至2026年2月27日）营收63亿美元，剩余履约义务为200亿美元。',
    ['63亿美元|FY2026Q1', '200亿美元|2026-02'],
  ],
  ['2026-02-12', '京东方截至2025年12月31日止的2025年第四季度收入为520亿元。', ['520亿元|2025Q4']],
  // A fiscal year's end, described, names no period of the figure.
  [
    '2026-04-15',
    'Micron, whose fiscal year ends in late August, guided to revenue of $15.2 billion for its fiscal third quarter.',
    ['$15.2 billion|FY2026Q3'],
  ],
  // A balance at a quarter's end is as of its last month.
  ['2026-04-24', 'Dell said its AI server backlog stood at $18 billion at the end of the first quarter of 2026.', ['$18 billion|2026-03']],
  // Fiscal calendars per company (data/fiscal-years.json).
  ['2026-01-30', 'Microsoft said capital spending in its fiscal second quarter reached $40 billion.', ['$40 billion|FY2026Q2']],
  ['2026-04-30', '微软2026财年第三财季营收700亿美元，当季资本开支420亿美元。', ['700亿美元|FY2026Q3', '420亿美元|FY2026Q3']],
  ['2025-12-12', 'Oracle earned $1.50 per share in the fiscal second quarter.', ['$1.50|FY2026Q2']],
  // Japanese and Indian companies' fiscal years end in March; HP's and Western Digital's in October and June.
  ['2026-11-10', 'Sony said operating income in the second quarter rose 8% to 410 billion yen.', ['410 billion yen|FY2027Q2']],
  ['2026-10-12', '塔塔咨询服务第二季度营收同比增长4%至65亿美元。', ['65亿美元|FY2027Q2']],
  ['2026-11-25', '惠普第四季度营收146亿美元。', ['146亿美元|FY2026Q4']],
  ['2026-10-30', 'Western Digital reported first-quarter revenue of $2.9 billion.', ['$2.9 billion|FY2027Q1']],
  // A company whose text states its calendar: a quarter named by its months is a quarter of that fiscal year.
  ['2026-08-06', 'Preferred Networks财年始于4月。该公司4-6月营业收入为120亿日元，同比增长9%。', ['120亿日元|FY2027Q1']],
  [
    '2026-08-06',
    'Preferred Networks said revenue in the year to March rose 40%. In the April-June quarter, revenue was 12 billion yen.',
    ['12 billion yen|FY2027Q1'],
  ],
  // 'the same period last year', '去年同季': the period of their sentence a year earlier, not the whole last year.
  [
    '2026-05-13',
    'Sales of chip bonds reached about $40bn in the first quarter of 2026, up from $18bn in the same period last year, according to Dealogic.',
    ['about $40bn|2026Q1', '$18bn|2025Q1'],
  ],
  ['2026-05-13', '腾讯2026年第一季度营收1800亿元，去年同季为1600亿元。', ['1800亿元|2026Q1', '1600亿元|2025Q1']],
  // Months that close no fiscal quarter of the company are a calendar quarter ('英伟达今年4月至6月', Nvidia's quarters end
  // in January, April, July and October).
  ['2026-07-20', '按自然年口径测算，英伟达今年4月至6月的营收约为820亿美元。', ['约为820亿美元|2026Q2']],
  ['2026-08-06', '索尼4-6月营业利润为1250亿日元。', ['1250亿日元|FY2027Q1']],
  // '增速将低于2026财年', '增速高于2025年': the base of a comparison, not what '全年' points back to.
  ['2026-07-30', '微软表示，对于刚刚开始的2027财年，资本开支增速将低于2026财年，但全年规模仍将超过1500亿美元。', ['超过1500亿美元|FY2027']],
  ['2026-07-30', '腾讯2026年营收增速高于2025年，全年营收约7800亿元。', ['约7800亿元|2026']],
  // A run of quarters counted ('连续第三季') is no quarter 'this quarter' could point back to.
  [
    '2026-07-22',
    '微软公布截至6月底止第四财季业绩，营收增长15%至870亿美元。Azure增速连续第三季高于三成。本季度资本开支约360亿美元。',
    ['870亿美元|FY2026Q4', '约360亿美元|FY2026Q4'],
  ],
  ['2026-02-26', 'Nvidia forecast revenue of $80 billion for the current period.', ['$80 billion|FY2027Q1']],
  // The lead period holds for later sentences and paragraphs; '全年' is the lead's year, not the year just ended.
  [
    '2026-02-10',
    '阿里巴巴和腾讯2026年的AI投入合计约2000亿元。\n\n其中，阿里巴巴全年投入约1200亿元。',
    ['约2000亿元|2026', '约1200亿元|2026'],
  ],
  ['2026-02-27', 'Dell reported fourth-quarter results on Thursday.\n\nServer revenue was $9 billion.', ['$9 billion|FY2026Q4']],
  // After last year's results, guidance for the full year is this year's.
  ['2026-02-06', '百度公布2025年第四季度业绩，当季营收340亿元。\n\n公司预计全年资本开支约200亿元。', ['340亿元|2025Q4', '约200亿元|2026']],
  ['2026-02-10', '鸿海2025年营收7.5兆元；仁宝全年营收约1兆元。', ['7.5兆元|2025', '约1兆元|2025']],
  ['2026-03-01', '英伟达公布2026财年第四财季业绩。\n\n游戏业务营收较上一季度下降8%至40亿美元。', ['40亿美元|FY2026Q4']],
  // What the text said of the same company and measure holds where the lead is another company's.
  [
    '2026-02-08',
    '微软2026财年第二财季营收800亿美元。\n\n谷歌今年的资本开支预计为1800亿美元。\n\n分析师说：“谷歌砸下1800亿美元，回报要很久以后才能看到。”',
    ['800亿美元|FY2026Q2', '1800亿美元|2026', '1800亿美元|2026'],
  ],
  ['2025-11-10', "The company's revenue rose 41% in the third quarter from a year earlier to $32 billion.", ['$32 billion|2025Q3']],
  // A year earlier / 同期 move or repeat the period of their context.
  ['2026-03-01', 'Net income was $5 billion in 2025, compared with $3 billion a year earlier.', ['$5 billion|2025', '$3 billion|2024']],
  ['2025-09-01', '该公司2025年上半年营收2亿元，同期亏损5亿元。', ['2亿元|2025H1', '5亿元|2025H1']],
  // A balance is as of a month: 截至年末 is December of the lead year.
  ['2026-03-01', '百度2025年营收1300亿元。\n\n截至年末，公司现金储备约1500亿元。', ['1300亿元|2025', '约1500亿元|2025-12']],
  ['2026-01-10', 'Its debt stood at $90 billion at the end of 2025.', ['$90 billion|2025-12']],
  // 'since 2023' makes an amount cumulative; a starting year plus a duration make a span of years.
  ['2026-03-01', 'Google has put about $3 billion into Anthropic since 2023.', ['about $3 billion|']],
  ['2026-03-01', 'Meta signed a $20 billion cloud deal with CoreWeave over six years starting in 2026.', ['$20 billion|2026-2031']],
  ['2026-03-01', '字节跳动与甲骨文签署自2026年起为期三年、总额120亿美元的云合同。', ['120亿美元|2026-2028']],
  ['2026-03-01', '腾讯计划在2026至2028年间投入超过1000亿元建设数据中心。', ['超过1000亿元|2026-2028']],
  // A deal, a valuation or a share price is dated only when the text places it in an earlier year.
  ['2026-01-15', 'In December, Amazon agreed to invest $8 billion in the startup.', ['$8 billion|']],
  ['2026-03-01', 'The startup is now valued at $40 billion, up from $12 billion last year.', ['$40 billion|', '$12 billion|2025']],
  ['2026-03-01', '周五英伟达股价收于180美元，市值约4.4万亿美元。', ['180美元|', '约4.4万亿美元|']],
  ['2026-03-01', '2024年5月，该公司完成10亿美元融资，彼时估值约30亿美元。', ['10亿美元|2024-05', '约30亿美元|2024-05']],
  // A shift resolves against its own sentence, else the lead period; the lead's company gives the fiscal calendar.
  [
    '2026-04-20',
    '小米发布2025年年报，全年营收4500亿元。\n\n截至年末，现金约2200亿元。上年同期营收为3600亿元。',
    ['4500亿元|2025', '约2200亿元|2025-12', '3600亿元|2024'],
  ],
  [
    '2026-03-05',
    'Broadcom reported first-quarter revenue of $19.3 billion.\n\nA year earlier, AI revenue was $4.1 billion.',
    ['$19.3 billion|FY2026Q1', '$4.1 billion|FY2025Q1'],
  ],
  // A title names the lead period but its amounts do not set it: the results quarter of the body does.
  [
    '2026-01-16',
    '联发科上季获利创新高，2026年研发投入上看80亿美元\n\n联发科公布2025年第四季度财报。当季营收1500亿新台币；净利润280亿新台币。',
    ['80亿美元|2026', '1500亿新台币|2025Q4', '280亿新台币|2025Q4'],
  ],
  ['2025-11-26', '阿里巴巴截至2025年9月30日止三个月的营收为2478亿元。', ['2478亿元|FY2026Q2']],
  ['2025-11-20', 'Microsoft spent $34.9 billion on capital expenditures in the September quarter.', ['$34.9 billion|FY2026Q1']],
  // A backlog without a date of its own, in a text reporting a quarter, is as of that quarter's last month; a lead year
  // names no such day.
  [
    '2026-02-05',
    'Fourth-quarter revenue rose 18% to $113 billion.\n\nCloud revenue rose 40% to $17 billion, and the backlog reached $240 billion.',
    ['$113 billion|2025Q4', '$17 billion|2025Q4', '$240 billion|2025-12'],
  ],
  [
    '2026-08-14',
    'Kestrel Systems reported results for its fiscal second quarter ended June 30. Revenue climbed 12% to $4.1 billion.\n\nRemaining performance obligation grew to $52 billion.',
    ['$4.1 billion|2026Q2', '$52 billion|2026-06'],
  ],
  [
    '2026-10-28',
    '某云计算公司公布第三季度业绩，营收86亿元，同比增长21%。\n\n**订单储备：420亿元**\n\n管理层表示，在手订单充足。',
    ['86亿元|2026Q3', '420亿元|2026-09'],
  ],
  [
    '2026-03-02',
    'Vantor said 2025 revenue rose 9% to $7 billion.\n\nIts backlog reached $30 billion.',
    ['$7 billion|2025', '$30 billion|'],
  ],
  ['2026-01-20', 'Its valuation doubled from the $60 billion it fetched last March.', ['$60 billion|2025-03']],
  ['2026-02-01', '智谱今年1月在港交所上市，募资约40亿港元。', ['约40亿港元|2026-01']],
  // A period right after an event verb dates the event ('the figure that circulated in January'), not the amount.
  ['2026-02-20', 'The talks are modest, not the $5 billion figure that circulated in January.', ['$5 billion|']],
  // A previous sentence that names two years passes on the one of its first amount of the same measure.
  [
    '2026-02-08',
    '四家公司今年的资本开支约为5000亿美元，而2024年只有约2000亿美元。微软800亿美元的资本开支指引已超出预期。',
    ['约为5000亿美元|2026', '约2000亿美元|2024', '800亿美元|2026'],
  ],
  ['2026-02-01', 'In the three months ended Dec. 31, Apple earned $40 billion.', ['$40 billion|FY2026Q1']],
  // A fiscal year named by the month it ended in is not closed by that month.
  [
    '2026-11-16',
    'Qualcomm plans to invest in Fluidstack, people said.\n\nThe talks are private.\n\nThe unit generated less than $200 million of revenue in the fiscal year that ended in September, against $44 billion of total sales.',
    ['less than $200 million|FY2026', '$44 billion|FY2026'],
  ],
  // A fiscal year named relative to the document date takes the company's calendar.
  ['2026-11-17', '高通上一财年营收约为440亿美元。', ['约为440亿美元|FY2026']],
  ['2026-10-22', 'Infosys returned about $1.1 billion to shareholders in the first half.', ['about $1.1 billion|FY2027H1']],
  // A clause that is only a period phrase dates the amounts before it, not the period of an earlier clause.
  [
    '2026-04-16',
    'Samsung posted first-quarter profit of 9.8 trillion won, while Micron guided to revenue of $15.2 billion, plus or minus $300 million, for its fiscal third quarter.',
    ['9.8 trillion won|2026Q1', '$15.2 billion|FY2026Q3', '$300 million|FY2026Q3'],
  ],
  // A period right before another amount (after a colon) is that amount's; one right after an amount too.
  ['2026-10-23', "Infosys' 2QFY27 net profit was Rs70bn (1QFY27: Rs68bn).", ['Rs70bn|FY2027Q2', 'Rs68bn|FY2027Q1']],
  [
    '2026-09-15',
    'Tencent plans capital spending of about 200 billion yuan next year, up from roughly 160 billion yuan in 2026, with about 90 billion yuan set aside for chips.',
    ['about 200 billion yuan|2027', 'roughly 160 billion yuan|2026', 'about 90 billion yuan|2027'],
  ],
  // Spending through a later year runs from now (or the years counted back) to that year.
  ['2026-09-14', 'The startup expects to spend about $15 billion on GPUs through 2028.', ['about $15 billion|2026-2028']],
  [
    '2026-03-03',
    'Alibaba pledged to spend more than 380 billion yuan on AI over the three years through 2027.',
    ['more than 380 billion yuan|2025-2027'],
  ],
  ['2026-09-15', '到2028年底，该公司在算力上的支出将达到约300亿元。', ['约300亿元|2026-2028']],
  ['2026-10-19', '公司签订为期三年的框架协议，约定2026年至2028年采购加速卡，总额不超过40亿元。', ['不超过40亿元|2026-2028']],
  // Cumulative months: the first N months of the year.
  ['2026-11-17', '台达电前十月累计营收4,612亿元。', ['4,612亿元|2026-01-2026-10']],
  ['2026-10-21', '緯創前三季營收1兆6,000億元。', ['1兆6,000億元|2026Q1-Q3']],
  ['2026-04-16', '华邦电前三月累计营收约262亿元。', ['约262亿元|2026Q1']],
  // A rate per month and a target price are dated by no reporting period.
  [
    '2026-09-14',
    'The startup generated about $400 million of revenue in the first half and is burning about $900 million a month.',
    ['about $400 million|2026H1', 'about $900 million|'],
  ],
  ['2026-11-19', 'Our new target price of HK$8.20 (previously HK$7.10) is based on 2x FY27E EV/sales.', ['HK$8.20|', 'HK$7.10|']],
  // A conversion in brackets is the amount it converts.
  [
    '2026-08-12',
    'Alibaba posted a 30% rise in cloud revenue for the April-June quarter and lifted its three-year AI spending plan to more than 480 billion yuan ($66.9 billion).',
    ['more than 480 billion yuan|', '$66.9 billion|'],
  ],
  // A deal over several years, even inside a dated backlog, is dated by no month; a founding year dates no amount.
  [
    '2026-05-12',
    'Its backlog stood at $60 billion at the end of March, including a new $3 billion, four-year agreement with a French lab.',
    ['$60 billion|2026-03', '$3 billion|'],
  ],
  ['2026-04-14', '该公司成立于2023年，此前累计融资已超过10亿美元。', ['超过10亿美元|']],
  // A fiscal calendar the text states, or the fiscal quarter a results text reports, labels a company the table lacks.
  [
    '2026-11-24',
    'HP Inc forecast first-quarter profit below estimates. Revenue for the fourth quarter ended Oct. 31 rose 3% to $14.6 billion.',
    ['$14.6 billion|FY2026Q4'],
  ],
  [
    '2026-11-24',
    'HP Inc. fourth quarter fiscal 2026 earnings call.\n\nSo, Q4. Net revenue came in at $14.6 billion.',
    ['$14.6 billion|FY2026Q4'],
  ],
  // A broker's nine months (9M26) are the first three quarters.
  ['2026-11-24', "Lanxin's 9M26 revenue of RMB5,680m beat our estimate.", ['RMB5,680m|2026Q1-Q3']],
  // A past month dates what was done with an amount then, not a promise made then.
  ['2026-11-20', 'We completed the US$500 million convertible notes in October.', ['US$500 million|2026-10']],
  ['2026-01-21', 'Nvidia has wired OpenAI the first $10 billion of the investment it promised in September.', ['$10 billion|']],
  // A balance at the end of a quarter the text says closed on a given day is as of that day's month.
  [
    '2026-03-05',
    "Broadcom's revenue for the first quarter ended Feb. 1 rose to $19 billion.\n\nIts backlog stood at $118 billion at the end of the quarter.",
    ['$19 billion|FY2026Q1', '$118 billion|2026-02'],
  ],
  // The same closing day given in a clause of its own ('…, which ended May 1'); a fiscal year's closing month glossed the
  // same way ('fiscal 2027, which ends in January 2027') dates nothing.
  [
    '2026-05-20',
    'Analysts expect Dell to report an AI server backlog of about $30 billion at the end of its fiscal first quarter, which ended May 1.',
    ['about $30 billion|2026-05'],
  ],
  ['2026-05-20', 'For fiscal 2027, which ends in January 2027, the analyst models Dell revenue of $120 billion.', ['$120 billion|FY2027']],
  ['2026-05-20', '戴尔2027财年（截至2027年1月）营收预计为1200亿美元。', ['1200亿美元|FY2027']],
  // A run-on spoken sentence: a period opening a later amount's own clause ('for the full year capex was about …') dates
  // that amount only; a period right after an amount stays its own.
  [
    '2026-02-05',
    'Alphabet fourth quarter 2025 earnings call.\n\nso capex was twenty seven billion dollars and about 60 percent of that went to servers for the full year capex was about ninety one billion dollars.',
    ['twenty seven billion dollars|2025Q4', 'about ninety one billion dollars|2025'],
  ],
  [
    '2026-07-30',
    'Acme fiscal year 2026 fourth quarter earnings call.\n\ncapex was twenty one billion dollars and roughly half of that was for servers for the full fiscal year capex was about eighty one billion',
    ['twenty one billion dollars|FY2026Q4', 'about eighty one billion|FY2026'],
  ],
  [
    '2026-02-05',
    'Revenue was $96 billion in the fourth quarter, and net income was $28 billion for the full year.',
    ['$96 billion|2025Q4', '$28 billion|2025'],
  ],
  [
    '2026-03-20',
    '腾讯第四季度业绩电话会。\n\n所以资本开支是两百亿元其中大部分用于采购服务器全年资本开支约为七百亿元。',
    ['两百亿元|2025Q4', '约为七百亿元|2025'],
  ],
  // A list of years handed out over a list of amounts ('分别', 'respectively'): each amount takes its own year, in order.
  [
    '2026-08-13',
    '中信建投预计星河科技2026-2028年归母净利润分别为8.1亿元、12.4亿元、17.9亿元。',
    ['8.1亿元|2026', '12.4亿元|2027', '17.9亿元|2028'],
  ],
  ['2026-06-09', '我们将星河科技2027/2028财年营收预测分别上调至29.7亿美元和35.4亿美元。', ['29.7亿美元|FY2027', '35.4亿美元|FY2028']],
  [
    '2026-11-20',
    'Analysts expect the chipmaker to post revenue of $1.2 billion and $1.6 billion in 2027 and 2028, respectively.',
    ['$1.2 billion|2027', '$1.6 billion|2028'],
  ],
  // The base of a comparison named by what happened then ('较2025年C轮时的…') takes that period; a compared amount does not.
  ['2026-08-13', '星河科技投后估值达到90亿美元，较2025年C轮时的30亿美元增长两倍。', ['90亿美元|', '30亿美元|2025']],
  ['2026-06-10', '本轮投后估值约52亿美元，较2025年初B+轮时的约16亿美元增长超过两倍。', ['约52亿美元|', '约16亿美元|2025']],
  ['2026-08-13', '北辰数据今年营收较2025年大幅增长至80亿元。', ['80亿元|2026']],
  // The end of a past year ('at the end of last year', '2025年底') is December of it; a deadline ('2027年底前') is not.
  ['2026-03-01', 'The fund managed about $310bn in assets at the end of last year.', ['about $310bn|2025-12']],
  ['2026-07-14', '本轮投后估值180亿美元，较2025年底上一轮融资时约43亿美元的估值增长超过300%。', ['180亿美元|', '约43亿美元|2025-12']],
  ['2026-03-01', '该公司2025年底前完成了20亿元的设备投资。', ['20亿元|2025']],
  ['2026-01-20', '星河模型在2024年底发布时披露的训练成本约为600万美元。', ['约为600万美元|2024']],
  // A span of months that makes a quarter is that quarter; 首季 is the first quarter; a period glossed in brackets is the one before it.
  ['2026-08-13', '有券商按自然年口径测算，星河科技今年4月至6月的营收约为86亿美元。', ['约为86亿美元|2026Q2']],
  ['2026-08-13', '財務方面，星河科技今年首季營收人民幣6.2億元，年增逾九成。', ['人民幣6.2億元|2026Q1']],
  ['2026-03-02', '星河科技2026财年第三财季（2025年10月至12月）营收达51亿美元。', ['51亿美元|FY2026Q3']],
  // …also when the gloss is two months joined ('（2月至4月）', '（2026年6月-8月）'): the months date nothing.
  ['2026-07-15', '星河科技此前公布的2027财年第一财季（2月至4月）财报显示，云业务营收42亿元。', ['42亿元|FY2027Q1']],
  ['2026-09-25', '美光第四财季（2026年6月-8月）营收为112亿美元。', ['112亿美元|FY2026Q4']],
  // A fiscal year written across two years ('2025/26财年', 'FY2025-26') is the one ending in the second year.
  ['2026-03-02', '星河科技2025/26财年第三财季营收达51亿美元。', ['51亿美元|FY2026Q3']],
  ['2026-05-20', 'Wipro reported revenue of $10.1 billion for FY2025-26, up 2%.', ['$10.1 billion|FY2026']],
  // A quarter named by its months is relabelled by the company's fiscal calendar.
  ['2026-09-25', 'Micron reported revenue of $11.3 billion for the June-August quarter.', ['$11.3 billion|FY2026Q4']],
  ['2026-07-20', 'Acme said revenue in the three months to June rose 12% to $2.2 billion.', ['$2.2 billion|2026Q2']],
  // A quarter the text calls fiscal, of a company whose calendar nothing tells, is a quarter of the fiscal year named
  // before it; the text's later bare quarters follow.
  [
    '2026-10-22',
    'Zentro Systems, whose fiscal 2027 began in February, said revenue in its fiscal second quarter rose 9% to $4.1 billion.\n\nNet income for the second quarter was $610 million.',
    ['$4.1 billion|FY2027Q2', '$610 million|FY2027Q2'],
  ],
  ['2026-10-22', '星河科技2027财年营收指引维持不变。\n\n公司第二财季营收41亿美元。', ['41亿美元|FY2027Q2']],
  // Six months named by the month they end in are a half of the company's fiscal year; a year to a month is a fiscal year.
  ['2026-11-12', 'SoftBank posted a net profit of 2.1 trillion yen in the six months to September.', ['2.1 trillion yen|FY2027H1']],
  ['2026-11-12', '软银集团截至2026年9月的六个月净利润为2.1万亿日元。', ['2.1万亿日元|FY2027H1']],
  [
    '2026-11-12',
    'Kioxia, whose fiscal year ends in March, said revenue for the half-year ended Sept. 30 rose to 620 billion yen.',
    ['620 billion yen|FY2027H1'],
  ],
  ['2026-11-12', 'Tokyo Electron expects operating profit of 700 billion yen for the year to March 2027.', ['700 billion yen|FY2027']],
  // The first amount the text dates itself in a quarter of the lead's year dates the later amounts that name no period.
  [
    '2026-10-22',
    'Infosys raised its annual revenue forecast for fiscal 2027 on Thursday.\n\nThe company now expects revenue to grow 3% to 4% this fiscal year.\n\nNet profit rose 9% to 70.2 billion rupees in the second quarter ended Sept. 30.\n\nRevenue rose 7% to 440.1 billion rupees.',
    ['70.2 billion rupees|FY2027Q2', '440.1 billion rupees|FY2027Q2'],
  ],
  [
    '2026-08-20',
    '星河科技预计2026年营收增长两成。\n\n公司表示将继续加大投入。\n\n星河科技第二季度营收达到52亿元，同比增长18%。\n\n净利润为6.3亿元。',
    ['52亿元|2026Q2', '6.3亿元|2026Q2'],
  ],
  // A clause naming a balance (cash, backlog) dated by a quarter is as of the quarter's last month.
  ['2026-07-16', '财务数据方面，截至今年一季度末，该公司账面货币资金约126亿元。', ['约126亿元|2026-03']],
  [
    '2026-11-18',
    'Kingdee Cloud reported third-quarter revenue of RMB 2.1 billion. As of September 30 we had cash and cash equivalents of RMB 5.2 billion.',
    ['RMB 2.1 billion|2026Q3', 'RMB 5.2 billion|2026-09'],
  ],
  [
    '2026-05-13',
    '远景能源截至3月31日止第一季收入按年增长40%至18.5億美元；公司積壓訂單達320億美元。',
    ['18.5億美元|2026Q1', '320億美元|2026-03'],
  ],
  [
    '2026-05-08',
    'First-quarter revenue was $550 million, and we ended the quarter with $2.1 billion in cash and short-term investments.',
    ['$550 million|2026Q1', '$2.1 billion|2026-03'],
  ],
  // An annual forecast or a forecast for the year, told after a quarter's results, is the full year's, not the quarter's.
  [
    '2026-05-06',
    'Contoso Cloud reported first-quarter revenue of $1.2 billion. It raised its annual revenue forecast to $5.1 billion.',
    ['$1.2 billion|2026Q1', '$5.1 billion|2026'],
  ],
  [
    '2026-05-06',
    'Contoso Cloud reported first-quarter revenue of $1.2 billion and now expects revenue for the year of $5.1 billion.',
    ['$1.2 billion|2026Q1', '$5.1 billion|2026'],
  ],
  ['2026-08-12', '星辰半导体第二季度营收12亿元，并将年度营收指引上调至50亿元。', ['12亿元|2026Q2', '50亿元|2026']],
  ['2026-08-12', '星辰半导体公布第二季度业绩，营收12亿元。公司同时上调年度收入目标至50亿元。', ['12亿元|2026Q2', '50亿元|2026']],
  // A year phrase after 'and' heads the new statement's own amount, not the amount before it.
  [
    '2026-05-06',
    'Contoso Cloud posted first-quarter subscription revenue of $1.2 billion and raised its full-year subscription revenue guidance to $5.1 billion.',
    ['$1.2 billion|2026Q1', '$5.1 billion|2026'],
  ],
  // A quarter named by the day it ends with no year ('截至9月30日止季度') or by its months ('the July-September period')
  // is the company's fiscal quarter ending then, not the quarter of another clause nor none.
  ['2026-10-22', 'Infosys截至9月30日止三个月营收4526亿卢比，同比增长8%。', ['4526亿卢比|FY2027Q2']],
  ['2026-10-22', '星辰半导体截至9月30日止季度营收12亿元。', ['12亿元|2026Q3']],
  ['2026-11-12', 'Sony posted operating profit of 400 billion yen for the July-September period.', ['400 billion yen|FY2027Q2']],
  // Neither a run rate nor a year that ends on a named day is an annual forecast.
  ['2026-05-06', 'Contoso Cloud said its annual revenue run rate passed $800 million in April.', ['$800 million|2026-04']],
];

for (const [date, text, expected] of CASES) {
  test(`period: ${text.replace(/\n/g, ' ')}`, () => {
    const got = extract(text, { date }, gaz).figures.filter((f) => f.kind === 'money');
    assert.deepEqual(
      got.map((f) => `${f.text}|${f.period ?? ''}`),
      expected,
    );
  });
}

test('本季度 in a results story is the quarter reported; in guidance the quarter after it; alone the current quarter', () => {
  const gaz = loadGazetteer();
  const at = (text: string, surface: string, date: string) =>
    extract(text, { date }, gaz).figures.find((f) => f.text.includes(surface))?.period;
  const report = '星辰半导体公布2026财年第三季度业绩，营收12亿美元。公司本季度毛利率为48%。公司预估本季度营收约13亿美元，优于市场预期。';
  assert.equal(at(report, '48%', '2026-08-20'), 'FY2026Q3');
  assert.equal(at(report, '13亿', '2026-08-20'), 'FY2026Q4');
  // A reported figure measured against the consensus is not guidance.
  assert.equal(at('星辰半导体公布2026年第二季度业绩。本季度营收12亿美元，高于市场预期的11亿美元。', '12亿', '2026-08-20'), '2026Q2');
  assert.equal(at('星辰半导体本季度营收有望突破5亿元。', '5亿', '2026-08-20'), '2026Q3');
  // 'this quarter' reads the same way in English
  const call =
    'Contoso Cloud reported second-quarter results on Tuesday. Revenue rose 20% to $4.2 billion.\n\nThe chief financial officer said capital expenditures were $1.1 billion this quarter, and the company expects revenue of $4.5 billion this quarter as demand grows.';
  assert.equal(at(call, '$1.1 billion', '2026-07-29'), '2026Q2');
  assert.equal(at(call, '$4.5 billion', '2026-07-29'), '2026Q3');
  assert.equal(at('Contoso Cloud expects to sign $2 billion of new contracts this quarter.', '$2 billion', '2026-08-20'), '2026Q3');
});
