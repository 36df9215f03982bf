/**
 * Chinese as a mainland financial editor writes it, for every engine's digest: one spacing style (no space between a
 * Chinese character and a Latin word or a number: `约 6600 亿美元` → `约6600亿美元`), numbers in mainland units
 * (`1兆461亿元` → `1.0461万亿元`, `5,057亿元` → `5057亿元`), mainland finance words (data/zh-mainland-terms.json:
 * `年增35%` → `同比增长35%`) and, in headlines, a space between two phrases read as a comma.
 */
import { z } from 'zod';
import { simplifyLeftovers } from '../../ingest/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { HAN_RANGES } from '../../util/han.js';

const HAN = HAN_RANGES;
/** A Chinese character or full-width punctuation. */
const ZH = `[${HAN}\\u3000-\\u303f\\uff01-\\uff5e“”‘’…—]`;

const termsSchema = z
  .object({
    $comment: z.string().optional(),
    terms: z.array(z.tuple([z.string().min(1), z.string()])),
  })
  .strict();

export interface TermRule {
  re: RegExp;
  to: string;
}

/** Compiles a terms table (a bad regex throws naming it). */
export function compileTerms(raw: readonly (readonly [string, string])[]): TermRule[] {
  return raw.map(([p, to]) => {
    try {
      return { re: new RegExp(p, 'gu'), to };
    } catch (cause) {
      throw new Error(`[enrich] [mainland] data/zh-mainland-terms.json: bad regex ${p}`, { cause });
    }
  });
}

const regionalSchema = z
  .object({
    $comment: z.string().optional(),
    tw: z.array(z.tuple([z.string().min(1), z.string()])),
    hk: z.array(z.tuple([z.string().min(1), z.string()])),
  })
  .strict();

let regional: { tw: TermRule[]; hk: TermRule[] } | undefined;
/**
 * A Hong Kong or Taiwan outlet's own authorities under their national titles, named as a mainland editor names them
 * (data/zh-regional-authorities.json): in a Taiwan outlet's sentence 财政部 is 台湾地区财政主管部门, in a Hong Kong
 * outlet's 证监会 is 香港证监会. Text from an outlet elsewhere (or unknown) is left as it is: there 财政部 is a country's.
 * @example regionalWords('财政部表示将研议', 'tw') // → '台湾地区财政主管部门表示将研议'
 */
export function regionalWords(text: string, region: 'hk' | 'tw' | 'elsewhere' | undefined): string {
  if (region !== 'hk' && region !== 'tw') return text;
  regional ??= (() => {
    const t = loadDataTable('zh-regional-authorities.json', regionalSchema);
    return { tw: compileTerms(t.tw), hk: compileTerms(t.hk) };
  })();
  return mainlandWords(text, regional[region]);
}

let shipped: TermRule[] | undefined;
/** The shipped table (data/zh-mainland-terms.json). */
export function mainlandTerms(): TermRule[] {
  shipped ??= compileTerms(loadDataTable('zh-mainland-terms.json', termsSchema).terms);
  return shipped;
}

/** `约 **6600 亿美元**` → `约**6600亿美元**`; `Alphabet 和 Meta 2026 年` → `Alphabet和Meta 2026年` (Latin next to Latin keeps its space). */
export function cjkSpacing(text: string): string {
  return (
    text
      // A Latin word before a bold number keeps a space, as it would before the plain number: `Meta **1250亿美元**`.
      .replace(/([A-Za-z])\*\*(?=\d)/g, (m, left: string, at: number, all: string) => (closesBold(all, at + 1) ? m : `${left} **`))
      // A signed figure too (`下降 **-5%**`, `增长 **+12%**`).
      .replace(new RegExp(`(${ZH})[ \\t]+(?=(?:\\*\\*)?[A-Za-z0-9$%＄]|(?:\\*\\*)?[-+−]\\d)`, 'gu'), '$1')
      // No space after a full-width mark before Chinese (`…增长。 公司称`, `“…” 他说`): a space is no Chinese punctuation.
      .replace(/([。！？；：，、”’）」』])[ \t]+(?=[\p{Script=Han}“‘（「『])/gu, '$1')
      // A bold figure ending on a Chinese unit is no Latin word: nothing between it and the Latin term after it
      // (`**1200亿美元** GPU订单` → `**1200亿美元**GPU订单`), as between the plain number and it.
      .replace(new RegExp(`(\\*\\*[^*\\n]*${ZH}\\*\\*)[ \\t]+(?=[A-Za-z])`, 'gu'), (m, bold: string, at: number, all: string) =>
        closesBold(all, at + bold.length - 2) ? bold : m,
      )
      .replace(new RegExp(`([A-Za-z0-9%$.)]|\\*\\*)[ \\t]+(?=(?:\\*\\*)?${ZH})`, 'gu'), (m, left: string, at: number, all: string) =>
        // `**…**␣中` : the space after a closing bold marker only (an opening one is followed by its text).
        left === '**' && !closesBold(all, at) ? m : left,
      )
  );
}

