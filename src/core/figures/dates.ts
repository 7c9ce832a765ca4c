/**
 * Days named in article text, English and French:
 * - absolute: "7 January 2020", "January 7, 2020", "Jan. 7", "07 January, 2020", "Friday, January 3", "3 janvier 2020",
 *   "1er janvier"; without a year, the publication year (the year before, if that would put the day after
 *   publication);
 * - relative to the publication date: a weekday ("Tuesday", "on Tuesday", "since Friday", "depuis vendredi") is the
 *   latest such day on or before publication; "last Friday", "vendredi dernier" the latest strictly before;
 *   "yesterday", "hier" the day before — except inside quotation marks, where it is the speaker's yesterday; named,
 *   recurring and future days ("Black Friday", "every Friday", "next Friday") are not resolved.
 * English month and weekday names count only when capitalised ("may" is a verb, "march" a walk).
 * Periods — parts of the publication day, weeks, weekends and months ("last week", "late December") — come from
 * `periods.ts` where no day is named.
 */
import { dayOf, isoOf, weekdayOf, yearOf } from '../../lib/calendar';
import { periodAt } from './periods';
import { touching, wordAt, type Token } from './tokens';
import type { ParsedDate } from './types';
import { EN_MONTHS, FR_MONTHS } from './months';

export interface DateMatch {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  date: ParsedDate;
  /** Token range of the match. */
  firstToken: number;
  endToken: number;
}

/** What the date parser needs to know of the block beyond its tokens. */
export interface DateContext {
  /** Publication day (days since 1970-01-01), if known. */
  published?: number;
  /** Whether the original character behind normalised offset `i` is an upper-case letter. */
  capitalized(i: number): boolean;
  /** Whether normalised offset `i` lies inside quotation marks. */
  quoted(i: number): boolean;
}

const EN_MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const FR_WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 'er']);

interface NameHit {
  index: number;
  /** English names must be capitalised; French ones are written in lower case. */
  english: boolean;
}

function nameTable(english: readonly (readonly string[])[], french: readonly string[]): Map<string, NameHit[]> {
  const table = new Map<string, NameHit[]>();
  const add = (name: string, hit: NameHit) => table.set(name, [...(table.get(name) ?? []), hit]);
  for (const names of english) names.forEach((name, index) => add(name, { index, english: true }));
  french.forEach((name, index) => add(name, { index, english: false }));
  return table;
}

const MONTHS = nameTable([EN_MONTHS, EN_MONTH_ABBREVIATIONS], FR_MONTHS);
const WEEKDAYS = nameTable([EN_WEEKDAYS], FR_WEEKDAYS);

function nameAt(
  table: Map<string, NameHit[]>,
  tokens: readonly Token[],
  i: number,
  ctx: DateContext,
): NameHit | undefined {
  const hits = table.get(wordAt(tokens, i) ?? '');
  return hits?.find((hit) => !hit.english || ctx.capitalized(tokens[i]!.start));
}

const monthAt = (tokens: readonly Token[], i: number, ctx: DateContext) => nameAt(MONTHS, tokens, i, ctx);
const weekdayAt = (tokens: readonly Token[], i: number, ctx: DateContext) => nameAt(WEEKDAYS, tokens, i, ctx);

const isPunct = (tokens: readonly Token[], i: number, text: string) =>
  tokens[i]?.kind === 'punct' && tokens[i]!.text === text;

/** A day of the month at `i` ("7", "07", "3rd", "1er"): its value and the token after it. */
function dayNumberAt(tokens: readonly Token[], i: number): { day: number; end: number } | undefined {
  const t = tokens[i];
  if (t?.kind !== 'num' || !/^\d{1,2}$/.test(t.text)) return undefined;
  const day = Number(t.text);
  if (day < 1 || day > 31) return undefined;
  const suffix = touching(tokens, i) ? wordAt(tokens, i + 1) : undefined;
  if (suffix !== undefined && !ORDINAL_SUFFIXES.has(suffix)) return undefined;
  return { day, end: suffix === undefined ? i + 1 : i + 2 };
}

/** An optional ", 2020" or " 2020" at `i`: the year and the token after it. */
function yearAt(tokens: readonly Token[], i: number): { year?: number; end: number } {
  const at = isPunct(tokens, i, ',') ? i + 1 : i;
  const t = tokens[at];
  if (t?.kind === 'num' && /^(19|20)\d\d$/.test(t.text)) return { year: Number(t.text), end: at + 1 };
  return { end: i };
}

interface DayMonth {
  day: number;
  /** 1–12 */
  month: number;
  year?: number;
  end: number;
}

/** "7 January [2020]", "3 janvier 2020", or (English only) "January 7[, 2020]", "Jan. 7". */
function absoluteAt(tokens: readonly Token[], i: number, ctx: DateContext): DayMonth | undefined {
  const dayFirst = dayNumberAt(tokens, i);
  if (dayFirst) {
    const month = monthAt(tokens, dayFirst.end, ctx);
    if (month === undefined) return undefined;
    const afterMonth = isPunct(tokens, dayFirst.end + 1, '.') ? dayFirst.end + 2 : dayFirst.end + 1;
    return { day: dayFirst.day, month: month.index + 1, ...yearAt(tokens, afterMonth) };
  }
  const month = monthAt(tokens, i, ctx);
  if (!month?.english) return undefined;
  const dayAt = isPunct(tokens, i + 1, '.') ? i + 2 : i + 1;
  const day = dayNumberAt(tokens, dayAt);
  return day && { day: day.day, month: month.index + 1, ...yearAt(tokens, day.end) };
}

