/**
 * Dates, numbers and the knowledge base's figures as the reader's language writes them: one formatter for the hover
 * card, the fact panel and the settings page (each passes its locale and its `t`).
 */
import type { Qualifier } from '../kb/schema';
import type { Translate } from '../shared/i18n';
import { qualifierKey } from './labels';

/**
 * How a full date is written: `long` "3 January 2020" (cards), `weekday` "Friday 3 January 2020" (a date's card),
 * `short` "3 Jan 2020" (the panel's lists). A month is always "January 2020", a year "2020".
 */
export type DateStyle = 'long' | 'weekday' | 'short';

/**
 * Formatters made once per locale and form: making an `Intl` formatter costs a fraction of a millisecond, and the
 * panel's timeline and sources write thousands of dates (before this cache, 0.5 s of the panel's first render).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let made = formatters.get(key) as F | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

/** A full or partial ISO date (YYYY-MM-DD, YYYY-MM, YYYY) in the reader's language; other text is returned as is. */
export function formatDate(iso: string, locale: string, style: DateStyle = 'long'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = day && style === 'short' ? 'short' : 'long';
  if (day) options.day = 'numeric';
  if (day && style === 'weekday') options.weekday = 'long';
  const key = `date|${locale}|${options.month ?? ''}|${options.day ?? ''}|${options.weekday ?? ''}`;
  return formatter(key, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

export function formatNumber(value: number, locale: string): string {
  return formatter(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** A figure of the knowledge base as words: "about 200", "150 to 200", "at least 1,000". */
export function formatFigure(
  figure: { value: number; valueMax?: number | undefined; qualifier?: Qualifier | undefined },
  locale: string,
  t: Translate,
): string {
  const value =
    figure.valueMax !== undefined
      ? t('rangeValue', [formatNumber(figure.value, locale), formatNumber(figure.valueMax, locale)])
      : formatNumber(figure.value, locale);
  const qualifier = figure.qualifier ?? 'exact';
  return qualifier === 'exact' ? value : t(qualifierKey(qualifier), value);
}
