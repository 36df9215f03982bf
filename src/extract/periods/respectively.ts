/**
 * A list of periods handed out over a list of amounts, in order: '预计公司2026-2028年营收分别为29.5亿元、43.8亿元、60.2亿元'
 * (2026, 2027, 2028), '2027/2028财年每股收益预测分别为4.35美元和5.20美元' (FY2027, FY2028), 'revenue of $1.2 billion and
 * $1.5 billion in 2026 and 2027, respectively'. Each amount covers one year of the list, not the whole span.
 */

/** An amount of the text: where it stands and its kind (money, percent, multiple). */
export interface ListedAmount {
  start: number;
  end: number;
  kind: string;
}

/** '分别' / '分別' before the amounts; 'respectively' after them. */
const ZH_MARK = /分别|分別/g;
const EN_MARK = /\brespectively\b/i;

/** What may stand between two amounts of one list: '、', '和', 'and', a comma, a currency or unit word. */
const JOINER = /^\s*(?:[、,，/]|和|及|与|與|以及|and|,\s*and)?\s*(?:约|約|人民币|人民幣|about|roughly)?\s*$/i;

/** A year: 2026, or FY26 / FY2026 in English. */
const YEAR = String.raw`(?:19|20)\d{2}`;
/** A span of years: '2026-2028年', '2026年至2028年', '2026–28' is not read (two digits are ambiguous). */
const RANGE = new RegExp(String.raw`(${YEAR})\s*年?\s*(?:-|–|—|~|～|至|到)\s*(${YEAR})\s*(财年|財年|年度|年)?`, 'g');
/** A list of years: '2027/2028财年', '2026、2027年', '2026 and 2027', 'fiscal 2026 and 2027'. */
const LIST = new RegExp(
  String.raw`(fiscal\s+)?(${YEAR})(?:\s*年?\s*(?:[/、,，]|和|及|与|與|and|,\s*and)\s*(?:fiscal\s+)?${YEAR})+\s*(财年|財年|年度|年)?`,
  'gi',
);

interface YearList {
  start: number;
  end: number;
  labels: string[];
}

/** The lists and spans of years in `text` (offsets shifted by `base`). */
function yearLists(text: string, base: number): YearList[] {
  const out: YearList[] = [];
  for (const m of text.matchAll(RANGE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b <= a || b - a > 9) continue;
    const fiscal = !!m[3] && /财年|財年/.test(m[3]);
    const labels = Array.from({ length: b - a + 1 }, (_, i) => `${fiscal ? 'FY' : ''}${a + i}`);
    out.push({ start: base + m.index, end: base + m.index + m[0].length, labels });
  }
  for (const m of text.matchAll(LIST)) {
    const fiscal = !!m[1] || (!!m[3] && /财年|財年/.test(m[3]));
    const years = [...m[0].matchAll(new RegExp(YEAR, 'g'))].map((y) => Number(y[0]));
    // a list runs forward, one year at a time ('2026 and 2027'), else it is no list of periods ('2019和2024年')
    if (years.some((y, i) => i > 0 && y !== years[i - 1]! + 1)) continue;
    const start = base + m.index;
    if (out.some((r) => r.start <= start && r.end > start)) continue;
    out.push({ start, end: start + m[0].length, labels: years.map((y) => `${fiscal ? 'FY' : ''}${y}`) });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The run of amounts of `fig`'s kind joined one to the next ('29.5亿元、43.8亿元、60.2亿元'), holding `fig`. */
function runOf(text: string, fig: ListedAmount, amounts: readonly ListedAmount[]): ListedAmount[] {
  const same = amounts.filter((a) => a.kind === fig.kind).sort((x, y) => x.start - y.start);
  const i = same.findIndex((a) => a.start === fig.start);
  if (i < 0) return [];
  let lo = i;
  let hi = i;
  while (lo > 0 && JOINER.test(text.slice(same[lo - 1]!.end, same[lo]!.start))) lo--;
  while (hi < same.length - 1 && JOINER.test(text.slice(same[hi]!.end, same[hi + 1]!.start))) hi++;
  return same.slice(lo, hi + 1);
}

/**
 * The period of `fig` when its sentence hands a list of years out over a list of amounts ('分别', 'respectively'), in
 * order; undefined when it does not, or when the two lists differ in length.
 */
export function respectivePeriod(
  text: string,
  sentence: { start: number; end: number },
  fig: ListedAmount,
  amounts: readonly ListedAmount[],
): string | undefined {
  const run = runOf(text, fig, amounts);
  if (run.length < 2) return undefined;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const index = run.findIndex((a) => a.start === fig.start);
  const lists = yearLists(text.slice(sentence.start, sentence.end), sentence.start);
  // '…2026-2028年营收分别为29.5亿元、…': the marker right before the run (a few words between), the years before it
  const before = text.slice(sentence.start, first.start);
  const zh = [...before.matchAll(ZH_MARK)].pop();
  if (zh) {
    const markAt = sentence.start + zh.index;
    const gap = text.slice(markAt + zh[0].length, first.start);
    if (gap.length <= 8 && !/[\d。；;]/.test(gap)) {
      const list = lists.filter((l) => l.end <= markAt && !/[。；;]/.test(text.slice(l.end, markAt))).pop();
      // the years stand in the same stretch of words as the marker ('2026-2028年归母净利润分别为')
      if (list && markAt - list.end <= 24 && list.labels.length === run.length) return list.labels[index];
    }
  }
  // '…$1.2 billion and $1.5 billion in 2026 and 2027, respectively'
  const after = text.slice(last.end, sentence.end);
  const en = EN_MARK.exec(after);
  if (en) {
    const markAt = last.end + en.index;
    const list = lists.find((l) => l.start >= last.end && l.end <= markAt);
    if (list && list.start - last.end <= 16 && markAt - list.end <= 4 && list.labels.length === run.length) return list.labels[index];
  }
  return undefined;
}
