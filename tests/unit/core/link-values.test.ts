import { describe, expect, it } from 'vitest';
import {
  confirms,
  sameCount,
  stateSameValue,
  valueRatio,
  valuesAgree,
  type QualifiedValue,
} from '../../../src/core/link/values';

const v = (value: number, qualifier: QualifiedValue['qualifier'] = 'exact', valueMax?: number): QualifiedValue => ({
  value,
  qualifier,
  ...(valueMax !== undefined && { valueMax }),
});

describe('value compatibility', () => {
  it('exact against exact: equal only', () => {
    expect(valuesAgree(v(14), v(14))).toBe(true);
    expect(valuesAgree(v(15), v(16))).toBe(false);
  });

  it('about: ±10 %', () => {
    expect(valuesAgree(v(200, 'about'), v(200))).toBe(true);
    expect(valuesAgree(v(5000), v(5200, 'about'))).toBe(true);
    expect(valuesAgree(v(1000, 'about'), v(1100))).toBe(true);
    expect(valuesAgree(v(200, 'about'), v(160))).toBe(false);
    expect(valuesAgree(v(1000, 'about'), v(200, 'about'))).toBe(false);
  });

  it('open-ended qualifiers are intervals', () => {
    expect(valuesAgree(v(30, 'more-than'), v(31))).toBe(true);
    expect(valuesAgree(v(30, 'more-than'), v(30))).toBe(false);
    expect(valuesAgree(v(30, 'at-least'), v(30))).toBe(true);
    expect(valuesAgree(v(30, 'at-least'), v(25))).toBe(false);
    expect(valuesAgree(v(30, 'up-to'), v(25))).toBe(true);
    expect(valuesAgree(v(30, 'fewer-than'), v(30))).toBe(false);
    expect(valuesAgree(v(30, 'more-than'), v(35, 'up-to'))).toBe(true);
    expect(valuesAgree(v(30, 'more-than'), v(25, 'fewer-than'))).toBe(false);
  });

  it('ranges', () => {
    expect(valuesAgree(v(150, 'exact', 200), v(180))).toBe(true);
    expect(valuesAgree(v(150, 'exact', 200), v(210))).toBe(false);
    expect(valuesAgree(v(150, 'exact', 200), v(210, 'about'))).toBe(true);
  });

  it('ratio of magnitudes', () => {
    expect(valueRatio(200, 160)).toBe(1.25);
    expect(valueRatio(160, 200)).toBe(1.25);
    expect(valueRatio(0, 5)).toBe(Infinity);
  });
});

describe('value rules: the tolerance of "about" counts once', () => {
  it('"about 4,000" does not agree with "about 4,500", nor 4,000 with "about 4,500"', () => {
    expect(valuesAgree(v(4000, 'about'), v(4500, 'about'))).toBe(false);
    expect(valuesAgree(v(4000), v(4500, 'about'))).toBe(false);
  });

  it('approximate figures a tenth apart agree', () => {
    expect(valuesAgree(v(200, 'about'), v(190, 'about'))).toBe(true);
    expect(valuesAgree(v(12, 'about'), v(12, 'more-than'))).toBe(true);
  });

  it('an exact figure inside an open bound', () => {
    expect(valuesAgree(v(45, 'up-to'), v(45))).toBe(true);
    expect(valuesAgree(v(45, 'up-to'), v(50))).toBe(false);
  });

  it('sameCount also needs the same magnitude', () => {
    expect(sameCount(v(2_000_000, 'more-than'), v(250_000_000))).toBe(false);
    expect(sameCount(v(30, 'more-than'), v(31))).toBe(true);
  });
});

describe('value rules: a bound confirms only a value near it', () => {
  it('"as many as 1,500" is compatible with "about 1,000" but does not confirm it', () => {
    expect(sameCount(v(1500, 'up-to'), v(1000, 'about'))).toBe(true);
    expect(confirms(v(1500, 'up-to'), v(1000, 'about'))).toBe(false);
  });

  it('a bound and a value within a quarter of it confirm each other', () => {
    expect(confirms(v(100, 'more-than'), v(109))).toBe(true);
    expect(confirms(v(45, 'up-to'), v(45))).toBe(true);
    expect(confirms(v(30, 'at-least'), v(31))).toBe(true);
    expect(confirms(v(100, 'more-than'), v(150))).toBe(false);
  });

  it('values without a bound confirm whenever they are the same count', () => {
    expect(confirms(v(200, 'about'), v(190))).toBe(true);
    expect(confirms(v(200), v(160))).toBe(false);
  });
});

describe("rule 5: when the knowledge base's reports of one measure vary", () => {
  it('reads each bound as the number it names', () => {
    // Compatible (the one inside the other's bound), yet two different reports.
    expect(sameCount(v(3000, 'about'), v(3500, 'up-to'))).toBe(true);
    expect(stateSameValue(v(3000, 'about'), v(3500, 'up-to'))).toBe(false);
    expect(stateSameValue(v(5000, 'about'), v(5200))).toBe(true);
    expect(stateSameValue(v(30, 'more-than'), v(30))).toBe(true);
    expect(stateSameValue(v(16), v(22))).toBe(false);
  });
});
