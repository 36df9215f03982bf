/**
 * What a reply and what a claim are (decisions 130, 142): a reply answers a report or an act against its company — a
 * denial, a response, no comment, and the rebuttal of a sanction (表示不认同处罚决定, 将提起上诉, will appeal); a claim is
 * what a reader needs that answer beside — unnamed people's word, another outlet's plan, and a sanction or an
 * allegation against a company (被处以罚款, 遭起诉, fined, sued). The sanction and rebuttal words are
 * data/sanction-replies.json. Pure.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { noComment } from '../assemble/sentence-shape.js';
import { relayedPlan, responseSentence } from './dispute.js';
import { rumouredSentence } from './facts.js';

const schema = z.object({
  $comment: z.string().optional(),
  claims: z.array(z.string().min(1)).min(1),
  rebuttals: z.array(z.string().min(1)).min(1),
});

let words: { claims: RegExp; rebuttals: RegExp } | undefined;

function table(): { claims: RegExp; rebuttals: RegExp } {
  if (words) return words;
  const t = loadDataTable('sanction-replies.json', schema);
  words = {
    claims: new RegExp(t.claims.map((r) => `(?:${r})`).join('|'), 'iu'),
    rebuttals: new RegExp(t.rebuttals.map((r) => `(?:${r})`).join('|'), 'iu'),
  };
  return words;
}

/** A company's own guidance, which data/deal-events.json `response` also reads: the company's figure, no answer to a claim. */
const GUIDANCE = /指引|\bguidance\b/iu;

/**
 * Whether a sentence rebuts a sanction or an allegation (data/sanction-replies.json `rebuttals`).
 * @example rebuttalSentence('该公司表示不认同处罚决定，并已提起上诉。') // → true
 */
export function rebuttalSentence(text: string): boolean {
  return table().rebuttals.test(text);
}

/**
 * Whether a sentence tells a sanction or an allegation against a company (data/sanction-replies.json `claims`).
 * @example sanctionSentence('值得一提的是，青禾数据上月被市场监管部门处以1200万元罚款。') // → true
 * @example sanctionSentence('新规将单笔违规的罚款上限提高至30万美元。') // → false
 */
export function sanctionSentence(text: string): boolean {
  return table().claims.test(text) && !rebuttalSentence(text);
}

/** Whether a sentence answers a report: a denial, a response, no comment, a rebuttal; a company's guidance is none. */
export function replySentence(text: string): boolean {
  return (responseSentence(text) && !GUIDANCE.test(text)) || noComment(text) || rebuttalSentence(text);
}

/** Whether a sentence gives a claim that a reply answers: unnamed people's word (据悉 alone is none), another outlet's plan, a sanction. */
export function claimSentence(text: string): boolean {
  return rumouredSentence(text.replace(/据悉/gu, '')) || relayedPlan(text) || sanctionSentence(text);
}
