/**
 * Subject attribution as a choice: for each figure the rules attributed, the candidate owners the rules consider
 * (every organisation named in its sentence and the two before it, the one after it, the text's main organisation,
 * each coordinated list of two or more organisations as a joint subject, and the rules' own choice), each described by
 * role and position features. Pure: text, figures (already attributed by the rules), mentions and gazetteer in,
 * feature rows out. Used by the ranker study (bench/ranker.ts) and its tests; not wired into extraction
 * (docs/decisions/011-attribution-ranker.md: it did not beat the rules on a held-out batch).
 */
import type { EntityMention } from '../../../types/entity.js';
import type { Figure } from '../../../types/figure.js';
import { subjectCueTable } from '../../data-tables.js';
import type { Gazetteer } from '../../entities/gazetteer.js';
import { type SentenceSpan, type Span, sentenceSpans } from '../clauses.js';
import { type CompiledLexicon, loadMetricLexicon, type MetricDef, wordsRegex } from '../lexicon.js';
import { mainSubject } from '../main-subject.js';
import { jointMembers, jointName, subjectCandidates } from '../subject.js';

/** Feature names, in row order. `rule` (agreement with the rules' choice) is used only by the stacked variant. */
export const SUBJECT_FEATURES = [
  'mention',
  'inClause',
  'inSegment',
  'inSentence',
  'prevSentence',
  'prevSentence2',
  'nextSentence',
  'before',
  'after',
  'logDistance',
  'logBetween',
  'nearestBefore',
  'nearestBeforeInClause',
  'firstInSentence',
  'firstInClause',
  'agentMarked',
  'objectMarked',
  'counterpartyMarked',
  'investVerbMarked',
  'payerAgent',
  'payerObject',
  'payerCounterparty',
  'receiverInvestee',
  'receiverAgent',
  'inRelativeClause',
  'possessive',
  'combineCueBetween',
  'inList',
  'listHead',
  'isGroup',
  'person',
  'product',
  'isMain',
  'isPrevious',
  'logDocCount',
  'anaphorMain',
  'anaphorPrevious',
  'afterWithNoneBefore',
  'clauseSubject',
  'earlierClauseSubject',
  'joint',
  'jointCombineCue',
  'jointGroupWord',
  'jointInClause',
  'virtualMain',
  'virtualRule',
  'rule',
] as const;
export type SubjectFeature = (typeof SUBJECT_FEATURES)[number];
const INDEX = new Map<string, number>(SUBJECT_FEATURES.map((f, i) => [f, i]));

export interface CandidateRow {
  /** The subject this row proposes (a canonical name, a gazetteer group or a joint name 'A + B'). */
  name: string;
  x: number[];
}

export interface SubjectChoice {
  /** Index of the figure in the array given. */
  figure: number;
  /** The rules' subject (undefined: the rules gave none, e.g. a market figure). */
  rule: string | undefined;
  /**
   * The rules are sure when their subject is named in the figure's own clause before it, or is a group or joint
   * subject (a role cue decided it); otherwise it came from a fallback (an earlier clause or sentence, the main company).
   */
  ruleSure: boolean;
  rows: CandidateRow[];
}

interface SubjectCues {
  agentMarkers: string[];
  relativeStarts: string[];
  groupAnaphors: Record<string, number>;
  receiverMetrics: string[];
  investVerbs: string[];
}

const isLatin = (s: string): boolean => /^[\x20-\x7e]+$/.test(s);

