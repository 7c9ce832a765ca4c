/** What the fact panel shows, kept current: its tab, the page's state, the settings and the site's access. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { parsePageState, tabStateKey, type PageState } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';
import { requestPageState } from './tab-messages';
import { siteAccess, type SiteAccess } from './site-access';
import { targetTab } from './target-tab';

export type Loadable<T> = { loading: true } | { loading: false; value: T };

export function useTargetTab(): Loadable<browser.Tabs.Tab | null> {
  const [tab, setTab] = useState<Loadable<browser.Tabs.Tab | null>>({ loading: true });
  useEffect(() => {
    void targetTab().then((value) => setTab({ loading: false, value }));
  }, []);
  return tab;
}

/**
 * The page's state: asked of the content script once, then followed through the background's copy in session
 * storage, which the content script updates whenever it changes (settings switched, Dossier started in the tab).
 */
export function usePageState(tabId: number | undefined): Loadable<PageState | null> {
  const [page, setPage] = useState<Loadable<PageState | null>>({ loading: true });
  useEffect(() => {
    if (tabId === undefined) return undefined;
    let live = true;
    void requestPageState(tabId).then((value) => {
      // A report that arrived meanwhile is at least as new: keep it.
      if (live) setPage((current) => (current.loading || !current.value ? { loading: false, value } : current));
    });
    const key = tabStateKey(tabId);
    const onChange = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
      const state = area === 'session' && key in changes ? parsePageState(changes[key]?.newValue) : null;
      if (state && live) setPage({ loading: false, value: state });
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, [tabId]);
  return tabId === undefined ? { loading: false, value: null } : page;
}

export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  return settings;
}

/** The site's access, asked again when the page changes (a grant or an injection made Dossier run there). */
export function useSiteAccess(url: string | undefined, page: PageState | null): SiteAccess | null {
  const [access, setAccess] = useState<SiteAccess | null>(null);
  useEffect(() => {
    let live = true;
    void siteAccess(url).then((value) => live && setAccess(value));
    return () => {
      live = false;
    };
  }, [url, page]);
  return access;
}
