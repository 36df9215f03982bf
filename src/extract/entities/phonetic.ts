/** A coarse phonetic key for speech-recognition errors: McKenzie and McKinsey, Bane and Bain, Grock and Grok share one. */

/**
 * Lowercase letters only; ph→f, ck/c/q→k, z→s, x→ks, y→vowel; doubled consonants collapsed; every vowel run → 'a';
 * a trailing vowel dropped. Example: 'McKenzie' → 'mkans', 'McKinsey' → 'mkans'.
 */
export function phoneticKey(word: string): string {
  let s = word.toLowerCase().replace(/[^a-z]/g, '');
  s = s.replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/[cq]/g, 'k').replace(/z/g, 's').replace(/x/g, 'ks').replace(/y/g, 'i');
  s = s.replace(/([^aeiou])\1+/g, '$1').replace(/[aeiou]+/g, 'a');
  if (s.length > 2 && s.endsWith('a')) s = s.slice(0, -1);
  return s;
}
