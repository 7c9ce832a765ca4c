/**
 * The first script's own line to the extension APIs (`src/content/extension-api.ts`), against a fake `chrome` or
 * `browser` global: Firefox's `browser` is preferred, a message listener answers through `sendResponse`, settings read
 * and changed are repaired, an unreadable store gives the defaults, and a call made once the extension is gone throws
 * at once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  extensionId,
  loadSettings,
  onMessage,
  onSettingsChanged,
  sendMessage,
  t,
} from '../../../src/content/extension-api';
import { defaultSettings, SETTINGS_KEY } from '../../../src/shared/settings';

type Listener = (...args: unknown[]) => unknown;

function fakeApi(stored: unknown = undefined) {
  const listeners = { message: [] as Listener[], changed: [] as Listener[] };
  const api = {
    runtime: {
      id: 'dossier-id',
      sendMessage: vi.fn((message: unknown) => Promise.resolve({ echo: message })),
      onMessage: { addListener: (l: Listener) => listeners.message.push(l) },
    },
    storage: {
      sync: { get: vi.fn((key: string) => Promise.resolve(stored === undefined ? {} : { [key]: stored })) },
      onChanged: { addListener: (l: Listener) => listeners.changed.push(l) },
    },
    i18n: { getMessage: (key: string) => (key === 'known' ? 'Known' : '') },
  };
  return { api, listeners };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the first script’s extension API', () => {
  it('uses Firefox’s `browser` where there is one, else Chrome’s `chrome`', async () => {
    const chrome = fakeApi();
    vi.stubGlobal('chrome', chrome.api);
    expect(extensionId()).toBe('dossier-id');
    expect(await sendMessage({ type: 'get-index' })).toEqual({ echo: { type: 'get-index' } });
    const firefox = fakeApi();
    firefox.api.runtime.id = 'gecko-id';
    vi.stubGlobal('browser', firefox.api);
    expect(extensionId()).toBe('gecko-id');
  });

  it('answers a message through sendResponse, and leaves alone the messages it does not answer', async () => {
    const { api, listeners } = fakeApi();
    vi.stubGlobal('chrome', api);
    onMessage((message) => (message === 'question' ? Promise.resolve('answer') : undefined));
    const listener = listeners.message[0]!;
    const sendResponse = vi.fn();
    expect(listener('question', { id: 'dossier-id' }, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith('answer'));
    expect(listener('other', { id: 'dossier-id' }, vi.fn())).toBeUndefined();
  });

  it('reads the settings repaired, the defaults when the store cannot be read, and follows their changes', async () => {
    const { api, listeners } = fakeApi({ enabled: false, hoverDelay: 'slow' });
    vi.stubGlobal('chrome', api);
    expect(await loadSettings()).toEqual({ ...defaultSettings(), enabled: false });
    api.storage.sync.get.mockImplementation(() => Promise.reject(new Error('quota')));
    expect(await loadSettings()).toEqual(defaultSettings());

    const seen: unknown[] = [];
    onSettingsChanged((settings) => seen.push(settings));
    const changed = listeners.changed[0]!;
    changed({ [SETTINGS_KEY]: { newValue: { badge: false } } }, 'sync');
    changed({ [SETTINGS_KEY]: { newValue: { badge: true } } }, 'local');
    changed({ other: { newValue: 1 } }, 'sync');
    expect(seen).toEqual([{ ...defaultSettings(), badge: false }]);
  });

  it('shows the key of a missing UI string', () => {
    vi.stubGlobal('chrome', fakeApi().api);
    expect(t('known')).toBe('Known');
    expect(t('missing')).toBe('missing');
  });

  it('throws at once when the extension is gone from under the page (Chrome takes `chrome.runtime` away)', () => {
    const { api } = fakeApi();
    vi.stubGlobal('chrome', { ...api, runtime: undefined });
    expect(extensionId()).toBeUndefined();
    expect(() => sendMessage({ type: 'get-index' })).toThrow();
  });
});
