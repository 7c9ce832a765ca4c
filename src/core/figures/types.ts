/** What the figure and date parsers read from article text. */
import type { Qualifier, Unit } from '../../kb/schema';

/** A number with the unit it counts, as the article gives it ("around 200 soldiers"). */
export interface ParsedFigure {
  value: number;
  /** Upper bound of a range ("150 to 200 soldiers"). */
  valueMax?: number;
  /** How the article qualifies the number; `exact` when it does not. */
  qualifier: Qualifier;
  unit: Unit;
  /** What the count measures beyond its unit (`link/aspect.ts`), when it is not `level`: "added", "hit/role"… */
  kind?: string;
}

/** A day the article names, absolutely ("7 January 2020") or relative to its publication date ("last Friday"). */
export interface ParsedDate {
  /** YYYY-MM-DD, or YYYY-MM for a month. */
  iso: string;
  relative: boolean;
  /** A period longer than a day: a week (`iso` is its Monday) or a month (`iso` is YYYY-MM). */
  span?: 'week' | 'month';
}

/** A number read at some token, before its unit: the figure reader's working form. */
export interface RawNumber {
  /** First token of the highlight (the currency symbol, if any). */
  first: number;
  /** Token after the number (and after its range, if any). */
  end: number;
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  /** Token before the qualifier. */
  before: number;
  currency?: Unit;
  /** A unit written onto the number: "the 29-member alliance", "a 76-nation coalition". */
  joined?: Unit;
}
