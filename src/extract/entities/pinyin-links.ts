/**
 * Names linked by their sound: a Chinese company name and the pinyin form English sources write for it
 * (衡川半导体 ↔ Hengchuan Semiconductor, 星衍智能 ↔ Xingyan AI) name one company even when no text glosses one with the
 * other (name-links.ts handles glosses). The Han stem, read as pinyin (pinyin-pro, by phrase, every reading of a
 * polyphone tried), must equal the Latin stem's letters; the company words after the stems (半导体 / Semiconductor,
 * 智能 / AI) must correspond when both names have one. Decision 030.
 */
import { polyphonic } from 'pinyin-pro';
import type { EntityMention } from '../../types/entity.js';

const HAN_NAME = /^\p{Script=Han}{2,10}$/u;
const LATIN_NAME = /^[A-Z][A-Za-z]*(?:[ -][A-Za-z][A-Za-z.&]*){0,4}$/;

/**
 * The company words a name may end with, Chinese and English forms of one meaning together. A Chinese name's stem is
 * what is left without one of them; so is a Latin name's.
 */
const WORD_PAIRS: [string[], string[]][] = [
  [
    ['智能', '人工智能'],
    ['AI', 'Intelligence', 'Intelligent', 'Robotics'],
  ],
  [
    ['科技', '技术'],
    ['Technology', 'Technologies', 'Tech', 'Sci-Tech', 'AI'],
  ],
  [
    ['半导体', '芯片', '微电子', '集成电路'],
    ['Semiconductor', 'Semiconductors', 'Microelectronics', 'Chip', 'Chips', 'Silicon', 'Micro'],
  ],
  [['机器人'], ['Robotics', 'Robot', 'Robots']],
  [
    ['智算', '算力', '计算'],
    ['Computing', 'Compute', 'AI', 'Cloud'],
  ],
  [
    ['云', '云计算'],
    ['Cloud', 'Computing'],
  ],
  [['电子'], ['Electronics', 'Electronic']],
  [
    ['光电', '光子'],
    ['Optoelectronics', 'Photonics', 'Optics'],
  ],
  [['数据'], ['Data']],
  [['网络'], ['Networks', 'Network']],
  [
    ['能源', '新能源'],
    ['Energy', 'Power'],
  ],
  [['动力'], ['Power', 'Dynamics']],
  [['汽车'], ['Auto', 'Automotive', 'Motors', 'Motor']],
  [
    ['生物', '医药', '医疗'],
    ['Bio', 'Biotech', 'Biosciences', 'Therapeutics', 'Medical', 'Pharma', 'Pharmaceutical', 'Health'],
  ],
  [['材料'], ['Materials']],
  [
    ['资本', '创投', '投资'],
    ['Capital', 'Ventures', 'Investment', 'Investments', 'Partners'],
  ],
  [['基金'], ['Fund']],
  [['证券'], ['Securities']],
  [['银行'], ['Bank']],
  [['实验室'], ['Lab', 'Labs']],
  [['研究院'], ['Research', 'Institute']],
  [['系统'], ['Systems']],
  [['集团'], ['Group']],
  [['控股'], ['Holdings', 'Holding']],
  [['工业'], ['Industries', 'Industrial']],
];

/** Legal forms dropped before the stem is read (股份有限公司, Co., Ltd). */
const ZH_LEGAL = /(?:股份有限公司|有限责任公司|有限公司|股份公司|公司|股份)$/u;
const EN_LEGAL = new Set([
  'Co',
  'Co.',
  'Ltd',
  'Ltd.',
  'Inc',
  'Inc.',
  'Corp',
  'Corp.',
  'Corporation',
  'Limited',
  'LLC',
  'PLC',
  'Plc',
  'Company',
]);

const ZH_WORDS = [...new Set(WORD_PAIRS.flatMap(([zh]) => zh))].sort((a, b) => b.length - a.length);
const EN_WORDS = new Set(WORD_PAIRS.flatMap(([, en]) => en));

/** Whether a Chinese company word and an English one say the same thing ('' matches anything). */
function wordsAgree(zh: string, en: string): boolean {
  if (zh === '' || en === '') return true;
  return WORD_PAIRS.some(([z, e]) => z.includes(zh) && e.includes(en));
}

/** One reading of a pinyin syllable sequence, as Latin names write it (tone marks gone, ü as u). */
const SYLLABLES =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u))+$/;

