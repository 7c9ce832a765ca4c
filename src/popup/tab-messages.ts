/** The panel's conversation with the page: what the content script found, and its "show in page". */
import browser from 'webextension-polyfill';
import { parsePageState, type PageState, type PopupToBackground, type PopupToContent } from '../shared/messages';

/** Asks the content script of a tab what it found; null when no content script runs there. */
export async function requestPageState(tabId: number): Promise<PageState | null> {
  const message: PopupToContent = { type: 'get-page-state' };
  try {
    return parsePageState(await browser.tabs.sendMessage(tabId, message));
  } catch {
    return null;
  }
}

/** Scrolls the page to the next mention of an entity (or to a figure) and flashes it; false if there is none. */
export async function showMention(tabId: number, target: { entity?: string; figure?: number }): Promise<boolean> {
  const message: PopupToContent = { type: 'show-mention', ...target };
  const shown: unknown = await browser.tabs.sendMessage(tabId, message).catch(() => false);
  return shown === true;
}

/** Runs Dossier once in the tab (the background injects it through `activeTab`); false if the browser refused. */
export async function annotateOnce(tabId: number): Promise<boolean> {
  const message: PopupToBackground = { type: 'annotate-once', tabId };
  const done: unknown = await browser.runtime.sendMessage(message).catch(() => false);
  return done === true;
}
