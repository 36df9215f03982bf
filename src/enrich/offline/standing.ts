/**
 * The standing of a figure as its sentence gives it (decision 108): a market share says of which market and who gives
 * it, or it is not printed; a broker note's own voice (我们) is the broker's, named; an estimate or reckoning with no one
 * named is not the digest's to state. Pure; the words are data/standing.json.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { escapeRegExp } from '../../util/regexp.js';

const schema = z
  .object({
    share: z.string().min(1),
    market: z.string().min(1),
    qualifier: z.string().min(1),
    source: z.string().min(1),
    firstPerson: z.string().min(1),
    noteSpeaker: z.string().min(1),
    estimateOwnVoice: z.string().min(1),
    estimator: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  })
  .passthrough();

interface Words {
  share: RegExp;
  market: RegExp;
  qualifierBefore: RegExp;
  source: RegExp;
  firstPerson: RegExp;
  noteSpeaker: RegExp;
  estimateOwnVoice: RegExp;
  estimator: [RegExp, RegExp];
}
let words: Words | undefined;
function standingWords(): Words {
  if (!words) {
    const t = loadDataTable('standing.json', schema);
    words = {
      share: new RegExp(t.share, 'giu'),
      market: new RegExp(t.market, 'iu'),
      // A qualifier or a Latin product token (HBM, DRAM) right before the share word, spaces and 的 aside.
      qualifierBefore: new RegExp(`(?:${t.qualifier}|[A-Za-z][A-Za-z0-9]+)[\\s的]*$`, 'u'),
      source: new RegExp(t.source, 'iu'),
      firstPerson: new RegExp(t.firstPerson, 'gu'),
      noteSpeaker: new RegExp(t.noteSpeaker, 'u'),
      estimateOwnVoice: new RegExp(t.estimateOwnVoice, 'u'),
      estimator: [new RegExp(t.estimator.zh, 'u'), new RegExp(t.estimator.en, 'i')],
    };
  }
  return words;
}

/** A percent figure (35%, 三成五, 约一成): what a share is written as. */
const PERCENT = /\d(?:\.\d+)?\s*[%％]|[一二三四五六七八九十两]成|\bpercent\b/u;

/**
 * Whether a sentence prints a market share without saying of which market, or without anyone giving it: a share word
 * beside a percent, and no market named (市场, segment, a product or place right before the share word: HBM市占率,
 * 全球份额), or no source at all (据, 数据显示, 测算, according to; the company stating its own).
 * @example bareShare('按份额计，SK海力士约55%，三星约25%，美光约20%。') // → true
 * @example bareShare('据机构测算，SK海力士在全球HBM市场的份额约为55%。') // → false
 * @example bareShare('北风系统市场份额达35%。') // → true
 */
export function bareShare(sentence: string): boolean {
  const w = standingWords();
  if (!PERCENT.test(sentence)) return false;
  w.share.lastIndex = 0;
  const hits = [...sentence.matchAll(w.share)];
  if (hits.length === 0) return false;
  // The market: named once the share words are taken out (在中国市场的份额 keeps 市场; 市场份额 alone names none), or a
  // qualifier right before a share word.
  const rest = sentence.replace(w.share, '');
  const market = w.market.test(rest) || hits.some((h) => w.qualifierBefore.test(sentence.slice(0, h.index ?? 0)));
  return !market || !w.source.test(sentence);
}

/**
 * A broker note's own voice written as its broker's: `我们` after the note names its broker in the same text (`中金公司
 * 发布研报称，…高于我们此前预期…`) becomes the broker's name (`高于中金此前预期`); a text that names no note speaker
 * before is unchanged (the check flags it).
 * @example brokerVoice('中金公司发布研报称，营收高于我们此前预期的6.62亿美元。') // → '中金公司发布研报称，营收高于中金此前预期的6.62亿美元。'
 */
