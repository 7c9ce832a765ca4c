/** Dates, numbers and the knowledge base's figures in the reader's locale, as cards and panel write them. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatNumber } from '../../../src/ui/format';

const t = (key: string, subs?: string | string[]) => `${key}(${[subs ?? []].flat().join('|')})`;

describe('formatDate', () => {
  it('writes full, month and year dates (a card’s style)', () => {
    expect(formatDate('2020-01-03', 'en-GB', 'weekday')).toMatch(/^Friday,? 3 January 2020$/);
    expect(formatDate('2020-01-03', 'en-GB')).toBe('3 January 2020');
    expect(formatDate('2020-01', 'en-GB')).toBe('January 2020');
    expect(formatDate('2020', 'en-GB')).toBe('2020');
  });

  it('writes short full dates for the panel’s lists; months and years as ever', () => {
    expect(formatDate('2020-01-03', 'en-GB', 'short')).toBe('3 Jan 2020');
    expect(formatDate('2020-01', 'en-GB', 'short')).toBe('January 2020');
    expect(formatDate('2020-01', 'fr', 'short')).toBe('janvier 2020');
    expect(formatDate('2020', 'fr', 'short')).toBe('2020');
  });

  it('writes French dates in French', () => {
    expect(formatDate('2020-01-03', 'fr-FR', 'weekday')).toBe('vendredi 3 janvier 2020');
  });

  it('is not moved by the time zone (dates are days)', () => {
    expect(formatDate('2020-12-31', 'en-GB')).toBe('31 December 2020');
  });

  it('returns anything else unchanged', () => {
    expect(formatDate('last Friday', 'en')).toBe('last Friday');
    expect(formatDate('last Friday', 'en', 'short')).toBe('last Friday');
  });

  it('keeps each locale and form to itself when the formatters are reused, in any order', () => {
    const cases: [string, string, 'long' | 'short' | 'weekday', string][] = [
      ['2020-01-03', 'fr-FR', 'short', '3 janv. 2020'],
      ['2020-01-03', 'en-GB', 'short', '3 Jan 2020'],
      ['2020-01-03', 'fr-FR', 'long', '3 janvier 2020'],
      ['2020-01', 'fr-FR', 'long', 'janvier 2020'],
      ['2020-01-03', 'en-GB', 'long', '3 January 2020'],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [iso, locale, style, expected] of round === 0 ? cases : [...cases].reverse()) {
        expect(formatDate(iso, locale, style)).toBe(expected);
      }
    }
    expect([formatNumber(5200, 'en'), formatNumber(5200, 'de'), formatNumber(5200, 'en')]).toEqual([
      '5,200',
      '5.200',
      '5,200',
    ]);
  });
});

it('formatNumber groups digits the reader’s way', () => {
  expect(formatNumber(5200, 'en')).toBe('5,200');
  expect(formatNumber(5200, 'fr').replace(/\s/g, ' ')).toBe('5 200');
});

describe('formatFigure', () => {
  it('writes the value with its qualifier and range', () => {
    expect(formatFigure({ value: 200 }, 'en-GB', t)).toBe('200');
    expect(formatFigure({ value: 200, qualifier: 'exact' }, 'en-GB', t)).toBe('200');
    expect(formatFigure({ value: 1000, qualifier: 'about' }, 'en-GB', t)).toBe('qualifier_about(1,000)');
    expect(formatFigure({ value: 150, valueMax: 200, qualifier: 'up-to' }, 'en-GB', t)).toBe(
      'qualifier_up_to(rangeValue(150|200))',
    );
    expect(formatFigure({ value: 5000, qualifier: 'more-than' }, 'fr-FR', t)).toBe('qualifier_more_than(5\u202f000)');
  });
});
