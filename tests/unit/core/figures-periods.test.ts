import { describe, expect, it } from 'vitest';
import { readFigures } from '../../../src/core/figures/read-figures';
import { dayNumber } from '../../../src/lib/calendar';
import { sentenceIndex, sentenceStarts } from '../../../src/core/link/sentences';
import { normalizeWithMap } from '../../../src/lib/normalize';

function read(text: string, published = '2020-01-07') {
  const starts = sentenceStarts(text);
  return readFigures(text, normalizeWithMap(text), dayNumber(published), (i) => sentenceIndex(starts, i));
}
const dates = (text: string, published?: string) =>
  read(text, published).dates.map((d) => ({ text: text.slice(d.start, d.end), ...d.value }));
const figures = (text: string, published?: string) =>
  read(text, published).figures.map((f) => ({ text: text.slice(f.start, f.end), ...f.value }));

// 2020-01-07 was a Tuesday.
describe('periods resolved against the publication day', () => {
  it('parts of the day, and "today" only outside quotations', () => {
    expect(dates('Officials said this morning that', '2020-01-08')).toMatchObject([
      { text: 'this morning', iso: '2020-01-08' },
    ]);
    expect(dates("Le ministre a annoncé aujourd'hui", '2020-02-10')).toMatchObject([{ iso: '2020-02-10' }]);
    expect(dates('"We will act today," he said.')).toEqual([]);
  });

  it('weeks as their Monday, weekends as their Saturday', () => {
    expect(dates('Troops left last week.')).toEqual([
      { text: 'last week', iso: '2019-12-30', relative: true, span: 'week' },
    ]);
    expect(dates('Earlier this week, Germany said', '2020-01-10')).toMatchObject([{ iso: '2020-01-06', span: 'week' }]);
    expect(dates('la semaine dernière', '2020-01-08')).toMatchObject([{ iso: '2019-12-30' }]);
    expect(dates('Protests over the weekend', '2019-12-31')).toMatchObject([{ iso: '2019-12-28' }]);
    expect(dates('Troops arrive this weekend', '2020-01-03')).toMatchObject([{ iso: '2020-01-04' }]);
  });

  it('months: cue words kept, prepositions left out, the year inferred or read', () => {
    expect(dates('Rockets fell in late December.')).toEqual([
      { text: 'late December', iso: '2019-12', relative: true, span: 'month' },
    ]);
    expect(dates('The vote in January', '2020-03-12')).toMatchObject([{ text: 'January', iso: '2020-01' }]);
    expect(dates('Elections in November', '2020-09-09')).toMatchObject([{ iso: '2020-11' }]);
    expect(dates('la mission prendra fin fin septembre 2025', '2024-09-27')).toMatchObject([
      { text: 'fin septembre 2025', iso: '2025-09' },
    ]);
    expect(dates('by September next year', '2024-09-30')).toMatchObject([
      { text: 'September next year', iso: '2025-09' },
    ]);
    expect(dates('earlier this month', '2020-01-29')).toMatchObject([{ iso: '2020-01' }]);
    expect(dates('last month', '2020-03-12')).toMatchObject([{ iso: '2020-02' }]);
  });

  it('a month before a day is the day; "May" and "March" need a cue or a year', () => {
    expect(dates('on January 3')).toMatchObject([{ text: 'January 3', iso: '2020-01-03' }]);
    expect(dates('May I say something')).toEqual([]);
    expect(dates('in May', '2020-09-01')).toMatchObject([{ iso: '2020-05' }]);
  });
});

describe('vote tallies, fractions, approximate and back-referring counts', () => {
  it('reads a tally in a sentence about a vote as the count in favour', () => {
    expect(figures('The House voted 224-194 to limit his powers.')).toEqual([
      { text: '224-194', value: 224, qualifier: 'exact', unit: 'votes' },
    ]);
    expect(figures('The resolution passed 170-0.')).toMatchObject([{ value: 170, unit: 'votes' }]);
    expect(figures('The Senate approved it 55 to 45.')).toMatchObject([{ text: '55 to 45', value: 55 }]);
    expect(figures('The score was 3-1 at half time.')).toEqual([]);
  });

  it('reads fractions before "of" as percentages', () => {
    expect(figures('More than half of the troops left.')).toMatchObject([
      { text: 'half', value: 50, qualifier: 'more-than', unit: 'percent' },
    ]);
    expect(figures('un tiers du territoire irakien')).toMatchObject([{ value: 33.3, unit: 'percent' }]);
    expect(figures('They stayed half an hour.')).toEqual([]);
  });

  it('"a dozen" is about twelve', () => {
    expect(figures('Iran fired a dozen missiles.')).toMatchObject([
      { value: 12, qualifier: 'about', unit: 'missiles' },
    ]);
    expect(figures('more than a dozen ballistic missiles')).toMatchObject([{ value: 12, qualifier: 'more-than' }]);
  });

  it('counts that refer back to the count before them in the paragraph', () => {
    expect(
      figures('The toll of injured troops has risen to 50 service members. It had risen to 64 by Friday.'),
    ).toMatchObject([
      { value: 50, unit: 'troops' },
      { value: 64, unit: 'troops' },
    ]);
    expect(figures('Some 34 troops were injured. Eighteen others were treated.')).toMatchObject([
      { value: 34, unit: 'wounded' },
      { text: 'Eighteen', value: 18, unit: 'wounded' },
    ]);
    expect(figures('The base held 133 soldiers. Thirty of them stayed.')).toMatchObject([
      { value: 133 },
      { text: 'Thirty', value: 30 },
    ]);
    expect(figures('There were 7 of them.')).toEqual([]);
  });
});

describe('feasts that name a day', () => {
  it("the nearest before publication, or this year's a few weeks ahead", () => {
    expect(dates("Marines reached the embassy on New Year's Eve.", '2020-01-03')).toMatchObject([
      { text: "New Year's Eve", iso: '2019-12-31' },
    ]);
    expect(dates('Ils ont défilé à la Saint-Sylvestre.', '2020-01-03')).toMatchObject([{ iso: '2019-12-31' }]);
    expect(dates('Troops will be home by Christmas Day.', '2019-12-01')).toMatchObject([{ iso: '2019-12-25' }]);
    // Neither a possessive nor a French article makes a paragraph a carrier of dates.
    expect(dates("Iran's new year and l'armée's day")).toEqual([]);
  });
});
