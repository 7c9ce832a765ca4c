import { describe, expect, it } from 'vitest';
import { dayNumber, dayRange, isoOf, weekdayOf } from '../../../src/lib/calendar';

describe('calendar', () => {
  it('knows weekdays and partial dates', () => {
    expect(weekdayOf(dayNumber('2020-01-07')!)).toBe(2);
    expect(isoOf(dayNumber('2020-02-29')!)).toBe('2020-02-29');
    expect(dayNumber('2019-02-29')).toBeUndefined();
    expect(dayRange('2020-01')).toEqual({ first: dayNumber('2020-01-01'), last: dayNumber('2020-01-31') });
    expect(dayRange('2020')).toEqual({ first: dayNumber('2020-01-01'), last: dayNumber('2020-12-31') });
  });
});
