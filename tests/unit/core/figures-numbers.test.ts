import { describe, expect, it } from 'vitest';
import { numberAt, parseDigits, qualifierBefore, vagueQuantityEnd } from '../../../src/core/figures/numbers';
import { tokenize } from '../../../src/core/figures/tokens';
import { normalize } from '../../../src/lib/normalize';

const tokens = (text: string) => tokenize(normalize(text), () => false);
const valueOf = (text: string) => numberAt(tokens(text), 0)?.value;

describe('numbers in digits', () => {
  it.each([
    ['200', 200],
    ['1,000', 1000],
    ['5,200', 5200],
    ['1,000,000', 1e6],
    ['1.5', 1.5],
    ['1,5', 1.5],
    ['12,5', 12.5],
    ['1,234.5', 1234.5],
    ['1.000.000', 1e6],
  ])('%s → %d', (text, value) => expect(parseDigits(text)).toBe(value));

  it('takes a scale word after the digits', () => {
    expect(valueOf('1.5 million')).toBe(1.5e6);
    expect(valueOf('2 billion')).toBe(2e9);
    expect(valueOf('7.9 trillion')).toBe(7.9e12);
    expect(valueOf('1,5 milliard')).toBe(1.5e9);
  });

  it('joins French thousands written with a no-break or a plain space into one number', () => {
    const t = tokenize('5 200 soldats', (i) => i === 1);
    expect(numberAt(t, 0)).toMatchObject({ value: 5200, end: 1 });
    expect(
      numberAt(
        tokenize('5 200 soldats', () => false),
        0,
      ),
    ).toMatchObject({ value: 5200, end: 1 });
    // Not a year before a count, not a group of more or fewer than three digits, not a list of numbers.
    expect(
      numberAt(
        tokenize('2019 200 soldiers', () => false),
        0,
      ),
    ).toMatchObject({ value: 2019, end: 1 });
    expect(
      numberAt(
        tokenize('5 2000 soldiers', () => false),
        0,
      ),
    ).toMatchObject({ value: 5, end: 1 });
    expect(
      numberAt(
        tokenize('1 2 300', () => false),
        1,
      ),
    ).toMatchObject({ value: 2, end: 2 });
  });
});

describe('numbers in words', () => {
  it.each([
    ['fourteen', 14],
    ['twenty-five', 25],
    ['a thousand', 1000],
    ['a dozen', 12],
    ['two dozen', 24],
    ['two hundred and fifty', 250],
    ['one hundred', 100],
    ['three thousand five hundred', 3500],
    ['1.5 million', 1.5e6],
    ['deux cents', 200],
    ['deux mille cinq cents', 2500],
    ['soixante-dix', 70],
    ['quatre-vingt-dix', 90],
    ['vingt-et-un', 21],
  ])('%s → %d', (text, value) => expect(valueOf(text)).toBe(value));

  it('reads French collective nouns as approximate numbers', () => {
    expect(numberAt(tokens('un millier de soldats'), 0)).toMatchObject({ value: 1000, approximate: true, end: 2 });
    expect(numberAt(tokens('une centaine'), 0)).toMatchObject({ value: 100, approximate: true });
  });

  it('does not read articles and pronouns as numbers', () => {
    expect(valueOf('one of the soldiers')).toBeUndefined();
    expect(valueOf('a soldier')).toBeUndefined();
    expect(valueOf('un soldat')).toBeUndefined();
    expect(valueOf('first')).toBeUndefined();
  });
});

describe('vague quantities', () => {
  it.each([
    'hundreds of troops',
    'thousands of people',
    'dozens of rockets',
    'tens of thousands of',
    'des milliers de soldats',
    'several hundred troops',
  ])('%s is consumed, not read as a number', (text) => expect(vagueQuantityEnd(tokens(text), 0)).toBeGreaterThan(0));
});

describe('qualifiers', () => {
  it.each([
    ['around 200', 'about'],
    ['about 200', 'about'],
    ['some 200', 'about'],
    ['nearly 200', 'about'],
    ['almost 200', 'about'],
    ['at least 200', 'at-least'],
    ['no fewer than 200', 'at-least'],
    ['more than 200', 'more-than'],
    ['over 200', 'more-than'],
    ['up to 200', 'up-to'],
    ['as many as 200', 'up-to'],
    ['fewer than 200', 'fewer-than'],
    ['less than 200', 'fewer-than'],
    ['environ 200', 'about'],
    ['près de 200', 'about'],
    ['plus de 200', 'more-than'],
    ['au moins 200', 'at-least'],
  ])('%s → %s', (text, qualifier) => {
    const t = tokens(text);
    expect(qualifierBefore(t, t.length - 1)?.qualifier).toBe(qualifier);
  });

  it('finds none when the words before are not a qualifier', () => {
    const t = tokens('contributed 200');
    expect(qualifierBefore(t, 1)).toBeUndefined();
  });
});