/**
 * A Latin name run into a year (`Mistral AI2027至2031年`, `Personal Systems2026财年`, `CoreWeave2026年`): a name of two
 * letters or more, then a year followed by 年, 财年 or a range. A model or part name (`GB300`, `H20`, `Qwen3.5`) is no year.
 */
export const NAME_GLUED_YEAR = /(?<![A-Za-z0-9])([A-Za-z][A-Za-z.&+-]*[A-Za-z])((?:19|20)\d{2})(?=年|财年|至|[-–—](?:19|20)\d{2})/u;

/** A space between a Latin name and the year after it: `Mistral AI2027至2031年` → `Mistral AI 2027至2031年`. */
export function nameYearSpace(text: string): string {
  return text.replace(new RegExp(NAME_GLUED_YEAR.source, 'gu'), '$1 $2');
}

/** Whether the `**` at `at` closes a bold span (an odd number of markers before it). */
function closesBold(all: string, at: number): boolean {
  return (all.slice(0, at).match(/\*\*/g)?.length ?? 0) % 2 === 1;
}

/** `1兆461亿` → `1.0461万亿`, `2.06兆元` → `2.06万亿元`: 兆 as Taiwan writes money (10¹²), never 兆瓦 (megawatt). */
export function mainlandNumbers(text: string): string {
  return (
    text
      .replace(
        /(\d+(?:\.\d+)?)兆(?:(\d{1,4})亿)?(?=\*{0,2}(?:元|美元|日元|日圆|港元|韩元|新台币|台币|人民币|欧元))/gu,
        (_, a: string, b: string | undefined) => {
          if (b === undefined) return `${a}万亿`;
          const whole = Number(a) * 10000 + Number(b);
          return `${(whole / 10000).toFixed(4).replace(/\.?0+$/, '')}万亿`;
        },
      )
      // An amount in Chinese numerals beside Arabic ones reads as one style (audit 12: 从三千亿美元扩大至约3500亿美元):
      // 三千亿美元 → 3000亿美元, 两百亿元 → 200亿元; only a single digit word and its 千/百/十 before 亿 and a currency.
      .replace(
        /(?<![零〇一二两三四五六七八九十百千万亿\d.])([一二两三四五六七八九])([千百十])(亿|万亿)(?=\*{0,2}(?:元|美元|日元|港元|韩元|新台币|台币|人民币|欧元|英镑))/gu,
        (_, d: string, u: string, big: string) =>
          `${'一二三四五六七八九'.indexOf(d === '两' ? '二' : d) + 1}${u === '千' ? '000' : u === '百' ? '00' : '0'}${big}`,
      )
      // Taiwan counts shares in board lots of 1,000 (外资卖超3.5万张): mainland copy counts shares (净卖出3500万股).
      .replace(BOARD_LOTS, (_, n: string, wan: string | undefined) => sharesOfLots(Number(n.replace(/,/g, '')), wan !== undefined))
      // A power capacity in Latin units is said in Chinese ones (1.5GW → 1.5吉瓦, 300MW → 300兆瓦, 2GWh → 2吉瓦时).
      .replace(
        /(?<=\d)\s?(T|G|M|k)W(h)?(?![A-Za-z])/gu,
        (_, p: string, h: string | undefined) => `${{ T: '太', G: '吉', M: '兆' }[p] ?? '千'}瓦${h ? '时' : ''}`,
      )
      // Thousands separators in a number a Chinese unit follows: 5,057亿元 → 5057亿元, 1,000柜 → 1000柜 (up to six digits).
      .replace(new RegExp(`(?<![\\d,.])(\\d{1,3}(?:,\\d{3}){1})(?![\\d,])(?=(?:\\*\\*)?[${HAN}])`, 'gu'), (m) => m.replace(/,/g, ''))
  );
}

