/**
 * The tab the fact panel speaks of: the active tab of the current window, or the tab named by `?tab=` when the
 * panel is opened in a tab of its own ("pop out").
 */
import browser from 'webextension-polyfill';

export async function targetTab(): Promise<browser.Tabs.Tab | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) {
    try {
      return await browser.tabs.get(Number(param));
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}
