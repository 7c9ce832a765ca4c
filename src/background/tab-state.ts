/** Per-tab page state in session storage, and the toolbar badge that shows it. */
import browser from 'webextension-polyfill';
import type { PageState } from '../shared/messages';
import type { Settings } from '../shared/settings';

export const tabStateKey = (tabId: number): string => `tab:${tabId}`;

export async function readTabState(tabId: number): Promise<PageState | null> {
  const key = tabStateKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as PageState | undefined) ?? null;
}

export async function updateBadge(tabId: number, state: PageState, settings: Settings): Promise<void> {
  const count = state.actors.length;
  const text = settings.badge && state.enabled && state.isArticle && count > 0 ? String(count) : '';
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' });
}
