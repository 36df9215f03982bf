/**
 * Front matter made only of `key: "a JSON-style string"`, `key: 2026-11-24T18:07:00Z`, `key: https://…` and `key: zh` lines (what
 * feeds, exporters and our own corpus write) read without the YAML parser: ~60 µs an article less, the YAML library
 * being most of a short Markdown file's parse. Exactly what `yaml`'s `parse` returns for such text (front-matter.test.ts
 * compares them); anything else (another scalar, a comment, a list, a repeated key, an escape outside the shared
 * JSON / YAML set, a control character) returns undefined and the caller asks the YAML parser.
 */

/** A key the YAML core schema reads as itself (not null, a boolean or a number). */
const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;
const SPECIAL_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/** Double-quoted with only the escapes JSON and YAML read alike, and printable characters. */
const QUOTED = /^"(?:[^"\\\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufeff\ufffe\uffff]|\\["\\/bfnrt])*"$/;
/** Plain scalars the core schema leaves as strings: a date (with a time), an http(s) URL without spaces, words. */
const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** A plain word or words (a language code, an outlet's name) that is not null or a boolean: no number starts with a letter. */
const WORDS = /^\p{L}[\p{L}\p{N}\p{M}._/-]*(?: [\p{L}\p{N}\p{M}._/-]+)*$/u;
const SPECIAL_WORD = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const URL_PLAIN = /^https?:\/\/[A-Za-z0-9._~%!$&()*+,;=:@/?#[\]'-]*[A-Za-z0-9._~%!$&()*+;=@/?#\]'-]$/;

export function flatFrontMatter(src: string): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  let keys = 0;
  for (const line of src.split('\n')) {
    if (line === '') continue;
    const colon = line.indexOf(': ');
    if (colon < 0) return undefined;
    const key = line.slice(0, colon);
    if (!KEY.test(key) || SPECIAL_KEY.test(key) || Object.hasOwn(out, key)) return undefined;
    let at = colon + 2;
    while (line.charCodeAt(at) === 32) at++;
    const value = line.slice(at);
    if (QUOTED.test(value)) out[key] = JSON.parse(value) as string;
    else if (DATE.test(value) || URL_PLAIN.test(value) || (WORDS.test(value) && !SPECIAL_WORD.test(value))) out[key] = value;
    else return undefined;
    keys++;
  }
  return keys > 0 ? out : undefined;
}

/** A top-level `key: value` line, the value being the rest of the line. */
const LOOSE_LINE = /^([A-Za-z][A-Za-z0-9_-]*):(?:[ \t]+(.*?))?[ \t]*$/;

/**
 * Front matter the YAML parser refuses, read line by line: each top-level `key: value` line, the value the rest of the
 * line (one pair of surrounding quotes dropped), so that an exporter's unquoted colon in a title ('title: Inside X: $12.5
 * Billion …') does not cost the article its date, title and URL. Indented, list and comment lines are skipped; a
 * repeated key keeps its first value. Undefined when no line reads.
 * Example: 'title: Inside X: a deal\ndate: 2026-09-16' → { title: 'Inside X: a deal', date: '2026-09-16' }.
 */
export function looseFrontMatter(src: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const line of src.split('\n')) {
    const m = LOOSE_LINE.exec(line);
    if (!m?.[1] || Object.hasOwn(out, m[1])) continue;
    let value = m[2] ?? '';
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) value = value.slice(1, -1);
    if (value !== '') out[m[1]] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