/** The day a date without a year means: in the publication year, or the year before if that is after publication. */
function resolveDayMonth(dm: DayMonth, published: number | undefined): number | undefined {
  if (dm.year !== undefined) return dayOf(dm.year, dm.month, dm.day);
  if (published === undefined) return undefined;
  const year = yearOf(published);
  const day = dayOf(year, dm.month, dm.day);
  return day !== undefined && day > published ? dayOf(year - 1, dm.month, dm.day) : day;
}

/** The latest day with weekday `weekday` on (or, `strict`, before) the publication day. */
function latestWeekday(weekday: number, published: number, strict: boolean): number {
  const back = (weekdayOf(published) - weekday + 7) % 7;
  return published - (back === 0 && strict ? 7 : back);
}

const STRICT_BEFORE = new Set(['last']);
const ON_OR_BEFORE = new Set(['since', 'depuis']);
const STRICT_AFTER = new Set(['dernier']);
/** Words before a weekday that make it no day we can resolve: named days, recurring or future ones. */
const NOT_A_DAY_BEFORE = new Set([
  'black',
  'good',
  'cyber',
  'super',
  'ash',
  'holy',
  'maundy',
  'shrove',
  'palm',
  'every',
  'each',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'next',
  'this',
  'coming',
  'chaque',
]);
const NOT_A_DAY_AFTER = new Set(['prochain']);
const YESTERDAY = new Set(['yesterday', 'hier']);

/** Words without which no date is read: month and weekday names, "yesterday" (see `carriers.ts`). */
export const DATE_WORDS: readonly string[] = [
  ...EN_MONTHS,
  ...EN_MONTH_ABBREVIATIONS,
  ...FR_MONTHS,
  ...EN_WEEKDAYS,
  ...FR_WEEKDAYS,
  ...YESTERDAY,
];

interface Found {
  first: number;
  end: number;
  day?: number;
  relative: boolean;
}

/** "Friday, 10/21/22": a weekday before a numeric date, which this parser does not read. */
function numericDateAt(tokens: readonly Token[], i: number): boolean {
  const at = isPunct(tokens, i, ',') ? i + 1 : i;
  return tokens[at]?.kind === 'num' && touching(tokens, at) && isPunct(tokens, at + 1, '/');
}

function dateAt(tokens: readonly Token[], i: number, ctx: DateContext): Found | undefined {
  const { published } = ctx;
  const w = wordAt(tokens, i) ?? '';
  if (YESTERDAY.has(w)) {
    const day = published !== undefined && !ctx.quoted(tokens[i]!.start) ? published - 1 : undefined;
    return { first: i, end: i + 1, ...dayField(day), relative: true };
  }
  const lead = STRICT_BEFORE.has(w) || ON_OR_BEFORE.has(w);
  const at = lead ? i + 1 : i;
  const weekday = weekdayAt(tokens, at, ctx);
  if (weekday === undefined) {
    const dm = lead ? undefined : absoluteAt(tokens, i, ctx);
    return dm && { first: i, end: dm.end, ...dayField(resolveDayMonth(dm, published)), relative: false };
  }
  if (!lead) {
    const dm = absoluteAt(tokens, isPunct(tokens, at + 1, ',') ? at + 2 : at + 1, ctx);
    if (dm) return { first: i, end: dm.end, ...dayField(resolveDayMonth(dm, published)), relative: false };
  }
  const after = wordAt(tokens, at + 1) ?? '';
  const noDay =
    (!lead && NOT_A_DAY_BEFORE.has(wordAt(tokens, i - 1) ?? '')) ||
    NOT_A_DAY_AFTER.has(after) ||
    numericDateAt(tokens, at + 1);
  const strict = STRICT_BEFORE.has(w) || STRICT_AFTER.has(after);
  const end = STRICT_AFTER.has(after) || NOT_A_DAY_AFTER.has(after) ? at + 2 : at + 1;
  const day = published !== undefined && !noDay ? latestWeekday(weekday.index, published, strict) : undefined;
  return { first: i, end, ...dayField(day), relative: true };
}

const dayField = (day: number | undefined) => (day === undefined ? {} : { day });

/** Dates of a block, left to right, without overlaps. A date that cannot be resolved to a day is left out. */
export function extractDates(tokens: readonly Token[], ctx: DateContext): DateMatch[] {
  const found: DateMatch[] = [];
  const { published } = ctx;
  // One context for every token (a spread per token was most of this loop's own time).
  const periodCtx = published === undefined ? undefined : { ...ctx, published };
  for (let i = 0; i < tokens.length;) {
    const hit = dateAt(tokens, i, ctx);
    const period = hit === undefined && periodCtx !== undefined ? periodAt(tokens, i, periodCtx) : undefined;
    if (period) {
      found.push({
        start: tokens[period.first]!.start,
        end: tokens[period.end - 1]!.end,
        date: { iso: period.iso, relative: true, ...(period.span !== 'day' && { span: period.span }) },
        firstToken: period.first,
        endToken: period.end,
      });
      i = period.end;
      continue;
    }
    if (hit === undefined) {
      i++;
      continue;
    }
    if (hit.day !== undefined) {
      found.push({
        start: tokens[hit.first]!.start,
        end: tokens[hit.end - 1]!.end,
        date: { iso: isoOf(hit.day), relative: hit.relative },
        firstToken: hit.first,
        endToken: hit.end,
      });
    }
    i = hit.end;
  }
  return found;
}

/** Whether offset `i` of `text` lies inside quotation marks ("…", “…”, «…»), counted from the start of the block. */
export function insideQuotes(text: string, i: number): boolean {
  let straight = false;
  let curly = 0;
  for (let k = 0; k < i; k++) {
    const ch = text[k];
    if (ch === '"') straight = !straight;
    else if (ch === '“' || ch === '«') curly++;
    else if ((ch === '”' || ch === '»') && curly > 0) curly--;
  }
  return straight || curly > 0;
}