export function brokerVoice(text: string, context = ''): string {
  const w = standingWords();
  if (!/我们|我方/u.test(text)) return text;
  w.firstPerson.lastIndex = 0;
  return text.replace(w.firstPerson, (m, at: number, all: string) => {
    // Inside a quotation a speaker's 我们 is theirs, said in their words.
    const before = all.slice(0, at);
    if ((before.match(/“/gu)?.length ?? 0) > (before.match(/”/gu)?.length ?? 0)) return m;
    const speaker = lastNoteSpeaker(context + before);
    return speaker ?? m;
  });
}

/**
 * A source's sentences as the digest's voice pass prints them: each note's 我们 is the broker an earlier sentence of the
 * same source names (the check compares printed sentences with their source's).
 */
export function brokerVoiceSentences(sentences: readonly string[]): string[] {
  return sentences.map((s, j) => brokerVoice(s, sentences.slice(0, j).join('')));
}

/** The broker the last note-speaker phrase before a point names (中金公司发布研报称 → 中金), its 公司 tail dropped. */
function lastNoteSpeaker(before: string): string | undefined {
  const re = new RegExp(standingWords().noteSpeaker.source, 'gu');
  let found: string | undefined;
  for (const m of before.matchAll(re)) {
    const name = (m[1] ?? '').replace(/^(?:据|此前|近日|日前|另外|此外)/u, '');
    if (name.length >= 2) found = name;
  }
  if (!found) return undefined;
  const short = found.replace(/(?:股份有限公司|有限公司|公司)$/u, '');
  return short.length >= 2 ? short : found;
}

/** Whether a sentence speaks as an author (我们 outside a quotation): a note's voice the digest does not take. */
export function firstPersonVoice(sentence: string): boolean {
  const w = standingWords();
  w.firstPerson.lastIndex = 0;
  for (const m of sentence.matchAll(w.firstPerson)) {
    const before = sentence.slice(0, m.index ?? 0);
    if ((before.match(/“/gu)?.length ?? 0) <= (before.match(/”/gu)?.length ?? 0)) return true;
  }
  return false;
}

/**
 * Whether a sentence opens on an estimate or a reckoning with no one named (`据测算，`, `预计…`): the digest states
 * someone's estimate in its own voice.
 * @example estimateOwnVoice('据测算，2026年全球AI推理市场规模约1050亿美元。') // → true
 * @example estimateOwnVoice('据中金测算，2026年市场规模约1050亿美元。') // → false
 */
export function estimateOwnVoice(sentence: string): boolean {
  return standingWords().estimateOwnVoice.test(sentence.replace(/^[\s*]+/u, ''));
}

/**
 * Whether a sentence gives its figures as a third party's estimate or view: an industry insider, a research firm, a
 * market tracker or the supply chain speaking in it (业内人士预计, 供应链传出, research firm X estimates, according to
 * supply-chain sources), or a named research firm or broker of the table estimating (decision 114: `TrendForce expects`,
 * `大摩预计`). Such figures are someone's estimate, never the company's own or the digest's.
 * @example estimatorSentence('业内人士预计，北风系统明年出货量将达到120万片。') // → true
 * @example estimatorSentence('北风系统计划明年出货120万片。') // → false
 */
export function estimatorSentence(sentence: string, owner?: string): boolean {
  const [zh, en] = standingWords().estimator;
  return zh.test(sentence) || en.test(sentence) || namedEstimator(sentence, owner) !== undefined;
}

const firmsSchema = z
  .object({
    researchFirms: z.array(z.string().min(1)),
    brokers: z.array(z.string().min(1)),
    firmSpeaks: z.object({ zh: z.string(), en: z.string(), cited: z.string(), citedZh: z.string() }),
    brokerSpeaks: z.object({ zh: z.string(), en: z.string(), cited: z.string(), citedZh: z.string() }),
  })
  .passthrough();

