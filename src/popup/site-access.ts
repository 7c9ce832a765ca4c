/**
 * Whether Dossier may run on the site of the panel's tab: a curated site (the manifest's content script), a site
 * the reader enabled (an optional host permission), or neither — then the panel offers to enable it or to
 * annotate the page once.
 */
import browser from 'webextension-polyfill';
import { matchesAny, sitePattern, webHostname } from '../shared/settings-sites';

export interface SiteAccess {
  host: string;
  /** The pattern that enables the whole site. */
  pattern: string;
  curated: boolean;
  /** Dossier's content script is set to run there (curated, or enabled by the reader). */
  runs: boolean;
}

export async function siteAccess(url: string | undefined): Promise<SiteAccess | null> {
  const host = webHostname(url);
  const pattern = sitePattern(url);
  if (!host || !pattern || !url) return null;
  const curated = matchesAny(browser.runtime.getManifest().content_scripts?.[0]?.matches ?? [], url);
  const runs = curated || (await browser.permissions.contains({ origins: [pattern] }));
  return { host, pattern, curated, runs };
}

/**
 * Asks the reader for the site's permission. Must be called straight from the click that asks for it (browsers
 * accept permission requests only while handling user input); the background then starts Dossier on the site.
 */
export function requestSite(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}