/** Does the text right before `at` (within `from`) end with one of `words` (Latin ones on a word boundary)? */
export function markedBy(text: string, from: number, at: number, words: string[]): boolean {
  const t = text
    .slice(Math.max(from, at - 14), at)
    .replace(/[\s'’"“”]+$/, '')
    .toLowerCase();
  return words.some((w) => {
    const lw = w.toLowerCase();
    if (!t.endsWith(lw)) return false;
    return !isLatin(lw) || !/[a-z0-9]/.test(t.charAt(t.length - lw.length - 1));
  });
}

const reCache = new Map<string[], RegExp>();
function cueRe(words: string[]): RegExp {
  let re = reCache.get(words);
  if (!re) reCache.set(words, (re = wordsRegex(words, 'gi')));
  re.lastIndex = 0;
  return re;
}

/** Does text[from, to) contain one of `words`? */
function hasCue(text: string, from: number, to: number, words: string[]): boolean {
  return to > from && cueRe(words).test(text.slice(from, to));
}

const containing = (spans: Span[], pos: number): Span | undefined => spans.find((s) => pos >= s.start && pos < s.end);

/** The part of a sentence between '；' / ';' that holds `pos`. */
function segmentAt(text: string, sentence: Span, pos: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (let i = pos - 1; i >= sentence.start; i--)
    if (text.charAt(i) === '；' || text.charAt(i) === ';') {
      start = i + 1;
      break;
    }
  for (let i = pos; i < sentence.end; i++)
    if (text.charAt(i) === '；' || text.charAt(i) === ';') {
      end = i;
      break;
    }
  return { start, end };
}

/** Is the gap between two mentions a coordinator ('、', '和', ', and')? */
function coordinated(text: string, a: EntityMention, b: EntityMention, c: CompiledLexicon): boolean {
  const gap = text.slice(a.end, b.start).trim().toLowerCase();
  return gap === '' || c.lex.coordinators.includes(gap);
}

/** Maximal coordinated lists of two or more distinct organisations in `list` (text order). */
function lists(text: string, list: EntityMention[], c: CompiledLexicon): EntityMention[][] {
  const out: EntityMention[][] = [];
  let run: EntityMention[] = [];
  for (const m of list) {
    const prev = run[run.length - 1];
    if (prev && m.type === 'org' && prev.type === 'org' && (prev.name === m.name || coordinated(text, prev, m, c))) run.push(m);
    else {
      if (new Set(run.map((x) => x.name)).size >= 2) out.push(run);
      run = [m];
    }
  }
  if (new Set(run.map((x) => x.name)).size >= 2) out.push(run);
  return out;
}

/** Feature row with the named features set. */
function row(set: Partial<Record<SubjectFeature, number>>): number[] {
  const x = new Array<number>(SUBJECT_FEATURES.length).fill(0);
  for (const [k, v] of Object.entries(set)) x[INDEX.get(k)!] = v ?? 0;
  return x;
}

/**
 * The candidate rows of every attributed figure of one text. `figures` are the rules' output (subject and metric
 * set); `mentions` the entity mentions the rules saw.
 * Example: 'Nvidia will invest $5 billion in Intel.' → rows Nvidia (inClause, before, firstInSentence) and Intel
 * (after, objectMarked) for the $5 billion.
 */
export function subjectChoices(text: string, figures: Figure[], mentions: EntityMention[], gaz: Gazetteer): SubjectChoice[] {
  const c = loadMetricLexicon();
  const cues: SubjectCues = subjectCueTable();
  const groupWords = Object.keys(cues.groupAnaphors);
  const sentences = sentenceSpans(text);
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const main = mainSubject(sentences, sorted, gaz, c);
  const allCands = subjectCandidates(sorted, undefined, gaz, c);
  const docCount = new Map<string, number>();
  for (const m of allCands) docCount.set(m.name, (docCount.get(m.name) ?? 0) + 1);
  const sentenceOf = (pos: number): number => sentences.findIndex((s) => pos >= s.start && pos < s.end);
  const inSpan = (list: EntityMention[], s: Span | undefined) => (s ? list.filter((m) => m.start >= s.start && m.end <= s.end) : []);
  // What each sentence leaves to the next of its paragraph (as the rules carry it): the one it names before its first
  // figure, else its first figure's owner, else the first one it names.
  const previousOf: (string | undefined)[] = [];
  let carried: { para: number; subject: string } | undefined;
  for (const s of sentences) {
    previousOf.push(carried?.para === s.para ? carried.subject : undefined);
    const named = subjectCandidates(inSpan(sorted, s), undefined, gaz, c)[0];
    const firstFig = figures.filter((f) => f.start >= s.start && f.start < s.end).sort((a, b) => a.start - b.start)[0];
    const first = named && (!firstFig || named.end <= firstFig.start) ? named.name : (firstFig?.subject ?? named?.name);
    if (first) carried = { para: s.para, subject: first };
  }

  const out: SubjectChoice[] = [];
  figures.forEach((fig, index) => {
    const si = sentenceOf(fig.start);
    const sentence: SentenceSpan | undefined = sentences[si];
    if (!sentence) return;
    const def: MetricDef | undefined = fig.metric ? c.byMetric.get(fig.metric.replace(/-growth$/, '')) : undefined;
    const clause = containing(sentence.clauses, fig.start) ?? sentence;
    const segment = segmentAt(text, sentence, fig.start);
    const payer = def?.payer ? 1 : 0;
    const receiver = def && cues.receiverMetrics.includes(def.metric) ? 1 : 0;
    const previous = previousOf[si];
    /** A clause opening with a relative or appositive word ('which …', ', the largest backer of …,'). */
    const relativeClause = (cl: Span): boolean => {
      const lead = text
        .slice(cl.start, cl.end)
        .replace(/^\s*(?:and|but|while)?\s*/i, '')
        .toLowerCase();
      return cues.relativeStarts.some((w) => lead.startsWith(w) && !/[a-z0-9]/.test(lead.charAt(w.length)));
    };
    const window = [sentences[si - 2], sentences[si - 1], sentence, sentences[si + 1]];
    const cands = window.map((s) => subjectCandidates(inSpan(sorted, s), def, gaz, c));
    const here = cands[2]!;
    const before = here.filter((m) => m.end <= fig.start);
    const nearest = before[before.length - 1];
    const nearestInClause = before.filter((m) => m.start >= clause.start).pop();
    const clauseFirst = here.find((m) => m.start >= clause.start && m.end <= clause.end);
    const anaphor = hasCue(text, clause.start, fig.start, c.lex.anaphors) && !before.some((m) => m.start >= clause.start) ? 1 : 0;
    const listed = lists(text, here, c);
    const bystander = (m: EntityMention): boolean =>
      markedBy(text, sentence.start, m.start, c.lex.counterpartyMarkers ?? []) ||
      markedBy(text, sentence.start, m.start, c.lex.objectMarkers);
    // The grammatical subject of the figure's clause (the first one named before the figure that no marker makes an
    // object); with none, that of the nearest earlier clause of the sentence naming one (not a relative clause).
    const clauseSubject = before.find((m) => m.start >= clause.start && !bystander(m));
    let earlierSubject: EntityMention | undefined;
    if (!before.some((m) => m.start >= clause.start))
      for (const cl of sentence.clauses.filter((x) => x.end <= clause.start).reverse()) {
        const inCl = before.filter((m) => m.start >= cl.start && m.end <= cl.end);
        if (inCl.length && relativeClause(cl)) continue;
        earlierSubject = inCl.find((m) => markedBy(text, sentence.start, m.start, cues.agentMarkers)) ?? inCl.find((m) => !bystander(m));
        if (earlierSubject) break;
      }
    const rows: CandidateRow[] = [];
    const relative = (m: EntityMention): number => {
      const cl = containing(sentence.clauses, m.start);
      return cl && relativeClause(cl) ? 1 : 0;
    };
    window.forEach((s, w) => {
      if (!s) return;
      for (const m of cands[w]!) {
        const same = w === 2;
        const isBefore = m.end <= fig.start;
        const gapFrom = isBefore ? m.end : fig.end;
        const gapTo = isBefore ? fig.start : m.start;
        const between = same ? here.filter((o) => o !== m && o.start >= gapFrom && o.end <= gapTo).length : 0;
        const markFrom = same ? sentence.start : s.start;
        const agent = markedBy(text, markFrom, m.start, cues.agentMarkers) ? 1 : 0;
        const object = markedBy(text, markFrom, m.start, c.lex.objectMarkers) ? 1 : 0;
        const counterparty = markedBy(text, markFrom, m.start, c.lex.counterpartyMarkers ?? []) ? 1 : 0;
        const investee = markedBy(text, markFrom, m.start, cues.investVerbs) ? 1 : 0;
        const inList = listed.find((l) => l.includes(m));
        const entry = gaz.byName.get(m.name.toLowerCase());
        const after = text.slice(m.end, m.end + 3);
        rows.push({
          name: m.name,
          x: row({
            mention: 1,
            inClause: same && m.start >= clause.start && m.end <= clause.end ? 1 : 0,
            inSegment: same && m.start >= segment.start && m.end <= segment.end ? 1 : 0,
            inSentence: same ? 1 : 0,
            prevSentence: w === 1 ? 1 : 0,
            prevSentence2: w === 0 ? 1 : 0,
            nextSentence: w === 3 ? 1 : 0,
            before: same && isBefore ? 1 : 0,
            after: same && !isBefore ? 1 : 0,
            logDistance: same ? Math.log1p(Math.max(0, gapTo - gapFrom)) / 6 : 1,
            logBetween: Math.log1p(between),
            nearestBefore: m === nearest ? 1 : 0,
            nearestBeforeInClause: m === nearestInClause ? 1 : 0,
            firstInSentence: m === cands[w]![0] ? 1 : 0,
            firstInClause: m === clauseFirst ? 1 : 0,
            agentMarked: agent,
            objectMarked: object,
            counterpartyMarked: counterparty,
            investVerbMarked: investee,
            payerAgent: payer * agent,
            payerObject: payer * object,
            payerCounterparty: payer * counterparty,
            receiverInvestee: receiver * investee,
            receiverAgent: receiver * agent,
            inRelativeClause: same ? relative(m) : 0,
            possessive: /^\s*(?:'s|’s|的)/.test(after) ? 1 : 0,
            combineCueBetween: same && isBefore && hasCue(text, m.end, fig.start, c.lex.combinedWords) ? 1 : 0,
            inList: inList ? 1 : 0,
            listHead: inList?.[0] === m ? 1 : 0,
            isGroup: entry?.members ? 1 : 0,
            person: m.type === 'person' ? 1 : 0,
            product: m.type === 'product' ? 1 : 0,
            isMain: m.name === main ? 1 : 0,
            isPrevious: m.name === previous ? 1 : 0,
            logDocCount: Math.log1p(docCount.get(m.name) ?? 0) / 3,
            anaphorMain: anaphor && m.name === main ? 1 : 0,
            anaphorPrevious: anaphor && m.name === previous ? 1 : 0,
            afterWithNoneBefore: same && !isBefore && before.length === 0 ? 1 : 0,
            clauseSubject: m === clauseSubject ? 1 : 0,
            earlierClauseSubject: m === earlierSubject ? 1 : 0,
          }),
        });
      }
    });
    for (const l of listed) {
      const last = l[l.length - 1]!;
      if (last.end > fig.start) continue;
      const name = jointName(
        l.map((m) => m.name),
        gaz,
      );
      const lead = text.slice(clause.start, fig.start).toLowerCase();
      rows.push({
        name,
        x: row({
          joint: 1,
          jointCombineCue: hasCue(text, last.end, fig.start, c.lex.combinedWords) ? 1 : 0,
          jointGroupWord: groupWords.some((g) => lead.includes(g.toLowerCase())) ? 1 : 0,
          jointInClause: last.start >= clause.start ? 1 : 0,
          logDistance: Math.log1p(fig.start - last.end) / 6,
          inSentence: 1,
          before: 1,
        }),
      });
    }
    if (main && !rows.some((r) => r.name === main)) rows.push({ name: main, x: row({ virtualMain: 1, isMain: 1, anaphorMain: anaphor }) });
    const rule = fig.subject;
    if (rule && !rows.some((r) => r.name === rule))
      rows.push({ name: rule, x: row({ virtualRule: 1, joint: jointMembers(rule, gaz) ? 1 : 0, isPrevious: rule === previous ? 1 : 0 }) });
    for (const r of rows) r.x[INDEX.get('rule')!] = r.name === rule ? 1 : 0;
    const ruleSure =
      !!rule && (!!jointMembers(rule, gaz) || before.some((m) => m.name === rule && m.start >= clause.start && m.end <= clause.end));
    out.push({ figure: index, rule, ruleSure, rows });
  });
  return out;
}
