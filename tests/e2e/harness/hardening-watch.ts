/**
 * Watches a tab for errors of any script in it — the page's own and Dossier's content script — as the browser's
 * console shows them to a developer: uncaught exceptions and rejected promises, `console.error` and
 * `console.warn`, and (Chromium) the browser's own log entries such as CSP violations.
 *
 * - Chromium: a DevTools session on the tab (`Runtime`, `Log`), which reports every JavaScript world of the page,
 *   the content script's isolated world included; an error is Dossier's when its world or its stack belongs to the
 *   extension.
 * - Firefox: WebDriver BiDi's log of the tab (`pageerror`, `console`), which Firefox fills with the content script's
 *   errors too (they carry the extension's `moz-extension://` address).
 *
 * Web pages are opened through `openWatched`, so that nothing is missed between the load and the watch.
 */
import type { CDPSession } from 'playwright-core';
import type { DPage, Driver } from './browsers';

export interface ErrorRecord {
  /** Whose: Dossier's (its content script or pages) or the page's own scripts. */
  by: 'dossier' | 'page';
  text: string;
}

export interface WatchedPage {
  page: DPage;
  /** Everything recorded so far. */
  errors(): ErrorRecord[];
  /** Stops watching and closes the tab. */
  close(): Promise<void>;
}

/** Opens `url` in a new tab of `driver`, watched from before the navigation. */
export async function openWatched(driver: Driver, url: string): Promise<WatchedPage> {
  const watched = await watch(driver, await driver.open('about:blank'));
  await watched.page.goto(url);
  return watched;
}

/**
 * Watches a tab already open (an extension page, which Firefox's automation cannot navigate to): errors it logged
 * before are not seen.
 */
export async function watch(driver: Driver, page: DPage): Promise<WatchedPage> {
  const errors: ErrorRecord[] = [];
  const ours = (text: string): boolean => text.includes(driver.extensionBase);
  let detach = async (): Promise<void> => undefined;

  if (page.raw.browser === 'chromium') {
    const cdp: CDPSession = await page.raw.page.context().newCDPSession(page.raw.page);
    const extensionWorlds = new Set<number>();
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (ours(context.origin)) extensionWorlds.add(context.id);
    });
    const record = (contextId: number | undefined, text: string): void => {
      const dossier = (contextId !== undefined && extensionWorlds.has(contextId)) || ours(text);
      errors.push({ by: dossier ? 'dossier' : 'page', text });
    };
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
      const frames = d.stackTrace?.callFrames.map((f) => f.url).join(' ') ?? '';
      record(d.executionContextId, `${d.exception?.description ?? d.text} ${d.url ?? ''} ${frames}`);
    });
    cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId, stackTrace }) => {
      if (type !== 'error' && type !== 'warning' && type !== 'assert') return;
      const text = args.map((a) => String(a.value ?? a.description ?? '')).join(' ');
      const frames = stackTrace?.callFrames.map((f) => f.url).join(' ') ?? '';
      record(executionContextId, `console.${type}: ${text} ${frames}`);
    });
    cdp.on('Log.entryAdded', ({ entry }) => {
      if (entry.level !== 'error' && entry.level !== 'warning') return;
      // The fixture server has no icon: the browser's own request for one is not the page's error.
      if (entry.url?.endsWith('/favicon.ico')) return;
      record(undefined, `log ${entry.source}: ${entry.text} ${entry.url ?? ''}`);
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Log.enable');
    detach = () => cdp.detach().catch(() => undefined);
  } else {
    const raw = page.raw.page;
    raw.on('pageerror', (error: unknown) => {
      const text = error instanceof Error ? `${error.message} ${error.stack ?? ''}` : String(error);
      errors.push({ by: ours(text) ? 'dossier' : 'page', text });
    });
    raw.on('console', (message) => {
      const type = message.type();
      if (type !== 'error' && type !== 'warn' && type !== 'assert') return;
      const where = message
        .stackTrace()
        .map((f) => f.url)
        .join(' ');
      const text = `console.${type}: ${message.text()} ${where}`;
      errors.push({ by: ours(text) ? 'dossier' : 'page', text });
    });
  }

  return {
    page,
    errors: () => [...errors],
    async close() {
      await detach();
      await page.close();
    },
  };
}
