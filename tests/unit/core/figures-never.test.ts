/**
 * What is never a figure a reader would check, each shown: years standing alone, ages, model and flight numbers,
 * addresses, phone numbers, sports scores, stock tickers, dates in bylines and datelines, numbers in addresses of
 * pages. The whole engine reads each sentence (with a knowledge base that knows the actors), so nothing else can
 * turn them into figures.
 */
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/core/annotate';
import { tinyIndex } from './match-fixtures';

const annotator = createAnnotator(
  tinyIndex([
    { id: 'iran', name: 'Iran' },
    { id: 'us', name: 'United States', aliases: [{ text: 'US', case: 'exact' }] },
    { id: 'iraq', name: 'Iraq' },
  ]),
);

const figures = (text: string) =>
  annotator
    .annotate([text], { published: '2020-02-10' })
    .filter((a) => a.kind === 'figure')
    .map((a) => a.text);

describe('never figures', () => {
  it.each([
    ['a year standing alone', 'In 2014 the Islamic State took Mosul, and by 2017 it had lost it.'],
    ['an age', 'The 62-year-old general, aged 62, was killed in Iraq.'],
    ['model and flight numbers', 'An MQ-9 Reaper and F-35 jets flew near Flight 752 and flight PS752 over Iran.'],
    ['an address', 'Protesters gathered at 1600 Pennsylvania Avenue and at 10 Downing Street.'],
    ['a phone number', 'Call the embassy hotline on +1 202 555 0100 or 202-555-0199 for help in Iraq.'],
    ['a sports score', 'Iraq beat Iran 2-1 in the final match of the Gulf Cup.'],
    ['a stock ticker', 'Shares of Lockheed Martin (NYSE: LMT) and Raytheon (RTN.N) rose in New York.'],
    ['a dateline', 'WASHINGTON, Feb. 10 (UPI) -- The Pentagon said more troops were hurt in Iraq.'],
    ['a dateline without a place', 'Feb. 10 (UPI) -- The Pentagon said more troops were hurt in Iraq.'],
    ['a byline date', 'By John Smith | Published 10 February 2020, 09:15 GMT'],
    [
      'a number in a page address',
      'Read it at https://www.example.com/2020/01/07/iraq-vote-170-seats-123456.html on the site.',
    ],
  ])('%s', (_, text) => {
    expect(figures(text)).toEqual([]);
  });
});
