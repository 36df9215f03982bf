/**
 * Which items a digest may be written from: original articles, and stories imported from an archive of digests
 * when no original article of that day tells the same story (a user who imports another pipeline's digests gets a
 * digest of them). And, when a day has nothing, exactly why.
 */
import type { ItemRecord, Story } from '../types/index.js';
import { localDate } from './day-window.js';
import { defaultOutlets, itemOutlet, type OutletTable } from './outlets.js';

/** Item kinds that are news a digest reports (transcripts, notes and highlights feed knowledge, not headlines). */
const ORIGINAL: ReadonlySet<ItemRecord['kind']> = new Set(['article']);
const IMPORTED: ReadonlySet<ItemRecord['kind']> = new Set(['digest-story']);
/** A company's results call (`Q4 Fiscal 2026 Earnings Call`, `June quarter results call`, 业绩电话会): a record of the news itself. */
const RESULTS_CALL = /\b(?:earnings|results|quarterly|conference)\s+(?:conference\s+)?call\b|业绩(?:电话|说明)会/i;

/** Whether an item is the transcript of a company's results call (see RESULTS_CALL), not a podcast or an interview. */
export function resultsCallTranscript(item: Pick<ItemRecord, 'kind' | 'title'>): boolean {
  return item.kind === 'transcript' && RESULTS_CALL.test(item.title);
}

/**
 * Whether an item is the record of a company's call, whatever its file looked like: a results call's transcript, or an
 * article whose outlet field names a call or its transcript (`Earnings call transcript`, cited 业绩电话会实录).
 */
export function callRecord(item: ItemRecord, outlets: OutletTable = defaultOutlets()): boolean {
  return resultsCallTranscript(item) || /实录$/u.test(itemOutlet(item, outlets) ?? '');
}

/**
 * Whether a transcript is a story's only telling: a results call whose story holds no article (no report of the same
 * call on any day). It is then the news a digest reports (a call transcript alone still gives a story); beside an
 * article of its story it only feeds knowledge.
 */
export function soleCallTranscript(item: ItemRecord, members: readonly ItemRecord[]): boolean {
  return resultsCallTranscript(item) && !members.some((m) => ORIGINAL.has(m.kind));
}

function dayOf(item: ItemRecord, timeZone: string): string | null {
  return (item.date ? localDate(item.date, timeZone) : null)?.day ?? localDate(item.ingestedAt, timeZone)?.day ?? null;
}

/**
 * The items a digest may use, by story: every article; an imported digest story only when no article of the same
 * story falls on its day. Stories keep only their eligible items (stories left empty are dropped).
 * @example eligibleStories(stories, items, 'Asia/Shanghai') // → { stories, items } with archive stories of days no article covers
 */
export function eligibleStories(
  stories: readonly Story[],
  items: readonly ItemRecord[],
  timeZone: string,
): { stories: Story[]; items: ItemRecord[] } {
  const byId = new Map(items.map((i) => [i.id, i]));
  const keep = new Set<string>();
  for (const story of stories) {
    const members = story.items.map((id) => byId.get(id)).filter((i): i is ItemRecord => i !== undefined);
    const articleDays = new Set(members.filter((i) => ORIGINAL.has(i.kind)).map((i) => dayOf(i, timeZone)));
    for (const i of members) {
      // A results call beside a report of its day is a source of that story: its own facts (guidance, backlog) feed it.
      const callOfTheDay = resultsCallTranscript(i) && articleDays.has(dayOf(i, timeZone));
      if (
        ORIGINAL.has(i.kind) ||
        soleCallTranscript(i, members) ||
        callOfTheDay ||
        (IMPORTED.has(i.kind) && !articleDays.has(dayOf(i, timeZone)))
      )
        keep.add(i.id);
    }
  }
  return {
    // A call beside the report of its day follows it: the report is the news and heads the story.
    stories: stories
      .map((s) => ({
        ...s,
        items: followingCalls(
          s.items.filter((id) => keep.has(id)),
          byId,
        ),
      }))
      .filter((s) => s.items.length > 0),
    items: items.filter((i) => keep.has(i.id)),
  };
}

/** A story's item ids with the transcripts of a call after every other item (a call alone keeps its place). */
function followingCalls(ids: readonly string[], byId: ReadonlyMap<string, ItemRecord>): string[] {
  const call = (id: string) => {
    const i = byId.get(id);
    return i !== undefined && resultsCallTranscript(i);
  };
  return [...ids.filter((id) => !call(id)), ...ids.filter(call)];
}

/**
 * Why a day has no story to write, in one line: what the store holds that day by kind, and the nearest days that
 * have stories. Example: `no article or imported digest story is dated 2026-11-23 (Asia/Shanghai): the store holds
 * 58 items, none that day; the nearest days with stories: 2026-11-22 (23), 2026-11-21 (6)`.
 */
export function explainEmptyDay(date: string, timeZone: string, items: readonly ItemRecord[]): string {
  const that = items.filter((i) => dayOf(i, timeZone) === date);
  const kinds = new Map<string, number>();
  for (const i of that) kinds.set(i.kind, (kinds.get(i.kind) ?? 0) + 1);
  const perDay = new Map<string, number>();
  for (const i of items) {
    if (!ORIGINAL.has(i.kind) && !IMPORTED.has(i.kind)) continue;
    const d = dayOf(i, timeZone);
    if (d) perDay.set(d, (perDay.get(d) ?? 0) + 1);
  }
  const nearest = [...perDay.entries()]
    .sort((a, b) => Math.abs(Date.parse(a[0]) - Date.parse(date)) - Math.abs(Date.parse(b[0]) - Date.parse(date)) || (a[0] < b[0] ? 1 : -1))
    .slice(0, 3)
    .map(([d, n]) => `${d} (${n})`);
  const news = that.filter((i) => ORIGINAL.has(i.kind) || IMPORTED.has(i.kind)).length;
  const list = [...kinds.entries()].map(([k, n]) => `${n} ${k}${n === 1 ? '' : 's'}`).join(', ');
  const held =
    that.length === 0
      ? `the store holds ${items.length} item(s), none dated that day`
      : news === 0
        ? `that day the store holds ${list}, none of them news a digest reports`
        : `that day the store holds ${list}, none of them in a story of its own that day`;
  const near =
    nearest.length > 0 ? `; days with articles or imported digest stories: ${nearest.join(', ')}` : '; the store holds no article at all';
  return `no article or imported digest story is dated ${date} (${timeZone}): ${held}${near}`;
}
