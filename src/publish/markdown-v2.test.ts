import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { chatText, escapeMarkdownV2, toMarkdownV2 } from './markdown-v2.js';

/**
 * A checker for the MarkdownV2 subset we emit: outside entities every special character is backslash-escaped;
 * entities are *bold* (no nesting) and [text](url) with `)` and `\` escaped in the url.
 */
function validMarkdownV2(s: string): boolean {
  const special = new Set('_*[]()~`>#+-=|{}.!\\');
  let i = 0;
  let bold = false;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '\\') {
      if (i + 1 >= s.length || !special.has(s[i + 1] as string)) return false;
      i += 2;
    } else if (c === '*') {
      bold = !bold;
      i++;
    } else if (c === '[') {
      const close = s.indexOf('](', i);
      if (close < 0) return false;
      if (!validMarkdownV2(s.slice(i + 1, close))) return false;
      let j = close + 2;
      while (j < s.length && s[j] !== ')') j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) return false;
      i = j + 1;
    } else if (special.has(c)) {
      return false;
    } else {
      i++;
    }
  }
  return !bold;
}

test('escapes every MarkdownV2 special character', () => {
  assert.equal(
    escapeMarkdownV2('1.5 (B) - x_y *z* [a] #t +1 =2 |p| {q} !r ~s `c` >q \\'),
    '1\\.5 \\(B\\) \\- x\\_y \\*z\\* \\[a\\] \\#t \\+1 \\=2 \\|p\\| \\{q\\} \\!r \\~s \\`c\\` \\>q \\\\',
  );
});

test('converts digest Markdown: headings, bold, links, bullets, rules', () => {
  const md =
    '## OpenAI 完成融资\n\n融资 **400 亿美元**，估值 3000.5 亿。\n\n来源：[36kr.com](https://www.36kr.com/p/1)、[a(b)](https://x.com/a_(b))\n\n---\n\n- **医院**：上线系统。';
  const out = toMarkdownV2(md);
  assert.equal(
    out,
    '*OpenAI 完成融资*\n\n融资 *400 亿美元*，估值 3000\\.5 亿。\n\n来源：[36kr\\.com](https://www.36kr.com/p/1)、[a\\(b\\)](https://x.com/a_(b\\))\n\n——————\n\n• *医院*：上线系统。',
  );
  assert.ok(validMarkdownV2(out));
});

test('property: any text converts to valid MarkdownV2, also when cut at any line', () => {
  const piece = fc.constantFrom('**', '[', ']', '(', ')', 'https://a.com/x', '\\', '.', '-', '#', '\n', ' ', '亿美元', 'a', '_', '!', '`');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (ps) => {
      const md = ps.join('');
      assert.ok(validMarkdownV2(toMarkdownV2(md)), JSON.stringify(md));
    }),
    { numRuns: 1000 },
  );
});

test('chatText drops front matter and turns HTML links into Markdown links', () => {
  const md = '---\ntitle: x\n---\n\n# 标题\n\n正文\n\n<div class="tg-card">\n  <a href="https://t.me/x">加入频道</a>，每天推送。\n</div>\n';
  assert.equal(chatText(md), '# 标题\n\n正文\n\n[加入频道](https://t.me/x)，每天推送。');
});
