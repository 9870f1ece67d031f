const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** "just now", "5 minutes ago", "3 hours ago", "yesterday"… in the browser's language. */
export function relativeTime(ms: number, now: number, locale?: string): string {
  const diff = ms - now;
  if (Math.abs(diff) < 60_000) return 'just now';
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size) return format.format(Math.round(diff / size), unit);
  }
  return 'just now';
}

/** The exact date and time, for a tooltip. */
export const exactTime = (ms: number, locale?: string) =>
  new Date(ms).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
