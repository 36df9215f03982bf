/** indexTerms gives, on any text, the terms of the first (character-by-character) implementation it replaced. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isHanCode } from '../util/han.js';
import { indexTerms } from './search-terms.js';

/** The implementation before the speed-up (commit 3cfa1e5), kept as the reference. */
function referenceTerms(text: string): string {
  const WORD_CHAR = /[\p{L}\p{N}]/u;
  const s = text.normalize('NFKC').toLowerCase();
  const runs: { han: boolean; text: string }[] = [];
  let cur = '';
  let curHan = false;
  const flush = (): void => {
    if (cur) runs.push({ han: curHan, text: cur });
    cur = '';
  };
  for (const ch of s) {
    const han = ch.length === 1 && isHanCode(ch.charCodeAt(0));
    if (han || WORD_CHAR.test(ch)) {
      if (cur && han !== curHan) flush();
      curHan = han;
      cur += ch;
    } else flush();
  }
  flush();
  const out: string[] = [];
  for (const r of runs) {
    if (!r.han) {
      out.push(r.text);
      continue;
    }
    const chars = [...r.text];
    if (chars.length === 1) out.push(chars[0] as string);
    else {
      for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
      out.push(chars[chars.length - 1] as string);
    }
  }
  return out.join(' ');
}

test('indexTerms equals the reference on mixed Chinese, Latin, full-width, surrogate and combining text', () => {
  const piece = fc.oneof(
    fc.constantFrom(
      '英伟达',
      '云',
      '谷歌',
      'Nvidia',
      'H100',
      'Ｈ１００',
      'ﬁ',
      'İ',
      'ß',
      '𠀀',
      '𝐀',
      'é',
      'e\u0301',
      '①',
      '٣',
      '㈱',
      '\u3000',
      ' ',
      '，',
      '。',
      '-',
      '\n',
      '\ud800',
      '豈',
    ),
    fc.string({ maxLength: 4 }),
    fc.string({ unit: 'binary', maxLength: 4 }),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
      const text = parts.join('');
      assert.equal(indexTerms(text), referenceTerms(text));
    }),
    { numRuns: 3000 },
  );
});
