/** Traditional → Simplified Chinese (OpenCC, Taiwan standard to mainland), loaded on first use. */
import * as OpenCC from 'opencc-js';
import { HAN, hanChars, isHanCode } from '../util/han.js';

let convert: ((s: string) => string) | null = null;
let convertPhrases: ((s: string) => string) | null = null;

/** Character by character (same length): for detection and offset-keeping folds. */
function charsToSimplified(s: string): string {
  const run = (convert ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return run(s);
}

/**
 * Converts Traditional Chinese to Simplified as a mainland reader writes it: characters and Taiwan phrases
 * (伺服器 → 服务器, 資料中心 → 数据中心, 人工智慧 → 人工智能, 晶片 → 芯片); text without Han characters is returned as is.
 * Line breaks are kept, so line numbers of the converted text are the source's.
 * @example toSimplified('輝達擴大資本支出') === '辉达扩大资本支出'
 */
export function toSimplified(s: string): string {
  if (!HAN.test(s)) return s;
  const run = (convertPhrases ??= OpenCC.Converter({ from: 'twp', to: 'cn' }));
  return run(s);
}

/** The character converter's dictionaries: OpenCC's `tw2s` configuration, which `Converter({ from: 'tw', to: 'cn' })` runs. */
type Dict = string | readonly (readonly [string, string])[];
interface Tw2s {
  normalizationChain?: readonly (readonly Dict[])[];
  conversionChain: readonly (readonly Dict[])[];
}

/**
 * What the character converter can change, read from its dictionaries once: `changing`, every character a rewriting
 * entry (key ≠ value) has where its value differs; `unsafe`, characters whose presence may let an entry change the
 * length of the text (one character per such entry, and per entry that could produce one of them), which would shift
 * the positions `isTraditional` compares. Null when the dictionaries are not laid out as expected (no bound then).
 */
let bounds: { changing: Set<string>; unsafe: Set<string> } | null | undefined;

function converterBounds(): { changing: Set<string>; unsafe: Set<string> } | null {
  if (bounds !== undefined) return bounds;
  bounds = null;
  // The typings leave out `normalizationChain`, which the converter runs first.
  const config = (OpenCC.Locale.configs as unknown as Record<string, Tw2s | undefined>).tw2s;
  if (!config || !Array.isArray(config.conversionChain)) return bounds;
  const dicts = [...(config.normalizationChain ?? []), ...config.conversionChain].flat();
  const entries: [string[], string[]][] = [];
  for (const d of dicts) {
    const pairs = typeof d === 'string' ? d.split('|').map((e) => e.split(' ')) : d;
    for (const [k, v] of pairs) {
      if (typeof k !== 'string' || typeof v !== 'string') return bounds;
      if (k !== v) entries.push([[...k], [...v]]);
    }
  }
  const changing = new Set<string>();
  const unsafe = new Set<string>();
  const differing = ([k, v]: [string[], string[]]): string[] => k.filter((c, i) => c !== v[i]);
  for (const e of entries) {
    for (const c of differing(e)) changing.add(c);
    // A length change is judged in UTF-16 units, the units `isTraditional` compares by; an entry with a character
    // outside the BMP is counted with them (its code points and units do not line up).
    const [k, v] = e;
    if (k.join('').length !== v.join('').length || [...k, ...v].some((c) => c.length > 1)) unsafe.add(differing(e)[0] ?? (k[0] as string));
  }
  // An entry whose value holds an unsafe character may bring it into the text for a later dictionary: unsafe too.
  for (let grew = true; grew; ) {
    grew = false;
    for (const e of entries) {
      const first = differing(e)[0] ?? (e[0][0] as string);
      if (!unsafe.has(first) && e[1].some((c) => unsafe.has(c))) {
        unsafe.add(first);
        grew = true;
      }
    }
  }
  bounds = { changing, unsafe };
  return bounds;
}

const UNSAFE = 2;
let flagTable: Uint8Array | null | undefined;

/** `converterBounds` as a table by UTF-16 code: 1 for a character in `changing`, UNSAFE for one in `unsafe`, else 0. */
function converterFlags(): Uint8Array | null {
  if (flagTable !== undefined) return flagTable;
  const b = converterBounds();
  flagTable = null;
  if (!b) return flagTable;
  const table = new Uint8Array(0x10000);
  for (const c of b.changing) if (c.length === 1) table[c.charCodeAt(0)] = 1;
  for (const c of b.unsafe) if (c.length === 1) table[c.charCodeAt(0)] = UNSAFE;
  flagTable = table;
  return flagTable;
}

/**
 * At most how many of these Han characters the character converter changes, or null when it cannot be told without
 * converting. Without a length-changing entry at work, the converter's output differs from its input only where an
 * entry rewrote a character, and that character is in `changing`. A Simplified or mixed text has few such characters
 * (昇, 著), so `isTraditional` answers it without running the converter, with the answer the converter would give.
 */
export function changedAtMost(han: readonly string[]): number | null {
  const b = converterBounds();
  if (!b) return null;
  let n = 0;
  for (const c of han) {
    if (b.unsafe.has(c)) return null;
    if (b.changing.has(c)) n++;
  }
  return n;
}

/**
 * Whether a text is written in Traditional Chinese: at least 8% of its Han characters change under conversion
 * (Traditional prose changes a quarter or more; Simplified prose only in a few rare characters such as 昇 of 昇腾,
 * which must not be "simplified" to 升).
 * @example isTraditional('輝達擴大資本支出') === true; isTraditional('华为昇腾芯片出货') === false
 */
export function isTraditional(s: string): boolean {
  const flags = converterFlags();
  if (flags) {
    // changedAtMost over the text's Han characters, read as UTF-16 codes (no array of characters).
    let han = 0;
    let bound = 0;
    let unsafe = false;
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      if (!isHanCode(code)) continue;
      han++;
      const f = flags[code] as number;
      if (f === UNSAFE) {
        unsafe = true;
        break;
      }
      bound += f;
    }
    if (han === 0) return false;
    if (!unsafe && (bound === 0 || bound / han < 0.08)) return false;
  }
  const han = hanChars(s);
  if (han.length === 0) return false;
  const converted = charsToSimplified(han.join(''));
  let changed = 0;
  for (let i = 0; i < han.length; i++) if (converted[i] !== han[i]) changed++;
  return changed >= 1 && changed / han.length >= 0.08;
}

