/**
 * A printed sentence whose subject the source left implicit (`截至6月末，公司合同负债为12.1亿元`, `其营收…`, `该公司…`)
 * reads as the company of the sentence printed before it. When that sentence is about another company (`招股书显示，
 * 2025年星衍前五大供应商采购额占比为67.5%…` before a sentence of the story's own company), the bare subject is written
 * as its owner's name, as the source writes it (decision 152). Silent when unsure: a sentence with no owned figure, an
 * owner the source never names, or one printed right after the source sentence it follows keeps its words.
 */
import type { EntityMention } from '../../types/entity.js';
import type { SourceSentence } from './sentences.js';

/**
 * A bare subject at the opening of a Chinese sentence, after at most a short frame (`截至6月末，`, `据了解，`, `2026年上半年，`):
 * 该公司 / 公司 / 该集团 / 集团 / 其. 公司法, 公司债, 其中, 其他, 其实 are words, not subjects.
 */
const BARE_OPENING = /^((?:\*\*)?(?:[^，。；：*]{0,14}，)?)(该公司|公司|该集团|集团|其)(?![他中实余次法债章治名])/u;

/** Who a printed sentence is about: the owner of its first figure with one, else the first company it names. */
function ownerOf(s: SourceSentence, mentions: readonly EntityMention[]): string | undefined {
  const figure = [...s.figures].sort((a, b) => a.start - b.start).find((f) => f.subject);
  if (figure?.subject) return figure.subject;
  return mentions.find((m) => m.type === 'org' && m.start >= s.sentence.start && m.end <= s.sentence.end)?.name;
}

/**
 * The written sentence with its bare subject named, or undefined when it stays as written: it opens on a bare subject,
 * its first owned figure after that subject is some company's, the sentence printed before it (`prev`, not its source
 * predecessor) is about another company (`same` compares two names, a unit with its owner), and the item names the
 * owner (its first mention's text is used). `mentionsOf` gives a sentence's item's entity mentions.
 * @example namedSubject('截至6月末，公司合同负债为**12.1亿元**。', s, prev, mentionsOf, same) // → '截至6月末，寒武纪合同负债为**12.1亿元**。'
 */
export function namedSubject(
  written: string,
  s: SourceSentence,
  prev: SourceSentence | undefined,
  mentionsOf: (s: SourceSentence) => readonly EntityMention[],
  same: (a: string, b: string) => boolean,
): string | undefined {
  if (!prev || s.lang !== 'zh') return undefined;
  // The source's own next sentence of the same paragraph: its bare subject reads as the source wrote it.
  if (prev.item.id === s.item.id && prev.sentence.index === s.sentence.index - 1 && prev.sentence.para === s.sentence.para)
    return undefined;
  const named = bareNamed(written, s, mentionsOf, same);
  if (!named) return undefined;
  const before = ownerOf(
    prev,
    mentionsOf(prev).filter((x) => x.start >= prev.sentence.start && x.end <= prev.sentence.end),
  );
  return !before || same(before, named.owner) ? undefined : named.text;
}

/**
 * The written sentence with its bare subject named as its first owned figure's owner, wherever it is printed (a second
 * source's sentence standing alone after a story's lead, decision 191), or undefined when it opens on no bare subject,
 * owns no figure, names the owner itself, or its item never names the owner.
 * @example ownerNamed('截至3月末，该公司积压订单约668亿美元。', s, mentionsOf, same) // → '截至3月末，星河云积压订单约668亿美元。'
 */
export function ownerNamed(
  written: string,
  s: SourceSentence,
  mentionsOf: (s: SourceSentence) => readonly EntityMention[],
  same: (a: string, b: string) => boolean,
): string | undefined {
  return s.lang === 'zh' ? bareNamed(written, s, mentionsOf, same)?.text : undefined;
}

/** A bare opening subject written as its owner's name: the owner and the text, or undefined (see `ownerNamed`). */
function bareNamed(
  written: string,
  s: SourceSentence,
  mentionsOf: (s: SourceSentence) => readonly EntityMention[],
  same: (a: string, b: string) => boolean,
): { owner: string; text: string } | undefined {
  const m = BARE_OPENING.exec(written);
  if (!m) return undefined;
  const own = [...s.figures].sort((a, b) => a.start - b.start).find((f) => f.subject);
  const owner = own?.subject;
  if (!owner || owner.includes(' + ')) return undefined;
  // The owner named in the sentence itself is no bare subject's.
  const mentions = mentionsOf(s);
  const inSentence = mentions.filter((x) => x.start >= s.sentence.start && x.end <= s.sentence.end);
  if (inSentence.some((x) => x.type === 'org' && same(x.name, owner))) return undefined;
  const surface = mentions.find((x) => x.type === 'org' && x.name === owner && [...x.text].length >= 2)?.text;
  if (!surface) return undefined;
  const at = (m[1] as string).length;
  return { owner, text: `${written.slice(0, at)}${surface}${written.slice(at + (m[2] as string).length)}` };
}
