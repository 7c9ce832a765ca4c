/**
 * Dossier's first script: runs on every page of an enabled site, decides by cheap signals whether the page could be
 * an article (`core/detect/triage.ts`), and loads nothing else where it cannot. Where it may be one, it asks the
 * background for the reader (`reader.iife.ts`: full detection, matcher, highlights, cards), which the background
 * injects into this tab and frame, and drives it (`reader-api.ts`). It answers the fact panel, follows the settings
 * and, on single-page sites, a navigation to another address: that ends the page's session and, once the new page has
 * rendered, starts another look.
 */
import { triageArticleSteps, type Triage } from '../core/detect/triage';
import type { Steps } from '../lib/steps';
import { asker } from '../shared/message-map';
import type { ContentToBackgroundRequests, PageState } from '../shared/messages';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { extensionId, loadSettings, onMessage, onSettingsChanged, sendMessage, t } from './extension-api';
import type { Ask } from './card/card-content';
import { pageState } from './reading/page-state';
import { panelListener } from './panel-listener';
import { installedReader, type Reader, type ReaderSession } from './reader-api';
import { runInSlices } from './reading/slices';
import { clearReady } from './reading/timing';
import { watchUrl, whenSettled } from './reading/url-watch';

let session: ReaderSession | null = null;
/** The look at the current page (triage, then the reader's arrival), until the reader's session starts. */
let looking: AbortController | null = null;
/** The triage found the current page is no article: nothing more to do until it changes or Dossier is turned off. */
let turnedAway = false;
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
const ask: Ask = asker<ContentToBackgroundRequests>((message) => {
  try {
    return sendMessage(message);
  } catch (error) {
    if (extensionId() === undefined) {
      orphaned = true;
      stop();
    }
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
});

function currentState(): PageState {
  return (
    session?.state(location.href, enabledHere()) ?? pageState(location.href, null, [], enabledHere(), looking !== null)
  );
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

/** The reader, injected into this frame by the background if it is not here yet; null if it cannot come. */
async function loadReader(): Promise<Reader | null> {
  const here = installedReader();
  if (here) return here;
  await ask({ type: 'load-reader' }).catch(() => undefined);
  return installedReader();
}

/** Looks at the page in the browser's next idle period and, if it may be an article, has the reader read it. */
function read(): void {
  if (orphaned) return;
  const look = (looking = new AbortController());
  const found: { triage?: Triage } = {};
  function* triageSteps(): Steps<void> {
    found.triage = yield* triageArticleSteps(document, location.href);
  }
  void (async () => {
    // In the browser's idle time, in slices (one on most pages).
    const done = await runInSlices(triageSteps(), look.signal, { measure: 'dossier:triage' });
    const triage = found.triage;
    if (!done || !triage) return;
    const reader = triage.mayBeArticle ? await loadReader() : null;
    if (look.signal.aborted) return;
    looking = null;
    turnedAway = !triage.mayBeArticle;
    if (reader && settings)
      session = reader.read(document, location.href, settings, { ask, t, locale, onChange: report });
    report();
  })();
}

function stop(): void {
  looking?.abort();
  looking = null;
  turnedAway = false;
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
    if (enabledHere()) read();
    report();
  });
}

onMessage(
  panelListener(
    {
      'get-page-state': () => Promise.resolve(currentState()),
      'show-mention': (target) => Promise.resolve(session?.show(target) ?? false),
    },
    { extensionId, topFrame },
  ),
);

async function start(): Promise<void> {
  settings = await loadSettings();
  if (enabledHere()) read();
  report();
  watchUrl(window, onNavigation);
  onSettingsChanged((next) => {
    settings = next;
    if (!enabledHere()) stop();
    else if (session) session.update(next);
    else if (!navigating && !looking && !turnedAway) read();
    report();
  });
}

void start();
