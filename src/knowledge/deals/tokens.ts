/** Tokenizes a sentence for deal patterns: organisation mentions become ⟦E<n>⟧, figures ⟦M<n>⟧ / ⟦P<n>⟧ / ⟦N<n>⟧. */
import type { EntityMention } from '../../types/entity.js';
import type { Figure } from '../../types/figure.js';

export interface TokenizedSentence {
  text: string;
  /** Entity token n → mention. */
  entities: EntityMention[];
  /** Figure token n → figure. */
  figures: Figure[];
  /** Distinct canonical names among the tokenized entities. */
  names: Set<string>;
}

/** Entity types that can pay or be paid in a deal. */
const PARTY_TYPES = new Set<EntityMention['type']>(['org']);

/** A legal-form suffix right after a name. */
const LEGAL_SUFFIX = /^,?\s+(?:Inc|Corp|Ltd|Co|Corporation|Limited|PLC|plc|LLC|AG|SA|SE|NV|Holdings|Group)\b\.?/;

/**
 * A generic word of a Chinese company's full name right after its short name ("瑞穗银行", "腾讯控股", "英伟达公司"), or of
 * its investment arm ("中金资本", "联想创投"); not 资本开支 / 资本支出 (capital spending).
 */
const ZH_NAME_TAIL = /^(?:股份有限公司|有限公司|银行|集团|控股|公司|资本(?!开支|支出|市场|金|性|化|运作)|创投)/;

/** A money token followed by its conversion into another currency in brackets. */
const CONVERSION =
  /(⟦M\d+⟧)\s*[(（]\s*(?:(?:about|roughly|approximately|around|or|some|nearly)\s+|约合|折合|约|合|約合|約)?\s*⟦M\d+⟧\s*[)）]/gu;

function figureLetter(f: Figure): string {
  if (f.kind === 'money') return 'M';
  if (f.kind === 'percent') return 'P';
  return 'N';
}

/**
 * Replaces organisation mentions and figures in a sentence by tokens (offsets relative to the sentence).
 * Overlapping spans: entities win over figures; among entities the earlier (then longer) one wins.
 * Example: "Amazon invested $8 billion in Anthropic" → "⟦E0⟧ invested ⟦M0⟧ in ⟦E1⟧".
 */
export function tokenizeSentence(sentence: string, mentions: EntityMention[], figures: Figure[]): TokenizedSentence {
  type Span = { start: number; end: number; entity?: EntityMention; figure?: Figure };
  // Entities first: a figure swallowing a name ("100,000 Nvidia chips") must not hide the party.
  const chosen: Span[] = [];
  const overlaps = (a: Span) => chosen.some((b) => a.start < b.end && b.start < a.end);
  const ents = mentions
    .filter((m) => PARTY_TYPES.has(m.type) && m.start >= 0 && m.end <= sentence.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // A Chinese place name glued before a Chinese name is part of it ("上海国际集团", "上海国投先导基金"): one token.
  const places = mentions.filter((m) => m.type === 'place' && /^\p{Script=Han}+$/u.test(m.text));
  for (const m of ents) {
    // The token swallows a legal suffix and its period ("Microsoft Corp.", "IREN Ltd.") so patterns see one name.
    const suffix = LEGAL_SUFFIX.exec(sentence.slice(m.end, m.end + 16));
    const dot = /\b(?:Corp|Inc|Ltd|Co|Bhd|Cie)$/.test(m.text) && sentence[m.end] === '.' ? 1 : 0;
    // …and a Chinese name its generic tail ("⟦瑞穗⟧银行将向…提供贷款" reads as "⟦E0⟧将向…").
    const tail = /\p{Script=Han}$/u.test(m.text) ? ZH_NAME_TAIL.exec(sentence.slice(m.end, m.end + 8)) : null;
    const place = /^\p{Script=Han}/u.test(m.text) ? places.find((p) => p.end === m.start && p.start >= 0) : undefined;
    const span = {
      start: place?.start ?? m.start,
      end: m.end + (suffix ? suffix[0].length : tail ? tail[0].length : dot),
      entity: m,
    };
    if (!overlaps(span)) chosen.push(span);
  }
  const figs0 = figures.filter((f) => f.start >= 0 && f.end <= sentence.length).sort((a, b) => a.start - b.start || b.end - a.end);
  for (const f of figs0) {
    const span = { start: f.start, end: f.end, figure: f };
    if (!overlaps(span)) {
      chosen.push(span);
      continue;
    }
    // A figure whose unit names a party ("up to 160 million AMD shares") keeps its number part as the token.
    const cut = Math.min(...chosen.filter((b) => b.entity && b.start < span.end && span.start < b.end).map((b) => b.start));
    const head = { start: f.start, end: cut, figure: f };
    if (cut > f.start && /\d/.test(sentence.slice(f.start, cut)) && !overlaps(head)) chosen.push(head);
  }
  const spans = chosen.sort((a, b) => a.start - b.start);
  const entities: EntityMention[] = [];
  const figs: Figure[] = [];
  const names = new Set<string>();
  let out = '';
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    out += sentence.slice(pos, s.start);
    if (s.entity) {
      out += `⟦E${entities.length}⟧`;
      entities.push(s.entity);
      names.add(s.entity.name);
    } else if (s.figure) {
      out += `⟦${figureLetter(s.figure)}${figs.length}⟧`;
      figs.push(s.figure);
    }
    pos = s.end;
  }
  out += sentence.slice(pos);
  // An amount's conversion in brackets is the same money ('1.5 trillion won ($1.08 billion)', '50亿元（约7亿美元）'):
  // patterns see one amount.
  out = out.replace(CONVERSION, '$1');
  return { text: out.replace(/[’‘]/g, "'"), entities, figures: figs, names };
}
