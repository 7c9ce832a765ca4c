/**
 * "The story": the timeline of the knowledge base, with the events the page refers to standing out, and the
 * coalition's contributions table, each number with its source.
 */
import { useMemo } from 'preact/hooks';
import type { KbDetails } from '../kb/runtime';
import { t } from '../shared/i18n';
import type { PageState } from '../shared/messages';
import { formatDate, formatFigure } from '../ui/format';
import { SourceLinks } from './components/SourceLinks';
import { uiLocale } from './locale';
import {
  coalitionContributions,
  type Action,
  type ContributionRow,
  type SourcedFigure,
} from '../kb/query/contributions';
import { timelineRows, type TimelineRow } from '../kb/query/timeline';

export function StoryPanel({ details, page }: { details: KbDetails; page: PageState | null }) {
  return (
    <>
      <Timeline details={details} page={page} />
      <ContributionsTable details={details} />
    </>
  );
}

function Timeline({ details, page }: { details: KbDetails; page: PageState | null }) {
  const rows = useMemo(() => timelineRows(details, page), [details, page]);
  const onPage = rows.filter((r) => r.onPage);
  return (
    <>
      {onPage.length > 0 && (
        <section aria-labelledby="timeline-page-heading">
          <h2 id="timeline-page-heading">{t('timelinePageHeading')}</h2>
          <EventList rows={onPage} />
        </section>
      )}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('timelineHeading')}</h2>
        <p class="muted">
          {onPage.length > 0 ? t('timelineOnPageCount', String(onPage.length)) : t('timelineNoneOnPage')}
        </p>
        <EventList rows={rows} />
      </section>
    </>
  );
}

function EventList({ rows }: { rows: TimelineRow[] }) {
  const locale = uiLocale();
  return (
    <ol class="timeline">
      {rows.map(({ event, sources, onPage }) => (
        <li key={event.id} class={onPage ? 'event on-page' : 'event'}>
          <p class="event-head">
            <time dateTime={event.date}>{formatDate(event.date, locale, 'short')}</time>
            {onPage && <span class="tag">{t('timelineOnPageTag')}</span>}
          </p>
          <p class="event-title">{event.title}</p>
          <p class="event-text">
            {event.text} <SourceLinks sources={sources} />
          </p>
        </li>
      ))}
    </ol>
  );
}

function ContributionsTable({ details }: { details: KbDetails }) {
  const locale = uiLocale();
  const data = useMemo(() => coalitionContributions(details), [details]);
  if (!data) {
    return (
      <section aria-labelledby="contrib-heading">
        <h2 id="contrib-heading">{t('contribHeading')}</h2>
        <p class="muted">{t('contribNoData')}</p>
      </section>
    );
  }
  const month = formatDate(data.period, locale, 'short');
  return (
    <section aria-labelledby="contrib-heading">
      <h2 id="contrib-heading">{t('contribHeading')}</h2>
      <p class="muted">{t('contribIntro', [data.coalition.name, month])}</p>
      <div class="table-scroll">
        <table class="contrib">
          <caption class="visually-hidden">{t('contribCaption', [data.coalition.name, month])}</caption>
          <thead>
            <tr>
              <th scope="col">{t('contribCountry')}</th>
              <th scope="col">
                {data.host ? t('contribTroopsIn', [data.host.name, month]) : t('contribTroops', month)}
              </th>
              <th scope="col">{t('contribMission')}</th>
              <th scope="col">{t('contribActions', month)}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <Row key={row.state.id} row={row} month={month} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Row({ row, month }: { row: ContributionRow; month: string }) {
  return (
    <tr>
      <th scope="row">{row.state.name}</th>
      <td>
        {row.troops.length === 0 ? (
          <span class="missing">{t('contribNoFigure', month)}</span>
        ) : (
          <ul class="cell-list">
            {row.troops.map((f) => (
              <li key={f.factId} title={f.text}>
                <strong>{figureText(f)}</strong> <SourceLinks sources={f.sources} />
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {row.missions.length === 0 ? (
          <span class="missing">{t('contribNoMission')}</span>
        ) : (
          row.missions.map((m) => m.name).join(', ')
        )}
      </td>
      <td>
        {row.actions.length === 0 ? (
          <span class="missing">{t('contribNoActions')}</span>
        ) : (
          <Actions actions={row.actions} />
        )}
      </td>
    </tr>
  );
}

const SHOWN_ACTIONS = 1;

function Actions({ actions }: { actions: Action[] }) {
  const first = actions.slice(0, SHOWN_ACTIONS);
  const rest = actions.slice(SHOWN_ACTIONS);
  return (
    <>
      <ActionList actions={first} />
      {rest.length > 0 && (
        <details>
          <summary>{t('contribMoreActions', String(rest.length))}</summary>
          <ActionList actions={rest} />
        </details>
      )}
    </>
  );
}

function ActionList({ actions }: { actions: Action[] }) {
  const locale = uiLocale();
  return (
    <ul class="cell-list">
      {actions.map((a) => (
        <li key={a.id}>
          <span class="date">{formatDate(a.date, locale, 'short')}</span> {a.text} <SourceLinks sources={a.sources} />
        </li>
      ))}
    </ul>
  );
}

function figureText(f: SourcedFigure): string {
  return formatFigure(f, uiLocale(), t);
}
