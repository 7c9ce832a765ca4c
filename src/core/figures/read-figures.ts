/**
 * The figure reader's entry point (`readFigures`): the dates and figures of one block, with offsets into the original
 * block text. Dates are read first; their tokens are not read again as numbers ("7 January" holds no figure).
 */
import { originalSpan, type Normalized } from '../../lib/normalize';
import { mayHoldFigures } from './carriers';
import { extractDates, insideQuotes } from './dates';
import { extractFigures, type CarriedCount } from './figures';
import { tokenize } from './tokens';
import type { ParsedDate, ParsedFigure } from './types';

export interface Located<T> {
  /** UTF-16 offsets into the original block text. */
  start: number;
  end: number;
  value: T;
}

export interface BlockFigures {
  dates: Located<ParsedDate>[];
  figures: Located<ParsedFigure>[];
}

/** Words before a date that make it the page's byline: "Published 10 February 2020", "Mis à jour le 7 janvier". */
const BYLINE_BEFORE =
  /(?:published|updated|last updated|posted|publié|publie|mis à jour|mis a jour)(?:\s+(?:on|le))?\s*:?\s*$/iu;
/** A dateline: "WASHINGTON, Feb. 10 (UPI) --", "Feb. 10 (UPI) --", "BAGHDAD, 5 janvier (AFP) -". */
const DATELINE_BEFORE = /^\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{1,40},\s*)?$/u;
const DATELINE_AFTER = /^\s*(?:\(|--|—|–|-\s)/u;

/** Whether a date at [start, end) of a block is its byline's or dateline's: when the page was written, not a figure. */
function isBylineDate(original: string, start: number, end: number): boolean {
  const before = original.slice(Math.max(0, start - 40), start);
  if (BYLINE_BEFORE.test(before)) return true;
  return DATELINE_BEFORE.test(original.slice(0, start)) && DATELINE_AFTER.test(original.slice(end, end + 8));
}

/** No-break and thin spaces: French typography writes thousands with them ("5 200"). */
const GROUP_SPACES = /[\u00A0\u202F\u2009]/;

/**
 * `published`: the publication day (days since 1970-01-01); `sentenceOf(offset)`: the sentence an original offset
 * belongs to; `carried`: what the last figure of the block before counted (a bare number opening this one may count
 * the same: "A total of 16 missiles were fired." / "Eleven hit Al Asad").
 */
export function readFigures(
  original: string,
  norm: Normalized,
  published: number | undefined,
  sentenceOf: (offset: number) => number,
  carried?: CarriedCount,
): BlockFigures {
  if (!mayHoldFigures(norm.text)) return { dates: [], figures: [] };
  const tokens = tokenize(norm.text, (i) => GROUP_SPACES.test(original[norm.map[i]!] ?? ''));
  const dates = extractDates(tokens, {
    ...(published !== undefined && { published }),
    capitalized: (i) => {
      const ch = original[norm.map[i]!] ?? '';
      return ch !== ch.toLowerCase();
    },
    quoted: (i) => insideQuotes(norm.text, i),
  });
  const inDate = new Uint8Array(tokens.length);
  for (const d of dates) inDate.fill(1, d.firstToken, d.endToken);
  const figures = extractFigures(
    tokens,
    norm.text,
    (i) => inDate[i] === 0,
    (offset) => sentenceOf(norm.map[offset]!),
    carried,
  );
  return {
    dates: dates
      .map((d) => ({ ...originalSpan(original, norm, d.start, d.end), value: d.date }))
      .filter((d) => !isBylineDate(original, d.start, d.end)),
    figures: figures.map((f) => ({
      ...originalSpan(original, norm, f.start, f.end),
      value: f.figure,
    })),
  };
}