/**
 * A Traditional text folded to Simplified character by character, keeping its length and every offset (a phrase
 * conversion of the whole text may shorten one word and lengthen another); a Simplified or non-Chinese text is
 * returned unchanged. For matching names and keywords, not for display.
 * @example foldTraditional('鴻海營收達8.1兆元') === '鸿海营收达8.1兆元'
 */
export function foldTraditional(s: string): string {
  if (!isTraditional(s.slice(0, 20000))) return s;
  const memo = new Map<string, string>();
  let out = '';
  for (const ch of s) {
    let c = memo.get(ch);
    if (c === undefined) {
      const t = HAN.test(ch) ? charsToSimplified(ch) : ch;
      c = t.length === ch.length ? t : ch;
      memo.set(ch, c);
    }
    out += c;
  }
  return out;
}

/**
 * Characters of Simplified (mainland) writing that the converter would still change: 昇 of 昇腾 is a mainland brand's
 * character (the 2013 standard table lists it), not a Traditional one.
 */
const MAINLAND_KEPT = new Set(['昇']);

let gb2312: Set<string> | null | undefined;

/** The 6,763 characters of GB 2312 (the mainland's basic set), decoded once; null when the runtime has no GBK decoder. */
function gb2312Chars(): Set<string> | null {
  if (gb2312 !== undefined) return gb2312;
  try {
    const dec = new TextDecoder('gbk');
    const set = new Set<string>();
    for (let a = 0xb0; a <= 0xf7; a++) for (let b = 0xa1; b <= 0xfe; b++) set.add(dec.decode(new Uint8Array([a, b])));
    gb2312 = set;
  } catch {
    gb2312 = null;
  }
  return gb2312;
}

const traditionalMemo = new Map<string, string | null>();

/**
 * The Simplified form of a character only Traditional writing uses, or null: the converter changes it, it is outside
 * GB 2312 and its Simplified form is inside (積 → 积, 報 → 报, 們 → 们). A character both scripts write (著, 乾, 於,
 * 甚), one whose Simplified form is itself rare (鋐 of 奇鋐), and 昇 are null: converting them would misspell mainland
 * text (显著 → 显着).
 */
export function traditionalOnly(ch: string): string | null {
  const hit = traditionalMemo.get(ch);
  if (hit !== undefined) return hit;
  let out: string | null = null;
  const gb = gb2312Chars();
  if (gb && ch.length === 1 && isHanCode(ch.charCodeAt(0)) && !gb.has(ch) && !MAINLAND_KEPT.has(ch)) {
    const s = charsToSimplified(ch);
    if (s !== ch && gb.has(s)) out = s;
  }
  traditionalMemo.set(ch, out);
  return out;
}

/**
 * The characters of a text only Traditional writing uses, in order (a mainland digest prints none).
 * @example traditionalLeft('来源：信報，台积电') // → ['報']
 */
export function traditionalLeft(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (isHanCode(code) && traditionalOnly(s.charAt(i)) !== null) out.push(s.charAt(i));
  }
  return out;
}

/**
 * A mostly Simplified text with Traditional-only characters left in it (a quoted Hong Kong title, an outlet's name, a
 * company's Taiwanese name) written in Simplified character by character; every other character, and the length, kept.
 * @example simplifyLeftovers('据信報报道，台積电营收增长') === '据信报报道，台积电营收增长'
 */
export function simplifyLeftovers(s: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const t = isHanCode(s.charCodeAt(i)) ? traditionalOnly(ch) : null;
    if (t !== null) changed = true;
    out += t ?? ch;
  }
  return changed ? out : s;
}
