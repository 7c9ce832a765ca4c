/**
 * Which of the extension's files a tab ran, in Chromium: a tab opened blank, with DevTools' debugger listening, then
 * sent to the page, so every script compiled in it from the start — the page's, and the extension's in its isolated
 * world — is reported with its address (`Debugger.scriptParsed`). Firefox's WebDriver BiDi shows no content script.
 */
import type { Driver, DPage } from './browsers';
import { wrapPlaywright } from './browsers';

export interface RecordedTab {
  page: DPage;
  /** The extension's files parsed in the tab so far, by path (`src/content/content.iife.js`), once each time. */
  extensionScripts(): string[];
}

export async function openRecordingScripts(driver: Driver, url: string): Promise<RecordedTab> {
  if (driver.raw.browser !== 'chromium') throw new Error('scripts are recorded in Chromium only');
  const page = await driver.raw.context.newPage();
  const cdp = await driver.raw.context.newCDPSession(page);
  const parsed: string[] = [];
  cdp.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith(driver.extensionBase)) parsed.push(event.url.slice(driver.extensionBase.length));
  });
  await cdp.send('Debugger.enable');
  await page.goto(url, { waitUntil: 'load' });
  return { page: wrapPlaywright(page), extensionScripts: () => [...parsed] };
}
