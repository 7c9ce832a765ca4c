/**
 * Dossier on sites outside the curated list. When the reader grants a site (an optional host permission), the
 * manifest's content script is registered for it with `scripting.registerContentScripts` and injected into the
 * site's open tabs; when the permission goes, so does the registration. The registrations are derived from the
 * granted permissions at every start, so nothing is lost when the browser or the service worker restarts.
 * "Annotate this page once" injects the same files into one tab through `activeTab`.
 */
import browser from 'webextension-polyfill';
import { asker } from '../shared/message-map';
import type { ContentScriptRequests } from '../shared/messages';
import { addedSitePatterns } from '../shared/settings-sites';

const ID_PREFIX = 'dossier-site:';

interface ContentScriptFiles {
  matches: string[];
  js: string[];
  css: string[];
}

/** The manifest's content script (paths made relative: Firefox reports them as full URLs). */
function manifestContentScript(): ContentScriptFiles {
  const [script] = browser.runtime.getManifest().content_scripts ?? [];
  const relative = (file: string): string => new URL(file, browser.runtime.getURL('/')).pathname;
  return {
    matches: script?.matches ?? [],
    js: (script?.js ?? []).map(relative),
    css: (script?.css ?? []).map(relative),
  };
}

/** The patterns of the sites the reader enabled beyond the curated list. */
export async function addedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return addedSitePatterns(origins, manifestContentScript().matches);
}

/** Makes the registered content scripts match the granted sites; returns the sites newly registered. */
export async function syncSiteScripts(): Promise<string[]> {
  const files = manifestContentScript();
  const wanted = await addedSites();
  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(ID_PREFIX));
  const have = new Set(registered.map((s) => s.id.slice(ID_PREFIX.length)));
  const stale = registered.filter((s) => !wanted.includes(s.id.slice(ID_PREFIX.length))).map((s) => s.id);
  const missing = wanted.filter((site) => !have.has(site));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  if (missing.length > 0) {
    await browser.scripting.registerContentScripts(
      missing.map((site) => ({
        id: ID_PREFIX + site,
        matches: [site],
        // A curated site already has the manifest's script.
        excludeMatches: files.matches,
        js: files.js,
        css: files.css,
        runAt: 'document_idle' as const,
        allFrames: true,
        persistAcrossSessions: true,
      })),
    );
  }
  return missing;
}

/** Whether Dossier's content script already runs in the tab (it answers the fact panel's question). */
async function runsIn(tabId: number): Promise<boolean> {
  const ask = asker<ContentScriptRequests>((message) => browser.tabs.sendMessage(tabId, message));
  return ask({ type: 'get-page-state' }).then(
    (answer) => answer !== undefined,
    () => false,
  );
}

/** Runs Dossier in a tab now (its stylesheet, then its script), unless it already runs there. */
export async function injectInto(tabId: number): Promise<void> {
  if (await runsIn(tabId)) return;
  const { js, css } = manifestContentScript();
  if (css.length > 0) await browser.scripting.insertCSS({ target: { tabId }, files: css });
  await browser.scripting.executeScript({ target: { tabId }, files: js });
}

/** Starts Dossier in the open tabs of newly enabled sites, so the reader needs not reload them. */
export async function injectIntoOpenTabs(sites: string[]): Promise<void> {
  if (sites.length === 0) return;
  const tabs = await browser.tabs.query({ url: sites });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : injectInto(tab.id).catch(() => undefined))));
}
