/**
 * Everything that crosses into Dossier from outside its own code is checked: messages between its contexts (a
 * compromised or buggy sender, another extension), the sender itself, and stored settings (any value at all, an
 * older version's, a corrupted one). For any input whatever, the validators never throw, and what they let through
 * has exactly the expected shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseContentMessage,
  parsePageState,
  parsePopupMessage,
  parsePopupToBackground,
  senderKind,
} from '../../../src/shared/messages';
import { HOVER_DELAY_RANGE, isHostname, parseSettings } from '../../../src/shared/settings';
import { CATEGORIES } from '../../../src/shared/categories';
import { createKbLookup } from '../../../src/kb/query/card-data';
import { compileKb } from '../../../src/kb/build/compile';
import { loadTopicFiles } from '../../../src/kb/build/load';

const SELF = { id: 'dossier-id', baseUrl: 'chrome-extension://dossier-id/' };

/** Any JSON-like value, including the shapes of real messages with hostile field values. */
const anything = fc.oneof(
  fc.anything({
    withObjectString: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
  }),
  fc.record({
    type: fc.constantFrom(
      'page-state',
      'get-card',
      'get-fact',
      'get-event',
      'open-panel',
      'get-page-state',
      'show-mention',
      'annotate-once',
    ),
    entity: fc.oneof(fc.string(), fc.constant('__proto__'), fc.constant('a'.repeat(300)), fc.integer()),
    figure: fc.oneof(fc.integer(), fc.double(), fc.string()),
    tabId: fc.oneof(fc.integer(), fc.double(), fc.string()),
    state: fc.anything(),
  }),
);

describe('message validators', () => {
  it('never throw, and accept only well-formed messages', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const content = parseContentMessage(value);
        if (content) expect(['page-state', 'get-card', 'get-fact', 'get-event', 'open-panel']).toContain(content.type);
        if (content && 'entity' in content && content.entity !== undefined)
          expect(content.entity).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        const popup = parsePopupMessage(value);
        if (popup?.type === 'show-mention' && popup.figure !== undefined)
          expect(Number.isInteger(popup.figure)).toBe(true);
        const background = parsePopupToBackground(value);
        if (background) expect(Number.isInteger(background.tabId) && background.tabId >= 0).toBe(true);
        parsePageState(value);
      }),
      { numRuns: 3_000 },
    );
  });

  it('refuse ids that are not ids: prototype keys, long strings, markup', () => {
    for (const entity of ['__proto__', 'a'.repeat(300), '<img src=x>', 'Florence Parly', '', 'a--b']) {
      expect(parseContentMessage({ type: 'get-card', entity }), entity).toBeNull();
    }
  });

  it('let through ids shaped like object keys, which the knowledge base lookups answer with nothing', () => {
    const kb = createKbLookup(compileKb(loadTopicFiles()).details);
    for (const id of ['constructor', 'tostring', 'valueof', 'hasownproperty']) {
      expect(parseContentMessage({ type: 'get-card', entity: id })).not.toBeNull();
      expect(kb.card(id), id).toBeNull();
      expect(kb.fact(id), id).toBeNull();
      expect(kb.event(id), id).toBeNull();
    }
  });

  it('refuse a page state with more actors than any page holds', () => {
    const actors = Array.from({ length: 5_001 }, (_, i) => ({ id: `e${i}`, type: 'person', count: 1 }));
    const state = {
      url: 'https://www.lemonde.fr/a',
      reading: false,
      isArticle: true,
      enabled: true,
      headline: null,
      published: null,
      actors,
      figures: [],
    };
    expect(parsePageState(state)).toBeNull();
    expect(parsePageState({ ...state, actors: actors.slice(0, 10) })).not.toBeNull();
  });
});

describe('senderKind', () => {
  it('never throws, and knows no sender but its own pages and its own content script', () => {
    const sender = fc.record(
      {
        id: fc.oneof(fc.constant(SELF.id), fc.string()),
        url: fc.oneof(fc.webUrl(), fc.constant(`${SELF.baseUrl}src/popup/index.html`), fc.string()),
        tab: fc.record({ id: fc.option(fc.integer(), { nil: undefined }) }),
        frameId: fc.integer({ min: -1, max: 5 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(sender, (s) => {
        const kind = senderKind(s, SELF);
        if (kind !== null) expect(s.id).toBe(SELF.id);
        if (kind === 'content') expect(s.frameId).toBe(0);
        if (kind === 'content-frame') expect(s.frameId).toBeGreaterThan(0);
        if (kind === 'extension-page') expect(s.url?.startsWith(SELF.baseUrl)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('parseSettings', () => {
  it('turns any stored value into valid settings', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const settings = parseSettings(value);
        expect(typeof settings.enabled).toBe('boolean');
        expect(typeof settings.badge).toBe('boolean');
        expect(['underline', 'background']).toContain(settings.highlightStyle);
        expect(settings.hoverDelay).toBeGreaterThanOrEqual(HOVER_DELAY_RANGE.min);
        expect(settings.hoverDelay).toBeLessThanOrEqual(HOVER_DELAY_RANGE.max);
        expect(Object.keys(settings.categories).sort()).toEqual([...CATEGORIES].sort());
        for (const [host, on] of Object.entries(settings.sites)) {
          expect(isHostname(host)).toBe(true);
          expect(typeof on).toBe('boolean');
        }
        expect(Object.getPrototypeOf(settings.sites)).toBe(Object.prototype);
      }),
      { numRuns: 3_000 },
    );
  });

  it('cannot be polluted through a stored site named __proto__', () => {
    const stored = JSON.parse('{"sites": {"__proto__": {"polluted": true}, "lemonde.fr": false}}') as unknown;
    const settings = parseSettings(stored);
    expect(settings.sites).toEqual({ 'lemonde.fr': false });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
