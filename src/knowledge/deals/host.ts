/**
 * The host of a call transcript: the company whose earnings or conference call it is ("Operator: Good afternoon and
 * welcome to the HP Inc. fourth quarter … earnings conference call."). On its call, "we" is the host: "we bought
 * Humane's software team for …", "we signed a five-year commitment with Google Cloud".
 */
import type { EntityMention } from '../../types/entity.js';

/** The operator's welcome, right before the host's name. */
const WELCOME = /\bwelcome\s+(?:you\s+)?(?:all\s+)?to\s+(?:the\s+|today's\s+)?|欢迎(?:各位|大家)?(?:参加|来到|收听)/gi;
/** The welcome names a call, a webcast or a results meeting within the same sentence. */
const CALL = /^[^.。!?！？]{0,160}?(?:\bcall\b|\bwebcast\b|电话会|说明会|业绩会)/i;
/** First person plural used as a subject or object in a host's sentence. */
const WE = /\b[Ww]e(?=\b(?!-))|我们/g;

/** The organisation named right after the operator's welcome to a call, or undefined when the text is no call transcript. */
export function callHost(text: string, mentions: readonly EntityMention[]): string | undefined {
  WELCOME.lastIndex = 0;
  for (const m of text.matchAll(WELCOME)) {
    const at = (m.index ?? 0) + m[0].length;
    if (!CALL.test(text.slice(at))) continue;
    const org = mentions.find((x) => x.type === 'org' && x.start >= at && x.start <= at + 2);
    if (org) return org.name;
  }
  return undefined;
}

/** Adds the host as a mention at each "we" / 我们 of a sentence of its call (offsets relative to the sentence). */
export function withHostForWe(sentence: string, mentions: EntityMention[], host: string | undefined): EntityMention[] {
  if (!host) return mentions;
  const added: EntityMention[] = [];
  for (const m of sentence.matchAll(WE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    added.push({ name: host, type: 'org', start, end, text: m[0], match: 'alias' });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
