import { useEffect, useMemo, useState } from 'preact/hooks';
import details from 'virtual:dossier/kb-details';
import { createKbLookup } from '../core/card-data';
import { t } from '../shared/i18n';
import type { PageState } from '../shared/messages';
import { requestPageState } from './page-state';
import { targetTab } from './target-tab';

type Load = { status: 'loading' } | { status: 'ready'; tabId: number; page: PageState | null };

export function App() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const kb = useMemo(() => createKbLookup(details), []);

  useEffect(() => {
    void (async () => {
      const tab = await targetTab();
      if (tab?.id === undefined) return setLoad({ status: 'ready', tabId: -1, page: null });
      setLoad({ status: 'ready', tabId: tab.id, page: await requestPageState(tab.id) });
    })();
  }, []);

  return (
    <main class="panel" aria-busy={load.status === 'loading'}>
      <header class="panel-header">
        <h1>{t('popupTitle')}</h1>
      </header>
      {load.status === 'ready' && <PageStatus page={load.page} />}
      {load.status === 'ready' && load.page && (
        <section aria-labelledby="on-page">
          <h2 id="on-page">{t('countActors', String(load.page.actors.length))}</h2>
          <ul class="actor-list">
            {load.page.actors.map((a) => {
              const card = kb.card(a.id, 0);
              return (
                <li key={a.id} class={`actor actor-${a.type}`}>
                  <span class="actor-name">{card?.name ?? a.id}</span>
                  <span class="actor-count">×{a.count}</span>
                  {card && <span class="actor-role">{card.role}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <footer class="panel-footer">{t('offlineNote')}</footer>
    </main>
  );
}

function PageStatus({ page }: { page: PageState | null }) {
  if (!page) return <p class="status">{t('pageUnavailable')}</p>;
  return (
    <p class="status" role="status">
      {page.isArticle ? t('pageIsArticle') : t('pageNotArticle')}
      {page.isArticle && ` · ${t('countActors', String(page.actors.length))} · ${t('countFigures', String(page.figures.length))}`}
    </p>
  );
}
