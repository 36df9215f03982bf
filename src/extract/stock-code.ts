/**
 * A listed company's stock code written after its name: '(3443)', '（688256.SH）', '(00700.HK)', '(9988 HK)',
 * Bloomberg-style '(700 HK)', '(CSCO US)', '(2330 TT)', '(NASDAQ: NVDA)'. Group 1 is a '-KY' style board marker that belongs to the name before it. Global: reset
 * `lastIndex` before a scan.
 */
export const STOCK_CODE =
  /(-[A-Z]{1,3})?\s?[（(]\s*(?:(?:股票代码|代码|代號|股票代號)[:：]\s*)?(?:(?:SH|SZ|BJ|HK)?\d{4,6}(?:(?:\.|\s)(?:SH|SZ|BJ|HK|TW|TWO|KS|KQ|T|JP))?|(?:\d{1,6}|[A-Z]{1,5})\s(?:HK|US|TT|JP|KS|KQ|CH|C1|C2|LN|GR|FP|NA|IN|IB|SP|AU|CN|SW|SS|IM|SM|TB|IJ|MK|PM|NZ)|(?:NASDAQ|NYSE|Nasdaq|纳斯达克|纽交所)[:：]\s*[A-Z][A-Z.]{0,5})\s*[)）]/g;

/**
 * A stock move written right after the code, as market notes and flashes do: 'Alibaba (9988 HK) +2.8% to HK$160.70',
 * '创意(3443)下跌3.2%', '寒武纪（688256.SH）涨停'. What may stand between the code and the figure.
 */
export const MOVE_AFTER_CODE =
  /^\s*(?:[+\-−–]|(?:shares\s+)?(?:rose|fell|gained|jumped|climbed|slid|dropped|sank|surged|up|down|closed\s+(?:up|down))\b|[上下]?[涨跌]|大[涨跌]|涨停|跌停|收[涨跌])/i;
