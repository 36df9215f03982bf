/** Glossary annotation on first use: `AGI` → `**AGI**（Artificial General Intelligence: 通用人工智能）`. */
import type { DigestStory } from '../../types/index.js';
import { escapeRegExp } from '../../util/regexp.js';

/** Markdown spans left untouched: bold, links and text already in full-width parentheses. */
const PROTECTED = /(\*\*[^*]+\*\*|!?\[[^\]]*\]\([^)]*\)|（[^）]*）)/;

function termPattern(term: string): RegExp {
  const latin = /^[A-Za-z]/.test(term);
  return latin ? new RegExp(`(?<![A-Za-z0-9-])${escapeRegExp(term)}(?![A-Za-z0-9-])`) : new RegExp(escapeRegExp(term));
}

/** Annotates each glossary term's first use across texts, in order; `used` holds the glosses already given. */
export function annotateTexts(texts: string[], glossary: Record<string, string>, used: Set<string>): string[] {
  const patterns = Object.keys(glossary)
    .sort((a, b) => b.length - a.length)
    .map((t) => [t, termPattern(t)] as const);
  return texts.map((text) => {
    const segs = text.split(PROTECTED).map((t, i) => ({ text: t, locked: i % 2 === 1 }));
    for (const [term, re] of patterns) {
      const gloss = glossary[term] as string;
      if (used.has(gloss)) continue;
      for (let i = 0; i < segs.length; i++) {
        const s = segs[i];
        if (!s || s.locked) continue;
        const m = re.exec(s.text);
        if (!m) continue;
        used.add(gloss);
        segs.splice(
          i,
          1,
          { text: s.text.slice(0, m.index), locked: false },
          { text: `**${m[0]}**（${gloss}）`, locked: true },
          { text: s.text.slice(m.index + m[0].length), locked: false },
        );
        break;
      }
    }
    return segs.map((s) => s.text).join('');
  });
}

/** Annotates a story's body (paragraphs, blocks, insights, impacts; never the headline): each term once per story. */
export function annotateStory(story: DigestStory, glossary: Record<string, string>): DigestStory {
  if (Object.keys(glossary).length === 0) return story;
  const used = new Set<string>();
  const paragraphs = annotateTexts(story.paragraphs, glossary, used);
  const blocks = story.blocks.map((b) => ({ label: b.label, bullets: annotateTexts(b.bullets, glossary, used) }));
  const insights = annotateTexts(story.insights, glossary, used);
  const impacts = annotateTexts(story.impacts, glossary, used);
  return { ...story, paragraphs, blocks, insights, impacts };
}
