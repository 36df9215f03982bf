/**
 * Markdown tables in articles (broker notes, results summaries): the header of the column a figure stands in. A row
 * names the metric ('| Revenue | 452.6 | 3.8% |'); the header says whether a cell is a level or a change of it
 * ('| Rs bn | 2QFY27 | QoQ |', '| 亿元 | 本季 | 同比 |').
 */

/** One table line: opens with a pipe after optional spaces. */
const ROW = /^[ \t]*\|/;
/** The line under a header: pipes, dashes, colons and spaces only. */
const SEPARATOR = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;

/** A table line longer than this is no table line: the search for its ends stops there (dense text stays linear). */
const MAX_LINE = 2000;

/**
 * The span of the line holding `pos` when it is at most MAX_LINE characters long and the text has a pipe at all; else
 * undefined. Every table lookup starts here, so a figure of a long paragraph costs a bounded search, not a scan of it.
 */
function shortLine(text: string, pos: number): { start: number; end: number } | undefined {
  if (!hasPipe(text)) return undefined;
  const from = Math.max(0, pos - MAX_LINE);
  const back = text.slice(from, pos).lastIndexOf('\n');
  if (back < 0 && from > 0) return undefined;
  const stop = Math.min(text.length, pos + MAX_LINE);
  const ahead = text.slice(pos, stop).indexOf('\n');
  if (ahead < 0 && stop < text.length) return undefined;
  return { start: back < 0 ? 0 : from + back + 1, end: ahead < 0 ? text.length : pos + ahead };
}

/** Whether a text holds a pipe (one text at a time is attributed: the last answer is kept). */
let pipeText: string | undefined;
let pipeSeen = false;
function hasPipe(text: string): boolean {
  if (text !== pipeText) {
    pipeText = text;
    pipeSeen = text.includes('|');
  }
  return pipeSeen;
}

/** A header or row label that names a change: year-on-year, quarter-on-quarter, a percent change (units and '%' stripped). */
const CHANGE_LABEL =
  /^(?:yoy|y\/y|y-o-y|y-y|qoq|q\/q|q-o-q|q-q|mom|m\/m|chg|change|growth|growth rate|(?:yoy|qoq|y\/y|q\/q)\s*(?:chg|change|growth)|同比|环比|按年|按季|同比增长率?|环比增长率?|同比增速|环比增速|同比变动|环比变动|同比增减|增长率?|增速|增幅|变动|年增率?|季增率?|年增减|年成长率?|季成长率?)$/i;

/** A label without its decoration: '**YoY (%)**' → 'YoY', '% chg' → 'chg', '同比（%）' → '同比'. */
function bare(label: string): string {
  return label
    .replace(/\*\*/g, '')
    .replace(/[（(]\s*%\s*[）)]/g, '')
    .replace(/%/g, '')
    .trim();
}

/** Whether a header cell or row label names a change. */
export function isChangeLabel(label: string | undefined): boolean {
  return label !== undefined && CHANGE_LABEL.test(bare(label));
}

/** Cells of a table line (the text between its pipes, trimmed). */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((c) => c.trim());
}

/**
 * The header cell of the column holding `pos`, when `pos` lies in a body row of a markdown table (a header line, a
 * separator line, then rows); else undefined. Example: in '| Revenue | 452.6 | 3.8% |' under '| Rs bn | 2Q | QoQ |'
 * and '|---|---|---|', the position of '3.8%' → 'QoQ'.
 */
export function columnHeader(text: string, pos: number): string | undefined {
  const at = shortLine(text, pos);
  if (!at) return undefined;
  const lineStart = at.start;
  const line = text.slice(lineStart, at.end);
  if (!ROW.test(line)) return undefined;
  const column = (text.slice(lineStart, pos).match(/\|/g) ?? []).length - 1;
  if (column < 0) return undefined;
  // Walk up the table to the separator; the line above it is the header.
  let end = lineStart - 1;
  for (let rows = 0; end > 0 && rows < 60; rows++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(start, end);
    if (SEPARATOR.test(above)) {
      if (start === 0) return undefined;
      const hStart = text.lastIndexOf('\n', start - 2) + 1;
      const header = text.slice(hStart, start - 1);
      return ROW.test(header) ? cells(header)[column] : undefined;
    }
    if (!ROW.test(above)) return undefined;
    end = start - 1;
  }
  return undefined;
}

/** Whether a figure at `pos` stands in a table column whose header names a change ('YoY', 'QoQ', '同比', '% chg'). */
export function inChangeColumn(text: string, pos: number): boolean {
  return isChangeLabel(columnHeader(text, pos));
}

/** The span of the markdown table line holding `pos`, or undefined when `pos` is not in one. */
function lineAt(text: string, pos: number): { start: number; end: number } | undefined {
  const at = shortLine(text, pos);
  return at && ROW.test(text.slice(at.start, at.end)) ? at : undefined;
}

/** The first cell of a table line (its row label). */
function rowLabel(text: string, row: { start: number; end: number }): string | undefined {
  return cells(text.slice(row.start, row.end))[0];
}

/** Whether a figure at `pos` stands in a table row labelled as a change ('| YoY | 12.0% | 9.5% |' under '| Revenue | … |'). */
export function inChangeRow(text: string, pos: number): boolean {
  const row = lineAt(text, pos);
  return !!row && isChangeLabel(rowLabel(text, row));
}

/**
 * The table line that names what a cell at `pos` measures: its own row, or, for a row labelled as a change, the nearest
 * row above it that is not one ('| Revenue | 120 | 140 |' then '| YoY | 20% | 16.7% |' → the Revenue row). Undefined
 * outside tables.
 */
export function tableRow(text: string, pos: number): { start: number; end: number } | undefined {
  let row = lineAt(text, pos);
  for (let i = 0; row && i < 8 && isChangeLabel(rowLabel(text, row)); i++) {
    if (row.start === 0) return row;
    const above = lineAt(text, row.start - 1);
    if (!above || SEPARATOR.test(text.slice(above.start, above.end))) return row;
    row = above;
  }
  return row;
}
