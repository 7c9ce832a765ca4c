/**
 * Launches Debian's Chromium (playwright-core) or Firefox ESR (puppeteer-core over WebDriver BiDi) with the
 * built extension, both routed to the fixture server under real news hostnames, behind one small driver
 * interface so each end-to-end test runs unchanged in both browsers.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
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
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && String((v as { url?: unknown }).url).startsWith(p));
      return hit ? Number(hit[0].slice(4)) : null;
    }, prefix);
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`No tab reported by the content script at ${prefix}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const FIREFOX_UUID = '7d3c1a52-5b0e-4c39-9d8e-0a5f3b1c2e44';

export interface DPage {
  url(): string;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  click(selector: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface Driver {
  name: BrowserName;
  /** `chrome-extension://ID/` or `moz-extension://UUID/`. */
  extensionBase: string;
  open(url: string): Promise<DPage>;
  /** Opens one of the extension's own pages (e.g. `src/popup/index.html?tab=3`) in a tab. */
  openExtensionPage(path: string): Promise<DPage>;
  /** Runs a function with the extension's privileges (service worker or an extension page). */
  extensionEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The tab id the extension knows a page by. */
  tabIdOf(urlPrefix: string): Promise<number>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  server: FixtureServer;
  /** Reuse a profile directory (to test persistence across a restart). */
  profileDir?: string;
  colorScheme?: 'light' | 'dark';
  /** Show a window (the demo, where a display exists); tests run headless. */
  headed?: boolean;
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

function wrapPlaywright(page: PwPage): DPage {
  return {
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
    press: (key) => page.keyboard.press(key as never),
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

async function launchChromium(opts: LaunchOptions): Promise<Driver> {
  const dir = extensionDir('chromium');
  const rules = FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${opts.server.port}`).join(',');
  const profile = opts.profileDir ?? '';
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: false,
    viewport: { width: 1280, height: 900 },
    colorScheme: opts.colorScheme ?? 'light',
    args: [
      ...(opts.headed ? [] : ['--headless=new']),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      `--host-resolver-rules=${rules}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionBase = /^chrome-extension:\/\/[^/]+\//.exec(worker.url())![0];
  const extensionEval = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
    worker.evaluate(fn as never, arg) as Promise<R>;
  return {
    name: 'chromium',
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
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
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
