/** Numbers and dates on cards, in the reader's locale. */
import { describe, expect, it } from 'vitest';
import { formatDay, formatKbFigure } from '../../../src/content/card/format';

const t = (key: string, subs?: string | string[]) => `${key}(${[subs ?? []].flat().join('|')})`;

describe('formatDay', () => {
  it('writes full, month and year dates', () => {
    expect(formatDay('2020-01-03', 'en-GB', true)).toMatch(/^Friday,? 3 January 2020$/);
    expect(formatDay('2020-01-03', 'en-GB')).toBe('3 January 2020');
    expect(formatDay('2020-01', 'en-GB')).toBe('January 2020');
    expect(formatDay('2020', 'en-GB')).toBe('2020');
  });

  it('writes French dates in French', () => {
    expect(formatDay('2020-01-03', 'fr-FR', true)).toBe('vendredi 3 janvier 2020');
  });

  it('is not moved by the time zone (dates are days)', () => {
    expect(formatDay('2020-12-31', 'en-GB')).toBe('31 December 2020');
  });
});

describe('formatKbFigure', () => {
  it('writes the value with its qualifier and range', () => {
    expect(formatKbFigure({ value: 200 }, 'en-GB', t)).toBe('200');
    expect(formatKbFigure({ value: 200, qualifier: 'exact' }, 'en-GB', t)).toBe('200');
    expect(formatKbFigure({ value: 1000, qualifier: 'about' }, 'en-GB', t)).toBe('hoverCardQualifierAbout(1,000)');
    expect(formatKbFigure({ value: 150, valueMax: 200, qualifier: 'up-to' }, 'en-GB', t)).toBe(
      'hoverCardQualifierUpTo(hoverCardRange(150|200))',
    );
    expect(formatKbFigure({ value: 5000, qualifier: 'more-than' }, 'fr-FR', t)).toBe('hoverCardQualifierMoreThan(5\u202f000)');
  });
});
