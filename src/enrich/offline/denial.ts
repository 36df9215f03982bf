/**
 * A figure's standing across its sources (decision 122): a sentence giving it on unnamed people's word, a party's
 * denial of the report in a later (or any) sentence of a source, and how a head and a lead tell that denial
 * (`传字节将向摩尔线程采购约50亿元芯片，字节称不准确`). Pure; the words are data/denial.json.
 */
import { z } from 'zod';
import type { Figure } from '../../types/index.js';
import { loadDataTable } from '../../util/data-table.js';
import { replyMeasures, replyMetrics } from './settled.js';

const entry = z.object({ re: z.string().min(1), head: z.string().min(1), lead: z.string().min(1) });
const schema = z
  .object({
    strong: z.array(entry).min(1),
    weak: z.array(entry).min(1),
    noPlan: entry,
    object: z.string().min(1),
    speaker: z.string().min(1),
    noComment: z.string().min(1),
    unnamed: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  })
  .passthrough();

interface Verb {
  re: RegExp;
  head: string;
  lead: string;
  /** Denies only when its clause names what it answers (the report, the figure). */
  needsObject: boolean;
}
interface Words {
  verbs: Verb[];
  object: RegExp;
  speaker: RegExp;
  noComment: RegExp;
  unnamed: [RegExp, RegExp];
}
let words: Words | undefined;
function denialWords(): Words {
  if (!words) {
    const t = loadDataTable('denial.json', schema);
    const verb = (e: z.infer<typeof entry>, needsObject: boolean): Verb => ({
      re: new RegExp(e.re, 'iu'),
      head: e.head,
      lead: e.lead,
      needsObject,
    });
    words = {
      verbs: [...t.strong.map((e) => verb(e, false)), verb(t.noPlan, false), ...t.weak.map((e) => verb(e, true))],
      object: new RegExp(t.object, 'iu'),
      speaker: new RegExp(t.speaker, 'iu'),
      noComment: new RegExp(t.noComment, 'iu'),
      unnamed: [new RegExp(t.unnamed.zh, 'u'), new RegExp(t.unnamed.en, 'iu')],
    };
  }
  return words;
}

/**
 * Whether a sentence gives its figures on unnamed people's word (people familiar, one of the people said, 知情人士).
 * @example unnamedSentence('ByteDance has agreed to buy 5 billion yuan of chips, one of the people said.') // → true
 */
export function unnamedSentence(sentence: string): boolean {
  const w = denialWords();
  return w.unnamed[0].test(sentence) || w.unnamed[1].test(sentence);
}

/** How a party denied a report: the words a head prints after its name and a lead's sentence after its full name. */
export interface Denial {
  head: string;
  lead: string;
  /** The sentence of the source that says it. */
  sentence: string;
}

/** Who may deny, and what a denial must answer. */
export interface DenialScope {
  /** The names of the parties whose denial counts (the claim's subject and counterparty, as sources write them). */
  names: readonly string[];
  /** The story's other parties: a clause naming one of them first is that party's, not a denial by `names`. */
  others?: readonly string[];
  /** The claim's metric: a denial naming another measure (估值 for a round's size) does not answer it. */
  metric?: string;
}

/** A sentence's clauses as a speaker owns them: split at ；/; and at a turn (，但 / ，而 / while / but). */
function clauses(sentence: string): string[] {
  return sentence.split(/[；;]|，(?:而|但|不过)|,?\s+(?:while|whereas|but)\s+/u).filter((c) => c.trim() !== '');
}

/**
 * A party's denial of a report, when the sentence is one: a denial word (否认, denied; 不准确 / inaccurate / 不实 /
 * 澄清 with what it answers named: the report, the figure), said by one of `names` (or 公司 / a spokesperson when no
 * other party is named first) before the word. `declined to comment` is none.
 * @example denialOf('对此，字节跳动回应称"相关信息不准确"，但未具体说明。', { names: ['字节跳动'] })?.head // → '称不准确'
 * @example denialOf('ByteDance declined to comment.', { names: ['ByteDance'] }) // → undefined
 */
export function denialOf(sentence: string, scope: DenialScope): Denial | undefined {
  const w = denialWords();
  const own = scope.names.filter((n) => [...n].length > 1);
  const others = (scope.others ?? []).filter((o) => [...o].length > 1 && !own.includes(o));
  for (const clause of clauses(sentence)) {
    if (w.noComment.test(clause)) continue;
    const lower = clause.toLowerCase();
    const at = (list: readonly string[]) =>
      Math.min(...list.map((n) => lower.indexOf(n.toLowerCase())).filter((i) => i >= 0), Number.POSITIVE_INFINITY);
    for (const v of w.verbs) {
      const m = v.re.exec(clause);
      if (!m) continue;
      if (v.needsObject && !w.object.test(clause)) continue;
      const named = at(own);
      const speakerWord = w.speaker.exec(clause)?.index ?? Number.POSITIVE_INFINITY;
      const speaks = Math.min(named, speakerWord);
      // The party speaks before its denial word, and no other party of the story is named before it.
      if (speaks > m.index || at(others) < speaks) continue;
      // A denial naming another measure (估值 for a round's size) does not answer this claim.
      const measures = replyMeasures(clause);
      if (scope.metric !== undefined && measures.length > 0 && !measures.some((x) => replyMetrics(x).includes(scope.metric as string)))
        continue;
      return { head: v.head, lead: v.lead, sentence };
    }
  }
  return undefined;
}

/** Words by which a head or a lead already tells a denial. */
const TOLD_DENIAL = /否认|否認|辟谣|不准确|不準確|不实|不實|澄清|无此计划|没有相关计划/u;

/** Whether a text already tells a denial (a lead printing the source's `回应称相关信息不准确`). */
export function toldDenial(text: string): boolean {
  return TOLD_DENIAL.test(text);
}

/** A head's follow-up marker: the denial goes before it. */
const FOLLOW_UP_MARK = /（续报）$/u;

/**
 * The head telling the denial of its rumoured figure: `传{head}，{party}{word}`, the party as the head names it (or
 * 公司: its fullest name that fits), before a follow-up's `（续报）`. A head telling a denial already is left.
 * @example deniedHead('字节将向摩尔线程采购约50亿元芯片', ['字节'], { head: '称不准确', lead: '', sentence: '' }) // → '传字节将向摩尔线程采购约50亿元芯片，字节称不准确'
 */
export function deniedHead(headline: string, party: readonly string[], denial: Denial, max: number): string {
  if (toldDenial(headline)) return headline;
  const mark = FOLLOW_UP_MARK.exec(headline)?.[0] ?? '';
  const body = headline.slice(0, headline.length - mark.length);
  const rumour = body.startsWith('传') ? body : `传${body}`;
  const forms = [...party, '公司'].map((p) => `${rumour}，${p}${denial.head}${mark}`);
  return forms.find((f) => [...f].length <= max) ?? forms[forms.length - 1] ?? headline;
}

/** A statement of a figure, with the item it stands in. */
export interface Stated {
  figure: Figure;
  sentence: string;
  itemId: string;
}
