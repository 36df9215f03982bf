/** Traditional → Simplified Chinese (OpenCC, Taiwan standard to mainland), loaded on first use. */
import * as OpenCC from 'opencc-js';

let convert: ((s: string) => string) | null = null;

const HAN = /[\u3400-\u9fff]/;

/**
 * Converts Traditional Chinese characters to Simplified; text without Han characters is returned as is.
 * @example toSimplified('輝達擴大資本支出') === '辉达扩大资本支出'
 */
export function toSimplified(s: string): string {
  if (!HAN.test(s)) return s;
  const run = (convert ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
  return run(s);
}
