import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatNumber } from '../../../src/popup/format';

describe('formatIsoDate', () => {
  it('writes full and partial dates in the reader’s language', () => {
    expect(formatIsoDate('2020-01-03', 'en-GB')).toBe('3 Jan 2020');
    expect(formatIsoDate('2020-01', 'en-GB')).toBe('January 2020');
    expect(formatIsoDate('2020-01', 'fr')).toBe('janvier 2020');
    expect(formatIsoDate('2020', 'fr')).toBe('2020');
  });

  it('returns anything else unchanged', () => {
    expect(formatIsoDate('last Friday', 'en')).toBe('last Friday');
  });
});

it('formatNumber groups digits the reader’s way', () => {
  expect(formatNumber(5200, 'en')).toBe('5,200');
  expect(formatNumber(5200, 'fr').replace(/\s/g, ' ')).toBe('5 200');
});
