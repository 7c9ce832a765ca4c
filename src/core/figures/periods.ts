/**
 * Periods named in article text, resolved against the publication day, English and French:
 * - parts of the publication day: "today", "this morning", "tonight", "overnight", "aujourd'hui", "ce matin";
 * - weeks (as their Monday): "this week", "earlier this week", "earlier in the week", "cette semaine" → the
 *   publication week; "last week", "la semaine dernière" → the week before; weekends (as their Saturday): "this
 *   weekend" → that of the publication week, "over the weekend", "last weekend", "le week-end dernier" → the latest
 *   before publication;
 * - months (as YYYY-MM): "this month", "earlier this month", "ce mois-ci"; "last month", "le mois dernier"; a month
 *   name with a cue ("in January", "early January", "late December", "the end of September 2025", "fin septembre",
 *   "début septembre", "September 2026", "the month of September"). Without a year, the publication year — or the
 *   year before when that would put the month more than three months after publication ("late December" in a January
 *   article); "next year" / "de l'année prochaine" after it, the year after.
 * - feasts that name a day: "New Year's Eve", "Christmas Day", "la Saint-Sylvestre" → the nearest before publication,
 *   or this year's when it lies at most three months after.
 * English month names count only when capitalised, and "May" and "March" only after a cue or before a year.
 */
import { dayOf, isoOf, weekdayOf, yearOf } from '../../lib/calendar';
import { phraseLexicon, wordAt, type Token } from './tokens';
import { EN_MONTHS, FR_MONTHS } from './months';

export type Span = 'day' | 'week' | 'month';

export interface PeriodHit {
  /** Token range. */
  first: number;
  end: number;
  /** YYYY-MM-DD (a day, or a week's Monday, or a weekend's Saturday) or YYYY-MM. */
  iso: string;
  span: Span;
}

export interface PeriodContext {
  published: number;
  /** Whether the original character at normalised offset `i` is upper-case. */
  capitalized(i: number): boolean;
  /** Whether normalised offset `i` lies inside quotation marks: there "today" is the speaker's, not the article's. */
  quoted(i: number): boolean;
}

type Relative =
  | { kind: 'day'; offset: number }
  | { kind: 'week'; offset: number }
  | { kind: 'weekend'; offset: 0 | -1 }
  | { kind: 'month'; offset: number };

/** Relative periods: "today", "last week"… */
export const RELATIVE_PHRASES: readonly (readonly [string, Relative])[] = [
  ['today', { kind: 'day', offset: 0 }],
  ['this morning', { kind: 'day', offset: 0 }],
  ['this afternoon', { kind: 'day', offset: 0 }],
  ['this evening', { kind: 'day', offset: 0 }],
  ['tonight', { kind: 'day', offset: 0 }],
  ['overnight', { kind: 'day', offset: 0 }],
  ["aujourd'hui", { kind: 'day', offset: 0 }],
  ['ce matin', { kind: 'day', offset: 0 }],
  ['cet apres-midi', { kind: 'day', offset: 0 }],
  ['ce soir', { kind: 'day', offset: 0 }],
  ['yesterday morning', { kind: 'day', offset: -1 }],
  ['yesterday afternoon', { kind: 'day', offset: -1 }],
  ['yesterday evening', { kind: 'day', offset: -1 }],
  ['last night', { kind: 'day', offset: -1 }],
  ['hier soir', { kind: 'day', offset: -1 }],
  ['hier matin', { kind: 'day', offset: -1 }],
  ['this week', { kind: 'week', offset: 0 }],
  ['earlier this week', { kind: 'week', offset: 0 }],
  ['earlier in the week', { kind: 'week', offset: 0 }],
  ['cette semaine', { kind: 'week', offset: 0 }],
  ['last week', { kind: 'week', offset: -1 }],
  ['la semaine derniere', { kind: 'week', offset: -1 }],
  ['la semaine passee', { kind: 'week', offset: -1 }],
  ['this weekend', { kind: 'weekend', offset: 0 }],
  ['over the weekend', { kind: 'weekend', offset: -1 }],
  ['last weekend', { kind: 'weekend', offset: -1 }],
  ['le week-end dernier', { kind: 'weekend', offset: -1 }],
  ['ce week-end', { kind: 'weekend', offset: 0 }],
  ['this month', { kind: 'month', offset: 0 }],
  ['earlier this month', { kind: 'month', offset: 0 }],
  ['ce mois-ci', { kind: 'month', offset: 0 }],
  ['last month', { kind: 'month', offset: -1 }],
  ['le mois dernier', { kind: 'month', offset: -1 }],
];
const RELATIVE = phraseLexicon<Relative>(RELATIVE_PHRASES);

/** Days named by their feast (month, day): "on New Year's Eve", "à Noël". */
export const HOLIDAY_PHRASES: readonly (readonly [string, readonly [number, number]])[] = [
  ["new year's eve", [12, 31]],
  ['christmas eve', [12, 24]],
  ['christmas day', [12, 25]],
  ['la saint-sylvestre', [12, 31]],
  ['le reveillon du nouvel an', [12, 31]],
  ['la veille de noel', [12, 24]],
  ['le jour de noel', [12, 25]],
];
const HOLIDAYS = phraseLexicon<readonly [number, number]>(HOLIDAY_PHRASES);
/** Days after publication a feast may lie and still be this year's ("on Christmas Day", written on 20 December). */
const HOLIDAY_AHEAD_DAYS = 90;

