/** Drives Dossier's fact panel (opened as a page for a tab) and reads what the background knows of a tab. */
import type { DPage, Driver } from './browsers';

/** The size of the toolbar popup, so a screenshot of the panel page shows what a reader sees. */
export const POPUP_SIZE = { width: 520, height: 600 } as const;

/** Opens the fact panel for a tab and waits until it has read the tab. */
export async function openPanel(driver: Driver, tabId: number): Promise<DPage> {
  const panel = await driver.openExtensionPage(`src/popup/index.html?tab=${tabId}`);
  await panel.setViewport(POPUP_SIZE.width, POPUP_SIZE.height);
  await panel.waitFor(() => document.querySelector('main.panel[aria-busy="false"]') !== null);
  return panel;
}

/** Clicks a switch the way a reader does: on its label. */
export function clickSwitch(page: DPage, inputId: string): Promise<void> {
  return page.click(`label:has(> #${inputId})`);
}

export function isChecked(page: DPage, inputId: string): Promise<boolean> {
  return page.evaluate(
    (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.checked ?? false,
    inputId,
  );
}

interface Chromeish {
  chrome: {
    storage: {
      session: { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> };
      sync: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> };
    };
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    action: { getBadgeText(d: { tabId: number }): Promise<string> };
  };
}

/** What the content script last reported for a tab (through the background), or null. */
export function reportedState(
  driver: Driver,
  tabId: number,
): Promise<{ url: string; enabled: boolean; isArticle: boolean } | null> {
  return driver.extensionEval(async (id: number) => {
    const key = `tab:${id}`;
    const stored = await (globalThis as unknown as Chromeish).chrome.storage.session.get(key);
    return (stored[key] as { url: string; enabled: boolean; isArticle: boolean } | undefined) ?? null;
  }, tabId);
}

/** Forgets what a tab reported, so a test can wait for its next report. */
export function forgetReportedState(driver: Driver, tabId: number): Promise<void> {
  return driver.extensionEval(
    (id: number) => (globalThis as unknown as Chromeish).chrome.storage.session.remove(`tab:${id}`),
    tabId,
  );
}

/** Waits for the content script of a tab to report again; returns the report. */
export async function nextReport(
  driver: Driver,
  tabId: number,
  timeoutMs = 15_000,
): Promise<{ url: string; enabled: boolean; isArticle: boolean }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await reportedState(driver, tabId);
    if (state) return state;
    if (Date.now() > deadline) throw new Error(`Tab ${tabId} reported nothing`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The text of the toolbar badge on a tab. */
export function badgeText(driver: Driver, tabId: number): Promise<string> {
  return driver.extensionEval(
    (id: number) => (globalThis as unknown as Chromeish).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

export function readStoredSettings(driver: Driver): Promise<unknown> {
  return driver.extensionEval(
    async () => (await (globalThis as unknown as Chromeish).chrome.storage.sync.get('settings'))['settings'],
  );
}

export function writeStoredSettings(driver: Driver, value: unknown): Promise<void> {
  return driver.extensionEval(
    (v: unknown) => (globalThis as unknown as Chromeish).chrome.storage.sync.set({ settings: v }),
    value,
  );
}

/** The id of the tab showing `url`, once the extension may see its address (host permission or `activeTab`). */
export async function visibleTabId(driver: Driver, url: string, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const id = await driver.extensionEval(async (u: string) => {
      const tabs = await (globalThis as unknown as Chromeish).chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`The extension sees no tab at ${url}`);
    await sleep(200);
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
