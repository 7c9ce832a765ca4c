/**
 * Launches Debian's Chromium (playwright-core) or Firefox ESR (puppeteer-core over WebDriver BiDi) with the
 * built extension, both routed to the fixture server under real news hostnames, behind one small driver
 * interface so each end-to-end test runs unchanged in both browsers.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type KeyInput, type Page as PpPage } from 'puppeteer-core';
import { GECKO_ID } from '../../../build/manifest';
import type { FixtureServer } from './fixture-server';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export const ROOT = resolve(import.meta.dirname, '../../..');
export const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');
/** The hostnames fixture pages are served under (each must be mapped to the fixture server). */
export const FIXTURE_HOSTS = ['www.newarab.com', 'www.reuters.com', 'www.example.org'];

/** The extension API as seen from code evaluated inside an extension context. */
export interface ExtGlobal {
  browser: { tabs: { create(p: { url: string }): Promise<unknown> } };
  chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
}

type ExtensionEval = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<R>;

/**
 * Finds a tab by the page state its content script reported to the background (kept in session storage under
 * `tab:ID`): the extension has no `tabs` permission, so it knows tabs only through what its content script said.
 */
async function tabIdFromSession(extensionEval: ExtensionEval, prefix: string): Promise<number> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = await extensionEval(async (p: string) => {
      const all = await (globalThis as unknown as ExtGlobal).chrome.storage.session.get(null);
      const hit = Object.entries(all).find(
        ([k, v]) => k.startsWith('tab:') && String((v as { url?: unknown }).url).startsWith(p),
      );
      return hit ? Number(hit[0].slice(4)) : null;
    }, prefix);
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`No tab reported by the content script at ${prefix}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const FIREFOX_UUID = '7d3c1a52-5b0e-4c39-9d8e-0a5f3b1c2e44';

/** The automation library's own page, for what this interface does not cover (DevTools sessions, event streams). */
export type RawPage = { browser: 'chromium'; page: PwPage } | { browser: 'firefox'; page: PpPage };

export interface DPage {
  readonly raw: RawPage;
  url(): string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  /** Clicks at a point of the viewport (for what no selector reaches, such as a closed shadow root). */
  clickAt(x: number, y: number): Promise<void>;
  /** Presses a key, or a combination such as "Alt+Shift+KeyD" (Playwright's syntax, in both browsers). */
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface Driver {
  name: BrowserName;
  /** The automation library's own browser handle. */
  readonly raw: { browser: 'chromium'; context: BrowserContext } | { browser: 'firefox'; instance: PpBrowser };
  /** `chrome-extension://ID/` or `moz-extension://UUID/`. */
  extensionBase: string;
  open(url: string): Promise<DPage>;
  /** Opens one of the extension's own pages (e.g. `src/popup/index.html?tab=3`) in a tab. */
  openExtensionPage(path: string): Promise<DPage>;
  /** Runs a function with the extension's privileges (service worker or an extension page). */
  extensionEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The tab id the extension knows a page by. */
  tabIdOf(urlPrefix: string): Promise<number>;
  /**
   * Invokes the extension's toolbar button on the tab showing `url`, as a reader's click does (it grants
   * `activeTab` and opens the popup). Chromium only (DevTools `Extensions.triggerAction`); null in Firefox.
   */
  invokeAction: ((url: string) => Promise<void>) | null;
  close(): Promise<void>;
}

