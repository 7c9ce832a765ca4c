/**
 * The few extension APIs the first script uses, straight from the browser rather than through webextension-polyfill:
 * the first script runs on every page of an enabled site, and the polyfill's wrapping (copied property by property
 * into the bundle's module, Chrome's slow `chrome.app` getter included) and its 10 KB cost each of those pages about a
 * millisecond and a half before anything else. In Manifest V3 both browsers answer these calls with promises —
 * Firefox's `browser`, Chrome's `chrome` — except a message listener's answer, which both take through
 * `sendResponse`. The API object is looked up at each call: when the extension is reloaded under the page, Chrome
 * takes `chrome.runtime` away from the orphaned script, and the call throws at once (see `content.iife.ts`).
 * Extension pages and the background keep the polyfill.
 */
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';

export interface MessageSender {
  id?: string;
}

interface ExtensionApi {
  runtime?: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(
        listener: (
          message: unknown,
          sender: MessageSender,
          sendResponse: (answer: unknown) => void,
        ) => true | undefined,
      ): void;
    };
  };
  storage: {
    sync: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

function api(): ExtensionApi {
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
  return scope.browser ?? scope.chrome;
}

/** The extension's id; undefined once the extension was reloaded or removed under this page. */
export function extensionId(): string | undefined {
  return api().runtime?.id;
}

/** Sends a message to the background; throws at once where the extension is gone (the script is orphaned). */
export function sendMessage(message: unknown): Promise<unknown> {
  return api().runtime!.sendMessage(message);
}

/** Answers messages sent to this frame: `answer` returns the reply, or undefined for a message it leaves alone. */
export function onMessage(answer: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): void {
  api().runtime?.onMessage.addListener((message, sender, sendResponse) => {
    const reply = answer(message, sender);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}

/** The stored settings, repaired; the defaults when they cannot be read (as `shared/settings-store.ts` does). */
export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings((await api().storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

/** Calls `listener` with the new settings, repaired, whenever they change (as `shared/settings-store.ts` does). */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  api().storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
  });
}

/** A UI string from `_locales`; a missing key shows the key, never an empty label (as `shared/i18n.ts` does). */
export function t(key: string, substitutions?: string | string[]): string {
  return api().i18n.getMessage(key, substitutions) || key;
}
