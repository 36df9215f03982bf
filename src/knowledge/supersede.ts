/**
 * A value the newer article reports as replaced (raised to, cut to, revised, 上调至, 下调至) or after a denial of the
 * earlier report (否认, dismissed the report): the older value is history, not a second source's version of the number.
 * Read from the figure's own clause (a revision) or its own sentence (a denial), never the whole text. Used by knowledge
 * (two items disagree only when neither supersedes the other) and by the digest's comparison line.
 */

/**
 * A value its clause reports as a revision (raised to, cut to, revised, 上调至, 下调至, 调高至, 上修, 修正为): the newer
 * value of a change, so an older report's other value is the one it replaced. Not 扩大至 / 增至 / widened to: a result
 * grows so too (净亏损扩大至4.12亿美元 is a quarter's loss, no revision of another report's).
 */
const REVISED_EN =
  /\b(?:raised|raises|raising|lifted|lifts|hiked|upsized|boosted|cut|cuts|lowered|lowers|trimmed|trims|slashed|revised|revises|upgraded|downgraded|reduced|scaled back|pared|increased the (?:size|deal|round|offering|order|target|forecast|guidance))\b[^,;.]{0,40}\bto\s*(?:about |around |roughly |nearly |as much as |up to )?$/i;
const REVISED_ZH =
  /(?:上调|下调|上調|下調|调高|调低|調高|調低|上修|下修|修正|修订|修訂)(?:至|到|为|為)\s*(?:约|約|近)?$|(?:上调|下调|上調|下調|调高|调低|調高|調低|上修|下修)$/u;

/** Whether a figure's own clause reports it as the new value of a revision (see REVISED_EN / REVISED_ZH). */
export function revisedClause(sentence: string, text: string): boolean {
  const at = text ? sentence.indexOf(text) : -1;
  if (at < 0) return false;
  const prev = sentence.slice(Math.max(0, at - 60), at);
  // The words back to the previous clause break (numbers kept: `raised its target from $10 billion to`).
  const cut = Math.max(...[...',;，；。'].map((ch) => prev.lastIndexOf(ch)));
  return REVISED_EN.test(prev.slice(cut + 1)) || REVISED_ZH.test(prev.slice(cut + 1));
}

/** Words of a denial: the company or a person denied, dismissed or called a report untrue. */
const DENIED =
  /\b(?:denied|denies|deny|dismissed|rejected|refuted|disputed) (?:the |a |an |those |these |earlier |media )*(?:reports?|claims?|rumou?rs?|figures?|speculation)\b|\b(?:not true|untrue|inaccurate|false)\b|否认|否認|辟谣|闢謠|不实|不實|失实|失實|并不属实|並不屬實|纯属谣言/iu;

/** Whether a figure's sentence tells of a denial of an earlier report (see DENIED). */
export function deniedSentence(sentence: string): boolean {
  return DENIED.test(sentence);
}