/** A Han name split into stem and company word: the whole name (no word), and the name without each word it ends with. */
function zhSplits(name: string): { stem: string; word: string }[] {
  const bare = name.replace(ZH_LEGAL, '');
  const out = [{ stem: bare, word: '' }];
  for (const w of ZH_WORDS) if (bare.endsWith(w) && bare.length - w.length >= 2) out.push({ stem: bare.slice(0, -w.length), word: w });
  return out.filter((s) => s.stem.length >= 2 && s.stem.length <= 6);
}

/** A Latin name's stem letters (lowercase) and its company word: the whole name, and the name without its last word. */
function enSplits(name: string): { stem: string; word: string }[] {
  const words = name.split(/[ ]+/);
  while (words.length > 1 && EN_LEGAL.has(words[words.length - 1] as string)) words.pop();
  const letters = (ws: string[]) =>
    ws
      .join('')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  const out = [{ stem: letters(words), word: '' }];
  const last = words[words.length - 1] as string;
  if (words.length > 1 && EN_WORDS.has(last)) out.push({ stem: letters(words.slice(0, -1)), word: last });
  return out.filter((s) => s.stem.length >= 4 && SYLLABLES.test(s.stem));
}

/** The pinyin readings of a Han stem (every reading of each polyphone, at most 32 in all), lowercase, no tones. */
function readings(stem: string): string[] {
  const chars = polyphonic(stem, { toneType: 'none', type: 'array' }) as unknown as string[][];
  let out = [''];
  for (const alts of chars) {
    const next: string[] = [];
    for (const prefix of out) for (const a of alts.length > 0 ? alts : ['?']) next.push(prefix + a.replace(/ü/g, 'u').replace(/v/g, 'u'));
    out = next.slice(0, 32);
  }
  return out;
}

const readingCache = new Map<string, string[]>();

function cachedReadings(stem: string): string[] {
  let r = readingCache.get(stem);
  if (!r) {
    r = readings(stem);
    if (readingCache.size > 10_000) readingCache.clear();
    readingCache.set(stem, r);
  }
  return r;
}

/**
 * Names a text's mentions offer for linking by sound: discovered organisation names written in Han characters, and
 * discovered Latin names whose stem reads as pinyin (Xingyan AI; not Corvane Systems). Sorted, no repeats.
 */
export function soundNames(entities: readonly EntityMention[]): string[] {
  const out = new Set<string>();
  for (const m of entities) {
    if (m.match !== 'discovered' || m.type !== 'org') continue;
    if (HAN_NAME.test(m.name) && zhSplits(m.name).length > 0) out.add(m.name);
    else if (LATIN_NAME.test(m.name) && enSplits(m.name).length > 0) out.add(m.name);
  }
  return [...out].sort();
}

/**
 * Links by sound among `names` (Chinese name → Latin name) for Chinese names not yet in `links`: a Chinese name whose
 * stem reads as one Latin name's stem, with agreeing company words. A Chinese name that would read as two Latin names
 * is linked to the one whose company word agrees outright; if none or several, to neither.
 * Example: ['Hengchuan Semiconductor', '衡川半导体'] → [['衡川半导体', 'Hengchuan Semiconductor']].
 */
export function soundLinks(names: Iterable<string>, links: ReadonlyMap<string, string>): [string, string][] {
  const byStem = new Map<string, { name: string; word: string }[]>();
  const zh: string[] = [];
  for (const n of new Set(names)) {
    if (HAN_NAME.test(n)) {
      if (!links.has(n)) zh.push(n);
      continue;
    }
    if (!LATIN_NAME.test(n)) continue;
    for (const s of enSplits(n)) byStem.set(s.stem, [...(byStem.get(s.stem) ?? []), { name: n, word: s.word }]);
  }
  if (byStem.size === 0) return [];
  const out: [string, string][] = [];
  for (const name of zh.sort()) {
    const loose = new Set<string>();
    const exact = new Set<string>();
    for (const s of zhSplits(name))
      for (const r of cachedReadings(s.stem))
        for (const c of byStem.get(r) ?? []) {
          if (!wordsAgree(s.word, c.word)) continue;
          loose.add(c.name);
          if (s.word !== '' && c.word !== '') exact.add(c.name);
        }
    const pick = loose.size === 1 ? [...loose] : [...exact];
    if (pick.length === 1) out.push([name, pick[0] as string]);
  }
  return out;
}
