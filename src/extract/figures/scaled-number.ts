/** The shape every number reader returns: a span, a value (or vague low/high) and the scale written at its end. */

export interface ScaledNumber {
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** The value; the low bound for vague amounts (十多万, tens of billions). */
  value: number;
  /** Upper bound for vague amounts (十多万 → 200000, `tens of billions` → 9e10); absent when exact. */
  high?: number;
  /** A vague marker inside (多 / 余 / 几 / tens of). */
  vague: boolean;
  /** The scale written at the end (`billion` → 1e9, 万亿 → 1e12), 1 when none; `headValue` × `tailScale` = value. */
  tailScale: number;
  /** The value before the trailing scale (1.2万亿 → 1.2). */
  headValue: number;
}
