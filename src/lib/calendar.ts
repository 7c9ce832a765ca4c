/** Calendar arithmetic on ISO dates, in whole days (UTC, so no time zone or daylight-saving effects). */

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a valid YYYY-MM-DD date, else undefined. */
export function dayNumber(iso: string): number | undefined {
  const m = ISO_DAY.exec(iso);
  if (!m) return undefined;
  return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Days since 1970-01-01 of a real calendar date (month 1–12), else undefined ("31 February"). */
export function dayOf(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return ms / DAY_MS;
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/**
 * The days a possibly partial ISO date covers: "2020-01-07" → that day; "2020-01" → the month; "2020" → the year.
 * Undefined when it is not a date.
 */
export function dayRange(iso: string): { first: number; last: number } | undefined {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return undefined;
  if (m === undefined) return rangeOf(dayOf(y, 1, 1), dayOf(y + 1, 1, 1));
  if (d === undefined) return rangeOf(dayOf(y, m, 1), m === 12 ? dayOf(y + 1, 1, 1) : dayOf(y, m + 1, 1));
  const day = dayOf(y, m, d);
  return day === undefined ? undefined : { first: day, last: day };
}

function rangeOf(first: number | undefined, next: number | undefined) {
  return first === undefined || next === undefined ? undefined : { first, last: next - 1 };
}
