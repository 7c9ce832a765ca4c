/**
 * The first script's answers to the fact panel: every message type of `ContentScriptRequests` reaches its handler,
 * from Dossier itself, in the tab's top frame, in the panel's shape; anything else gets no answer.
 */
import { describe, expect, it } from 'vitest';
import { panelListener, type PanelHandlers } from '../../../src/content/panel-listener';
import type { RequestOf } from '../../../src/shared/message-map';
import type { ContentScriptRequests, PageState } from '../../../src/shared/messages';

const ID = 'dossier-id';
const here = { extensionId: () => ID, topFrame: true };

const state: PageState = {
  url: 'https://www.lemonde.fr/a',
  reading: false,
  isArticle: true,
  enabled: true,
  headline: null,
  published: null,
  actors: [],
  figures: [],
};

/** One well-formed message of every type (a type left out fails to compile). */
const samples: { [K in keyof ContentScriptRequests]: RequestOf<ContentScriptRequests, K> } = {
  'get-page-state': { type: 'get-page-state' },
  'show-mention': { type: 'show-mention', entity: 'nato' },
};

function handlers() {
  const calls: { type: string; request: unknown }[] = [];
  const table: PanelHandlers = {
    'get-page-state': (request) => {
      calls.push({ type: 'get-page-state', request });
      return Promise.resolve(state);
    },
    'show-mention': (request) => {
      calls.push({ type: 'show-mention', request });
      return Promise.resolve(request.entity === 'nato');
    },
  };
  return { table, calls };
}

describe('panelListener', () => {
  it('dispatches every message type to its handler alone, and replies with what it resolves with', async () => {
    for (const [type, message] of Object.entries(samples)) {
      const { table, calls } = handlers();
      const reply = await panelListener(table, here)(message, { id: ID });
      expect(calls, type).toEqual([{ type, request: message }]);
      expect(reply, type).toEqual(type === 'get-page-state' ? state : true);
    }
  });

  it('hands the handler the checked target only', async () => {
    const { table, calls } = handlers();
    expect(await panelListener(table, here)({ type: 'show-mention', figure: 2, scroll: 'away' }, { id: ID })).toBe(
      false,
    );
    expect(calls).toEqual([{ type: 'show-mention', request: { type: 'show-mention', figure: 2 } }]);
  });

  it('refuses another sender, a frame below the top, and malformed messages', () => {
    const { table, calls } = handlers();
    const listen = panelListener(table, here);
    for (const message of Object.values(samples)) {
      expect(listen(message, { id: 'other-extension' })).toBeUndefined();
      expect(listen(message, {})).toBeUndefined();
      expect(panelListener(table, { ...here, topFrame: false })(message, { id: ID })).toBeUndefined();
    }
    for (const bad of [
      { type: 'show-mention', entity: 'NATO!' },
      { type: 'show-mention', figure: 1.5 },
      { type: 'get-card', entity: 'nato' },
      null,
    ]) {
      expect(listen(bad, { id: ID }), JSON.stringify(bad)).toBeUndefined();
    }
    expect(calls).toEqual([]);
  });
});
