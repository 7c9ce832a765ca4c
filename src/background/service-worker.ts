/**
 * Background: keeps what each tab's content script found (for the popup and the badge), answers card requests
 * from the knowledge base, and welcomes a new reader. Every message is checked for sender and shape.
 * Per-tab state lives in `storage.session`, so a service-worker restart loses nothing.
 */
import browser from 'webextension-polyfill';
import details from 'virtual:dossier/kb-details';
import { createKbLookup } from '../core/card-data';
import { parseContentMessage, type PageState } from '../shared/messages';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { tabStateKey, updateBadge } from './tab-state';

const kb = createKbLookup(details);

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseContentMessage(raw);
  if (!message) return undefined;
  switch (message.type) {
    case 'page-state': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      return storeTabState(tabId, message.state);
    }
    case 'get-card':
      return Promise.resolve(kb.card(message.entity));
  }
});

async function storeTabState(tabId: number, state: PageState): Promise<void> {
  await browser.storage.session.set({ [tabStateKey(tabId)]: state });
  await updateBadge(tabId, state, await loadSettings());
}

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(tabStateKey(tabId));
});

onSettingsChanged((settings) => {
  void (async () => {
    const all = await browser.storage.session.get(null);
    for (const [key, state] of Object.entries(all)) {
      const tabId = Number(key.replace(/^tab:/, ''));
      if (Number.isInteger(tabId)) await updateBadge(tabId, state as PageState, settings).catch(() => undefined);
    }
  })();
});

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html?welcome=1') });
});
