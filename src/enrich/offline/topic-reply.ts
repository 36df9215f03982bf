/**
 * A party's reply stands after the printed fact it answers, linked by topic (decision 161): a source's `X方面回应称，双方交易
 * 均按市场价格进行，…采购单价…` answers the related-party purchase its sentence before told (`…向X采购…约32亿元`), though the
 * claim it answers in words is a quote the digest does not print (an unnamed banker's). Decision 130's pairing reads the
 * claim sentence only, so the reply was left out and the digest told one side. A reply is placed after a printed
 * sentence when, in the same source, it stands at most three sentences after it with none of those between printed,
 * names as its speaker a party the printed sentence names, and shares its topic (data/reply-topics.json) or a figure.
 * Pure.
 */
import { replySentence } from './reply-shape.js';
import { topicsOf } from './reply-topic.js';
import { noAnswer } from './response.js';
import type { SourceSentence } from './sentences.js';

/** How many sentences after the printed one its reply may stand. */
const REACH = 3;
/** A reply longer than this is a statement of its own (reply-pair.ts's bound). */
const LONGEST = 160;

/** The party a reply opens on: `澜芯方面回应称` → 澜芯, `该公司回应称` → none (a pronoun names no one). */
const SPEAKER = /^(?:对此[，,]\s*)?([^，。；、\s]{2,12}?)(?:方面|公司)?(?:回应|回复|否认|澄清|表示|称)/u;

export function replySpeaker(text: string): string | undefined {
  const name = SPEAKER.exec(text)?.[1];
  return name === undefined || /^(?:该|其|对方|公司|对此)/u.test(name) ? undefined : name;
}

const same = (a: SourceSentence, b: SourceSentence) => a.item.id === b.item.id && a.sentence.index === b.sentence.index;

/**
 * The chosen sentences with each printed fact's reply, by topic, right after it (and after any reply already there).
 * @example topicReplies([purchase], all) // → [purchase, reply]
 */
export function topicReplies(chosen: readonly SourceSentence[], all: readonly SourceSentence[]): SourceSentence[] {
  const out = [...chosen];
  for (const s of chosen) {
    if (replySentence(s.sentence.text)) continue;
    const topics = topicsOf(s.sentence.text);
    if (topics.length === 0) continue;
    const after = all
      .filter((x) => x.item.id === s.item.id && x.sentence.index > s.sentence.index && x.sentence.index <= s.sentence.index + REACH)
      .sort((a, b) => a.sentence.index - b.sentence.index);
    const at = after.findIndex((x) => replySentence(x.sentence.text));
    const reply = after[at];
    if (reply === undefined || out.some((x) => same(x, reply))) continue;
    // What stands between is not printed: a printed sentence between is the pairing's to read (decision 130).
    if (after.slice(0, at).some((x) => out.some((y) => same(x, y)))) continue;
    const text = reply.sentence.text;
    if (text.length > LONGEST || noAnswer(text)) continue;
    const speaker = replySpeaker(text);
    if (speaker === undefined || !s.sentence.text.includes(speaker)) continue;
    if (!topicsOf(text).some((t) => topics.includes(t))) continue;
    let k = out.findIndex((x) => same(x, s));
    while (k + 1 < out.length && replySentence((out[k + 1] as SourceSentence).sentence.text)) k++;
    out.splice(k + 1, 0, reply);
  }
  return out;
}
