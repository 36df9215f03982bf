/** The numeric guard over a written story: find untraceable sentences, drop them, record events. */
import type { DigestStory, GuardEvent, StoryBundle } from '../../types/index.js';
import { append } from '../../util/arrays.js';
import { allowedFigures } from './allowed.js';
import { checkText, type Violation } from './check.js';
import type { AllowedFigure } from './match.js';

const IMPACT_PREFIX = /^(?:利好|利空|投资启示)：/;

/** Every violation in a story's texts, field by field. */
export function findViolations(story: DigestStory, allowed: AllowedFigure[]): Violation[] {
  const out: Violation[] = [];
  append(out, checkText('headline', story.headline, allowed, true));
  append(out, checkText('oneLine', story.oneLine, allowed));
  story.paragraphs.forEach((p, i) => append(out, checkText(`paragraphs.${i}`, p, allowed)));
  story.blocks.forEach((b, i) => b.bullets.forEach((t, j) => append(out, checkText(`blocks.${i}.${j}`, t, allowed))));
  story.insights.forEach((t, i) => append(out, checkText(`insights.${i}`, t, allowed)));
  story.impacts.forEach((t, i) => append(out, checkText(`impacts.${i}`, t, allowed)));
  return out;
}

/** Removes the given spans from a text and tidies the whitespace left behind. */
function removeSpans(text: string, spans: { start: number; end: number }[]): string {
  const sorted = [...spans].sort((a, b) => b.start - a.start);
  let out = text;
  for (const s of sorted) out = out.slice(0, s.start) + out.slice(s.end);
  return out
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function spansOf(vs: Violation[], field: string): { start: number; end: number }[] {
  return vs.filter((v) => v.field === field);
}

/** A headline to use when the written one fails: the first source title that passes, else the story title. */
export function fallbackHeadline(bundle: StoryBundle, allowed: AllowedFigure[]): string {
  const titles = [
    ...bundle.items.filter((i) => i.lang !== 'en').map((i) => i.title),
    bundle.story.title,
    ...bundle.items.map((i) => i.title),
  ].filter((t) => t?.trim());
  return titles.find((t) => checkText('headline', t, allowed, true).length === 0) ?? bundle.story.title;
}

/**
 * The numeric guard on a story (pure): drops every sentence whose figures match no figure of the bundle's sources or
 * derived facts (`allowed`, default `allowedFigures(bundle)`; rules in RULES.md). Sentences of paragraphs and bullets
 * are removed, empty bullets and blocks go, an impact bullet that lost its 利好/利空/投资启示 lead goes; a failing
 * headline is replaced by a source title and a failing one-liner by the headline. Each removal is a `dropped` event.
 */
export function guardStory(
  story: DigestStory,
  bundle: StoryBundle,
  allowed: AllowedFigure[] = allowedFigures(bundle),
): { story: DigestStory; events: GuardEvent[] } {
  const vs = findViolations(story, allowed);
  if (vs.length === 0) return { story, events: [] };
  const events: GuardEvent[] = vs.map((v) => ({
    storyId: story.storyId,
    sentence: v.sentence,
    number: v.numbers.join('、'),
    action: 'dropped',
  }));
  const headline = vs.some((v) => v.field === 'headline') ? fallbackHeadline(bundle, allowed) : story.headline;
  const oneLine = vs.some((v) => v.field === 'oneLine') ? headline : story.oneLine;
  const paragraphs = story.paragraphs.map((p, i) => removeSpans(p, spansOf(vs, `paragraphs.${i}`))).filter((p) => p.length > 0);
  const blocks = story.blocks
    .map((b, i) => ({
      label: b.label,
      bullets: b.bullets.map((t, j) => removeSpans(t, spansOf(vs, `blocks.${i}.${j}`))).filter((t) => t.length > 0),
    }))
    .filter((b) => b.bullets.length > 0);
  const insights = story.insights.map((t, i) => removeSpans(t, spansOf(vs, `insights.${i}`))).filter((t) => t.length > 0);
  const impacts = story.impacts
    .map((t, i) => removeSpans(t, spansOf(vs, `impacts.${i}`)))
    .filter((t) => IMPACT_PREFIX.test(t) && t.replace(IMPACT_PREFIX, '').trim().length > 0);
  return { story: { ...story, headline, oneLine, paragraphs, blocks, insights, impacts }, events };
}
