/**
 * An English market wrap told as one line (decision 184). A wire's wrap (`Asian chip stocks slide…`) gives its move to
 * indexes and names its movers by their percentages; the templates find no company's claim to lead with, so the story
 * composes to nothing (`empty`) and the day's selloff — or the tariff that caused it — is left out of the digest. This
 * reads the wrap's own words: the lead's market move (`Asian chip stocks tumbled` → 亚洲芯片股下跌), a trade rule the
 * lead or title names as its cause (`tariffs on imported chips` → 芯片关税), the index moves its sentences state
 * (`the Nikkei share average fell 2.1%` → 日经225指数跌2.1%) and the movers it names by a company the caller can say in
 * Chinese, moving the lead's way. Silent (undefined) unless the lead states a move and at least one index moves the
 * same way. Pure: the text, its entity mentions and data/market-wrap.json.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { alternation, escapeRegExp } from '../../util/regexp.js';

const named = z.object({ zh: z.string(), en: z.array(z.string()) });
const region = named.extend({ market: z.string().optional() });
const index = named.extend({ sector: z.string().optional() });
const tableSchema = z.object({
  indexes: z.array(index),
  down: z.array(z.string()),
  up: z.array(z.string()),
  regions: z.array(region),
  sectors: z.array(named),
  causes: z.array(named),
  actors: z.array(named),
  goods: z.array(named),
});
export type WrapTable = z.output<typeof tableSchema>;

let table: WrapTable | undefined;
function load(): WrapTable {
  table ??= loadDataTable('market-wrap.json', tableSchema);
  return table;
}

/** One mention of a company in the wrap's text (offsets into `text`). */
export interface WrapMention {
  name: string;
  start: number;
  end: number;
}

export interface WrapInput {
  title: string;
  text: string;
  mentions: readonly WrapMention[];
}

type Way = 'down' | 'up';
const WAY_ZH: Record<Way, string> = { down: '跌', up: '涨' };
const PCT = String.raw`(\d{1,2}(?:\.\d{1,2})?)(?:%| per ?cent| percent)`;

/** A word of the list on word boundaries (a Latin word is never part of a longer one). */
const wordRe = (words: readonly string[], flags = '') => new RegExp(`(?<![A-Za-z0-9.])(?:${alternation(words)})(?![A-Za-z0-9])`, flags);

/** The English text's sentences (a stop, then a capital or a quote; `U.S.` inside a sentence stays). */
export function englishSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((p) => p.split(/(?<=[a-z0-9%)][.!?]["”]?)\s+(?=["“A-Z])/u))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function wayOf(verb: string, t: WrapTable): Way | undefined {
  const v = verb.toLowerCase().replace(/\s+/g, ' ');
  if (t.down.includes(v)) return 'down';
  if (t.up.includes(v)) return 'up';
  return undefined;
}

/**
 * The market move a wrap's lead states: `[region] [sector] stocks|shares <verb>` (`Asian chip stocks tumbled` →
 * 亚洲芯片股, down). Neither a region nor a sector named: no move (a bare `stocks rose` says no market).
 * @example leadMove('Asian chip stocks tumbled on Thursday as…') // → { market: '亚洲芯片股', way: 'down' }
 */
export function leadMove(lead: string, t: WrapTable = load()): { market: string; way: Way } | undefined {
  const regions = t.regions.flatMap((r) => r.en);
  const sectors = t.sectors.flatMap((s) => s.en);
  const re = new RegExp(
    String.raw`(?<![A-Za-z])(?:(${alternation(regions)})\s+)?(?:(${alternation(sectors)})[- ](?:related\s+)?)?(?:stocks|shares|equities|names)\s+(${alternation([...t.down, ...t.up])})(?![A-Za-z])`,
  );
  // …or `Shares of [region] <sector> makers|companies <verb>` (`Shares of Asian chipmakers tumbled`).
  const of = new RegExp(
    String.raw`(?<![A-Za-z])(?:Shares|shares|Stocks|stocks) (?:of|in) (?:(${alternation(regions)})\s+)?(${alternation(sectors)})(?:s|\s?makers|\s+companies|\s+firms|\s+groups)?\s+(${alternation([...t.down, ...t.up])})(?![A-Za-z])`,
  );
  const m = lead.match(re) ?? lead.match(of);
  if (!m) return undefined;
  const [, region, sector, verb] = m;
  const way = verb ? wayOf(verb, t) : undefined;
  if (!way || (!region && !sector)) return undefined;
  const regionRow = region ? t.regions.find((r) => r.en.includes(region)) : undefined;
  const sectorZh = sector ? t.sectors.find((s) => s.en.includes(sector))?.zh : undefined;
  // A region's whole market as a desk names it (美股), else its 股市.
  const market = sectorZh ? `${regionRow?.zh ?? ''}${sectorZh}股` : (regionRow?.market ?? `${regionRow?.zh ?? ''}股市`);
  return { market, way };
}

