import type { EntityMention, Figure } from '../../types/index.js';
import type { Gazetteer } from '../entities/index.js';
import type { Span } from './clauses.js';

/** Words that end a company's name the gazetteer knows by its short form ('Renesas Electronics', 'Kioxia Holdings'). */
const NAME_TAIL =
  'Electronics|Electric|Holdings?|Group|Corp|Corporation|Inc|Co|Ltd|Limited|plc|AG|SE|SA|NV|Industries|Technologies|Technology|Semiconductors?|Systems|Motors?|Chemicals?|Materials';

/** The direction of a move written after the figure: 'closed 2.1% higher', 'with a 1.9% gain'. */
const FOLLOWING_MOVE = /^\s*(?:higher|lower|up|down|gain|rise|jump|advance|rally|climb|drop|fall|decline|slide|loss|slump|plunge)\b/i;

/**
 * What may stand between a listed company or a market index and a percent that is its price move, when nothing names
 * the metric: 'Blackstone gained 1.2%', 'the benchmark Kospi index gained 0.9%', 'Hang Seng +1.2%', '中芯国际跌4.1%',
 * '台积电ADR 5日应声上涨2.4%', '纳斯达克指数收涨1.1%'. A company's other changes name their metric ('revenue rose 5%').
 */
const BARE_MOVE = new RegExp(
  [
    // the rest of the company's name the mention left out, and its stock code: 'Renesas Electronics', 'Kioxia (285A.T)'
    `^\\s*(?:(?:${NAME_TAIL})\\.?\\s+)*(?:\\([^()]{1,16}\\)\\s*)?`,
    '(?:index|指数|ADRs?|shares?|stock|A股|H股|股价)?\\s*',
    // a time or manner word: 'on Thursday', '5日', '应声', '盘中'
    '(?:(?:on|in|early|late)\\s+[A-Za-z]+\\s+)?(?:\\d{1,2}日)?(?:应声|逆势|盘中|早盘|午盘|尾盘|收盘时?|全天)?\\s*',
    '(?:',
    // nothing but the sign written with the figure ('Kospi -0.6%')
    '|(?:has\\s+|had\\s+|have\\s+)?(?:rose|fell|gained|jumped|climbed|slid|dropped|sank|surged|soared|tumbled|plunged|slumped|rallied|advanced|declined|added|lost|shed|slipped|edged\\s+(?:up|down|higher|lower)|closed\\s+(?:up|down|higher|lower))(?:\\s+(?:by|about|roughly|nearly|almost|more\\s+than|as\\s+much\\s+as|some))*',
    // 'Kioxia, up 2.3%', 'Kioxia was up 2.3%'
    '|,?\\s*(?:(?:was|were|is|are|ended|closed|finished|traded|stood|settled)\\s+)?(?:up|down)(?:\\s+(?:by|about|roughly|nearly|some))*',
    // 'Kioxia closed 2.1% higher', 'Kioxia bucked the trend with a 1.9% gain': the direction follows the figure
    '|(?<after>(?:was|were|is|are|ended|closed|finished|traded|stood|settled)(?:\\s+(?:by|about|roughly|nearly|some))*',
    '|(?:[a-z]+\\s+){0,4}(?:with|on|after|for)\\s+(?:a|an)(?:\\s+(?:about|roughly|nearly|some))?)',
    '|(?:盘中|午后|早盘)?(?:一度)?(?:收|大|微|小|暴|急|上|下)?[涨跌](?:超|逾|近|约)?|走高|走低|下挫|飙升|拉升|回落',
    ')\\s*$',
  ].join(''),
  'i',
);

/** A relative clause between a company and its move, set off by commas ('…, which controls about 55% of the market, '). */
const ASIDE = new RegExp(`^((?:\\s*(?:${NAME_TAIL})\\.?)*)\\s*,\\s*(?:which|who|whose)\\b[^,;:]{1,120},\\s*`, 'i');