export interface LaunchOptions {
  server: FixtureServer;
  /** Reuse a profile directory (to test persistence across a restart). */
  profileDir?: string;
  colorScheme?: 'light' | 'dark';
  /** Show a window (the demo, where a display exists); tests run headless. */
  headed?: boolean;
  /**
   * Sends every request of the browser (any host, HTTPS as CONNECT) through the fixture server, which records it,
   * so a test can prove what the browser fetched. Otherwise only the fixture hosts reach it.
   */
  proxyAll?: boolean;
  /** Extra Firefox preferences (for example a short idle timeout for the background page). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

function browserPath(name: BrowserName): string {
  const path =
    name === 'chromium'
      ? (process.env['CHROME_PATH'] ?? '/usr/bin/chromium')
      : (process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr');
  if (!existsSync(path)) {
    const pkg = name === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(
      `${name} not found at ${path}. Install it with: sudo apt-get update && sudo apt-get install -y ${pkg} ` +
        `(or set ${name === 'chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH'}).`,
    );
  }
  return path;
}

export function extensionDir(name: BrowserName): string {
  const dir = join(ROOT, 'dist', name === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run npm run build.`);
  return dir;
}

async function screenshotPath(name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, `${name.replace(/[^\w.-]+/g, '-')}.png`);
}

export function wrapPlaywright(page: PwPage): DPage {
  return {
    raw: { browser: 'chromium', page },
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs, polling: 100 });
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (name) => {
      const path = await screenshotPath(`chromium-${name}`);
      await page.screenshot({ path });
      return path;
    },
    close: () => page.close(),
  };
}

function wrapPuppeteer(page: PpPage): DPage {
  return {
    raw: { browser: 'firefox', page },
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      await page.waitForFunction(fn as never, { timeout: timeoutMs, polling: 100 }, arg);
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: async (combo) => {
      // Puppeteer presses one key at a time: hold the modifiers of "Alt+Shift+KeyD" around the last key.
      const keys = combo.split(/\+(?!$)/) as KeyInput[];
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    click: (selector) => page.click(selector),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (name) => {
      const path = await screenshotPath(`firefox-${name}`);
      await page.screenshot({ path });
      return path;
    },
    close: () => page.close(),
  };
}

/**
 * Chromium's flags for a quiet, headless run with the fixture hostnames mapped to the fixture server, and with the
 * built extension loaded (or every extension off, for a baseline).
 */
export function chromiumArgs(server: FixtureServer, extension: string | null, { headed = false } = {}): string[] {
  return [
    ...(headed ? [] : ['--headless=new']),
    ...(extension
      ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`]
      : ['--disable-extensions']),
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
    `--host-resolver-rules=${FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(',')}`,
  ];
}

async function launchChromium(opts: LaunchOptions): Promise<Driver> {
  const dir = extensionDir('chromium');
  const profile = opts.profileDir ?? '';
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: false,
    viewport: { width: 1280, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    args: [
      ...chromiumArgs(opts.server, dir, { headed: opts.headed ?? false }),
      ...(opts.proxyAll
        ? [`--proxy-server=http://127.0.0.1:${opts.server.port}`, '--proxy-bypass-list=<-loopback>']
        : []),
      // Lets the tests invoke the toolbar button (Extensions.triggerAction) as a click would.
      '--enable-unsafe-extension-debugging',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionBase = /^chrome-extension:\/\/[^/]+\//.exec(worker.url())![0];
  const extensionEval = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
    worker.evaluate(fn as never, arg) as Promise<R>;
  return {
    name: 'chromium',
    raw: { browser: 'chromium', context },
    extensionBase,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrapPlaywright(page);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionBase + path, { waitUntil: 'load' });
      return wrapPlaywright(page);
    },
    extensionEval,
    tabIdOf: (prefix) => tabIdFromSession(extensionEval, prefix),
    async invokeAction(url) {
      const cdp = await context.browser()!.newBrowserCDPSession();
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((t) => t.url === url);
      if (!tab) throw new Error(`No tab shows ${url}`);
      // A reader clicks the button of the tab in front.
      await cdp.send('Target.activateTarget', { targetId: tab.targetId });
      await cdp.send('Extensions.triggerAction', { id: new URL(extensionBase).host, targetId: tab.targetId });
      await cdp.detach();
    },
    close: () => context.close(),
  };
}

async function launchFirefox(opts: LaunchOptions): Promise<Driver> {
  const dir = extensionDir('firefox');
  const profileDir = opts.profileDir;
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: !opts.headed,
    defaultViewport: { width: 1280, height: 900 },
    ...(profileDir ? { userDataDir: profileDir } : {}),
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': opts.server.port,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'ui.systemUsesDarkTheme': opts.colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': opts.colorScheme === 'dark' ? 0 : 1,
      // Optional permissions requested from a click are granted without a prompt (as if the reader accepted).
      'extensions.webextOptionalPermissionPrompts': false,
      // The temporary add-on keeps its storage when the browser restarts with the same profile.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      ...(opts.proxyAll ? { 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': opts.server.port } : {}),
      ...opts.firefoxPrefs,
    },
  });
  await browser.installExtension(dir);
  const extensionBase = `moz-extension://${FIREFOX_UUID}/`;

  // BiDi will not navigate a tab to a moz-extension:// page, but the extension opens its welcome page on
  // install; from that page (an extension context) we open other extension pages the way the extension does.
  // Puppeteer may still report such a tab as about:blank, so tabs are found by asking each for its location.
  const hostPage = await findPage(browser, (href) => href.startsWith(extensionBase), 30_000);
  const extensionEval = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
    hostPage.evaluate(fn as never, arg) as Promise<R>;

  return {
    name: 'firefox',
    raw: { browser: 'firefox', instance: browser },
    extensionBase,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrapPuppeteer(page);
    },
    async openExtensionPage(path) {
      const url = extensionBase + path;
      const before = new Set(await browser.pages());
      await extensionEval(async (u: string) => {
        await (globalThis as unknown as ExtGlobal).browser.tabs.create({ url: u });
      }, url);
      const page = await findPage(browser, (href) => href === url, 15_000, before);
      await page.waitForFunction(() => document.readyState === 'complete', { timeout: 15_000 });
      return wrapPuppeteer(page);
    },
    extensionEval,
    tabIdOf: (prefix) => tabIdFromSession(extensionEval, prefix),
    invokeAction: null,
    async close() {
      await browser.close();
    },
  };
}

async function findPage(
  browser: PpBrowser,
  match: (href: string) => boolean,
  timeoutMs: number,
  exclude = new Set<PpPage>(),
): Promise<PpPage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const page of await browser.pages()) {
      if (exclude.has(page)) continue;
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (match(href)) return page;
    }
    if (Date.now() > deadline) throw new Error('Timed out looking for an extension tab');
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function launch(name: BrowserName, opts: LaunchOptions): Promise<Driver> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

/** A fresh profile folder, removed by the returned function. */
export function tempProfile(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
