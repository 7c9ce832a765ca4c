/** Per-tab page state in session storage, and the toolbar badge that shows it. */
import browser from 'webextension-polyfill';
import { TAB_STATE_PREFIX, parsePageState, tabStateKey, type PageState } from '../shared/messages';
import type { Settings } from '../shared/settings';

/** A tab's last reported state, if any. */
export async function readTabState(tabId: number): Promise<PageState | undefined> {
  const key = tabStateKey(tabId);
  return parsePageState((await browser.storage.session.get(key))[key]) ?? undefined;
}

/** Every tab's last reported state, by tab id. */
export async function readAllTabStates(): Promise<Map<number, PageState>> {
  const all = await browser.storage.session.get(null);
  const states = new Map<number, PageState>();
  for (const [key, value] of Object.entries(all)) {
    const tabId = Number(key.slice(TAB_STATE_PREFIX.length));
    const state = parsePageState(value);
    if (key.startsWith(TAB_STATE_PREFIX) && Number.isInteger(tabId) && state) states.set(tabId, state);
  }
  return states;
}

/** The badge text for a tab: the number of actors found, when the reader wants it and Dossier is on there. */
export function badgeText(state: PageState, settings: Settings): string {
  const count = state.actors.length;
  return settings.badge && state.enabled && state.isArticle && count > 0 ? String(count) : '';
}

export async function updateBadge(tabId: number, state: PageState, settings: Settings): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badgeText(state, settings) });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' });
}