/** One kind of named estimator (research firms, brokers): its names and how it speaks in a sentence. */
interface FirmKind {
  names: RegExp;
  /** Right after the name (zh: a few characters of 最新研报 aside; en: a possessive and two words aside). */
  speaksZh: RegExp;
  speaksEn: RegExp;
  /** Right before the name: `according to`, `data from`, 据. */
  cited: RegExp;
  citedZh: RegExp;
}
let firmKinds: FirmKind[] | undefined;
function kinds(): FirmKind[] {
  if (!firmKinds) {
    const t = loadDataTable('standing.json', firmsSchema);
    const kind = (names: readonly string[], w: z.infer<typeof firmsSchema>['firmSpeaks']): FirmKind => {
      // Longest first (Counterpoint Research before Counterpoint); a Latin name as a whole word, case as written.
      const alts = [...names]
        .sort((a, b) => b.length - a.length)
        .map((n) => (/^[\x20-\x7e]+$/.test(n) ? `(?<![A-Za-z])${escapeRegExp(n)}(?![A-Za-z])` : escapeRegExp(n)));
      return {
        names: new RegExp(alts.join('|'), 'gu'),
        speaksZh: new RegExp(`^[^，。；]{0,6}?(?:${w.zh})`, 'u'),
        speaksEn: new RegExp(
          `^(?:'s)?(?:\\s+(?:Research|Group|Inc\\.?|analysts?|now|also|still|previously|had))*\\s*,?\\s*(?:${w.en})`,
          'iu',
        ),
        cited: new RegExp(`(?:${w.cited})`, 'iu'),
        citedZh: new RegExp(`(?:${w.citedZh})`, 'u'),
      };
    };
    firmKinds = [kind(t.researchFirms, t.firmSpeaks), kind(t.brokers, t.brokerSpeaks)];
  }
  return firmKinds;
}

/**
 * The named research firm or broker a sentence gives its figures by (decision 114): a firm of the table speaking in it
 * (`TrendForce expects`, `集邦咨询预估`, `大摩测算`) or cited (`according to Counterpoint`, `据IDC数据`), with or without a
 * `research firm` cue. A broker counts only estimating (its own results are no estimate); a firm that is the figure's own
 * subject (`owner`) speaks of itself. The name as the sentence writes it; undefined when none.
 * @example namedEstimator('TrendForce expects HBM revenue to reach $98 billion next year.') // → 'TrendForce'
 * @example namedEstimator('Morgan Stanley reported revenue of $18 billion.') // → undefined
 */
export function namedEstimator(sentence: string, owner?: string): string | undefined {
  const own = owner?.toLowerCase().split(/\s+/)[0];
  for (const k of kinds()) {
    k.names.lastIndex = 0;
    for (const m of sentence.matchAll(k.names)) {
      const at = m.index ?? 0;
      const name = m[0];
      if (own && name.toLowerCase().startsWith(own)) continue;
      const after = sentence.slice(at + name.length, at + name.length + 60);
      const before = sentence.slice(Math.max(0, at - 30), at);
      if (k.speaksZh.test(after) || k.speaksEn.test(after) || k.cited.test(before) || k.citedZh.test(before)) return name;
    }
  }
  return undefined;
}

let maybeWords: [RegExp, RegExp] | undefined;
/**
 * Whether a figure's own clause gives it as what something may come to (`a project that could cost about 11 trillion
 * won`, `规模或达77亿美元`) right before it (decision 114): the Chinese says 或达, never a fixed total.
 * @example possibleFigure('a project that could cost about 11 trillion won ($7.7 billion)', '$7.7 billion') // → true
 * @example possibleFigure('a project that will cost $7.7 billion', '$7.7 billion') // → false
 */
export function possibleFigure(sentence: string, figureText: string): boolean {
  if (!maybeWords) {
    const t = loadDataTable('standing.json', z.object({ maybe: z.object({ en: z.string(), zh: z.string() }) }).passthrough());
    maybeWords = [new RegExp(t.maybe.en, 'iu'), new RegExp(t.maybe.zh, 'u')];
  }
  const at = sentence.indexOf(figureText);
  if (at < 0) return false;
  // A conversion in brackets after the amount it converts (`about 11 trillion won ($7.7 billion)`) stands where it does.
  const before = sentence.slice(0, at).replace(/[^,;(（]*[(（]\s*$/u, (m) => m.replace(/[(（]\s*$/u, ''));
  const tail = before.slice(-60);
  return maybeWords[0].test(tail) || maybeWords[1].test(tail);
}
