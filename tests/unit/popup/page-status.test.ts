import { describe, expect, it } from 'vitest';
import { pageStatus } from '../../../src/popup/page-status';
import type { PageState } from '../../../src/shared/messages';
import { defaultSettings } from '../../../src/shared/settings';

const t = (key: string, substitutions?: string | string[]) =>
  substitutions === undefined ? key : `${key}(${String(substitutions)})`;
const page = (over: Partial<PageState> = {}): PageState => ({
  url: 'https://www.lemonde.fr/a',
  reading: false,
  isArticle: true,
  enabled: true,
  headline: null,
  published: null,
  actors: [{ id: 'france', type: 'state', count: 3 }],
  figures: [],
  ...over,
});

describe('the fact panel’s page status', () => {
  it('says the page is being read until its content script has read it', () => {
    expect(pageStatus(page({ reading: true, isArticle: false, actors: [] }), null, defaultSettings(), t)).toBe(
      'pageReading',
    );
    expect(pageStatus(page({ reading: true }), null, defaultSettings(), t)).toBe('pageReading');
  });

  it('then says what the page is and holds', () => {
    expect(pageStatus(page(), null, defaultSettings(), t)).toBe('pageIsArticle · countActors(1) · countFigures(0)');
    expect(pageStatus(page({ isArticle: false, actors: [] }), null, defaultSettings(), t)).toBe('pageNotArticle');
  });

  it('says when highlights are off for the site, whatever the page reported', () => {
    const settings = { ...defaultSettings(), sites: { 'lemonde.fr': false } };
    expect(pageStatus(page({ reading: true }), null, settings, t)).toBe('statusOff');
  });

  it('explains a tab with no report', () => {
    expect(pageStatus(null, null, null, t)).toBe('pageUnavailable');
    expect(
      pageStatus(
        null,
        { host: 'www.example.org', pattern: '*://*.example.org/*', curated: false, runs: false },
        null,
        t,
      ),
    ).toBe('notOnThisSite(example.org)');
  });
});
