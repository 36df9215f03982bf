/** Dates as sources write them (RFC 822, RFC 3339, `2026年3月2日`, front matter) → ISO 8601. */

/**
 * Normalises a date to ISO 8601; date-only stays date-only, times without a zone stay local, zoned times become UTC.
 * @example toIsoDate('Mon, 02 Mar 2026 08:30:00 GMT') === '2026-03-02T08:30:00.000Z'
 * @example toIsoDate('2026年3月2日') === '2026-03-02'
 */
export function toIsoDate(input: unknown): string | null {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input.toISOString();
  if (typeof input === 'number' && input > 1900 && input < 2200) return String(input);
  if (typeof input !== 'string') return null;
  const s = input.trim();
  if (!s) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return ymd(m[1], m[2], m[3]);
  m = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(s);
  if (m) return ymd(m[1], m[2], m[3]);
  m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (m) return `${ymd(m[1], m[2], m[3])}T${pad(m[4])}:${m[5]}:${m[6] ?? '00'}`;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString();
}

function pad(s: string | undefined): string {
  return (s ?? '').padStart(2, '0');
}

function ymd(y: string | undefined, mo: string | undefined, d: string | undefined): string {
  return `${y}-${pad(mo)}-${pad(d)}`;
}