/** The day a feast falls on nearest before publication (or in the weeks just after it). */
function holidayIso([month, day]: readonly [number, number], published: number): string {
  const year = yearOf(published);
  const thisYear = dayOf(year, month, day)!;
  return isoOf(thisYear - published > HOLIDAY_AHEAD_DAYS ? dayOf(year - 1, month, day)! : thisYear);
}

const EN_INDEX = new Map(EN_MONTHS.map((m, i) => [m, i + 1]));
const FR_INDEX = new Map(FR_MONTHS.map((m, i) => [m, i + 1]));
/** Month names, without one of which no period but a relative one is read (see `carriers.ts`). */
export const PERIOD_MONTHS: readonly string[] = [...EN_MONTHS, ...FR_MONTHS];
/** English month names that are also ordinary words: a month only after a cue or before a year. */
const AMBIGUOUS = new Set(['may', 'march']);

/** Words before a month name that make it a period of that month, kept inside the highlight. */
const CUES = phraseLexicon<true>(
  [
    'in',
    'early',
    'mid',
    'late',
    'since',
    'until',
    'by',
    'end of',
    'the end of',
    'the start of',
    'the beginning of',
    'the month of',
    'early in',
    'late in',
    'en',
    'fin',
    'debut',
    'mi',
    'depuis',
    "jusqu'en",
    'le mois de',
  ].map((p) => [p, true] as const),
);
/** Cues that stay outside the highlight (prepositions). */
const OUTSIDE = new Set(['in', 'since', 'until', 'by', 'en', 'depuis', "jusqu'en"]);

const NEXT_YEAR = phraseLexicon<true>(
  ['next year', "de l'annee prochaine", "l'an prochain"].map((p) => [p, true] as const),
);

const MONDAY = 1;
const SATURDAY = 6;

function mondayOf(day: number): number {
  return day - ((weekdayOf(day) - MONDAY + 7) % 7);
}

function monthIso(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

function shiftMonth(published: number, offset: number): string {
  const d = new Date(published * 86_400_000);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + offset;
  return monthIso(Math.floor(total / 12), (total % 12) + 1);
}

function relativeIso(rel: Relative, published: number): { iso: string; span: Span } {
  switch (rel.kind) {
    case 'day':
      return { iso: isoOf(published + rel.offset), span: 'day' };
    case 'week':
      return { iso: isoOf(mondayOf(published) + 7 * rel.offset), span: 'week' };
    case 'weekend': {
      if (rel.offset === 0) return { iso: isoOf(mondayOf(published) + SATURDAY - MONDAY), span: 'day' };
      const back = (weekdayOf(published) - SATURDAY + 7) % 7 || 7;
      return { iso: isoOf(published - back), span: 'day' };
    }
    case 'month':
      return { iso: shiftMonth(published, rel.offset), span: 'month' };
  }
}

/** The month named at token `i` (1–12), if it is one. */
function monthNameAt(tokens: readonly Token[], i: number, ctx: PeriodContext, cued: boolean): number | undefined {
  const w = wordAt(tokens, i);
  if (w === undefined) return undefined;
  const fr = FR_INDEX.get(w);
  if (fr !== undefined) return fr;
  const en = EN_INDEX.get(w);
  if (en === undefined || !ctx.capitalized(tokens[i]!.start)) return undefined;
  if (AMBIGUOUS.has(w) && !cued && !/^(19|20)\d\d$/.test(tokens[i + 1]?.text ?? '')) return undefined;
  return en;
}

/** The year of a month named without one. */
function yearFor(month: number, published: number, nextYear: boolean): number {
  const year = yearOf(published);
  if (nextYear) return year + 1;
  const publishedMonth = new Date(published * 86_400_000).getUTCMonth() + 1;
  return month - publishedMonth > 3 ? year - 1 : year;
}

function monthPeriodAt(tokens: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  const cue = CUES.at(tokens, i);
  const at = cue ? i + cue.length : i;
  // "mi-janvier" is one token: split its prefix here.
  const word = wordAt(tokens, at) ?? '';
  const hyphenated = word.startsWith('mi-') ? FR_INDEX.get(word.slice(3)) : undefined;
  const month = hyphenated ?? monthNameAt(tokens, at, ctx, cue !== undefined);
  if (month === undefined) return undefined;
  let end = at + 1;
  if (/^\d{1,2}$/.test(tokens[end]?.text ?? '')) return undefined; // "January 7": a day, read as such
  if (/^\d{1,2}(er)?$/.test(tokens[at - 1]?.text ?? '')) return undefined; // "7 janvier"
  const yearToken = tokens[end]?.text ?? '';
  let year: number;
  if (/^(19|20)\d\d$/.test(yearToken)) {
    year = Number(yearToken);
    end++;
  } else {
    const next = NEXT_YEAR.at(tokens, end);
    if (next) end += next.length;
    year = yearFor(month, ctx.published, next !== undefined);
  }
  const first = cue && OUTSIDE.has(wordAt(tokens, i) ?? '') && cue.length === 1 ? at : i;
  return { first, end, iso: monthIso(year, month), span: 'month' };
}

/** The period starting at token `i`, resolved against the publication day; undefined if none. */
export function periodAt(tokens: readonly Token[], i: number, ctx: PeriodContext): PeriodHit | undefined {
  const rel = RELATIVE.at(tokens, i);
  if (rel && ctx.quoted(tokens[i]!.start)) return undefined;
  if (rel) return { first: i, end: i + rel.length, ...relativeIso(rel.value, ctx.published) };
  const holiday = HOLIDAYS.at(tokens, i);
  if (holiday) return { first: i, end: i + holiday.length, iso: holidayIso(holiday.value, ctx.published), span: 'day' };
  return monthPeriodAt(tokens, i, ctx);
}
