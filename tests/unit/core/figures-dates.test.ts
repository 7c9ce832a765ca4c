import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../src/core/figures/read-figures';
import { dayNumber } from '../../../src/lib/calendar';
import { normalizeWithMap } from '../../../src/lib/normalize';

function dates(text: string, published?: string) {
  const day = published === undefined ? undefined : dayNumber(published);
  return readFigures(text, normalizeWithMap(text), day, () => 0).dates.map((d) => ({
    text: text.slice(d.start, d.end),
    ...d.value,
  }));
}

// 2020-01-07 was a Tuesday; 2020-01-03 a Friday; 2020-01-06 a Monday.
const TUESDAY = '2020-01-07';

describe('absolute dates', () => {
  it.each([
    ['7 January 2020', '2020-01-07'],
    ['January 7, 2020', '2020-01-07'],
    ['07 January, 2020', '2020-01-07'],
    ['Jan. 7', '2020-01-07'],
    ['January 3', '2020-01-03'],
    ['3rd January', '2020-01-03'],
    ['Friday, January 3, 2020', '2020-01-03'],
    ['Friday 3 January', '2020-01-03'],
    ['3 janvier 2020', '2020-01-03'],
    ['1er janvier', '2020-01-01'],
    ['8 Jan 2020', '2020-01-08'],
  ])('%s → %s', (text, iso) => expect(dates(text, TUESDAY)).toEqual([{ text, iso, relative: false }]));

  it('a date without a year takes the publication year, or the year before if it would be in the future', () => {
    expect(dates('December 29', TUESDAY)).toMatchObject([{ iso: '2019-12-29' }]);
    expect(dates('5 January', TUESDAY)).toMatchObject([{ iso: '2020-01-05' }]);
  });

  it('needs a publication date for a date without year', () => {
    expect(dates('5 January')).toEqual([]);
    expect(dates('5 January 2020')).toMatchObject([{ iso: '2020-01-05' }]);
  });

  it('ignores impossible dates, lower-case English months and a year alone; a month with its year is a month', () => {
    expect(dates('31 February 2020', TUESDAY)).toEqual([]);
    expect(dates('you may 7 times', TUESDAY)).toEqual([]);
    expect(dates('in January 2020 and in 2019', TUESDAY)).toEqual([
      { text: 'January 2020', iso: '2020-01', relative: true, span: 'month' },
    ]);
  });
});

describe('relative dates', () => {
  it('a weekday alone, or after "on" or "since", is the latest such day on or before publication', () => {
    expect(dates('France said on Tuesday', TUESDAY)).toEqual([{ text: 'Tuesday', iso: '2020-01-07', relative: true }]);
    expect(dates('Parly tweeted Tuesday', TUESDAY)).toMatchObject([{ iso: '2020-01-07' }]);
    expect(dates('Since Friday we have reinforced', TUESDAY)).toEqual([
      { text: 'Since Friday', iso: '2020-01-03', relative: true },
    ]);
    expect(dates('on Wednesday', TUESDAY)).toMatchObject([{ iso: '2020-01-01' }]);
  });

  it('"last Friday" is strictly before publication', () => {
    expect(dates('in Baghdad last Friday.', TUESDAY)).toEqual([
      { text: 'last Friday', iso: '2020-01-03', relative: true },
    ]);
    expect(dates('last Tuesday', TUESDAY)).toMatchObject([{ iso: '2019-12-31' }]);
    expect(dates('vendredi dernier', TUESDAY)).toMatchObject([{ text: 'vendredi dernier', iso: '2020-01-03' }]);
  });

  it('resolves across a week and a year boundary', () => {
    expect(dates('on Friday', '2020-01-06')).toMatchObject([{ iso: '2020-01-03' }]);
    expect(dates('on Monday', '2020-01-06')).toMatchObject([{ iso: '2020-01-06' }]);
    expect(dates('last Monday', '2020-01-06')).toMatchObject([{ iso: '2019-12-30' }]);
    expect(dates('on Saturday', '2020-01-02')).toMatchObject([{ iso: '2019-12-28' }]);
  });

  it('"yesterday" is the day before publication, but not in quoted speech', () => {
    expect(dates('The strike yesterday', TUESDAY)).toEqual([{ text: 'yesterday', iso: '2020-01-06', relative: true }]);
    expect(dates('"as it was yesterday and should be tomorrow"', TUESDAY)).toEqual([]);
    expect(dates('“as it was yesterday”', TUESDAY)).toEqual([]);
    expect(dates('hier', TUESDAY)).toMatchObject([{ iso: '2020-01-06' }]);
  });

  it('needs a publication date, a capital for English weekdays, and ignores future references', () => {
    expect(dates('on Tuesday')).toEqual([]);
    expect(dates('on tuesday', TUESDAY)).toEqual([]);
    expect(dates('next Friday and this Friday', TUESDAY)).toEqual([]);
    expect(dates('vendredi prochain', TUESDAY)).toEqual([]);
  });

  it('does not resolve named, recurring or numerically dated weekdays', () => {
    expect(dates('Black Friday deals and Super Tuesday', TUESDAY)).toEqual([]);
    expect(dates('open every Friday, closed the second Wednesday', TUESDAY)).toEqual([]);
    expect(dates('Friday, 10/21/22', TUESDAY)).toEqual([]);
  });
});