/** A count of Taiwan board lots after a trading word: `卖超3.5万张`, `买超约12,000张`, `成交量8,500张`. */
const BOARD_LOTS =
  /(?<=(?:净买入|净卖出|买超|卖超|买进|卖出|成交量?|增持|减持|加码|减码|持股)(?:达|为|增至|放大至)?(?:约|逾|近|超)?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(万)?张/gu;

/** Shares in board lots of 1,000 written as mainland copy counts them: 3.5万张 → 3500万股, 800张 → 80万股, 12万张 → 1.2亿股. */
export function sharesOfLots(lots: number, wan: boolean): string {
  const shares = lots * 1000 * (wan ? 10000 : 1);
  const fmt = (x: number) => String(Number(x.toFixed(4)));
  if (shares >= 1e8) return `${fmt(shares / 1e8)}亿股`;
  if (shares >= 1e4) return `${fmt(shares / 1e4)}万股`;
  return `${fmt(shares)}股`;
}

/** Mainland finance words (`税后纯益` → `税后净利润`). */
export function mainlandWords(text: string, rules: readonly TermRule[] = mainlandTerms()): string {
  let out = text;
  let changed = false;
  for (const r of rules) {
    const next = LATIN_END.test(r.to) && !r.to.includes('$') ? out.replace(r.re, latinReplacer(r.to)) : out.replace(r.re, r.to);
    if (next !== out) changed = true;
    out = next;
  }
  // A source that glossed its regional word with the mainland one (`辉达（英伟达）`) now says it twice: once is enough.
  return changed ? out.replace(SAID_TWICE, '$1') : out;
}

/** A replacement ending in a Latin letter or digit (`超威` → `AMD`). */
const LATIN_END = /[A-Za-z0-9]$/;

/**
 * A Latin replacement spaced off the Latin word after it (`超威GPU` → `AMD GPU`, not `AMDGPU`): Latin next to Latin keeps
 * a space, as the spacing rule (cjkSpacing) leaves it.
 */
function latinReplacer(to: string): (match: string, ...rest: unknown[]) => string {
  return (match: string, ...rest: unknown[]) => {
    const at = rest.findLast((x) => typeof x === 'number') as number;
    const all = rest.find((x) => typeof x === 'string' && x.length >= match.length && x.startsWith(match, at)) as string | undefined;
    return all !== undefined && /^[A-Za-z0-9]/.test(all.slice(at + match.length)) ? `${to} ` : to;
  };
}

/** A word followed by itself in brackets (`英伟达（英伟达）`). */
const SAID_TWICE = /(\p{Script=Han}{2,8})（\1）/gu;

/**
 * A headline's phrase separator: `营收681亿美元超预期 数据中心业务占比逾九成` → `…超预期，数据中心…`,
 * `营收年增逾170% 明年机柜出货看增一倍` → `…170%，明年…`. A spaced-out headline (pangu style, `合计约 6600 亿美元`: a space
 * between a Chinese character and the number or word after it) has no separators; it is only closed up.
 */
export function headlineSeparators(headline: string): string {
  if (new RegExp(`[${HAN}][ \\t]+[A-Za-z0-9]`, 'u').test(headline)) return headline;
  return headline.replace(new RegExp(`([${HAN}%）)\\d])[ \\t\\u3000]+(?=[${HAN}])`, 'gu'), '$1，');
}

/** A currency word right after another (`40亿美元美元`, `3亿澳元澳元`, `120港元元`): one unit printed twice. `元人民币`, `元新台币` are no such pair. */
const CURRENCY_WORD = '(?:美元|港元|欧元|日元|英镑|韩元|澳元|加元|新加坡元|新元|卢比|卢布|瑞郎|元)';
/** A bold marker may stand between the two (`**120港元**元`); 元宇宙, 元素, 元器件, 元年 are words, not a unit. */
export const DOUBLED_UNIT = new RegExp(`(${CURRENCY_WORD})(\\*\\*)?(${CURRENCY_WORD})(?!宇宙|素|器件|件|年|旦|老|首)`, 'u');

/**
 * An amount's currency said once: of two currency words in a row the named one (`120元港元` → `120港元`, `120港元元` →
 * `120港元`, `40亿美元美元` → `40亿美元`).
 * @example singleUnit('发售价每股12.5港元元') // → '发售价每股12.5港元'
 * @example singleUnit('投资10亿美元元宇宙项目') // → unchanged
 */
export function singleUnit(text: string): string {
  return text.replace(new RegExp(DOUBLED_UNIT.source, 'gu'), (_, a: string, bold: string | undefined, b: string) =>
    a === '元' ? `${b}${bold ?? ''}` : `${a}${bold ?? ''}`,
  );
}

/**
 * Every mainland rule on one text: script (a Traditional-only character left by a source, an outlet's or a company's
 * name → Simplified), words, numbers, spacing.
 */
export function mainlandStyle(text: string): string {
  return nameYearSpace(cjkSpacing(singleUnit(mainlandNumbers(mainlandWords(simplifyLeftovers(text))))));
}
