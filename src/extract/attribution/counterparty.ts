/** The other party of a payer figure (an investment, a contract): who receives the money, told apart from the subject. */
import type { EntityMention } from '../../types/entity.js';
import type { Figure } from '../../types/figure.js';
import type { Span } from './clauses.js';
import type { CompiledLexicon } from './lexicon.js';
import { describesNextName } from './subject.js';

/** Words right before a party that make it the receiving side: '向OpenAI', 'in Anthropic', 'with Oracle', '对智谱'. */
const MARKER_TAIL = 6;

/**
 * The counterparty of a payer figure: among the organisations of its clause (else its sentence) other than the
 * subject, the one right after an object or counterparty marker, else the only other one named. Example:
 * ('亚马逊拟向OpenAI投资最多500亿美元', subject Amazon) → 'OpenAI'; ('A and B both invested', no other party) → undefined.
 * `candidates` are subject candidates (products already given to their owners).
 */
export function counterpartyOf(
  text: string,
  fig: Figure,
  clause: Span,
  sentence: Span,
  candidates: EntityMention[],
  c: CompiledLexicon,
  ownerOf: (name: string) => string | undefined = () => undefined,
  namesOf: (name: string) => string[] = (n) => [n],
): string | undefined {
  const subject = fig.subject;
  if (!subject) return undefined;
  // The subject's own units are not a counterparty ('Amazon … capacity from Amazon Web Services').
  const subjectNames = namesOf(subject).map((n) => n.toLowerCase());
  // A joint subject's members ('A + B', jointName) are the ones paying together, never the one receiving.
  const members = subject.includes(' + ') ? subject.split(' + ') : [];
  const own = (m: EntityMention) =>
    m.name === subject ||
    members.includes(m.name) ||
    ownerOf(m.name) === subject ||
    ownerOf(subject) === m.name ||
    subjectNames.some((n) => m.text.toLowerCase().startsWith(n)) ||
    // …nor a unit the text names right after it ('中国移动旗下中移资本领投20亿元').
    candidates.some((n) => n.name === subject && describesNextName(text, n, m));
  const markers = [...c.lex.objectMarkers, ...(c.lex.counterpartyMarkers ?? []), '与', '和', 'from'].map((w) => w.toLowerCase());
  // A parent named only to describe the name after it ('中国电信旗下天翼云', "Baidu's chip unit Kunlunxin") is no party.
  const describes = (m: EntityMention) =>
    describesNextName(
      text,
      m,
      candidates.find((n) => n.start >= m.end && n.name !== m.name),
    );
  const others = (span: Span) => candidates.filter((m) => m.start >= span.start && m.end <= span.end && !own(m) && !describes(m));
  for (const span of [clause, sentence]) {
    const list = others(span);
    // A joint subject's members alone in the clause ('A and B are expected to commit a combined $60 billion, while C …'):
    // the clause names no receiver, and another clause's party is not one.
    if (
      list.length === 0 &&
      span === clause &&
      candidates.some((m) => m.start >= span.start && m.end <= span.end && members.includes(m.name))
    )
      return undefined;
    if (list.length === 0) continue;
    const marked = list.filter((m) => {
      const before = text
        .slice(Math.max(span.start, m.start - MARKER_TAIL), m.start)
        .toLowerCase()
        .trimEnd();
      return markers.some((w) => before.endsWith(w) && (!/^[a-z]/.test(w) || !/[a-z]/.test(before.charAt(before.length - w.length - 1))));
    });
    const names = new Set((marked.length ? marked : list).map((m) => m.name));
    if (names.size === 1) return [...names][0];
    return undefined;
  }
  return undefined;
}
