/** Flat front matter is read as the YAML parser reads it, or left to the parser. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { flatFrontMatter, looseFrontMatter } from './front-matter.js';
import { splitFrontMatter } from './markdown.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}

/** What the YAML parser makes of it, or 'throws'. */
function viaYaml(src: string): unknown {
  try {
    return parseYaml(src);
  } catch {
    return 'throws';
  }
}

test('the Markdown files of the sample corpus: same record as the YAML parser, most without it', () => {
  let read = 0;
  let fast = 0;
  for (const f of files(join(import.meta.dirname, '../../corpus'))) {
    const m = FRONT_MATTER.exec(readFileSync(f, 'utf8').replace(/\r\n?/g, '\n'));
    if (!m) continue;
    read++;
    const got = flatFrontMatter(m[1] ?? '');
    if (got === undefined) continue;
    fast++;
    assert.deepEqual(got, viaYaml(m[1] ?? ''), f);
  }
  assert.ok(read > 20 && fast > read / 2, `${fast} of ${read} front matters read without the parser`);
});

test('random lines: whenever read without the parser, the same record as the parser', () => {
  const key = fc.oneof(
    fc.constantFrom('title', 'date', 'source', 'url', 'author', 'a-b', 'x_1', 'null', 'True', 'FALSE', 'k', '1a', ' t', 't '),
    fc.stringMatching(/^[A-Za-z_<][A-Za-z0-9_ .:-]{0,6}$/),
  );
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom(
      'a "quoted" word',
      'back\\slash',
      'tab\there',
      'line\u2028sep',
      'bom\ufeff',
      'c1\u0085',
      '😀',
      'é',
      '# not a comment',
      "it's",
    ),
  );
  const value = fc.oneof(
    text.map((s) => JSON.stringify(s)),
    text.map((s) => `"${s}"`),
    text.map((s) => `'${s}'`),
    text,
    fc.constantFrom(
      '2026-11-24',
      '2026-11-24T18:07:00Z',
      '2026-11-24T18:07:00.123+08:00',
      '2026-11-24T18:07',
      '2026-13-45',
      '2026-11',
      'https://example.com/a/b?c=1&d=[2]#frag',
      'https://example.com:8080/x:',
      'http://a.b/c,d',
      'https://a.b/ #c',
      '1e3',
      '0x1F',
      '.inf',
      'null',
      '~',
      'true',
      '[a, b]',
      '{a: 1}',
      '|',
      '&a x',
      '*a',
      '!!str x',
      'zh',
      '投资界快讯',
      '投资界 快讯',
      'yes',
      'No',
      'Null',
      'nULL',
      'a  b',
      'a #b',
      'a#b',
      'x.y/z-',
      'é',
      'e\u0301',
      'ǅ',
      'Ⅻ',
    ),
  );
  const usual = fc.constantFrom('title', 'date', 'source', 'url', 'author', 'lang', 'outlet', 'a-b', 'x_1');
  const line = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(usual, value).map(([k, v]) => `${k}: ${v}`) },
    fc.tuple(key, fc.constantFrom(': ', ':  ', ':', ' : ', ':\t'), value).map(([k, sep, v]) => `${k}${sep}${v}`),
    fc.constantFrom('', '# comment', '  indented: "x"', '- item', '...', '---', 'title: "x" # c'),
  );
  let fast = 0;
  fc.assert(
    fc.property(fc.array(line, { maxLength: 4 }), (lines) => {
      const src = lines.join('\n');
      const got = flatFrontMatter(src);
      if (got === undefined) return;
      fast++;
      assert.deepEqual(got, viaYaml(src), JSON.stringify(src));
    }),
    { numRuns: 10000 },
  );
  assert.ok(fast > 300, `only ${fast} read without the parser`);
});

test('front matter the YAML parser refuses (an unquoted colon in a title) still gives its title, date and URL', () => {
  const text =
    "---\ntitle: Inside Lumen's Debt Vehicle: $12.5 Billion, an Anchor Investor and a Side Deal\ndate: 2026-09-16\noutlet: The Wire\nurl: https://thewire.example/articles/lumen-debt\nlang: en\n---\nThe vehicle will borrow $12.5 billion.\n";
  const got = splitFrontMatter(text);
  assert.equal(got.data.title, "Inside Lumen's Debt Vehicle: $12.5 Billion, an Anchor Investor and a Side Deal");
  assert.equal(got.data.date, '2026-09-16');
  assert.equal(got.data.url, 'https://thewire.example/articles/lumen-debt');
  assert.equal(got.body, 'The vehicle will borrow $12.5 billion.\n');
  assert.match(got.messages[0]?.reason ?? '', /read line by line/);
  assert.deepEqual(looseFrontMatter('title: "星河智能：完成新一轮融资"\ndate: 2026-03-02\n  - nested\n# comment\ndate: 2027-01-01'), {
    title: '星河智能：完成新一轮融资',
    date: '2026-03-02',
  });
  assert.equal(looseFrontMatter('- a\n- b'), undefined);
});
