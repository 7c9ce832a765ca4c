/**
 * Search across the whole knowledge base: type a name (any alias, any case, with or without accents), pick a
 * result, read its card — the same content as the hover card in the page. Arrow keys move between the field and
 * the results; a card's related entities open in turn, and "Back" returns to the results.
 */
import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KbLookup } from '../kb/query/card-data';
import type { KbDetails } from '../kb/runtime';
import { t } from '../shared/i18n';
import { formatDate } from '../ui/format';
import { typeKey } from '../ui/labels';
import { EntityCardView } from './components/EntityCardView';
import { SourceLinks } from './components/SourceLinks';
import { createKbSearch, type SearchHit } from '../kb/query/search';
import { uiLocale } from './locale';

type Opened = { kind: 'entity' | 'event'; id: string };

/** What the status line says: a hint, no results, or how many. */
function searchStatus(query: string, count: number): string {
  if (query.trim() === '') return t('searchHint');
  return count === 0 ? t('searchNoResults') : t('searchResultCount', String(count));
}

interface ResultListProps {
  hits: readonly SearchHit[];
  listRef: RefObject<HTMLUListElement | null>;
  onKey: (e: KeyboardEvent, index: number) => void;
  onOpen: (hit: SearchHit) => void;
}

/** The results, one button each; arrow keys move between them (`onKey`). */
function ResultList({ hits, listRef, onKey, onOpen }: ResultListProps) {
  return (
    <ul class="results" ref={listRef}>
      {hits.map((hit, i) => (
        <li key={`${hit.kind}:${hit.id}`}>
          <button type="button" class="result" onKeyDown={(e) => onKey(e, i)} onClick={() => onOpen(hit)}>
            <span class="result-name">{hit.name}</span>
            <span class="result-meta">{hitMeta(hit)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function SearchPanel({ details, kb }: { details: KbDetails; kb: KbLookup }) {
  const search = useMemo(() => createKbSearch(details), [details]);
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState<Opened[]>([]);
  const hits = useMemo(() => search(query), [search, query]);
  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const current = opened[opened.length - 1];

  useEffect(() => {
    if (current) cardRef.current?.querySelector<HTMLElement>('h3, h4')?.focus();
  }, [current]);

  const focusResult = (index: number): void => {
    const buttons = [...(list.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    if (index < 0) input.current?.focus();
    else buttons[Math.min(index, buttons.length - 1)]?.focus();
  };
  const onListKey = (e: KeyboardEvent, index: number): void => {
    if (e.key === 'ArrowDown') focusResult(index + 1);
    else if (e.key === 'ArrowUp') focusResult(index - 1);
    else return;
    e.preventDefault();
  };
  const back = (): void => {
    setOpened(opened.slice(0, -1));
    if (opened.length === 1) requestAnimationFrame(() => focusResult(0));
  };

  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">{t('searchHeading')}</h2>
      <input
        ref={input}
        type="search"
        class="search-input"
        aria-label={t('searchLabel')}
        aria-describedby="search-status"
        placeholder={t('searchPlaceholder')}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setOpened([]);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && hits.length > 0) {
            e.preventDefault();
            focusResult(0);
          }
        }}
      />
      <p id="search-status" class="muted" role="status">
        {searchStatus(query, hits.length)}
      </p>
      {current ? (
        <div ref={cardRef} class="search-card">
          <button type="button" class="back" onClick={back}>
            ← {t('searchBack')}
          </button>
          <OpenedView
            opened={current}
            details={details}
            kb={kb}
            onOpenEntity={(id) => setOpened([...opened, { kind: 'entity', id }])}
          />
        </div>
      ) : (
        <ResultList
          hits={hits}
          listRef={list}
          onKey={onListKey}
          onOpen={(hit) => setOpened([{ kind: hit.kind, id: hit.id }])}
        />
      )}
    </section>
  );
}

function hitMeta(hit: SearchHit): string {
  const kind =
    hit.kind === 'entity' ? t(typeKey(hit.type)) : `${t('searchEvent')} · ${formatDate(hit.date, uiLocale(), 'short')}`;
  return hit.matched !== hit.name ? `${kind} · ${t('searchAlsoKnownAs', hit.matched)}` : kind;
}

function OpenedView({
  opened,
  details,
  kb,
  onOpenEntity,
}: {
  opened: Opened;
  details: KbDetails;
  kb: KbLookup;
  onOpenEntity: (id: string) => void;
}) {
  if (opened.kind === 'entity') {
    const card = kb.card(opened.id);
    return card ? <EntityCardView card={card} headingLevel={3} onOpenEntity={onOpenEntity} /> : null;
  }
  const event = kb.event(opened.id);
  if (!event) return null;
  const entities = new Map(details.entities.map((e) => [e.id, e]));
  return (
    <article class="card">
      <h3 tabIndex={-1}>{event.title}</h3>
      <p class="muted">{formatDate(event.date, uiLocale(), 'short')}</p>
      <p>
        {event.text} <SourceLinks sources={event.resolvedSources} />
      </p>
      <ul class="card-related">
        {event.entities.map((id) => (
          <li key={id}>
            <button type="button" class="link-button" onClick={() => onOpenEntity(id)}>
              {entities.get(id)?.name ?? id}
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}
