/**
 * An article's colour paragraph (decision 136): how domestic peers, the trade or analysts in general see the trend
 * (`国内同行方面，多位算力服务商人士认为，长约正成为主流。`). It names no party of the story and carries none of their
 * figures; appended to a deal story's lead or figure paragraph it reads as the story's news. The shape is read from
 * data/peer-colour.json: a topic opening (国内同行方面，), or an unnamed crowd's view (多位业内人士认为). Pure.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { alternation } from '../../util/regexp.js';
import { dropOutletTag } from '../assemble/sentence-shape.js';
import { marketOverview } from './background.js';
import type { SourceSentence } from './sentences.js';

const schema = z.object({
  $comment: z.string().optional(),
  topics: z.array(z.string()),
  topicEnds: z.array(z.string()),
  crowds: z.array(z.string()),
  views: z.array(z.string()),
});

let shapes: { topic: RegExp; crowd: RegExp } | undefined;

function table(): { topic: RegExp; crowd: RegExp } {
  if (shapes) return shapes;
  const t = loadDataTable('peer-colour.json', schema);
  shapes = {
    // 国内同行方面， / 在业内看来， / 二级市场来看，
    topic: new RegExp(`^(?:在|从)?(?:${alternation(t.topics)})[^，。,]{0,6}?(?:${alternation(t.topicEnds)})[，,]`, 'iu'),
    // 多位算力服务商人士认为 / 分析人士普遍认为: a crowd, then its view within the clause; 知情 / 接近 people are no crowd.
    crowd: new RegExp(`^[^。]{0,12}?(?<!知情|接近[^，。]{0,8})(?:${alternation(t.crowds)})[^，。]{0,14}?(?:${alternation(t.views)})`, 'iu'),
  };
  return shapes;
}

/**
 * Whether a sentence has the shape of an article's colour: a topic opening or an unnamed crowd's view.
 * @example colourShape('国内同行方面，多位算力服务商人士认为，签署长约正成为行业主流。') // → true
 * @example colourShape('据知情人士透露，云岫智算正洽谈新一轮融资。') // → false
 */
export function colourShape(text: string): boolean {
  const t = dropOutletTag(text.trim());
  if (/知情|接近(?:交易|公司|[^，。]{0,6}的)人士/u.test(t.slice(0, 24))) return false;
  const { topic, crowd } = table();
  return topic.test(t) || crowd.test(t);
}

/**
 * The chosen sentences without the article's colour: a sentence after the first of colour's shape naming none of the
 * story's parties goes, unless a chosen sentence after it leans on it (its source's next one) or `keep` holds it (a
 * head clause's own sentence).
 * @param parties the names of the story's parties (the head's companies, its facts' subjects)
 */
export function withoutPeerColour(
  chosen: readonly SourceSentence[],
  parties: readonly string[],
  leans: (text: string) => boolean,
  keep: (s: SourceSentence) => boolean = () => false,
): SourceSentence[] {
  return chosen.filter((s, i) => {
    // A market overview (a market's size) is background's to place after the news (decision 123).
    if (i === 0 || keep(s) || !peerColour(s, parties, true) || marketOverview(s.sentence.text)) return true;
    const next = chosen[i + 1];
    return next !== undefined && next.item.id === s.item.id && next.sentence.index === s.sentence.index + 1 && leans(next.sentence.text);
  });
}

/** Whether a sentence is colour (its shape) naming none of the story's parties; with `figures`, one carrying figures too. */
export function peerColour(s: SourceSentence, parties: readonly string[], figures = false): boolean {
  const text = s.sentence.text;
  // Without `figures`, a sentence with a figure is no colour; a pointer (该公司, 其) speaks of the story's company. A
  // figure in colour naming no party (头部厂商的长约普遍在50亿元以上) is the peers', whatever the extraction gave it.
  if ((!figures && s.figures.some((f) => f.kind === 'money' || f.kind === 'percent')) || POINTER.test(text)) return false;
  return colourShape(text) && !parties.some((p) => [...p].length >= 2 && text.includes(p));
}

/** A pointer at the story's company (该公司, 公司, 其, 该股). */
const POINTER = /该公司|该股|(?:^|[，、；])(?:公司|其)/u;
