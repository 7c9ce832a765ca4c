/**
 * The panel's messages about its tab: to the content script there (what it found, its "show in page"), and to the
 * background ("Annotate this page once"). Replies are typed by the receivers' maps (`shared/messages.ts`).
 */
import browser from 'webextension-polyfill';
import { asker } from '../shared/message-map';
import {
  parsePageState,
  type ContentScriptRequests,
  type PageState,
  type PanelToBackgroundRequests,
} from '../shared/messages';

/** Asks the content script in a tab's top frame. */
const askTab = (tabId: number) => asker<ContentScriptRequests>((message) => browser.tabs.sendMessage(tabId, message));
const askBackground = asker<PanelToBackgroundRequests>((message) => browser.runtime.sendMessage(message));

/** Asks the content script of a tab what it found; null when no content script runs there. */
export async function requestPageState(tabId: number): Promise<PageState | null> {
  try {
    // No content script answers where none runs: what comes back is checked.
    return parsePageState(await askTab(tabId)({ type: 'get-page-state' }));
  } catch {
    return null;
  }
}

/** Scrolls the page to the next mention of an entity (or to a figure) and flashes it; false if there is none. */
export async function showMention(tabId: number, target: { entity?: string; figure?: number }): Promise<boolean> {
  const shown = await askTab(tabId)({ type: 'show-mention', ...target }).catch(() => false);
  return shown === true;
}

/** Runs Dossier once in the tab (the background injects it through `activeTab`); false if the browser refused. */
export async function annotateOnce(tabId: number): Promise<boolean> {
  const done = await askBackground({ type: 'annotate-once', tabId }).catch(() => false);
  return done === true;
}
