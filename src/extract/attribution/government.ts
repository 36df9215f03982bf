/**
 * The government that grants a subsidy, voucher or grant: '上海市经济和信息化委员会发布…补贴比例由30%提高至50%' and
 * 'the Shenzhen government will cover 30% of the cost' are the Shanghai / Shenzhen government's figures, not the
 * recipients' (who are rarely named in them) and not the city as a market. Named as the labels name them:
 * '<City> government'.
 */
import type { Span } from './clauses.js';

/** Chinese cities and provinces whose governments hand out subsidies, with their English names (general knowledge). */
const PLACES: ReadonlyArray<readonly [string, string]> = [
  ['北京', 'Beijing'],
  ['上海', 'Shanghai'],
  ['深圳', 'Shenzhen'],
  ['广州', 'Guangzhou'],
  ['杭州', 'Hangzhou'],
  ['成都', 'Chengdu'],
  ['重庆', 'Chongqing'],
  ['天津', 'Tianjin'],
  ['武汉', 'Wuhan'],
  ['南京', 'Nanjing'],
  ['苏州', 'Suzhou'],
  ['西安', "Xi'an"],
  ['合肥', 'Hefei'],
  ['长沙', 'Changsha'],
  ['郑州', 'Zhengzhou'],
  ['青岛', 'Qingdao'],
  ['厦门', 'Xiamen'],
  ['宁波', 'Ningbo'],
  ['无锡', 'Wuxi'],
  ['东莞', 'Dongguan'],
  ['贵阳', 'Guiyang'],
  ['济南', 'Jinan'],
  ['福州', 'Fuzhou'],
  ['沈阳', 'Shenyang'],
  ['大连', 'Dalian'],
  ['昆明', 'Kunming'],
  ['珠海', 'Zhuhai'],
  ['佛山', 'Foshan'],
  ['香港', 'Hong Kong'],
  ['广东', 'Guangdong'],
  ['浙江', 'Zhejiang'],
  ['江苏', 'Jiangsu'],
  ['山东', 'Shandong'],
  ['四川', 'Sichuan'],
  ['贵州', 'Guizhou'],
  ['安徽', 'Anhui'],
  ['湖北', 'Hubei'],
  ['湖南', 'Hunan'],
  ['河南', 'Henan'],
  ['福建', 'Fujian'],
  ['河北', 'Hebei'],
  ['内蒙古', 'Inner Mongolia'],
  ['宁夏', 'Ningxia'],
  ['甘肃', 'Gansu'],
];

const BY_CHINESE = new Map(PLACES);
const BY_ENGLISH = new Map(PLACES.map(([, en]) => [en.toLowerCase(), en]));

const zhNames = PLACES.map(([zh]) => zh).join('|');
const enNames = PLACES.map(([, en]) => en.replace(/'/g, "[''’]")).join('|');

/** A city's or province's government body: '上海市经济和信息化委员会', '深圳市工信局', '广东省人民政府', '香港特区政府'. */
const ZH_BODY = new RegExp(
  `(${zhNames})(?:市|省|自治区|特区)?(?:人民政府|政府|经济和信息化委员会|经济和信息化局|经信委|工业和信息化局|工业和信息化厅|工信局|财政局|财政厅|发展和改革委员会|发改委|科学技术委员会|科委|科技局|科技厅|数据局|商务局)`,
  'g',
);
/** The same place bare at the head of a sentence or clause, as its actor: '深圳去年发放算力券约5.3亿元'. */
const ZH_HEAD = new RegExp(
  `^(?:[而但另此外同时其中据]{1,3}[，,]?)?(${zhNames})(?:市|省)?(?![\\u4e00-\\u9fff]{0,1}(?:企业|公司|集团|银行|证券|交易所|科技))`,
);
/** 'the Shanghai government', 'Shenzhen's city government', 'the Beijing municipal government'. */
const EN_BODY = new RegExp(`\\b(${enNames})(?:['’]s)?\\s+(?:(?:city|municipal|provincial|local|regional)\\s+)?government\\b`, 'gi');

function english(name: string): string | undefined {
  return BY_ENGLISH.get(name.toLowerCase().replace(/[''’]/g, "'"));
}

/**
 * The government that grants the subsidy at `figStart`: the last government body its sentence names before it, else
 * the city or province the latest clause before it opens with. Undefined when none is named.
 */
export function grantingGovernment(text: string, figStart: number, sentence: Span, clauses: readonly Span[]): string | undefined {
  const before = text.slice(sentence.start, figStart);
  let found: string | undefined;
  let at = -1;
  for (const m of before.matchAll(ZH_BODY)) if ((m.index ?? 0) > at) [found, at] = [BY_CHINESE.get(m[1]!), m.index ?? 0];
  for (const m of before.matchAll(EN_BODY)) if ((m.index ?? 0) > at) [found, at] = [english(m[1]!), m.index ?? 0];
  if (!found) {
    // The latest clause before the figure that opens with a place: '深圳去年发放…；北京亦庄则对…按15%给予补贴，单家最高3000万元'.
    for (const start of [sentence.start, ...clauses.map((c) => c.start)].filter((st) => st <= figStart).sort((a, b) => a - b)) {
      const head = ZH_HEAD.exec(text.slice(start, figStart).trimStart());
      if (head) found = BY_CHINESE.get(head[1]!);
    }
  }
  return found ? `${found} government` : undefined;
}

/** The place names of a '<City> government' subject ('Shanghai government' → ['Shanghai', '上海']); [] for any other. */
export function governmentPlaces(subject: string): string[] {
  const m = /^(.+) government$/.exec(subject);
  const en = m ? english(m[1]!) : undefined;
  if (!en) return [];
  return [en, ...PLACES.filter(([, e]) => e === en).map(([zh]) => zh)];
}

/** Province-level places that are autonomous regions or a special administrative region, by English name. */
const REGION_SUFFIX: Readonly<Record<string, string>> = { 'Inner Mongolia': '自治区政府', Ningxia: '自治区政府', 'Hong Kong': '特区政府' };
/** Provinces of the table (the rest are cities): their government is a 省政府. */
const PROVINCES = new Set([
  'Guangdong',
  'Zhejiang',
  'Jiangsu',
  'Shandong',
  'Sichuan',
  'Guizhou',
  'Anhui',
  'Hubei',
  'Hunan',
  'Henan',
  'Fujian',
  'Hebei',
  'Gansu',
]);

/** How Chinese media name a '<City> government' subject ('Shanghai government' → 上海市政府, 'Guangdong government' → 广东省政府); undefined for any other subject. */
export function governmentNameZh(subject: string): string | undefined {
  const [en, zh] = governmentPlaces(subject);
  if (!en || !zh) return undefined;
  return `${zh}${REGION_SUFFIX[en] ?? (PROVINCES.has(en) ? '省政府' : '市政府')}`;
}
