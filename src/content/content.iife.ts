/**
 * Dossier's content script: on an article page of an enabled site, highlights the actors and figures the
 * knowledge base knows, opens their hover cards, and answers the fact panel. Stays silent everywhere else.
 * On single-page sites, a navigation to another address ends the page's session and, once the new page has
 * rendered, starts another.
 */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { parsePopupMessage, type ContentToBackground, type PageState } from '../shared/messages';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { fetchedIndexLoader } from '../kb/pack';
import { pageState } from './page-state';
import { createPanelBridge } from './panel-bridge';
import { startReading, type ReadingSession } from './session';
import { clearReady } from './timing';
import { watchUrl, whenSettled } from './url-watch';

const panelBridge = createPanelBridge(document);
let session: ReadingSession | null = null;
let settings: Settings | null = null;
/** Waiting for a new page to render after a navigation. */
let navigating: AbortController | null = null;
/** The extension was reloaded or updated under this page: this script has stopped for good. */
let orphaned = false;

function enabledHere(): boolean {
  return settings !== null && isSiteEnabled(settings, location.hostname);
}

/**
 * Asks the background. When the extension was reloaded or updated under this page, this script is orphaned: the
 * runtime is gone (sending throws "Extension context invalidated") and no card can open any more, so it quietly
 * removes its highlights and stops.
 */
const ask = (message: ContentToBackground): Promise<unknown> => {
  try {
    return browser.runtime.sendMessage(message);
  } catch (error) {
    if (browser.runtime?.id === undefined) {
      orphaned = true;
      stop();
    }
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};

/** The knowledge base's index, from the background, once a page turns out to be an article. */
const kbIndex = fetchedIndexLoader(() => ask({ type: 'get-index' }));

function currentState(): PageState {
  return pageState(location.href, session?.detection ?? null, session?.mentions.all() ?? [], enabledHere(), session?.reading ?? false);
}

/** Whether this script runs in the tab's top frame; in a frame (an article shown inside another page) it only reads. */
const topFrame = window.top === window;

/** Tells the background (badge, fact panel) what the page holds: the top frame speaks for the tab. */
function report(): void {
  if (!topFrame) return;
  ask({ type: 'page-state', state: currentState() }).catch(() => undefined);
}

/** The cards' locale, asked of the i18n API when the first card opens (its first call is slow, ~20 ms). */
let cardLocale: string | null = null;
const locale = (): string => (cardLocale ??= t('hoverCardLocale'));

function read(current: Settings): void {
  if (orphaned) return;
  session = startReading(document, location.href, current, { index: kbIndex, ask, t, locale, onChange: report });
}

function stop(): void {
  session?.stop();
  session = null;
}

function onNavigation(): void {
  stop();
  clearReady();
  report();
  navigating?.abort();
  const wait = (navigating = new AbortController());
  void whenSettled(document, wait.signal).then(() => {
    navigating = null;
    if (settings && enabledHere()) read(settings);
    report();
  });
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  // The fact panel talks to the page in the tab's top frame.
  if (sender.id !== browser.runtime.id || !topFrame) return undefined;
  const message = parsePopupMessage(raw);
  if (!message) return undefined;
  if (message.type === 'get-page-state') return Promise.resolve(currentState());
  return Promise.resolve(panelBridge.show(session?.mentions.all() ?? [], message));
});

async function start(): Promise<void> {
  settings = await loadSettings();
  if (enabledHere()) read(settings);
  report();
  watchUrl(window, onNavigation);
  onSettingsChanged((next) => {
    settings = next;
    if (!enabledHere()) stop();
    else if (session) session.update(next);
    else if (!navigating) read(next);
    report();
  });
}

void start();
