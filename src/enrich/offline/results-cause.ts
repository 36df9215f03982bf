/**
 * The cause a results or guidance title gives for its news (decision 185): `Infosys raises annual revenue forecast as
 * AI-led deals pick up`, `… forecasts profit below estimates as memory costs bite`, `受内存成本上涨拖累，…`. Read only from
 * a table of cause phrases (data/results-causes.json), never as free text, and told only when the cause's effect (a lift,
 * a drag) agrees with the direction the title gives its news and the direction the lead says: a drag told after a lead
 * whose revenue grew would pin the cause on the wrong figure. Pure over the table.
 */
import { z } from 'zod';
import { loadDataTable } from '../../util/data-table.js';
import { wordsRegexOrNever } from '../../util/regexp.js';

const schema = z.object({
  $comment: z.string().optional(),
  links: z.array(z.string()),
  up: z.array(z.string()),
  down: z.array(z.string()),
  causes: z.array(z.object({ en: z.string(), zh: z.string(), phrase: z.string(), effect: z.enum(['lift', 'drag']) })),
});

/** A cause the title states: its Chinese phrase and whether it lifts or drags the news. */
export interface TitleCause {
  phrase: string;
  effect: 'lift' | 'drag';
}

interface Table {
  causes: { en: RegExp; zh: RegExp; phrase: string; effect: 'lift' | 'drag' }[];
  up: RegExp;
  down: RegExp;
}
let table: Table | undefined;

function load(): Table {
  if (!table) {
    const t = loadDataTable('results-causes.json', schema);
    const links = t.links.join('|');
    table = {
      causes: t.causes.map((c) => ({
        en: new RegExp(`\\b(?:${links})\\s+(?:${c.en})\\b`, 'i'),
        zh: new RegExp(`(?:受|因)(?:${c.zh})`, 'u'),
        phrase: c.phrase,
        effect: c.effect,
      })),
      up: wordsRegexOrNever(t.up, 'i'),
      down: wordsRegexOrNever(t.down, 'i'),
    };
  }
  return table;
}

/** The direction a text gives its news: up, down, or undefined when it says neither or both. */
function direction(text: string): 'lift' | 'drag' | undefined {
  const { up, down } = load();
  const u = up.test(text);
  const d = down.test(text);
  return u === d ? undefined : u ? 'lift' : 'drag';
}

/**
 * The cause a title gives its results news, when the table holds it and the title's news (the words before the cause)
 * goes the way the cause pushes.
 * @example titleCause('Infosys raises annual revenue forecast as AI-led deals pick up') // → { phrase: 'AI相关订单回升', effect: 'lift' }
 * @example titleCause('Acme raises forecast as memory costs bite') // → undefined (a drag does not raise)
 */
export function titleCause(title: string): TitleCause | undefined {
  for (const c of load().causes) {
    const m = c.en.exec(title) ?? c.zh.exec(title);
    if (!m) continue;
    // The news is what the title says besides its cause.
    const news = `${title.slice(0, m.index)} ${title.slice(m.index + m[0].length)}`;
    return direction(news) === c.effect ? { phrase: c.phrase, effect: c.effect } : undefined;
  }
  return undefined;
}

/**
 * The lead with its title's cause after it (`…上调全年营收增速指引至3%至4%（此前为2%至3%），主要受AI相关订单回升带动`), when
 * the lead itself goes the cause's way (上调 for a lift, 低于 for a drag) and says no cause of its own; else the lead as
 * it is.
 * @example withTitleCause('A上调全年营收指引至5%', { phrase: 'AI需求强劲', effect: 'lift' }, templates) // → 'A上调全年营收指引至5%，主要受AI需求强劲带动'
 */
export function withTitleCause(lead: string, cause: TitleCause | undefined, sentences: Readonly<Record<string, string>>): string {
  const template = cause ? sentences[`resultsCause.${cause.effect}`] : undefined;
  if (!cause || !template || direction(lead) !== cause.effect || /受[^，。]{1,20}(?:带动|拖累|影响)|由于|因为/u.test(lead)) return lead;
  // The cause is the results', not the market's: it goes before a share move the clause ends on (…高于市场预期的198亿美元，
  // 主要受AI需求强劲带动，股价盘后上涨约6%).
  const move = /，(?:股价|股票)[^，。]*$/u.exec(lead);
  const head = move ? lead.slice(0, move.index) : lead;
  return `${template.replace('{clause}', head).replace('{cause}', cause.phrase)}${move ? move[0] : ''}`;
}
