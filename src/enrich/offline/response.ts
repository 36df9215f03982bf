/**
 * A rumoured figure is printed with the answer its story's sources carry (issue 11, docs/decisions/067): a lead giving a
 * figure on the word of unnamed people (据知情人士透露…), or a plan on another outlet's report (据彭博社报道，…计划…,
 * decision 071), takes the company's denial, response or official guidance
 * from the story's sources (…，公司回应称… / 公司否认…), its own item's first. Pure.
 */
import { leansBack, selfContained } from '../assemble/sentence-shape.js';
import { relayedPlan, responseSentence } from './dispute.js';
import { rumouredSentence } from './facts.js';
import type { SourceSentence } from './sentences.js';

/** An opener answering the sentence before it (对此，…; 针对上述消息，…; In response, …): it answers the rumour printed. */
const ANSWERS =
  /^(?:对此|對此|对于(?:此|上述|该|這|这)|對於(?:此|上述|該)|针对(?:此|上述|该|这)|針對(?:此|上述|該)|in response\b|responding\b)/iu;

/** A newsroom's note that no answer came by press time (截至发稿，…均未回应): no answer, and a leftover of its copy. */
const NO_ANSWER = /^(?:截至|截止)(?:记者)?(?:发稿|發稿|截稿)|^as of (?:publication|press time)/iu;

/** Whether a sentence opens as an answer to the one before it (对此，…; 针对上述消息，…; In response, …). */
export function answersBefore(text: string): boolean {
  return ANSWERS.test(text.trim());
}

/** Whether a sentence is a newsroom's note that no answer came by press time (截至发稿，…均未回应). */
export function noAnswer(text: string): boolean {
  return NO_ANSWER.test(text.trim());
}

/**
 * The sentence of the story's sources answering a rumoured lead, when the lead prints a rumour and no answer: the first
 * answer of the rumour's own item, else of any item; a sentence leaning on the one before it only when it opens as an
 * answer (对此，公司回应称…: the rumour it answers is printed). At most one; none over 160 characters.
 * @example responseBacking([rumour], pool) // → [对此，北风系统回应称，…]
 */
export function responseBacking(lead: readonly SourceSentence[], pool: readonly SourceSentence[]): SourceSentence[] {
  // 据悉 alone is a newswire's 'it is learned', not a rumour's unnamed people.
  // A plan told on another outlet's report (据彭博社报道，…计划…) is answered like a rumour (decision 071).
  const rumour = lead.find((s) => rumouredSentence(s.sentence.text.replace(/据悉/gu, '')) || relayedPlan(s.sentence.text));
  if (!rumour || lead.some((s) => responseSentence(s.sentence.text))) return [];
  const answers = pool.filter(
    (s) =>
      !lead.includes(s) &&
      !NO_ANSWER.test(s.sentence.text.trim()) &&
      s.sentence.text.length <= 160 &&
      responseSentence(s.sentence.text) &&
      // An answer opening on 对此 answers the sentence before it in its own source: only the rumour's own item's, after
      // the rumour, answers the rumour printed (another source's 对此 answers what that source said).
      ((ANSWERS.test(s.sentence.text.trim()) && s.item.id === rumour.item.id && s.sentence.index > rumour.sentence.index) ||
        (selfContained(s.sentence.text) && !leansBack(s.sentence.text))),
  );
  const own = answers.filter((s) => s.item.id === rumour.item.id).sort((a, b) => a.sentence.index - b.sentence.index);
  const found = own[0] ?? answers[0];
  return found ? [found] : [];
}
