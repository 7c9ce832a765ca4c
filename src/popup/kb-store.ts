/**
 * The knowledge base's details for the fact panel, in the interface's language, with their lookup (cards, facts,
 * events). Not part of the panel's first scripts: the store is the extension's largest module (1.8 MB), so the
 * panel imports it apart (a packaged chunk, `import()` of a name fixed at build time) as soon as it starts rendering,
 * while it asks for its tab, the page's state and the settings, and paints its frame meanwhile
 * (`docs/adr/0007-panel-first-paint.md`).
 */
import { useEffect, useState } from 'preact/hooks';
import { kbLanguage, localizeDetails } from '../kb/localize';
import { createKbLookup, type KbLookup } from '../kb/query/card-data';
import type { KbDetails } from '../kb/runtime';
import { t } from '../shared/i18n';

export interface PanelKb {
  /** The knowledge base in the interface's language (descriptions, roles, events; facts keep theirs). */
  details: KbDetails;
  kb: KbLookup;
}

let loading: Promise<PanelKb> | undefined;

/** Loads the store once per page. */
export function loadPanelKb(): Promise<PanelKb> {
  loading ??= import('virtual:dossier/kb-details').then(({ default: authored }) => {
    const details = localizeDetails(authored, kbLanguage(t('kbLang')));
    return { details, kb: createKbLookup(details) };
  });
  return loading;
}

/** The store, null until it has loaded; the load starts with the first render. */
export function usePanelKb(): PanelKb | null {
  const [store, setStore] = useState<PanelKb | null>(null);
  const pending = loadPanelKb();
  useEffect(() => {
    let live = true;
    void pending.then((value) => live && setStore(value));
    return () => {
      live = false;
    };
  }, [pending]);
  return store;
}
