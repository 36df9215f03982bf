import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flattenDeepHtml } from './html-depth.js';
import { htmlToText } from './html-text.js';

test('elements past the depth limit are unwrapped, their text kept', () => {
  assert.equal(flattenDeepHtml('<div><div><p>x</p></div></div>', 2), '<div><div>x</div></div>');
  const deep = `${'<div>'.repeat(500)}<p>Nvidia invested $5 billion.</p>${'</div>'.repeat(500)}`;
  const flat = flattenDeepHtml(deep, 10);
  assert.equal((flat.match(/<div>/g) ?? []).length, 10);
  assert.equal((flat.match(/<\/div>/g) ?? []).length, 10);
  assert.ok(flat.includes('Nvidia invested $5 billion.'));
  assert.equal(htmlToText(deep), 'Nvidia invested $5 billion.');
});

test('ordinary markup is returned as is: void elements, implicitly closed siblings, scripts, comments, quotes', () => {
  const page =
    '<!DOCTYPE html><html><head><title>a<b</title><script>if (a < b) document.write("<div><div>")</script></head>' +
    '<body><!-- <div> --><ul><li>one<li>two<li>three</ul><p>x<br>y<img src="a>b.png"><p>z</p>' +
    `${'<li>item'.repeat(300)}</body></html>`;
  assert.equal(flattenDeepHtml(page, 8), page);
});

test('unbalanced and hostile markup stays linear: unclosed tags, stray ends, a lone < with no >', () => {
  for (const junk of ['<div>'.repeat(20000), '</div>'.repeat(20000), '<a "'.repeat(20000), `<p ${'x'.repeat(100000)}`]) {
    const out = flattenDeepHtml(junk, 16);
    assert.ok(out.length <= junk.length);
  }
});
