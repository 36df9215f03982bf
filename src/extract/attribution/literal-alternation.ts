/**
 * `new RegExp('(?:a1|a2|…)', flags).test(s)` for an alternation of escaped literal words (each optionally wrapped in
 * `\b…\b`), without trying every alternative at every position of `s`: an alternative can match at a position only if
 * its first literal character matches the character there, so each position tries only the alternatives whose first
 * character does (a sticky regex per first character, with the same flags, on the same string: `\b` and case folding
 * are the regex engine's own). Which characters a first character matches is asked of the engine itself, once per
 * character code seen. Same answer as the whole alternation for every string (literal-alternation.test.ts); a string
 * with a surrogate, or an alternative that does not start with a plain BMP character, goes to the whole alternation.
 */

/** A regex-escaped literal, optionally wrapped in `\b…\b`. */
export interface LiteralAlternative {
  /** The alternative as written in the regex. */
  source: string;
  /** The first character of the (unescaped) literal. */
  first: string;
}

export class LiteralAlternation {
  private readonly whole: RegExp;
  private readonly groups: { first: RegExp; sticky: RegExp }[] = [];
  private readonly byCode = new Map<number, RegExp[]>();
  private readonly wholeOnly: boolean;

  constructor(alternatives: readonly LiteralAlternative[], flags: string) {
    const plain = flags.replace(/[gy]/g, '');
    this.whole = new RegExp(`(?:${alternatives.map((a) => a.source).join('|')})`, plain);
    this.wholeOnly = alternatives.some((a) => a.first.length !== 1 || /[\ud800-\udfff]/.test(a.first));
    if (this.wholeOnly) return;
    const byFirst = new Map<string, string[]>();
    for (const a of alternatives) {
      let list = byFirst.get(a.first);
      if (!list) byFirst.set(a.first, (list = []));
      list.push(a.source);
    }
    for (const [first, sources] of byFirst) {
      this.groups.push({
        first: new RegExp(`^${first.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}$`, plain),
        sticky: new RegExp(`(?:${sources.join('|')})`, `${plain}y`),
      });
    }
  }

  test(s: string): boolean {
    if (this.wholeOnly) return this.whole.test(s);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) return this.whole.test(s);
      let tries = this.byCode.get(c);
      if (tries === undefined) {
        const ch = String.fromCharCode(c);
        tries = this.groups.filter((g) => g.first.test(ch)).map((g) => g.sticky);
        this.byCode.set(c, tries);
      }
      for (const re of tries) {
        re.lastIndex = i;
        if (re.test(s)) return true;
      }
    }
    return false;
  }
}
