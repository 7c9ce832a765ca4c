import { describe, expect, it } from 'vitest';
import {
  parseContentMessage,
  parsePageState,
  parsePopupMessage,
  parsePopupToBackground,
  senderKind,
  tabStateKey,
  type PageState,
} from '../../../src/shared/messages';

const SELF = { id: 'dossier-id', baseUrl: 'chrome-extension://dossier-id/' };

function state(): PageState {
  return {
    url: 'https://www.example.org/a',
    reading: false,
    isArticle: true,
    enabled: true,
    headline: 'A headline',
    published: '2020-01-07',
    actors: [{ id: 'florence-parly', type: 'person', count: 2 }],
    figures: [{ index: 0, text: '200 soldiers', verdict: 'agrees', fact: 'france-troops', kbValue: 200 }],
  };
}

describe('senderKind', () => {
  it('knows the extension’s own pages, in a tab or not', () => {
    expect(senderKind({ id: SELF.id, url: `${SELF.baseUrl}src/popup/index.html` }, SELF)).toBe('extension-page');
    expect(
      senderKind({ id: SELF.id, url: `${SELF.baseUrl}src/options/index.html`, tab: { id: 4 }, frameId: 0 }, SELF),
    ).toBe('extension-page');
  });

  it('knows its content script in the top frame of a web page', () => {
    expect(senderKind({ id: SELF.id, url: 'https://www.lemonde.fr/a', tab: { id: 3 }, frameId: 0 }, SELF)).toBe(
      'content',
    );
  });

  it('knows its content script in a frame of a web page apart from the top frame’s', () => {
    expect(senderKind({ id: SELF.id, url: 'https://www.lemonde.fr/embed/a', tab: { id: 3 }, frameId: 7 }, SELF)).toBe(
      'content-frame',
    );
  });

  it('refuses other extensions, frameless, tabless or non-web senders', () => {
    expect(senderKind({ id: 'other', url: 'https://www.lemonde.fr/a', tab: { id: 3 }, frameId: 0 }, SELF)).toBeNull();
    expect(senderKind({ id: 'other', url: 'https://ads.example/frame', tab: { id: 3 }, frameId: 7 }, SELF)).toBeNull();
    expect(senderKind({ id: SELF.id, url: 'https://www.lemonde.fr/a', tab: { id: 3 } }, SELF)).toBeNull();
    expect(senderKind({ id: SELF.id, url: 'https://www.lemonde.fr/a', frameId: 0 }, SELF)).toBeNull();
    expect(
      senderKind({ id: SELF.id, url: 'chrome-extension://other/page.html', tab: { id: 3 }, frameId: 0 }, SELF),
    ).toBeNull();
    expect(senderKind({ id: SELF.id }, SELF)).toBeNull();
  });
});

describe('parseContentMessage', () => {
  it('accepts a well-formed page state and card request', () => {
    expect(parseContentMessage({ type: 'page-state', state: state() })).toEqual({ type: 'page-state', state: state() });
    expect(parseContentMessage({ type: 'get-card', entity: 'qasem-soleimani' })).toEqual({
      type: 'get-card',
      entity: 'qasem-soleimani',
    });
  });

  it('accepts the first script’s request for the reader, and nothing it would carry besides', () => {
    expect(parseContentMessage({ type: 'load-reader' })).toEqual({ type: 'load-reader' });
    expect(parseContentMessage({ type: 'load-reader', files: ['evil.js'], frameId: 3 })).toEqual({
      type: 'load-reader',
    });
  });

  it('refuses unknown types and malformed ids', () => {
    expect(parseContentMessage({ type: 'delete-everything' })).toBeNull();
    expect(parseContentMessage({ type: 'get-card', entity: '../etc' })).toBeNull();
    expect(parseContentMessage({ type: 'get-card', entity: 'x'.repeat(300) })).toBeNull();
    expect(parseContentMessage('page-state')).toBeNull();
    expect(parseContentMessage(null)).toBeNull();
  });

  it.each([
    ['a missing url', (s: Record<string, unknown>) => delete s['url']],
    ['a string for isArticle', (s: Record<string, unknown>) => (s['isArticle'] = 'yes')],
    [
      'an unknown entity type',
      (s: Record<string, unknown>) => ((s['actors'] as object[])[0] = { id: 'x', type: 'alien', count: 1 }),
    ],
    [
      'a negative count',
      (s: Record<string, unknown>) => ((s['actors'] as object[])[0] = { id: 'x', type: 'state', count: -1 }),
    ],
    [
      'an unknown verdict',
      (s: Record<string, unknown>) => ((s['figures'] as object[])[0] = { index: 0, text: '1', verdict: 'true' }),
    ],
    [
      'a figure without index',
      (s: Record<string, unknown>) => ((s['figures'] as object[])[0] = { text: '1', verdict: 'agrees' }),
    ],
    [
      'a non-id fact',
      (s: Record<string, unknown>) =>
        ((s['figures'] as object[])[0] = { index: 0, text: '1', verdict: 'agrees', fact: 'A B' }),
    ],
    [
      'an infinite KB value',
      (s: Record<string, unknown>) =>
        ((s['figures'] as object[])[0] = { index: 0, text: '1', verdict: 'agrees', kbValue: Infinity }),
    ],
    [
      'too many actors',
      (s: Record<string, unknown>) =>
        (s['actors'] = Array.from({ length: 5001 }, () => ({ id: 'x', type: 'state', count: 1 }))),
    ],
  ])('refuses a page state with %s', (_name, corrupt) => {
    const s = state() as unknown as Record<string, unknown>;
    corrupt(s);
    expect(parseContentMessage({ type: 'page-state', state: s })).toBeNull();
    expect(parsePageState(s)).toBeNull();
  });
});

describe('parsePopupMessage (popup → content)', () => {
  it('accepts the page-state question and show-mention for an entity or a figure', () => {
    expect(parsePopupMessage({ type: 'get-page-state' })).toEqual({ type: 'get-page-state' });
    expect(parsePopupMessage({ type: 'show-mention', entity: 'nato' })).toEqual({
      type: 'show-mention',
      entity: 'nato',
    });
    expect(parsePopupMessage({ type: 'show-mention', figure: 0 })).toEqual({ type: 'show-mention', figure: 0 });
  });

  it('refuses malformed targets', () => {
    expect(parsePopupMessage({ type: 'show-mention', entity: 'NATO!' })).toBeNull();
    expect(parsePopupMessage({ type: 'show-mention', figure: 1.5 })).toBeNull();
    expect(parsePopupMessage({ type: 'other' })).toBeNull();
  });
});

describe('parsePopupToBackground', () => {
  it('accepts annotate-once for a tab id', () => {
    expect(parsePopupToBackground({ type: 'annotate-once', tabId: 12 })).toEqual({ type: 'annotate-once', tabId: 12 });
  });

  it('refuses a missing, negative, fractional or textual tab id, and other types', () => {
    for (const tabId of [undefined, -1, 1.5, '12'])
      expect(parsePopupToBackground({ type: 'annotate-once', tabId })).toBeNull();
    expect(parsePopupToBackground({ type: 'page-state', state: state() })).toBeNull();
  });
});

it('keeps tab states under tab:ID', () => {
  expect(tabStateKey(42)).toBe('tab:42');
});
