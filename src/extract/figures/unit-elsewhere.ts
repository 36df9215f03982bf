/**
 * Counts whose unit is named away from the number: `月活跃用户已突破1.5亿`, `总参数量约1.2万亿` (the noun before),
 * `bought more than 250,000 of them` (an earlier noun of the sentence), `downloaded 600 million times` (the verb).
 */
import { EN_UNIT_WORDS, type UnitEntry, ZH_UNIT_SUFFIXES } from './lexicon-units.js';

/** Chinese nouns that name the counted thing before the number, with only a verb / qualifier between (已突破, 约, 达到). */
const ZH_BEFORE =
  /(月活跃用户|日活跃用户|周活跃用户|活跃用户|付费用户|注册用户|用户|月活|日活|参数量|参数|下载量|下载次数|员工|GPU|芯片|订阅用户|订阅者)(?:数|数量|总数|规模|人数)?(?:已经|已|将|预计|累计|总计|共|仍)?(?:突破|超过|超|逾|达到|达|约为|约|近|接近|为|是|增至|升至|增长至|提升至|降至|不到|不足|高达|多达)*\s*$/u;

const ZH_NOUN_UNIT: Readonly<Record<string, string>> = {
  月活跃用户: 'monthly active users',
  月活: 'monthly active users',
  日活跃用户: 'daily active users',
  日活: 'daily active users',
  周活跃用户: 'weekly active users',
  付费用户: 'paying users',
  订阅用户: 'subscribers',
  订阅者: 'subscribers',
  下载量: 'downloads',
  下载次数: 'downloads',
  参数量: 'parameters',
  芯片: 'chips',
};

/** English verbs before `N times` that make the times a count of the thing done. */
const EN_TIMES_VERB = /\b(downloaded|installed|viewed|watched|streamed|played)\b[^.!?]{0,40}$/i;
const EN_VERB_UNIT: Readonly<Record<string, string>> = {
  downloaded: 'downloads',
  installed: 'downloads',
  viewed: 'views',
  watched: 'views',
  streamed: 'streams',
  played: 'plays',
};

function zhUnit(noun: string): UnitEntry | undefined {
  const named = ZH_NOUN_UNIT[noun];
  if (named) return { kind: 'count', unit: named };
  const u = ZH_UNIT_SUFFIXES[noun];
  return u?.kind === 'count' ? u : undefined;
}

/** The last unit word of EN_UNIT_WORDS in `text` (a sentence before the number), or undefined. */
function lastEnglishUnit(text: string): UnitEntry | undefined {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  for (let k = words.length - 1; k >= 0; k--) {
    const two = k > 0 ? EN_UNIT_WORDS[`${words[k - 1]} ${words[k]}`] : undefined;
    const u = two ?? EN_UNIT_WORDS[words[k] as string];
    if (u?.kind === 'count') return u;
  }
  return undefined;
}

export interface ElsewhereUnit {
  unit: UnitEntry;
  /** New end of the figure when words after the number belong to it (`times`); else the number's end. */
  end: number;
}

/**
 * The unit of a bare number at [start, end) named elsewhere in its sentence, or undefined. `qualStart` is where a
 * qualifier before the number starts (the noun is looked for before it). Example: `用户已突破1.5亿` → users.
 */
export function unitElsewhere(s: string, start: number, end: number, chinese: boolean): ElsewhereUnit | undefined {
  if (chinese) {
    const m = ZH_BEFORE.exec(s.slice(Math.max(0, start - 16), start));
    const u = m ? zhUnit(m[1] as string) : undefined;
    return u ? { unit: u, end } : undefined;
  }
  const after = s.slice(end, end + 24);
  const times = /^\s+times\b/i.exec(after);
  if (times) {
    const v = EN_TIMES_VERB.exec(s.slice(Math.max(0, start - 60), start));
    const unit = v ? EN_VERB_UNIT[(v[1] as string).toLowerCase()] : undefined;
    return unit ? { unit: { kind: 'count', unit }, end: end + times[0].length } : undefined;
  }
  if (/^\s+of\s+(?:them|those|these)\b/i.test(after)) {
    const from = Math.max(0, start - 160);
    const before = s.slice(from, start);
    const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
    const u = lastEnglishUnit(before.slice(cut + 1));
    return u ? { unit: u, end } : undefined;
  }
  return undefined;
}
