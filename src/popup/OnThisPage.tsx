/**
 * "On this page": the actors the page names, grouped by type (role, mention count, their card on demand, "show in
 * page"), then the figures with their verdict against the knowledge base, its value and its sources.
 */
import { useState } from 'preact/hooks';
import type { KbLookup } from '../kb/query/card-data';
import { ENTITY_TYPES } from '../kb/schema';
import { t } from '../shared/i18n';
import type { PageActor, PageFigure, PageState } from '../shared/messages';
import { FactText } from '../ui/FactText';
import { formatDate, formatNumber } from '../ui/format';
import { groupKey, verdictKey } from '../ui/labels';
import { EntityCardView } from './components/EntityCardView';
import { ExportButtons } from './ExportButtons';
import { SourceLinks } from './components/SourceLinks';
import { FIGURE_FILTERS, filterCounts, filterFigures, type FigureFilter } from './figure-filter';
import { uiLocale } from './locale';

export type ShowTarget = { entity: string } | { figure: number };

export function OnThisPage({
  page,
  kb,
  onShow,
}: {
  page: PageState;
  kb: KbLookup;
  onShow: (target: ShowTarget, name: string) => void;
}) {
  if (page.actors.length === 0 && page.figures.length === 0) return <p class="empty">{t('nothingOnPage')}</p>;
  const groups = ENTITY_TYPES.map((type) => ({ type, actors: page.actors.filter((a) => a.type === type) })).filter(
    (g) => g.actors.length > 0,
  );
  return (
    <>
      <ExportButtons page={page} kb={kb} />
      <section aria-labelledby="actors-heading">
        <h2 id="actors-heading">{t('actorsHeading')}</h2>
        {groups.map((g) => (
          <section key={g.type} class="group" aria-labelledby={`group-${g.type}`}>
            <h3 id={`group-${g.type}`} class="group-heading">
              {t(groupKey(g.type))} <span class="muted">({g.actors.length})</span>
            </h3>
            <ul class="rows">
              {g.actors.map((a) => (
                <ActorRow key={a.id} actor={a} kb={kb} onShow={onShow} published={page.published} />
              ))}
            </ul>
          </section>
        ))}
      </section>
      {page.figures.length > 0 && <Figures figures={page.figures} kb={kb} onShow={onShow} />}
    </>
  );
}

const FILTER_LABELS: Record<FigureFilter, string> = {
  all: 'figureFilterAll',
  differs: 'figureFilterDiffers',
  varies: 'figureFilterVaries',
};

/** The figures, with a filter (radio buttons: arrow keys move between them) to those that differ or vary. */
function Figures({
  figures,
  kb,
  onShow,
}: {
  figures: PageFigure[];
  kb: KbLookup;
  onShow: (t: ShowTarget, name: string) => void;
}) {
  const [filter, setFilter] = useState<FigureFilter>('all');
  const counts = filterCounts(figures);
  const shown = filterFigures(figures, filter);
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('figuresHeading')}</h2>
      <fieldset class="figure-filter">
        <legend class="visually-hidden">{t('figureFilterLegend')}</legend>
        {FIGURE_FILTERS.map((f) => (
          <label key={f} class={filter === f ? 'selected' : undefined}>
            <input type="radio" name="figure-filter" value={f} checked={filter === f} onChange={() => setFilter(f)} />
            {t(FILTER_LABELS[f])} <span class="muted">({counts[f]})</span>
          </label>
        ))}
      </fieldset>
      {shown.length === 0 ? (
        <p class="empty" role="status">
          {t('figureFilterNone')}
        </p>
      ) : (
        <ul class="rows">
          {shown.map((f) => (
            <FigureRow key={f.index} figure={f} kb={kb} onShow={onShow} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ActorRow({
  actor,
  kb,
  onShow,
  published,
}: {
  actor: PageActor;
  kb: KbLookup;
  onShow: (t: ShowTarget, name: string) => void;
  /** The article's publication day: the card's facts come by closeness to it. */
  published: string | null;
}) {
  const [open, setOpen] = useState(false);
  const card = kb.card(actor.id, undefined, published);
  const name = card?.name ?? actor.id;
  const cardId = `card-${actor.id}`;
  return (
    <li class={`row actor actor-${actor.type}`}>
      <div class="row-head">
        <button
          type="button"
          class="row-title link-button"
          aria-expanded={open}
          aria-controls={cardId}
          onClick={() => setOpen(!open)}
        >
          {name}
        </button>
        <span class="count" title={t('mentionCount', String(actor.count))}>
          <span aria-hidden="true">×{actor.count}</span>
          <span class="visually-hidden">{t('mentionCount', String(actor.count))}</span>
        </span>
        <button
          type="button"
          class="show"
          aria-label={t('showInPageNamed', name)}
          onClick={() => onShow({ entity: actor.id }, name)}
        >
          {t('showInPage')}
        </button>
      </div>
      {card && <p class="row-sub">{card.role}</p>}
      <div id={cardId} hidden={!open}>
        {open && card && <EntityCardView card={card} headingLevel={4} />}
      </div>
    </li>
  );
}

function FigureRow({
  figure,
  kb,
  onShow,
}: {
  figure: PageFigure;
  kb: KbLookup;
  onShow: (t: ShowTarget, name: string) => void;
}) {
  const locale = uiLocale();
  const fact = figure.fact ? kb.fact(figure.fact) : null;
  const event = figure.event ? kb.event(figure.event) : null;
  return (
    <li class={`row figure verdict-${figure.verdict}`}>
      <div class="row-head">
        <span class="row-title figure-text">“{figure.text}”</span>
        <span class="verdict">
          <span class="verdict-mark" aria-hidden="true" />
          {t(verdictKey(figure.verdict))}
        </span>
        <button
          type="button"
          class="show"
          aria-label={t('showInPageNamed', figure.text)}
          onClick={() => onShow({ figure: figure.index }, figure.text)}
        >
          {t('showInPage')}
        </button>
      </div>
      {fact && (
        <p class="row-sub">
          {figure.kbValue !== undefined && (
            <strong>
              {t('kbValue', formatNumber(figure.kbValue, locale))}
              {' · '}
            </strong>
          )}
          <FactText text={fact.text} t={t} /> <SourceLinks sources={fact.sources} />
        </p>
      )}
      {event && (
        <p class="row-sub">
          <strong>{formatDate(event.date, locale, 'short')}</strong> · {event.title}{' '}
          <SourceLinks sources={event.resolvedSources} />
        </p>
      )}
      {figure.iso && !event && <p class="row-sub">{formatDate(figure.iso, locale, 'short')}</p>}
    </li>
  );
}
