/**
 * What the background answers: its listener checks sender and shape, then calls the handler of the message's type
 * from a table that must hold one for every type of its maps (a missing one fails to compile: the tables below are
 * typed by the maps too); the handlers reach the knowledge base, the tab's state and the browser's scripting.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  backgroundListener,
  createBackgroundHandlers,
  type BackgroundDeps,
  type BackgroundHandlers,
} from '../../../src/background/message-handlers';
import type { FigureCardFact, KbLookup } from '../../../src/kb/query/card-data';
import type { RequestOf } from '../../../src/shared/message-map';
import type {
  BackgroundRequests,
  ContentToBackgroundRequests,
  PageState,
  SenderInfo,
} from '../../../src/shared/messages';

const SELF = { id: 'dossier-id', baseUrl: 'chrome-extension://dossier-id/' };
const TOP: SenderInfo = { id: SELF.id, url: 'https://www.lemonde.fr/a', tab: { id: 3 }, frameId: 0 };
const FRAME: SenderInfo = { id: SELF.id, url: 'https://www.lemonde.fr/embed/a', tab: { id: 3 }, frameId: 7 };
const PANEL: SenderInfo = { id: SELF.id, url: `${SELF.baseUrl}src/popup/index.html` };
const OTHER: SenderInfo = { id: 'other-extension', url: 'https://www.lemonde.fr/a', tab: { id: 3 }, frameId: 0 };

function state(): PageState {
  return {
    url: 'https://www.lemonde.fr/a',
    reading: false,
    isArticle: true,
    enabled: true,
    headline: 'A headline',
    published: '2020-01-07',
    actors: [{ id: 'france', type: 'state', count: 2 }],
    figures: [],
  };
}

/** One well-formed message of every type the background answers (a type left out fails to compile). */
const samples: { [K in keyof BackgroundRequests]: RequestOf<BackgroundRequests, K> } = {
  'page-state': { type: 'page-state', state: state() },
  'load-reader': { type: 'load-reader' },
  'get-index': { type: 'get-index' },
  'get-card': { type: 'get-card', entity: 'france' },
  'get-fact': { type: 'get-fact', fact: '#f12' },
  'get-event': { type: 'get-event', event: '#e4' },
  'open-panel': { type: 'open-panel', entity: 'france' },
  'annotate-once': { type: 'annotate-once', tabId: 12 },
};
const fromPanel = new Set<string>(['annotate-once']);
const types = Object.keys(samples) as (keyof BackgroundRequests)[];

/** A handler table whose every handler records its call and replies with its own type's name. */
function spyHandlers() {
  const calls: { type: string; request: unknown; context: unknown }[] = [];
  const spy =
    <R>(type: string, reply: R) =>
    (request: unknown, context: unknown) => {
      calls.push({ type, request, context });
      return Promise.resolve(reply);
    };
  const handlers: BackgroundHandlers = {
    'page-state': spy('page-state', undefined),
    'load-reader': spy('load-reader', true),
    'get-index': spy('get-index', 'get-index'),
    'get-card': spy('get-card', null),
    'get-fact': spy('get-fact', null),
    'get-event': spy('get-event', null),
    'open-panel': spy('open-panel', true),
    'annotate-once': spy('annotate-once', false),
  };
  return { handlers, calls };
}

describe('the background’s listener', () => {
  it('dispatches every message type, from the sender that may send it, to that type’s handler alone', async () => {
    expect(types).toHaveLength(8);
    for (const type of types) {
      const { handlers, calls } = spyHandlers();
      const reply = backgroundListener(SELF, handlers)(samples[type], fromPanel.has(type) ? PANEL : TOP);
      expect(reply, type).toBeInstanceOf(Promise);
      await reply;
      expect(calls, type).toEqual([
        { type, request: samples[type], context: fromPanel.has(type) ? undefined : { tabId: 3, frameId: 0 } },
      ]);
    }
  });

  it('replies with what the handler resolves with', async () => {
    const { handlers } = spyHandlers();
    const listen = backgroundListener(SELF, handlers);
    expect(await listen({ type: 'get-index' }, TOP)).toBe('get-index');
    expect(await listen({ type: 'load-reader' }, FRAME)).toBe(true);
    expect(await listen({ type: 'annotate-once', tabId: 12 }, PANEL)).toBe(false);
  });

  it('hands a handler the checked message only, not what the sender added to it', async () => {
    const { handlers, calls } = spyHandlers();
    await backgroundListener(SELF, handlers)({ type: 'load-reader', files: ['evil.js'], frameId: 0 }, FRAME);
    expect(calls).toEqual([
      { type: 'load-reader', request: { type: 'load-reader' }, context: { tabId: 3, frameId: 7 } },
    ]);
  });

  it('answers a frame’s card questions, but takes a tab’s state from its top frame only', async () => {
    const { handlers, calls } = spyHandlers();
    const listen = backgroundListener(SELF, handlers);
    expect(listen(samples['page-state'], FRAME)).toBeUndefined();
    await listen(samples['get-card'], FRAME);
    expect(calls.map((c) => c.type)).toEqual(['get-card']);
  });

  it('refuses a message from another extension, a sender that may not send its type, or in a wrong shape', () => {
    const { handlers, calls } = spyHandlers();
    const listen = backgroundListener(SELF, handlers);
    for (const type of types) {
      expect(listen(samples[type], OTHER), type).toBeUndefined();
      // A content script may not ask for what the panel asks, nor the panel for what content scripts ask.
      expect(listen(samples[type], fromPanel.has(type) ? TOP : PANEL), type).toBeUndefined();
    }
    for (const bad of [
      { type: 'get-card', entity: '../etc' },
      { type: 'get-fact' },
      { type: 'page-state', state: { ...state(), isArticle: 'yes' } },
      { type: 'open-panel', entity: null },
      { type: 'delete-everything' },
      'get-index',
      null,
    ]) {
      expect(listen(bad, TOP), JSON.stringify(bad)).toBeUndefined();
    }
    expect(listen({ type: 'annotate-once', tabId: -1 }, PANEL)).toBeUndefined();
    expect(listen(samples['get-card'], { ...TOP, tab: undefined })).toBeUndefined();
    expect(calls).toEqual([]);
  });
});

