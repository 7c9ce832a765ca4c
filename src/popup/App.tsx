/**
 * The fact panel: the status of the page in the active tab and the site's switch, then four tabs — what is on this
 * page, the story, search across the knowledge base, and the settings a reader changes most.
 */
import { useMemo, useState } from 'preact/hooks';
import { figuresAgainstPage } from '../core/link/own-source';
import { t } from '../shared/i18n';
import type { PageState } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { Tabs } from './components/Tabs';
import { ControlsPanel } from './ControlsPanel';
import { usePanelKb } from './kb-store';
import { OnThisPage, type ShowTarget } from './OnThisPage';
import { showMention } from './tab-messages';
import { pageStatus } from './page-status';
import { usePageState, useSettings, useSiteAccess, useTargetTab } from './panel-data';
import { SearchPanel } from './SearchPanel';
import type { SiteAccess } from './site-access';
import { SiteControls } from './SiteControls';
import { StoryPanel } from './StoryPanel';

export function App() {
  // The knowledge base comes after the panel's first paint (`kb-store.ts`); the first view waits for it when the page
  // has a state to show.
  const store = usePanelKb();
  const kb = store?.kb;
  const tab = useTargetTab();
  const tabId = tab.loading ? undefined : tab.value?.id;
  const pageLoad = usePageState(tabId);
  const reported = pageLoad.loading ? null : pageLoad.value;
  // The page answers the panel directly before the background's copy arrives: its agreements that rest only on the
  // page itself are made "from this article" here too, by the same rule.
  const page = useMemo(
    () =>
      reported && kb
        ? { ...reported, figures: figuresAgainstPage(reported.figures, reported, (fact) => kb.fact(fact)?.sources) }
        : null,
    [reported, kb],
  );
  const settings = useSettings();
  const access = useSiteAccess(page?.url ?? (tab.loading ? undefined : tab.value?.url), page);
  const [selected, setSelected] = useState('page');
  const [announcement, setAnnouncement] = useState('');
  const loading = tab.loading || pageLoad.loading || settings === null || (reported !== null && !store);

  const onShow = (target: ShowTarget, name: string): void => {
    if (tabId === undefined) return;
    void showMention(tabId, target).then((shown) => setAnnouncement(t(shown ? 'shownInPage' : 'notShownInPage', name)));
  };

  return (
    <main class="panel" aria-busy={loading}>
      <header class="panel-header">
        <h1>{t('popupTitle')}</h1>
        {!loading && <PageStatus page={page} access={access} settings={settings} />}
        {settings && (
          <SiteControls tabId={tabId} page={page} access={access} settings={settings} announce={setAnnouncement} />
        )}
      </header>
      {settings && (
        <Tabs
          label={t('popupTitle')}
          selected={selected}
          onSelect={setSelected}
          tabs={[
            {
              id: 'page',
              label: page ? t('tabOnPageCount', String(page.actors.length + page.figures.length)) : t('tabOnPage'),
              content:
                page && !page.enabled ? (
                  <p class="empty">{t('offNothingShown')}</p>
                ) : page && kb ? (
                  <OnThisPage page={page} kb={kb} onShow={onShow} />
                ) : (
                  <p class="empty">{t('nothingOnPage')}</p>
                ),
            },
            { id: 'story', label: t('tabStory'), content: store && <StoryPanel details={store.details} page={page} /> },
            {
              id: 'search',
              label: t('tabSearch'),
              content: store && <SearchPanel details={store.details} kb={store.kb} />,
            },
            { id: 'settings', label: t('tabSettings'), content: <ControlsPanel settings={settings} /> },
          ]}
        />
      )}
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <footer class="panel-footer">{t('offlineNote')}</footer>
    </main>
  );
}

function PageStatus({
  page,
  access,
  settings,
}: {
  page: PageState | null;
  access: SiteAccess | null;
  settings: Settings | null;
}) {
  return (
    <p class="status" role="status">
      {pageStatus(page, access, settings, t)}
    </p>
  );
}