/** A performance over a stretch of time ('gained 20% over the past 12 months') is a return, not a session's move. */
const OVER_A_STRETCH =
  /^\s*(?:over|in)\s+the\s+(?:past|last)\b|^\s*(?:over|in)\s+\d+\s+(?:months|years|weeks)\b|^\s*(?:过去|近)\S{0,3}(?:年|个月)/i;

/**
 * Whether the percent `fig`, read as a change with no base ('growth'), is the price move of the listed company or the
 * index named right before it in its clause. A company must be the name a move verb directly follows; an index also
 * moves with only a sign ('Hang Seng +1.2%'), and its move over a stretch of time stays a return.
 */
export function isBareStockMove(text: string, fig: Figure, clause: Span, mentions: EntityMention[], gaz: Gazetteer): boolean {
  if (fig.kind !== 'percent') return false;
  const named = mentions.filter((m) => m.end <= fig.start).pop();
  if (!named) return false;
  // 'SK hynix, which controls about 55% of the HBM market, rose 2.1%': a relative clause set off by commas stands aside
  const raw = text.slice(named.end, fig.start);
  const aside = ASIDE.exec(raw);
  const gap = aside ? `${aside[1]} ${raw.slice(aside[0].length)}` : raw;
  // 'Kioxia, up 2.3%, led gains': the comma that splits the clause sets the move apart from its company
  if (named.start < clause.start && !aside && !/^\s*,\s*(?:up|down)\s*$/i.test(gap)) return false;
  const m = BARE_MOVE.exec(gap);
  if (!m) return false;
  if (m.groups?.after !== undefined && !FOLLOWING_MOVE.test(text.slice(fig.end, fig.end + 16))) return false;
  const signed = /^[+\-−–]/.test(text.slice(fig.start, fig.end));
  const tags = gaz.byName.get(named.name.toLowerCase())?.tags ?? [];
  if (named.type === 'place' && tags.includes('index')) {
    return (signed || gap.trim() !== '') && !OVER_A_STRETCH.test(text.slice(fig.end, fig.end + 24));
  }
  return named.type === 'org' && gap.trim() !== '';
}

/** A word that makes a sentence speak of a stock: its shares, its price, a trading session. */
const STOCK_CUE =
  /\b(?:shares?|stocks?|ADRs?)\b|股[价價票]|[该該個个]股|[台港美A]股|二[级級]市[场場]|收[盘盤市报報]|盘中|盤中|早[盘盤]|尾[盘盤]|板[块塊]|大市/i;

/** 'the roughly 19% rise in the Nasdaq Composite': a move written before the index it belongs to. */
const MOVE_OF_INDEX = /^\s*(?:rise|gain|advance|jump|rally|climb|fall|drop|decline|slide|loss)\s+(?:in|for|of)\s+(?:the\s+)?/i;

/**
 * Whether the percent `fig`, read as a change nothing names ('growth'), is a stock move because its sentence speaks of
 * shares before it ('Infosys shares closed up 1.6% … They have fallen about 9% so far this year' is the next case;
 * '二级市场上，中际旭创7月14日受关税消息影响下跌5.3%'), or because an index it is the move of follows it.
 */
export function isStockSentenceMove(text: string, fig: Figure, sentenceStart: number, mentions: EntityMention[], gaz: Gazetteer): boolean {
  if (fig.kind !== 'percent') return false;
  // the paragraph so far: 'Shares of the company rose 4.1%. They had gained about 11% so far this year'
  const from = Math.min(sentenceStart, text.lastIndexOf('\n', fig.start) + 1);
  if (STOCK_CUE.test(text.slice(from, fig.start))) return true;
  const after = MOVE_OF_INDEX.exec(text.slice(fig.end, fig.end + 40));
  if (!after) return false;
  const at = fig.end + after[0].length;
  const next = mentions.find((m) => m.start >= at && m.start <= at + 2);
  return !!next && next.type === 'place' && (gaz.byName.get(next.name.toLowerCase())?.tags ?? []).includes('index');
}
