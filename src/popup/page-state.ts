/** Asks the content script of a tab what it found; null when no content script runs there. */
import browser from 'webextension-polyfill';
import type { PageState, PopupToContent } from '../shared/messages';

export async function requestPageState(tabId: number): Promise<PageState | null> {
  const message: PopupToContent = { type: 'get-page-state' };
  try {
    return ((await browser.tabs.sendMessage(tabId, message)) as PageState | undefined) ?? null;
  } catch {
    return null;
  }
}

export async function showMention(tabId: number, target: { entity?: string; figure?: number }): Promise<void> {
  const message: PopupToContent = { type: 'show-mention', ...target };
  await browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}
