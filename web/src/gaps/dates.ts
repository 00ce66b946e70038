// Calendar days as the API speaks them (YYYY-MM-DD, UTC): pure arithmetic, no time zones.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: string): Date {
  const match = DAY.exec(day);
  if (!match) throw new Error(`Not a day (YYYY-MM-DD): ${day}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

const formatDay = (date: Date) => date.toISOString().slice(0, 10);

/** Today in UTC, the day the API computes with when no date is given. */
export const todayUtc = (now = new Date()) => formatDay(now);

export function addDays(day: string, days: number): string {
  const date = parseDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return formatDay(date);
}

/** The same day a number of years later; 29 February falls back to 28 February. */
export function addYears(day: string, years: number): string {
  const date = parseDay(day);
  const target = new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return formatDay(target);
}

/** "2 Aug 2026": a day for people (English month names, so screens and tests agree). */
export function readableDay(day: string): string {
  const date = parseDay(day);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
