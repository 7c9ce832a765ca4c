/** How a card writes numbers and dates, in the reader's language (the locale named by the `_locales` strings). */
import type { RuntimeFigureFact } from '../../kb/runtime';
import type { Qualifier } from '../../kb/schema';

/** A UI string by `_locales` key, with substitutions. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/**
 * A knowledge-base date (YYYY-MM-DD, YYYY-MM or YYYY) as words: "Friday 3 January 2020" (with the weekday),
 * "3 January 2020", "January 2020", "2020".
 */
export function formatDay(iso: string, locale: string, weekday = false): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return iso;
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { month: 'long', year: 'numeric' }
      : { day: 'numeric', month: 'long', year: 'numeric', ...(weekday ? { weekday: 'long' } : {}) };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}

const QUALIFIER_KEYS: Record<Exclude<Qualifier, 'exact'>, string> = {
  about: 'hoverCardQualifierAbout',
  'at-least': 'hoverCardQualifierAtLeast',
  'more-than': 'hoverCardQualifierMoreThan',
  'up-to': 'hoverCardQualifierUpTo',
  'fewer-than': 'hoverCardQualifierFewerThan',
};

/** The knowledge base's figure as words: "about 200", "150 to 200", "at least 1,000". */
export function formatKbFigure(fact: Pick<RuntimeFigureFact, 'value' | 'valueMax' | 'qualifier'>, locale: string, t: Translate): string {
  const number = new Intl.NumberFormat(locale);
  const value =
    fact.valueMax !== undefined
      ? t('hoverCardRange', [number.format(fact.value), number.format(fact.valueMax)])
      : number.format(fact.value);
  const qualifier = fact.qualifier ?? 'exact';
  return qualifier === 'exact' ? value : t(QUALIFIER_KEYS[qualifier], value);
}
