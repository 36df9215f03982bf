/** The day's window in a time zone: which local calendar day an item date falls on, and where that day ends. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock parts of an instant in a time zone. */
function wallClock(ms: number, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return { y: parts.year ?? 0, mo: parts.month ?? 1, d: parts.day ?? 1, h: parts.hour ?? 0, mi: parts.minute ?? 0, s: parts.second ?? 0 };
}

/** Offset of the time zone from UTC at an instant, in ms (Asia/Shanghai → +8h). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(ms / 1000) * 1000;
}

/** The UTC instant of a local wall-clock time in a time zone (two passes settle DST edges). */
export function zonedToInstant(y: number, mo: number, d: number, timeZone: string): number {
  const guess = Date.UTC(y, mo - 1, d);
  const first = guess - offsetAt(guess, timeZone);
  return guess - offsetAt(first, timeZone);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date-time without Z or ±hh:mm: read as wall-clock time in the configured zone. */
const FLOATING = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;

/** A parsed item date: the local calendar day and an instant for recency. */
export interface LocalDate {
  day: string;
  instant: number;
}

/**
 * Reads an item date in a time zone. Date-only strings are that local day (instant: local noon);
 * date-times without an offset are local wall-clock time; anything else is parsed as an instant.
 * @example localDate('2026-03-01T17:30:00Z', 'Asia/Shanghai').day // → '2026-03-02'
 */
export function localDate(iso: string, timeZone: string): LocalDate | null {
  const s = iso.trim();
  let m = DATE_ONLY.exec(s);
  if (m) {
    const start = zonedToInstant(Number(m[1]), Number(m[2]), Number(m[3]), timeZone);
    return { day: s, instant: start + 12 * 3600_000 };
  }
  m = FLOATING.exec(s);
  if (m) {
    const start = zonedToInstant(Number(m[1]), Number(m[2]), Number(m[3]), timeZone);
    const into = (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0)) * 1000;
    return { day: `${m[1]}-${m[2]}-${m[3]}`, instant: start + into };
  }
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  const w = wallClock(ms, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { day: `${w.y}-${pad(w.mo)}-${pad(w.d)}`, instant: ms };
}

/** The [start, end) instants of a local calendar day (YYYY-MM-DD) in a time zone. */
export function dayWindow(date: string, timeZone: string): { start: number; end: number } {
  const m = DATE_ONLY.exec(date);
  if (!m) throw new Error(`[select] date must be YYYY-MM-DD, got "${date}"`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const next = new Date(Date.UTC(y, mo - 1, d + 1));
  return {
    start: zonedToInstant(y, mo, d, timeZone),
    end: zonedToInstant(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), timeZone),
  };
}