/**
 * The trade rule a sentence names (`…after Washington slapped tariffs on imported chips`) as a cause: the actor named
 * before it and the goods named in the sentence (美国芯片关税); undefined when none is named.
 * @example causeOf('Chip stocks sank after the U.S. announced tariffs on imported semiconductors.') // → '美国芯片关税'
 */
export function causeOf(sentence: string, t: WrapTable = load()): string | undefined {
  for (const c of t.causes) {
    const m = sentence.match(wordRe(c.en, 'i'));
    if (!m || m.index === undefined) continue;
    const before = sentence.slice(0, m.index);
    let actor: string | undefined;
    let at = -1;
    for (const a of t.actors) {
      for (const hit of before.matchAll(wordRe(a.en, 'g'))) {
        if ((hit.index ?? -1) > at) {
          at = hit.index ?? -1;
          actor = a.zh;
        }
      }
    }
    const goods = t.goods.find((g) => wordRe(g.en, 'i').test(sentence))?.zh ?? '';
    return `${actor ?? ''}${goods}${c.zh}`;
  }
  return undefined;
}

/**
 * The index moves a sentence states (`The S&P 500 added 0.5%, while the Nasdaq Composite climbed 0.8%`), in order; a
 * futures quote is none, and each index once (its longest name at a place).
 */
export function indexMoves(sentence: string, t: WrapTable = load()): { zh: string; way: Way; pct: string }[] {
  const verbs = alternation([...t.down, ...t.up]);
  const hits: { at: number; end: number; zh: string; way: Way; pct: string }[] = [];
  for (const ix of t.indexes) {
    for (const name of ix.en) {
      const re = new RegExp(
        String.raw`(?<![A-Za-z0-9])${escapeRegExp(name)}(?:\s+(?:index|share average|stock average|average))?\s+(?:(?:was|closed|ended|finished)\s+)?(${verbs})\s+(?:[\d,.]+\s+points?,?\s+or\s+)?${PCT}`,
        'g',
      );
      for (const m of sentence.matchAll(re)) {
        const way = m[1] ? wayOf(m[1], t) : undefined;
        if (!way || !m[2] || m.index === undefined) continue;
        hits.push({ at: m.index, end: m.index + name.length, zh: ix.zh, way, pct: `${m[2]}%` });
      }
    }
  }
  // The longest name at a place (`Hang Seng Tech` over `Hang Seng`; a match inside another's name is none).
  const kept = hits.filter((h) => !hits.some((o) => o !== h && o.at <= h.at && o.end >= h.end && o.end - o.at > h.end - h.at));
  kept.sort((a, b) => a.at - b.at);
  return kept.filter((h, i) => kept.findIndex((o) => o.zh === h.zh) === i).map(({ zh, way, pct }) => ({ zh, way, pct }));
}

/**
 * A company's own move right after its name: `X, which lost 6.4%`, `X, down 4.8%`, `X Holdings slumped 7.2%`,
 * `X, which makes …, fell 5.5%`, `X's 3.2% advance`. Undefined when the words after the name are anything else.
 */
