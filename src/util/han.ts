/**
 * The one definition of a Chinese character: a Han ideograph of the CJK Unified Ideographs block, Extension A or the
 * Compatibility Ideographs (U+4E00–9FFF, U+3400–4DBF, U+F900–FAFF). Every stage that asks "is this Chinese?" asks here.
 */

/** The ranges as the body of a RegExp character class, to compose with other characters: `[${HAN_RANGES}·]{2,8}`. */
export const HAN_RANGES = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';

/** One Han character anywhere in a string: `HAN.test('Nvidia 英伟达')` → true. */
export const HAN = new RegExp(`[${HAN_RANGES}]`);

/** True for the UTF-16 code of a Han character (no RegExp: for scanners that walk char codes). */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** Number of Han characters in `s`: `countHan('英伟达 Nvidia')` → 3. */
export function countHan(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isHanCode(s.charCodeAt(i))) n++;
  return n;
}

/** The Han characters of `s`, in order: `hanChars('輝達 GPU')` → ['輝', '達']. */
export function hanChars(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) if (isHanCode(s.charCodeAt(i))) out.push(s.charAt(i));
  return out;
}
