/** The site lists of the options page: built-in sites, sites the reader added, sites the reader turned off. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { addedSitePatterns, patternSite } from '../shared/settings-sites';

export interface SiteLists {
  /** The curated sites of the manifest, by name. */
  builtIn: string[];
  /** Patterns of the sites the reader enabled (optional host permissions). */
  added: string[];
}

function builtInPatterns(): string[] {
  return browser.runtime.getManifest().content_scripts?.[0]?.matches ?? [];
}

/** The lists, kept current as permissions are granted or removed (here, in the popup, or in the browser's UI). */
export function useSiteLists(): SiteLists {
  const builtIn = builtInPatterns();
  const [added, setAdded] = useState<string[]>([]);
  useEffect(() => {
    const refresh = (): void => {
      void browser.permissions.getAll().then(({ origins = [] }) => setAdded(addedSitePatterns(origins, builtIn)));
    };
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  return { builtIn: builtIn.map((p) => patternSite(p) ?? p), added };
}

export function requestPattern(pattern: string): Promise<boolean> {
  return browser.permissions.request({ origins: [pattern] });
}

export function removePattern(pattern: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [pattern] });
}