describe('the background’s handlers', () => {
  const figureFact: FigureCardFact = {
    id: 'france-troops',
    text: 'France had about 200 troops.',
    sources: [
      { id: 'lemonde-a', publisher: 'Le Monde', title: 'A', url: 'https://www.lemonde.fr/a', date: '2020-01-07' },
    ],
    subject: { id: 'france', name: 'France' },
    sameMeasure: [],
  };

  /** @param tabState the tab's last reported state; null: none */
  function deps(tabState: PageState | null = state()) {
    const kb: KbLookup = {
      card: vi.fn(() => null),
      fact: vi.fn((key: string) => (key === '#f12' ? figureFact : null)),
      event: vi.fn(() => null),
    };
    return {
      kb,
      packedIndex: '{"packed":true}',
      readTabState: vi.fn(() => Promise.resolve(tabState ?? undefined)),
      storeTabState: vi.fn(() => Promise.resolve()),
      injectReader: vi.fn(() => Promise.resolve(true)),
      openPanel: vi.fn(() => Promise.resolve(true)),
      injectInto: vi.fn(() => Promise.resolve()),
    } satisfies BackgroundDeps;
  }

  const ask = <K extends keyof ContentToBackgroundRequests>(
    d: BackgroundDeps,
    message: RequestOf<ContentToBackgroundRequests, K>,
  ) => backgroundListener(SELF, createBackgroundHandlers(d))(message, TOP);

  it('keep a tab’s state, inject the reader into the asking frame, and hand out the packed index', async () => {
    const d = deps();
    await ask(d, samples['page-state']);
    expect(d.storeTabState).toHaveBeenCalledWith(3, state());
    expect(await backgroundListener(SELF, createBackgroundHandlers(d))({ type: 'load-reader' }, FRAME)).toBe(true);
    expect(d.injectReader).toHaveBeenCalledWith(3, 7);
    expect(await ask(d, { type: 'get-index' })).toBe('{"packed":true}');
  });

  it('give an entity’s card by the tab’s article’s publication day, and an event by key', async () => {
    const d = deps();
    await ask(d, { type: 'get-card', entity: 'france' });
    expect(d.kb.card).toHaveBeenCalledWith('france', undefined, '2020-01-07');
    await ask(d, { type: 'get-event', event: '#e4' });
    expect(d.kb.event).toHaveBeenCalledWith('#e4');
  });

  it('say whether a figure’s fact rests only on the page the tab shows', async () => {
    expect(await ask(deps(), { type: 'get-fact', fact: '#f12' })).toEqual({ ...figureFact, fromThisPage: true });
    const elsewhere = { ...state(), url: 'https://www.bbc.com/news/b' };
    expect(await ask(deps(elsewhere), { type: 'get-fact', fact: '#f12' })).toEqual({
      ...figureFact,
      fromThisPage: false,
    });
    expect(await ask(deps(null), { type: 'get-fact', fact: '#f12' })).toEqual({ ...figureFact, fromThisPage: false });
    expect(await ask(deps(), { type: 'get-fact', fact: '#f13' })).toBeNull();
  });

  it('open the panel for the asking tab, and annotate a tab once for the panel, false when the browser refuses', async () => {
    const d = deps();
    await ask(d, { type: 'open-panel', entity: 'france' });
    expect(d.openPanel).toHaveBeenCalledWith(3, 'france');
    const listen = backgroundListener(SELF, createBackgroundHandlers(d));
    expect(await listen({ type: 'annotate-once', tabId: 12 }, PANEL)).toBe(true);
    expect(d.injectInto).toHaveBeenCalledWith(12);
    d.injectInto.mockImplementationOnce(() => Promise.reject(new Error('Cannot access contents of the page')));
    expect(await listen({ type: 'annotate-once', tabId: 12 }, PANEL)).toBe(false);
  });
});
