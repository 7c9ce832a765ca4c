/**
 * Dates and figures of one block, with offsets into the original block text. Dates are read first; their tokens are
 * not read again as numbers ("7 January" holds no figure).
 */
import { originalSpan, type Normalized } from '../text/normalize';
import { extractDates, insideQuotes } from './dates';
import { extractFigures } from './figures';
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
  /** `unitNamed`: the unit is a word of the text, not taken from an earlier figure. */
  figures: (Located<ParsedFigure> & { unitNamed: boolean })[];
}

/** No-break and thin spaces: French typography writes thousands with them ("5 200"). */
const GROUP_SPACES = /[\u00A0\u202F\u2009]/;

/**
 * `published`: the publication day (days since 1970-01-01); `sentenceOf(offset)`: the sentence an original offset
 * belongs to.
 */
export function readFigures(
  original: string,
  norm: Normalized,
  published: number | undefined,
  sentenceOf: (offset: number) => number,
): BlockFigures {
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
  );
  return {
    dates: dates.map((d) => ({ ...originalSpan(original, norm, d.start, d.end), value: d.date })),
    figures: figures.map((f) => ({
      ...originalSpan(original, norm, f.start, f.end),
      value: f.figure,
      unitNamed: f.unitNamed,
    })),
  };
}
