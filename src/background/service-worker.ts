/**
 * Background: keeps what each tab's content script found (for the popup and the badge), injects the reader into a
 * frame whose first script found a possible article, answers card requests from the knowledge base, runs Dossier on
 * the sites a reader enabled, toggles a site from the keyboard, keeps the stored settings valid, and welcomes a new
 * reader. Every message is checked for sender and shape.
 * Per-tab state lives in `storage.session` and site registrations derive from granted permissions, so a
 * service-worker restart loses nothing.
 */
import browser from 'webextension-polyfill';
import details from 'virtual:dossier/kb-details';
import packedIndex from 'virtual:dossier/kb-index-packed';
import { createKbLookup } from '../kb/query/card-data';
import { kbLanguage, localizeDetails } from '../kb/localize';
import { t } from '../shared/i18n';
import { figuresAgainstPage } from '../core/link/own-source';
import { tabStateKey, type PageState } from '../shared/messages';
import { withSiteToggled } from '../shared/settings';
import { webHostname } from '../shared/settings-sites';
import { loadSettings, onSettingsChanged, repairStoredSettings, updateSettings } from '../shared/settings-store';
import { backgroundListener, createBackgroundHandlers } from './message-handlers';
import { injectReader } from './reader-script';
import { injectInto, injectIntoOpenTabs, syncSiteScripts } from './site-scripts';
import { readAllTabStates, readTabState, updateBadge } from './tab-state';

const kb = createKbLookup(localizeDetails(details, kbLanguage(t('kbLang'))));
const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };

browser.runtime.onMessage.addListener(
  backgroundListener(
    self,
    createBackgroundHandlers({ kb, packedIndex, readTabState, storeTabState, injectReader, openPanel, injectInto }),
  ),
);

/** A hover card's "Open in fact panel": the toolbar popup where the browser opens it, else the panel in a tab. */
async function openPanel(tabId: number, entity: string | undefined): Promise<boolean> {
  try {
    await browser.action.openPopup();
    return true;
  } catch {
    // Firefox opens the popup only from a user action in an extension page; the panel then opens as a tab.
  }
  const query = new URLSearchParams({ tab: String(tabId), ...(entity ? { entity } : {}) });
  await browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?${query}`) });
  return true;
}

/** Agreements that rest only on the page itself become "from this article" before the panel and badge see them. */
function checkedAgainstPage(state: PageState): PageState {
  return { ...state, figures: figuresAgainstPage(state.figures, state, (fact) => kb.fact(fact)?.sources) };
}

async function storeTabState(tabId: number, reported: PageState): Promise<void> {
  const state = checkedAgainstPage(reported);
  await browser.storage.session.set({ [tabStateKey(tabId)]: state });
  await updateBadge(tabId, state, await loadSettings());
}

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(tabStateKey(tabId));
});

onSettingsChanged((settings) => {
  void (async () => {
    await repairStoredSettings();
    for (const [tabId, state] of await readAllTabStates()) {
      await updateBadge(tabId, state, settings).catch(() => undefined);
    }
  })();
});

// The keyboard command flips the switch of the site in the active tab (the command grants `activeTab`). Firefox for
// Android has no keyboard commands (`browser.commands` is absent there): the panel's switch does the same.
(browser.commands as typeof browser.commands | undefined)?.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-site') return;
  void (async () => {
    const url = tab?.url ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url;
    const host = webHostname(url);
    if (host) await updateSettings((s) => withSiteToggled(s, host));
  })();
});

browser.permissions.onAdded.addListener(() => {
  void syncSiteScripts().then(injectIntoOpenTabs);
});
browser.permissions.onRemoved.addListener(() => {
  void syncSiteScripts();
});

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install')
    void browser.tabs.create({ url: browser.runtime.getURL('src/options/index.html?welcome=1') });
});

// Every start of the background (browser start, install, update, wake-up): valid settings, current registrations.
void repairStoredSettings().catch(() => undefined);
void syncSiteScripts().catch(() => undefined);