export function moverAfter(after: string, t: WrapTable = load()): { way: Way; pct: string } | undefined {
  const verbs = alternation([...t.down, ...t.up]);
  const legal = String.raw`(?:\s+(?:Holdings|Corp\.?|Inc\.?|Co\.?|Group|Ltd\.?|Technology|Technologies))?`;
  const plain = after.match(
    new RegExp(String.raw`^${legal}(?:'s shares|\s+shares)?(?:,\s+which\s+[^,.;%]{1,80},)?,?\s+(?:which\s+|who\s+)?(${verbs})\s+${PCT}`),
  );
  if (plain?.[1] && plain[2]) {
    const way = wayOf(plain[1], t);
    return way ? { way, pct: `${plain[2]}%` } : undefined;
  }
  const noun = after.match(new RegExp(String.raw`^${legal}'s\s+${PCT}\s+(advance|gain|rise|jump|rally|drop|fall|decline|slide|slump)\b`));
  if (noun?.[1] && noun[2]) {
    const way: Way = /advance|gain|rise|jump|rally/.test(noun[2]) ? 'up' : 'down';
    return { way, pct: `${noun[1]}%` };
  }
  return undefined;
}

export interface WrapLine {
  /** The line's head: the market's move and its first index (`亚洲芯片股下跌，日经225指数跌2.1%`). */
  headline: string;
  /** The line without its source (`受美国芯片关税消息影响，亚洲芯片股下跌：…。`). */
  line: string;
}

const MAX_INDEXES = 3;
const MAX_MOVERS = 3;

/**
 * The wrap's line: its cause, its lead move, the indexes moving that way and up to three named movers that way.
 * `zhOf` says a company in Chinese (undefined: the mover is left out, never printed in English).
 * @example wrapLine({ title: 'Asian chip stocks slide', text: 'Asian chip stocks tumbled on Thursday. Japan\'s Nikkei share average fell 2.1%.', mentions: [] }, () => undefined)
 * // → { headline: '亚洲芯片股下跌，日经225指数跌2.1%', line: '亚洲芯片股下跌：日经225指数跌2.1%。' }
 */
export function wrapLine(input: WrapInput, zhOf: (name: string) => string | undefined, t: WrapTable = load()): WrapLine | undefined {
  const sentences = englishSentences(input.text);
  const lead = sentences[0];
  if (lead === undefined) return undefined;
  const move = leadMove(lead, t) ?? leadMove(input.title, t);
  if (!move) return undefined;
  // A sector the title or lead names (`as chip names rally`) puts its own index first: the desk's news is the sector.
  const sectors = t.sectors.filter((s) => wordRe(s.en, 'i').test(`${input.title} ${lead}`)).map((s) => s.zh);
  const ofSector = (zh: string) => {
    const sector = t.indexes.find((i) => i.zh === zh)?.sector;
    return sector !== undefined && sectors.includes(sector) ? 0 : 1;
  };
  const indexes = sentences
    .flatMap((s) => indexMoves(s, t))
    .filter((m, i, all) => all.findIndex((o) => o.zh === m.zh) === i && m.way === move.way)
    .map((m, i) => ({ m, i }))
    .sort((a, b) => ofSector(a.m.zh) - ofSector(b.m.zh) || a.i - b.i)
    .map(({ m }) => m)
    .slice(0, MAX_INDEXES);
  if (indexes.length === 0) return undefined;
  const cause = causeOf(lead, t) ?? causeOf(input.title, t);
  const movers: string[] = [];
  const said = new Set<string>();
  for (const m of [...input.mentions].sort((a, b) => a.start - b.start)) {
    if (movers.length >= MAX_MOVERS) break;
    const zh = zhOf(m.name);
    if (zh === undefined || !/\p{Script=Han}/u.test(zh) || said.has(zh)) continue;
    const own = moverAfter(input.text.slice(m.end, m.end + 160), t);
    if (!own || own.way !== move.way) continue;
    said.add(zh);
    movers.push(`${zh}${WAY_ZH[own.way]}${own.pct}`);
  }
  const moved = `${move.market}${move.way === 'down' ? '下跌' : '上涨'}`;
  const first = indexes[0] as { zh: string; way: Way; pct: string };
  const told = indexes.map((i) => `${i.zh}${WAY_ZH[i.way]}${i.pct}`).join('，');
  const line = `${cause ? `受${cause}消息影响，` : ''}${moved}：${told}${movers.length > 0 ? `；${movers.join('、')}` : ''}。`;
  return { headline: `${moved}，${first.zh}${WAY_ZH[first.way]}${first.pct}`, line };
}
