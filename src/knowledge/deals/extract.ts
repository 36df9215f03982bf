/** Deal extraction: directed payer → payee edges from one sentence, by the patterns of data/deal-patterns.json. */
import type { EntityMention } from '../../types/entity.js';
import type { Figure } from '../../types/figure.js';
import type { DealEdge, DealKind } from '../../types/knowledge.js';
import { maskSentence } from './mask.js';
import { type CompiledPattern, type CompiledPatterns, defaultPatterns } from './patterns.js';

const CJK = /[\u3400-\u9fff]/;
const LATIN_WORD = /[a-z]{3}/i;
/** Characters before a match also checked for blockers ("传闻英伟达将…", "denied that Nvidia …"). */
const BLOCKER_LOOKBEHIND = 24;

/** All matches of a pattern: sticky attempts at entity tokens when the pattern starts with one, else a full scan. */
function matchesOf(p: CompiledPattern, text: string, entityStarts: number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (p.sticky) {
    let end = 0;
    for (const at of entityStarts) {
      if (at < end) continue;
      p.sticky.lastIndex = at;
      const m = p.sticky.exec(text);
      if (m) {
        out.push(m);
        end = at + m[0].length;
      }
    }
    return out;
  }
  p.re.lastIndex = 0;
  for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) p.re.lastIndex++;
  }
  return out;
}

function tokenIndices(s: string | undefined, letter: string): number[] {
  if (!s) return [];
  const re = new RegExp(`⟦${letter}(\\d+)⟧`, 'g');
  return [...s.matchAll(re)].map((m) => Number(m[1]));
}

/** Words that open a coordinated clause sharing the sentence's subject ("Nvidia owns 7% of X and has agreed to buy …"). */
const EN_CLAUSE =
  /(?:,\s*|\s+)(?:and|but)\s+(?=(?:also\s+|then\s+|later\s+|separately\s+)?(?:has|have|had|will|would|is|was|agreed|agrees|committed|commits|signed|signs|pledged|plans|promised)\b)/g;
const ZH_CLAUSE = /[，,]\s*(?:并且|并|且|同时|还|此外还)\s*(?!⟦E)/g;
/** "与其 / 向其 …": 其 (it) after a preposition points at the last party named before the clause. */
const ZH_ITS = /(与|和|同|向|从|对|为|给)其/g;

/**
 * Views of a masked sentence to match patterns on: the sentence itself, then each coordinated clause with the
 * sentence subject put in front (and Chinese 其 resolved to the party named last before the clause).
 * Example: "⟦E0⟧持有⟦E1⟧约⟦P0⟧的股份，并与其签署了…" → also "⟦E0⟧与⟦E1⟧签署了…".
 */
function clauseViews(text: string): string[] {
  const views = [text];
  const subject = /^[^⟦]{0,12}?(⟦E\d+⟧)/.exec(text)?.[1];
  if (!subject) return views;
  for (const re of [EN_CLAUSE, ZH_CLAUSE]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const head = text.slice(0, m.index);
      const last = [...head.matchAll(/⟦E\d+⟧/g)].pop()?.[0];
      let rest = text.slice(m.index + m[0].length);
      if (last && last !== subject) rest = rest.replace(ZH_ITS, (_, p: string) => `${p}${last}`);
      views.push(`${subject} ${rest}`);
    }
  }
  return views;
}

/** What the conversation around a sentence is about: `topic` is the payer of a deal stated just before. */
export interface DealContext {
  topic?: string;
}

/**
 * Extracts capital-flow edges from one sentence. `mentions` and `figures` carry offsets relative to the sentence.
 * Example: "Nvidia will invest up to $100 billion in OpenAI." → Nvidia → OpenAI, invest, amount $100B (max).
 * A sentence that merely names two companies, or negates / rumours the deal, yields nothing.
 */
export function extractDeals(
  sentence: string,
  mentions: EntityMention[],
  figures: Figure[],
  meta: { itemId: string; source: string },
  table: CompiledPatterns = defaultPatterns(),
  context: DealContext = {},
): DealEdge[] {
  const masked = maskSentence(sentence, mentions, figures);
  const topic = context.topic && !masked.names.has(context.topic) ? context.topic : undefined;
  if (masked.names.size < 2 && !topic) return [];
  const text = masked.text;
  const stripped = text.replace(/⟦[EMPN]\d+⟧/g, ' ');
  const langs = new Set<'en' | 'zh'>();
  if (CJK.test(stripped)) langs.add('zh');
  if (LATIN_WORD.test(stripped)) langs.add('en');
  const found = new Map<string, DealEdge>();
  const views = clauseViews(text);
  for (const [vi, view] of views.entries())
    for (const p of table.patterns) {
      if (!langs.has(p.lang)) continue;
      if (p.payerFromTopic ? !topic || vi > 0 : masked.names.size < 2) continue;
      const entityStarts = [...view.matchAll(/⟦E\d+⟧/g)].map((x) => x.index);
      for (const m of matchesOf(p, view, entityStarts)) {
        const windowText = view.slice(Math.max(0, m.index - BLOCKER_LOOKBEHIND), m.index + m[0].length).replace(/⟦[EMPN]\d+⟧/g, ' ');
        if (table.blockers[p.lang].test(windowText)) continue;
        const payees = tokenIndices(m.groups?.payee, 'E').map((i) => masked.entities[i]?.name);
        // A topic pattern ('You've got the Oracle contract, $300 billion') needs a provider payee.
        if (p.payerFromTopic && !payees.every((x) => x && table.providers.has(x.toLowerCase()))) continue;
        const payers = p.payerFromTopic ? [topic] : tokenIndices(m.groups?.payer, 'E').map((i) => masked.entities[i]?.name);
        const amountToken = m.groups?.amount ? /⟦[MPN](\d+)⟧/.exec(m.groups.amount) : null;
        const amount = amountToken ? masked.figures[Number(amountToken[1])] : undefined;
        let kind: DealKind = p.kind;
        for (const r of p.refine) {
          if (r.when.test(m[0].replace(/⟦[EMPN]\d+⟧/g, ' '))) {
            kind = r.kind;
            break;
          }
        }
        for (const [payer, payee] of payers.flatMap((a) => payees.map((b) => [a, b] as const))) {
          if (!payer || !payee || payer === payee) continue;
          let from = payer;
          let to = payee;
          if (p.symmetric && table.providers.has(from.toLowerCase()) && !table.providers.has(to.toLowerCase())) [from, to] = [to, from];
          // One edge per pair and clause: the first pattern names the kind; a later clause may add a second kind
          // ("owns 7% of CoreWeave and has agreed to buy $6.3 billion of its capacity": stake + cloud contract).
          const pairKey = `${from}\u0000${to}`;
          const same = [...found.entries()].filter(([k]) => k.startsWith(`${pairKey}\u0000`));
          const prevEntry = same.find(([, e]) => e.kind === kind) ?? (vi === 0 ? same[0] : undefined);
          const key = prevEntry?.[0] ?? `${pairKey}\u0000${kind}`;
          const prev = prevEntry?.[1];
          if (prev && (prev.amount || !amount)) continue;
          found.set(key, {
            from,
            to,
            kind: prev?.kind ?? kind,
            ...(amount ? { amount } : {}),
            itemId: meta.itemId,
            source: meta.source,
            sentence,
          });
        }
      }
    }
  return [...found.values()];
}
